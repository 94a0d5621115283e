// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "leakcheck.h"

#include <core/anonymize/textchars.h>
#include <core/dataset/examplebuilder.h>
#include <core/project/project.h>
#include <core/util/jsonwriter.h>

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <thread>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

namespace {

/// @p value as it stands in a JSON line, lower-cased: the escaper's own output, without the quotes.
QString escapedLower(const QString &value)
{
    OutputBuffer out;
    Json::appendString(out, value);
    const QByteArrayView bytes = out.view();
    return QString::fromUtf8(bytes.sliced(1, bytes.size() - 2)).toLower();
}

/// Many lower-cased needles in one pass over a lower-cased line: a place is compared only with the needles that
/// start with its character.
class NeedleSearch
{
public:
    struct Needle
    {
        QString text;
        bool wholeWord;
    };

    /// A word may end where @p glue starts: a completion's stop sequence follows it without a space
    /// ("RibeiroEND").
    NeedleSearch(QList<Needle> needles, QString glue)
        : m_needles(std::move(needles))
        , m_glue(std::move(glue))
    {
        for (int i = 0; i < m_needles.size(); ++i) {
            const char16_t first = m_needles.at(i).text.front().unicode();
            m_first[first >> 6] |= std::uint64_t(1) << (first & 63);
            m_buckets[first].append(i);
        }
    }

    int size() const { return int(m_needles.size()); }

    /// Sets found[i] for each needle i in @p line.
    void find(QStringView line, std::vector<char> &found) const
    {
        const qsizetype n = line.size();
        for (qsizetype pos = 0; pos < n; ++pos) {
            const char16_t unit = line[pos].unicode();
            if (!(m_first[unit >> 6] & (std::uint64_t(1) << (unit & 63))))
                continue;
            for (const int i : m_buckets.value(unit)) {
                const Needle &needle = m_needles.at(i);
                const qsizetype end = pos + needle.text.size();
                if (found[size_t(i)] || end > n || line.mid(pos, needle.text.size()) != needle.text)
                    continue;
                if (needle.wholeWord && (TextChars::wordBefore(line, pos) || endsInWord(line, end)))
                    continue;
                found[size_t(i)] = 1;
            }
        }
    }

    /// One needle that is not in the list, the same way.
    bool contains(QStringView line, const QString &needle, bool wholeWord) const
    {
        for (qsizetype pos = line.indexOf(needle); pos >= 0; pos = line.indexOf(needle, pos + 1)) {
            if (!wholeWord || (!TextChars::wordBefore(line, pos) && !endsInWord(line, pos + needle.size())))
                return true;
        }
        return false;
    }

    bool endsInWord(QStringView line, qsizetype end) const
    {
        return TextChars::wordAt(line, end) && (m_glue.isEmpty() || !line.mid(end).startsWith(m_glue));
    }

private:
    QList<Needle> m_needles;
    QString m_glue;
    QHash<char16_t, QList<int>> m_buckets;
    std::array<std::uint64_t, 1024> m_first{};
};

/// What every line holds whatever the data: pseudonyms, placeholders, the formats' keys and roles, separators.
QString fixedWords(const Project &project)
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
    return words.join(u' ').toLower();
}


/// What an error calls a value: "name" for people (what users call them), the type's name for the rest.
QLatin1StringView kindName(PiiType type)
{
    return type == PiiType::Person ? "name"_L1 : piiTypeName(type);
}

struct Forbidden
{
    QString needle; // escaped, lower case
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
    return findLeaks(builder, examples, indices, format);
}

Diagnostics findLeaks(const ExampleBuilder &builder, const QList<TrainingExample> &examples,
                      const QList<int> &indices, ExportFormat format)
{
    const Project &project = builder.project();
    if (project.isDataset())
        return {}; // a reviewed dataset is written as it was given; its names are not known
    const Conversation &conversation = project.conversation();

    // Every alias of every identity, escaped and lower-cased once.
    const QString fixed = fixedWords(project);
    // A one-word alias stands as a word ("Ana" is not in "banana" or "analysis"); a name of several words, a number
    // or an address is looked for anywhere.
    const auto wholeWord = [&fixed](const QString &needle) {
        return needle.size() < 3 || fixed.contains(needle) || !needle.contains(u' ');
    };
    QList<NeedleSearch::Needle> aliasNeedles;
    const IdentityMap &identities = project.identities();
    // Names switched off in the settings are kept on purpose, as a span switched off is.
    const int searched = project.anonymization().isEnabled(PiiType::Person) ? identities.size() : 0;
    for (int i = 0; i < searched; ++i) {
        for (const IdentityAlias &alias : identities.at(i).aliases) {
            const QString needle = escapedLower(alias.text);
            if (needle.size() < 2)
                continue;
            aliasNeedles.append({needle, wholeWord(needle)});
        }
    }
    const NeedleSearch aliases(aliasNeedles, escapedLower(project.exportSettings().stopSequence.trimmed()));

    const auto checkLines = [&](qsizetype first, qsizetype last, Diagnostics *leaks) {
        std::vector<char> found(size_t(aliases.size()));
        for (qsizetype i = first; i < last; ++i) {
            const TrainingExample &example = examples.at(indices.at(i));
            QList<Forbidden> forbidden;
            QStringList kept;
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
                        const QString needle = escapedLower(typed.mid(span.begin, span.length()));
                        if (needle.size() >= 2)
                            forbidden.append({needle, kindName(span.type), conversation.line(row)});
                    }
                }
                const RowSpans spans = builder.spans(row);
                if (spans.isEmpty())
                    continue;
                const QString text = conversation.text(row);
                for (const RowSpan &span : spans) {
                    const QString needle = escapedLower(text.mid(span.span.begin, span.span.length()));
                    if (!span.enabled)
                        kept.append(needle);
                    else if (needle.size() >= 2)
                        forbidden.append({needle, kindName(span.span.type), conversation.line(row)});
                }
            }
            if (forbidden.isEmpty() && !allAnonymized)
                continue;
            const QString written = QString::fromUtf8(exampleLine(example, format)).toLower();
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
            const auto isKept = [&kept](const QString &needle) {
                return std::any_of(kept.cbegin(), kept.cend(), [&needle](const QString &k) { return k.contains(needle); });
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
                if (found[size_t(a)] && !isKept(aliasNeedles.at(a).text))
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
