// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Example modes and export formats against golden files written by hand (tests/data/export/golden), each line
// also parsed by nlohmann as the independent check of the shape trainers expect.

#include <core/dataset/exportformat.h>
#include <core/dataset/trainingexample.h>
#include <core/import/importerregistry.h>
#include <core/project/project.h>
#include <testutils.h>

#include "breakfastfixture.h"

#include <QBuffer>
#include <QSet>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using namespace Finetuner::Core;

namespace {
QByteArray written(const QList<TrainingExample> &examples, ExportFormat format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QList<int> all;
    for (int i = 0; i < examples.size(); ++i)
        all.append(i);
    if (!writeExamples(examples, all, format, buffer))
        qFatal("write failed");
    return buffer.data();
}

TrainingExample withStratum(const QString &stratum)
{
    TrainingExample example;
    example.stratum = stratum;
    return example;
}
} // namespace

class tst_ExportFormat : public QObject
{
    Q_OBJECT
private slots:
    void writesTheGoldenFiles_data();
    void writesTheGoldenFiles();
    void everyLineHasTheShapeItsTrainerReads();
    void annotatedCompletionCorrectsTheReply();
    void excludedAndSkippedRowsAreNoExamples();
    void namesFormatsBothWays();
    void splitIsSeededCompleteAndStratified();
};

void tst_ExportFormat::writesTheGoldenFiles_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("system");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<bool>("author");
    QTest::addColumn<QString>("golden");
    const int perMessage = int(ExampleMode::PerMessage);
    const int pairs = int(ExampleMode::ReplyPairs);
    const int window = int(ExampleMode::ChatWindow);
    const QString system = u"You are a dietitian."_s;
    QTest::newRow("per message, chat, system") << perMessage << int(ExportFormat::Chat) << system << 0 << false
                                               << u"per-message.chat.jsonl"_s;
    QTest::newRow("per message, prompt/completion") << perMessage << int(ExportFormat::PromptCompletion) << QString()
                                                    << 0 << false << u"per-message.prompt-completion.jsonl"_s;
    QTest::newRow("reply pairs, chat") << pairs << int(ExportFormat::Chat) << QString() << 0 << false
                                       << u"reply-pairs.chat.jsonl"_s;
    QTest::newRow("reply pairs, prompt/completion") << pairs << int(ExportFormat::PromptCompletion) << QString() << 0
                                                    << false << u"reply-pairs.prompt-completion.jsonl"_s;
    QTest::newRow("reply pairs, alpaca") << pairs << int(ExportFormat::Alpaca) << QString() << 0 << false
                                         << u"reply-pairs.alpaca.jsonl"_s;
    QTest::newRow("window, chat, authors, weights") << window << int(ExportFormat::Chat) << QString() << 0 << true
                                                    << u"window.chat.jsonl"_s;
    QTest::newRow("window of 60 min, sharegpt") << window << int(ExportFormat::ShareGpt) << system << 60 << false
                                                << u"window-60.sharegpt.jsonl"_s;
    QTest::newRow("window of 60 min, alpaca") << window << int(ExportFormat::Alpaca) << system << 60 << false
                                              << u"window-60.alpaca.jsonl"_s;
}

void tst_ExportFormat::writesTheGoldenFiles()
{
    QFETCH(int, mode);
    QFETCH(int, format);
    QFETCH(QString, system);
    QFETCH(int, minutes);
    QFETCH(bool, author);
    QFETCH(QString, golden);
    Project project = breakfastProject();
    project.setCompletion(0, u"greeting"_s);
    ExportSettings settings = project.exportSettings();
    settings.includeAuthor = author;
    project.setExportSettings(settings);
    ExampleOptions options;
    options.mode = ExampleMode(mode);
    options.systemPrompt = system;
    options.contextMinutes = minutes;
    if (options.mode != ExampleMode::PerMessage)
        project.setCompletion(0, {}); // a typed completion would correct Ana's first turn
    const QByteArray actual = written(buildExamples(project, options), ExportFormat(format));
    QByteArray report;
    QVERIFY2(TestUtils::compareLines(TestUtils::jsonLines(actual),
                                     TestUtils::jsonLines(TestUtils::readFile(TestUtils::dataPath(u"export/golden/"_s + golden))),
                                     &report),
             report.constData());
}

void tst_ExportFormat::everyLineHasTheShapeItsTrainerReads()
{
    Project project = breakfastProject();
    for (const ExampleMode mode : {ExampleMode::PerMessage, ExampleMode::ReplyPairs, ExampleMode::ChatWindow}) {
        ExampleOptions options;
        options.mode = mode;
        options.systemPrompt = u"sys"_s;
        const QList<TrainingExample> examples = buildExamples(project, options);
        QVERIFY(!examples.isEmpty());
        for (const ExportFormat format : {ExportFormat::PromptCompletion, ExportFormat::Chat, ExportFormat::Alpaca,
                                          ExportFormat::ShareGpt}) {
            for (const QByteArray &line : TestUtils::jsonLines(written(examples, format))) {
                const nlohmann::json json = nlohmann::json::parse(line.constData());
                switch (format) {
                case ExportFormat::PromptCompletion:
                    QVERIFY(json.size() == 2 && json.at("prompt").is_string() && json.at("completion").is_string());
                    break;
                case ExportFormat::Chat: {
                    const auto &messages = json.at("messages");
                    QVERIFY(messages.is_array() && messages.size() >= 2);
                    QCOMPARE(messages.front().at("role").get<std::string>(), std::string("system"));
                    QCOMPARE(messages.back().at("role").get<std::string>(), std::string("assistant"));
                    for (const auto &message : messages) {
                        const std::string role = message.at("role").get<std::string>();
                        QVERIFY(role == "system" || role == "user" || role == "assistant");
                        QVERIFY(message.at("content").is_string());
                        if (message.contains("weight"))
                            QVERIFY(role == "assistant" && (message.at("weight") == 0 || message.at("weight") == 1));
                    }
                    break;
                }
                case ExportFormat::Alpaca:
                    QVERIFY(json.size() == 3 && json.at("instruction").is_string() && json.at("input").is_string()
                            && json.at("output").is_string());
                    break;
                case ExportFormat::ShareGpt:
                    for (const auto &turn : json.at("conversations")) {
                        const std::string from = turn.at("from").get<std::string>();
                        QVERIFY(from == "system" || from == "human" || from == "gpt");
                        QVERIFY(turn.at("value").is_string() && turn.size() == 2);
                    }
                    QCOMPARE(json.at("conversations").back().at("from").get<std::string>(), std::string("gpt"));
                    break;
                }
            }
        }
    }
}

