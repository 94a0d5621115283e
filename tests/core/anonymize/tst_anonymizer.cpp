// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The project's anonymization: spans with the annotator's overrides, operators and detectors chosen per type,
// the settings' JSON, what the project file keeps, and the leak check's rules for what is kept on purpose.

#include <core/anonymize/anonymizer.h>
#include <core/anonymize/leakcheck.h>
#include <core/dataset/examplebuilder.h>
#include <core/dataset/preparedexport.h>
#include <core/dataset/trainingexample.h>
#include <core/import/whatsappimporter.h>
#include <core/project/project.h>
#include <core/project/projectstore.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Finetuner::Core;

namespace {
const QString FirstText = u"Per, call Ana Ribeiro on +44 20 7946 0958 or mail ana@example.org"_s;

Project chat(const QString &first = FirstText)
{
    const QString text = u"[01/08/2024, 09:00:00] Ben Ode: "_s + first
        + u"\n[01/08/2024, 09:01:00] Ana Ribeiro: a banana and some analysis\n"
          "[01/08/2024, 09:02:00] Per Holm: hi\n"_s;
    auto result = WhatsAppImporter().parse(text.toUtf8(), u"chat.txt"_s);
    if (!result.ok())
        qFatal("fixture did not parse");
    return Project(*result.value);
}

RowSpan spanOf(const RowSpans &spans, PiiType type)
{
    for (const RowSpan &span : spans) {
        if (span.span.type == type)
            return span;
    }
    qFatal("no span of that type");
}

QList<int> all(const QList<TrainingExample> &examples)
{
    QList<int> indices;
    for (int i = 0; i < examples.size(); ++i)
        indices.append(i);
    return indices;
}

Diagnostics leaksOf(const Project &project)
{
    const QList<TrainingExample> examples = buildExamples(project, project.exportSettings().examples);
    return findLeaks(project, examples, all(examples), ExportFormat::Chat);
}
} // namespace

class tst_Anonymizer : public QObject
{
    Q_OBJECT
private slots:
    void spansOfARow();
    void aSpanSwitchedOffStaysAsWritten();
    void aSpanAddedByHandWinsOverDetectedOnes();
    void operatorsAndDetectorsPerType();
    void customTermsAndPatterns();
    void settingsJson();
    void theProjectFileKeepsItAll();
    void leakCheckSkipsWhatWasKeptOnPurpose();
    void leakCheckReadsWordsAsWords();
    void scanExportedGivesTheSameSpans();
    void aliasesInEveryFormAChatWritesThem_data();
    void aliasesInEveryFormAChatWritesThem();
    void leakCheckFindsNamesInEveryForm_data();
    void leakCheckFindsNamesInEveryForm();
    void preparedExportWritesWhatItChecked();
};

void tst_Anonymizer::spansOfARow()
{
    const Project project = chat();
    const RowSpans spans = Anonymizer(project).spans(0);
    QStringList found;
    for (const RowSpan &span : spans) {
        QVERIFY(span.enabled && !span.byHand);
        found.append(u"%1=%2"_s.arg(QString(piiTypeName(span.span.type)), FirstText.mid(span.span.begin, span.span.length())));
    }
    QCOMPARE(found, (QStringList{u"person=Per"_s, u"person=Ana Ribeiro"_s, u"phone=+44 20 7946 0958"_s,
                                 u"email=ana@example.org"_s}));
    const std::array<int, PiiTypeCount> counts = countByType(spans);
    QCOMPARE(counts[size_t(PiiType::Person)], 2);
    QCOMPARE(counts[size_t(PiiType::Phone)], 1);
    QCOMPARE(ExampleBuilder(project).text(0), u"Person 3, call Person 2 on <PHONE> or mail <EMAIL>"_s);
}

