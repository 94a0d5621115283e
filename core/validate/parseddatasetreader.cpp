// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parseddatasetreader.h"

#include <core/util/utf8.h>

#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>

#include <cstring>
#include <string_view>
#include <thread>
#include <vector>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

namespace {

using json = nlohmann::json;

// Binary files show a NUL early; a JSONL text never holds one outside an escape.
constexpr qsizetype BinaryProbeBytes = 64 * 1024;
// No dataset record nests this deep; the limit keeps a hostile "[[[[…" line from costing anything later.
constexpr size_t MaxDepth = 200;
// The parser quotes what it last read; a cut-off 10 MB string must not become a 10 MB message.
constexpr qsizetype MaxDetailChars = 160;
// Below this a second thread costs more than it saves.
constexpr qsizetype ParallelBytes = 4 * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("Finetuner::Core::ParsedDataset", text);
}

bool equalsIgnoringAsciiCase(const std::string &key, std::string_view word)
{
    if (key.size() != word.size())
        return false;
    for (size_t i = 0; i < word.size(); ++i) {
        char c = key[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != word[i])
            return false;
    }
    return true;
}

QString fromUtf8(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// A million messages name a handful of roles: shared strings instead of a million allocations.
QString role(const std::string &s)
{
    static const QString known[] = {u"system"_s, u"user"_s, u"assistant"_s, u"tool"_s};
    for (const QString &k : known) {
        if (k.size() == qsizetype(s.size()) && QLatin1StringView(s.data(), qsizetype(s.size())) == k)
            return k;
    }
    return fromUtf8(s);
}

/// Builds a ParsedRecord from nlohmann's SAX events, without a DOM: a million lines parse at the speed of the
/// tokenizer, and only the values the checks look at become QStrings.
class RecordHandler
{
public:
    /// Starts on a new record; the handler is reused line after line so its stack is allocated once.
    void reset(ParsedRecord *record)
    {
        m_record = record;
        m_frames.clear();
        m_topSlot = TopSlot::Other;
        m_messageSlot = MessageSlot::Other;
        m_notObject = m_hasPrompt = m_hasCompletion = m_hasMessages = m_tooDeep = false;
        m_errorPosition = -1;
        m_errorText.clear();
    }

    bool null() { return scalar(ParsedType::Null, nullptr); }
    bool boolean(bool) { return scalar(ParsedType::Boolean, nullptr); }
    bool number_integer(json::number_integer_t) { return scalar(ParsedType::Number, nullptr); }
    bool number_unsigned(json::number_unsigned_t) { return scalar(ParsedType::Number, nullptr); }
    bool number_float(json::number_float_t, const json::string_t &) { return scalar(ParsedType::Number, nullptr); }
    bool string(json::string_t &value) { return scalar(ParsedType::String, &value); }
    bool binary(json::binary_t &) { return scalar(ParsedType::Null, nullptr); } // not produced by JSON text
    bool start_object(std::size_t) { return open(ParsedType::Object); }
    bool start_array(std::size_t) { return open(ParsedType::Array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(json::string_t &key)
    {
        if (m_frames.back() == Frame::Top)
            topKey(key);
        else if (m_frames.back() == Frame::Message)
            messageKey(key);
        return true;
    }

    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &error)
    {
        m_errorPosition = qsizetype(position);
        m_errorText = QString::fromUtf8(error.what());
        return false;
    }

    void setError(const QString &text) { m_errorText = text; }
    bool tooDeep() const { return m_tooDeep; }
    qsizetype errorPosition() const { return m_errorPosition; }
    const QString &errorText() const { return m_errorText; }

    void finish()
    {
        if (m_notObject)
            m_record->kind = ParsedRecord::Kind::NotObject;
        else if (m_hasMessages)
            m_record->kind = ParsedRecord::Kind::Chat;
        else if (m_hasPrompt || m_hasCompletion)
            m_record->kind = ParsedRecord::Kind::PromptCompletion;
        else
            m_record->kind = ParsedRecord::Kind::OtherObject;
    }

private:
    enum class Frame : quint8 { Top, Messages, Message, Other };
    enum class TopSlot : quint8 { Prompt, Completion, Messages, Other };
    enum class MessageSlot : quint8 { Role, Content, Name, Other };

    bool scalar(ParsedType type, std::string *value)
    {
        if (m_frames.empty()) {
            m_notObject = true;
            return true;
        }
        switch (m_frames.back()) {
        case Frame::Top:
            setTopValue(type, value);
            break;
        case Frame::Messages:
            appendMessage(type);
            break;
        case Frame::Message:
            setMessageValue(type, value);
            break;
        case Frame::Other:
            break;
        }
        return true;
    }

    bool open(ParsedType type)
    {
        if (m_frames.size() >= MaxDepth) {
            m_tooDeep = true;
            return false;
        }
        Frame frame = Frame::Other;
        if (m_frames.empty()) {
            if (type == ParsedType::Object)
                frame = Frame::Top;
            else
                m_notObject = true;
        } else {
            switch (m_frames.back()) {
            case Frame::Top:
                setTopValue(type, nullptr);
                if (m_topSlot == TopSlot::Messages && type == ParsedType::Array)
                    frame = Frame::Messages;
                break;
            case Frame::Messages:
                appendMessage(type);
                if (type == ParsedType::Object)
                    frame = Frame::Message;
                break;
            case Frame::Message:
                setMessageValue(type, nullptr);
                break;
            case Frame::Other:
                break;
            }
        }
        m_frames.push_back(frame);
        return true;
    }

    void appendMessage(ParsedType type)
    {
        ParsedMessage message;
        message.isObject = type == ParsedType::Object;
        message.valueType = type;
        m_record->messages.append(std::move(message));
    }

    bool close()
    {
        m_frames.pop_back();
        return true;
    }

    // A key in the format's own spelling wins over one in another case ("Prompt"), which is kept only when
    // it is the only spelling, for the key-case check and fix.
    void topKey(const std::string &key)
    {
        struct Known
        {
            std::string_view word;
            TopSlot slot;
            bool *seen;
            QString *spelling;
        };
        const Known known[] = {{"prompt", TopSlot::Prompt, &m_hasPrompt, &m_record->promptKey},
                               {"completion", TopSlot::Completion, &m_hasCompletion, &m_record->completionKey},
                               {"messages", TopSlot::Messages, &m_hasMessages, &m_record->messagesKey}};
        for (const Known &k : known) {
            if (key == k.word) {
                if (!k.spelling->isEmpty()) {
                    m_record->otherKeys.append(*k.spelling);
                    k.spelling->clear();
                }
                *k.seen = true;
                m_topSlot = k.slot;
                return;
            }
            if (!*k.seen && equalsIgnoringAsciiCase(key, k.word)) {
                *k.seen = true;
                *k.spelling = fromUtf8(key);
                m_topSlot = k.slot;
                return;
            }
        }
        m_record->otherKeys.append(fromUtf8(key));
        m_topSlot = TopSlot::Other;
    }

    void messageKey(const std::string &key)
    {
        ParsedMessage &message = m_record->messages.last();
        m_messageSlot = MessageSlot::Other;
        if (key == "role")
            m_messageSlot = MessageSlot::Role;
        else if (key == "content")
            m_messageSlot = MessageSlot::Content;
        else if (key == "name")
            m_messageSlot = MessageSlot::Name;
        else if (key == "function_call" || key == "tool_calls")
            message.hasFunctionCall = true;
        else if (key == "weight")
            message.hasWeight = true;
        else if (key == "tool_call_id")
            message.hasToolCallId = true;
        else
            message.unknownKeys.append(fromUtf8(key));
    }

    void setTopValue(ParsedType type, std::string *value)
    {
        switch (m_topSlot) {
        case TopSlot::Prompt:
            m_record->promptType = type;
            m_record->prompt = value ? fromUtf8(*value) : QString();
            break;
        case TopSlot::Completion:
            m_record->completionType = type;
            m_record->completion = value ? fromUtf8(*value) : QString();
            break;
        case TopSlot::Messages:
            m_record->messagesType = type;
            break;
        case TopSlot::Other:
            break;
        }
    }

    void setMessageValue(ParsedType type, std::string *value)
    {
        ParsedMessage &message = m_record->messages.last();
        switch (m_messageSlot) {
        case MessageSlot::Role:
            message.roleType = type;
            message.role = value ? role(*value) : QString();
            break;
        case MessageSlot::Content:
            message.contentType = type;
            message.content = value ? fromUtf8(*value) : QString();
            break;
        case MessageSlot::Name:
            message.nameType = type;
            message.name = value ? fromUtf8(*value) : QString();
            break;
        case MessageSlot::Other:
            break;
        }
    }

    ParsedRecord *m_record = nullptr;
    std::vector<Frame> m_frames;
    TopSlot m_topSlot = TopSlot::Other;
    MessageSlot m_messageSlot = MessageSlot::Other;
    bool m_notObject = false;
    bool m_hasPrompt = false;
    bool m_hasCompletion = false;
    bool m_hasMessages = false;
    bool m_tooDeep = false;
    qsizetype m_errorPosition = -1;
    QString m_errorText;
};

// "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error while parsing value - …"
// becomes "syntax error while parsing value - …": the line and column are ours to give.
QString parserWords(const QString &what)
{
    QString text = what;
    const qsizetype column = text.indexOf(u"column "_s);
    if (column >= 0) {
        const qsizetype colon = text.indexOf(u": "_s, column);
        if (colon >= 0)
            text = text.mid(colon + 2);
    }
    if (text.size() > MaxDetailChars)
        text = text.left(MaxDetailChars) + u"…"_s;
    return text;
}

bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

struct Chunk
{
    QList<ParsedRecord> records;
    QList<LineProblem> problems;
    int lines = 0;
    bool anyJson = false;
    qsizetype firstJsonError = -1; // index into problems
};

Chunk parseChunk(QByteArrayView bytes, qsizetype pos, qsizetype size, const DatasetReadOptions &options)
{
    Chunk chunk;
    const char *const begin = bytes.data();
    // One allocation for the list instead of twenty doublings with a million moves each.
    qsizetype expected = 0;
    for (const char *p = begin + pos; (p = static_cast<const char *>(std::memchr(p, '\n', size_t(begin + size - p))));
         ++p)
        ++expected;
    chunk.records.reserve(expected + 1);
    RecordHandler handler;
    int line = 0;
    while (pos < size) {
        ++line;
        const auto *newline = static_cast<const char *>(std::memchr(begin + pos, '\n', size_t(size - pos)));
        const qsizetype lineEnd = newline ? newline - begin : size;
        qsizetype contentEnd = lineEnd;
        if (contentEnd > pos && begin[contentEnd - 1] == '\r')
            --contentEnd; // CRLF: JSON allows the \r as whitespace, but it is no part of the record
        const qsizetype length = contentEnd - pos;
        const QByteArrayView text(begin + pos, length);
        const bool lastInFile = !newline && size == bytes.size();

        if (length > options.maxLineBytes) {
            chunk.problems.append({LineProblem::Kind::TooLarge, line, -1, {}, pos, length});
        } else if (std::all_of(text.begin(), text.end(), isJsonWhitespace)) {
            chunk.problems.append({LineProblem::Kind::Blank, line, -1, {}, pos, length});
        } else {
            ParsedRecord record;
            record.line = line;
            record.offset = pos;
            record.length = length;
            handler.reset(&record);
            bool parsed = false;
            try {
                parsed = json::sax_parse(text.begin(), text.end(), &handler, json::input_format_t::json, true, false);
            } catch (const std::exception &e) {
                // sax_parse reports through parse_error(); this is for what it does not promise (bad_alloc).
                parsed = false;
                handler.setError(QString::fromUtf8(e.what()));
            }
            if (parsed) {
                handler.finish();
                chunk.records.append(std::move(record));
                chunk.anyJson = true;
            } else if (handler.tooDeep()) {
                chunk.problems.append({LineProblem::Kind::InvalidJson, line, -1,
                                       tr("nested more than %1 levels deep").arg(MaxDepth), pos, length});
                chunk.anyJson = true;
            } else if (const qsizetype bad = Utf8::firstInvalid(text); bad >= 0) {
                chunk.problems.append({LineProblem::Kind::InvalidUtf8, line, int(bad + 1), {}, pos, length});
            } else if (lastInFile && handler.errorPosition() >= length) {
                chunk.problems.append({LineProblem::Kind::Truncated, line, -1, {}, pos, length});
                chunk.anyJson = true; // a cut-off record is still a record that was meant to be JSON
            } else {
                if (chunk.firstJsonError < 0)
                    chunk.firstJsonError = chunk.problems.size();
                const int column = handler.errorPosition() > 0 ? int(handler.errorPosition()) : -1;
                chunk.problems.append({LineProblem::Kind::InvalidJson, line, column,
                                       parserWords(handler.errorText()), pos, length});
            }
        }
        pos = newline ? lineEnd + 1 : size;
    }
    chunk.lines = line;
    return chunk;
}

Result<ParsedDataset> failure(const QString &source, const QString &message, int line = -1)
{
    Result<ParsedDataset> result;
    result.diagnostics.append({Diagnostic::Severity::Error, message, source, line, -1});
    return result;
}

} // namespace

Result<ParsedDataset> readParsedDataset(const QString &path, const DatasetReadOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, tr("Cannot read the file: %1").arg(file.errorString()));
    QString error;
    std::optional<FileBytes> bytes = readAllBytes(file, options.readMode, &error);
    if (!bytes)
        return failure(path, tr("Cannot read the file: %1").arg(error));
    return parseDatasetBytes(std::move(*bytes), path, options);
}

