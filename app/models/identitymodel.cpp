// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "identitymodel.h"

#include <app/commands/anonymizationcommands.h>
#include <app/document.h>

namespace Finetuner::App {

using namespace Qt::StringLiterals;

IdentityModel::IdentityModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &Document::projectReset, this, [this] {
        beginResetModel();
        m_counts = m_document->project().conversation().messageCountsByParticipant();
        m_rows = m_document->project().identities().size();
        endResetModel();
    });
    connect(m_document, &Document::anonymizationChanged, this, &IdentityModel::onIdentitiesChanged);
    m_counts = m_document->project().conversation().messageCountsByParticipant();
    m_rows = m_document->project().identities().size();
}

void IdentityModel::onIdentitiesChanged()
{
    const int rows = m_document->project().identities().size();
    if (rows != m_rows) {
        // People came or went (a merge, a split, a new person, or the undo of one): rows are not the same people.
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    // A pseudonym or an alias: the same rows, so the selection and the current cell stay where they were.
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

int IdentityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int IdentityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int IdentityModel::messagesOf(int identity) const
{
    int messages = 0;
    for (const int participant : m_document->project().identities().at(identity).participants)
        messages += size_t(participant) < m_counts.size() ? m_counts[size_t(participant)] : 0;
    return messages;
}

QVariant IdentityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // A view told of the change before this model is may still ask for a row that just went.
    if (index.row() >= m_document->project().identities().size())
        return {};
    const Core::Identity &identity = m_document->project().identities().at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case PersonColumn:
            return identity.name();
        case AliasesColumn: {
            // The name is in the first column and the column is narrow: the words people write come first,
            // the @mentions after them, each once as it looks (WhatsApp's invisible isolates around a mention
            // make a second form that reads the same). The tooltip has every alias as the map holds it.
            QStringList words;
            QStringList mentions;
            for (qsizetype i = 1; i < identity.aliases.size(); ++i) {
                QString text = identity.aliases.at(i).text;
                text.remove(QChar(0x2068)).remove(QChar(0x2069));
                QStringList &list = text.startsWith(u'@') ? mentions : words;
                if (!list.contains(text) && text != identity.name())
                    list.append(text);
            }
            return (words + mentions).join(u", "_s);
        }
        case MessagesColumn:
            return messagesOf(index.row());
        case PseudonymColumn:
            return identity.pseudonym;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case PersonColumn: {
            if (identity.participants.isEmpty())
                return tr("Named in messages, wrote none.");
            QStringList names;
            for (const int participant : identity.participants)
                names.append(m_document->project().conversation().participants().value(participant));
            return tr("Writes as: %1").arg(names.join(u", "_s));
        }
        case AliasesColumn:
            return identity.aliasTexts().join(u'\n');
        case PseudonymColumn:
            return identity.pseudonymChosen ? tr("Chosen by you. Clear it to get the style's pseudonym back.")
                                            : tr("Given by the pseudonym style. Type to choose another.");
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == MessagesColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant IdentityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PersonColumn:
        return tr("Person");
    case AliasesColumn:
        return tr("Aliases");
    case MessagesColumn:
        return tr("Messages");
    case PseudonymColumn:
        return tr("Pseudonym");
    }
    return {};
}

Qt::ItemFlags IdentityModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == PseudonymColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool IdentityModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::EditRole || index.column() != PseudonymColumn) {
        return false;
    }
    // The model never mutates: the edit becomes a command, and dataChanged follows from anonymizationChanged.
    const Core::IdentityMap &current = m_document->project().identities();
    if (index.row() >= current.size())
        return false;
    // Return on an unchanged cell is no step: the delegate commits whatever the editor holds.
    if (value.toString().trimmed() == current.at(index.row()).pseudonym)
        return true;
    Core::IdentityMap edited = current;
    edited.setPseudonym(index.row(), value.toString()); // empty: the style's pseudonym again
    if (edited != current) {
        m_document->push(new SetIdentitiesCommand(
            m_document, edited, tr("Set Pseudonym of %1").arg(current.at(index.row()).name())));
    }
    return true;
}

} // namespace Finetuner::App
