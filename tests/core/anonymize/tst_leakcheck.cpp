// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <core/anonymize/leakcheck.h>
#include <core/dataset/examplebuilder.h>
#include <core/dataset/exportformat.h>
#include <core/import/importerregistry.h>
#include <core/import/whatsappimporter.h>
#include <core/project/project.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Finetuner::Core;

namespace {
Project chat()
{
    auto result = WhatsAppImporter().parse("[01/08/2024, 09:00:00] Ana Ribeiro: Call me on +44 20 7946 0958 or "
                                           "write to ana.ribeiro@example.org\n"
                                           "[01/08/2024, 09:01:00] Ben Ode: Ana Ribeiro, see https://example.com/menu\n"
                                           "[01/08/2024, 09:02:00] Ana Ribeiro: Nothing private here\n",
                                           u"chat.txt"_s);
    if (!result.ok())
        qFatal("fixture did not parse");
    return Project(*result.value);
}

QList<int> all(const QList<TrainingExample> &examples)
{
    QList<int> indices;
    for (int i = 0; i < examples.size(); ++i)
        indices.append(i);
    return indices;
}
} // namespace

class tst_LeakCheck : public QObject
{
    Q_OBJECT
private slots:
    void anonymizedTextHasPlaceholdersAndPseudonyms();
    void anInvalidPatternIsAProblemAndTheOthersRun();
    void cleanExportHasNoLeaks_data();
    void cleanExportHasNoLeaks();
    void typedCompletionWithAValueIsALeak();
    void messagesNotAnonymizedOnPurposeAreNotChecked();
    void namesSwitchedOffInTheSettingsAreNotLeaks();
    void theBundledSampleExportsWithoutLeaks();
};

void tst_LeakCheck::anonymizedTextHasPlaceholdersAndPseudonyms()
{
    const Project project = chat();
    const ExampleBuilder builder(project);
    QCOMPARE(builder.text(0), u"Call me on <PHONE> or write to <EMAIL>"_s);
    QCOMPARE(builder.text(1), u"Person 1, see <URL>"_s);
    QCOMPARE(builder.text(2), u"Nothing private here"_s);
    Project plain = chat();
    plain.setAnonymized(0, false);
    QCOMPARE(ExampleBuilder(plain).text(0), plain.conversation().text(0));
}

void tst_LeakCheck::anInvalidPatternIsAProblemAndTheOthersRun()
{
    // The scanner reports into the Anonymizer's problems while it is built: they must exist by then.
    Project project = chat();
    AnonymizationSettings settings = project.anonymization();
    settings.customPatterns = {u"(unclosed"_s, u"N\\w+g"_s};
    project.setAnonymization(settings);
    const Anonymizer anonymizer(project);
    QCOMPARE(anonymizer.problems().size(), 1);
    QVERIFY(anonymizer.problems().constFirst().message.contains(u"(unclosed"_s));
    QCOMPARE(ExampleBuilder(project).text(2), u"<PII> private here"_s);
}

void tst_LeakCheck::cleanExportHasNoLeaks_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("author");
    for (const ExampleMode mode : {ExampleMode::PerMessage, ExampleMode::ReplyPairs, ExampleMode::ChatWindow}) {
        for (const ExportFormat format : {ExportFormat::PromptCompletion, ExportFormat::Chat, ExportFormat::Alpaca,
                                          ExportFormat::ShareGpt}) {
            for (const bool author : {false, true})
                QTest::addRow("%d/%s/%d", int(mode), exportFormatName(format).data(), author)
                    << int(mode) << int(format) << author;
        }
    }
}

