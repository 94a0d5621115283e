// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "projectstore.h"

#include <core/model/conversationbuilder.h>
#include <core/project/projectschema.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <set>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Finetuner::Core::ProjectStore", text);
}

// SQLite's primary result codes, from the low byte of the extended code Qt reports as nativeErrorCode().
enum SqliteCode { SqliteIoErr = 10, SqliteCorrupt = 11, SqliteFull = 13, SqliteCantOpen = 14, SqliteReadOnly = 8,
                  SqliteNotADb = 26 };

QString describe(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (ok) {
        switch (code) {
        case SqliteFull:
            return tr("the disk is full");
        case SqliteReadOnly:
            return tr("the file is read-only");
        case SqliteCantOpen:
            return tr("the file cannot be opened");
        case SqliteNotADb:
            return tr("it is not a Finetuner project");
        case SqliteCorrupt:
            return tr("the file is damaged");
        case SqliteIoErr:
            return tr("reading or writing the disk failed");
        default:
            break;
        }
    }
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.isEmpty() ? tr("unknown error") : text;
}

quint64 checksum(QByteArrayView bytes)
{
    return XXH3_64bits(bytes.data(), size_t(bytes.size()));
}

Diagnostic error(const QString &path, const QString &message)
{
    return {Diagnostic::Severity::Error, message, path, -1, -1};
}

} // namespace

