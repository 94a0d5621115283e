// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "nameanonymizer.h"

#include <core/project/project.h>

#include <algorithm>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

namespace {
// A push name is written "~ Name" (with U+202F or U+00A0 on newer phones); in text people write "Name".
QString withoutPushPrefix(const QString &name)
{
    if (!name.startsWith(u'~'))
        return {};
    QString bare = name.mid(1);
    while (!bare.isEmpty() && (bare.front().isSpace() || bare.front() == QChar(0x202F)))
        bare.remove(0, 1);
    return bare;
}
} // namespace

NameAnonymizer::NameAnonymizer(const QStringList &names, const QStringList &replacements)
{
    QStringList alternatives;
    for (qsizetype i = 0; i < names.size() && i < replacements.size(); ++i) {
        const QString name = names.at(i).trimmed();
        if (name.isEmpty() || m_replacements.contains(name.toCaseFolded()))
            continue;
        m_replacements.insert(name.toCaseFolded(), replacements.at(i));
        alternatives.append(name);
    }
    if (alternatives.isEmpty())
        return;
    // Longest first, so a full name wins over a name it starts with.
    std::sort(alternatives.begin(), alternatives.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (QString &alternative : alternatives)
        alternative = QRegularExpression::escape(alternative);
    // Word boundaries by hand: \b is not defined for names that start or end with "+" or "~".
    m_pattern = QRegularExpression(u"(?<![\\p{L}\\p{N}\\p{M}_])(?:"_s + alternatives.join(u'|')
                                       + u")(?![\\p{L}\\p{N}\\p{M}_])"_s,
                                   QRegularExpression::CaseInsensitiveOption
                                       | QRegularExpression::UseUnicodePropertiesOption);
}

NameAnonymizer NameAnonymizer::forParticipants(const Project &project)
{
    QStringList names;
    QStringList replacements;
    const QStringList &participants = project.conversation().participants();
    for (int id = 0; id < participants.size(); ++id) {
        names.append(participants.at(id));
        replacements.append(project.participant(id).pseudonym);
        const QString bare = withoutPushPrefix(participants.at(id));
        if (!bare.isEmpty()) {
            names.append(bare);
            replacements.append(project.participant(id).pseudonym);
        }
    }
    return NameAnonymizer(names, replacements);
}

QString NameAnonymizer::apply(const QString &text) const
{
    if (m_replacements.isEmpty())
        return text;
    QString result;
    qsizetype done = 0;
    QRegularExpressionMatchIterator it = m_pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(done, match.capturedStart() - done);
        result += m_replacements.value(match.captured().toCaseFolded());
        done = match.capturedEnd();
    }
    if (done == 0)
        return text;
    result += QStringView(text).mid(done);
    return result;
}

} // namespace Finetuner::Core
