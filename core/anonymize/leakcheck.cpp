// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "leakcheck.h"

#include <core/anonymize/aliasdetector.h>
#include <core/anonymize/textchars.h>
#include <core/dataset/examplebuilder.h>
#include <core/project/project.h>
#include <core/util/jsonwriter.h>
#include <core/util/parallel.h>
#include <core/util/utf8.h>

#include <QCoreApplication>
#include <QSet>

#include <array>
#include <cstdint>
#include <cstring>
#include <vector>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

namespace {

/// Decodes the well-formed UTF-8 sequence at @p pos (lines and needles come from QString) and moves past it.
char32_t decodeAt(const char *data, qsizetype n, qsizetype &pos)
{
    const auto lead = uchar(data[pos]);
    const int length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (pos + length > n) {
        pos = n;
        return 0xFFFD;
    }
    char32_t c = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
    for (int k = 1; k < length; ++k)
        c = (c << 6) | (uchar(data[pos + k]) & 0x3F);
    pos += length;
    return c;
}

/// @p utf8 case-folded into @p out (replacing it): ASCII byte by byte, the rest by simple case folding, and
/// also what folding leaves apart but a name can be written as: the Turkish dotless and dotted i as "i", "ß"
/// as "ss" ("GROSS" is "Groß" in capitals), the final sigma as "σ". Lines and needles both go through it, so
/// a match here is a match in any case; the buffer is reused from line to line.
void foldInto(QByteArrayView utf8, QByteArray &out)
{
    out.resize(0);
    const char *data = utf8.data();
    const qsizetype n = utf8.size();
    qsizetype pos = 0;
    while (pos < n) {
        // Runs of ASCII, the bulk of any line, in one go.
        qsizetype run = pos;
        while (run < n && uchar(data[run]) < 0x80)
            ++run;
        if (run > pos) {
            const qsizetype start = out.size();
            out.append(data + pos, run - pos);
            for (char *c = out.data() + start, *e = out.data() + out.size(); c != e; ++c) {
                if (*c >= 'A' && *c <= 'Z')
                    *c = char(*c | 0x20);
            }
            pos = run;
            continue;
        }
        const qsizetype start = pos;
        const char32_t c = decodeAt(data, n, pos);
        // Emoji and CJK have no case: copied as they are.
        if (c >= 0x1F000 || (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF)) {
            out.append(data + start, pos - start);
            continue;
        }
        switch (c) {
        case 0x0130: // İ
        case 0x0131: // ı
            out.append('i');
            break;
        case 0x00DF: // ß
        case 0x1E9E: // ẞ
            out.append("ss");
            break;
        default:
            Utf8::append(out, QChar::toCaseFolded(c));
            break;
        }
    }
}

QByteArray folded(QByteArrayView utf8)
{
    QByteArray out;
    foldInto(utf8, out);
    return out;
}

/// @p value as it stands in a JSON line, folded: the escaper's own output, without the quotes, in UTF-8.
QByteArray escapedFolded(QStringView value)
{
    OutputBuffer out;
    Json::appendString(out, value.toString());
    const QByteArrayView bytes = out.view();
    return folded(bytes.sliced(1, bytes.size() - 2));
}

/// The code point that starts at @p pos in UTF-8 @p bytes, 0 at the end.
char32_t codePointAt(QByteArrayView bytes, qsizetype pos)
{
    if (pos >= bytes.size())
        return 0;
    const auto lead = uchar(bytes[pos]);
    return lead < 0x80 ? lead : decodeAt(bytes.data(), bytes.size(), pos);
}

/// The code point that ends at @p pos, 0 at the start.
char32_t codePointBefore(QByteArrayView bytes, qsizetype pos)
{
    if (pos <= 0)
        return 0;
    qsizetype start = pos - 1;
    while (start > 0 && pos - start < 4 && (uchar(bytes[start]) & 0xC0) == 0x80)
        --start;
    return codePointAt(bytes, start);
}

// The same word boundaries as the alias detector's (TermMatcher), on the line's bytes.
bool isWordAt(QByteArrayView bytes, qsizetype pos)
{
    return TextChars::continuesNameWord(codePointAt(bytes, pos));
}

bool isWordBefore(QByteArrayView bytes, qsizetype pos)
{
    return TextChars::continuesNameWord(codePointBefore(bytes, pos));
}

} // namespace

/// Many folded needles in one pass over a folded line's bytes: a place is compared only with the needles that
/// start with its two bytes.
class LeakNeedles
{
public:
    struct Needle
    {
        QByteArray bytes; // two bytes or more
        bool wholeWord;
    };

