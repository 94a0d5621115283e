// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "messagetablemodel.h"

#include <QFont>

namespace Finetuner::App {

using namespace Qt::StringLiterals;

namespace {
// A table cell shows one line; the full text is in the tooltip.
constexpr int MaxCellCharacters = 300;
} // namespace

MessageTableModel::MessageTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MessageTableModel::setConversation(const Core::Conversation &conversation)
{
    beginResetModel();
    m_conversation = conversation;
    endResetModel();
}

int MessageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_conversation.size();
}

int MessageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool system = m_conversation.kind(row) == Core::MessageKind::System;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return m_conversation.line(row);
        case TimeColumn:
            return m_conversation.timestamp(row).toString().replace(u'T', u' ');
        case AuthorColumn:
            return m_conversation.author(row);
        case KindColumn:
            switch (m_conversation.kind(row)) {
            case Core::MessageKind::Text:
                return tr("text");
            case Core::MessageKind::System:
                return tr("system");
            case Core::MessageKind::Media:
                return tr("media");
            case Core::MessageKind::Deleted:
                return tr("deleted");
            }
            return {};
        case TextColumn: {
            QString text = m_conversation.text(row);
            if (text.size() > MaxCellCharacters)
                text = text.left(MaxCellCharacters) + u'…';
            text.replace(u'\n', u" ⏎ "_s);
            return text;
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return m_conversation.text(row);
        return {};
    case Qt::FontRole:
        if (system) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant MessageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case TimeColumn:
        return tr("Time");
    case AuthorColumn:
        return tr("Author");
    case KindColumn:
        return tr("Kind");
    case TextColumn:
        return tr("Message");
    }
    return {};
}

} // namespace Finetuner::App
