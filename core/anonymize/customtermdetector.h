// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/anonymize/piidetector.h>
#include <core/anonymize/termmatcher.h>

#include <QStringList>

namespace Finetuner::Core {

/// Terms the user lists (a clinic's name, a street): case-insensitively, at Unicode word boundaries
/// (TermMatcher: "Åsa" in "åsa's" but not in "Åsalind"); where two overlap, the one that starts first, and of
/// two that start together the longer. The value is the term as the user wrote it.
class CustomTermDetector final : public PiiDetector
{
public:
    explicit CustomTermDetector(const QStringList &terms);

    QStringList terms() const { return m_terms; }
    void find(QStringView text, const TextFacts &facts, PiiSpans &out) const override;

private:
    QStringList m_terms; // trimmed, unique
    TermMatcher m_matcher;
};

} // namespace Finetuner::Core
