// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <vector>

namespace Finetuner::Core {

class Project;
class Tokenizer;

/// What the Statistics dock draws (DESIGN.md §2): worked out from the project as it will be exported.
struct DatasetStatistics
{
    /// Tokens of each example in the export settings' mode, in its chat form as OpenAI's cookbook counts it
    /// (prompt + completion for the prompt/completion format); empty without a tokenizer.
    std::vector<int> tokensPerExample;
    int examples = 0;
    /// Entity labels: spans in exported rows; choice fields: "field: value" over exported rows.
    QList<QPair<QString, int>> examplesPerLabel;
    /// Text messages per participant, in the order they first wrote.
    QList<QPair<QString, int>> messagesPerAuthor;
    /// Messages per calendar day of their timestamps, in date order.
    QMap<QDate, int> messagesPerDay;

    /// The examples over @p limit tokens.
    int over(int limit) const;
};

/// The cookbook's limit for one chat fine-tuning example.
constexpr int ExampleTokenLimit = 16385;

/// Statistics of @p project; @p tokenizer may be null (no token counts then).
DatasetStatistics computeStatistics(const Project &project, const Tokenizer *tokenizer);

} // namespace Finetuner::Core
