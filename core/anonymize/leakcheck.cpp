// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "leakcheck.h"

#include <core/anonymize/textchars.h>
#include <core/dataset/examplebuilder.h>
#include <core/project/project.h>
#include <core/util/jsonwriter.h>

#include <QCoreApplication>

#include <array>
#include <cstring>
#include <thread>
#include <vector>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

namespace {

/// @p utf8 in lower case: ASCII in place, anything else through QString (the same folding the needles had).
QByteArray lowered(QByteArray utf8)
{
    bool ascii = true;
    for (char &c : utf8) {
        if (uchar(c) >= 0x80) {
            ascii = false;
            break;
        }
        if (c >= 'A' && c <= 'Z')
            c = char(c | 0x20);
    }
    return ascii ? utf8 : QString::fromUtf8(utf8).toLower().toUtf8();
}

/// @p value as it stands in a JSON line, lower-cased: the escaper's own output, without the quotes, in UTF-8.
QByteArray escapedLower(const QString &value)
{
    OutputBuffer out;
    const QByteArray utf8 = value.toLower().toUtf8();
    Json::appendString(out, QByteArrayView(utf8));
    const QByteArrayView bytes = out.view();
    return bytes.sliced(1, bytes.size() - 2).toByteArray();
}

/// The code point that ends at @p pos in UTF-8 @p bytes (0 at the start); a broken sequence reads as a letter,
/// which only ever makes a match less likely to be dismissed as inside a word.
char32_t codePointBefore(QByteArrayView bytes, qsizetype pos)
{
    if (pos <= 0)
        return 0;
    qsizetype start = pos - 1;
    while (start > 0 && pos - start < 4 && (uchar(bytes[start]) & 0xC0) == 0x80)
        --start;
    const QString decoded = QString::fromUtf8(bytes.sliced(start, pos - start));
    return decoded.isEmpty() ? 0 : TextChars::codePointBefore(decoded, decoded.size());
}

char32_t codePointAt(QByteArrayView bytes, qsizetype pos)
{
    if (pos >= bytes.size())
        return 0;
    const auto lead = uchar(bytes[pos]);
    const qsizetype length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    const QString decoded = QString::fromUtf8(bytes.sliced(pos, std::min(length, bytes.size() - pos)));
    return decoded.isEmpty() ? 0 : TextChars::codePointAt(decoded, 0);
}

bool isWordAt(QByteArrayView bytes, qsizetype pos)
{
    if (pos >= bytes.size())
        return false;
    const auto c = uchar(bytes[pos]);
    return c < 0x80 ? TextChars::isAsciiAlnum(c) || c == '_' : TextChars::isWordCodePoint(codePointAt(bytes, pos));
}

bool isWordBefore(QByteArrayView bytes, qsizetype pos)
{
    if (pos <= 0)
        return false;
    const auto c = uchar(bytes[pos - 1]);
    return c < 0x80 ? TextChars::isAsciiAlnum(c) || c == '_' : TextChars::isWordCodePoint(codePointBefore(bytes, pos));
}

/// Many lower-cased needles in one pass over a lower-cased line's bytes: a place is compared only with the
/// needles that start with its byte.
class NeedleSearch
{
public:
    struct Needle
    {
        QByteArray bytes;
        bool wholeWord;
    };

    /// A word may end where @p glue starts: a completion's stop sequence follows it without a space
    /// ("RibeiroEND").
    NeedleSearch(QList<Needle> needles, QByteArray glue)
        : m_needles(std::move(needles))
        , m_glue(std::move(glue))
    {
        for (int i = 0; i < m_needles.size(); ++i)
            m_byFirstByte[uchar(m_needles.at(i).bytes.front())].push_back(i);
    }

    int size() const { return int(m_needles.size()); }
    const Needle &at(int i) const { return m_needles.at(i); }

