// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "trainingexample.h"

#include <core/dataset/examplebuilder.h>
#include <core/project/project.h>
#include <core/util/parallel.h>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

namespace {

/// Consecutive messages of one author, the unit a reply answers.
struct ChatTurn
{
    int author = -1;
    int firstRow = -1;
    int lastRow = -1;
    int answerRow = -1; // the last exported row of the turn, -1 when none is exported
    QString text;       // as exported, messages joined by newlines
    QList<int> rows;    // the messages it joins
};

QString stratumOf(const Project &project, int row)
{
    const LabelSchema &schema = project.labelSchema();
    if (schema.choices.isEmpty())
        return {};
    return project.annotation(row).choices.value(schema.choices.constFirst().name).value(0);
}

QString withoutSuffix(QString prompt, const QString &suffix)
{
    if (!suffix.isEmpty() && prompt.endsWith(suffix))
        prompt.chop(suffix.size());
    return prompt;
}

/// Turns of the text messages a conversation may show: not system lines or media, not excluded people or rows.
QList<ChatTurn> chatTurns(const Project &project, const ExampleBuilder &builder)
{
    QList<ChatTurn> turns;
    const Conversation &conversation = project.conversation();
    for (int row = 0; row < project.rowCount(); ++row) {
        const int author = conversation.authorId(row);
        if (author < 0 || conversation.kind(row) != MessageKind::Text
            || project.participant(author).role == ParticipantRole::Excluded
            || project.includeOverride(row) == IncludeOverride::Excluded
            || project.status(row) == ReviewStatus::Skipped)
            continue;
        if (turns.isEmpty() || turns.constLast().author != author) {
            turns.append({author, row, row, -1, builder.text(row), {row}});
        } else {
            ChatTurn &turn = turns.last();
            turn.lastRow = row;
            turn.text += u'\n' + builder.text(row);
            turn.rows.append(row);
        }
        if (project.isExported(row))
            turns.last().answerRow = row;
    }
    return turns;
}

/// The rows of @p turn that are part of it (not system lines or excluded rows between its messages).
void addRows(TrainingExample &example, const ChatTurn &turn)
{
    for (const int row : turn.rows)
        example.sourceRows.append(row);
}

int defaultAssistant(const Project &project)
{
    for (int id = 0; id < project.participantCount(); ++id) {
        if (project.participant(id).role == ParticipantRole::PromptAuthor)
            return id;
    }
    return -1;
}

} // namespace

QList<TrainingExample> buildExamples(const Project &project, const ExampleOptions &options)
{
    if (project.isDataset())
        return {}; // a dataset under review is written in its own shape (Dataset::write)
    ExampleBuilder builder(project);
    builder.scanExported();
    return buildExamples(builder, options);
}

QList<TrainingExample> buildExamples(const ExampleBuilder &builder, const ExampleOptions &options)
{
    QList<TrainingExample> examples;
    const Project &project = builder.project();
    if (project.isDataset())
        return examples;
    const ExportSettings &settings = project.exportSettings();
    const QList<Turn> system = options.systemPrompt.isEmpty()
        ? QList<Turn>()
        : QList<Turn>{{Turn::System, options.systemPrompt, std::nullopt}};

    if (options.mode == ExampleMode::PerMessage) {
        // Rows are independent: the examples are made on all cores, in row order.
        QList<int> rows;
        for (int row = 0; row < project.rowCount(); ++row) {
            if (project.isExported(row))
                rows.append(row);
        }
        examples.resize(rows.size());
        TrainingExample *made = examples.data(); // detached once, before the threads write to it
        forEachBlock(rows.size(), 4096, [&](qsizetype, qsizetype begin, qsizetype end) {
            for (qsizetype i = begin; i < end; ++i) {
                const int row = rows.at(i);
                TrainingExample &example = made[i];
                const QString plain = builder.plainCompletion(row);
                example.row = row;
                example.prompt = builder.prompt(row);
                example.completion = ExampleBuilder::withSeparators(plain, settings);
                example.turns = system;
                example.stratum = stratumOf(project, row);
                example.sourceRows = {row};
                example.turns.append({Turn::User, withoutSuffix(example.prompt, settings.promptSuffix), std::nullopt});
                example.turns.append({Turn::Assistant, plain, std::nullopt});
            }
        });
        return examples;
    }

    const int assistant = options.assistant >= 0 ? options.assistant : defaultAssistant(project);
    const QList<ChatTurn> turns = chatTurns(project, builder);
    const Conversation &conversation = project.conversation();
    // How another participant's turn reads as the user's: with their name when the settings ask for authors.
    auto userText = [&](const ChatTurn &turn) {
        return settings.includeAuthor ? builder.author(turn.firstRow) + u": "_s + turn.text : turn.text;
    };
    // An annotated completion on the answer's row corrects the reply; otherwise the reply is what was written.
    auto answerText = [&](const ChatTurn &turn) {
        const QString typed = project.completion(turn.answerRow);
        return typed.isEmpty() ? turn.text : typed;
    };
    for (qsizetype i = 1; i < turns.size(); ++i) {
        const ChatTurn &answer = turns.at(i);
        if (answer.author != assistant || answer.answerRow < 0)
            continue;
        TrainingExample example;
        example.row = answer.answerRow;
        example.stratum = stratumOf(project, answer.answerRow);
        example.turns = system;
        QStringList promptLines;
        if (options.mode == ExampleMode::ReplyPairs) {
            const ChatTurn &question = turns.at(i - 1);
            addRows(example, question);
            example.turns.append({Turn::User, userText(question), std::nullopt});
            promptLines.append(conversation.timestamp(question.firstRow).toString() + u" - "_s + userText(question));
        } else {
            const qint64 answeredAt = conversation.timestamp(answer.firstRow).secsSinceEpoch();
            qsizetype first = i;
            while (first > 0 && i - first < options.contextTurns) {
                const ChatTurn &earlier = turns.at(first - 1);
                if (options.contextMinutes > 0
                    && answeredAt - conversation.timestamp(earlier.lastRow).secsSinceEpoch()
                        > qint64(options.contextMinutes) * 60)
                    break;
                --first;
            }
            bool hasUser = false;
            for (qsizetype j = first; j < i; ++j) {
                const ChatTurn &context = turns.at(j);
                addRows(example, context);
                if (context.author == assistant) {
                    example.turns.append({Turn::Assistant, context.text, options.trainOnContext ? 1 : 0});
                    promptLines.append(builder.author(context.firstRow) + u": "_s + context.text);
                } else {
                    hasUser = true;
                    example.turns.append({Turn::User, userText(context), std::nullopt});
                    promptLines.append(builder.author(context.firstRow) + u": "_s + context.text);
                }
            }
            if (!hasUser)
                continue; // the assistant talking to itself is no example
        }
        addRows(example, answer);
        const QString reply = answerText(answer);
        example.turns.append({Turn::Assistant, reply,
                              options.mode == ExampleMode::ChatWindow ? std::optional<int>(1) : std::nullopt});
        example.prompt = promptLines.join(u'\n') + settings.promptSuffix;
        example.completion = ExampleBuilder::withSeparators(reply, settings);
        examples.append(example);
    }
    return examples;
}

} // namespace Finetuner::Core