/// One Qt SQL connection of our own, removed with the object (Qt keeps connections by name process-wide).
class ProjectConnection
{
public:
    ProjectConnection(const QString &path, ProjectStore::Mode mode)
        : m_name(u"finetuner-project-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
        , m_path(path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(mode == ProjectStore::Mode::ReadOnly ? u"QSQLITE_OPEN_READONLY"_s : QString());
    }
    ~ProjectConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(ProjectConnection)

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    const QString &path() const { return m_path; }

    bool open(QString *error)
    {
        QSqlDatabase database = db();
        if (!database.open()) {
            *error = describe(database.lastError());
            return false;
        }
        // FULL: a commit has reached the disk when it returns, power cut or not. cell_size_check makes a
        // damaged page an error rather than a wrong read.
        for (const QString &pragma : {u"PRAGMA journal_mode = DELETE"_s, u"PRAGMA synchronous = FULL"_s,
                                      u"PRAGMA cell_size_check = ON"_s}) {
            QSqlQuery query(database);
            if (!query.exec(pragma)) {
                *error = describe(query.lastError());
                return false;
            }
        }
        return true;
    }

    /// Runs @p statement; on failure sets @p error and returns false.
    bool exec(const QString &statement, QString *error)
    {
        QSqlQuery query(db());
        if (!query.exec(statement)) {
            *error = describe(query.lastError());
            return false;
        }
        return true;
    }

    std::optional<QVariant> scalar(const QString &statement, QString *error)
    {
        QSqlQuery query(db());
        query.setForwardOnly(true);
        if (!query.exec(statement)) {
            *error = describe(query.lastError());
            return std::nullopt;
        }
        if (!query.next()) {
            *error = query.lastError().isValid() ? describe(query.lastError()) : tr("a value is missing");
            return std::nullopt;
        }
        return query.value(0);
    }

private:
    QString m_name;
    QString m_path;
};

namespace {

// The writers below run inside a transaction the caller opened; each returns false with *error set.

bool writeBlob(QSqlDatabase db, const QString &name, const QByteArray &bytes, QString *error)
{
    QSqlQuery query(db);
    if (!query.prepare(u"INSERT INTO blobs (name, part, bytes, checksum) VALUES (?, ?, ?, ?)"_s)) {
        *error = describe(query.lastError());
        return false;
    }
    qsizetype offset = 0;
    int part = 0;
    do {
        const qsizetype length = std::min<qsizetype>(ProjectSchema::BlobPartBytes, bytes.size() - offset);
        // fromRawData: the part is bound without a copy of a 64 MB slice.
        const QByteArray slice = QByteArray::fromRawData(bytes.constData() + offset, length);
        query.addBindValue(name);
        query.addBindValue(part);
        query.addBindValue(slice.isEmpty() ? QByteArray("") : slice);
        query.addBindValue(qint64(checksum(slice)));
        if (!query.exec()) {
            *error = describe(query.lastError());
            return false;
        }
        offset += length;
        ++part;
    } while (offset < bytes.size());
    return true;
}

std::optional<QByteArray> readBlob(QSqlDatabase db, const QString &name, qint64 expectedSize, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT part, bytes, checksum FROM blobs WHERE name = ? ORDER BY part"_s);
    query.addBindValue(name);
    if (!query.exec()) {
        *error = describe(query.lastError());
        return std::nullopt;
    }
    if (expectedSize < 0 || expectedSize > std::numeric_limits<qsizetype>::max() / 2) {
        *error = tr("the stored size of “%1” is impossible").arg(name);
        return std::nullopt;
    }
    QByteArray bytes;
    bytes.reserve(qsizetype(expectedSize));
    int expectedPart = 0;
    while (query.next()) {
        const QByteArray part = query.value(1).toByteArray();
        if (query.value(0).toInt() != expectedPart || quint64(query.value(2).toLongLong()) != checksum(part)
            || bytes.size() + part.size() > expectedSize) {
            *error = tr("the stored “%1” is damaged (part %2)").arg(name).arg(expectedPart + 1);
            return std::nullopt;
        }
        bytes.append(part);
        ++expectedPart;
    }
    if (query.lastError().isValid()) {
        *error = describe(query.lastError());
        return std::nullopt;
    }
    if (bytes.size() != expectedSize) {
        *error = tr("the stored “%1” is incomplete").arg(name);
        return std::nullopt;
    }
    return bytes;
}

bool writeChunks(QSqlDatabase db, const Project &project, const std::set<int> &chunks, QString *error)
{
    QSqlQuery query(db);
    if (!query.prepare(u"INSERT OR REPLACE INTO row_states (chunk, bits) VALUES (?, ?)"_s)) {
        *error = describe(query.lastError());
        return false;
    }
    const std::vector<quint8> &states = project.rowStates();
    for (const int chunk : chunks) {
        const size_t begin = size_t(chunk) * ProjectSchema::ChunkRows;
        const size_t length = std::min(states.size() - begin, size_t(ProjectSchema::ChunkRows));
        query.addBindValue(chunk);
        query.addBindValue(QByteArray(reinterpret_cast<const char *>(states.data() + begin), qsizetype(length)));
        if (!query.exec()) {
            *error = describe(query.lastError());
            return false;
        }
    }
    return true;
}

/// Rows of a sparse table (completions, dataset edits): @p valueOf gives a row's value, or nothing to delete it.
template <typename ValueOf>
bool writeSparseRows(QSqlDatabase db, const QString &table, const QString &column, const QList<int> &rows,
                     QString *error, ValueOf valueOf)
{
    QSqlQuery put(db);
    QSqlQuery remove(db);
    if (!put.prepare(u"INSERT OR REPLACE INTO %1 (row, %2) VALUES (?, ?)"_s.arg(table, column))
        || !remove.prepare(u"DELETE FROM %1 WHERE row = ?"_s.arg(table))) {
        *error = describe(put.lastError().isValid() ? put.lastError() : remove.lastError());
        return false;
    }
    for (const int row : rows) {
        const std::optional<QVariant> value = valueOf(row);
        QSqlQuery &query = value ? put : remove;
        query.addBindValue(row);
        if (value)
            query.addBindValue(*value);
        if (!query.exec()) {
            *error = describe(query.lastError());
            return false;
        }
    }
    return true;
}

bool writeCompletions(QSqlDatabase db, const Project &project, const QList<int> &rows, QString *error)
{
    return writeSparseRows(db, u"completions"_s, u"text"_s, rows, error, [&](int row) -> std::optional<QVariant> {
        const QString text = project.completion(row);
        return text.isEmpty() ? std::nullopt : std::optional<QVariant>(text);
    });
}

bool writeRecords(QSqlDatabase db, const Dataset &dataset, const QList<int> &rows, QString *error)
{
    return writeSparseRows(db, u"dataset_edits"_s, u"record"_s, rows, error, [&](int row) -> std::optional<QVariant> {
        return dataset.isEdited(row) ? std::optional<QVariant>(dataset.record(row)) : std::nullopt;
    });
}

bool writeAnnotations(QSqlDatabase db, const Project &project, const QList<int> &rows, QString *error)
{
    return writeSparseRows(db, u"annotations"_s, u"data"_s, rows, error, [&](int row) -> std::optional<QVariant> {
        const RowAnnotation annotation = project.annotation(row);
        return annotation.isEmpty() ? std::nullopt : std::optional<QVariant>(annotation.toJson());
    });
}

bool writeSpanOverrides(QSqlDatabase db, const Project &project, const QList<int> &rows, QString *error)
{
    return writeSparseRows(db, u"span_overrides"_s, u"data"_s, rows, error, [&](int row) -> std::optional<QVariant> {
        const SpanOverrides overrides = project.spanOverrides(row);
        return overrides.isEmpty() ? std::nullopt : std::optional<QVariant>(spanOverridesToJson(overrides));
    });
}

QList<int> editedRows(const Dataset &dataset)
{
    QList<int> rows;
    for (const auto &edit : dataset.edits())
        rows.append(edit.first);
    return rows;
}

bool writeParticipants(QSqlDatabase db, const Project &project, QString *error)
{
    QSqlQuery query(db);
    if (!query.prepare(u"INSERT OR REPLACE INTO participants (id, name, role, pseudonym) VALUES (?, ?, ?, ?)"_s)) {
        *error = describe(query.lastError());
        return false;
    }
    const QStringList &names = project.conversation().participants();
    for (int id = 0; id < project.participantCount(); ++id) {
        query.addBindValue(id);
        query.addBindValue(names.at(id));
        query.addBindValue(int(project.participant(id).role));
        query.addBindValue(project.pseudonym(id)); // for readers of older files; the identity map is the truth
        if (!query.exec()) {
            *error = describe(query.lastError());
            return false;
        }
    }
    return true;
}

bool writeKeyValues(QSqlDatabase db, const QString &table, const QVariantMap &values, QString *error)
{
    QSqlQuery query(db);
    if (!query.prepare(u"INSERT OR REPLACE INTO %1 (key, value) VALUES (?, ?)"_s.arg(table))) {
        *error = describe(query.lastError());
        return false;
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        query.addBindValue(it.key());
        query.addBindValue(it.value());
        if (!query.exec()) {
            *error = describe(query.lastError());
            return false;
        }
    }
    return true;
}

QVariantMap labelSchemaValues(const LabelSchema &schema)
{
    return {{u"labels/schema"_s, QString::fromUtf8(schema.toJson())}};
}

QVariantMap anonymizationValues(const Project &project)
{
    return {{u"anonymize/identities"_s, QString::fromUtf8(project.identities().toJson())},
            {u"anonymize/settings"_s, QString::fromUtf8(project.anonymization().toJson())}};
}

QVariantMap exportSettingsValues(const ExportSettings &settings)
{
    return {
        {u"export/includeAuthor"_s, settings.includeAuthor},
        {u"export/promptSuffix"_s, settings.promptSuffix},
        {u"export/completionLeadingSpace"_s, settings.completionLeadingSpace},
        {u"export/stopSequence"_s, settings.stopSequence},
        {u"export/mode"_s, int(settings.examples.mode)},
        {u"export/assistant"_s, settings.examples.assistant},
        {u"export/contextTurns"_s, settings.examples.contextTurns},
        {u"export/contextMinutes"_s, settings.examples.contextMinutes},
        {u"export/systemPrompt"_s, settings.examples.systemPrompt},
        {u"export/trainOnContext"_s, settings.examples.trainOnContext},
        {u"export/format"_s, QString(exportFormatName(settings.format))},
        {u"export/validationRatio"_s, settings.validationRatio},
        {u"export/splitSeed"_s, qint64(settings.splitSeed)},
        {u"export/stratify"_s, settings.stratify},
    };
}

bool writeMeta(QSqlDatabase db, const Project &project, const ConversationParts &parts, QString *error)
{
    QVariantMap meta = {
        {u"kind"_s, project.isDataset() ? u"dataset"_s : u"chat"_s},
        {u"writtenBy"_s, u"Finetuner %1"_s.arg(QCoreApplication::applicationVersion())},
        {u"recordLayout"_s, ConversationParts::RecordLayout},
        {u"rowCount"_s, project.rowCount()},
        {u"messageCount"_s, project.conversation().size()},
        {u"sourcePath"_s, parts.sourcePath},
        {u"formatId"_s, parts.formatId},
        {u"dateOrder"_s, int(parts.dateOrder)},
        {u"dateOrderAssumed"_s, parts.dateOrderAssumed},
        {u"sourceSize"_s, qint64(parts.source.size())},
        {u"arenaSize"_s, qint64(parts.arena.size())},
    };
    if (const Dataset *dataset = project.dataset()) {
        meta.insert(u"sourcePath"_s, dataset->sourcePath());
        meta.insert(u"datasetSize"_s, qint64(dataset->sourceBytes().size()));
    }
    return writeKeyValues(db, u"meta"_s, meta, error);
}

std::optional<QVariantMap> readKeyValues(QSqlDatabase db, const QString &table, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT key, value FROM %1"_s.arg(table))) {
        *error = describe(query.lastError());
        return std::nullopt;
    }
    QVariantMap values;
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1));
    if (query.lastError().isValid()) {
        *error = describe(query.lastError());
        return std::nullopt;
    }
    return values;
}

