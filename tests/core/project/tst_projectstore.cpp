// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "projectfixture.h"

#include <core/model/conversationbuilder.h>
#include <core/model/messagerecord.h>
#include <core/project/projectschema.h>
#include <core/project/projectstore.h>
#include <testutils.h>

#include <QDateTime>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#define XXH_INLINE_ALL
#include <xxhash.h>

using namespace Qt::StringLiterals;
using namespace Finetuner::Core;

namespace {

/// Everything a store keeps, compared field by field so a failure says which.
void compareProjects(const Project &actual, const Project &expected)
{
    QCOMPARE(actual.rowCount(), expected.rowCount());
    QVERIFY(actual.rowStates() == expected.rowStates());
    QCOMPARE(actual.completions(), expected.completions());
    QCOMPARE(actual.participantCount(), expected.participantCount());
    for (int id = 0; id < expected.participantCount(); ++id) {
        QCOMPARE(actual.participant(id).role, expected.participant(id).role);
        QCOMPARE(actual.pseudonym(id), expected.pseudonym(id));
    }
    QVERIFY(actual.exportSettings() == expected.exportSettings());
    for (int status = 0; status < ReviewStatusCount; ++status)
        QCOMPARE(actual.statusCount(ReviewStatus(status)), expected.statusCount(ReviewStatus(status)));
}

bool sameProjects(const Project &a, const Project &b)
{
    if (a.rowStates() != b.rowStates() || a.completions() != b.completions()
        || a.participantCount() != b.participantCount())
        return false;
    for (int id = 0; id < a.participantCount(); ++id) {
        if (a.participant(id).role != b.participant(id).role
            || a.pseudonym(id) != b.pseudonym(id))
            return false;
    }
    return true;
}

/// Runs SQL on a project file through a connection of the test's own, as another program would.
void execSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"test-side"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"test-side"_s);
}

QString firstMessage(const Diagnostics &diagnostics)
{
    return diagnostics.isEmpty() ? QString() : diagnostics.constFirst().message;
}

} // namespace

class tst_ProjectStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsEveryPartOfAProject();
    void commitsEachEditAsItHappens();
    void bulkEditIsOneTransaction();
    void createReplacesAnExistingFileWhole();
    void createIntoAMissingOrReadOnlyPlaceFails();
    void refusesANewerSchemaWithoutTouchingTheFile();
    void refusesFilesThatAreNotProjects_data();
    void refusesFilesThatAreNotProjects();
    void reportsADamagedFile_data();
    void reportsADamagedFile();
    void survivesRandomDamageWithoutCrashing();
    void fullDiskFailsTheEditAndKeepsTheFileValid();
    void readOnlyStoreRefusesWrites();
    void everyCommittedEditSurvivesKill9();
    void fileIsSmallerThanTwiceTheExport();
    void datasetProjectKeepsTheFileAndTheEdits();
    void migratesASchemaOneFile();

private:
    QTemporaryDir m_dir;
};

void tst_ProjectStore::roundTripsEveryPartOfAProject()
{
    Project project = ProjectFixture::generated(9000);
    for (int n = 0; n < 400; ++n)
        ProjectFixture::apply(project, ProjectFixture::edit(n, project.rowCount(), project.participantCount()));
    ExportSettings settings;
    settings.includeAuthor = true;
    settings.promptSuffix = u"\n->"_s;
    settings.stopSequence = u"###"_s;
    settings.completionLeadingSpace = false;
    project.setExportSettings(settings);

    const QString path = m_dir.filePath(u"roundtrip.finetuner"_s);
    auto created = ProjectStore::create(path, project);
    QVERIFY2(created.ok(), qPrintable(firstMessage(created.diagnostics)));
    QVERIFY((*created.value)->saveViewState({{u"currentRow"_s, 1234}, {u"filterText"_s, u"café"_s}}));
    created.value->reset();

    auto opened = ProjectStore::open(path);
    QVERIFY2(opened.ok(), qPrintable(firstMessage(opened.diagnostics)));
    QVERIFY(opened.diagnostics.isEmpty());
    const Project &loaded = opened.value->project;
    compareProjects(loaded, project);
    const Conversation &a = loaded.conversation();
    const Conversation &b = project.conversation();
    QCOMPARE(a.sourcePath(), b.sourcePath());
    QCOMPARE(a.formatId(), b.formatId());
    QCOMPARE(a.dateOrder(), b.dateOrder());
    QCOMPARE(a.participants(), b.participants());
    for (int i = 0; i < b.size(); ++i) {
        if (a.message(i) != b.message(i))
            QFAIL(qPrintable(u"message %1 differs: %2 / %3"_s.arg(i).arg(a.text(i), b.text(i))));
    }
    QCOMPARE(opened.value->viewState.value(u"currentRow"_s).toInt(), 1234);
    QCOMPARE(opened.value->viewState.value(u"filterText"_s).toString(), u"café"_s);
}

