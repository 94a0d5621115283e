// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The checks of OpenAI's `openai tools fine_tunes.prepare_data` (openai-python 0.x, openai/validators.py),
// written again from its conditions: what it reported, when, and what it offered to do about it.

#include "checks.h"
#include "promptcompletionanalysis.h"

#include <QLocale>

namespace Finetuner::Core::Checks {

using namespace Qt::StringLiterals;
using Severity = Issue::Severity;

namespace {

constexpr qsizetype LongSuffixChars = 10;        // prepare_data: "This suffix seems very long"
constexpr qsizetype LongPromptPrefixChars = 12;  // MAX_PREFIX_LEN of common_prompt_prefix_validator
constexpr qsizetype LongCompletionPrefixChars = 5; // MAX_PREFIX_LEN of common_completion_prefix_validator

bool startsWithWhitespace(const QString &text)
{
    return !text.isEmpty() && text.front().isSpace();
}

// Blocks without a single upper- or lower-case letter (Hebrew to Myanmar, CJK and kana to Vai, Hangul, emoji):
// their characters need no table lookup, and they are most of the non-Latin text in chats.
bool isUncasedBlock(char32_t c)
{
    return (c >= 0x0590 && c < 0x10A0) || (c >= 0x2E80 && c < 0xA640) || (c >= 0xAC00 && c < 0xD800)
        || (c >= 0x1F000 && c < 0x1FB00);
}

// Python's c.isalpha() and c.isupper() / c.islower(), over code points.
void countCase(const QString &text, qint64 &upper, qint64 &lower)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            upper += c >= 'A' && c <= 'Z';
            lower += c >= 'a' && c <= 'z';
            continue;
        }
        char32_t code = c;
        if (QChar::isHighSurrogate(c) && i + 1 < n && text[i + 1].isLowSurrogate())
            code = QChar::surrogateToUcs4(c, text[++i].unicode());
        if (isUncasedBlock(code))
            continue;
        // One table lookup: Python's isupper()/islower() of a letter are its Lu/Ll category (near enough).
        const QChar::Category category = QChar::category(code);
        upper += category == QChar::Letter_Uppercase;
        lower += category == QChar::Letter_Lowercase;
    }
}

void checkFields(CheckContext &context, bool allPromptsBlank)
{
    const ParsedDataset &dataset = context.dataset;
    for (int row = 0; row < dataset.records.size(); ++row) {
        const ParsedRecord &record = dataset.records.at(row);
        if (record.kind == ParsedRecord::Kind::OtherObject) {
            context.reportLine(row, Severity::Error, u"missing-key"_s,
                               tr("The line has neither a `prompt` nor a `completion` key."));
            continue;
        }
        if (!dataset.hasMajorityShape(record))
            continue;

        const struct
        {
            const char *name;
            ParsedType type;
            const QString &value;
            const QString &spelling;
        } fields[] = {{"prompt", record.promptType, record.prompt, record.promptKey},
                      {"completion", record.completionType, record.completion, record.completionKey}};
        for (const auto &field : fields) {
            const QString name = QString::fromLatin1(field.name);
            if (!field.spelling.isEmpty()) {
                context.reportLine(row, Severity::Error, u"key-case"_s,
                                   tr("The `%1` key is written `%2`; it should be lowercase.")
                                       .arg(name, field.spelling),
                                   u"lowercase-keys"_s);
            }
            if (field.type == ParsedType::Missing) {
                context.reportLine(row, Severity::Error, u"missing-key"_s,
                                   tr("The `%1` key is missing. Please make sure you name your keys "
                                      "appropriately.")
                                       .arg(name));
            } else if (field.type != ParsedType::String) {
                context.reportLine(row, Severity::Error, u"field-type"_s,
                                   tr("`%1` is %2, not a string.").arg(name, typeName(field.type)));
            }
        }

        if (record.completionType == ParsedType::String && isBlank(record.completion)) {
            context.reportLine(row, Severity::Error, u"empty-completion"_s,
                               record.completion.isEmpty()
                                   ? tr("The completion is empty.")
                                   : tr("The completion is only whitespace."),
                               u"drop-empty"_s);
        }
        // An empty prompt is open-ended generation when all are empty (prepare_data's infer_task_type), and a
        // slip when only some are.
        if (record.promptType == ParsedType::String && isBlank(record.prompt) && !allPromptsBlank) {
            context.reportLine(row, Severity::Warning, u"empty-prompt"_s,
                               tr("The prompt is empty, while other prompts are not."), u"drop-empty"_s);
        }
    }
}

