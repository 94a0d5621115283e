// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "customregexdetector.h"

#include <core/anonymize/utf8offsets.h>

#include <QCoreApplication>

#include <re2/re2.h>

#include <algorithm>

namespace Finetuner::Core {

CustomRegexDetector::CustomRegexDetector(const QStringList &patterns, Diagnostics *diagnostics)
{
    RE2::Options options;
    options.set_log_errors(false);
    options.set_encoding(RE2::Options::EncodingUTF8);
    for (const QString &pattern : patterns) {
        if (pattern.isEmpty())
            continue;
        auto re = std::make_unique<RE2>(pattern.toStdString(), options);
        if (!re->ok()) {
            if (diagnostics) {
                diagnostics->append({Diagnostic::Severity::Error,
                                     QCoreApplication::translate("Finetuner::Core::CustomRegexDetector",
                                                                 "The pattern %1 is not a valid regular expression: %2")
                                         .arg(pattern, QString::fromStdString(re->error())),
                                     {},
                                     -1,
                                     -1});
            }
            continue;
        }
        m_patterns.push_back(std::move(re));
    }
}

CustomRegexDetector::~CustomRegexDetector() = default;

void CustomRegexDetector::find(QStringView text, const TextFacts &, PiiSpans &out) const
{
    if (m_patterns.empty() || text.isEmpty())
        return;
    const Utf8Offsets utf8(text);
    const re2::StringPiece input(utf8.bytes().constData(), size_t(utf8.bytes().size()));
    PiiSpans found;
    for (const std::unique_ptr<RE2> &re : m_patterns) {
        size_t pos = 0;
        re2::StringPiece match;
        while (pos <= input.size() && re->Match(input, pos, input.size(), RE2::UNANCHORED, &match, 1)) {
            const size_t begin = size_t(match.data() - input.data());
            const size_t end = begin + match.size();
            if (match.empty()) {
                // Step over the whole character, so the next try starts on a character boundary.
                pos = begin + 1;
                while (pos < input.size() && (static_cast<unsigned char>(input[pos]) & 0xC0) == 0x80)
                    ++pos;
                continue;
            }
            const int b = utf8.utf16(qsizetype(begin));
            const int e = utf8.utf16(qsizetype(end));
            const bool overlaps = std::any_of(found.cbegin(), found.cend(),
                                              [b, e](const PiiSpan &s) { return b < s.end && s.begin < e; });
            if (!overlaps)
                found.append({b, e, PiiType::CustomRegex, text.mid(b, e - b).toString()});
            pos = end;
        }
    }
    out.append(found);
}

} // namespace Finetuner::Core
