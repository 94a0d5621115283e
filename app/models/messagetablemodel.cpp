// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "messagetablemodel.h"

#include <app/commands/editcompletioncommand.h>
#include <app/commands/rowfieldcommand.h>
#include <app/document.h>

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace Finetuner::App {

using namespace Qt::StringLiterals;
using Core::MessageKind;
using Core::ReviewStatus;

namespace {
// A table cell shows one line; the whole text is in the detail pane and the tooltip.
constexpr int MaxCellCharacters = 300;

QString oneLine(QString text)
{
    if (text.size() > MaxCellCharacters)
        text = text.left(MaxCellCharacters) + u'…';
    return text.replace(u'\n', u" ⏎ "_s);
}
} // namespace

MessageTableModel::MessageTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &Document::projectReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(m_document, &Document::rowsChanged, this, &MessageTableModel::onRowsChanged);
    auto everyRow = [this] {
        if (rowCount() > 0)
            onRowsChanged(0, rowCount() - 1);
    };
    connect(m_document, &Document::participantsChanged, this, everyRow);
    connect(m_document, &Document::labelSchemaChanged, this, everyRow);
    connect(m_document, &Document::anonymizationChanged, this, everyRow); // a detector or an operator
}

int MessageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document->project().rowCount();
}

int MessageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MessageTableModel::statusName(int status)
{
    switch (ReviewStatus(status)) {
    case ReviewStatus::Todo:
        return tr("to do");
    case ReviewStatus::Done:
        return tr("done");
    case ReviewStatus::Skipped:
        return tr("skipped");
    case ReviewStatus::NeedsReview:
        return tr("needs review");
    }
    return {};
}

QVariant MessageTableModel::datasetData(const Core::Dataset &dataset, const QModelIndex &index, int role) const
{
    // A dataset has no times, authors or message kinds: its rows are records, shown by line, and a broken one
    // says why wherever the pointer rests.
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TimeColumn)
            return dataset.line(row);
        if (index.column() == TextColumn && dataset.isBroken(row))
            return oneLine(QString::fromUtf8(dataset.record(row)));
        if (index.column() == StatusColumn && dataset.isBroken(row))
            return tr("broken");
        return {};
    case Qt::ToolTipRole:
        return dataset.isBroken(row) ? tr("Line %1: %2").arg(dataset.line(row)).arg(dataset.problem(row)) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (dataset.isBroken(row))
            return QBrush(QColor(0xc0, 0x39, 0x2b)); // a red that reads on light and dark bases
        return {};
    case Qt::FontRole:
        return QFont(); // no system lines to set in italics
    case SortRole:
        return dataset.line(row);
    case AuthorIdRole:
        return -1;
    }
    return {};
}

QVariant MessageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Core::Project &project = m_document->project();
    const Core::Conversation &conversation = project.conversation();
    const Core::Dataset *dataset = project.dataset();
    if (dataset) {
        if (const QVariant value = datasetData(*dataset, index, role); value.isValid())
            return value;
    }

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RowColumn:
            return row + 1;
        case TimeColumn:
            return conversation.timestamp(row).toString().replace(u'T', u' ');
        case AuthorColumn:
            return m_document->builder().author(row);
        case TextColumn:
            return oneLine(m_document->builder().text(row));
        case StatusColumn:
            return statusName(int(project.status(row)));
        case CompletionColumn:
            // A template writes something for every row; for rows that are not exported it is only noise.
            if (!project.isExported(row) && project.completion(row).isEmpty())
                return QString();
            return oneLine(m_document->builder().plainCompletion(row));
        }
        return {};
    case Qt::EditRole:
        if (index.column() == CompletionColumn)
            return project.completion(row);
        if (index.column() == StatusColumn)
            return int(project.status(row));
        return {};
    case Qt::CheckStateRole:
        if (index.column() == IncludeColumn)
            return project.isIncluded(row) ? Qt::Checked : Qt::Unchecked;
        if (index.column() == AnonymizeColumn)
            return project.isAnonymized(row) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return m_document->builder().text(row);
        if (index.column() == CompletionColumn)
            return m_document->builder().plainCompletion(row);
        if (index.column() == IncludeColumn && project.includeOverride(row) == Core::IncludeOverride::Auto)
            return tr("Included by the author's role");
        return {};
    case Qt::FontRole:
        if (conversation.kind(row) != MessageKind::Text) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        // Rows that will not be exported read as secondary text, in any palette.
        if (!project.isExported(row))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RowColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return conversation.timestamp(row).secsSinceEpoch();
    case StatusRole:
        return int(project.status(row));
    case AuthorIdRole:
        return conversation.authorId(row);
    }
    return {};
}

QVariant MessageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool dataset = m_document->project().isDataset();
    switch (section) {
    case RowColumn:
        return tr("#");
    case TimeColumn:
        return dataset ? tr("Line") : tr("Time");
    case AuthorColumn:
        return dataset ? tr("Roles") : tr("Author");
    case TextColumn:
        return dataset ? tr("Prompt") : tr("Message");
    case IncludeColumn:
        return tr("Include");
    case AnonymizeColumn:
        return tr("Anonymize");
    case StatusColumn:
        return tr("Status");
    case CompletionColumn:
        return tr("Completion");
    }
    return {};
}

Qt::ItemFlags MessageTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == IncludeColumn || index.column() == AnonymizeColumn)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == CompletionColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool MessageTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    if (role == Qt::CheckStateRole) {
        const bool on = value.toInt() == Qt::Checked; // views send the state as an int
        if (index.column() == IncludeColumn) {
            m_document->push(RowFieldCommand::include(m_document, {row}, on));
            return true;
        }
        if (index.column() == AnonymizeColumn) {
            m_document->push(RowFieldCommand::anonymize(m_document, {row}, on));
            return true;
        }
        return false;
    }
    if (role == Qt::EditRole && index.column() == CompletionColumn) {
        if (value.toString() != m_document->project().completion(row))
            m_document->push(new EditCompletionCommand(m_document, row, value.toString()));
        return true;
    }
    return false;
}

void MessageTableModel::onRowsChanged(int first, int last)
{
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

} // namespace Finetuner::App
