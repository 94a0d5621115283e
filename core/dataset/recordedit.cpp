// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recordedit.h"

#include <core/util/jsonwriter.h>
#include <core/util/outputbuffer.h>

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Finetuner::Core::Dataset", text);
}

// Byte spans in a line already known to be valid JSON, so the scanner only needs to find ends, not to check.
struct Span
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

struct Member
{
    Span key; // with its quotes
    Span value;
};

struct Container
{
    qsizetype open = 0;          // the '{' or '['
    qsizetype close = 0;         // the '}' or ']'
    std::vector<Member> members; // objects
    std::vector<Span> elements;  // lists
};

class Scanner
{
public:
    explicit Scanner(QByteArrayView line)
        : m_line(line)
    {
    }

    qsizetype skipSpace(qsizetype p) const
    {
        while (p < m_line.size() && (m_line[p] == ' ' || m_line[p] == '\t' || m_line[p] == '\r' || m_line[p] == '\n'))
            ++p;
        return p;
    }

    // p at the opening quote; returns the position after the closing one.
    qsizetype skipString(qsizetype p) const
    {
        for (++p; p < m_line.size(); ++p) {
            if (m_line[p] == '\\')
                ++p;
            else if (m_line[p] == '"')
                return p + 1;
        }
        return p;
    }

    qsizetype skipValue(qsizetype p) const
    {
        if (p >= m_line.size())
            return p;
        const char c = m_line[p];
        if (c == '"')
            return skipString(p);
        if (c == '{' || c == '[') {
            int depth = 0;
            while (p < m_line.size()) {
                const char d = m_line[p];
                if (d == '"') {
                    p = skipString(p);
                    continue;
                }
                if (d == '{' || d == '[')
                    ++depth;
                else if ((d == '}' || d == ']') && --depth == 0)
                    return p + 1;
                ++p;
            }
            return p;
        }
        while (p < m_line.size() && !QByteArrayView(",}] \t\r\n").contains(m_line[p]))
            ++p;
        return p;
    }

    // p at '{'.
    Container object(qsizetype p) const
    {
        Container c;
        c.open = p;
        p = skipSpace(p + 1);
        while (p < m_line.size() && m_line[p] == '"') {
            Member m;
            m.key = {p, skipString(p)};
            p = skipSpace(skipSpace(m.key.end) + 1); // past ':'
            m.value = {p, skipValue(p)};
            c.members.push_back(m);
            p = skipSpace(m.value.end);
            if (p < m_line.size() && m_line[p] == ',')
                p = skipSpace(p + 1);
        }
        c.close = p;
        return c;
    }

    // p at '['.
    Container list(qsizetype p) const
    {
        Container c;
        c.open = p;
        p = skipSpace(p + 1);
        while (p < m_line.size() && m_line[p] != ']') {
            const Span element{p, skipValue(p)};
            c.elements.push_back(element);
            p = skipSpace(element.end);
            if (p < m_line.size() && m_line[p] == ',')
                p = skipSpace(p + 1);
        }
        c.close = p;
        return c;
    }

    // The decoded key (keys with escapes go through nlohmann).
    std::string key(const Member &member) const
    {
        const QByteArrayView raw = m_line.sliced(member.key.begin, member.key.end - member.key.begin);
        if (!raw.contains('\\'))
            return std::string(raw.data() + 1, size_t(raw.size() - 2));
        const auto decoded = nlohmann::json::parse(raw.begin(), raw.end(), nullptr, false);
        return decoded.is_string() ? decoded.get<std::string>() : std::string();
    }

    // The last member named @p name, or nullptr.
    const Member *find(const Container &object, const char *name) const
    {
        for (auto it = object.members.rbegin(); it != object.members.rend(); ++it) {
            if (key(*it) == name)
                return &*it;
        }
        return nullptr;
    }

    QByteArrayView text(Span span) const { return m_line.sliced(span.begin, span.end - span.begin); }

private:
    QByteArrayView m_line;
};

// The separators a record uses, so an inserted member looks like its neighbours.
struct Style
{
    QByteArray colon = ": ";
    QByteArray comma = ", ";
};

Style styleOf(const Scanner &scanner, const Container &top)
{
    Style style;
    if (top.members.empty())
        return style;
    const Member &first = top.members.front();
    style.colon = scanner.text({first.key.end, first.value.begin}).toByteArray();
    if (top.members.size() > 1)
        style.comma = scanner.text({first.value.end, top.members[1].key.begin}).toByteArray();
    else
        style.comma = style.colon.endsWith(' ') ? ", " : ",";
    return style;
}