/// Brings the file from @p from to the current schema, in the caller's transaction.
bool migrate(ProjectConnection &connection, int from, QString *error);

/// A dataset project's dataset: the file's bytes as read, then the stored edits over them.
std::optional<Project> readDataset(QSqlDatabase db, const QVariantMap &meta, QString *error)
{
    std::optional<QByteArray> bytes = readBlob(db, u"dataset"_s, meta.value(u"datasetSize"_s).toLongLong(), error);
    if (!bytes)
        return std::nullopt;
    Result<Dataset> dataset = Dataset::fromBytes(std::move(*bytes), meta.value(u"sourcePath"_s).toString());
    if (!dataset.ok()) {
        *error = tr("the stored dataset does not read");
        return std::nullopt;
    }
    std::vector<std::pair<int, QByteArray>> edits;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT row, record FROM dataset_edits ORDER BY row"_s)) {
        *error = describe(query.lastError());
        return std::nullopt;
    }
    while (query.next())
        edits.emplace_back(query.value(0).toInt(), query.value(1).toByteArray());
    if (query.lastError().isValid()) {
        *error = describe(query.lastError());
        return std::nullopt;
    }
    if (!dataset.value->setEdits(edits)) {
        *error = tr("an edited record belongs to no row");
        return std::nullopt;
    }
    return Project(std::move(*dataset.value));
}

} // namespace

