// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "splitmix.h"

#include <core/anonymize/piispan.h>

#include <QString>
#include <QStringList>

#include <cstdint>

namespace Finetuner::Bench {

/// One labelled chat message: the text, the phone regions its chat would be scanned with (the participants'
/// country), and the gold spans, with the value each detector must report.
struct PiiSample
{
    QString text;
    QString language;    // "en", "es", "de", "fr", "pt", "tr", "ar", "hi", "zh", "ru"
    QStringList regions; // ISO 3166-1 alpha-2
    Core::PiiSpans gold;
};

/// A deterministic stream of labelled messages for measuring the detectors: PII of every type (phone numbers
/// of many regions in national and international forms with dashes, dots, brackets, U+202F and U+00A0; e-mail
/// with plus-addressing, subdomains and IDN domains; links and location shares; IBANs of many countries and
/// card numbers with checksums computed here; IPv4 and IPv6) in text of ten languages, and hard negatives
/// (timestamps, times, dates, versions, GUIDs, prices, order and tracking numbers, counts, file names, IBANs
/// and cards with a wrong checksum), some after emoji and combining marks.
///
/// Gold comes from how each value was built, not from the detectors. Phone numbers start from
/// libphonenumber's example number of each region, with digits varied and kept where the number stays valid.
class PiiCorpusGenerator
{
public:
    explicit PiiCorpusGenerator(std::uint64_t seed);

    PiiSample next();

    /// A one-line text message for a benchmark export: some PII values and hard negatives in a language's
    /// phrases; it never starts like a WhatsApp header.
    QString chatLine();
    /// True with @p probability, from this generator's own stream.
    bool chance(double probability) { return double(random() >> 11) / double(1ull << 53) < probability; }

private:
    std::uint64_t random();
    std::uint64_t below(std::uint64_t bound) { return random() % bound; }
    template <typename List>
    const auto &pick(const List &list)
    {
        return list.at(qsizetype(below(quint64(list.size()))));
    }

    struct Value
    {
        QString text;
        Core::PiiType type = Core::PiiType::Phone;
        QString normalised;
        bool pii = true;
    };

    Value phone(const QString &homeRegion);
    Value email();
    Value url();
    Value location();
    Value iban(bool valid);
    Value card(bool valid);
    Value ipv4();
    Value ipv6();
    Value negative();
    QString digits(int count);

    SplitMix m_random;
};

} // namespace Finetuner::Bench