void tst_ProjectStore::commitsEachEditAsItHappens()
{
    Project project = ProjectFixture::generated(5000);
    const QString path = m_dir.filePath(u"edits.finetuner"_s);
    auto created = ProjectStore::create(path, project);
    QVERIFY(created.ok());
    ProjectStore &store = **created.value;

    project.setStatus(4500, ReviewStatus::Done);
    QVERIFY(store.saveRows(project, {4500}));
    project.setCompletion(17, u" named_entities=Ibiza\ntime=2012-07-27T21:02:56\nEND"_s);
    QVERIFY(store.saveCompletions(project, {17}));
    project.setPseudonym(0, u"Cat"_s);
    project.setParticipantRole(0, ParticipantRole::Excluded);
    QVERIFY(store.saveParticipants(project));
    ExportSettings settings = project.exportSettings();
    settings.stopSequence = u"###"_s;
    project.setExportSettings(settings);
    QVERIFY(store.saveExportSettings(project));

    // A second reader while the first store is still open sees every edit: nothing waits for a "save".
    auto opened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
    QVERIFY2(opened.ok(), qPrintable(firstMessage(opened.diagnostics)));
    compareProjects(opened.value->project, project);

    // Clearing a completion deletes it.
    project.setCompletion(17, {});
    QVERIFY(store.saveCompletions(project, {17}));
    auto again = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
    QVERIFY(again.ok());
    QVERIFY(again.value->project.completions().isEmpty());
}

void tst_ProjectStore::bulkEditIsOneTransaction()
{
    Project project = ProjectFixture::generated(20000);
    const QString path = m_dir.filePath(u"bulk.finetuner"_s);
    auto created = ProjectStore::create(path, project);
    QVERIFY(created.ok());
    ProjectStore &store = **created.value;
    QList<int> rows;
    for (int row = 0; row < project.rowCount(); ++row) {
        project.setIncludeOverride(row, IncludeOverride::Excluded);
        rows.append(row);
    }
    // On a full disk the bulk edit fails whole: not one chunk of it is left in the file.
    const std::vector<quint8> before = ProjectStore::open(path, ProjectStore::Mode::ReadOnly).value->project.rowStates();
    store.setMaxPageCount(store.pageCount());
    QVERIFY(!store.saveRows(project, rows));
    auto unchanged = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
    QVERIFY(unchanged.ok());
    QVERIFY(unchanged.value->project.rowStates() == before);

    // With room, the same edit lands whole.
    store.setMaxPageCount(1 << 30);
    QVERIFY(store.saveRows(project, rows));
    auto opened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
    QVERIFY(opened.ok());
    QVERIFY(opened.value->project.rowStates() == project.rowStates());
    QVERIFY(opened.value->project.rowStates() != before);
}

void tst_ProjectStore::createReplacesAnExistingFileWhole()
{
    const QString path = m_dir.filePath(u"replace.finetuner"_s);
    Project first = ProjectFixture::generated(300, 1);
    QVERIFY(ProjectStore::create(path, first).ok());
    Project second = ProjectFixture::generated(700, 2);
    second.setCompletion(5, u"second"_s);
    QVERIFY(ProjectStore::create(path, second).ok());
    auto opened = ProjectStore::open(path);
    QVERIFY(opened.ok());
    compareProjects(opened.value->project, second);
    QVERIFY(!QFileInfo::exists(path + u".saving"_s));
}

void tst_ProjectStore::createIntoAMissingOrReadOnlyPlaceFails()
{
    const Project project = ProjectFixture::generated(50);
    auto missing = ProjectStore::create(m_dir.filePath(u"no/such/folder/p.finetuner"_s), project);
    QVERIFY(!missing.ok());
    QVERIFY(firstMessage(missing.diagnostics).contains(u"folder does not exist"_s));
    // /proc takes no new files, even from root: a read-only place that holds for any user.
    auto readOnly = ProjectStore::create(u"/proc/finetuner-test.finetuner"_s, project);
    QVERIFY(!readOnly.ok());
    QVERIFY2(firstMessage(readOnly.diagnostics).startsWith(u"Could not save the project /proc/finetuner-test"_s),
             qPrintable(firstMessage(readOnly.diagnostics)));
}