void checkAdditionalKeys(CheckContext &context)
{
    if (!context.enabled(u"additional-keys"_s))
        return;
    const ParsedDataset &dataset = context.dataset;
    QStringList keys;
    QList<int> rows;
    for (int row = 0; row < dataset.records.size(); ++row) {
        const ParsedRecord &record = dataset.records.at(row);
        if (!dataset.hasMajorityShape(record) || record.otherKeys.isEmpty())
            continue;
        rows.append(row);
        for (const QString &key : record.otherKeys) {
            if (!keys.contains(key))
                keys.append(key);
        }
    }
    if (rows.isEmpty())
        return;
    QString text = (rows.size() == 1 ? tr("1 line has keys other than `prompt` and `completion`: %1.")
                                           .arg(keys.join(u", "_s))
                                     : tr("%1 lines have keys other than `prompt` and `completion`: %2.")
                                           .arg(rows.size())
                                           .arg(keys.join(u", "_s)))
        + u' ' + tr("The legacy format wants exactly these two keys per line; most trainers ignore the others.");
    // What prepare_data meant to warn of: a second column whose name says it is the prompt or completion.
    QStringList lookalikes;
    for (const QString &key : std::as_const(keys)) {
        if (key.contains(u"prompt"_s, Qt::CaseInsensitive) || key.contains(u"completion"_s, Qt::CaseInsensitive))
            lookalikes.append(key);
    }
    if (!lookalikes.isEmpty()) {
        text += u' '
            + tr("Some of them look like the prompt or completion (%1); only `prompt` and `completion` are used.")
                  .arg(lookalikes.join(u", "_s));
    }
    context.reportLines(rows, Severity::Warning, u"additional-keys"_s, text, u"strip-unknown-keys"_s);
}

void checkLongExamples(CheckContext &context, const PromptCompletionAnalysis &analysis)
{
    // prepare_data skipped this for open-ended generation, and measured 10,000 characters while its message
    // spoke of 2048 tokens; this measures the tokens.
    if (!context.enabled(u"long-examples"_s) || analysis.task == TaskType::OpenEndedGeneration)
        return;
    const int limit = context.options.maxPromptCompletionTokens;
    for (const int row : context.exampleRows()) {
        if (context.exceedsTokens(row, limit)) {
            const int tokens = context.recordTokens(row);
            context.reportLine(row, Severity::Warning, u"long-examples"_s,
                               tr("The example is very long: %1 tokens (prompt and completion). For conditional "
                                  "generation, and for classification the examples shouldn't be longer than %2 "
                                  "tokens.")
                                   .arg(QLocale::c().toString(tokens), QLocale::c().toString(limit)),
                               u"drop-long"_s);
        }
    }
}

void checkCase(CheckContext &context)
{
    if (!context.enabled(u"mostly-uppercase"_s))
        return;
    const ParsedDataset &dataset = context.dataset;
    for (const bool prompts : {true, false}) {
        qint64 upper = 0;
        qint64 lower = 0;
        for (const int row : context.exampleRows()) {
            const ParsedRecord &record = dataset.records.at(row);
            countCase(prompts ? record.prompt : record.completion, upper, lower);
        }
        if (upper * 2 > lower) {
            const QString field = prompts ? u"prompt"_s : u"completion"_s;
            context.reportLines(context.exampleRows(), Severity::Note, u"mostly-uppercase"_s,
                                tr("More than a third of your `%1` text is uppercase. Uppercase %1s tend to "
                                   "perform worse than a mixture of case encountered in normal language; lower "
                                   "case the data if that makes sense in your domain.")
                                    .arg(field),
                                u"lowercase-text"_s, field);
        }
    }
}

