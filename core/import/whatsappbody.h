// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/model/message.h>

#include <QByteArray>
#include <QByteArrayView>

namespace Finetuner::Core::WhatsApp {

/// What the text of a message says about itself: placeholder, deletion, edit marker, WhatsApp's marks.
struct Body
{
    MessageKind kind = MessageKind::Text;
    qsizetype leadingLrm = 0;     // bytes of U+200E in front: iOS marks its own system text so. A U+200F there
                                  // is the user's (right-to-left text) and never makes a system line.
    bool edited = false;
    qsizetype textStart = 0;      // the text is [textStart, textEnd) of what was classified...
    qsizetype textEnd = 0;
    QByteArray rewritten;         // ...unless marks inside a placeholder had to go: then this is the text
    qsizetype attachmentStart = 0; // in the final text
    qsizetype attachmentLength = 0;
};

/// Classifies @p text, the message text after "author: " with continuation lines joined by '\n'.
Body classifyBody(QByteArrayView text);

/// Length of the directional marks (U+200E, U+200F) at the start of @p text.
qsizetype leadingMarkLength(QByteArrayView text);
/// Length of the U+200E marks at the start of @p text.
qsizetype leadingLrmLength(QByteArrayView text);

/// @p name without the directional and isolation marks WhatsApp wraps around it
/// (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), as [start, end) of @p name.
QByteArrayView trimDirectionalMarks(QByteArrayView name);

} // namespace Finetuner::Core::WhatsApp
