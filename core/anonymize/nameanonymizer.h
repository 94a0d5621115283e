// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Finetuner::Core {

class Project;

/// Replaces participants' names in text with their pseudonyms: case-insensitively, at Unicode word boundaries,
/// longest name first, so "Bruce Wayne's" becomes "Person 2's" and "Brucey" stays. The first step of
/// anonymization (DESIGN.md §5); detectors for phones, e-mails and more come with the anonymization work.
class NameAnonymizer
{
public:
    NameAnonymizer() = default;
    /// @p names and @p replacements pair up; empty names are ignored.
    NameAnonymizer(const QStringList &names, const QStringList &replacements);
    /// Every participant's name (and a push name without its "~ ") to that participant's pseudonym.
    static NameAnonymizer forParticipants(const Project &project);

    QString apply(const QString &text) const;
    bool isEmpty() const { return m_replacements.isEmpty(); }

private:
    QRegularExpression m_pattern;
    QHash<QString, QString> m_replacements; // case-folded name -> pseudonym
};

} // namespace Finetuner::Core