int ProjectStore::schemaVersion()
{
    return int(ProjectSchema::migrations().size());
}

ProjectStore::ProjectStore(std::unique_ptr<ProjectConnection> connection, Mode mode)
    : m_connection(std::move(connection))
    , m_mode(mode)
{
}

ProjectStore::~ProjectStore() = default;

QString ProjectStore::path() const
{
    return m_connection->path();
}

bool ProjectStore::isReadOnly() const
{
    return m_mode == Mode::ReadOnly;
}

QString ProjectStore::errorString() const
{
    return m_error;
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::create(const QString &path, const Project &project)
{
    Result<std::unique_ptr<ProjectStore>> result;
    const QString native = QDir::toNativeSeparators(path);
    auto fail = [&](const QString &why) {
        result.diagnostics.append(error(path, tr("Could not save the project %1: %2.").arg(native, why)));
        return std::move(result);
    };
    const QFileInfo info(path);
    if (!info.dir().exists())
        return fail(tr("the folder does not exist"));

    // Written beside the target and renamed over it, so the target is either the old file or the whole new one.
    const QString temporary = path + u".saving"_s;
    QFile::remove(temporary);
    QFile::remove(temporary + u"-journal"_s);
    QString why;
    {
        ProjectConnection connection(temporary, Mode::ReadWrite);
        QSqlDatabase db = connection.db();
        const ConversationParts parts = ConversationBuilder::parts(project.conversation());
        std::set<int> chunks;
        for (int chunk = 0; chunk * ProjectSchema::ChunkRows < project.rowCount(); ++chunk)
            chunks.insert(chunk);
        QList<int> completed = project.completions().keys();
        std::sort(completed.begin(), completed.end());
        QVariantMap settings = exportSettingsValues(project.exportSettings());
        settings.insert(labelSchemaValues(project.labelSchema()));
        settings.insert(anonymizationValues(project));
        QList<int> annotated = project.annotations().keys();
        std::sort(annotated.begin(), annotated.end());
        QList<int> overridden = project.allSpanOverrides().keys();
        std::sort(overridden.begin(), overridden.end());

        const bool written = connection.open(&why)
            && connection.exec(u"PRAGMA application_id = %1"_s.arg(ApplicationId), &why) && db.transaction()
            && migrate(connection, 0, &why) && writeMeta(db, project, parts, &why)
            && writeBlob(db, u"source"_s, parts.source, &why) && writeBlob(db, u"arena"_s, parts.arena, &why)
            && writeBlob(db, u"records"_s, parts.records, &why) && writeParticipants(db, project, &why)
            && writeChunks(db, project, chunks, &why) && writeCompletions(db, project, completed, &why)
            && writeKeyValues(db, u"settings"_s, settings, &why) && writeAnnotations(db, project, annotated, &why)
            && writeSpanOverrides(db, project, overridden, &why)
            && (!project.isDataset()
                || (writeBlob(db, u"dataset"_s, project.dataset()->sourceBytes(), &why)
                    && writeRecords(db, *project.dataset(), editedRows(*project.dataset()), &why)));
        if (!written || !db.commit()) {
            if (why.isEmpty())
                why = describe(db.lastError());
            db.rollback();
        }
    }
    if (!why.isEmpty()) {
        QFile::remove(temporary);
        QFile::remove(temporary + u"-journal"_s);
        return fail(why);
    }
    // A journal left by a crash belongs to the file being replaced; applied to the new one it would damage it.
    QFile::remove(path + u"-journal"_s);
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temporary);
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    }

    auto connection = std::make_unique<ProjectConnection>(path, Mode::ReadWrite);
    if (!connection->open(&why))
        return fail(why);
    result.value = std::unique_ptr<ProjectStore>(new ProjectStore(std::move(connection), Mode::ReadWrite));
    return result;
}

