// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exportformat.h"

#include <core/util/jsonwriter.h>
#include <core/util/parallel.h>

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <numeric>
#include <cmath>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

namespace {

void key(OutputBuffer &out, const char *name)
{
    out.append('"');
    out.append(name);
    out.append("\": ");
}

void member(OutputBuffer &out, const char *name, const QString &value)
{
    key(out, name);
    Json::appendString(out, value);
}

QLatin1StringView chatRole(Turn::Role role)
{
    switch (role) {
    case Turn::System:
        return "system"_L1;
    case Turn::User:
        return "user"_L1;
    case Turn::Assistant:
        return "assistant"_L1;
    }
    return {};
}

QLatin1StringView shareGptRole(Turn::Role role)
{
    switch (role) {
    case Turn::System:
        return "system"_L1;
    case Turn::User:
        return "human"_L1;
    case Turn::Assistant:
        return "gpt"_L1;
    }
    return {};
}

void appendTurns(OutputBuffer &out, const QList<Turn> &turns, bool shareGpt)
{
    out.append('[');
    for (qsizetype i = 0; i < turns.size(); ++i) {
        const Turn &turn = turns.at(i);
        if (i > 0)
            out.append(", ");
        out.append('{');
        key(out, shareGpt ? "from" : "role");
        out.append('"');
        out.append(QByteArrayView(shareGpt ? shareGptRole(turn.role) : chatRole(turn.role)));
        out.append("\", ");
        member(out, shareGpt ? "value" : "content", turn.content);
        // Weights are OpenAI's chat format; ShareGPT has none.
        if (!shareGpt && turn.weight) {
            out.append(", ");
            key(out, "weight");
            out.append(QByteArray::number(*turn.weight));
        }
        out.append('}');
    }
    out.append(']');
}

/// Alpaca has one instruction, an input and an output: a system prompt is the instruction and every earlier turn
/// the input; without one, the last user turn is the instruction and the turns before it the input.
void appendAlpaca(OutputBuffer &out, const TrainingExample &example)
{
    QString instruction;
    QStringList input;
    QString output;
    qsizetype last = example.turns.size() - 1;
    if (last >= 0 && example.turns.at(last).role == Turn::Assistant)
        output = example.turns.at(last--).content;
    qsizetype lastUser = -1;
    bool hasSystem = false;
    for (qsizetype i = 0; i <= last; ++i) {
        if (example.turns.at(i).role == Turn::System) {
            instruction = example.turns.at(i).content;
            hasSystem = true;
        } else if (example.turns.at(i).role == Turn::User) {
            lastUser = i;
        }
    }
    for (qsizetype i = 0; i <= last; ++i) {
        const Turn &turn = example.turns.at(i);
        if (turn.role == Turn::System)
            continue;
        if (!hasSystem && i == lastUser)
            instruction = turn.content;
        else if (hasSystem || i < lastUser)
            input.append(turn.content);
    }
    out.append('{');
    member(out, "instruction", instruction);
    out.append(", ");
    member(out, "input", input.join(u'\n'));
    out.append(", ");
    member(out, "output", output);
    out.append('}');
}

void appendExample(OutputBuffer &out, const TrainingExample &example, ExportFormat format)
{
    switch (format) {
    case ExportFormat::PromptCompletion:
        out.append('{');
        member(out, "prompt", example.prompt);
        out.append(", ");
        member(out, "completion", example.completion);
        out.append('}');
        return;
    case ExportFormat::Chat:
    case ExportFormat::ShareGpt:
        out.append('{');
        key(out, format == ExportFormat::Chat ? "messages" : "conversations");
        appendTurns(out, example.turns, format == ExportFormat::ShareGpt);
        out.append('}');
        return;
    case ExportFormat::Alpaca:
        appendAlpaca(out, example);
        return;
    }
}

// SplitMix64: small, fast, and the same numbers everywhere, unlike std:: distributions.
quint64 next(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

void shuffle(QList<int> &indices, quint64 &state)
{
    for (qsizetype i = indices.size() - 1; i > 0; --i)
        std::swap(indices[i], indices[qsizetype(next(state) % quint64(i + 1))]);
}

} // namespace

QLatin1StringView exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::PromptCompletion:
        return "prompt-completion"_L1;
    case ExportFormat::Chat:
        return "chat"_L1;
    case ExportFormat::Alpaca:
        return "alpaca"_L1;
    case ExportFormat::ShareGpt:
        return "sharegpt"_L1;
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromName(QLatin1StringView name)
{
    for (ExportFormat format : {ExportFormat::PromptCompletion, ExportFormat::Chat, ExportFormat::Alpaca,
                                ExportFormat::ShareGpt}) {
        if (exportFormatName(format) == name)
            return format;
    }
    return std::nullopt;
}

void appendExampleLine(OutputBuffer &out, const TrainingExample &example, ExportFormat format)
{
    appendExample(out, example, format);
}

QByteArray exampleLine(const TrainingExample &example, ExportFormat format)
{
    OutputBuffer line;
    appendExample(line, example, format);
    return line.view().toByteArray();
}

QList<QByteArray> exampleLines(const QList<TrainingExample> &examples, const QList<int> &indices,
                               ExportFormat format)
{
    QList<QByteArray> lines(indices.size());
    QByteArray *made = lines.data(); // detached once, before the threads write to it
    forEachBlock(indices.size(), 4096, [&](qsizetype, qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i)
            made[i] = exampleLine(examples.at(indices.at(i)), format);
    });
    return lines;
}

bool writeExamples(const QList<TrainingExample> &examples, const QList<int> &indices, ExportFormat format,
                   QIODevice &device)
{
    Json::LineWriter writer(device);
    for (const int index : indices) {
        appendExample(writer.line(), examples.at(index), format);
        writer.endLine();
    }
    return writer.flush();
}

ExampleSplit splitExamples(const QList<TrainingExample> &examples, double validationRatio, quint64 seed,
                           bool stratify)
{
    ExampleSplit split;
    const double ratio = std::clamp(validationRatio, 0.0, 1.0);
    if (ratio == 0) {
        // Everything is training: the shuffle would only be sorted back.
        split.train.resize(examples.size());
        std::iota(split.train.begin(), split.train.end(), 0);
        return split;
    }
    // Strata in the order they first appear, so the split does not depend on hashing.
    QList<QList<int>> strata;
    QHash<QString, qsizetype> strataIndex;
    for (int i = 0; i < examples.size(); ++i) {
        const QString stratum = stratify ? examples.at(i).stratum : QString();
        auto it = strataIndex.constFind(stratum);
        if (it == strataIndex.cend()) {
            it = strataIndex.insert(stratum, strata.size());
            strata.append(QList<int>());
        }
        strata[*it].append(i);
    }
    quint64 state = seed;
    for (QList<int> &members : strata) {
        shuffle(members, state);
        const qsizetype validation = qsizetype(std::llround(ratio * double(members.size())));
        split.validation.append(members.mid(0, validation));
        split.train.append(members.mid(validation));
    }
    std::sort(split.train.begin(), split.train.end());
    std::sort(split.validation.begin(), split.validation.end());
    return split;
}

} // namespace Finetuner::Core
