// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// How the file reads as JSON Lines: one JSON object per line, UTF-8, nothing else.

#include "checks.h"

#include <QLocale>

namespace Finetuner::Core::Checks {

using namespace Qt::StringLiterals;
using Severity = Issue::Severity;

void describeJsonlChecks(QList<CheckDescription> &out)
{
    out.append({u"jsonl-invalid-json"_s, Severity::Error, u"finetuner"_s, {},
                tr("A line is not one JSON value (a syntax error, or trailing text).")});
    out.append({u"jsonl-invalid-utf8"_s, Severity::Error, u"finetuner"_s, {},
                tr("A line holds bytes that are not UTF-8.")});
    out.append({u"jsonl-truncated"_s, Severity::Error, u"finetuner"_s, {},
                tr("The last line stops in the middle of a JSON value: the file was cut off.")});
    out.append({u"jsonl-line-too-large"_s, Severity::Error, u"finetuner"_s, {},
                tr("A line is too long to be an example (over 16 MiB); it is not read.")});
    out.append({u"jsonl-blank-line"_s, Severity::Warning, u"finetuner"_s, u"drop-blank-lines"_s,
                tr("An empty or whitespace-only line; json.loads() fails on it.")});
    out.append({u"jsonl-bom"_s, Severity::Error, u"finetuner"_s, u"strip-bom"_s,
                tr("The file starts with a UTF-8 byte order mark, which Python's json.loads() rejects.")});
    out.append({u"jsonl-not-object"_s, Severity::Error, u"cookbook"_s, {},
                tr("A line is JSON but not an object (the cookbook's data_type).")});
    out.append({u"jsonl-mixed-shapes"_s, Severity::Error, u"finetuner"_s, {},
                tr("Prompt/completion lines and chat lines in one file.")});
    out.append({u"jsonl-unknown-shape"_s, Severity::Error, u"finetuner"_s, {},
                tr("No line has prompt/completion or messages keys.")});
}

void runJsonlChecks(CheckContext &context)
{
    const ParsedDataset &dataset = context.dataset;
    if (dataset.hasBom && context.enabled(u"jsonl-bom"_s)) {
        Issue issue;
        issue.severity = Severity::Error;
        issue.checkId = u"jsonl-bom"_s;
        issue.line = 1;
        issue.text = tr("The file starts with a UTF-8 byte order mark (BOM); Python's json.loads() and many "
                        "trainers reject the first line because of it.");
        issue.fixId = u"strip-bom"_s;
        context.report(issue);
    }

    for (const LineProblem &problem : dataset.problems) {
        Issue issue;
        issue.severity = Severity::Error;
        issue.line = problem.line;
        switch (problem.kind) {
        case LineProblem::Kind::InvalidJson:
            issue.checkId = u"jsonl-invalid-json"_s;
            issue.text = problem.column > 0
                ? tr("The line is not valid JSON (column %1): %2").arg(problem.column).arg(problem.detail)
                : tr("The line is not valid JSON: %1").arg(problem.detail);
            break;
        case LineProblem::Kind::InvalidUtf8: {
            const auto byte = uchar(dataset.bytes().at(problem.offset + problem.column - 1));
            issue.checkId = u"jsonl-invalid-utf8"_s;
            issue.text = tr("Invalid UTF-8 at column %1 (byte 0x%2): JSON Lines must be UTF-8; is the file in "
                            "another encoding?")
                             .arg(problem.column)
                             .arg(byte, 2, 16, QLatin1Char('0'));
            break;
        }
        case LineProblem::Kind::Truncated:
            issue.checkId = u"jsonl-truncated"_s;
            issue.text = tr("The last line stops in the middle of a JSON value and has no line break: the file "
                            "looks cut off.");
            break;
        case LineProblem::Kind::TooLarge:
            issue.checkId = u"jsonl-line-too-large"_s;
            issue.text = tr("The line is %1 long, far more than any example can be; it was not read.")
                             .arg(QLocale::c().formattedDataSize(problem.length));
            break;
        case LineProblem::Kind::Blank:
            issue.severity = Severity::Warning;
            issue.checkId = u"jsonl-blank-line"_s;
            issue.text = tr("Blank line: every line of JSON Lines must be one JSON object.");
            issue.fixId = u"drop-blank-lines"_s;
            break;
        }
        context.report(issue);
    }

    int promptCompletion = 0;
    int chat = 0;
    QStringList keysSeen;
    for (int row = 0; row < dataset.records.size(); ++row) {
        const ParsedRecord &record = dataset.records.at(row);
        switch (record.kind) {
        case ParsedRecord::Kind::NotObject:
            context.reportLine(row, Severity::Error, u"jsonl-not-object"_s,
                               tr("The line is JSON but not an object; each line must be one example, "
                                  "{\"prompt\": …, \"completion\": …} or {\"messages\": […]}."));
            break;
        case ParsedRecord::Kind::PromptCompletion:
            ++promptCompletion;
            break;
        case ParsedRecord::Kind::Chat:
            ++chat;
            break;
        case ParsedRecord::Kind::OtherObject:
            for (const QString &key : record.otherKeys) {
                if (keysSeen.size() < 10 && !keysSeen.contains(key))
                    keysSeen.append(key);
            }
            break;
        }
    }

    if (promptCompletion > 0 && chat > 0 && context.enabled(u"jsonl-mixed-shapes"_s)) {
        Issue issue;
        issue.severity = Severity::Error;
        issue.checkId = u"jsonl-mixed-shapes"_s;
        const bool chatMajority = dataset.shape == ParsedShape::Chat;
        issue.text = tr("The file mixes two shapes (chat lines: %1, prompt/completion lines: %2); a dataset has "
                        "one. The %3 lines are listed and were not checked further.")
                         .arg(chat)
                         .arg(promptCompletion)
                         .arg(chatMajority ? tr("prompt/completion") : tr("chat"));
        issue.lines = dataset.minorityLines;
        issue.affected = int(dataset.minorityLines.size());
        context.report(issue);
    }
    if (dataset.shape == ParsedShape::Unknown && !dataset.records.isEmpty()
        && context.enabled(u"jsonl-unknown-shape"_s)) {
        Issue issue;
        issue.severity = Severity::Error;
        issue.checkId = u"jsonl-unknown-shape"_s;
        issue.text = keysSeen.isEmpty()
            ? tr("No line is a prompt/completion or chat example: none has \"prompt\", \"completion\" or "
                 "\"messages\" keys.")
            : tr("No line is a prompt/completion or chat example: none has \"prompt\", \"completion\" or "
                 "\"messages\" keys (keys seen: %1).")
                  .arg(keysSeen.join(u", "_s));
        issue.affected = int(dataset.records.size());
        for (const ParsedRecord &record : dataset.records)
            issue.lines.append(record.line);
        context.report(issue);
    }
}

} // namespace Finetuner::Core::Checks
