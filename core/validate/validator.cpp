// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validator.h"

#include <core/validate/checks/checks.h>

#include <algorithm>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

Validator::Validator(ValidatorOptions options)
    : m_options(std::move(options))
{
}

const QList<CheckDescription> &Validator::checks()
{
    static const QList<CheckDescription> all = [] {
        QList<CheckDescription> out;
        Checks::describeJsonlChecks(out);
        Checks::describeDatasetChecks(out);
        Checks::describePromptCompletionChecks(out);
        Checks::describeChatChecks(out);
        return out;
    }();
    return all;
}

const QList<FixDescription> &Validator::fixes()
{
    using Checks::tr;
    static const QList<FixDescription> all = {
        {u"strip-bom"_s, false, tr("Remove the byte order mark at the start of the file.")},
        {u"drop-blank-lines"_s, false, tr("Remove blank lines.")},
        {u"lowercase-keys"_s, false, tr("Rename `Prompt`, `Completion`, `Messages` keys to lowercase.")},
        {u"drop-empty"_s, false,
         tr("Remove examples with an empty completion (or an empty prompt where others have one).")},
        {u"drop-duplicates"_s, false, tr("Remove later copies of an example, keeping the first.")},
        {u"drop-long"_s, false, tr("Remove examples over the token limit.")},
        {u"add-prompt-suffix"_s, false, tr("Append the suggested separator to every prompt.")},
        {u"add-leading-space"_s, false, tr("Put a space in front of completions that do not start with whitespace.")},
        {u"add-stop-sequence"_s, false, tr("Append the suggested ending to every completion.")},
        {u"strip-unknown-keys"_s, true,
         tr("Remove keys other than `prompt` and `completion` (prompt/completion) or unrecognised message keys "
            "(chat).")},
        {u"remove-prompt-prefix"_s, true, tr("Remove the common prefix from every prompt.")},
        {u"remove-completion-prefix"_s, true,
         tr("Remove the common prefix from every completion, keeping one leading space.")},
        {u"lowercase-text"_s, true, tr("Lower-case every prompt (or completion).")},
    };
    return all;
}

bool Validator::isKnownCheck(QStringView id)
{
    const auto &all = checks();
    return std::any_of(all.cbegin(), all.cend(), [id](const CheckDescription &c) { return c.id == id; });
}

bool Validator::isKnownFix(QStringView id)
{
    const auto &all = fixes();
    return std::any_of(all.cbegin(), all.cend(), [id](const FixDescription &f) { return f.id == id; });
}

void Validator::setCheckEnabled(const QString &id, bool enabled)
{
    if (enabled)
        m_disabled.remove(id);
    else
        m_disabled.insert(id);
}

Issues Validator::validate(const ParsedDataset &dataset) const
{
    Checks::CheckContext context(dataset, m_options, m_disabled);
    Checks::runJsonlChecks(context);
    Checks::runDatasetChecks(context);
    Checks::runPromptCompletionChecks(context);
    Checks::runChatChecks(context);
    Issues issues = context.takeIssues();
    // Whole-file findings first, in the order the checks ran; then by line, each line's in check order.
    std::stable_sort(issues.begin(), issues.end(), [](const Issue &a, const Issue &b) {
        const int x = a.line < 0 ? 0 : a.line;
        const int y = b.line < 0 ? 0 : b.line;
        return x < y;
    });
    return issues;
}

} // namespace Finetuner::Core