namespace {

bool migrate(ProjectConnection &connection, int from, QString *error)
{
    const QList<QStringList> &steps = ProjectSchema::migrations();
    for (qsizetype version = from; version < steps.size(); ++version) {
        for (const QString &statement : steps.at(version)) {
            if (!connection.exec(statement, error))
                return false;
        }
    }
    return connection.exec(u"PRAGMA user_version = %1"_s.arg(steps.size()), error);
}

} // namespace

Result<ProjectStore::Opened> ProjectStore::open(const QString &path, Mode mode)
{
    Result<Opened> result;
    const QString native = QDir::toNativeSeparators(path);
    auto fail = [&](const QString &why) {
        result.diagnostics.append(error(path, tr("Could not open the project %1: %2.").arg(native, why)));
        return std::move(result);
    };

    // Checked before SQLite sees the file: SQLite would create a missing file, and the header tells a project
    // from any other file without touching it.
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return fail(QFileInfo::exists(path) ? tr("it is not a file") : tr("the file does not exist"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return fail(header.isEmpty() ? tr("the file is empty") : tr("it is not a Finetuner project"));
    const qint32 applicationId = qint32((quint32(quint8(header[68])) << 24) | (quint32(quint8(header[69])) << 16)
                                        | (quint32(quint8(header[70])) << 8) | quint32(quint8(header[71])));
    if (applicationId != ApplicationId)
        return fail(tr("it is an SQLite database, but not a Finetuner project"));
    const qint32 version = qint32((quint32(quint8(header[60])) << 24) | (quint32(quint8(header[61])) << 16)
                                  | (quint32(quint8(header[62])) << 8) | quint32(quint8(header[63])));
    if (version > schemaVersion()) {
        return fail(tr("it was written by a newer Finetuner (project format %1; this version reads up to %2). "
                       "The file was not changed")
                        .arg(version)
                        .arg(schemaVersion()));
    }

    if (mode == Mode::ReadWrite && !QFileInfo(path).isWritable()) {
        mode = Mode::ReadOnly;
        result.diagnostics.append({Diagnostic::Severity::Warning,
                                   tr("The project %1 is read-only: changes stay in memory until you save it "
                                      "elsewhere with Save As.")
                                       .arg(native),
                                   path, -1, -1});
    }
    auto connection = std::make_unique<ProjectConnection>(path, mode);
    QString why;
    if (!connection->open(&why))
        return fail(why);
    QSqlDatabase db = connection->db();

    if (version < schemaVersion()) {
        if (mode == Mode::ReadOnly)
            return fail(tr("it needs updating to project format %1, and the file is read-only").arg(schemaVersion()));
        if (!db.transaction() || !migrate(*connection, version, &why) || !db.commit()) {
            db.rollback();
            return fail(why.isEmpty() ? describe(db.lastError()) : why);
        }
    }

    const std::optional<QVariantMap> meta = readKeyValues(db, u"meta"_s, &why);
    if (!meta)
        return fail(why);
    const QString kind = meta->value(u"kind"_s).toString();
    if (kind != u"chat"_s && kind != u"dataset"_s)
        return fail(tr("it holds a kind of project this version does not know"));
    if (meta->value(u"recordLayout"_s).toInt() != ConversationParts::RecordLayout)
        return fail(tr("its messages are stored in a layout this version does not know"));

    ConversationParts parts;
    parts.sourcePath = meta->value(u"sourcePath"_s).toString();
    parts.formatId = meta->value(u"formatId"_s).toString();
    const int dateOrder = meta->value(u"dateOrder"_s).toInt();
    parts.dateOrder = dateOrder >= 0 && dateOrder <= int(DateOrder::YearMonthDay) ? DateOrder(dateOrder)
                                                                                   : DateOrder::Auto;
    parts.dateOrderAssumed = meta->value(u"dateOrderAssumed"_s).toBool();
    // Schema 1 had no messageCount: there, every row was a message.
    const qint64 messageCount = meta->value(u"messageCount"_s, meta->value(u"rowCount"_s)).toLongLong();
    if (messageCount < 0 || messageCount > std::numeric_limits<int>::max() / qint64(sizeof(MessageRecord)))
        return fail(tr("the file is damaged"));

    std::optional<QByteArray> source = readBlob(db, u"source"_s, meta->value(u"sourceSize"_s).toLongLong(), &why);
    std::optional<QByteArray> arena;
    std::optional<QByteArray> records;
    if (source)
        arena = readBlob(db, u"arena"_s, meta->value(u"arenaSize"_s).toLongLong(), &why);
    if (arena)
        records = readBlob(db, u"records"_s, messageCount * qint64(sizeof(MessageRecord)), &why);
    if (!records)
        return fail(why);
    parts.source = std::move(*source);
    parts.arena = std::move(*arena);
    parts.records = std::move(*records);

    // Participants: names in id order, then their roles and pseudonyms once the project exists.
    struct Stored
    {
        int role;
        QString pseudonym;
    };
    std::vector<Stored> stored;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT id, name, role, pseudonym FROM participants ORDER BY id"_s))
            return fail(describe(query.lastError()));
        while (query.next()) {
            if (query.value(0).toInt() != int(stored.size()))
                return fail(tr("the participants are damaged"));
            parts.participantsUtf8.append(query.value(1).toString().toUtf8());
            stored.push_back({query.value(2).toInt(), query.value(3).toString()});
        }
        if (query.lastError().isValid())
            return fail(describe(query.lastError()));
    }

    std::optional<Conversation> conversation = ConversationBuilder::fromParts(std::move(parts), &why);
    if (!conversation)
        return fail(tr("the file is damaged: %1").arg(why));
    const std::optional<QVariantMap> settings = readKeyValues(db, u"settings"_s, &why);
    if (!settings)
        return fail(why);
    // The identity map as kept; a file from before identities (schema 3) has none, and the project builds one.
    std::optional<IdentityMap> identities;
    if (settings->contains(u"anonymize/identities"_s)) {
        identities = IdentityMap::fromJson(settings->value(u"anonymize/identities"_s).toString().toUtf8(),
                                           int(stored.size()));
        if (!identities)
            return fail(tr("the identity map is damaged"));
    }
    Project project;
    if (kind == u"dataset"_s) {
        std::optional<Project> reviewed = readDataset(db, *meta, &why);
        if (!reviewed)
            return fail(why);
        project = std::move(*reviewed);
        if (identities)
            project.setIdentities(*identities);
    } else if (identities) {
        project = Project(std::move(*conversation), std::move(*identities));
    } else {
        project = Project(std::move(*conversation));
    }
    for (int id = 0; id < int(stored.size()); ++id) {
        if (stored[size_t(id)].role < 0 || stored[size_t(id)].role > int(ParticipantRole::Excluded))
            return fail(tr("the participants are damaged"));
        project.setParticipantRole(id, ParticipantRole(stored[size_t(id)].role));
    }

    {
        std::vector<quint8> states(size_t(project.rowCount()));
        const qint64 chunks = (project.rowCount() + ProjectSchema::ChunkRows - 1) / ProjectSchema::ChunkRows;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT chunk, bits FROM row_states ORDER BY chunk"_s))
            return fail(describe(query.lastError()));
        qint64 expected = 0;
        while (query.next()) {
            const QByteArray bits = query.value(1).toByteArray();
            const qint64 begin = expected * ProjectSchema::ChunkRows;
            const qint64 length = std::min<qint64>(ProjectSchema::ChunkRows, project.rowCount() - begin);
            if (query.value(0).toLongLong() != expected || expected >= chunks || bits.size() != length)
                return fail(tr("the per-message choices are damaged"));
            std::copy(bits.cbegin(), bits.cend(), states.begin() + begin);
            ++expected;
        }
        if (query.lastError().isValid())
            return fail(describe(query.lastError()));
        if (expected != chunks || !project.restoreRowStates(std::move(states)))
            return fail(tr("the per-message choices are damaged"));
    }

    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT row, text FROM completions"_s))
            return fail(describe(query.lastError()));
        while (query.next()) {
            const qint64 row = query.value(0).toLongLong();
            if (row < 0 || row >= project.rowCount())
                return fail(tr("a completion belongs to no message"));
            project.setCompletion(int(row), query.value(1).toString());
        }
        if (query.lastError().isValid())
            return fail(describe(query.lastError()));
    }

    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT row, data FROM annotations"_s))
            return fail(describe(query.lastError()));
        while (query.next()) {
            const qint64 row = query.value(0).toLongLong();
            const std::optional<RowAnnotation> annotation = RowAnnotation::fromJson(query.value(1).toByteArray());
            if (row < 0 || row >= project.rowCount() || !annotation)
                return fail(tr("the labels of message %1 are damaged").arg(row + 1));
            project.setAnnotation(int(row), *annotation);
        }
        if (query.lastError().isValid())
            return fail(describe(query.lastError()));
    }

    if (settings->contains(u"labels/schema"_s)) {
        const std::optional<LabelSchema> schema =
            LabelSchema::fromJson(settings->value(u"labels/schema"_s).toString().toUtf8());
        if (!schema)
            return fail(tr("the label schema is damaged"));
        project.setLabelSchema(*schema);
    }
    if (!settings->contains(u"anonymize/identities"_s)) {
        // A file from before identities (schema 3): the map built anew gets the pseudonyms it stored.
        for (int id = 0; id < int(stored.size()); ++id) {
            if (stored[size_t(id)].pseudonym != project.pseudonym(id))
                project.setPseudonym(id, stored[size_t(id)].pseudonym);
        }
    }
    if (settings->contains(u"anonymize/settings"_s)) {
        const std::optional<AnonymizationSettings> anonymization =
            AnonymizationSettings::fromJson(settings->value(u"anonymize/settings"_s).toString().toUtf8());
        if (!anonymization)
            return fail(tr("the anonymization settings are damaged"));
        project.setAnonymization(*anonymization);
    }
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT row, data FROM span_overrides"_s))
            return fail(describe(query.lastError()));
        while (query.next()) {
            const qint64 row = query.value(0).toLongLong();
            const std::optional<SpanOverrides> overrides = spanOverridesFromJson(query.value(1).toByteArray());
            if (row < 0 || row >= project.rowCount() || !overrides)
                return fail(tr("the anonymization of message %1 is damaged").arg(row + 1));
            project.setSpanOverrides(int(row), *overrides);
        }
        if (query.lastError().isValid())
            return fail(describe(query.lastError()));
    }

    ExportSettings exportSettings;
    exportSettings.includeAuthor = settings->value(u"export/includeAuthor"_s, exportSettings.includeAuthor).toBool();
    exportSettings.promptSuffix = settings->value(u"export/promptSuffix"_s, exportSettings.promptSuffix).toString();
    exportSettings.completionLeadingSpace =
        settings->value(u"export/completionLeadingSpace"_s, exportSettings.completionLeadingSpace).toBool();
    exportSettings.stopSequence = settings->value(u"export/stopSequence"_s, exportSettings.stopSequence).toString();
    ExampleOptions &examples = exportSettings.examples;
    const int exampleMode = settings->value(u"export/mode"_s, int(examples.mode)).toInt();
    examples.mode = exampleMode >= 0 && exampleMode <= int(ExampleMode::ChatWindow) ? ExampleMode(exampleMode)
                                                                                      : ExampleMode::PerMessage;
    examples.assistant = settings->value(u"export/assistant"_s, examples.assistant).toInt();
    examples.contextTurns = std::max(1, settings->value(u"export/contextTurns"_s, examples.contextTurns).toInt());
    examples.contextMinutes = std::max(0, settings->value(u"export/contextMinutes"_s, examples.contextMinutes).toInt());
    examples.systemPrompt = settings->value(u"export/systemPrompt"_s).toString();
    examples.trainOnContext = settings->value(u"export/trainOnContext"_s).toBool();
    exportSettings.format = exportFormatFromName(QLatin1StringView(
                                settings->value(u"export/format"_s).toString().toLatin1()))
                                .value_or(ExportFormat::PromptCompletion);
    exportSettings.validationRatio = std::clamp(settings->value(u"export/validationRatio"_s, 0.0).toDouble(), 0.0, 1.0);
    exportSettings.splitSeed = quint64(settings->value(u"export/splitSeed"_s, 1).toLongLong());
    exportSettings.stratify = settings->value(u"export/stratify"_s, true).toBool();
    project.setExportSettings(exportSettings);

    Opened opened{std::unique_ptr<ProjectStore>(new ProjectStore(std::move(connection), mode)), std::move(project),
                  {}};
    for (auto it = settings->cbegin(); it != settings->cend(); ++it) {
        if (it.key().startsWith(u"view/"_s))
            opened.viewState.insert(it.key().mid(5), it.value());
    }
    result.value = std::move(opened);
    return result;
}