void tst_ExportFormat::annotatedCompletionCorrectsTheReply()
{
    Project project = breakfastProject();
    project.setCompletion(3, u"Wholegrain toast, and less jam."_s);
    ExampleOptions options;
    options.mode = ExampleMode::ReplyPairs;
    const QList<TrainingExample> examples = buildExamples(project, options);
    QCOMPARE(examples.size(), 2);
    QCOMPARE(examples.at(0).row, 3);
    QCOMPARE(examples.at(0).turns.constLast().content, u"Wholegrain toast, and less jam."_s);
    QCOMPARE(examples.at(1).turns.constLast().content, u"Nice, lots of rice though."_s);
}

void tst_ExportFormat::excludedAndSkippedRowsAreNoExamples()
{
    Project project = breakfastProject();
    project.setStatus(3, ReviewStatus::Skipped);  // Ana's first answer
    project.setIncludeOverride(4, IncludeOverride::Excluded); // Ben's lunch message
    ExampleOptions options;
    options.mode = ExampleMode::ChatWindow;
    const QList<TrainingExample> examples = buildExamples(project, options);
    // Only Ana's last message answers; the skipped answer and the excluded question are gone from its context,
    // which leaves Ben's breakfast turn as the user's.
    QCOMPARE(examples.size(), 1);
    QCOMPARE(examples.at(0).row, 5);
    QStringList contents;
    for (const Turn &turn : examples.at(0).turns)
        contents.append(turn.content);
    QCOMPARE(contents, (QStringList{u"Good morning! What did you have for breakfast?"_s, u"Toast with jam\nand a coffee"_s,
                                    u"Nice, lots of rice though."_s}));
    // Nobody else answering: an assistant who never wrote gives no examples.
    options.assistant = project.conversation().participantId(u"Ben"_s);
    options.mode = ExampleMode::ReplyPairs;
    QVERIFY(buildExamples(project, options).isEmpty()); // Ben's rows are context, not exported
}

void tst_ExportFormat::namesFormatsBothWays()
{
    for (const ExportFormat format : {ExportFormat::PromptCompletion, ExportFormat::Chat, ExportFormat::Alpaca,
                                      ExportFormat::ShareGpt})
        QCOMPARE(exportFormatFromName(exportFormatName(format)), format);
    QVERIFY(!exportFormatFromName("jsonl"_L1).has_value());
}

void tst_ExportFormat::splitIsSeededCompleteAndStratified()
{
    QList<TrainingExample> examples;
    for (int i = 0; i < 100; ++i)
        examples.append(withStratum(i < 50 ? u"positive"_s : i < 80 ? u"neutral"_s : u"negative"_s));
    const ExampleSplit split = splitExamples(examples, 0.2, 42, true);
    QCOMPARE(split.validation.size(), 20);
    QCOMPARE(split.train.size(), 80);
    QSet<int> all;
    for (const int i : split.train + split.validation)
        all.insert(i);
    QCOMPARE(all.size(), 100);
    QMap<QString, int> perClass;
    for (const int i : split.validation)
        ++perClass[examples.at(i).stratum];
    QCOMPARE(perClass.value(u"positive"_s), 10);
    QCOMPARE(perClass.value(u"neutral"_s), 6);
    QCOMPARE(perClass.value(u"negative"_s), 4);
    QVERIFY(std::is_sorted(split.train.cbegin(), split.train.cend()));

    QCOMPARE(splitExamples(examples, 0.2, 42, true).validation, split.validation); // the same seed, the same split
    QVERIFY(splitExamples(examples, 0.2, 43, true).validation != split.validation);
    QCOMPARE(splitExamples(examples, 0, 42, true).validation.size(), 0);
    QCOMPARE(splitExamples(examples, 1, 42, false).train.size(), 0);
    // Not stratified, a small class can miss the validation part entirely; stratified, it cannot.
    QList<TrainingExample> skewed;
    for (int i = 0; i < 95; ++i)
        skewed.append(withStratum(u"common"_s));
    for (int i = 0; i < 5; ++i)
        skewed.append(withStratum(u"rare"_s));
    int rare = 0;
    for (const int i : splitExamples(skewed, 0.2, 7, true).validation)
        rare += skewed.at(i).stratum == u"rare"_s;
    QCOMPARE(rare, 1);
}

QTEST_GUILESS_MAIN(tst_ExportFormat)
#include "tst_exportformat.moc"