void tst_LeakCheck::cleanExportHasNoLeaks()
{
    QFETCH(int, mode);
    QFETCH(int, format);
    QFETCH(bool, author);
    Project project = chat();
    ExportSettings settings = project.exportSettings();
    settings.includeAuthor = author;
    project.setExportSettings(settings);
    ExampleOptions options;
    options.mode = ExampleMode(mode);
    options.assistant = project.conversation().participantId(u"Ana Ribeiro"_s);
    const QList<TrainingExample> examples = buildExamples(project, options);
    QVERIFY(!examples.isEmpty());
    const Diagnostics leaks = findLeaks(project, examples, all(examples), ExportFormat(format));
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.value(0).toString()));
}

void tst_LeakCheck::typedCompletionWithAValueIsALeak()
{
    Project project = chat();
    project.setCompletion(0, u"phone=+44 20 7946 0958"_s);
    project.setCompletion(1, u"who=ana ribeiro"_s); // a name, in another case
    const QList<TrainingExample> examples = buildExamples(project, {});
    const Diagnostics leaks = findLeaks(project, examples, all(examples), ExportFormat::PromptCompletion);
    QCOMPARE(leaks.size(), 2);
    QCOMPARE(leaks.at(0).message, u"output line 1 still holds a phone from the anonymized message on line 1"_s);
    QCOMPARE(leaks.at(0).line, 1);
    QCOMPARE(leaks.at(1).message, u"output line 2 still holds a name from the anonymized message on line 2"_s);
    // The message says where, never what: the value itself stays out of logs and dialogs.
    for (const Diagnostic &leak : leaks)
        QVERIFY(!leak.message.contains(u"7946"_s) && !leak.message.contains(u"Ribeiro"_s));
}

void tst_LeakCheck::messagesNotAnonymizedOnPurposeAreNotChecked()
{
    Project project = chat();
    project.setAnonymized(0, false);
    project.setAnonymized(1, false);
    const QList<TrainingExample> examples = buildExamples(project, {});
    QVERIFY(QString::fromUtf8(exampleLine(examples.at(0), ExportFormat::PromptCompletion)).contains(u"7946"_s));
    QVERIFY(findLeaks(project, examples, all(examples), ExportFormat::PromptCompletion).isEmpty());
}

void tst_LeakCheck::namesSwitchedOffInTheSettingsAreNotLeaks()
{
    // finetuner-cli --keep person: names are kept as written on purpose; the other values are still checked.
    Project project = chat();
    AnonymizationSettings settings = project.anonymization();
    settings.setEnabled(PiiType::Person, false);
    project.setAnonymization(settings);
    QCOMPARE(ExampleBuilder(project).text(1), u"Ana Ribeiro, see <URL>"_s);
    QList<TrainingExample> examples = buildExamples(project, {});
    QVERIFY(findLeaks(project, examples, all(examples), ExportFormat::PromptCompletion).isEmpty());

    project.setCompletion(0, u"phone=+44 20 7946 0958"_s);
    examples = buildExamples(project, {});
    const Diagnostics leaks = findLeaks(project, examples, all(examples), ExportFormat::PromptCompletion);
    QCOMPARE(leaks.size(), 1);
    QCOMPARE(leaks.at(0).message, u"output line 1 still holds a phone from the anonymized message on line 1"_s);
}

void tst_LeakCheck::theBundledSampleExportsWithoutLeaks()
{
    // Six people, phone-number and push-name authors, diacritics: as anonymized by default, nothing is left.
    auto imported = importFile(QStringLiteral(FINETUNER_SOURCE_DIR) + u"/resources/samples/nutrition-beta.txt"_s);
    QVERIFY(imported.ok());
    const Project project(*imported.value);
    for (const ExampleMode mode : {ExampleMode::PerMessage, ExampleMode::ChatWindow}) {
        ExampleOptions options;
        options.mode = mode;
        const QList<TrainingExample> examples = buildExamples(project, options);
        QVERIFY(examples.size() > 50);
        const Diagnostics leaks = findLeaks(project, examples, all(examples), ExportFormat::Chat);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.value(0).toString()));
    }
}

QTEST_GUILESS_MAIN(tst_LeakCheck)
#include "tst_leakcheck.moc"