void tst_Anonymizer::aSpanSwitchedOffStaysAsWritten()
{
    Project project = chat();
    const RowSpan per = spanOf(Anonymizer(project).spans(0), PiiType::Person);
    project.setSpanOverrides(0, {{per.span.begin, per.span.end, PiiType::Person, false, -1}});
    const RowSpans spans = Anonymizer(project).spans(0);
    QCOMPARE(spans.size(), 4); // still listed, so the annotator can switch it back on
    QVERIFY(!spans.at(0).enabled);
    QCOMPARE(countByType(spans)[size_t(PiiType::Person)], 1);
    QCOMPARE(ExampleBuilder(project).text(0), u"Per, call Person 2 on <PHONE> or mail <EMAIL>"_s);
    project.setSpanOverrides(0, {});
    QCOMPARE(ExampleBuilder(project).text(0), u"Person 3, call Person 2 on <PHONE> or mail <EMAIL>"_s);
}

void tst_Anonymizer::aSpanAddedByHandWinsOverDetectedOnes()
{
    Project project = chat();
    const int call = int(FirstText.indexOf(u"call"_s));
    const int ana = int(FirstText.indexOf(u"Ana Ribeiro"_s));
    // "call Ana" marked as one custom term, and "mail" as Ben (identity 0): by-hand spans replace what they cover.
    project.setSpanOverrides(0, {{call, ana + 3, PiiType::CustomTerm, true, -1},
                                 {int(FirstText.indexOf(u"mail"_s)), int(FirstText.indexOf(u"mail"_s)) + 4,
                                  PiiType::Person, true, 0}});
    const RowSpans spans = Anonymizer(project).spans(0);
    QCOMPARE(std::count_if(spans.cbegin(), spans.cend(), [](const RowSpan &s) { return s.byHand; }), 2);
    QCOMPARE(ExampleBuilder(project).text(0), u"Person 3, <PII> Ribeiro on <PHONE> or Person 1 <EMAIL>"_s);
    // Past the end of the text (a damaged file): ignored, never a crash.
    project.setSpanOverrides(0, {{0, 9999, PiiType::CustomTerm, true, -1}});
    QCOMPARE(ExampleBuilder(project).text(0), u"Person 3, call Person 2 on <PHONE> or mail <EMAIL>"_s);
}

void tst_Anonymizer::operatorsAndDetectorsPerType()
{
    Project project = chat();
    AnonymizationSettings settings = project.anonymization();
    settings.operators.set(PiiType::Email, PiiOperator::Mask);
    settings.operators.set(PiiType::Phone, PiiOperator::Redact);
    settings.operators.set(PiiType::Person, PiiOperator::Placeholder);
    project.setAnonymization(settings);
    QCOMPARE(ExampleBuilder(project).text(0), u"<PERSON>, call <PERSON> on or mail •••@•••••••.•••"_s);
    settings = AnonymizationSettings();
    settings.setEnabled(PiiType::Email, false);
    settings.setEnabled(PiiType::Person, false);
    project.setAnonymization(settings);
    QCOMPARE(ExampleBuilder(project).text(0), u"Per, call Ana Ribeiro on <PHONE> or mail ana@example.org"_s);
    // The author is a participant's identity, not a detector's find: still a pseudonym.
    QCOMPARE(ExampleBuilder(project).author(0), u"Person 1"_s);
}

void tst_Anonymizer::customTermsAndPatterns()
{
    Project project = chat(u"Meet at Clínica Sol, ticket AB-1234-XY"_s);
    AnonymizationSettings settings;
    settings.customTerms = {u"clínica sol"_s};
    settings.customPatterns = {u"[A-Z]{2}-\\d{4}-[A-Z]{2}"_s, u"(unclosed"_s};
    project.setAnonymization(settings);
    const Anonymizer anonymizer(project);
    QCOMPARE(anonymizer.problems().size(), 1); // the broken pattern is reported, the others still run
    QCOMPARE(ExampleBuilder(project).text(0), u"Meet at <PII>, ticket <PII>"_s);
}

