// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <core/dataset/exportformat.h>
#include <core/import/importerregistry.h>
#include <core/project/project.h>
#include <core/stats/datasetstatistics.h>
#include <core/tokenize/datasettokens.h>
#include <core/tokenize/tokenizer.h>
#include <testutils.h>

#include "../dataset/breakfastfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Finetuner::Core;

class tst_DatasetStatistics : public QObject
{
    Q_OBJECT
private slots:
    void countsWhatTheExportWillHold();
    void followsTheModeAndTheRows();
    void worksWithoutATokenizer();
};

namespace {
Project breakfast()
{
    Project project = breakfastProject();
    LabelSchema schema = LabelSchema::seedEntities();
    schema.entities.append({2, u"drink"_s, u"#2e86de"_s, 2});
    schema.choices = {{u"meal"_s, {u"breakfast"_s, u"lunch"_s}, false}};
    project.setLabelSchema(schema);
    return project;
}
} // namespace

void tst_DatasetStatistics::countsWhatTheExportWillHold()
{
    Project project = breakfast();
    RowAnnotation toast;
    toast.addSpan({4, 14, 1}); // "wholegrain"
    toast.addSpan({15, 20, 1}); // "toast"
    toast.choices.insert(u"meal"_s, {u"breakfast"_s});
    project.setAnnotation(3, toast);
    RowAnnotation context; // a span on Ben's row, which is not exported: not counted
    context.addSpan({0, 5, 2});
    project.setAnnotation(1, context);
    QString error;
    const Tokenizer *tokenizer = Tokenizer::get(Encoding::O200kBase, &error);
    QVERIFY2(tokenizer, qPrintable(error));

    const DatasetStatistics statistics = computeStatistics(project, tokenizer);
    QCOMPARE(statistics.examples, 3); // Ana's three messages, per message
    QCOMPARE(statistics.tokensPerExample.size(), size_t(3));
    // Each example's tokens are its prompt/completion line's, as finetuner-cli tokens counts them.
    const QList<TrainingExample> examples = buildExamples(project, project.exportSettings().examples);
    for (int i = 0; i < 3; ++i) {
        const auto expected = countExampleTokens(*tokenizer, exampleLine(examples.at(i), ExportFormat::PromptCompletion), &error);
        QCOMPARE(statistics.tokensPerExample[size_t(i)], expected->total);
    }
    QCOMPARE(statistics.examplesPerLabel,
             (QList<QPair<QString, int>>{{u"named_entities"_s, 2}, {u"drink"_s, 0}, {u"meal: breakfast"_s, 1}}));
    QCOMPARE(statistics.messagesPerAuthor, (QList<QPair<QString, int>>{{u"Ana"_s, 3}, {u"Ben"_s, 3}}));
    QCOMPARE(statistics.messagesPerDay, (QMap<QDate, int>{{QDate(2024, 8, 1), 6}}));
    QCOMPARE(statistics.over(0), 3);
    QCOMPARE(statistics.over(ExampleTokenLimit), 0);
}

void tst_DatasetStatistics::followsTheModeAndTheRows()
{
    Project project = breakfast();
    ExportSettings settings = project.exportSettings();
    settings.examples.mode = ExampleMode::ReplyPairs;
    settings.format = ExportFormat::Chat;
    project.setExportSettings(settings);
    const Tokenizer *tokenizer = Tokenizer::get(Encoding::O200kBase);
    QCOMPARE(computeStatistics(project, tokenizer).examples, 2);
    project.setIncludeOverride(5, IncludeOverride::Excluded);
    const DatasetStatistics fewer = computeStatistics(project, tokenizer);
    QCOMPARE(fewer.examples, 1);
    // Chat-shaped formats are counted in the chat form, as the cookbook counts a chat.
    QString error;
    const auto expected = countExampleTokens(
        *tokenizer, exampleLine(buildExamples(project, settings.examples).at(0), ExportFormat::Chat), &error);
    QCOMPARE(fewer.tokensPerExample.at(0), expected->total);
}

void tst_DatasetStatistics::worksWithoutATokenizer()
{
    const DatasetStatistics statistics = computeStatistics(breakfast(), nullptr);
    QCOMPARE(statistics.examples, 3);
    QVERIFY(statistics.tokensPerExample.empty());
    QCOMPARE(statistics.messagesPerAuthor.size(), 2);
}

QTEST_GUILESS_MAIN(tst_DatasetStatistics)
#include "tst_datasetstatistics.moc"
