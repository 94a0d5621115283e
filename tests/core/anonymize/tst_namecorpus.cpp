// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Identities and pseudonyms on a generated, labelled corpus of group chats (bench/namecorpus): each chat is
// written as a WhatsApp export, imported, and anonymized as the app does it (the identity map built from the
// import, every detector on). A span counts as found only with the gold span's exact offsets and type, and a
// name must go to the identity of the person it names. Then every chat is exported through prepareExport: the
// leak check must pass, and an independent search of the written lines for every gold value must find none.

#include "corpusscore.h"
#include "namecorpus.h"

#include <core/anonymize/anonymizer.h>
#include <core/dataset/examplebuilder.h>
#include <core/dataset/preparedexport.h>
#include <core/import/importerregistry.h>
#include <core/project/project.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;
using namespace Finetuner;
using Core::PiiSpan;
using Core::PiiType;

namespace {
constexpr int ChatCount = 300;
constexpr int MessagesPerChat = 50;
constexpr int ExamplesShown = 8;
// The corpus's names that are also words, as its sentences use them ("I will be late").
const QStringList NamesThatAreWords = {u"will"_s, u"rose"_s, u"mark"_s, u"hope"_s, u"bill"_s, u"grace"_s};

bool isUnspaced(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF) || (u >= 0x0E00 && u <= 0x0E7F);
}

/// Whether @p value is in @p written in any case; a name as a word of its own (or anywhere, in a script
/// without spaces), anything else anywhere.
bool holds(const QString &written, const QString &value, bool asWord)
{
    const QString haystack = written.toCaseFolded();
    const QString needle = value.toCaseFolded();
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
        if (!asWord || isUnspaced(needle.front()))
            return true;
        const qsizetype end = at + needle.size();
        const bool before = at > 0 && haystack[at - 1].isLetterOrNumber() && !isUnspaced(haystack[at - 1]);
        const bool after = end < haystack.size()
            && (haystack[end].isLetterOrNumber() || haystack[end].category() == QChar::Mark_NonSpacing)
            && !isUnspaced(haystack[end]);
        if (!before && !after)
            return true;
    }
    return false;
}

/// Every string of a written JSON line, joined: what a trainer reads.
QString contentOf(const QByteArray &line)
{
    QStringList parts;
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    for (const QJsonValue &message : object.value(u"messages"_s).toArray())
        parts.append(message.toObject().value(u"content"_s).toString());
    return parts.join(u'\n');
}
} // namespace

class tst_NameCorpus : public QObject
{
    Q_OBJECT
private slots:
    void precisionRecallAndLeaks_data();
    void precisionRecallAndLeaks();
};

void tst_NameCorpus::precisionRecallAndLeaks_data()
{
    QTest::addColumn<quint64>("seed");
    // The alias rules were tuned while reading the misses of the first corpus; the second is one they never saw.
    QTest::newRow("development corpus") << quint64(5);
    QTest::newRow("held-out corpus") << quint64(1789);
}