    /// A word may end where @p glue starts: a completion's stop sequence follows it without a space
    /// ("RibeiroEND").
    LeakNeedles(QList<Needle> needles, QByteArray glue)
        : m_needles(std::move(needles))
        , m_glue(std::move(glue))
    {
        for (int i = 0; i < m_needles.size(); ++i) {
            const QByteArray &bytes = m_needles.at(i).bytes;
            m_byFirstByte[uchar(bytes[0])].push_back(i);
            const unsigned pair = pairOf(bytes.constData());
            m_pairs[pair >> 6] |= std::uint64_t(1) << (pair & 63);
        }
    }

    int size() const { return int(m_needles.size()); }
    const Needle &at(int i) const { return m_needles.at(i); }

    /// Appends to @p hits the index of each needle in @p line, once per place it stands.
    void find(QByteArrayView line, std::vector<int> &hits) const
    {
        const qsizetype n = line.size();
        const char *data = line.data();
        for (qsizetype pos = 0; pos + 1 < n; ++pos) {
            const unsigned pair = pairOf(data + pos);
            if (!(m_pairs[pair >> 6] & (std::uint64_t(1) << (pair & 63))))
                continue;
            for (const int i : m_byFirstByte[uchar(data[pos])]) {
                const Needle &needle = m_needles.at(i);
                if (pos + needle.bytes.size() > n
                    || std::memcmp(data + pos, needle.bytes.constData(), size_t(needle.bytes.size())) != 0)
                    continue;
                if (!needle.wholeWord || isWholeWord(line, pos, pos + needle.bytes.size()))
                    hits.push_back(i);
            }
        }
    }

    /// One needle that is not in the list, the same way.
    bool contains(QByteArrayView line, const QByteArray &needle, bool wholeWord) const
    {
        for (qsizetype pos = line.indexOf(needle); pos >= 0; pos = line.indexOf(needle, pos + 1)) {
            if (!wholeWord || isWholeWord(line, pos, pos + needle.size()))
                return true;
        }
        return false;
    }

private:
    static unsigned pairOf(const char *p) { return unsigned(uchar(p[0])) << 8 | uchar(p[1]); }

    bool isWholeWord(QByteArrayView line, qsizetype begin, qsizetype end) const
    {
        if (isWordBefore(line, begin))
            return false;
        return !isWordAt(line, end) || (!m_glue.isEmpty() && line.sliced(end).startsWith(m_glue));
    }

    QList<Needle> m_needles;
    QByteArray m_glue;
    std::array<std::vector<int>, 256> m_byFirstByte;
    std::array<std::uint64_t, 65536 / 64> m_pairs{};
};

namespace {

/// What every line holds whatever the data: pseudonyms, placeholders, the formats' keys and roles, separators.
QByteArray fixedWords(const Project &project)
{
    QStringList words = {u"prompt completion messages role content weight system user assistant instruction "
                         "input output conversations from value human gpt"_s};
    const IdentityMap &identities = project.identities();
    for (int i = 0; i < identities.size(); ++i)
        words.append(identities.at(i).pseudonym);
    for (const PiiType type : allPiiTypes())
        words.append(piiPlaceholder(type));
    words.append(project.exportSettings().promptSuffix);
    words.append(project.exportSettings().stopSequence);
    words.append(project.exportSettings().examples.systemPrompt);
    return escapedFolded(words.join(u' '));
}

/// What an error calls a value: "name" for people (what users call them), the type's name for the rest.
QLatin1StringView kindName(PiiType type)
{
    return type == PiiType::Person ? "name"_L1 : piiTypeName(type);
}

struct Forbidden
{
    QByteArray needle; // escaped, lower case
    QLatin1StringView kind;
    int sourceLine;
};

} // namespace

Diagnostics findLeaks(const Project &project, const QList<TrainingExample> &examples, const QList<int> &indices,
                      ExportFormat format)
{
    if (project.isDataset())
        return {};
    ExampleBuilder builder(project);
    builder.scanExported();
    return findLeaks(builder, examples, indices, exampleLines(examples, indices, format));
}

Diagnostics findLeaks(const ExampleBuilder &builder, const QList<TrainingExample> &examples,
                      const QList<int> &indices, ExportFormat format)
{
    return findLeaks(builder, examples, indices, exampleLines(examples, indices, format));
}

Diagnostics findLeaks(const ExampleBuilder &builder, const QList<TrainingExample> &examples,
                      const QList<int> &indices, const QList<QByteArray> &lines)
{
    if (builder.project().isDataset())
        return {}; // a reviewed dataset is written as it was given; its names are not known
    Q_ASSERT(lines.size() == indices.size());
    const LeakCheck check(builder);
    constexpr qsizetype Block = 4096;
    std::vector<Diagnostics> parts(static_cast<size_t>(blockCount(indices.size(), Block)));
    forEachBlock(indices.size(), Block, [&](qsizetype block, qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i)
            check.check(examples.at(indices.at(i)), lines.at(i), i, parts[size_t(block)]);
    });
    Diagnostics leaks;
    for (const Diagnostics &part : parts)
        leaks += part;
    return leaks;
}

