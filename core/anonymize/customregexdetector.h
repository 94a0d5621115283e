// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/anonymize/piidetector.h>
#include <core/util/diagnostic.h>

#include <QStringList>

#include <memory>
#include <vector>

namespace re2 {
class RE2;
}

namespace Finetuner::Core {

/// The user's own regular expressions, in RE2 syntax. RE2 runs in time linear in the text and never gives up
/// on a long message (unlike a backtracking engine, which can take exponential time or hit PCRE2's match
/// limit and report no match). Case-sensitive unless the pattern says (?i); "." does not match a line break.
/// A pattern that does not compile is reported, and the others still run.
class CustomRegexDetector final : public PiiDetector
{
public:
    explicit CustomRegexDetector(const QStringList &patterns, Diagnostics *diagnostics = nullptr);
    ~CustomRegexDetector() override;

    /// The patterns that compiled.
    int patternCount() const { return int(m_patterns.size()); }
    void find(QStringView text, const TextFacts &facts, PiiSpans &out) const override;

private:
    std::vector<std::unique_ptr<re2::RE2>> m_patterns;
};

} // namespace Finetuner::Core
