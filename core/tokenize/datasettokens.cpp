// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "datasettokens.h"

#include "tokenizer.h"

#include <core/util/utf8.h>

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace Finetuner::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Finetuner::Core::DatasetTokens", text);
}

int countString(const Tokenizer &tokenizer, const std::string &text)
{
    return tokenizer.count(QByteArrayView(text.data(), qsizetype(text.size())));
}

// A message's content: a string, null, or a list of parts of which the text parts count.
std::optional<int> countContent(const Tokenizer &tokenizer, const nlohmann::json &content)
{
    if (content.is_string())
        return countString(tokenizer, content.get_ref<const std::string &>());
    if (content.is_null())
        return 0;
    if (!content.is_array())
        return std::nullopt;
    int n = 0;
    for (const nlohmann::json &part : content) {
        if (!part.is_object())
            return std::nullopt;
        const auto text = part.find("text");
        if (text != part.end() && text->is_string())
            n += countString(tokenizer, text->get_ref<const std::string &>());
    }
    return n;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

std::optional<ExampleTokens> countExampleTokens(const Tokenizer &tokenizer, QByteArrayView jsonLine, QString *error)
{
    const nlohmann::json example = nlohmann::json::parse(jsonLine.begin(), jsonLine.end(), nullptr, false);
    if (example.is_discarded()) {
        *error = tr("not valid JSON");
        return std::nullopt;
    }
    if (!example.is_object()) {
        *error = tr("not a JSON object");
        return std::nullopt;
    }
    ExampleTokens tokens;
    if (const auto messages = example.find("messages"); messages != example.end()) {
        if (!messages->is_array()) {
            *error = tr("“messages” is not a list");
            return std::nullopt;
        }
        tokens.shape = ExampleTokens::Shape::Chat;
        int index = 0;
        for (const nlohmann::json &message : *messages) {
            ++index;
            if (!message.is_object()) {
                *error = tr("message %1 is not an object").arg(index);
                return std::nullopt;
            }
            const auto role = message.find("role");
            if (role == message.end() || !role->is_string()) {
                *error = tr("message %1 has no “role” string").arg(index);
                return std::nullopt;
            }
            tokens.total += 3; // <|start|>{role/name}\n{content}<|end|>\n
            for (auto it = message.begin(); it != message.end(); ++it) {
                int n = 0;
                if (it.key() == "content") {
                    const std::optional<int> content = countContent(tokenizer, it.value());
                    if (!content) {
                        *error = tr("the content of message %1 is neither text nor a list of parts").arg(index);
                        return std::nullopt;
                    }
                    n = *content;
                    const auto weight = message.find("weight");
                    const bool trained = weight == message.end() || !weight->is_number() || weight->get<double>() != 0;
                    if (role->get_ref<const std::string &>() == "assistant" && trained)
                        tokens.assistant += n;
                } else if (it.value().is_string()) {
                    n = countString(tokenizer, it.value().get_ref<const std::string &>());
                }
                tokens.total += n;
                if (it.key() == "name")
                    tokens.total += 1;
            }
            ++tokens.messages;
        }
        tokens.total += 3; // every reply is primed with <|start|>assistant<|message|>
        return tokens;
    }

    const auto prompt = example.find("prompt");
    const auto completion = example.find("completion");
    if (prompt == example.end() && completion == example.end()) {
        *error = tr("neither “messages” nor “prompt” and “completion”");
        return std::nullopt;
    }
    for (const auto &[it, name, count] : {std::tuple{prompt, "prompt", &tokens.prompt},
                                          std::tuple{completion, "completion", &tokens.completion}}) {
        if (it == example.end())
            continue;
        if (!it->is_string()) {
            *error = tr("“%1” is not a string").arg(QLatin1StringView(name));
            return std::nullopt;
        }
        *count = countString(tokenizer, it->get_ref<const std::string &>());
    }
    tokens.total = tokens.prompt + tokens.completion;
    return tokens;
}

bool decodeJsonString(QByteArrayView line, QByteArray &utf8, QString *error)
{
    utf8.clear();
    qsizetype begin = 0;
    qsizetype end = line.size();
    while (begin < end && (line[begin] == ' ' || line[begin] == '\t'))
        ++begin;
    while (end > begin && (line[end - 1] == ' ' || line[end - 1] == '\t' || line[end - 1] == '\r'))
        --end;
    if (end - begin < 2 || line[begin] != '"' || line[end - 1] != '"') {
        *error = tr("not a JSON string");
        return false;
    }
    const char *p = line.data() + begin + 1;
    const char *stop = line.data() + end - 1;
    utf8.reserve(stop - p);
    const auto readHex4 = [&](const char *at) -> int {
        if (stop - at < 4)
            return -1;
        int value = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexValue(at[i]);
            if (digit < 0)
                return -1;
            value = value * 16 + digit;
        }
        return value;
    };
    while (p < stop) {
        const char *plain = p;
        while (p < stop && *p != '\\' && *p != '"' && uchar(*p) >= 0x20)
            ++p;
        utf8.append(plain, p - plain);
        if (p == stop)
            break;
        if (*p != '\\') {
            *error = *p == '"' ? tr("more than one JSON string") : tr("an unescaped control character in the string");
            return false;
        }
        if (++p == stop) {
            *error = tr("the string ends in a lone backslash");
            return false;
        }
        const char escape = *p++;
        switch (escape) {
        case '"': utf8.append('"'); break;
        case '\\': utf8.append('\\'); break;
        case '/': utf8.append('/'); break;
        case 'b': utf8.append('\b'); break;
        case 'f': utf8.append('\f'); break;
        case 'n': utf8.append('\n'); break;
        case 'r': utf8.append('\r'); break;
        case 't': utf8.append('\t'); break;
        case 'u': {
            const int unit = readHex4(p);
            if (unit < 0) {
                *error = tr("a \\u escape without four hex digits");
                return false;
            }
            p += 4;
            char32_t c = char32_t(unit);
            if (unit >= 0xD800 && unit < 0xDC00 && stop - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                const int low = readHex4(p + 2);
                if (low >= 0xDC00 && low < 0xE000) {
                    c = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
                    p += 6;
                }
            }
            if (c >= 0xD800 && c < 0xE000)
                c = 0xFFFD;
            Utf8::append(utf8, c);
            break;
        }
        default:
            *error = tr("an unknown escape \\%1").arg(QLatin1Char(escape));
            return false;
        }
    }
    return true;
}

} // namespace Finetuner::Core
