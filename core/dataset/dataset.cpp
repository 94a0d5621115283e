// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dataset.h"

#include <core/dataset/recordcheck.h>
#include <core/dataset/recordedit.h>
#include <core/dataset/recordtext.h>
#include <core/util/filereader.h>
#include <core/util/jsonwriter.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstring>
#include <limits>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Finetuner::Core::Dataset", text);
}

constexpr int MaxLineDiagnostics = 200; // a binary file must not produce a million diagnostics

struct Row
{
    qsizetype begin;  // in the source bytes
    qsizetype length; // without the line end ("\n", or "\r\n")
    int line;         // 1-based
    quint8 kind;      // RecordKind
    bool wellFormed;
};

bool isBlank(const char *p, qsizetype length)
{
    for (qsizetype i = 0; i < length; ++i) {
        if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r')
            return false;
    }
    return true;
}

DatasetShape shapeOf(quint8 kind)
{
    switch (RecordKind(kind)) {
    case RecordKind::PromptCompletion:
        return DatasetShape::PromptCompletion;
    case RecordKind::Chat:
        return DatasetShape::Chat;
    case RecordKind::None:
        break;
    }
    return DatasetShape::Empty;
}

QString wrongShape(quint8 kind)
{
    return RecordKind(kind) == RecordKind::Chat ? tr("a chat record in a file of prompt/completion records")
                                                : tr("a prompt/completion record in a file of chat records");
}

Diagnostic diagnostic(
    Diagnostic::Severity severity, const QString &message, const QString &source, int line = -1, int column = -1)
{
    Diagnostic d;
    d.severity = severity;
    d.message = message;
    d.source = source;
    d.line = line;
    d.column = column;
    return d;
}

} // namespace

struct Dataset::Data
{
    QByteArray bytes;
    QString path;
    std::vector<Row> rows;
    DatasetShape shape = DatasetShape::Empty;
};

Dataset::Dataset()
    : d(std::make_shared<Data>())
{
}

Result<Dataset> Dataset::read(const QString &path)
{
    Result<Dataset> result;
    const QFileInfo info(path);
    if (info.isDir()) {
        result.diagnostics.append(
            diagnostic(Diagnostic::Severity::Error, tr("This is a folder, not a dataset file."), path));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.diagnostics.append(
            diagnostic(Diagnostic::Severity::Error, tr("Cannot open the file: %1").arg(file.errorString()), path));
        return result;
    }
    QString error;
    // A copy, not a mapping: the dataset lives as long as the window, and a mapped file truncated meanwhile
    // would crash it.
    std::optional<FileBytes> bytes = readAllBytes(file, ReadMode::Copy, &error);
    if (!bytes) {
        result.diagnostics.append(
            diagnostic(Diagnostic::Severity::Error, tr("Cannot read the file: %1").arg(error), path));
        return result;
    }
    return fromBytes(std::move(bytes->bytes), path);
}