void tst_ProjectStore::refusesANewerSchemaWithoutTouchingTheFile()
{
    const QString path = m_dir.filePath(u"newer.finetuner"_s);
    QVERIFY(ProjectStore::create(path, ProjectFixture::generated(100)).ok());
    execSql(path, {u"PRAGMA user_version = %1"_s.arg(ProjectStore::schemaVersion() + 1)});
    const QByteArray bytes = TestUtils::readFile(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    QTest::qWait(20);

    auto opened = ProjectStore::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(firstMessage(opened.diagnostics).contains(u"newer Finetuner"_s), qPrintable(firstMessage(opened.diagnostics)));
    QVERIFY(firstMessage(opened.diagnostics).contains(u"was not changed"_s));
    QCOMPARE(TestUtils::readFile(path), bytes);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QVERIFY(!QFileInfo::exists(path + u"-journal"_s));
}

void tst_ProjectStore::refusesFilesThatAreNotProjects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << u"the file is empty"_s;
    QTest::newRow("chat") << QByteArray("27/07/2012, 21:01 - Bruce: hi\n") << u"not a Finetuner project"_s;
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char(QRandomGenerator(7).bounded(256) ^ i);
    QTest::newRow("binary") << binary << u"not a Finetuner project"_s;
    QTest::newRow("sqlite header only") << QByteArray("SQLite format 3\0", 16) << u"not a Finetuner project"_s;
}

void tst_ProjectStore::refusesFilesThatAreNotProjects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString path = TestUtils::writeFile(m_dir.filePath(u"not-a-project.finetuner"_s), bytes);
    auto opened = ProjectStore::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(firstMessage(opened.diagnostics).contains(message), qPrintable(firstMessage(opened.diagnostics)));
    QVERIFY(firstMessage(opened.diagnostics).contains(QDir::toNativeSeparators(path)));
    QCOMPARE(TestUtils::readFile(path), bytes);
}

void tst_ProjectStore::reportsADamagedFile_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("truncated to half") << u"truncate"_s;
    QTest::newRow("bytes of the export overwritten") << u"source"_s;
    QTest::newRow("a record pointing outside the text") << u"records"_s;
    QTest::newRow("other sqlite database") << u"foreign"_s;
    QTest::newRow("missing file") << u"missing"_s;
    QTest::newRow("folder") << u"folder"_s;
    QTest::newRow("row states cut short") << u"chunk"_s;
}

