// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/tokenize/encoding.h>

#include <QtGlobal>

namespace Finetuner::Core::Tokenize {

/// The encodings' pre-tokenisation regular expressions, hand-written as scanners over code points with
/// exactly the regexes' leftmost-first, greedy-with-backtracking semantics (docs/tokenizer.md spells out each
/// alternative). @p text must be well-formed UTF-8 and @p begin < @p size; returns where the piece that starts
/// at @p begin ends, always > @p begin.
qsizetype cl100kPieceEnd(const uchar *text, qsizetype size, qsizetype begin);
qsizetype o200kPieceEnd(const uchar *text, qsizetype size, qsizetype begin);

inline qsizetype pieceEnd(Encoding encoding, const uchar *text, qsizetype size, qsizetype begin)
{
    return encoding == Encoding::Cl100kBase ? cl100kPieceEnd(text, size, begin) : o200kPieceEnd(text, size, begin);
}

} // namespace Finetuner::Core::Tokenize
