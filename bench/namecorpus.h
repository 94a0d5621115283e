// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "piicorpus.h"
#include "splitmix.h"

#include <core/anonymize/piispan.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace Finetuner::Bench {

/// One generated group chat: the export a phone would write, and what every message must be found to hold.
struct NameChat
{
    QByteArray exportBytes;        // android-dmy-24h, as the importer reads it
    QStringList texts;             // each message's text, by row, as it must import
    std::vector<Core::PiiSpans> gold; // by row; a Person span's identity is an index into people
    QStringList people;            // a name each identity must have as an alias: the author as the export writes
                                   // it, or the full name a system line gives
    QStringList languages;         // by row, for the report
    QStringList phoneRegions;      // the regions the PII samples' national numbers need, for the settings
};

/// A deterministic stream of labelled group chats for measuring identities and pseudonyms (issue 5): authors
/// with diacritics (Zoë-like names in ten Latin languages) and in Cyrillic, Greek, Arabic, Hebrew, Devanagari,
/// Thai, Han, kana and Hangul; phone-number authors who say who they are in their first message ("Hi, Will
/// here"), push names, people only named by "X added Y" lines; names that are also words (Will, Rose, Mark,
/// Hope, Bill, Grace). Messages name them in every form a chat does: full, first and last names, possessives,
/// lower and upper case, decomposed accents, typed without accents, "@⁨Name⁩" mentions, numbers in
/// international, E.164 and national form, "@digits"; glued to CJK particles and emoji. Between them: PII and hard negatives of bench/piicorpus, and words that hold a name (banana, Marketing,
/// Willow) or are one ("I will", "a rose").
///
/// Gold comes from how each message was built, never from the detectors.
class NameCorpusGenerator
{
public:
    explicit NameCorpusGenerator(std::uint64_t seed);

    NameChat next(int messages);

private:
    SplitMix m_random;
    PiiCorpusGenerator m_pii;
};

} // namespace Finetuner::Bench
