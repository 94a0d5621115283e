// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "participantsmodel.h"

#include <app/commands/participantcommands.h>
#include <app/document.h>

namespace Finetuner::App {

using Core::ParticipantRole;

ParticipantsModel::ParticipantsModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &Document::projectReset, this, [this] {
        beginResetModel();
        m_counts = m_document->project().conversation().messageCountsByParticipant();
        endResetModel();
    });
    const auto everyRow = [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    };
    connect(m_document, &Document::participantsChanged, this, everyRow);
    connect(m_document, &Document::anonymizationChanged, this, everyRow); // the pseudonyms
    m_counts = m_document->project().conversation().messageCountsByParticipant();
}

int ParticipantsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document->project().participantCount();
}

int ParticipantsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ParticipantsModel::roleName(int role)
{
    switch (ParticipantRole(role)) {
    case ParticipantRole::PromptAuthor:
        return tr("Prompt author");
    case ParticipantRole::Context:
        return tr("Context");
    case ParticipantRole::Excluded:
        return tr("Excluded");
    }
    return {};
}

QVariant ParticipantsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int id = index.row();
    const Core::Project &project = m_document->project();
    const Core::ParticipantSettings &settings = project.participant(id);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn:
            return project.conversation().participants().at(id);
        case MessagesColumn:
            return size_t(id) < m_counts.size() ? m_counts[size_t(id)] : 0;
        case RoleColumn:
            return role == Qt::EditRole ? QVariant(int(settings.role)) : QVariant(roleName(int(settings.role)));
        case PseudonymColumn:
            return project.pseudonym(id);
        }
    }
    if (role == RoleValueRole)
        return int(settings.role);
    if (role == Qt::TextAlignmentRole && index.column() == MessagesColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == RoleColumn) {
        switch (settings.role) {
        case ParticipantRole::PromptAuthor:
            return tr("Their text messages become prompts.");
        case ParticipantRole::Context:
            return tr("Their messages are shown but not exported unless included one by one.");
        case ParticipantRole::Excluded:
            return tr("Never exported; their name is removed from exported text.");
        }
    }
    return {};
}

QVariant ParticipantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Participant");
    case MessagesColumn:
        return tr("Messages");
    case RoleColumn:
        return tr("Role");
    case PseudonymColumn:
        return tr("Pseudonym");
    }
    return {};
}

Qt::ItemFlags ParticipantsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == RoleColumn || index.column() == PseudonymColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ParticipantsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::EditRole) {
        return false;
    }
    const int id = index.row();
    if (index.column() == RoleColumn) {
        bool ok = false;
        const int newRole = value.toInt(&ok);
        if (!ok || newRole < 0 || newRole > int(ParticipantRole::Excluded))
            return false;
        if (ParticipantRole(newRole) != m_document->project().participant(id).role)
            m_document->push(new SetParticipantRoleCommand(m_document, id, ParticipantRole(newRole)));
        return true;
    }
    if (index.column() == PseudonymColumn) {
        const QString pseudonym = value.toString().trimmed();
        if (pseudonym.isEmpty())
            return false; // an empty pseudonym would erase names instead of replacing them
        if (pseudonym != m_document->project().pseudonym(id))
            m_document->push(new SetPseudonymCommand(m_document, id, pseudonym));
        return true;
    }
    return false;
}

} // namespace Finetuner::App