void tst_Anonymizer::settingsJson()
{
    AnonymizationSettings settings;
    settings.setEnabled(PiiType::IpAddress, false);
    settings.operators.set(PiiType::Iban, PiiOperator::Mask);
    settings.customTerms = {u"Clínica Sol"_s};
    settings.customPatterns = {u"\\bAB\\d+"_s};
    settings.phoneRegions = {u"ES"_s, u"MX"_s};
    const std::optional<AnonymizationSettings> back = AnonymizationSettings::fromJson(settings.toJson());
    QVERIFY(back);
    QVERIFY(*back == settings);
    QCOMPARE(AnonymizationSettings::fromJson("{}")->operators.operatorFor(PiiType::Person), PiiOperator::Pseudonym);
    QVERIFY(!AnonymizationSettings::fromJson("{\"types\": {\"nonsense\": {\"enabled\": true}}}"));
    QVERIFY(!AnonymizationSettings::fromJson("{\"types\": {\"phone\": {\"operator\": \"shred\"}}}"));
    QVERIFY(!AnonymizationSettings::fromJson("{\"terms\": [1]}"));
    QVERIFY(!AnonymizationSettings::fromJson("[]"));

    const SpanOverrides overrides = {{3, 9, PiiType::Phone, false, -1}, {12, 15, PiiType::Person, true, 2}};
    QCOMPARE(spanOverridesFromJson(spanOverridesToJson(overrides)), std::optional<SpanOverrides>(overrides));
    QVERIFY(!spanOverridesFromJson("[[5, 3, \"phone\", false, -1]]")); // ends before it begins
    QVERIFY(!spanOverridesFromJson("[[1, 3, \"planet\", false, -1]]"));
    QVERIFY(!spanOverridesFromJson("{}"));
}

void tst_Anonymizer::theProjectFileKeepsItAll()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.finetuner"_s);
    Project project = chat();
    auto created = ProjectStore::create(path, project);
    QVERIFY(created.ok());
    ProjectStore &store = **created.value;

    IdentityMap identities = project.identities();
    QVERIFY(identities.merge(0, 2));
    identities.setPseudonym(0, u"Coach"_s);
    project.setIdentities(identities);
    AnonymizationSettings settings;
    settings.operators.set(PiiType::Phone, PiiOperator::Mask);
    settings.customTerms = {u"banana"_s};
    project.setAnonymization(settings);
    QVERIFY(store.saveAnonymization(project));
    project.setSpanOverrides(1, {{2, 8, PiiType::CustomTerm, false, -1}});
    QVERIFY(store.saveSpanOverrides(project, {1}));

    auto opened = ProjectStore::open(path);
    QVERIFY(opened.ok());
    const Project &reopened = opened.value->project;
    QVERIFY(reopened.identities() == project.identities());
    QVERIFY(reopened.anonymization() == project.anonymization());
    QCOMPARE(reopened.spanOverrides(1), project.spanOverrides(1));
    QCOMPARE(reopened.pseudonym(0), u"Coach"_s);
    QCOMPARE(ExampleBuilder(reopened).text(0), ExampleBuilder(project).text(0));
    QCOMPARE(ExampleBuilder(reopened).text(1), u"a banana and some analysis"_s);

    // Removing the overrides removes the row.
    opened.value->store.reset();
    project.setSpanOverrides(1, {});
    QVERIFY(store.saveSpanOverrides(project, {1}));
    auto again = ProjectStore::open(path);
    QVERIFY(again.ok());
    QVERIFY(again.value->project.allSpanOverrides().isEmpty());
}

