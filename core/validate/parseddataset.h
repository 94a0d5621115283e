// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/util/filereader.h>

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace Finetuner::Core {

/// The JSON type of a value as a record held it; Missing when the key was absent.
enum class ParsedType : quint8 { Missing, Null, Boolean, Number, String, Array, Object };

/// One element of a chat record's "messages" list, as far as the checks need it.
struct ParsedMessage
{
    bool isObject = true;                // false: the element was a string, number, list…
    ParsedType valueType = ParsedType::Object; // the element's own type
    ParsedType roleType = ParsedType::Missing;
    ParsedType contentType = ParsedType::Missing;
    ParsedType nameType = ParsedType::Missing;
    bool hasFunctionCall = false;        // "function_call" or "tool_calls"
    bool hasWeight = false;
    bool hasToolCallId = false;
    QString role;                        // set when roleType is String
    QString content;                     // set when contentType is String
    QString name;                        // set when nameType is String
    QStringList unknownKeys;             // keys other than the recognised ones, in file order
};

/// One line of a JSONL dataset that is a JSON value.
struct ParsedRecord
{
    enum class Kind : quint8 {
        PromptCompletion, // an object with a "prompt" or "completion" key (any case)
        Chat,             // an object with a "messages" key (any case)
        OtherObject,      // an object with neither
        NotObject,        // a JSON array, string, number…
    };

    Kind kind = Kind::OtherObject;
    int line = 0;          // 1-based
    qsizetype offset = 0;  // the line's bytes in ParsedDataset::bytes(), without its line break
    qsizetype length = 0;

    ParsedType promptType = ParsedType::Missing;
    ParsedType completionType = ParsedType::Missing;
    QString prompt;        // set when promptType is String
    QString completion;    // set when completionType is String
    ParsedType messagesType = ParsedType::Missing;
    QList<ParsedMessage> messages;

    /// Keys written in another case than the format wants ("Prompt"), or empty.
    QString promptKey;
    QString completionKey;
    QString messagesKey;
    /// Top-level keys other than prompt, completion and messages, in file order.
    QStringList otherKeys;
};

/// A line that could not be read as a record.
struct LineProblem
{
    enum class Kind : quint8 {
        InvalidJson, // not one JSON value (or nested too deeply to be a dataset record)
        InvalidUtf8,
        Truncated,   // the last line ends inside a JSON value and has no line break: a cut-off file
        TooLarge,    // longer than DatasetReadOptions::maxLineBytes; not parsed
        Blank,       // empty or only whitespace
    };

    Kind kind = Kind::InvalidJson;
    int line = 0;
    int column = -1;      // 1-based byte column, -1 when not known
    QString detail;       // the parser's words, for InvalidJson
    qsizetype offset = 0; // the line's bytes, kept as they are when fixes are written
    qsizetype length = 0;
};

/// The shape a dataset's lines have.
enum class ParsedShape : quint8 {
    Unknown,          // no line is prompt/completion or chat
    PromptCompletion, // {"prompt": …, "completion": …}
    Chat,             // {"messages": [{"role": …, "content": …}, …]}
};

/// A JSONL dataset as read from a file: its records and the lines that are not records, both in file order.
/// The file's bytes are kept (shared), so fixes can copy untouched lines byte for byte.
struct ParsedDataset
{
    QString source;              // the path, for messages
    QList<ParsedRecord> records;
    QList<LineProblem> problems;
    bool hasBom = false;         // the file starts with a UTF-8 byte order mark
    bool endsWithNewline = true;
    int lineCount = 0;
    /// The majority shape; when records of both shapes are present the minority's are in minorityLines.
    ParsedShape shape = ParsedShape::Unknown;
    QList<int> minorityLines;

    FileBytes file; // the whole file, BOM included; offsets point into it

    QByteArrayView bytes() const { return file.bytes; }
    QByteArrayView lineBytes(qsizetype offset, qsizetype length) const { return bytes().sliced(offset, length); }
    QByteArrayView lineBytes(const ParsedRecord &record) const { return lineBytes(record.offset, record.length); }

    /// True when @p record has the dataset's shape (and is not one of a mixed file's minority).
    bool hasMajorityShape(const ParsedRecord &record) const;
};

QString shapeName(ParsedShape shape);

} // namespace Finetuner::Core
