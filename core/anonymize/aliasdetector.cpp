// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "aliasdetector.h"

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

namespace {
QString withPlainLetters(QString text)
{
    return text.replace(u'ß', u"ss"_s).replace(QChar(0x1E9E), u"SS"_s).replace(u'ı', u'i').replace(QChar(0x0130), u'I');
}

/// The marks of Latin, Greek and Cyrillic letters dropped, and the letters with a stroke made plain. Other
/// scripts keep their marks: a Devanagari or Thai vowel sign is part of the letter, not an accent.
QString withoutAccents(const QString &text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    char16_t base = 0;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing && base != 0 && base < 0x0530)
            continue;
        base = c.unicode();
        out += c;
    }
    static const std::pair<char16_t, const char16_t *> plain[] = {
        {u'ł', u"l"}, {u'Ł', u"L"}, {u'ø', u"o"}, {u'Ø', u"O"}, {u'đ', u"d"}, {u'Đ', u"D"}, {u'ħ', u"h"},
    };
    for (const auto &[letter, replacement] : plain)
        out.replace(QChar(letter), QString::fromUtf16(replacement));
    return withPlainLetters(out);
}
} // namespace

QStringList AliasDetector::formsOf(const QString &alias)
{
    QStringList forms;
    for (const QString &form : {alias, alias.normalized(QString::NormalizationForm_C),
                                alias.normalized(QString::NormalizationForm_D), withPlainLetters(alias),
                                withoutAccents(alias)}) {
        if (!form.isEmpty() && !forms.contains(form))
            forms.append(form);
    }
    return forms;
}

AliasDetector::AliasDetector(const QStringList &aliases, const QList<int> &identities)
{
    for (qsizetype i = 0; i < aliases.size() && i < identities.size(); ++i) {
        const QString &alias = aliases.at(i);
        if (alias.isEmpty())
            continue;
        for (const QString &form : formsOf(alias)) {
            if (!m_aliases.contains(form)) {
                m_aliases.append(form);
                m_identities.append(identities.at(i));
            }
        }
    }
    m_matcher = TermMatcher(m_aliases);
}

void AliasDetector::find(QStringView text, const TextFacts &, PiiSpans &out) const
{
    for (const TermMatcher::Match &match : m_matcher.find(text)) {
        PiiSpan span{int(match.begin), int(match.end), PiiType::Person, m_aliases.at(match.term)};
        span.identity = m_identities.at(match.term);
        out.append(span);
    }
}

} // namespace Finetuner::Core