Result<Dataset> Dataset::fromBytes(QByteArray bytes, const QString &sourceName)
{
    auto data = std::make_shared<Data>();
    data->bytes = std::move(bytes);
    data->path = sourceName;

    const char *text = data->bytes.constData();
    const qsizetype size = data->bytes.size();
    qsizetype pos = data->bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;

    // Counting lines first sizes the row table once instead of doubling it (and the peak memory) as it grows.
    qsizetype lines = 1;
    for (const char *p = text + pos; (p = static_cast<const char *>(std::memchr(p, '\n', size_t(text + size - p))));
         ++p)
        ++lines;
    data->rows.reserve(size_t(lines));

    qsizetype counts[3] = {0, 0, 0};
    quint8 firstKind = quint8(RecordKind::None);
    int line = 1;
    while (pos < size) {
        const char *newline = static_cast<const char *>(std::memchr(text + pos, '\n', size_t(size - pos)));
        const qsizetype end = newline ? newline - text : size;
        qsizetype length = end - pos;
        if (length > 0 && text[end - 1] == '\r')
            --length;
        if (!isBlank(text + pos, length)) {
            const RecordCheck check = checkRecord(QByteArrayView(text + pos, length));
            data->rows.push_back({pos, length, line, quint8(check.kind), check.wellFormed});
            if (check.wellFormed) {
                ++counts[int(check.kind)];
                if (firstKind == quint8(RecordKind::None))
                    firstKind = quint8(check.kind);
            }
        }
        pos = end + 1;
        ++line;
        if (line == std::numeric_limits<int>::max())
            break; // not reached by any real file; rows stay addressable by int
    }

    const qsizetype pc = counts[int(RecordKind::PromptCompletion)];
    const qsizetype chat = counts[int(RecordKind::Chat)];
    quint8 recordKind = quint8(RecordKind::None);
    if (pc > chat)
        recordKind = quint8(RecordKind::PromptCompletion);
    else if (chat > pc)
        recordKind = quint8(RecordKind::Chat);
    else
        recordKind = firstKind;
    data->shape = pc && chat ? DatasetShape::Mixed : shapeOf(recordKind);

    Dataset dataset;
    dataset.d = data;
    dataset.m_recordShape = recordKind;
    for (const Row &row : data->rows) {
        if (dataset.broken(row.kind, row.wellFormed))
            ++dataset.m_brokenCount;
    }

    Result<Dataset> result;
    int reported = 0;
    for (int row = 0; row < dataset.size() && dataset.m_brokenCount > 0; ++row) {
        if (!dataset.isBroken(row))
            continue;
        if (reported == MaxLineDiagnostics) {
            result.diagnostics.append(
                diagnostic(Diagnostic::Severity::Error,
                           QCoreApplication::translate("Finetuner::Core::Dataset",
                                                       "%n more broken line(s) not listed",
                                                       nullptr,
                                                       dataset.m_brokenCount - MaxLineDiagnostics),
                           sourceName));
            break;
        }
        const auto [problem, column] = dataset.problemAndColumn(row);
        result.diagnostics.append(
            diagnostic(Diagnostic::Severity::Error, problem, sourceName, dataset.line(row), column));
        ++reported;
    }

    if (data->rows.empty()) {
        result.diagnostics.append(
            diagnostic(Diagnostic::Severity::Warning, tr("The file has no records."), sourceName));
    } else if (recordKind == quint8(RecordKind::None)) {
        const QByteArrayView first = QByteArrayView(text + data->rows.front().begin, data->rows.front().length)
                                         .trimmed();
        const QString why = first.startsWith('[') || first == "{"
                              ? tr("Not a JSON Lines dataset: no line is a prompt/completion or chat record (it looks "
                                   "like one JSON "
                                   "document over several lines; JSON Lines has one record per line).")
                              : tr("Not a JSON Lines dataset: no line is a prompt/completion or chat record.");
        result.diagnostics.prepend(diagnostic(Diagnostic::Severity::Error, why, sourceName));
        return result;
    }
    result.value = std::move(dataset);
    return result;
}

const QByteArray &Dataset::sourceBytes() const
{
    return d->bytes;
}

QString Dataset::sourcePath() const
{
    return d->path;
}

DatasetShape Dataset::shape() const
{
    return d->shape;
}

DatasetShape Dataset::recordShape() const
{
    return shapeOf(m_recordShape);
}

int Dataset::size() const
{
    return int(d->rows.size());
}

// Out of range is not an assertion: setEdits() may be handed rows of a file that changed since.
bool Dataset::inRange(int row) const
{
    return row >= 0 && row < size();
}

int Dataset::line(int row) const
{
    return inRange(row) ? d->rows[size_t(row)].line : -1;
}

bool Dataset::broken(quint8 kind, bool wellFormed) const
{
    return !wellFormed || (m_recordShape != quint8(RecordKind::None) && kind != m_recordShape);
}

DatasetShape Dataset::rowShape(int row) const
{
    if (!inRange(row))
        return DatasetShape::Empty;
    const auto edit = m_edits.constFind(row);
    return shapeOf(edit != m_edits.cend() ? edit->kind : d->rows[size_t(row)].kind);
}

bool Dataset::isBroken(int row) const
{
    if (!inRange(row))
        return true;
    const auto edit = m_edits.constFind(row);
    if (edit != m_edits.cend())
        return broken(edit->kind, edit->wellFormed);
    const Row &r = d->rows[size_t(row)];
    return broken(r.kind, r.wellFormed);
}

int Dataset::brokenCount() const
{
    return m_brokenCount;
}

std::pair<QString, int> Dataset::problemAndColumn(int row) const
{
    if (!isBroken(row) || !inRange(row))
        return {QString(), -1};
    // Problems are worked out again when asked: storing a text per broken line would cost a binary file dearly.
    const RecordCheck check = checkRecord(record(row));
    if (!check.wellFormed)
        return {check.problem, check.column};
    return {wrongShape(quint8(check.kind)), -1};
}

QString Dataset::problem(int row) const
{
    return problemAndColumn(row).first;
}

int Dataset::problemColumn(int row) const
{
    return problemAndColumn(row).second;
}

QByteArray Dataset::record(int row) const
{
    if (!inRange(row))
        return {};
    const auto edit = m_edits.constFind(row);
    if (edit != m_edits.cend())
        return edit->bytes;
    const Row &r = d->rows[size_t(row)];
    // Shares nothing: a raw view would dangle once the Dataset goes, so the line is copied.
    return d->bytes.sliced(r.begin, r.length);
}