QString ProjectStore::sourcePathOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.read(16).startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return {};
    file.close();
    ProjectConnection connection(path, Mode::ReadOnly);
    QString why;
    if (!connection.open(&why))
        return {};
    return connection.scalar(u"SELECT value FROM meta WHERE key = 'sourcePath'"_s, &why).value_or(QVariant()).toString();
}

namespace {

/// Runs @p write in one transaction; on failure rolls back and leaves the message in @p error.
template <typename Write>
bool inTransaction(ProjectConnection &connection, bool readOnly, QString *error, Write write)
{
    if (readOnly) {
        *error = tr("Could not save to %1: the file is read-only.").arg(QDir::toNativeSeparators(connection.path()));
        return false;
    }
    QSqlDatabase db = connection.db();
    QString why;
    if (!db.transaction()) {
        why = describe(db.lastError());
    } else if (!write(db, &why) || !db.commit()) {
        if (why.isEmpty())
            why = describe(db.lastError());
        db.rollback();
    }
    if (why.isEmpty())
        return true;
    *error = tr("Could not save to %1: %2.").arg(QDir::toNativeSeparators(connection.path()), why);
    return false;
}

} // namespace

bool ProjectStore::saveRows(const Project &project, const QList<int> &rows)
{
    std::set<int> chunks;
    for (const int row : rows)
        chunks.insert(row / ProjectSchema::ChunkRows);
    return inTransaction(*m_connection, isReadOnly(), &m_error, [&](QSqlDatabase db, QString *why) {
        return writeChunks(db, project, chunks, why);
    });
}

