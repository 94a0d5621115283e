// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace Finetuner::App {

class Document;

/// Filters rows by text, author and status, and sorts by time. Reads the project directly rather than
/// formatting cells: a filter over a million rows must not build a million display strings.
class MessageFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageFilterProxyModel)
public:
    explicit MessageFilterProxyModel(Document *document, QObject *parent = nullptr);

    void setTextFilter(const QString &text);
    void setAuthorFilter(int participant); // -1 for any author
    void setStatusFilter(std::optional<int> status);
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Document *m_document; // not owned
    QString m_text;
    int m_author = -1;
    std::optional<int> m_status;
};

} // namespace Finetuner::App
