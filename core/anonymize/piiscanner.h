// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/anonymize/piidetector.h>
#include <core/anonymize/piispan.h>
#include <core/util/diagnostic.h>

#include <QHash>
#include <QList>
#include <QStringList>

#include <array>
#include <memory>
#include <vector>

namespace Finetuner::Core {

/// Which detectors run and what they are told.
struct PiiScannerSettings
{
    std::array<bool, PiiTypeCount> enabled = allEnabled();
    QStringList phoneRegions;   // ISO 3166-1 alpha-2: the participants' regions and the system locale's
    QStringList customTerms;
    QStringList customPatterns; // RE2 syntax
    /// Person: the identity map's aliases and, pairing up, their identities.
    QStringList aliases;
    QList<int> aliasIdentities;
    /// E.164 numbers that are an identity's: such a number found in any formatting is that person (a Person span).
    QHash<QString, int> identityPhones;

    static std::array<bool, PiiTypeCount> allEnabled()
    {
        std::array<bool, PiiTypeCount> all{};
        all.fill(true);
        return all;
    }
    void setEnabled(PiiType type, bool on) { enabled[size_t(type)] = on; }
    bool isEnabled(PiiType type) const { return enabled[size_t(type)]; }
};

/// Runs the enabled detectors over one message text and returns what they found as spans that do not
/// overlap, sorted by position.
///
/// Overlaps are settled in two steps. A span that lies inside a longer one is dropped, whatever the types: a
/// link that holds an e-mail address or a phone number stays one link, 447700900123@s.whatsapp.net stays one
/// address. Of spans that still overlap, the one of the earlier type in PiiType's order wins (URL, location,
/// e-mail, IBAN, card, phone, IP, custom pattern, custom term, person), and within a type the longer. A phone
/// number that is an identity's (PiiScannerSettings::identityPhones) is a Person span before overlaps are settled.
///
/// Copies share the detectors; scan() may run on several threads at once.
class PiiScanner
{
public:
    PiiScanner() : PiiScanner(PiiScannerSettings{}) {}
    /// Invalid custom patterns are reported in @p diagnostics; the rest still runs.
    explicit PiiScanner(const PiiScannerSettings &settings, Diagnostics *diagnostics = nullptr);

    const PiiScannerSettings &settings() const { return m_settings; }
    PiiSpans scan(QStringView text) const;

    /// Keeps the spans that win by the rule above, sorted by position.
    static PiiSpans resolveOverlaps(PiiSpans spans);

private:
    PiiScannerSettings m_settings;
    std::vector<std::shared_ptr<const PiiDetector>> m_detectors;
};

} // namespace Finetuner::Core
