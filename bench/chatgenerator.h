// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/model/dateorder.h>
#include <core/model/message.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace Finetuner::Bench {

/// How one kind of phone writes an export. Written from real exports, independently of the importer's
/// grammar, so the property tests check one against the other.
struct ExportStyle
{
    QString name;              // "android-dmy-24h"
    bool ios = false;          // "[date, time] " instead of "date, time - "
    Core::DateOrder order = Core::DateOrder::DayMonthYear;
    char dateSeparator = '/';
    bool fourDigitYear = true;
    bool zeroPadDate = true;   // 05/06/2021 (most locales) or 6/5/21 (US)
    bool commaAfterDate = true;
    char timeSeparator = ':';
    bool seconds = false;
    QString meridiemAm;        // empty for 24 h; otherwise what follows the time: " AM", "\u202fa.m."
    QString meridiemPm;
    bool crlf = false;
    bool bom = false;
};

/// The styles real phones write; the property tests run every one.
QList<ExportStyle> allStyles();
ExportStyle styleNamed(const QString &name);

/// A deterministic stream of realistic messages: authors with diacritics, non-Latin scripts, phone numbers
/// and push names; multi-line texts, emoji, system lines, media, deletions and edits.
class ChatGenerator
{
public:
    explicit ChatGenerator(std::uint64_t seed);

    /// The next message as the importer must read it back from an export in @p style.
    /// Timestamps run forward from 2021-11-01; seconds are 0 when the style writes none.
    Core::Message next(const ExportStyle &style);

    /// The export bytes for @p message in @p style, with its line break.
    static QByteArray render(const Core::Message &message, const ExportStyle &style);
    /// What the exporting phone writes first (BOM) if anything.
    static QByteArray preamble(const ExportStyle &style);

private:
    std::uint64_t random();
    std::uint64_t below(std::uint64_t bound) { return random() % bound; }
    QString words(int count);

    std::uint64_t m_state;
    qint64 m_time;
    int m_index = 0;
};

} // namespace Finetuner::Bench
