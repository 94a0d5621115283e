// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/model/conversation.h>

#include <QAbstractTableModel>

namespace Finetuner::App {

/// The messages of a conversation as table rows. A thin adapter: it owns no copies of the messages and
/// builds each cell's string only when a view asks for it, so a million rows cost nothing up front.
class MessageTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageTableModel)
public:
    // Unscoped on purpose: these go straight into Qt's int-based API.
    enum Column { LineColumn, TimeColumn, AuthorColumn, KindColumn, TextColumn, ColumnCount };

    explicit MessageTableModel(QObject *parent = nullptr);

    void setConversation(const Core::Conversation &conversation);
    const Core::Conversation &conversation() const { return m_conversation; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Core::Conversation m_conversation;
};

} // namespace Finetuner::App