void tst_NameCorpus::precisionRecallAndLeaks()
{
    QFETCH(quint64, seed);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Bench::NameCorpusGenerator generator(seed);
    std::map<PiiType, CorpusCounts> counts;
    int textMismatches = 0;
    int wrongIdentities = 0;
    int messages = 0;
    int exported = 0;
    int leakCheckErrors = 0;
    int independentLeaks = 0;
    int otherPersonFalsePositives = 0;
    QStringList problems;

    for (int c = 0; c < ChatCount; ++c) {
        const Bench::NameChat chat = generator.next(MessagesPerChat);
        const QString path = dir.filePath(u"chat-%1.txt"_s.arg(c));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(chat.exportBytes);
        file.close();
        Core::Result<Core::Conversation> imported = Core::importFile(path);
        QVERIFY2(imported.ok(), qPrintable(path));
        QCOMPARE(imported.value->size(), int(chat.texts.size()));
        Core::Project project(std::move(*imported.value));
        Core::AnonymizationSettings settings = project.anonymization();
        settings.phoneRegions = chat.phoneRegions;
        project.setAnonymization(settings);
        const Core::IdentityMap &identities = project.identities();
        const auto identityOf = [&identities](const QString &key) {
            for (int i = 0; i < identities.size(); ++i) {
                if (identities.at(i).hasAlias(key))
                    return i;
            }
            return -1;
        };

        Core::ExampleBuilder builder(project);
        for (int row = 0; row < project.rowCount(); ++row) {
            if (project.conversation().kind(row) != Core::MessageKind::Text)
                continue;
            ++messages;
            const QString text = project.conversation().text(row);
            if (text != chat.texts.at(row)) {
                ++textMismatches;
                continue;
            }
            const Core::PiiSpans &gold = chat.gold.at(size_t(row));
            Core::PiiSpans found;
            for (const Core::RowSpan &span : builder.spans(row)) {
                if (span.enabled)
                    found.append(span.span);
            }
            for (const PiiSpan &g : gold)
                ++counts[g.type].gold;
            for (const PiiSpan &span : found) {
                const auto match = std::find_if(gold.cbegin(), gold.cend(), [&span](const PiiSpan &g) {
                    return g.begin == span.begin && g.end == span.end && g.type == span.type;
                });
                CorpusCounts &n = counts[span.type];
                if (match == gold.cend()) {
                    ++n.falsePositives;
                    if (span.type == PiiType::Person && !NamesThatAreWords.contains(text.mid(span.begin, span.length())))
                        ++otherPersonFalsePositives;
                    if (n.examples.size() < ExamplesShown)
                        n.examples.append(u"false positive "_s + showSpan(text, span.begin, span.end) + u" ["_s
                                          + chat.languages.at(row) + u']');
                    continue;
                }
                ++n.truePositives;
                if (span.type == PiiType::Person && span.identity != identityOf(chat.people.at(match->identity))) {
                    ++wrongIdentities;
                    if (problems.size() < ExamplesShown)
                        problems.append(u"wrong person for "_s + showSpan(text, span.begin, span.end));
                }
            }
            for (const PiiSpan &g : gold) {
                const bool wasFound = std::any_of(found.cbegin(), found.cend(), [&g](const PiiSpan &s) {
                    return s.begin == g.begin && s.end == g.end && s.type == g.type;
                });
                if (!wasFound) {
                    CorpusCounts &n = counts[g.type];
                    ++n.falseNegatives;
                    if (n.examples.size() < ExamplesShown)
                        n.examples.append(u"missed "_s + showSpan(text, g.begin, g.end) + u" ["_s + chat.languages.at(row)
                                          + u']');
                }
            }
        }

        // The export as File › Export makes it, in the chat format trainers load.
        Core::ExportSettings exportSettings = project.exportSettings();
        exportSettings.format = Core::ExportFormat::Chat;
        project.setExportSettings(exportSettings);
        const Core::PreparedExport prepared = Core::prepareExport(project);
        leakCheckErrors += int(prepared.leaks.size());
        for (const Core::Diagnostic &leak : prepared.leaks) {
            if (problems.size() < ExamplesShown)
                problems.append(u"leak check: "_s + leak.message);
        }
        QByteArray all;
        for (const QByteArray &block : prepared.train.blocks)
            all += block;
        const QList<QByteArray> lines = all.split('\n');
        QCOMPARE(lines.size(), prepared.train.lines + 1); // the last line break ends the last line
        for (qsizetype i = 0; i < prepared.train.lines; ++i) {
            const int row = prepared.examples.at(prepared.split.train.at(i)).row;
            ++exported;
            const QString written = contentOf(lines.at(i));
            const QString text = chat.texts.at(row);
            for (const PiiSpan &g : chat.gold.at(size_t(row))) {
                const QString value = text.mid(g.begin, g.end - g.begin);
                if (holds(written, value, g.type == PiiType::Person && !value.contains(u' '))) {
                    ++independentLeaks;
                    if (problems.size() < ExamplesShown)
                        problems.append(u"written: "_s + showSpan(text, g.begin, g.end) + u" → «"_s + written + u'»');
                }
            }
        }
    }

    qInfo("%-9s %7s %7s %7s %7s %10s %8s", "type", "gold", "found", "FP", "FN", "precision", "recall");
    for (const auto &[type, n] : counts) {
        qInfo("%-9s %7d %7d %7d %7d %10.4f %8.4f", piiTypeName(type).data(), n.gold, n.truePositives,
              n.falsePositives, n.falseNegatives, n.precision(), n.recall());
    }
    qInfo("%d chats, %d text messages, %d exported; leak check errors %d, gold values written %d", ChatCount,
          messages, exported, leakCheckErrors, independentLeaks);
    for (const auto &[type, n] : counts) {
        for (const QString &example : n.examples)
            qInfo("%s: %s", piiTypeName(type).data(), qPrintable(example));
    }
    for (const QString &problem : std::as_const(problems))
        qInfo("%s", qPrintable(problem));

    QCOMPARE(textMismatches, 0);
    QVERIFY2(exported >= messages * 9 / 10, qPrintable(u"%1 of %2 exported"_s.arg(exported).arg(messages)));
    const CorpusCounts &people = counts[PiiType::Person];
    QVERIFY2(people.gold > 5000, qPrintable(QString::number(people.gold)));
    // Targets of issue 5: every alias of every participant is found, and goes to its person.
    QVERIFY2(people.recall() == 1.0, qPrintable(u"Person recall %1"_s.arg(people.recall())));
    QCOMPARE(wrongIdentities, 0);
    // Names that are also words are taken for names on purpose (when in doubt, anonymize); nothing else is.
    QCOMPARE(otherPersonFalsePositives, 0);
    QVERIFY2(people.precision() >= 0.9, qPrintable(u"Person precision %1"_s.arg(people.precision())));
    const CorpusCounts &phones = counts[PiiType::Phone];
    QVERIFY2(phones.recall() >= 0.99 && phones.precision() >= 0.97,
             qPrintable(u"Phone recall %1 precision %2"_s.arg(phones.recall()).arg(phones.precision())));
    for (PiiType type : {PiiType::Email, PiiType::Url, PiiType::Iban, PiiType::PaymentCard, PiiType::IpAddress}) {
        const CorpusCounts &n = counts[type];
        QVERIFY2(n.recall() >= 0.995 && n.precision() >= 0.99,
                 qPrintable(u"%1 recall %2 precision %3"_s.arg(piiTypeName(type)).arg(n.recall()).arg(n.precision())));
    }
    QCOMPARE(leakCheckErrors, 0);
    QCOMPARE(independentLeaks, 0);
}

QTEST_GUILESS_MAIN(tst_NameCorpus)
#include "tst_namecorpus.moc"