void tst_Anonymizer::leakCheckSkipsWhatWasKeptOnPurpose()
{
    Project project = chat();
    project.setParticipantRole(1, ParticipantRole::PromptAuthor);
    QVERIFY(leaksOf(project).isEmpty());
    // A typed completion that names someone is a leak.
    project.setCompletion(0, u"ask ana ribeiro"_s);
    QCOMPARE(leaksOf(project).size(), 1);
    QVERIFY(leaksOf(project).at(0).message.contains(u"still holds a name"_s));
    project.setCompletion(0, QString());
    // "Per" switched off on purpose: kept as written, and not a leak.
    const RowSpan per = spanOf(Anonymizer(project).spans(0), PiiType::Person);
    project.setSpanOverrides(0, {{per.span.begin, per.span.end, PiiType::Person, false, -1}});
    QVERIFY(ExampleBuilder(project).text(0).startsWith(u"Per,"_s));
    QVERIFY2(leaksOf(project).isEmpty(), qPrintable(leaksOf(project).value(0).message));
    // The phone number switched off is kept too; the e-mail typed in a completion still is a leak.
    const RowSpan phone = spanOf(Anonymizer(project).spans(0), PiiType::Phone);
    project.setSpanOverrides(0, {{per.span.begin, per.span.end, PiiType::Person, false, -1},
                                 {phone.span.begin, phone.span.end, PiiType::Phone, false, -1}});
    QVERIFY(leaksOf(project).isEmpty());
    project.setCompletion(0, u"ana@example.org"_s);
    QCOMPARE(leaksOf(project).size(), 2); // the e-mail as a value of the message, and the alias "ana" in it
    // A number the message never had, typed in the completion, is found by the detectors.
    project.setCompletion(0, u"+34 612 34 56 78"_s);
    const Diagnostics typed = leaksOf(project);
    QCOMPARE(typed.size(), 1);
    QVERIFY(typed.at(0).message.contains(u"still holds a phone"_s));
}

void tst_Anonymizer::leakCheckReadsWordsAsWords()
{
    Project project = chat();
    project.setParticipantRole(1, ParticipantRole::PromptAuthor);
    project.setParticipantRole(2, ParticipantRole::PromptAuthor);
    // "Per" is in every "Person 3", "Ana" in "banana" and "analysis": none of that is a leak.
    QVERIFY2(leaksOf(project).isEmpty(), qPrintable(leaksOf(project).value(0).message));
    // A surname glued to the stop sequence is.
    ExportSettings settings = project.exportSettings();
    settings.stopSequence = u"END"_s;
    project.setExportSettings(settings);
    project.setCompletion(2, u"Holm"_s);
    QCOMPARE(leaksOf(project).size(), 1);
}

void tst_Anonymizer::scanExportedGivesTheSameSpans()
{
    Project project = chat();
    project.setParticipantRole(1, ParticipantRole::PromptAuthor);
    ExampleBuilder scanned(project);
    scanned.scanExported();
    const ExampleBuilder fresh(project);
    for (int row = 0; row < project.rowCount(); ++row) {
        QCOMPARE(scanned.spans(row), fresh.spans(row));
        QCOMPARE(scanned.text(row), fresh.text(row));
    }
    project.setAnonymized(0, false);
    QVERIFY(ExampleBuilder(project).spans(0).isEmpty());
}

namespace {
// Four people whose names a chat writes in forms plain case folding does not match.
Project people(const QString &text)
{
    const QString chat = u"[01/08/2024, 09:00:00] Käthe Groß: hallo\n"
                         "[01/08/2024, 09:01:00] Çağrı Öztürk: merhaba\n"
                         "[01/08/2024, 09:02:00] Siobhán Kelly: hi\n"
                         "[01/08/2024, 09:03:00] Αλέξανδρος Παππάς: γεια\n"
                         "[01/08/2024, 09:04:00] Will Turner: "_s
        + text + u'\n';
    auto result = WhatsAppImporter().parse(chat.toUtf8(), u"chat.txt"_s);
    if (!result.ok())
        qFatal("fixture did not parse");
    return Project(*result.value);
}
} // namespace

