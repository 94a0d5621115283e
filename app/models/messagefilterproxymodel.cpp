// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "messagefilterproxymodel.h"

#include <app/document.h>
#include <app/models/messagetablemodel.h>

namespace Finetuner::App {

MessageFilterProxyModel::MessageFilterProxyModel(Document *document, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_document(document)
{
    setSortRole(MessageTableModel::SortRole);
}

void MessageFilterProxyModel::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

void MessageFilterProxyModel::setAuthorFilter(int participant)
{
    if (participant == m_author)
        return;
    m_author = participant;
    invalidateRowsFilter();
}

void MessageFilterProxyModel::setStatusFilter(std::optional<int> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

bool MessageFilterProxyModel::isFiltering() const
{
    return !m_text.isEmpty() || m_author >= 0 || m_status.has_value();
}

bool MessageFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent);
    const Core::Project &project = m_document->project();
    if (m_author >= 0 && !project.isDataset() && project.conversation().authorId(sourceRow) != m_author)
        return false;
    if (m_status && int(project.status(sourceRow)) != *m_status)
        return false;
    if (!m_text.isEmpty()) {
        // The text as written, its exported form and the completion: what an annotator may look for.
        const QString original = project.isDataset() ? QString::fromUtf8(project.dataset()->record(sourceRow))
                                                     : project.conversation().text(sourceRow);
        if (!original.contains(m_text, Qt::CaseInsensitive)
            && !project.completion(sourceRow).contains(m_text, Qt::CaseInsensitive)
            && !m_document->builder().text(sourceRow).contains(m_text, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

bool MessageFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_document->project().isDataset())
        return left.row() < right.row(); // records have no times: the file's order
    const Core::Conversation &conversation = m_document->project().conversation();
    const qint64 a = conversation.timestamp(left.row()).secsSinceEpoch();
    const qint64 b = conversation.timestamp(right.row()).secsSinceEpoch();
    // Equal times keep the export's order.
    return a != b ? a < b : left.row() < right.row();
}

} // namespace Finetuner::App
