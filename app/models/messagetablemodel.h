// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractTableModel>

namespace Finetuner::Core {
class Dataset;
}

namespace Finetuner::App {

class Document;

/// The project's rows as a table. A thin adapter (STYLE.md §3.5): it owns no copies of the messages and builds
/// each cell only when a view asks for it, so a million rows cost nothing up front. It never changes the
/// project: setData() pushes commands, and dataChanged() comes back from the document, for undo too.
class MessageTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageTableModel)
public:
    // Unscoped on purpose: these go straight into Qt's int-based API.
    enum Column {
        RowColumn,
        TimeColumn,
        AuthorColumn,
        TextColumn,
        IncludeColumn,
        AnonymizeColumn,
        StatusColumn,
        CompletionColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // qint64 timestamp
        StatusRole,                  // int(Core::ReviewStatus)
        AuthorIdRole,                // participant id, -1 for system lines
    };

    explicit MessageTableModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static QString statusName(int status);

private:
    /// What a dataset's row shows where a chat's would show times, authors and kinds; invalid to fall through.
    QVariant datasetData(const Core::Dataset &dataset, const QModelIndex &index, int role) const;
    void onRowsChanged(int first, int last);

    Document *m_document; // not owned
};

} // namespace Finetuner::App
