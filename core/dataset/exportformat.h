// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/dataset/trainingexample.h>

#include <QByteArray>
#include <QLatin1StringView>
#include <QList>

#include <optional>

class QIODevice;

namespace Finetuner::Core {

/// The shapes trainers load as-is (DESIGN.md §7, docs/export.md).
enum class ExportFormat {
    PromptCompletion, // {"prompt", "completion"}: the seed's, and TRL's prompt/completion
    Chat,             // {"messages": [{"role", "content"[, "weight"]}]}: OpenAI-style chat, TRL conversational
    Alpaca,           // {"instruction", "input", "output"}
    ShareGpt,         // {"conversations": [{"from": "system"|"human"|"gpt", "value"}]}
};

/// "prompt-completion", "chat", "alpaca", "sharegpt": the names the CLI and settings use.
QLatin1StringView exportFormatName(ExportFormat format);
std::optional<ExportFormat> exportFormatFromName(QLatin1StringView name);

class OutputBuffer;

/// One example as the line @p format writes (no line break).
QByteArray exampleLine(const TrainingExample &example, ExportFormat format);
/// The same line appended to @p out.
void appendExampleLine(OutputBuffer &out, const TrainingExample &example, ExportFormat format);
/// The lines of the examples at @p indices, in that order, made on all cores, for a leak check of lines nobody
/// writes (an export makes and checks its lines itself: prepareExport()).
QList<QByteArray> exampleLines(const QList<TrainingExample> &examples, const QList<int> &indices,
                               ExportFormat format);

/// Writes the examples at @p indices, in that order, one line each. False when the device refuses a write.
bool writeExamples(const QList<TrainingExample> &examples, const QList<int> &indices, ExportFormat format,
                   QIODevice &device);

struct ExampleSplit
{
    QList<int> train;      // indices into the examples, ascending
    QList<int> validation; // likewise
};

/// Puts round(@p validationRatio × n) examples into validation, chosen by a shuffle seeded with @p seed (the same
/// seed, the same split, on any machine). With @p stratify, each stratum (a classification's choice) is split on
/// its own, so every class is in both parts in proportion.
ExampleSplit splitExamples(const QList<TrainingExample> &examples, double validationRatio, quint64 seed,
                           bool stratify);

} // namespace Finetuner::Core
