// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "promptcompletionanalysis.h"

#include <QHash>

namespace Finetuner::Core::Checks {

using namespace Qt::StringLiterals;

qsizetype commonSuffixLength(QStringView a, QStringView b)
{
    const qsizetype max = std::min(a.size(), b.size());
    qsizetype n = 0;
    while (n < max && a[a.size() - 1 - n] == b[b.size() - 1 - n])
        ++n;
    if (n > 0 && n < a.size() && a[a.size() - n].isLowSurrogate())
        --n; // the suffix would start inside a surrogate pair
    return n;
}

qsizetype commonPrefixLength(QStringView a, QStringView b)
{
    const qsizetype max = std::min(a.size(), b.size());
    qsizetype n = 0;
    while (n < max && a[n] == b[n])
        ++n;
    if (n > 0 && n < a.size() && a[n - 1].isHighSurrogate())
        --n;
    return n;
}

PromptCompletionAnalysis analyzePromptCompletion(const ParsedDataset &dataset, const QList<int> &rows)
{
    PromptCompletionAnalysis result;
    result.rows = rows;
    result.examples = int(rows.size());
    if (rows.isEmpty())
        return result;

    const ParsedRecord &first = dataset.records.at(rows.constFirst());
    const QStringView firstPrompt = first.prompt;
    const QStringView firstCompletion = first.completion;
    qsizetype promptSuffix = firstPrompt.size();
    qsizetype promptPrefix = firstPrompt.size();
    qsizetype completionSuffix = firstCompletion.size();
    qsizetype completionPrefix = firstCompletion.size();
    bool promptsIdentical = true;
    bool completionsIdentical = true;
    bool anyPrompt = false;
    for (const int row : rows) {
        const ParsedRecord &record = dataset.records.at(row);
        const QStringView prompt = record.prompt;
        const QStringView completion = record.completion;
        anyPrompt = anyPrompt || !prompt.isEmpty();
        result.anyPromptHasNewline = result.anyPromptHasNewline || prompt.contains(u'\n');
        promptsIdentical = promptsIdentical && prompt == firstPrompt;
        completionsIdentical = completionsIdentical && completion == firstCompletion;
        if (promptSuffix > 0)
            promptSuffix = commonSuffixLength(firstPrompt.right(promptSuffix), prompt);
        if (promptPrefix > 0)
            promptPrefix = commonPrefixLength(firstPrompt.left(promptPrefix), prompt);
        if (completionSuffix > 0)
            completionSuffix = commonSuffixLength(firstCompletion.right(completionSuffix), completion);
        if (completionPrefix > 0)
            completionPrefix = commonPrefixLength(firstCompletion.left(completionPrefix), completion);
    }
    result.promptSuffix = firstPrompt.right(promptSuffix).toString();
    result.promptPrefix = firstPrompt.left(promptPrefix).toString();
    result.completionSuffix = firstCompletion.right(completionSuffix).toString();
    result.completionPrefix = firstCompletion.left(completionPrefix).toString();
    result.promptsIdentical = promptsIdentical;
    result.completionsIdentical = completionsIdentical;

    // infer_task_type(): no prompt text at all is open-ended generation; fewer distinct completions than a
    // third of the examples (CLASSIFICATION_THRESHOLD = 3 instances per class on average) is classification.
    if (!anyPrompt) {
        result.task = TaskType::OpenEndedGeneration;
        return result;
    }
    QHash<QString, int> classes;
    const qsizetype n = rows.size();
    for (const int row : rows) {
        ++classes[dataset.records.at(row).completion];
        if (classes.size() * 3 >= n)
            break; // not classification, whatever the rest holds
    }
    result.distinctCompletions = int(classes.size());
    if (classes.size() * 3 < n) {
        result.task = TaskType::Classification;
        int best = 0;
        for (auto it = classes.cbegin(); it != classes.cend(); ++it) {
            if (it.value() > best || (it.value() == best && it.key() < result.mostCommonCompletion)) {
                best = it.value();
                result.mostCommonCompletion = it.key();
            }
        }
    } else {
        result.task = TaskType::ConditionalGeneration;
    }
    return result;
}

namespace {

bool anyContains(const ParsedDataset &dataset, const QList<int> &rows, QStringView needle, bool prompts)
{
    return std::any_of(rows.cbegin(), rows.cend(), [&](int row) {
        const ParsedRecord &record = dataset.records.at(row);
        return (prompts ? record.prompt : record.completion).contains(needle);
    });
}

} // namespace

QString suggestedPromptSuffix(const ParsedDataset &dataset, const QList<int> &rows, bool anyPromptHasNewline)
{
    // prepare_data's suffix_options, in its order.
    for (const QString &option : {u" ->"_s, u"\n\n###\n\n"_s, u"\n\n===\n\n"_s, u"\n\n---\n\n"_s, u"\n\n===>\n\n"_s,
                                  u"\n\n--->\n\n"_s}) {
        if (option == u" ->"_s && anyPromptHasNewline)
            continue;
        if (!anyContains(dataset, rows, option, true))
            return option;
    }
    return u"\n\n### =>\n\n"_s;
}

QString suggestedCompletionEnding(const ParsedDataset &dataset, const QList<int> &rows)
{
    for (const QString &option :
         {u"\n"_s, u"."_s, u" END"_s, u"***"_s, u"+++"_s, u"&&&"_s, u"$$$"_s, u"@@@"_s, u"%%%"_s}) {
        if (!anyContains(dataset, rows, option, false))
            return option;
    }
    return u" [END]"_s;
}

} // namespace Finetuner::Core::Checks
