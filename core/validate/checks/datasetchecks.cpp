// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What prompt/completion and chat datasets share: enough examples, no example twice.

#include "checks.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace Finetuner::Core::Checks {

using namespace Qt::StringLiterals;
using Severity = Issue::Severity;

namespace {

size_t exampleHash(const ParsedRecord &record)
{
    if (record.kind == ParsedRecord::Kind::PromptCompletion)
        return qHashMulti(0, record.prompt, record.completion);
    size_t hash = qHash(record.messages.size());
    for (const ParsedMessage &message : record.messages)
        hash = qHashMulti(hash, message.role, message.content, message.name);
    return hash;
}

bool sameExample(const ParsedRecord &a, const ParsedRecord &b)
{
    if (a.kind == ParsedRecord::Kind::PromptCompletion)
        return a.prompt == b.prompt && a.completion == b.completion;
    if (a.messages.size() != b.messages.size())
        return false;
    for (qsizetype i = 0; i < a.messages.size(); ++i) {
        const ParsedMessage &x = a.messages.at(i);
        const ParsedMessage &y = b.messages.at(i);
        if (x.role != y.role || x.content != y.content || x.name != y.name || x.roleType != y.roleType
            || x.contentType != y.contentType || x.nameType != y.nameType)
            return false;
    }
    return true;
}

} // namespace

void describeDatasetChecks(QList<CheckDescription> &out)
{
    out.append({u"too-few-examples"_s, Severity::Warning, u"prepare_data"_s, {},
                tr("Fewer than 100 examples.")});
    out.append({u"duplicate-rows"_s, Severity::Warning, u"prepare_data"_s, u"drop-duplicates"_s,
                tr("An example that is an exact copy of an earlier one (same prompt and completion, or the same "
                   "messages).")});
}

void runDatasetChecks(CheckContext &context)
{
    const ParsedDataset &dataset = context.dataset;
    if (dataset.shape == ParsedShape::Unknown)
        return;

    if (context.enabled(u"too-few-examples"_s)) {
        const auto examples = std::count_if(dataset.records.cbegin(), dataset.records.cend(),
                                            [&](const ParsedRecord &r) { return dataset.hasMajorityShape(r); });
        if (examples > 0 && examples < context.options.minExamples) {
            Issue issue;
            issue.severity = Severity::Warning;
            issue.checkId = u"too-few-examples"_s;
            issue.text = (dataset.shape == ParsedShape::Chat
                              ? tr("Your file contains %1 chat examples. In general, we recommend having at least "
                                   "a few hundred examples. We've found that performance tends to linearly "
                                   "increase for every doubling of the number of examples.")
                              : tr("Your file contains %1 prompt-completion pairs. In general, we recommend "
                                   "having at least a few hundred examples. We've found that performance tends "
                                   "to linearly increase for every doubling of the number of examples."))
                             .arg(examples);
            issue.affected = int(examples);
            context.report(issue);
        }
    }

    if (context.enabled(u"duplicate-rows"_s)) {
        // prepare_data's df.duplicated(): every later copy is a duplicate, the first is kept. Rows sorted by
        // hash (then row) put copies side by side without a node per row; equal hashes are compared in full.
        const QList<int> &rows = context.exampleRows();
        std::vector<std::pair<size_t, int>> hashed;
        hashed.reserve(size_t(rows.size()));
        for (const int row : rows)
            hashed.emplace_back(exampleHash(dataset.records.at(row)), row);
        std::sort(hashed.begin(), hashed.end());
        std::vector<std::pair<int, int>> duplicates; // (row, original row)
        for (size_t i = 0; i < hashed.size();) {
            size_t j = i + 1;
            while (j < hashed.size() && hashed[j].first == hashed[i].first)
                ++j;
            // Within a run of equal hashes (almost always copies), each row's original is the first equal row.
            for (size_t k = i + 1; k < j; ++k) {
                const ParsedRecord &record = dataset.records.at(hashed[k].second);
                for (size_t m = i; m < k; ++m) {
                    if (sameExample(dataset.records.at(hashed[m].second), record)) {
                        duplicates.emplace_back(hashed[k].second, hashed[m].second);
                        break;
                    }
                }
            }
            i = j;
        }
        std::sort(duplicates.begin(), duplicates.end());
        for (const auto &[row, original] : duplicates) {
            context.reportLine(row, Severity::Warning, u"duplicate-rows"_s,
                               dataset.shape == ParsedShape::Chat
                                   ? tr("Duplicate of line %1: the same messages.")
                                         .arg(dataset.records.at(original).line)
                                   : tr("Duplicate of line %1: the same prompt and completion.")
                                         .arg(dataset.records.at(original).line),
                               u"drop-duplicates"_s);
        }
    }
}

} // namespace Finetuner::Core::Checks
