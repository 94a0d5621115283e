// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/validate/parseddataset.h>

#include <QList>
#include <QString>

namespace Finetuner::Core::Checks {

/// prepare_data's infer_task_type().
enum class TaskType { OpenEndedGeneration, Classification, ConditionalGeneration };

/// What prepare_data worked out about a prompt/completion dataset before advising on it, over the example rows.
struct PromptCompletionAnalysis
{
    QList<int> rows;             // the rows analysed
    TaskType task = TaskType::ConditionalGeneration;
    int examples = 0;
    int distinctCompletions = 0; // counted in full only for classification
    QString mostCommonCompletion; // the positive class of a two-class dataset
    QString promptSuffix;        // longest common suffix of the prompts, in code points
    QString promptPrefix;
    QString completionPrefix;
    QString completionSuffix;
    bool promptsIdentical = false;
    bool completionsIdentical = false;
    bool anyPromptHasNewline = false;
};

/// Runs over @p rows of @p dataset (prompt/completion records with string fields).
PromptCompletionAnalysis analyzePromptCompletion(const ParsedDataset &dataset, const QList<int> &rows);

/// The first of prepare_data's separators that no prompt contains (" ->" only when no prompt has a line break),
/// or its fallback "\n\n### =>\n\n".
QString suggestedPromptSuffix(const ParsedDataset &dataset, const QList<int> &rows, bool anyPromptHasNewline);
/// The first of prepare_data's completion endings that no completion contains, or its fallback " [END]".
QString suggestedCompletionEnding(const ParsedDataset &dataset, const QList<int> &rows);

/// Longest common suffix/prefix of two strings, never splitting a surrogate pair (Python counts code points).
qsizetype commonSuffixLength(QStringView a, QStringView b);
qsizetype commonPrefixLength(QStringView a, QStringView b);

} // namespace Finetuner::Core::Checks