LeakCheck::LeakCheck(const ExampleBuilder &builder)
    : m_builder(builder)
    , m_fixed(fixedWords(builder.project()))
{
    const Project &project = builder.project();
    // Every alias of every identity, escaped and folded once. Names switched off in the settings are kept on
    // purpose, as a span switched off is.
    QList<LeakNeedles::Needle> aliasNeedles;
    QSet<QByteArray> known;
    const IdentityMap &identities = project.identities();
    const int searched = project.anonymization().isEnabled(PiiType::Person) ? identities.size() : 0;
    for (int i = 0; i < searched; ++i) {
        for (const IdentityAlias &alias : identities.at(i).aliases) {
            for (const QString &form : AliasDetector::formsOf(alias.text)) {
                const QByteArray needle = escapedFolded(form);
                if (needle.size() >= 2 && !known.contains(needle)) {
                    known.insert(needle);
                    aliasNeedles.append({needle, isWholeWordNeedle(needle)});
                }
            }
        }
    }
    m_aliases = std::make_unique<const LeakNeedles>(
        aliasNeedles, escapedFolded(project.exportSettings().stopSequence.trimmed()));
}

LeakCheck::~LeakCheck() = default;

bool LeakCheck::isWholeWordNeedle(const QByteArray &needle) const
{
    // A one-word alias stands as a word ("Ana" is not in "banana" or "analysis"), and so does one that is part
    // of what every line holds ("Per" in "Person 3"); a name of several words, a number or an address is looked
    // for anywhere.
    return needle.size() < 3 || m_fixed.contains(needle) || !needle.contains(' ');
}

void LeakCheck::check(const TrainingExample &example, QByteArrayView line, qsizetype lineIndex,
                      Diagnostics &leaks) const
{
    const Project &project = m_builder.project();
    if (project.isDataset())
        return;
    const Conversation &conversation = project.conversation();
    QList<Forbidden> forbidden;
    QList<QByteArray> kept;
    bool allAnonymized = !example.sourceRows.isEmpty();
    for (const int row : example.sourceRows) {
        if (!project.isAnonymized(row)) {
            allAnonymized = false;
            continue;
        }
        // What the annotator typed is written as typed: what the detectors find in it is a leak too (a number
        // in another formatting than the message's, an address the message never had).
        const QString typed = project.completion(row);
        if (!typed.isEmpty()) {
            for (const PiiSpan &span : m_builder.anonymizer().scanner().scan(typed)) {
                const QByteArray needle = escapedFolded(QStringView(typed).mid(span.begin, span.length()));
                if (needle.size() >= 2)
                    forbidden.append({needle, kindName(span.type), conversation.line(row)});
            }
        }
        const RowSpans spans = m_builder.spans(row);
        if (spans.isEmpty())
            continue;
        const QString text = conversation.text(row);
        for (const RowSpan &span : spans) {
            const QByteArray needle = escapedFolded(QStringView(text).mid(span.span.begin, span.span.length()));
            if (!span.enabled)
                kept.append(needle);
            else if (needle.size() >= 2)
                forbidden.append({needle, kindName(span.span.type), conversation.line(row)});
        }
    }
    if (forbidden.isEmpty() && (!allAnonymized || m_aliases->size() == 0))
        return;

    // Each thread folds its lines into a buffer of its own, grown once.
    thread_local QByteArray written;
    thread_local std::vector<int> hits; // not one flag per alias: a chat of 200 people has thousands
    foldInto(line, written);
    QList<std::pair<QLatin1StringView, int>> reported;
    const auto report = [&](QLatin1StringView kind, int sourceLine) {
        if (reported.contains(std::make_pair(kind, sourceLine)))
            return; // one error per kind and message is enough to find it
        reported.append({kind, sourceLine});
        leaks.append({Diagnostic::Severity::Error,
                      QCoreApplication::translate("Finetuner::Core::LeakCheck",
                                                  "output line %1 still holds a %2 from the anonymized message on "
                                                  "line %3")
                          .arg(lineIndex + 1)
                          .arg(kind)
                          .arg(sourceLine),
                      conversation.sourcePath(), sourceLine, -1});
    };
    const auto isKept = [&kept](const QByteArray &needle) {
        return std::any_of(kept.cbegin(), kept.cend(), [&needle](const QByteArray &k) { return k.contains(needle); });
    };
    for (const Forbidden &value : std::as_const(forbidden)) {
        if (!isKept(value.needle) && m_aliases->contains(written, value.needle, isWholeWordNeedle(value.needle)))
            report(value.kind, value.sourceLine);
    }
    if (!allAnonymized || m_aliases->size() == 0)
        return;
    hits.clear();
    m_aliases->find(written, hits);
    for (const int a : hits) {
        if (!isKept(m_aliases->at(a).bytes))
            report(kindName(PiiType::Person), conversation.line(example.row));
    }
}

} // namespace Finetuner::Core
