// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/model/dateorder.h>

#include <QByteArray>
#include <QList>
#include <QString>

namespace Finetuner::Core {

/// A conversation taken apart into what a project file stores: the kept export bytes, the arena, the packed
/// message records and the participants. ConversationBuilder::fromParts() puts it back together after checking
/// that every record points inside the bytes, so a damaged file cannot make a conversation that reads out of
/// bounds.
struct ConversationParts
{
    /// The layout of records: MessageRecord's bytes as this build lays them out. A change to MessageRecord
    /// bumps this and needs a project-file migration.
    static constexpr int RecordLayout = 1;

    QString sourcePath;
    QString formatId;
    DateOrder dateOrder = DateOrder::Auto;
    bool dateOrderAssumed = false;
    QByteArray source;
    QByteArray arena;
    QByteArray records; // size() * sizeof(MessageRecord) bytes
    QList<QByteArray> participantsUtf8;
};

} // namespace Finetuner::Core