void checkPromptSuffix(CheckContext &context, const PromptCompletionAnalysis &analysis)
{
    if (analysis.task == TaskType::OpenEndedGeneration
        || context.allDisabled({u"all-prompts-identical"_s, u"prompt-suffix"_s, u"prompt-suffix-long"_s,
                                u"prompt-suffix-repeated"_s, u"prompt-suffix-missing"_s}))
        return;
    const ParsedDataset &dataset = context.dataset;
    const QList<int> &rows = analysis.rows;
    if (analysis.promptsIdentical) {
        context.reportLines(rows, Severity::Error, u"all-prompts-identical"_s,
                            tr("All prompts are identical: `%1`. Consider leaving the prompts blank if you want "
                               "to do open-ended generation, otherwise ensure prompts are different.")
                                .arg(visible(analysis.promptSuffix)));
        return;
    }
    const QString &suffix = analysis.promptSuffix;
    if (suffix.isEmpty()) {
        const QString suggested = suggestedPromptSuffix(dataset, rows, analysis.anyPromptHasNewline);
        context.reportLines(rows, Severity::Warning, u"prompt-suffix-missing"_s,
                            tr("Your data does not contain a common separator at the end of your prompts. Having "
                               "a separator string appended to the end of the prompt makes it clearer to the "
                               "fine-tuned model where the completion should begin; add one such as `%1` to all "
                               "prompts. If you intend to do open-ended generation, leave the prompts empty.")
                                .arg(visible(suggested)),
                            u"add-prompt-suffix"_s, suggested);
        return;
    }
    context.reportLines(rows, Severity::Note, u"prompt-suffix"_s,
                        tr("All prompts end with the separator `%1`; prompts given to the fine-tuned model must "
                           "end with it too.")
                            .arg(visible(suffix)));
    if (suffix.size() > LongSuffixChars) {
        context.reportLines(rows, Severity::Note, u"prompt-suffix-long"_s,
                            tr("The common prompt suffix `%1` seems very long. Consider replacing it with a "
                               "shorter one, such as `%2`.")
                                .arg(visible(suffix),
                                     visible(suggestedPromptSuffix(dataset, rows, analysis.anyPromptHasNewline))));
    }
    if (context.enabled(u"prompt-suffix-repeated"_s)) {
        QList<int> repeated;
        for (const int row : rows) {
            const QString &prompt = dataset.records.at(row).prompt;
            if (QStringView(prompt).chopped(suffix.size()).contains(suffix))
                repeated.append(row);
        }
        if (!repeated.isEmpty()) {
            context.reportLines(repeated, Severity::Warning, u"prompt-suffix-repeated"_s,
                                (repeated.size() == 1
                                     ? tr("1 prompt contains the separator `%1` more than once").arg(visible(suffix))
                                     : tr("%1 prompts contain the separator `%2` more than once")
                                           .arg(repeated.size())
                                           .arg(visible(suffix)))
                                    + tr(", so the model cannot tell where the prompt ends. Review them and use "
                                         "a unique separator."));
        }
    }
}

void checkPrefixes(CheckContext &context, const PromptCompletionAnalysis &analysis)
{
    const QList<int> &rows = analysis.rows;
    if (!analysis.promptsIdentical && analysis.promptPrefix.size() > LongPromptPrefixChars) {
        context.reportLines(rows, Severity::Note, u"prompt-prefix"_s,
                            tr("All prompts start with the prefix `%1`. Fine-tuning doesn't require the "
                               "instruction specifying the task, or a few-shot example scenario. Most of the time "
                               "you should only add the input data into the prompt, and the desired output into "
                               "the completion.")
                                .arg(visible(analysis.promptPrefix)),
                            u"remove-prompt-prefix"_s, analysis.promptPrefix);
    }
    if (!analysis.completionsIdentical && analysis.completionPrefix.size() >= LongCompletionPrefixChars) {
        context.reportLines(rows, Severity::Note, u"completion-prefix"_s,
                            tr("All completions start with the prefix `%1`. Most of the time you should only add "
                               "the output data into the completion, without any prefix.")
                                .arg(visible(analysis.completionPrefix)),
                            u"remove-completion-prefix"_s, analysis.completionPrefix);
    }
}