void tst_ProjectStore::reportsADamagedFile()
{
    QFETCH(QString, damage);
    const QString path = m_dir.filePath(u"damaged-%1.finetuner"_s.arg(damage));
    const Project project = ProjectFixture::generated(6000);
    QVERIFY(ProjectStore::create(path, project).ok());
    QByteArray bytes = TestUtils::readFile(path);
    QString expected = u"damaged"_s;
    if (damage == u"truncate"_s) {
        TestUtils::writeFile(path, bytes.left(bytes.size() / 2));
        expected.clear(); // SQLite says "malformed" or we say "damaged"/"incomplete": any clear error
    } else if (damage == u"source"_s) {
        // Find a stretch of the stored export in the file and change it in place: the checksum notices.
        const qsizetype at = bytes.indexOf(project.conversation().textUtf8(2000).toByteArray());
        QVERIFY(at > 0);
        for (qsizetype i = at; i < at + 8; ++i)
            bytes[i] = char(bytes[i] ^ 0x5a);
        TestUtils::writeFile(path, bytes);
    } else if (damage == u"records"_s) {
        // A record sent out of bounds with a checksum that matches, as a tool that knew the format might write:
        // the conversation's own checks must catch it before anything reads there.
        QByteArray records = ConversationBuilder::parts(project.conversation()).records;
        MessageRecord record;
        std::memcpy(&record, records.constData() + 10 * sizeof(MessageRecord), sizeof record);
        record.textOffset = qint64(1) << 40;
        std::memcpy(records.data() + 10 * sizeof(MessageRecord), &record, sizeof record);
        const qint64 sum = qint64(XXH3_64bits(records.constData(), size_t(records.size())));
        execSql(path, {u"UPDATE blobs SET bytes = x'%1', checksum = %2 WHERE name = 'records'"_s
                           .arg(QString::fromLatin1(records.toHex()))
                           .arg(sum)});
        expected = u"points outside the stored text"_s;
    } else if (damage == u"foreign"_s) {
        QFile::remove(path);
        execSql(path, {u"CREATE TABLE t (x)"_s});
        expected = u"not a Finetuner project"_s;
    } else if (damage == u"missing"_s) {
        QFile::remove(path);
        expected = u"does not exist"_s;
    } else if (damage == u"folder"_s) {
        QFile::remove(path);
        QVERIFY(QDir().mkpath(path));
        expected = u"not a file"_s;
    } else if (damage == u"chunk"_s) {
        execSql(path, {u"UPDATE row_states SET bits = x'00' WHERE chunk = 1"_s});
        expected = u"choices are damaged"_s;
    }
    auto opened = ProjectStore::open(path);
    QVERIFY(!opened.ok());
    const QString message = firstMessage(opened.diagnostics);
    QVERIFY2(message.startsWith(u"Could not open the project "_s + QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
}

void tst_ProjectStore::survivesRandomDamageWithoutCrashing()
{
    // Bytes flipped anywhere: the store either says what is wrong or opens a project whose every message can be
    // read (ASan and UBSan watch the reads). A flip in free space or an index may go unnoticed, and that is fine.
    const QString clean = m_dir.filePath(u"clean.finetuner"_s);
    const Project project = ProjectFixture::generated(3000);
    QVERIFY(ProjectStore::create(clean, project).ok());
    const QByteArray bytes = TestUtils::readFile(clean);
    QRandomGenerator random(2026);
    int refused = 0;
    for (int round = 0; round < 60; ++round) {
        QByteArray damaged = bytes;
        for (int flips = 0; flips < 16; ++flips) {
            const qsizetype at = 100 + qsizetype(random.bounded(quint32(damaged.size() - 100)));
            damaged[at] = char(random.bounded(256));
        }
        const QString path = TestUtils::writeFile(m_dir.filePath(u"random.finetuner"_s), damaged);
        auto opened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
        if (!opened.ok()) {
            ++refused;
            QVERIFY(firstMessage(opened.diagnostics).startsWith(u"Could not open the project"_s));
            continue;
        }
        const Conversation &conversation = opened.value->project.conversation();
        for (int i = 0; i < conversation.size(); ++i)
            (void)conversation.message(i);
    }
    QVERIFY2(refused > 0, "sixteen random flips in sixty files and none was noticed");
}

void tst_ProjectStore::fullDiskFailsTheEditAndKeepsTheFileValid()
{
    Project project = ProjectFixture::generated(2000);
    const QString path = m_dir.filePath(u"full.finetuner"_s);
    auto created = ProjectStore::create(path, project);
    QVERIFY(created.ok());
    ProjectStore &store = **created.value;
    project.setCompletion(1, u"kept"_s);
    QVERIFY(store.saveCompletions(project, {1}));

    store.setMaxPageCount(store.pageCount()); // SQLite's own "disk full", the same every run
    const Project committed = project;
    project.setCompletion(2, QString(100000, u'é'));
    QVERIFY(!store.saveCompletions(project, {2}));
    QVERIFY2(store.errorString().contains(u"the disk is full"_s), qPrintable(store.errorString()));
    QVERIFY(store.errorString().contains(QDir::toNativeSeparators(path)));
    QCOMPARE(project.completion(2).size(), 100000); // the work in memory is untouched

    auto opened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
    QVERIFY(opened.ok());
    compareProjects(opened.value->project, committed);

    // With room again, the same store goes on.
    store.setMaxPageCount(1 << 30);
    QVERIFY(store.saveCompletions(project, {2}));
    QCOMPARE(ProjectStore::open(path).value->project.completion(2), project.completion(2));
}

void tst_ProjectStore::readOnlyStoreRefusesWrites()
{
    Project project = ProjectFixture::generated(500);
    const QString path = m_dir.filePath(u"readonly.finetuner"_s);
    QVERIFY(ProjectStore::create(path, project).ok());
    const QByteArray bytes = TestUtils::readFile(path);
    auto opened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
    QVERIFY(opened.ok());
    ProjectStore &store = *opened.value->store;
    QVERIFY(store.isReadOnly());
    project.setStatus(3, ReviewStatus::Done);
    QVERIFY(!store.saveRows(project, {3}));
    QVERIFY2(store.errorString().contains(u"read-only"_s), qPrintable(store.errorString()));
    QVERIFY(!store.saveViewState({{u"currentRow"_s, 3}}));
    QCOMPARE(TestUtils::readFile(path), bytes);
}

void tst_ProjectStore::everyCommittedEditSurvivesKill9()
{
    // A process commits a long series of edits and is killed with SIGKILL at a random moment, 50 times. Each time
    // the file opens, and holds exactly the edits up to the last one the writer reported committed, or one more
    // (committed, killed before it printed). Fresh copies of one file, so every run starts from the same state.
    const Project base = ProjectFixture::generated(10000);
    const QString basePath = m_dir.filePath(u"crash-base.finetuner"_s);
    QVERIFY(ProjectStore::create(basePath, base).ok());
    QRandomGenerator random(9);
    int killedMidRun = 0;
    for (int run = 0; run < 50; ++run) {
        const QString path = m_dir.filePath(u"crash.finetuner"_s);
        QFile::remove(path);
        QFile::remove(path + u"-journal"_s);
        QVERIFY(QFile::copy(basePath, path));

        QProcess writer;
        writer.start(QStringLiteral(FINETUNER_PROJECT_WRITER), {path, u"1000000"_s});
        QVERIFY(writer.waitForStarted());
        const int target = int(random.bounded(1, 80));
        int reported = -1;
        QByteArray pending;
        while (reported + 1 < target && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(50);
            pending += writer.readAllStandardOutput();
            qsizetype end;
            while ((end = pending.indexOf('\n')) >= 0) {
                reported = pending.left(end).toInt();
                pending.remove(0, end + 1);
            }
        }
        QVERIFY2(writer.state() == QProcess::Running, writer.readAllStandardError().constData());
        // Into the middle of the next transaction, or between two.
        QThread::usleep(random.bounded(4000));
        writer.kill(); // SIGKILL
        writer.waitForFinished();
        pending += writer.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n')) {
            if (!line.isEmpty())
                reported = line.toInt();
        }
        killedMidRun += writer.exitStatus() == QProcess::CrashExit;

        auto opened = ProjectStore::open(path);
        QVERIFY2(opened.ok(), qPrintable(firstMessage(opened.diagnostics)));
        Project expected = base;
        for (int n = 0; n <= reported; ++n)
            ProjectFixture::apply(expected, ProjectFixture::edit(n, base.rowCount(), base.participantCount()));
        if (!sameProjects(opened.value->project, expected)) {
            ProjectFixture::apply(expected,
                                  ProjectFixture::edit(reported + 1, base.rowCount(), base.participantCount()));
            QVERIFY2(sameProjects(opened.value->project, expected),
                     qPrintable(u"run %1: the file does not hold edits 0..%2 (or one more)"_s.arg(run).arg(reported)));
        }
        // The file is a valid database by SQLite's own check, not only by what we read back.
        opened.value->store.reset();
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery check(db);
            QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
            QCOMPARE(check.value(0).toString(), u"ok"_s);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"check"_s);
    }
    QCOMPARE(killedMidRun, 50);
}