bool ProjectStore::saveCompletions(const Project &project, const QList<int> &rows)
{
    return inTransaction(*m_connection, isReadOnly(), &m_error, [&](QSqlDatabase db, QString *why) {
        return writeCompletions(db, project, rows, why);
    });
}

bool ProjectStore::saveParticipants(const Project &project)
{
    // Their pseudonyms live in the identity map: it goes with them.
    return inTransaction(*m_connection, isReadOnly(), &m_error, [&](QSqlDatabase db, QString *why) {
        return writeParticipants(db, project, why) && writeKeyValues(db, u"settings"_s, anonymizationValues(project), why);
    });
}

bool ProjectStore::saveExportSettings(const Project &project)
{
    return inTransaction(*m_connection, isReadOnly(), &m_error, [&](QSqlDatabase db, QString *why) {
        return writeKeyValues(db, u"settings"_s, exportSettingsValues(project.exportSettings()), why);
    });
}

bool ProjectStore::saveViewState(const QVariantMap &state)
{
    QVariantMap values;
    for (auto it = state.cbegin(); it != state.cend(); ++it)
        values.insert(u"view/"_s + it.key(), it.value());
    return inTransaction(*m_connection, isReadOnly(), &m_error, [&](QSqlDatabase db, QString *why) {
        return writeKeyValues(db, u"settings"_s, values, why);
    });
}

