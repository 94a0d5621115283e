// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace Finetuner::Core::Utf8 {

/// Offset of the first byte that does not start a well-formed UTF-8 sequence (overlong forms,
/// surrogates and code points above U+10FFFF are ill-formed), or -1 when all of @p bytes is valid.
qsizetype firstInvalid(QByteArrayView bytes);

/// Length of the ill-formed sequence at @p bytes[offset]: its maximal subpart as Unicode §3.9 defines it,
/// so one U+FFFD replaces it exactly as Python's decode(errors="replace") does. (QString::fromUtf8() differs
/// for a truncated sequence in mid-text: it writes one U+FFFD per byte.)
qsizetype invalidLength(QByteArrayView bytes, qsizetype offset);

/// @p bytes with every ill-formed sequence replaced by U+FFFD; the offsets of the replaced sequences
/// (in @p bytes) are appended to @p replacedAt.
QByteArray sanitized(QByteArrayView bytes, std::vector<qsizetype> &replacedAt);

/// Number of code points, as Python's len(str) counts them. @p bytes must be valid UTF-8.
qsizetype codePointCount(QByteArrayView bytes);

/// Appends code point @p c to @p out in UTF-8.
void append(QByteArray &out, char32_t c);

} // namespace Finetuner::Core::Utf8