// A lone surrogate (a QString may hold one; UTF-8 cannot) becomes U+FFFD, visibly, rather than Qt's '?'.
QString withoutLoneSurrogates(const QString &text)
{
    if (text.isValidUtf16())
        return text;
    QString clean = text;
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const QChar c = clean.at(i);
        if (c.isHighSurrogate() && i + 1 < clean.size() && clean.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            clean[i] = QChar::ReplacementCharacter;
    }
    return clean;
}

QByteArray encoded(const QString &text)
{
    OutputBuffer out;
    Json::appendString(out, withoutLoneSurrogates(text));
    return out.view().toByteArray();
}

QByteArray spliced(QByteArrayView line, qsizetype begin, qsizetype end, const QByteArray &replacement)
{
    QByteArray result;
    result.reserve(line.size() - (end - begin) + replacement.size());
    result.append(line.first(begin));
    result.append(replacement);
    result.append(line.sliced(end));
    return result;
}

bool isWellFormedKind(QByteArrayView line, RecordKind kind, QString *error)
{
    const RecordCheck check = checkRecord(line);
    if (!check.wellFormed) {
        *error = check.problem;
        return false;
    }
    if (check.kind != kind) {
        *error = tr("the record is not of the expected shape");
        return false;
    }
    return true;
}

std::optional<QByteArray> withPromptCompletionField(QByteArrayView line,
                                                    const char *field,
                                                    const QString &text,
                                                    bool insertFirst)
{
    const Scanner scanner(line);
    const Container top = scanner.object(scanner.skipSpace(0));
    const QByteArray value = encoded(text);
    if (const Member *member = scanner.find(top, field))
        return spliced(line, member->value.begin, member->value.end, value);

    const Style style = styleOf(scanner, top);
    const QByteArray newMember = '"' + QByteArray(field) + '"' + style.colon + value;
    if (top.members.empty())
        return spliced(line, top.open + 1, top.open + 1, newMember);
    if (insertFirst) {
        const qsizetype at = top.members.front().key.begin;
        return spliced(line, at, at, newMember + style.comma);
    }
    const qsizetype at = top.members.back().value.end;
    return spliced(line, at, at, style.comma + newMember);
}

std::optional<QByteArray> withChatCompletion(QByteArrayView line, const QString &text)
{
    const Scanner scanner(line);
    const Container top = scanner.object(scanner.skipSpace(0));
    const Member *messagesMember = scanner.find(top, "messages");
    if (!messagesMember)
        return std::nullopt; // not reached for a well-formed chat record
    const Container messages = scanner.list(messagesMember->value.begin);
    const Style style = styleOf(scanner, top);
    const QByteArray value = encoded(text);

    for (auto it = messages.elements.rbegin(); it != messages.elements.rend(); ++it) {
        const Container message = scanner.object(it->begin);
        const Member *role = scanner.find(message, "role");
        if (!role)
            continue;
        const QByteArrayView roleText = scanner.text(role->value);
        const auto decoded = nlohmann::json::parse(roleText.begin(), roleText.end(), nullptr, false);
        if (!decoded.is_string() || decoded.get_ref<const std::string &>() != "assistant")
            continue;
        if (const Member *content = scanner.find(message, "content"))
            return spliced(line, content->value.begin, content->value.end, value);
        const Style messageStyle = message.members.size() > 1 ? styleOf(scanner, message) : style;
        const qsizetype at = message.members.back().value.end;
        return spliced(line, at, at, messageStyle.comma + "\"content\"" + messageStyle.colon + value);
    }

    const QByteArray assistant = "{\"role\"" + style.colon + "\"assistant\"" + style.comma + "\"content\"" + style.colon
                               + value + '}';
    if (messages.elements.empty())
        return spliced(line, messages.open + 1, messages.open + 1, assistant);
    const qsizetype at = messages.elements.back().end;
    return spliced(line, at, at, style.comma + assistant);
}

} // namespace

std::optional<QByteArray> recordWithCompletion(QByteArrayView line,
                                               RecordKind kind,
                                               const QString &text,
                                               QString *error)
{
    if (!isWellFormedKind(line, kind, error))
        return std::nullopt;
    if (kind == RecordKind::Chat)
        return withChatCompletion(line, text);
    return withPromptCompletionField(line, "completion", text, false);
}

std::optional<QByteArray> recordWithPrompt(QByteArrayView line, RecordKind kind, const QString &text, QString *error)
{
    if (kind != RecordKind::PromptCompletion) {
        *error = tr("a chat record has no prompt to replace: edit its messages");
        return std::nullopt;
    }
    if (!isWellFormedKind(line, kind, error))
        return std::nullopt;
    return withPromptCompletionField(line, "prompt", text, true);
}

} // namespace Finetuner::Core
