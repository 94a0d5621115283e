// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace Finetuner::App {

class Document;

/// The project's identity map, one row per person (row = index in the map): the name they are shown by, their
/// aliases, how many messages they wrote, and their pseudonym, which is edited here as a command.
class IdentityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityModel)
public:
    enum Column { PersonColumn, AliasesColumn, MessagesColumn, PseudonymColumn, ColumnCount };

    explicit IdentityModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void onIdentitiesChanged();
    int messagesOf(int identity) const;

    Document *m_document; // not owned
    std::vector<int> m_counts; // messages by participant; the conversation does not change after import
    int m_rows = 0;            // what the view was last told, so a merge or a split is a reset and a rename is not
};

} // namespace Finetuner::App