void tst_Anonymizer::aliasesInEveryFormAChatWritesThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("exported");
    QTest::newRow("capitals with ß") << u"tell KÄTHE GROSS"_s << u"tell Person 1"_s;
    QTest::newRow("capitals with the dotless i") << u"ÇAĞRI geliyor mu?"_s << u"Person 2 geliyor mu?"_s;
    QTest::newRow("typed without accents") << u"Cagri and Siobhan"_s << u"Person 2 and Person 3"_s;
    QTest::newRow("Greek capitals, final sigma") << u"ο ΠΑΠΠΆΣ ήρθε"_s << u"ο Person 4 ήρθε"_s;
    QTest::newRow("Greek without accents") << u"ο Παππας ήρθε"_s << u"ο Person 4 ήρθε"_s;
    QTest::newRow("between emoji") << u"❤️Siobhán❤️"_s << u"❤️Person 3❤️"_s;
    QTest::newRow("against Han") << u"我和Will去吃饭"_s << u"我和Person 5去吃饭"_s;
    QTest::newRow("a word that holds a name") << u"Grossmann's Willow"_s << u"Grossmann's Willow"_s;
}

void tst_Anonymizer::aliasesInEveryFormAChatWritesThem()
{
    QFETCH(QString, text);
    QFETCH(QString, exported);
    const Project project = people(text);
    QCOMPARE(ExampleBuilder(project).text(4), exported);
}

void tst_Anonymizer::leakCheckFindsNamesInEveryForm_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("leak");
    QTest::newRow("capitals with ß") << u"who=KÄTHE GROSS"_s << true;
    QTest::newRow("dotless i in capitals") << u"who=ÇAĞRI"_s << true;
    QTest::newRow("without accents") << u"who=cagri"_s << true;
    QTest::newRow("final sigma in capitals") << u"who=ΠΑΠΠΆΣ"_s << true;
    QTest::newRow("inside a word") << u"who=Grossmann"_s << false;
    QTest::newRow("nobody") << u"who=nobody"_s << false;
}

void tst_Anonymizer::leakCheckFindsNamesInEveryForm()
{
    QFETCH(QString, typed);
    QFETCH(bool, leak);
    Project project = people(u"see you"_s);
    for (int id = 0; id < project.participantCount(); ++id)
        project.setParticipantRole(id, ParticipantRole::PromptAuthor);
    project.setCompletion(4, typed); // written as typed: only the leak check stands in the way
    const Diagnostics leaks = leaksOf(project);
    QCOMPARE(!leaks.isEmpty(), leak);
}

void tst_Anonymizer::preparedExportWritesWhatItChecked()
{
    Project project = chat();
    ExportSettings settings = project.exportSettings();
    settings.format = ExportFormat::Chat;
    settings.validationRatio = 0.5;
    project.setExportSettings(settings);
    PreparedExport prepared = prepareExport(project);
    QVERIFY2(prepared.leaks.isEmpty(), qPrintable(prepared.leaks.value(0).message));
    QCOMPARE(prepared.train.lines + prepared.validation.lines, prepared.examples.size());
    QVERIFY(prepared.train.lines > 0 && prepared.validation.lines > 0);
    // The blocks are the lines exampleLines() makes, each with its line break, in the split's order.
    const auto joined = [&prepared](const QList<int> &indices) {
        QByteArray bytes;
        for (const QByteArray &line : exampleLines(prepared.examples, indices, ExportFormat::Chat))
            bytes += line + '\n';
        return bytes;
    };
    QCOMPARE(prepared.train.blocks.join(), joined(prepared.split.train));
    QCOMPARE(prepared.validation.blocks.join(), joined(prepared.split.validation));
    QVERIFY(!prepared.train.blocks.join().contains("Ribeiro"));

    // A typed number is a leak, wherever the split puts it.
    project.setCompletion(0, u"phone=+44 20 7946 0958"_s);
    prepared = prepareExport(project);
    QCOMPARE(prepared.leaks.size(), 1);
    QCOMPARE(prepared.leaks.at(0).line, 1);
}

QTEST_GUILESS_MAIN(tst_Anonymizer)
#include "tst_anonymizer.moc"