void tst_ProjectStore::fileIsSmallerThanTwiceTheExport()
{
    const Project project = ProjectFixture::generated(20000);
    const QString path = m_dir.filePath(u"size.finetuner"_s);
    QVERIFY(ProjectStore::create(path, project).ok());
    const qint64 exportSize = QByteArrayView(ConversationBuilder::parts(project.conversation()).source).size();
    const qint64 fileSize = QFileInfo(path).size();
    qInfo("export %lld bytes, project %lld bytes (%.2f×)", exportSize, fileSize, double(fileSize) / double(exportSize));
    QVERIFY(fileSize < 2 * exportSize);
}

void tst_ProjectStore::datasetProjectKeepsTheFileAndTheEdits()
{
    const QString source = TestUtils::dataPath(u"datasets/broken.jsonl"_s);
    auto read = Dataset::read(source);
    QVERIFY(read.ok());
    Project project(*read.value);
    QVERIFY(project.isDataset());
    QVERIFY(project.dataset()->brokenCount() > 0);
    const QString path = m_dir.filePath(u"dataset.finetuner"_s);
    auto created = ProjectStore::create(path, project);
    QVERIFY2(created.ok(), qPrintable(firstMessage(created.diagnostics)));
    ProjectStore &store = **created.value;

    // A completion edit, a raw fix of a broken line, a status: each committed as it happens.
    QVERIFY(project.setCompletion(0, u"better"_s));
    QVERIFY(store.saveRecords(project, {0}));
    int broken = -1;
    for (int row = 0; row < project.rowCount() && broken < 0; ++row) {
        if (project.dataset()->isBroken(row))
            broken = row;
    }
    QVERIFY(broken >= 0);
    QVERIFY(project.setRecord(broken, R"({"prompt": "fixed", "completion": "now"})"));
    QVERIFY(!project.dataset()->isBroken(broken));
    QVERIFY(store.saveRecords(project, {broken}));
    project.setStatus(broken, ReviewStatus::Done);
    QVERIFY(store.saveRows(project, {broken}));
    created.value->reset();

    auto opened = ProjectStore::open(path);
    QVERIFY2(opened.ok(), qPrintable(firstMessage(opened.diagnostics)));
    const Project &loaded = opened.value->project;
    QVERIFY(loaded.isDataset());
    QCOMPARE(loaded.dataset()->sourceBytes(), TestUtils::readFile(source)); // the file as it was read
    QCOMPARE(loaded.dataset()->sourcePath(), source);
    QCOMPARE(loaded.rowCount(), project.rowCount());
    QCOMPARE(loaded.completion(0), u"better"_s);
    QCOMPARE(loaded.dataset()->record(broken), QByteArray(R"({"prompt": "fixed", "completion": "now"})"));
    QCOMPARE(loaded.status(broken), ReviewStatus::Done);
    QCOMPARE(loaded.dataset()->brokenCount(), project.dataset()->brokenCount());
    QVERIFY(loaded.rowStates() == project.rowStates());

    // Reverting the completion removes the stored edit: the record is the file's own bytes again.
    Project reverted = std::move(opened.value->project);
    QVERIFY(reverted.setRecord(0, read.value->record(0)));
    QVERIFY(!reverted.dataset()->isEdited(0));
    QVERIFY(opened.value->store->saveRecords(reverted, {0}));
    opened.value->store.reset();
    auto again = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
    QVERIFY(again.ok());
    QVERIFY(!again.value->project.dataset()->isEdited(0));
    QVERIFY(again.value->project.dataset()->isEdited(broken));
}

