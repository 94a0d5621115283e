// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/anonymize/piidetector.h>

#include <QStringList>

namespace Finetuner::Core {

/// Terms the user lists (a clinic's name, a street): case-insensitively, at Unicode word boundaries
/// ("Åsa" in "åsa's" but not in "Åsalind"), longest term first where two overlap. The value is the term as
/// the user wrote it.
class CustomTermDetector final : public PiiDetector
{
public:
    explicit CustomTermDetector(const QStringList &terms);

    QStringList terms() const { return m_terms; }
    void find(QStringView text, const TextFacts &facts, PiiSpans &out) const override;

private:
    QStringList m_terms; // trimmed, unique, longest first
};

} // namespace Finetuner::Core