Result<ParsedDataset> parseDatasetBytes(FileBytes data, const QString &source, const DatasetReadOptions &options)
{
    const QByteArrayView bytes = data.bytes;
    if (bytes.isEmpty())
        return failure(source, tr("The file is empty: there is nothing to validate."));
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        return failure(source, tr("The file is UTF-16; JSON Lines must be UTF-8. Save it as UTF-8 and try again."));
    }
    const qsizetype probe = std::min(bytes.size(), BinaryProbeBytes);
    if (const void *nul = std::memchr(bytes.data(), '\0', size_t(probe))) {
        const qsizetype offset = static_cast<const char *>(nul) - bytes.data();
        const int line = int(std::count(bytes.begin(), bytes.begin() + offset, '\n')) + 1;
        return failure(source, tr("This is a binary file, not JSON Lines (a NUL byte on line %1).").arg(line), line);
    }

    ParsedDataset dataset;
    dataset.source = source;
    dataset.hasBom = bytes.startsWith("\xEF\xBB\xBF");
    dataset.endsWithNewline = bytes.endsWith('\n');

    // Two halves on two threads for big files (the machine has two cores and parsing is the whole cost);
    // each half numbers its lines from 1, the second is renumbered once the first's count is known.
    const qsizetype begin = dataset.hasBom ? 3 : 0;
    qsizetype split = bytes.size();
    if (bytes.size() - begin >= ParallelBytes && std::thread::hardware_concurrency() > 1) {
        const auto *newline = static_cast<const char *>(
            std::memchr(bytes.data() + begin + (bytes.size() - begin) / 2, '\n', size_t((bytes.size() - begin) / 2)));
        if (newline)
            split = newline - bytes.data() + 1;
    }
    Chunk head;
    Chunk tail;
    if (split < bytes.size()) {
        std::thread worker([&] { tail = parseChunk(bytes, split, bytes.size(), options); });
        head = parseChunk(bytes, begin, split, options);
        worker.join();
    } else {
        head = parseChunk(bytes, begin, bytes.size(), options);
    }
    for (ParsedRecord &record : tail.records)
        record.line += head.lines;
    for (LineProblem &problem : tail.problems)
        problem.line += head.lines;
    dataset.lineCount = head.lines + tail.lines;
    dataset.records = std::move(head.records);
    dataset.records.append(std::move(tail.records));
    dataset.problems = std::move(head.problems);
    dataset.problems.append(std::move(tail.problems));
    const bool anyJson = head.anyJson || tail.anyJson;
    const LineProblem *firstJsonError = head.firstJsonError >= 0 ? &dataset.problems.at(head.firstJsonError)
        : tail.firstJsonError >= 0 ? &dataset.problems.at(head.problems.size() + tail.firstJsonError)
                                     : nullptr;

    if (!anyJson) {
        const bool onlyBlank = std::all_of(dataset.problems.cbegin(), dataset.problems.cend(),
                                           [](const LineProblem &p) { return p.kind == LineProblem::Kind::Blank; });
        if (onlyBlank)
            return failure(source, tr("The file holds only blank lines: there is nothing to validate."));
        if (firstJsonError) {
            return failure(source,
                           tr("No line of this file is JSON, so it is not a JSON Lines dataset (line %1: %2).")
                               .arg(firstJsonError->line)
                               .arg(firstJsonError->detail),
                           firstJsonError->line);
        }
        // Only invalid UTF-8 or oversized lines: those are reported line by line, the file is still a dataset.
    }

    int promptCompletion = 0;
    int chat = 0;
    ParsedShape first = ParsedShape::Unknown;
    for (const ParsedRecord &record : std::as_const(dataset.records)) {
        if (record.kind == ParsedRecord::Kind::PromptCompletion) {
            ++promptCompletion;
            if (first == ParsedShape::Unknown)
                first = ParsedShape::PromptCompletion;
        } else if (record.kind == ParsedRecord::Kind::Chat) {
            ++chat;
            if (first == ParsedShape::Unknown)
                first = ParsedShape::Chat;
        }
    }
    dataset.shape = promptCompletion > chat ? ParsedShape::PromptCompletion
        : chat > promptCompletion           ? ParsedShape::Chat
                                            : first;
    if (promptCompletion > 0 && chat > 0) {
        const auto minority = dataset.shape == ParsedShape::Chat ? ParsedRecord::Kind::PromptCompletion
                                                                  : ParsedRecord::Kind::Chat;
        for (const ParsedRecord &record : std::as_const(dataset.records)) {
            if (record.kind == minority)
                dataset.minorityLines.append(record.line);
        }
    }
    dataset.file = std::move(data);

    Result<ParsedDataset> result;
    result.value = std::move(dataset);
    return result;
}

} // namespace Finetuner::Core