bool Dataset::isEdited(int row) const
{
    return m_edits.contains(row);
}

QString Dataset::prompt(int row) const
{
    const DatasetShape kind = rowShape(row);
    if (kind == DatasetShape::Empty)
        return {};
    return recordText(record(row), kind == DatasetShape::Chat ? RecordKind::Chat : RecordKind::PromptCompletion).prompt;
}

QString Dataset::completion(int row) const
{
    const DatasetShape kind = rowShape(row);
    if (kind == DatasetShape::Empty)
        return {};
    return recordText(record(row), kind == DatasetShape::Chat ? RecordKind::Chat : RecordKind::PromptCompletion)
        .completion;
}

QString Dataset::roles(int row) const
{
    if (rowShape(row) != DatasetShape::Chat)
        return {};
    return recordText(record(row), RecordKind::Chat).roles;
}

Result<QByteArray> Dataset::withCompletion(int row, const QString &text) const
{
    Result<QByteArray> result;
    QString error;
    if (!inRange(row)) {
        error = tr("no such row");
    } else if (isBroken(row)) {
        error = tr("the line is broken: %1").arg(problem(row));
    } else {
        const auto kind = RecordKind(rowShape(row) == DatasetShape::Chat ? RecordKind::Chat
                                                                         : RecordKind::PromptCompletion);
        result.value = recordWithCompletion(record(row), kind, text, &error);
    }
    if (!result.value)
        result.diagnostics.append(diagnostic(Diagnostic::Severity::Error, error, d->path, line(row)));
    return result;
}

Result<QByteArray> Dataset::withPrompt(int row, const QString &text) const
{
    Result<QByteArray> result;
    QString error;
    if (!inRange(row)) {
        error = tr("no such row");
    } else if (isBroken(row)) {
        error = tr("the line is broken: %1").arg(problem(row));
    } else {
        const auto kind = RecordKind(rowShape(row) == DatasetShape::Chat ? RecordKind::Chat
                                                                         : RecordKind::PromptCompletion);
        result.value = recordWithPrompt(record(row), kind, text, &error);
    }
    if (!result.value)
        result.diagnostics.append(diagnostic(Diagnostic::Severity::Error, error, d->path, line(row)));
    return result;
}

bool Dataset::setRecord(int row, const QByteArray &bytes)
{
    if (!inRange(row) || bytes.contains('\n') || bytes.contains('\r'))
        return false;
    const Row &original = d->rows[size_t(row)];
    if (QByteArrayView(bytes) == QByteArrayView(d->bytes).sliced(original.begin, original.length)) {
        revertRecord(row);
        return true;
    }
    const bool wasBroken = isBroken(row);
    const RecordCheck check = checkRecord(bytes);
    if (check.wellFormed && m_recordShape == quint8(RecordKind::None))
        m_recordShape = quint8(check.kind);
    m_edits.insert(row, Edit{bytes, quint8(check.kind), check.wellFormed});
    m_brokenCount += int(isBroken(row)) - int(wasBroken);
    return true;
}

void Dataset::revertRecord(int row)
{
    if (!inRange(row) || !m_edits.contains(row))
        return;
    const bool wasBroken = isBroken(row);
    m_edits.remove(row);
    m_brokenCount += int(isBroken(row)) - int(wasBroken);
}

std::vector<std::pair<int, QByteArray>> Dataset::edits() const
{
    std::vector<std::pair<int, QByteArray>> result;
    result.reserve(size_t(m_edits.size()));
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        result.emplace_back(it.key(), it->bytes);
    return result;
}

bool Dataset::setEdits(const std::vector<std::pair<int, QByteArray>> &edits)
{
    const QList<int> rows = m_edits.keys();
    for (int row : rows)
        revertRecord(row);
    bool ok = true;
    for (const auto &[row, bytes] : edits) {
        if (row < 0 || row >= size() || !setRecord(row, bytes))
            ok = false;
    }
    return ok;
}

bool Dataset::write(QIODevice &device, const std::function<bool(int row)> &keep) const
{
    Json::LineWriter writer(device);
    const char *text = d->bytes.constData();
    auto edit = m_edits.cbegin();
    for (int row = 0; row < size(); ++row) {
        while (edit != m_edits.cend() && edit.key() < row)
            ++edit;
        if (keep && !keep(row))
            continue;
        if (edit != m_edits.cend() && edit.key() == row) {
            writer.line().append(QByteArrayView(edit->bytes));
        } else {
            const Row &r = d->rows[size_t(row)];
            writer.line().append(text + r.begin, size_t(r.length));
        }
        writer.endLine();
        if (writer.hasFailed())
            return false;
    }
    return writer.flush();
}

bool Dataset::write(QIODevice &device) const
{
    return write(device, {});
}

} // namespace Finetuner::Core
