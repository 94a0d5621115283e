// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recordcheck.h"

#include <core/util/utf8.h>

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

namespace {

using NJson = nlohmann::json;

QString tr(const char *text)
{
    return QCoreApplication::translate("Finetuner::Core::Dataset", text);
}

// Where a container or value sits, for the few places the shapes care about.
enum class Place : quint8 {
    Top,      // the record itself
    Other,    // anything the shapes do not look into
    Messages, // the "messages" list
    Message,  // one element of it
    Content,  // a message's "content" list
};

enum class TopKey : quint8 { Other, Prompt, Completion, Messages };
enum class MessageKey : quint8 { Other, Role, Content };

struct Frame
{
    Place place = Place::Other;
    quint8 key = 0;       // TopKey or MessageKey of the member being read, for object frames
    bool sawRole = false; // Message frames
    int index = 0;        // Messages and Content frames: elements seen so far
};

// The frames a record's shape looks into: record, messages, message, content. A fixed array, because a million
// lines must not cost a million allocations.
class FrameStack
{
public:
    bool empty() const { return m_size == 0; }
    Frame &back() { return m_frames[m_size - 1]; }
    const Frame &back() const { return m_frames[m_size - 1]; }
    void push_back(const Frame &frame)
    {
        Q_ASSERT(m_size < m_frames.size()); // childPlace() never nests deeper than content
        m_frames[m_size++] = frame;
    }
    void pop_back() { --m_size; }
    const Frame *begin() const { return m_frames.data(); }
    const Frame *end() const { return m_frames.data() + m_size; }

private:
    std::array<Frame, 4> m_frames{};
    std::size_t m_size = 0;
};

enum class Type : quint8 { Null, Boolean, Number, String, Binary, Object, List };

QString typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return tr("null");
    case Type::Boolean:
        return tr("true or false");
    case Type::Number:
        return tr("a number");
    case Type::String:
        return tr("a string");
    case Type::Binary:
        return tr("binary data");
    case Type::Object:
        return tr("an object");
    case Type::List:
        return tr("a list");
    }
    return {};
}

// A SAX handler that follows the record's structure to its fourth level (record, messages, message, content)
// and only counts the depth of everything else.
class ShapeHandler
{
public:
    using number_integer_t = NJson::number_integer_t;
    using number_unsigned_t = NJson::number_unsigned_t;
    using number_float_t = NJson::number_float_t;
    using string_t = NJson::string_t;
    using binary_t = NJson::binary_t;

    bool null() { return scalar(Type::Null); }
    bool boolean(bool) { return scalar(Type::Boolean); }
    bool number_integer(number_integer_t) { return scalar(Type::Number); }
    bool number_unsigned(number_unsigned_t) { return scalar(Type::Number); }
    bool number_float(number_float_t, const string_t &) { return scalar(Type::Number); }
    bool string(string_t &) { return scalar(Type::String); }
    bool binary(binary_t &) { return scalar(Type::Binary); }

    bool start_object(std::size_t) { return open(Type::Object); }
    bool start_array(std::size_t) { return open(Type::List); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(string_t &name)
    {
        if (m_otherDepth > 0)
            return true;
        Frame &frame = m_stack.back();
        if (frame.place == Place::Top) {
            TopKey key = TopKey::Other;
            if (name == "prompt") {
                key = TopKey::Prompt;
                m_hasPromptCompletion = true;
            } else if (name == "completion") {
                key = TopKey::Completion;
                m_hasPromptCompletion = true;
            } else if (name == "messages") {
                key = TopKey::Messages;
                m_hasMessages = true;
            }
            frame.key = quint8(key);
        } else if (frame.place == Place::Message) {
            MessageKey key = MessageKey::Other;
            if (name == "role") {
                key = MessageKey::Role;
                frame.sawRole = true;
            } else if (name == "content") {
                key = MessageKey::Content;
            }
            frame.key = quint8(key);
        }
        return true;
    }

    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &error)
    {
        m_syntaxError = error.what();
        m_errorPosition = position;
        return false;
    }

    std::string m_syntaxError;
    std::size_t m_errorPosition = 0;
    std::optional<Type> m_notObject; // the type of a record that is not an object
    bool m_tooDeep = false;
    bool m_hasPromptCompletion = false;
    bool m_hasMessages = false;
    QString m_problem; // the first structural problem, in document order

private:
    bool open(Type type)
    {
        if (++m_depth > MaxRecordDepth) {
            m_tooDeep = true;
            return false;
        }
        if (m_otherDepth > 0) {
            ++m_otherDepth;
            return true;
        }
        if (m_stack.empty()) {
            if (type == Type::Object) {
                m_stack.push_back({Place::Top});
            } else {
                m_notObject = type;
                ++m_otherDepth;
            }
            return true;
        }
        valueIn(type);
        const Place place = childPlace(type);
        if (place == Place::Other)
            ++m_otherDepth;
        else
            m_stack.push_back({place});
        return true;
    }

    bool close()
    {
        --m_depth;
        if (m_otherDepth > 0) {
            --m_otherDepth;
            return true;
        }
        const Frame frame = m_stack.back();
        m_stack.pop_back();
        if (frame.place == Place::Message && !frame.sawRole)
            fail(tr("message %1 has no \"role\"").arg(messageNumber()));
        return true;
    }

