// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <cstddef>
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

/// The two-stage table behind charClass(), for scanners that look up every code point: blocks of 128 classes,
/// equal blocks shared, so a look-up is two loads and the table stays in cache.
struct CharClassTable
{
    static constexpr int BlockBits = 7;
    const std::uint16_t *blockOf;
    const CharClass *classes;

    CharClass operator()(char32_t codePoint) const
    {
        if (codePoint >= 0x110000)
            return Other;
        return classes[std::size_t(blockOf[codePoint >> BlockBits]) << BlockBits
                       | (codePoint & ((1u << BlockBits) - 1))];
    }
};

/// Built on first use, thread-safe.
const CharClassTable &charClassTable();

/// Class of @p codePoint; surrogates are Other.
inline CharClass charClass(char32_t codePoint)
{
    return charClassTable()(codePoint);
}

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