void checkCompletionEnding(CheckContext &context, const PromptCompletionAnalysis &analysis)
{
    // Classification completions are class labels, and open-ended generation has no prompts to end.
    if (analysis.task != TaskType::ConditionalGeneration
        || context.allDisabled({u"all-completions-identical"_s, u"completion-ending"_s, u"completion-ending-long"_s,
                                u"completion-ending-repeated"_s, u"completion-ending-missing"_s}))
        return;
    const ParsedDataset &dataset = context.dataset;
    const QList<int> &rows = analysis.rows;
    const QString &suffix = analysis.completionSuffix;
    if (analysis.completionsIdentical) {
        context.reportLines(rows, Severity::Error, u"all-completions-identical"_s,
                            tr("All completions are identical: `%1`. Ensure completions are different, otherwise "
                               "the model will just repeat `%1`.")
                                .arg(visible(suffix)));
        return;
    }
    if (suffix.isEmpty()) {
        const QString suggested = suggestedCompletionEnding(dataset, rows);
        context.reportLines(rows, Severity::Warning, u"completion-ending-missing"_s,
                            tr("Your data does not contain a common ending at the end of your completions. Having "
                               "a common ending string appended to the end of the completion makes it clearer to "
                               "the fine-tuned model where the completion should end; add one such as `%1` and "
                               "pass it as the stop sequence.")
                                .arg(visible(suggested)),
                            u"add-stop-sequence"_s, suggested);
        return;
    }
    context.reportLines(rows, Severity::Note, u"completion-ending"_s,
                        tr("All completions end with `%1`; use it as the stop sequence (stop=[\"%1\"]) so that "
                           "generated text ends at the expected place.")
                            .arg(visible(suffix)));
    if (suffix.size() > LongSuffixChars) {
        context.reportLines(rows, Severity::Note, u"completion-ending-long"_s,
                            tr("The common completion ending `%1` seems very long. Consider replacing it with a "
                               "shorter one, such as `%2`.")
                                .arg(visible(suffix), visible(suggestedCompletionEnding(dataset, rows))));
    }
    if (context.enabled(u"completion-ending-repeated"_s)) {
        QList<int> repeated;
        for (const int row : rows) {
            const QString &completion = dataset.records.at(row).completion;
            if (QStringView(completion).chopped(suffix.size()).contains(suffix))
                repeated.append(row);
        }
        if (!repeated.isEmpty()) {
            context.reportLines(repeated, Severity::Warning, u"completion-ending-repeated"_s,
                                (repeated.size() == 1
                                     ? tr("1 completion contains the ending `%1` more than once").arg(visible(suffix))
                                     : tr("%1 completions contain the ending `%2` more than once")
                                           .arg(repeated.size())
                                           .arg(visible(suffix)))
                                    + tr(", so generation would stop early. Review them and use a unique "
                                         "ending."));
        }
    }
}

void checkLeadingSpace(CheckContext &context)
{
    if (!context.enabled(u"completion-leading-space"_s))
        return;
    QList<int> rows;
    for (const int row : context.exampleRows()) {
        if (!startsWithWhitespace(context.dataset.records.at(row).completion))
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    context.reportLines(rows, Severity::Warning, u"completion-leading-space"_s,
                        (rows.size() == 1 ? tr("1 completion does not start with a whitespace character (` `).")
                                          : tr("%1 completions do not start with a whitespace character (` `).")
                                                .arg(rows.size()))
                            + u' ' + tr("A leading space tends to produce better results due to the tokenization."),
                        u"add-leading-space"_s, u" "_s);
}

void checkClassification(CheckContext &context, const PromptCompletionAnalysis &analysis)
{
    if (analysis.task != TaskType::Classification)
        return;
    QString text = tr("Based on your data it seems like you're trying to fine-tune a model for classification: "
                      "distinct completions: %1, examples: %2. For classification, a small, fast model is often "
                      "enough, and you can estimate the expected performance by keeping a held-out validation "
                      "set that is not used for training.")
                       .arg(analysis.distinctCompletions)
                       .arg(analysis.examples);
    if (analysis.distinctCompletions == 2) {
        text += u' '
            + tr("With two classes, `%1` (the most frequent) is the positive class for classification metrics.")
                  .arg(visible(analysis.mostCommonCompletion));
    }
    context.reportLines(analysis.rows, Severity::Note, u"classification"_s, text);
}

} // namespace