    // The place of a container that opens inside the current frame.
    Place childPlace(Type type) const
    {
        const Frame &frame = m_stack.back();
        switch (frame.place) {
        case Place::Top:
            if (type == Type::List && TopKey(frame.key) == TopKey::Messages)
                return Place::Messages;
            break;
        case Place::Messages:
            if (type == Type::Object)
                return Place::Message;
            break;
        case Place::Message:
            if (type == Type::List && MessageKey(frame.key) == MessageKey::Content)
                return Place::Content;
            break;
        case Place::Content:
        case Place::Other:
            break;
        }
        return Place::Other;
    }

    // A value of @p type appears in the current frame: check it against the shapes.
    void valueIn(Type type)
    {
        Frame &frame = m_stack.back();
        switch (frame.place) {
        case Place::Top:
            switch (TopKey(frame.key)) {
            case TopKey::Prompt:
                if (type != Type::String)
                    fail(tr("\"prompt\" is not a string but %1").arg(typeName(type)));
                break;
            case TopKey::Completion:
                if (type != Type::String)
                    fail(tr("\"completion\" is not a string but %1").arg(typeName(type)));
                break;
            case TopKey::Messages:
                if (type != Type::List)
                    fail(tr("\"messages\" is not a list but %1").arg(typeName(type)));
                break;
            case TopKey::Other:
                break;
            }
            break;
        case Place::Messages:
            ++frame.index;
            if (type != Type::Object)
                fail(tr("message %1 is not an object but %2").arg(frame.index).arg(typeName(type)));
            break;
        case Place::Message:
            if (MessageKey(frame.key) == MessageKey::Role && type != Type::String)
                fail(tr("\"role\" of message %1 is not a string but %2").arg(messageNumber()).arg(typeName(type)));
            else if (MessageKey(frame.key) == MessageKey::Content && type != Type::String && type != Type::Null
                     && type != Type::List)
                fail(tr("\"content\" of message %1 is not a string or a list of parts but %2")
                         .arg(messageNumber())
                         .arg(typeName(type)));
            break;
        case Place::Content:
            ++frame.index;
            if (type != Type::Object)
                fail(tr("part %1 of the content of message %2 is not an object but %3")
                         .arg(frame.index)
                         .arg(messageNumber())
                         .arg(typeName(type)));
            break;
        case Place::Other:
            break;
        }
    }

    bool scalar(Type type)
    {
        if (m_otherDepth > 0)
            return true;
        if (m_stack.empty())
            m_notObject = type;
        else
            valueIn(type);
        return true;
    }

    int messageNumber() const
    {
        for (const Frame &frame : m_stack) {
            if (frame.place == Place::Messages)
                return frame.index; // there is at most one
        }
        return 0;
    }

    void fail(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
    }

    FrameStack m_stack; // deeper containers only count in m_otherDepth
    int m_depth = 0;
    int m_otherDepth = 0;
};

// nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 17: syntax error while parsing
// value - invalid literal; last read: 'x'" without its prefix, and with the last token cut short: it can be a
// 20 MB string.
QString syntaxDetail(const std::string &what)
{
    std::string_view text(what);
    const auto column = text.find("column ");
    if (column != std::string_view::npos) {
        const auto colon = text.find(": ", column);
        if (colon != std::string_view::npos)
            text.remove_prefix(colon + 2);
    }
    constexpr std::size_t MaxDetail = 160;
    if (text.size() <= MaxDetail)
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    std::size_t cut = MaxDetail;
    while (cut > 0 && (uchar(text[cut]) & 0xC0) == 0x80)
        --cut; // not inside a UTF-8 sequence
    return QString::fromUtf8(text.data(), qsizetype(cut)) + u"…"_s;
}

} // namespace

RecordCheck checkRecord(QByteArrayView line)
{
    ShapeHandler handler;
    const char *begin = line.data();
    const bool parsed = NJson::sax_parse(begin,
                                         begin + line.size(),
                                         &handler,
                                         nlohmann::json::input_format_t::json,
                                         /*strict=*/true);
    RecordCheck check;
    if (handler.m_tooDeep) {
        check.problem = tr("nested deeper than %1 levels").arg(MaxRecordDepth);
        return check;
    }
    if (!parsed) {
        // A byte that is not UTF-8 is reported by nlohmann as an odd token; say what it is.
        const qsizetype invalid = Utf8::firstInvalid(
            line.first(std::min(line.size(), qsizetype(handler.m_errorPosition))));
        if (invalid >= 0) {
            check.column = int(invalid + 1);
            check.problem = tr("not valid UTF-8 at column %1").arg(check.column);
        } else {
            check.column = int(std::max<std::size_t>(handler.m_errorPosition, 1));
            check.problem = tr("not valid JSON at column %1: %2")
                                .arg(check.column)
                                .arg(syntaxDetail(handler.m_syntaxError));
        }
        return check;
    }
    if (handler.m_notObject) {
        check.problem = tr("not a JSON object but %1").arg(typeName(*handler.m_notObject));
        return check;
    }
    if (handler.m_hasMessages && handler.m_hasPromptCompletion) {
        check.problem = tr("has both \"messages\" and \"prompt\" or \"completion\": not clear which shape it is");
        return check;
    }
    if (!handler.m_hasMessages && !handler.m_hasPromptCompletion) {
        check.problem = tr("neither a prompt/completion nor a chat record: no \"prompt\", \"completion\" or "
                           "\"messages\" key");
        return check;
    }
    check.kind = handler.m_hasMessages ? RecordKind::Chat : RecordKind::PromptCompletion;
    check.problem = handler.m_problem;
    check.wellFormed = check.problem.isEmpty();
    return check;
}

} // namespace Finetuner::Core
