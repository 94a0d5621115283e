// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "roledelegate.h"

#include <app/models/participantsmodel.h>
#include <core/project/project.h>

#include <QComboBox>

namespace Finetuner::App {

QWidget *RoleDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    Q_UNUSED(option);
    Q_UNUSED(index);
    auto *combo = new QComboBox(parent);
    for (const auto role :
         {Core::ParticipantRole::PromptAuthor, Core::ParticipantRole::Context, Core::ParticipantRole::Excluded}) {
        combo->addItem(ParticipantsModel::roleName(int(role)), int(role));
    }
    // A choice is a decision: commit it at once rather than when focus leaves.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        emit const_cast<RoleDelegate *>(this)->commitData(combo);
        emit const_cast<RoleDelegate *>(this)->closeEditor(combo);
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