    /// Sets found[i] for each needle i in @p line.
    void find(QByteArrayView line, std::vector<char> &found) const
    {
        const qsizetype n = line.size();
        const char *data = line.data();
        for (qsizetype pos = 0; pos < n; ++pos) {
            const std::vector<int> &candidates = m_byFirstByte[uchar(data[pos])];
            for (const int i : candidates) {
                const Needle &needle = m_needles.at(i);
                if (found[size_t(i)] || pos + needle.bytes.size() > n
                    || std::memcmp(data + pos, needle.bytes.constData(), size_t(needle.bytes.size())) != 0)
                    continue;
                if (!needle.wholeWord || isWholeWord(line, pos, pos + needle.bytes.size()))
                    found[size_t(i)] = 1;
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
    bool isWholeWord(QByteArrayView line, qsizetype begin, qsizetype end) const
    {
        if (isWordBefore(line, begin))
            return false;
        return !isWordAt(line, end) || (!m_glue.isEmpty() && line.sliced(end).startsWith(m_glue));
    }

    QList<Needle> m_needles;
    QByteArray m_glue;
    std::array<std::vector<int>, 256> m_byFirstByte;
};

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
    return escapedLower(words.join(u' '));
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
    const Project &project = builder.project();
    if (project.isDataset())
        return {}; // a reviewed dataset is written as it was given; its names are not known
    Q_ASSERT(lines.size() == indices.size());
    const Conversation &conversation = project.conversation();

    // A one-word alias stands as a word ("Ana" is not in "banana" or "analysis"), and so does one that is part
    // of what every line holds ("Per" in "Person 3"); a name of several words, a number or an address is looked
    // for anywhere.
    const QByteArray fixed = fixedWords(project);
    const auto wholeWord = [&fixed](const QByteArray &needle) {
        return needle.size() < 3 || fixed.contains(needle) || !needle.contains(' ');
    };
    // Every alias of every identity, escaped and lower-cased once.
    QList<NeedleSearch::Needle> aliasNeedles;
    const IdentityMap &identities = project.identities();
    // Names switched off in the settings are kept on purpose, as a span switched off is.
    const int searched = project.anonymization().isEnabled(PiiType::Person) ? identities.size() : 0;
    for (int i = 0; i < searched; ++i) {
        for (const IdentityAlias &alias : identities.at(i).aliases) {
            const QByteArray needle = escapedLower(alias.text);
            if (needle.size() >= 2)
                aliasNeedles.append({needle, wholeWord(needle)});
        }
    }
    const NeedleSearch aliases(aliasNeedles, escapedLower(project.exportSettings().stopSequence.trimmed()));

    const auto checkLines = [&](qsizetype first, qsizetype last, Diagnostics *leaks) {
        std::vector<char> found(size_t(aliases.size()));
        for (qsizetype i = first; i < last; ++i) {
            const TrainingExample &example = examples.at(indices.at(i));
            QList<Forbidden> forbidden;
            QList<QByteArray> kept;
            bool allAnonymized = !example.sourceRows.isEmpty();
            for (const int row : example.sourceRows) {
                if (!project.isAnonymized(row)) {
                    allAnonymized = false;
                    continue;
                }
                // What the annotator typed is written as typed: what the detectors find in it is a leak too (a
                // number in another formatting than the message's, an address the message never had).
                const QString typed = project.completion(row);
                if (!typed.isEmpty()) {
                    for (const PiiSpan &span : builder.anonymizer().scanner().scan(typed)) {
                        const QByteArray needle = escapedLower(typed.mid(span.begin, span.length()));
                        if (needle.size() >= 2)
                            forbidden.append({needle, kindName(span.type), conversation.line(row)});
                    }
                }
                const RowSpans spans = builder.spans(row);
                if (spans.isEmpty())
                    continue;
                const QString text = conversation.text(row);
                for (const RowSpan &span : spans) {
                    const QByteArray needle = escapedLower(text.mid(span.span.begin, span.span.length()));
                    if (!span.enabled)
                        kept.append(needle);
                    else if (needle.size() >= 2)
                        forbidden.append({needle, kindName(span.span.type), conversation.line(row)});
                }
            }
            if (forbidden.isEmpty() && !allAnonymized)
                continue;
            const QByteArray written = lowered(lines.at(i));
            QList<std::pair<QLatin1StringView, int>> reported;
            const auto report = [&](QLatin1StringView kind, int sourceLine) {
                if (reported.contains(std::make_pair(kind, sourceLine)))
                    return; // one error per kind and message is enough to find it
                reported.append({kind, sourceLine});
                leaks->append({Diagnostic::Severity::Error,
                               QCoreApplication::translate("Finetuner::Core::LeakCheck",
                                                           "output line %1 still holds a %2 from the anonymized "
                                                           "message on line %3")
                                   .arg(i + 1)
                                   .arg(kind)
                                   .arg(sourceLine),
                               conversation.sourcePath(), sourceLine, -1});
            };
            const auto isKept = [&kept](const QByteArray &needle) {
                return std::any_of(kept.cbegin(), kept.cend(), [&needle](const QByteArray &k) { return k.contains(needle); });
            };
            for (const Forbidden &value : std::as_const(forbidden)) {
                if (!isKept(value.needle) && aliases.contains(written, value.needle, wholeWord(value.needle)))
                    report(value.kind, value.sourceLine);
            }
            if (!allAnonymized || aliases.size() == 0)
                continue;
            std::fill(found.begin(), found.end(), 0);
            aliases.find(written, found);
            for (int a = 0; a < aliases.size(); ++a) {
                if (found[size_t(a)] && !isKept(aliases.at(a).bytes))
                    report(kindName(PiiType::Person), conversation.line(example.row));
            }
        }
    };

    const qsizetype total = indices.size();
    const int threads = total < 20000 ? 1 : std::max(1, std::min(int(std::thread::hardware_concurrency()), 8));
    std::vector<Diagnostics> parts(static_cast<size_t>(threads));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(checkLines, total * t / threads, total * (t + 1) / threads, &parts[size_t(t)]);
    checkLines(qsizetype(0), total / threads, &parts[0]);
    for (std::thread &thread : pool)
        thread.join();
    Diagnostics leaks;
    for (const Diagnostics &part : parts)
        leaks += part;
    return leaks;
}

} // namespace Finetuner::Core
