// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pretokenizer.h"

#include "unicodeclasses.h"

namespace Finetuner::Core::Tokenize {

namespace {

// A code point of the text: its class, its value and how many bytes it takes.
struct CodePoint
{
    char32_t value;
    CharClass charClass;
    int length;

    bool in(unsigned classes) const { return (classBit(charClass) & classes) != 0; }
};

constexpr unsigned NotOtherClasses = LetterClasses | classBit(Number) | SpaceClasses;

// Reads well-formed UTF-8; positions are byte offsets.
class Scanner
{
public:
    Scanner(const uchar *text, qsizetype size)
        : m_text(text)
        , m_size(size)
        , m_classes(charClassTable())
    {
    }

    qsizetype size() const { return m_size; }

    CodePoint at(qsizetype i) const
    {
        const uchar lead = m_text[i];
        if (lead < 0x80)
            return {lead, m_classes.classes[lead], 1}; // block 0 is the first block
        char32_t value;
        int length;
        if (lead < 0xE0) {
            value = (char32_t(lead & 0x1F) << 6) | (m_text[i + 1] & 0x3F);
            length = 2;
        } else if (lead < 0xF0) {
            value = (char32_t(lead & 0x0F) << 12) | (char32_t(m_text[i + 1] & 0x3F) << 6) | (m_text[i + 2] & 0x3F);
            length = 3;
        } else {
            value = (char32_t(lead & 0x07) << 18) | (char32_t(m_text[i + 1] & 0x3F) << 12)
                | (char32_t(m_text[i + 2] & 0x3F) << 6) | (m_text[i + 3] & 0x3F);
            length = 4;
        }
        return {value, m_classes(value), length};
    }

    // Where the run of code points in @p classes that starts at @p i ends.
    qsizetype skip(qsizetype i, unsigned classes) const
    {
        while (i < m_size) {
            const CodePoint c = at(i);
            if (!c.in(classes))
                break;
            i += c.length;
        }
        return i;
    }

    // The contractions (?i:'s|'t|'re|'ve|'m|'ll|'d) at @p i: their length in bytes, 0 when there is none.
    // Case-insensitive as Rust's regex (tiktoken) has it, where s also matches U+017F LATIN SMALL LETTER LONG S.
    qsizetype contraction(qsizetype i) const
    {
        if (i + 1 >= m_size || m_text[i] != '\'')
            return 0;
        const uchar a = lower(m_text[i + 1]);
        if (a == 's' || a == 't' || a == 'm' || a == 'd')
            return 2;
        if (m_text[i + 1] == 0xC5 && i + 2 < m_size && m_text[i + 2] == 0xBF) // ſ
            return 3;
        if (i + 2 < m_size) {
            const uchar b = lower(m_text[i + 2]);
            if ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l'))
                return 3;
        }
        return 0;
    }

    // The ends of a whitespace run: where it ends, where its last \r or \n ends (-1 if none), where its last
    // code point starts.
    struct SpaceRun
    {
        qsizetype end;
        qsizetype afterLastLineBreak = -1;
        qsizetype lastStart;
        int codePoints = 0;
    };
    SpaceRun spaceRun(qsizetype i) const
    {
        SpaceRun run{i, -1, i, 0};
        while (run.end < m_size) {
            const CodePoint c = at(run.end);
            if (!c.in(SpaceClasses))
                break;
            run.lastStart = run.end;
            run.end += c.length;
            ++run.codePoints;
            if (c.charClass == LineBreak)
                run.afterLastLineBreak = run.end;
        }
        return run;
    }

private:
    static uchar lower(uchar c) { return c >= 'A' && c <= 'Z' ? uchar(c + 32) : c; }

