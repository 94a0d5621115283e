// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clicontext.h"

#include <core/tokenize/datasettokens.h>
#include <core/tokenize/tokenizer.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace Finetuner::Cli {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Finetuner::Cli", text);
}

// Output in large blocks: a million lines of counts should cost a few writes, not a million.
class Output
{
public:
    ~Output() { flush(); }
    void append(const QByteArray &bytes)
    {
        m_buffer += bytes;
        if (m_buffer.size() > (1 << 16))
            flush();
    }
    bool flush()
    {
        const bool ok = std::fwrite(m_buffer.constData(), 1, size_t(m_buffer.size()), stdout) == size_t(m_buffer.size());
        m_buffer.clear();
        return ok && std::fflush(stdout) == 0;
    }

private:
    QByteArray m_buffer;
};

QByteArray number(qint64 n)
{
    return QByteArray::number(n);
}

} // namespace

int runTokens(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Count tokens as OpenAI's tokenizers do. For a JSONL dataset (prompt/completion or chat \"messages\" lines),\n"
        "prints one JSON object per example and a last line with the totals; with --strings, each line of FILE is\n"
        "one JSON string and each output line its token count (null for a line that is not one)."));
    parser.addPositionalArgument(u"FILE"_s, tr("The JSONL file."));
    parser.addOption({u"encoding"_s, tr("o200k_base (default: GPT-4o, GPT-4.1 and later) or cl100k_base (GPT-4, "
                                        "GPT-3.5)."),
                      u"NAME"_s, u"o200k_base"_s});
    parser.addOption({u"strings"_s, tr("Each line of FILE is one JSON string; print its token count.")});
    if (const int exit = parseArguments(parser, arguments); exit >= 0)
        return exit;
    if (parser.positionalArguments().size() != 1) {
        printError(tr("tokens takes exactly one FILE"));
        return UnusableInput;
    }
    const std::optional<Core::Encoding> encoding = Core::encodingFromName(parser.value(u"encoding"_s));
    if (!encoding) {
        printError(tr("unknown encoding “%1”; use o200k_base or cl100k_base").arg(parser.value(u"encoding"_s)));
        return UnusableInput;
    }
    QString error;
    const Core::Tokenizer *tokenizer = Core::Tokenizer::get(*encoding, &error);
    if (!tokenizer) {
        printError(error);
        return UnusableInput;
    }

    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printDiagnostics({{Core::Diagnostic::Severity::Error, tr("cannot read the file: %1").arg(file.errorString()),
                           path}});
        return UnusableInput;
    }
    QByteArray contents;
    QByteArrayView bytes;
    if (const uchar *mapped = file.size() > 0 ? file.map(0, file.size()) : nullptr) {
        bytes = QByteArrayView(mapped, file.size());
    } else {
        contents = file.readAll();
        bytes = contents;
    }

    const bool strings = parser.isSet(u"strings"_s);
    Output out;
    Core::Diagnostics problems;
    const auto problem = [&](int line, const QString &message) {
        problems.append({Core::Diagnostic::Severity::Error, message, path, line});
    };
    qint64 examples = 0, prompt = 0, completion = 0, assistant = 0, total = 0;
    QByteArray text;
    int lineNumber = 0;
    for (qsizetype position = 0; position < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', position);
        if (end < 0)
            end = bytes.size();
        QByteArrayView line = bytes.sliced(position, end - position);
        position = end + 1;
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);

        if (strings) {
            if (!Core::decodeJsonString(line, text, &error)) {
                problem(lineNumber, error);
                out.append("null\n");
                continue;
            }
            out.append(number(tokenizer->count(QByteArrayView(text))) + '\n');
            continue;
        }

        if (line.trimmed().isEmpty())
            continue; // a blank line is no example, as JSONL readers take it
        const std::optional<Core::ExampleTokens> tokens = Core::countExampleTokens(*tokenizer, line, &error);
        if (!tokens) {
            problem(lineNumber, error);
            continue;
        }
        ++examples;
        total += tokens->total;
        if (tokens->shape == Core::ExampleTokens::Shape::Chat) {
            assistant += tokens->assistant;
            out.append("{\"line\": " + number(lineNumber) + ", \"messages\": " + number(tokens->messages)
                       + ", \"assistant\": " + number(tokens->assistant) + ", \"total\": " + number(tokens->total)
                       + "}\n");
        } else {
            prompt += tokens->prompt;
            completion += tokens->completion;
            out.append("{\"line\": " + number(lineNumber) + ", \"prompt\": " + number(tokens->prompt)
                       + ", \"completion\": " + number(tokens->completion) + ", \"total\": " + number(tokens->total)
                       + "}\n");
        }
    }
    if (!strings) {
        out.append("{\"examples\": " + number(examples) + ", \"errors\": " + number(problems.size())
                   + ", \"prompt\": " + number(prompt) + ", \"completion\": " + number(completion)
                   + ", \"assistant\": " + number(assistant) + ", \"total\": " + number(total) + "}\n");
    }
    if (!out.flush()) {
        printError(tr("cannot write to standard output"));
        return UnusableInput;
    }
    printDiagnostics(problems);
    if (!problems.isEmpty()) {
        printError(tr("lines that could not be counted: %1").arg(problems.size()));
        return ValidationFailed;
    }
    return Success;
}

} // namespace Finetuner::Cli
