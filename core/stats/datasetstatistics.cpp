// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "datasetstatistics.h"

#include <core/dataset/exportformat.h>
#include <core/project/project.h>
#include <core/tokenize/datasettokens.h>

#include <map>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

int DatasetStatistics::over(int limit) const
{
    int count = 0;
    for (const int tokens : tokensPerExample)
        count += tokens > limit;
    return count;
}

DatasetStatistics computeStatistics(const Project &project, const Tokenizer *tokenizer)
{
    DatasetStatistics statistics;
    const ExportSettings &settings = project.exportSettings();
    const QList<TrainingExample> examples = buildExamples(project, settings.examples);
    statistics.examples = int(examples.size());
    if (tokenizer) {
        const ExportFormat counted = settings.format == ExportFormat::PromptCompletion ? ExportFormat::PromptCompletion
                                                                                       : ExportFormat::Chat;
        statistics.tokensPerExample.reserve(size_t(examples.size()));
        for (const TrainingExample &example : examples) {
            QString ignored;
            const auto tokens = countExampleTokens(*tokenizer, exampleLine(example, counted), &ignored);
            statistics.tokensPerExample.push_back(tokens ? tokens->total : 0);
        }
    }

    const LabelSchema &schema = project.labelSchema();
    QMap<QString, int> perLabel;
    for (auto it = project.annotations().cbegin(); it != project.annotations().cend(); ++it) {
        if (!project.isExported(it.key()))
            continue;
        for (const LabelSpan &span : it.value().spans) {
            if (const EntityLabel *label = schema.entity(span.label))
                ++perLabel[label->name];
        }
        for (auto choice = it.value().choices.cbegin(); choice != it.value().choices.cend(); ++choice) {
            for (const QString &value : choice.value())
                ++perLabel[choice.key() + u": "_s + value];
        }
    }
    // Schema order first, so the chart reads like the palette; then what the schema no longer names.
    for (const EntityLabel &label : schema.entities)
        statistics.examplesPerLabel.append({label.name, perLabel.take(label.name)});
    for (auto it = perLabel.cbegin(); it != perLabel.cend(); ++it)
        statistics.examplesPerLabel.append({it.key(), it.value()});

    if (project.isDataset())
        return statistics;
    const Conversation &conversation = project.conversation();
    std::vector<int> perAuthor(size_t(conversation.participants().size()), 0);
    // Days as numbers first: a QDateTime per message would cost more than the rest of this together.
    std::map<qint64, int> perDay;
    for (int row = 0; row < conversation.size(); ++row) {
        const int author = conversation.authorId(row);
        if (author >= 0 && conversation.kind(row) == MessageKind::Text)
            ++perAuthor[size_t(author)];
        const qint64 secs = conversation.timestamp(row).secsSinceEpoch();
        ++perDay[secs >= 0 ? secs / 86400 : (secs - 86399) / 86400];
    }
    const QDate epoch(1970, 1, 1);
    for (const auto &[day, count] : perDay)
        statistics.messagesPerDay.insert(epoch.addDays(day), count);
    for (int id = 0; id < int(perAuthor.size()); ++id)
        statistics.messagesPerAuthor.append({conversation.participants().at(id), perAuthor[size_t(id)]});
    return statistics;
}

} // namespace Finetuner::Core