    const uchar *m_text;
    qsizetype m_size;
    const CharClassTable &m_classes;
};

// ` ?[^\s\p{L}\p{N}]+` followed by [\r\n]* (cl100k) or [\r\n/]* (o200k); -1 when it does not match at @p i.
qsizetype punctuationEnd(const Scanner &s, qsizetype i, bool slash)
{
    qsizetype j = i;
    if (s.at(j).value == ' ')
        ++j;
    if (j >= s.size() || s.at(j).in(NotOtherClasses))
        return -1;
    j = s.skip(j, ~NotOtherClasses);
    while (j < s.size()) {
        const char32_t c = s.at(j).value;
        if (c != '\r' && c != '\n' && !(slash && c == '/'))
            break;
        ++j;
    }
    return j;
}

// \p{N}{1,3}
qsizetype numberEnd(const Scanner &s, qsizetype i)
{
    for (int n = 0; n < 3 && i < s.size(); ++n) {
        const CodePoint c = s.at(i);
        if (c.charClass != Number)
            break;
        i += c.length;
    }
    return i;
}

} // namespace

// '(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s
qsizetype cl100kPieceEnd(const uchar *text, qsizetype size, qsizetype begin)
{
    const Scanner s(text, size);
    if (const qsizetype n = s.contraction(begin))
        return begin + n;

    const CodePoint first = s.at(begin);
    if (first.in(LetterClasses))
        return s.skip(begin + first.length, LetterClasses);
    if (!first.in(classBit(LineBreak) | classBit(Number)) && !first.in(LetterClasses)
        && begin + first.length < size && s.at(begin + first.length).in(LetterClasses))
        return s.skip(begin + first.length, LetterClasses);

    if (first.charClass == Number)
        return numberEnd(s, begin);

    if (const qsizetype end = punctuationEnd(s, begin, false); end >= 0)
        return end;

    // Whitespace is all that is left.
    const Scanner::SpaceRun run = s.spaceRun(begin);
    if (run.end == size)
        return run.end; // \s++$
    if (run.afterLastLineBreak >= 0)
        return run.afterLastLineBreak; // \s*[\r\n]
    if (run.codePoints >= 2)
        return run.lastStart; // \s+(?!\S): leave the last one to lead the next piece
    return run.end;           // \s
}

namespace {

// o200k's two letter alternatives from @p i, without their optional prefix and contraction; -1 when they fail.
//   A*B+ where A = [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}], B = [\p{Ll}\p{Lm}\p{Lo}\p{M}]: A* takes the whole run of A;
//   if a lower-case letter follows, B+ takes the run of B from there; otherwise A* gives back until B+ can
//   take one code point, which is the last one of the run that is also in B (Lm, Lo, M).
qsizetype o200kFirstLetters(const Scanner &s, qsizetype i)
{
    qsizetype lastBoth = -1; // end of the last code point of the A run that is also in B
    qsizetype end = i;
    while (end < s.size()) {
        const CodePoint c = s.at(end);
        if (!c.in(UpperishClasses))
            break;
        end += c.length;
        if (c.in(LowerishClasses))
            lastBoth = end;
    }
    if (end < s.size() && s.at(end).charClass == LowerLetter)
        return s.skip(end, LowerishClasses);
    return lastBoth;
}

//   A+B*: the whole run of A (at least one), then the run of B after it.
qsizetype o200kSecondLetters(const Scanner &s, qsizetype i)
{
    const qsizetype end = s.skip(i, UpperishClasses);
    if (end == i)
        return -1;
    return s.skip(end, LowerishClasses);
}

} // namespace

// [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?
// |[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?
// |\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+
qsizetype o200kPieceEnd(const uchar *text, qsizetype size, qsizetype begin)
{
    const Scanner s(text, size);
    const CodePoint first = s.at(begin);
    // The optional prefix is tried first, then without it (which only matters when the first is a mark,
    // the one class that is both a possible prefix and a letter-part); the first alternative before the second.
    const bool canPrefix = !first.in(LetterClasses | classBit(Number) | classBit(LineBreak))
        && begin + first.length < size;
    const bool canStart = first.in(UpperishClasses | LowerishClasses);
    qsizetype end = -1;
    if (canPrefix)
        end = o200kFirstLetters(s, begin + first.length);
    if (end < 0 && canStart)
        end = o200kFirstLetters(s, begin);
    if (end < 0 && canPrefix)
        end = o200kSecondLetters(s, begin + first.length);
    if (end < 0 && canStart)
        end = o200kSecondLetters(s, begin);
    if (end >= 0)
        return end + s.contraction(end);

    if (first.charClass == Number)
        return numberEnd(s, begin);

    if (const qsizetype punctuation = punctuationEnd(s, begin, true); punctuation >= 0)
        return punctuation;

    const Scanner::SpaceRun run = s.spaceRun(begin);
    if (run.afterLastLineBreak >= 0)
        return run.afterLastLineBreak; // \s*[\r\n]+
    if (run.end == size)
        return run.end; // \s+(?!\S) at the end
    if (run.codePoints >= 2)
        return run.lastStart; // \s+(?!\S)
    return run.end;           // \s+
}

} // namespace Finetuner::Core::Tokenize
