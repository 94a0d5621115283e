// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "emaildetector.h"

#include <core/anonymize/textchars.h>

namespace Finetuner::Core {

using namespace TextChars;

namespace {
// CJK text puts no space around an address ("请发到a@b.com谢谢"), so an ideograph ends a domain; IDN domains
// in Han script are not found (docs/anonymization.md).
bool isLabelUnit(char16_t c)
{
    if (c < 0x80)
        return isAsciiAlnum(c) || c == u'-';
    if (isCjk(c))
        return false;
    // Non-ASCII letters, digits and marks, and both halves of a surrogate pair (scripts outside the BMP).
    return QChar::isSurrogate(c) || isWordCodePoint(c);
}

bool isLocalUnit(char16_t c)
{
    if (c < 0x80)
        return isAsciiAlnum(c) || c == u'.' || c == u'_' || c == u'%' || c == u'+' || c == u'-';
    if (isCjk(c))
        return false;
    return QChar::isSurrogate(c) || isWordCodePoint(c);
}

bool isLetterUnit(char16_t c)
{
    if (c < 0x80)
        return isAsciiAlpha(c);
    return QChar::isSurrogate(c) || QChar::isLetter(c) || QChar::isMark(c);
}
} // namespace

qsizetype EmailDetector::domainEnd(QStringView text, qsizetype begin, int *labelCount)
{
    const qsizetype n = text.size();
    qsizetype pos = begin;
    qsizetype end = -1;
    int labels = 0;
    while (pos < n) {
        const qsizetype labelBegin = pos;
        while (pos < n && isLabelUnit(text[pos].unicode()))
            ++pos;
        if (pos == labelBegin || text[labelBegin] == u'-' || text[pos - 1] == u'-')
            break;
        ++labels;
        bool allLetters = pos - labelBegin >= 2;
        for (qsizetype i = labelBegin; allLetters && i < pos; ++i)
            allLetters = isLetterUnit(text[i].unicode());
        if (labels >= 2 && allLetters)
            end = pos;
        // A dot continues the domain only when a label follows it; "example.com." ends a sentence.
        if (pos + 1 < n && text[pos] == u'.' && isLabelUnit(text[pos + 1].unicode()))
            ++pos;
        else
            break;
    }
    if (labelCount)
        *labelCount = labels;
    return end;
}

void EmailDetector::find(QStringView text, const TextFacts &facts, PiiSpans &out) const
{
    if (!facts.at)
        return;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(u'@', from);
        if (at < 0)
            return;
        from = at + 1;
        qsizetype begin = at;
        while (begin > 0 && isLocalUnit(text[begin - 1].unicode()))
            --begin;
        while (begin < at && text[begin] == u'.')
            ++begin;
        if (begin == at || text[at - 1] == u'.')
            continue;
        const qsizetype end = domainEnd(text, at + 1);
        if (end < 0)
            continue;
        const QString local = text.mid(begin, at - begin).toString();
        out.append({int(begin), int(end), PiiType::Email, local + u'@' + text.mid(at + 1, end - at - 1).toString().toLower()});
        from = end;
    }
}

} // namespace Finetuner::Core
