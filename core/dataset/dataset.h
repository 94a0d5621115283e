// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/util/diagnostic.h>

#include <QByteArray>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QIODevice;

namespace Finetuner::Core {

enum class DatasetShape {
    PromptCompletion, // {"prompt": "…", "completion": "…", …}
    Chat,             // {"messages": [{"role": "…", "content": "…"}, …], …}
    Mixed,            // both kinds occur: rows of the majority kind are sound, the others broken
    Empty,            // no well-formed record at all
};

/// A JSONL dataset opened for review: the file's bytes once, a small entry per line, and the edited lines.
/// Rows are parsed lazily, when asked for their text. Cheap to copy: copies share the source bytes, and each
/// copy has its own edits. See docs/datasets.md for the shapes and what survives a round trip byte for byte.
///
/// Rows: one per non-blank line, in file order; blank lines (empty, or only spaces, tabs and CR) are not rows and
/// are not written back. Every other line is a row, broken ones included.
class Dataset
{
public:
    Dataset();

    /// Reads a file. No value when it cannot be read (missing, a folder, unreadable) or when it has lines but not
    /// one well-formed record (binary data, CSV, a JSON array...). Otherwise the value, with an error per broken
    /// line (FILE:LINE:COLUMN; the first 200, then a count) and a warning for a file without records.
    static Result<Dataset> read(const QString &path);
    static Result<Dataset> fromBytes(QByteArray bytes, const QString &sourceName);

    /// Exactly the bytes read, BOM and CRLF included: the project store keeps these.
    const QByteArray &sourceBytes() const;
    QString sourcePath() const;

    DatasetShape shape() const;
    /// What rows are held to: the majority kind of the well-formed lines (PromptCompletion or Chat; a tie goes to
    /// the kind of the first well-formed line), or Empty when there are none. Fixed at read time, except that
    /// the first well-formed edit of an Empty dataset sets it.
    DatasetShape recordShape() const;

    int size() const;
    int line(int row) const; // 1-based line in the file
    /// The row's own kind (PromptCompletion or Chat), Empty when it is not a record of either kind.
    DatasetShape rowShape(int row) const;
    /// Not JSON, not an object, not of either kind, a key of the wrong type, or not of recordShape().
    bool isBroken(int row) const;
    int brokenCount() const;
    /// Why the row is broken, translated ("not valid JSON at column 17: …"); empty for a sound row.
    QString problem(int row) const;
    int problemColumn(int row) const; // 1-based byte column of a syntax error, -1 otherwise

    QByteArray record(int row) const; // current bytes (edited or original), without the line end
    bool isEdited(int row) const;

    QString prompt(int row) const;     // p/c: "prompt"; chat: the turns before the last assistant message,
                                       // "system: …\nuser: …"
    QString completion(int row) const; // p/c: "completion"; chat: the last assistant message's text
    QString roles(int row) const;      // chat: "system, user, assistant"; p/c: empty

    /// The row's bytes with the completion replaced (chat: the last assistant message's content; with none, an
    /// assistant message is appended; a list of content parts becomes a string). Only that value's bytes change:
    /// every other key keeps its bytes and place. An error for a broken row.
    Result<QByteArray> withCompletion(int row, const QString &text) const;
    /// The same for "prompt": prompt/completion rows only.
    Result<QByteArray> withPrompt(int row, const QString &text) const;

    /// An edit; re-checks whether the row is broken. Bytes equal to the original are a revert. False (and no
    /// change) when @p bytes hold a line break (the line would become two) or @p row is out of range.
    bool setRecord(int row, const QByteArray &bytes);
    void revertRecord(int row);

    /// Edited rows and their bytes, ascending by row, for the project store; setEdits() restores them on open
    /// (replacing any edits). False when an entry could not be applied (its row out of range, or a line break):
    /// then the others are applied.
    std::vector<std::pair<int, QByteArray>> edits() const;
    bool setEdits(const std::vector<std::pair<int, QByteArray>> &edits);

    /// Writes the rows for which keep(row) is true, one line each with "\n", in the original order: unedited rows
    /// as their original bytes, broken ones too. False when the device refuses a write.
    bool write(QIODevice &device, const std::function<bool(int row)> &keep) const;
    bool write(QIODevice &device) const; // all rows

private:
    struct Edit
    {
        QByteArray bytes;
        quint8 kind = 0; // RecordKind
        bool wellFormed = false;
    };
    struct Data;

    bool broken(quint8 kind, bool wellFormed) const;
    std::pair<QString, int> problemAndColumn(int row) const;
    bool inRange(int row) const;

    std::shared_ptr<const Data> d;
    QMap<int, Edit> m_edits;
    quint8 m_recordShape = 0; // the RecordKind rows are held to; None for an Empty dataset
    int m_brokenCount = 0;
};

} // namespace Finetuner::Core
