// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/validate/validator.h>

#include <QCoreApplication>

#include <vector>

namespace Finetuner::Core::Checks {

/// What every check gets: the dataset, the options, and the findings so far. Shared work (token counts,
/// which rows are examples) is done once here. Issues of disabled checks are dropped as they are reported.
class CheckContext
{
public:
    CheckContext(const ParsedDataset &dataset, const ValidatorOptions &options, const QSet<QString> &disabled);

    const ParsedDataset &dataset;
    const ValidatorOptions &options;

    bool enabled(const QString &checkId) const { return !m_disabled.contains(checkId); }
    /// True when none of @p checkIds is enabled: the check need not run.
    bool allDisabled(std::initializer_list<QString> checkIds) const;

    /// Rows (indices into dataset.records) that are examples of the dataset's shape whose fields the
    /// aggregate checks can read: prompt/completion rows with string fields and a non-empty completion
    /// (prepare_data dropped the others before its later checks), chat rows with a non-empty messages list.
    const QList<int> &exampleRows() const { return m_exampleRows; }

    int tokens(QStringView text) const;
    /// Tokens of a record: prompt + completion, or the cookbook's num_tokens_from_messages() for chat.
    int recordTokens(int row) const;
    /// True when the record has more than @p limit tokens. Counts only records that could: no tokenizer
    /// makes more tokens of a text than it has UTF-8 bytes (byte-level BPE consumes at least one byte per
    /// token), so a record with at most @p limit bytes (at most 3 per UTF-16 unit) is not counted at all.
    bool exceedsTokens(int row, int limit) const;

    void report(Issue issue);
    void reportLine(int row, Issue::Severity severity, const QString &checkId, const QString &text,
                    const QString &fixId = {});
    void reportLines(const QList<int> &rows, Issue::Severity severity, const QString &checkId, const QString &text,
                     const QString &fixId = {}, const QString &fixValue = {});
    Issues takeIssues();

private:
    QSet<QString> m_disabled;
    QList<int> m_exampleRows;
    mutable std::vector<int> m_tokens; // per record, -1 until counted
    Issues m_issues;
};

inline QString tr(const char *text)
{
    return QCoreApplication::translate("Finetuner::Core::Validator", text);
}

/// Text as prepare_data showed it in messages: line breaks as \n, so a separator is visible.
QString visible(const QString &text);
/// True for an empty string or one of whitespace only.
bool isBlank(const QString &text);
/// "a number", "null", "a list"…, for "is X, not a string".
QString typeName(ParsedType type);

} // namespace Finetuner::Core::Checks