void describePromptCompletionChecks(QList<CheckDescription> &out)
{
    const QString source = u"prepare_data"_s;
    out.append({u"missing-key"_s, Severity::Error, source, {}, tr("A line without `prompt` or `completion`.")});
    out.append({u"key-case"_s, Severity::Error, source, u"lowercase-keys"_s,
                tr("A key in another case than the format's (`Prompt`, `Messages`).")});
    out.append({u"field-type"_s, Severity::Error, u"finetuner"_s, {},
                tr("`prompt` or `completion` that is not a string.")});
    out.append({u"additional-keys"_s, Severity::Warning, source, u"strip-unknown-keys"_s,
                tr("Keys other than `prompt` and `completion`.")});
    out.append({u"empty-completion"_s, Severity::Error, source, u"drop-empty"_s,
                tr("An empty (or whitespace-only) completion.")});
    out.append({u"empty-prompt"_s, Severity::Warning, u"finetuner"_s, u"drop-empty"_s,
                tr("An empty prompt where other prompts are not (all empty is open-ended generation).")});
    out.append({u"long-examples"_s, Severity::Warning, source, u"drop-long"_s,
                tr("Prompt and completion together over 2048 tokens (not for open-ended generation).")});
    out.append({u"mostly-uppercase"_s, Severity::Note, source, u"lowercase-text"_s,
                tr("More than a third of the letters of the prompts (or completions) are uppercase.")});
    out.append({u"all-prompts-identical"_s, Severity::Error, source, {}, tr("Every prompt is the same text.")});
    out.append({u"prompt-suffix"_s, Severity::Note, source, {},
                tr("The common separator all prompts end with, to end prompts with at inference.")});
    out.append({u"prompt-suffix-long"_s, Severity::Note, source, {},
                tr("The common prompt separator is over 10 characters.")});
    out.append({u"prompt-suffix-repeated"_s, Severity::Warning, source, {},
                tr("Prompts that contain the separator before their end as well.")});
    out.append({u"prompt-suffix-missing"_s, Severity::Warning, source, u"add-prompt-suffix"_s,
                tr("The prompts share no separator at their end.")});
    out.append({u"prompt-prefix"_s, Severity::Note, source, u"remove-prompt-prefix"_s,
                tr("All prompts start with the same text of over 12 characters (an instruction).")});
    out.append({u"completion-prefix"_s, Severity::Note, source, u"remove-completion-prefix"_s,
                tr("All completions start with the same text of 5 characters or more.")});
    out.append({u"all-completions-identical"_s, Severity::Error, source, {},
                tr("Every completion is the same text (conditional generation).")});
    out.append({u"completion-ending"_s, Severity::Note, source, {},
                tr("The common ending all completions have, to use as the stop sequence.")});
    out.append({u"completion-ending-long"_s, Severity::Note, source, {},
                tr("The common completion ending is over 10 characters.")});
    out.append({u"completion-ending-repeated"_s, Severity::Warning, source, {},
                tr("Completions that contain the ending before their end as well.")});
    out.append({u"completion-ending-missing"_s, Severity::Warning, source, u"add-stop-sequence"_s,
                tr("The completions share no ending (a stop sequence), for conditional generation.")});
    out.append({u"completion-leading-space"_s, Severity::Warning, source, u"add-leading-space"_s,
                tr("Completions that do not start with whitespace.")});
    out.append({u"classification"_s, Severity::Note, source, {},
                tr("Fewer distinct completions than a third of the examples: advice for classification.")});
}

void runPromptCompletionChecks(CheckContext &context)
{
    if (context.dataset.shape != ParsedShape::PromptCompletion)
        return;
    const QList<int> &rows = context.exampleRows();
    const bool allPromptsBlank = std::all_of(rows.cbegin(), rows.cend(), [&](int row) {
        return isBlank(context.dataset.records.at(row).prompt);
    });
    // The empty prompts empty-prompt flags would hide every common separator: set them aside (prepare_data
    // likewise set empty completions aside before its later checks).
    QList<int> analysed;
    if (allPromptsBlank) {
        analysed = rows;
    } else {
        for (const int row : rows) {
            if (!isBlank(context.dataset.records.at(row).prompt))
                analysed.append(row);
        }
    }
    const PromptCompletionAnalysis analysis = analyzePromptCompletion(context.dataset, analysed);
    checkFields(context, allPromptsBlank);
    checkAdditionalKeys(context);
    if (context.exampleRows().isEmpty())
        return;
    if (analysis.examples == 0)
        return;
    checkClassification(context, analysis);
    checkLongExamples(context, analysis);
    checkCase(context);
    // What all prompts or completions share says nothing about a single example.
    if (analysis.examples >= 2) {
        checkPromptSuffix(context, analysis);
        checkPrefixes(context, analysis);
        checkCompletionEnding(context, analysis);
    }
    checkLeadingSpace(context);
}

} // namespace Finetuner::Core::Checks