bool ProjectStore::saveAnnotations(const Project &project, const QList<int> &rows)
{
    return inTransaction(*m_connection, isReadOnly(), &m_error, [&](QSqlDatabase db, QString *why) {
        return writeAnnotations(db, project, rows, why);
    });
}

bool ProjectStore::saveLabelSchema(const Project &project)
{
    return inTransaction(*m_connection, isReadOnly(), &m_error, [&](QSqlDatabase db, QString *why) {
        return writeKeyValues(db, u"settings"_s, labelSchemaValues(project.labelSchema()), why);
    });
}

bool ProjectStore::saveAnonymization(const Project &project)
{
    return inTransaction(*m_connection, isReadOnly(), &m_error, [&](QSqlDatabase db, QString *why) {
        return writeKeyValues(db, u"settings"_s, anonymizationValues(project), why)
            && writeParticipants(db, project, why);
    });
}

bool ProjectStore::saveSpanOverrides(const Project &project, const QList<int> &rows)
{
    return inTransaction(*m_connection, isReadOnly(), &m_error, [&](QSqlDatabase db, QString *why) {
        return writeSpanOverrides(db, project, rows, why);
    });
}

bool ProjectStore::saveRecords(const Project &project, const QList<int> &rows)
{
    if (!project.isDataset())
        return true;
    return inTransaction(*m_connection, isReadOnly(), &m_error, [&](QSqlDatabase db, QString *why) {
        return writeRecords(db, *project.dataset(), rows, why);
    });
}

void ProjectStore::setMaxPageCount(int pages)
{
    QString ignored;
    m_connection->exec(u"PRAGMA max_page_count = %1"_s.arg(pages), &ignored);
}

int ProjectStore::pageCount() const
{
    QString ignored;
    return m_connection->scalar(u"PRAGMA page_count"_s, &ignored).value_or(QVariant(-1)).toInt();
}

} // namespace Finetuner::Core
