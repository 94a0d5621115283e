// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "roledelegate.h"

#include <app/models/participantsmodel.h>
#include <core/project/project.h>

#include <QComboBox>
#include <QTimer>

namespace Finetuner::App {

using namespace Qt::StringLiterals;

QWidget *RoleDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(option);
    Q_UNUSED(index);
    auto *combo = new QComboBox(parent);
    combo->setObjectName(u"roleEditor"_s);
    for (const auto role :
         {Core::ParticipantRole::PromptAuthor, Core::ParticipantRole::Context, Core::ParticipantRole::Excluded}) {
        combo->addItem(ParticipantsModel::roleName(int(role)), int(role));
    }
    // activated, not currentIndexChanged: it fires for a user's choice only, not for setEditorData(). A choice
    // is a decision: commit it at once rather than when focus leaves. Qt's editor API is const, its signals not.
    auto *self = const_cast<RoleDelegate *>(this);
    connect(combo, &QComboBox::activated, self, [self, combo] {
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    // Open the list straight away: one click less, and arrow keys move through the list without committing
    // every role they pass. Not when the key that opened the editor already chose a role and closed it.
    QTimer::singleShot(0, combo, [combo] {
        if (combo->isVisible())
            combo->showPopup();
    });
    return combo;
}

void RoleDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
}

void RoleDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace Finetuner::App
