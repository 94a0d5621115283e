// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace Finetuner::App {

class Document;

/// Participants with their message counts, roles and pseudonyms. Edits become commands.
class ParticipantsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantsModel)
public:
    enum Column { NameColumn, MessagesColumn, RoleColumn, PseudonymColumn, ColumnCount };
    enum Role { RoleValueRole = Qt::UserRole + 1 }; // int(Core::ParticipantRole)

    explicit ParticipantsModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static QString roleName(int role);

private:
    Document *m_document; // not owned
    std::vector<int> m_counts;
};

} // namespace Finetuner::App
