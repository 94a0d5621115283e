// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/validate/parseddataset.h>
#include <core/validate/issue.h>

#include <QSet>
#include <QStringView>

#include <functional>

namespace Finetuner::Core {

struct ValidatorOptions
{
    /// Tokens in one text (a prompt, a completion, a message's role or content). Empty: estimateTokens().
    /// The app and the CLI pass the exact tokenizer of the chosen encoding once core/tokenize has one.
    std::function<int(QStringView)> tokenCount;
    /// prepare_data: "for conditional generation, and for classification the examples shouldn't be longer
    /// than 2048 tokens" (prompt + completion).
    int maxPromptCompletionTokens = 2048;
    /// The cookbook's chat limit per example, messages overhead included.
    int maxChatTokens = 16385;
    /// prepare_data recommended "at least a few hundred examples" below this.
    int minExamples = 100;
};

/// What a check catches, for the documentation, the settings page and the dock's filter.
struct CheckDescription
{
    QString id;
    Issue::Severity severity; // the most severe issue it reports
    QString source;           // "prepare_data", "cookbook" or "finetuner"
    QString fixId;            // empty when it has no fix
    QString summary;          // translated
};

/// A transform applyFixes() can run.
struct FixDescription
{
    QString id;
    bool optional; // changes data a user may want as it is: applied only when asked for by id
    QString summary;
};

/// Runs the dataset checks: every check of OpenAI's `openai tools fine_tunes.prepare_data` for
/// prompt/completion files, the chat-format checks of OpenAI's cookbook for chat files, and the JSONL
/// reading checks. Pure: the same dataset and options give the same issues, in a stable order (whole-file
/// findings first, then by line).
class Validator
{
public:
    explicit Validator(ValidatorOptions options = {});

    static const QList<CheckDescription> &checks();
    static const QList<FixDescription> &fixes();
    static bool isKnownCheck(QStringView id);
    static bool isKnownFix(QStringView id);

    void setCheckEnabled(const QString &id, bool enabled);
    bool isCheckEnabled(const QString &id) const { return !m_disabled.contains(id); }
    const ValidatorOptions &options() const { return m_options; }

    Issues validate(const ParsedDataset &dataset) const;

private:
    ValidatorOptions m_options;
    QSet<QString> m_disabled;
};

} // namespace Finetuner::Core
