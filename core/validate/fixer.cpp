// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fixer.h"

#include <core/util/jsonwriter.h>
#include <core/util/outputbuffer.h>
#include <core/validate/validator.h>

#include <QHash>

#include <nlohmann/json.hpp>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

namespace {

// ordered_json keeps the keys in file order, which a fixed line must.
using OrderedJson = nlohmann::ordered_json;

enum Change : quint16 {
    Drop = 1 << 0,
    LowercaseKeys = 1 << 1,
    StripUnknownKeys = 1 << 2,
    RemovePromptPrefix = 1 << 3,
    RemoveCompletionPrefix = 1 << 4,
    LowercasePrompt = 1 << 5,
    LowercaseCompletion = 1 << 6,
    AddPromptSuffix = 1 << 7,
    AddLeadingSpace = 1 << 8,
    AddStopSequence = 1 << 9,
};

struct Plan
{
    std::vector<quint16> changes; // per line, index = line number
    QString promptSuffix;
    QString stopSequence;
    QString promptPrefix;
    QString completionPrefix;
    bool stripBom = false;
};

quint16 changeFor(const Issue &issue, Plan &plan)
{
    const QString &id = issue.fixId;
    if (id == u"drop-blank-lines"_s || id == u"drop-empty"_s || id == u"drop-duplicates"_s || id == u"drop-long"_s)
        return Drop;
    if (id == u"lowercase-keys"_s)
        return LowercaseKeys;
    if (id == u"strip-unknown-keys"_s)
        return StripUnknownKeys;
    if (id == u"add-prompt-suffix"_s) {
        plan.promptSuffix = issue.fixValue;
        return AddPromptSuffix;
    }
    if (id == u"add-leading-space"_s)
        return AddLeadingSpace;
    if (id == u"add-stop-sequence"_s) {
        plan.stopSequence = issue.fixValue;
        return AddStopSequence;
    }
    if (id == u"remove-prompt-prefix"_s) {
        plan.promptPrefix = issue.fixValue;
        return RemovePromptPrefix;
    }
    if (id == u"remove-completion-prefix"_s) {
        plan.completionPrefix = issue.fixValue;
        return RemoveCompletionPrefix;
    }
    if (id == u"lowercase-text"_s)
        return issue.fixValue == u"completion"_s ? LowercaseCompletion : LowercasePrompt;
    return 0;
}

const char *fixIdOf(Change change)
{
    switch (change) {
    case Drop:
        return nullptr; // several fixes drop; counted by their own ids
    case LowercaseKeys:
        return "lowercase-keys";
    case StripUnknownKeys:
        return "strip-unknown-keys";
    case RemovePromptPrefix:
        return "remove-prompt-prefix";
    case RemoveCompletionPrefix:
        return "remove-completion-prefix";
    case LowercasePrompt:
    case LowercaseCompletion:
        return "lowercase-text";
    case AddPromptSuffix:
        return "add-prompt-suffix";
    case AddLeadingSpace:
        return "add-leading-space";
    case AddStopSequence:
        return "add-stop-sequence";
    }
    return nullptr;
}

bool equalsIgnoringAsciiCase(const std::string &key, std::string_view word)
{
    return key.size() == word.size() && std::equal(key.begin(), key.end(), word.begin(), [](char a, char b) {
               return (a >= 'A' && a <= 'Z' ? char(a - 'A' + 'a') : a) == b;
           });
}

// Python's json.dumps(ensure_ascii=False) with its default separators, which is how Finetuner writes JSONL.
void writeValue(OutputBuffer &out, const OrderedJson &value)
{
    switch (value.type()) {
    case OrderedJson::value_t::object: {
        out.append('{');
        bool first = true;
        for (const auto &[key, member] : value.items()) {
            if (!first)
                out.append(", ");
            first = false;
            Json::appendString(out, QByteArrayView(key.data(), qsizetype(key.size())));
            out.append(": ");
            writeValue(out, member);
        }
        out.append('}');
        break;
    }
    case OrderedJson::value_t::array: {
        out.append('[');
        bool first = true;
        for (const OrderedJson &element : value) {
            if (!first)
                out.append(", ");
            first = false;
            writeValue(out, element);
        }
        out.append(']');
        break;
    }
    case OrderedJson::value_t::string: {
        const std::string &text = value.get_ref<const std::string &>();
        Json::appendString(out, QByteArrayView(text.data(), qsizetype(text.size())));
        break;
    }
    default: {
        const std::string text = value.dump(); // numbers, booleans, null
        out.append(text.data(), text.size());
        break;
    }
    }
}

QString stringOf(const OrderedJson &value)
{
    const std::string &text = value.get_ref<const std::string &>();
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

void setString(OrderedJson &value, const QString &text)
{
    value = text.toStdString();
}

bool isRecognisedMessageKey(const std::string &key)
{
    for (const char *known : {"role", "content", "name", "function_call", "tool_calls", "weight", "tool_call_id"}) {
        if (key == known)
            return true;
    }
    return false;
}

/// Rewrites one record; false when it is not what the checks saw (which cannot happen for a line they read).
bool rewrite(OrderedJson &record, quint16 changes, const Plan &plan)
{
    if (!record.is_object())
        return false;
    if (changes & LowercaseKeys) {
        OrderedJson renamed = OrderedJson::object();
        for (auto &[key, member] : record.items()) {
            std::string name = key;
            for (std::string_view word : {"prompt", "completion", "messages"}) {
                if (equalsIgnoringAsciiCase(key, word) && !record.contains(std::string(word)))
                    name = std::string(word);
            }
            renamed[name] = std::move(member);
        }
        record = std::move(renamed);
    }
    const bool chat = record.contains("messages");
    if (changes & StripUnknownKeys) {
        if (chat) {
            OrderedJson &messages = record["messages"];
            if (messages.is_array()) {
                for (OrderedJson &message : messages) {
                    if (!message.is_object())
                        continue;
                    OrderedJson kept = OrderedJson::object();
                    for (auto &[key, member] : message.items()) {
                        if (isRecognisedMessageKey(key))
                            kept[key] = std::move(member);
                    }
                    message = std::move(kept);
                }
            }
        } else {
            OrderedJson kept = OrderedJson::object();
            for (auto &[key, member] : record.items()) {
                if (key == "prompt" || key == "completion")
                    kept[key] = std::move(member);
            }
            record = std::move(kept);
        }
    }
    if (chat)
        return true;

    const auto prompt = record.find("prompt");
    const auto completion = record.find("completion");
    if (prompt != record.end() && prompt->is_string()) {
        QString text = stringOf(*prompt);
        if ((changes & RemovePromptPrefix) && text.startsWith(plan.promptPrefix))
            text.remove(0, plan.promptPrefix.size());
        if (changes & LowercasePrompt)
            text = text.toLower();
        if (changes & AddPromptSuffix)
            text += plan.promptSuffix;
        setString(*prompt, text);
    }
    if (completion != record.end() && completion->is_string()) {
        QString text = stringOf(*completion);
        if ((changes & RemoveCompletionPrefix) && text.startsWith(plan.completionPrefix)) {
            text.remove(0, plan.completionPrefix.size());
            // prepare_data kept a single leading space when the prefix had one, for the tokenization.
            if (!plan.completionPrefix.isEmpty() && plan.completionPrefix.front().isSpace()
                && (text.isEmpty() || !text.front().isSpace()))
                text.prepend(plan.completionPrefix.front());
        }
        if (changes & LowercaseCompletion)
            text = text.toLower();
        if ((changes & AddLeadingSpace) && (text.isEmpty() || !text.front().isSpace()))
            text.prepend(u' ');
        if (changes & AddStopSequence)
            text += plan.stopSequence;
        setString(*completion, text);
    }
    return true;
}

QByteArrayView lineBreakAfter(const ParsedDataset &dataset, qsizetype offset, qsizetype length)
{
    const QByteArrayView bytes = dataset.bytes();
    const qsizetype end = offset + length;
    if (end < bytes.size() && bytes.at(end) == '\r')
        return "\r\n";
    return "\n";
}

} // namespace

QSet<QString> defaultFixes()
{
    QSet<QString> ids;
    for (const FixDescription &fix : Validator::fixes()) {
        if (!fix.optional)
            ids.insert(fix.id);
    }
    return ids;
}

FixResult applyFixes(const ParsedDataset &dataset, const Issues &issues, const QSet<QString> &fixIds)
{
    Plan plan;
    plan.changes.assign(size_t(dataset.lineCount) + 1, 0);
    QHash<QString, QSet<int>> dropsById; // which fix drops a line, for the report
    for (const Issue &issue : issues) {
        if (issue.fixId.isEmpty() || !fixIds.contains(issue.fixId))
            continue;
        if (issue.fixId == u"strip-bom"_s) {
            plan.stripBom = dataset.hasBom;
            continue;
        }
        const quint16 change = changeFor(issue, plan);
        if (change == 0)
            continue;
        const QList<int> lines = issue.lines.isEmpty() && issue.line > 0 ? QList<int>{issue.line} : issue.lines;
        for (const int line : lines) {
            if (line <= 0 || line > dataset.lineCount)
                continue;
            plan.changes[size_t(line)] |= change;
            if (change == Drop)
                dropsById[issue.fixId].insert(line);
        }
    }

    FixResult result;
    QHash<QString, int> counts;
    OutputBuffer out;
    out.reserve(size_t(dataset.bytes().size()) + 1024);
    if (dataset.hasBom && !plan.stripBom)
        out.append("\xEF\xBB\xBF");
    if (plan.stripBom)
        counts[u"strip-bom"_s] = 1;

    auto copyLine = [&](qsizetype offset, qsizetype length) {
        out.append(dataset.lineBytes(offset, length));
        out.append(lineBreakAfter(dataset, offset, length));
    };

    qsizetype r = 0;
    qsizetype p = 0;
    const auto &records = dataset.records;
    const auto &problems = dataset.problems;
    while (r < records.size() || p < problems.size()) {
        const bool takeRecord =
            p == problems.size() || (r < records.size() && records.at(r).line < problems.at(p).line);
        if (!takeRecord) {
            const LineProblem &problem = problems.at(p++);
            if (plan.changes[size_t(problem.line)] & Drop) {
                ++result.droppedLines;
                continue;
            }
            if (problem.kind != LineProblem::Kind::Blank)
                result.unreadableKept.append(problem.line);
            copyLine(problem.offset, problem.length);
            continue;
        }
        const ParsedRecord &record = records.at(r++);
        const quint16 changes = plan.changes[size_t(record.line)];
        if (changes & Drop) {
            ++result.droppedLines;
            continue;
        }
        if (changes == 0) {
            copyLine(record.offset, record.length);
            continue;
        }
        const QByteArrayView bytes = dataset.lineBytes(record);
        bool rewritten = false;
        try {
            OrderedJson json = OrderedJson::parse(bytes.begin(), bytes.end());
            if (rewrite(json, changes, plan)) {
                writeValue(out, json);
                out.append(lineBreakAfter(dataset, record.offset, record.length));
                rewritten = true;
            }
        } catch (const std::exception &) {
            // The reader parsed this line already; should nlohmann still refuse it, it stays as it was.
            rewritten = false;
        }
        if (!rewritten) {
            copyLine(record.offset, record.length);
            continue;
        }
        ++result.rewrittenLines;
        for (quint16 bit = LowercaseKeys; bit <= AddStopSequence; bit <<= 1) {
            if (changes & bit)
                ++counts[QString::fromLatin1(fixIdOf(Change(bit)))];
        }
    }
    // A line two fixes would drop counts for the first of them in Validator::fixes() order.
    QSet<int> attributed;
    for (const FixDescription &fix : Validator::fixes()) {
        for (const int line : dropsById.value(fix.id)) {
            if (!attributed.contains(line)) {
                attributed.insert(line);
                ++counts[fix.id];
            }
        }
    }

    for (const FixDescription &fix : Validator::fixes()) {
        if (counts.value(fix.id) > 0)
            result.applied.append({fix.id, counts.value(fix.id)});
    }
    result.jsonl = QByteArray(out.data(), qsizetype(out.size()));
    return result;
}

} // namespace Finetuner::Core
