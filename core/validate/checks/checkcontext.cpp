// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "checkcontext.h"

#include <core/validate/tokenestimate.h>

#include <algorithm>
#include <limits>

namespace Finetuner::Core::Checks {

using namespace Qt::StringLiterals;

CheckContext::CheckContext(const ParsedDataset &dataset_, const ValidatorOptions &options_,
                           const QSet<QString> &disabled)
    : dataset(dataset_)
    , options(options_)
    , m_disabled(disabled)
    , m_tokens(size_t(dataset_.records.size()), -1)
{
    for (int row = 0; row < dataset.records.size(); ++row) {
        const ParsedRecord &record = dataset.records.at(row);
        if (!dataset.hasMajorityShape(record))
            continue;
        if (record.kind == ParsedRecord::Kind::PromptCompletion) {
            if (record.promptType == ParsedType::String && record.completionType == ParsedType::String
                && !isBlank(record.completion))
                m_exampleRows.append(row);
        } else if (record.messagesType == ParsedType::Array && !record.messages.isEmpty()) {
            m_exampleRows.append(row);
        }
    }
}

bool CheckContext::allDisabled(std::initializer_list<QString> checkIds) const
{
    return std::all_of(checkIds.begin(), checkIds.end(), [this](const QString &id) { return !enabled(id); });
}

int CheckContext::tokens(QStringView text) const
{
    return options.tokenCount ? options.tokenCount(text) : estimateTokens(text);
}

int CheckContext::recordTokens(int row) const
{
    int &cached = m_tokens[size_t(row)];
    if (cached >= 0)
        return cached;
    const ParsedRecord &record = dataset.records.at(row);
    qint64 count = 0;
    if (record.kind == ParsedRecord::Kind::PromptCompletion) {
        count = qint64(tokens(record.prompt)) + tokens(record.completion);
    } else {
        // The cookbook's num_tokens_from_messages(): 3 per message, every string value encoded, 1 more for a
        // name, 3 to prime the reply. (It calls itself "not exact"; it is what the cookbook's limit is about.)
        for (const ParsedMessage &message : record.messages) {
            count += 3;
            if (message.roleType == ParsedType::String)
                count += tokens(message.role);
            if (message.contentType == ParsedType::String)
                count += tokens(message.content);
            if (message.nameType == ParsedType::String)
                count += tokens(message.name) + 1;
        }
        count += 3;
    }
    cached = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    return cached;
}

bool CheckContext::exceedsTokens(int row, int limit) const
{
    const ParsedRecord &record = dataset.records.at(row);
    qint64 bound = 0;
    if (record.kind == ParsedRecord::Kind::PromptCompletion) {
        bound = 3 * (qint64(record.prompt.size()) + record.completion.size());
    } else {
        for (const ParsedMessage &message : record.messages)
            bound += 4 + 3 * (qint64(message.role.size()) + message.content.size() + message.name.size());
        bound += 3;
    }
    return bound > limit && recordTokens(row) > limit;
}

void CheckContext::report(Issue issue)
{
    if (enabled(issue.checkId))
        m_issues.append(std::move(issue));
}

void CheckContext::reportLine(int row, Issue::Severity severity, const QString &checkId, const QString &text,
                              const QString &fixId)
{
    if (!enabled(checkId))
        return;
    Issue issue;
    issue.severity = severity;
    issue.checkId = checkId;
    issue.line = dataset.records.at(row).line;
    issue.example = row;
    issue.text = text;
    issue.fixId = fixId;
    m_issues.append(std::move(issue));
}

void CheckContext::reportLines(const QList<int> &rows, Issue::Severity severity, const QString &checkId,
                               const QString &text, const QString &fixId, const QString &fixValue)
{
    if (!enabled(checkId))
        return;
    Issue issue;
    issue.severity = severity;
    issue.checkId = checkId;
    issue.text = text;
    issue.fixId = fixId;
    issue.fixValue = fixValue;
    issue.affected = int(rows.size());
    issue.lines.reserve(rows.size());
    for (const int row : rows)
        issue.lines.append(dataset.records.at(row).line);
    m_issues.append(std::move(issue));
}

Issues CheckContext::takeIssues()
{
    return std::move(m_issues);
}

QString visible(const QString &text)
{
    QString out = text;
    out.replace(u'\n', u"\\n"_s);
    out.replace(u'\r', u"\\r"_s);
    out.replace(u'\t', u"\\t"_s);
    return out;
}

bool isBlank(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

QString typeName(ParsedType type)
{
    switch (type) {
    case ParsedType::Missing:
        return tr("missing");
    case ParsedType::Null:
        return tr("null");
    case ParsedType::Boolean:
        return tr("a boolean");
    case ParsedType::Number:
        return tr("a number");
    case ParsedType::String:
        return tr("a string");
    case ParsedType::Array:
        return tr("a list");
    case ParsedType::Object:
        return tr("an object");
    }
    return {};
}

} // namespace Finetuner::Core::Checks
