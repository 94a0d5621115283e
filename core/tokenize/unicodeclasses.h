// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <cstdint>

namespace Finetuner::Core::Tokenize {

/// The classes the encodings' pre-tokenisation patterns distinguish. Generated from Unicode's tables by
/// scripts/gen-unicode-classes.mjs rather than taken from QChar, whose tables are older than the references'.
enum CharClass : std::uint8_t {
    Other,          // everything below does not cover: punctuation, symbols, controls, unassigned
    UpperLetter,    // Lu
    TitleLetter,    // Lt
    LowerLetter,    // Ll
    ModifierLetter, // Lm
    OtherLetter,    // Lo
    Mark,           // M (Mn, Mc, Me); not a letter for \p{L}
    Number,         // N (Nd, Nl, No)
    Space,          // White_Space other than \r and \n
    LineBreak,      // \r, \n
    CharClassCount
};

/// Class of @p codePoint (< 0x110000); surrogates are Other.
CharClass charClass(char32_t codePoint);

constexpr unsigned classBit(CharClass c)
{
    return 1u << c;
}
constexpr unsigned LetterClasses =
    classBit(UpperLetter) | classBit(TitleLetter) | classBit(LowerLetter) | classBit(ModifierLetter) | classBit(OtherLetter);
// o200k's [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}] and [\p{Ll}\p{Lm}\p{Lo}\p{M}].
constexpr unsigned UpperishClasses =
    classBit(UpperLetter) | classBit(TitleLetter) | classBit(ModifierLetter) | classBit(OtherLetter) | classBit(Mark);
constexpr unsigned LowerishClasses =
    classBit(LowerLetter) | classBit(ModifierLetter) | classBit(OtherLetter) | classBit(Mark);
constexpr unsigned SpaceClasses = classBit(Space) | classBit(LineBreak);

} // namespace Finetuner::Core::Tokenize