void tst_ProjectStore::migratesASchemaOneFile()
{
    // Schema 1 is what this build's first step makes; the file below is one, as the first release wrote it:
    // no dataset_edits table, no messageCount, user_version 1.
    QVERIFY(ProjectStore::schemaVersion() >= 2);
    Project project = ProjectFixture::generated(3000);
    project.setCompletion(12, u"kept through the migration"_s);
    project.setPseudonym(1, u"Cat"_s); // stored in the participants table only, before identity maps
    project.setStatus(2999, ReviewStatus::Skipped);
    const QString path = m_dir.filePath(u"schema1.finetuner"_s);
    QVERIFY(ProjectStore::create(path, project).ok());
    execSql(path, {u"DROP TABLE dataset_edits"_s, u"DROP TABLE annotations"_s, u"DROP TABLE span_overrides"_s,
                   u"DELETE FROM settings WHERE key LIKE 'anonymize/%'"_s,
                   u"DELETE FROM meta WHERE key = 'messageCount'"_s, u"PRAGMA user_version = 1"_s});

    auto opened = ProjectStore::open(path);
    QVERIFY2(opened.ok(), qPrintable(firstMessage(opened.diagnostics)));
    compareProjects(opened.value->project, project);
    opened.value->store.reset();
    QByteArray header = TestUtils::readFile(path).left(100);
    QCOMPARE(int(quint8(header[63])), ProjectStore::schemaVersion()); // user_version, big-endian at 60..63

    // A read-only file of an old schema is refused rather than half-read, and not changed.
    execSql(path, {u"DROP TABLE dataset_edits"_s, u"DROP TABLE annotations"_s, u"DROP TABLE span_overrides"_s,
                   u"PRAGMA user_version = 1"_s});
    const QByteArray before = TestUtils::readFile(path);
    auto readOnly = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
    QVERIFY(!readOnly.ok());
    QVERIFY2(firstMessage(readOnly.diagnostics).contains(u"needs updating"_s), qPrintable(firstMessage(readOnly.diagnostics)));
    QCOMPARE(TestUtils::readFile(path), before);
}

QTEST_GUILESS_MAIN(tst_ProjectStore)
#include "tst_projectstore.moc"
