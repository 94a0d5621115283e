// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// AppSettings on an INI file in a temporary folder: what the next start of the app reads back.

#include <app/settings/appsettings.h>

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <testutils.h>

#include <memory>

using namespace Qt::StringLiterals;
using Finetuner::App::AppSettings;

class tst_AppSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void recentFiles_areMostRecentFirstWithoutDuplicates();
    void recentFiles_keepAtMostTen();
    void recentFiles_dropFilesThatNoLongerExist();
    void recentFiles_storeAbsolutePaths();
    void recentFiles_canBeCleared();
    void windowGeometryAndState_roundTrip();
    void migrate_writesTheSettingsVersion();
    void migrate_leavesANewerVersionAlone();

private:
    std::unique_ptr<AppSettings> makeSettings() const;
    QString iniPath() const { return m_dir->filePath(u"settings.ini"_s); }
    QString touch(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_AppSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FinetunerTests"_s);
    QCoreApplication::setApplicationName(u"tst_appsettings"_s);
}

void tst_AppSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_AppSettings::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<AppSettings> tst_AppSettings::makeSettings() const
{
    return std::make_unique<AppSettings>(std::make_unique<QSettings>(iniPath(), QSettings::IniFormat));
}

QString tst_AppSettings::touch(const QString &name) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot create %s", qPrintable(path));
    return path;
}

void tst_AppSettings::recentFiles_areMostRecentFirstWithoutDuplicates()
{
    const QString a = touch(u"a.txt"_s);
    const QString b = touch(u"b.txt"_s);
    const QString c = touch(u"c.txt"_s);
    {
        auto settings = makeSettings();
        QVERIFY(settings->recentFiles().isEmpty());
        settings->addRecentFile(a);
        settings->addRecentFile(b);
        settings->addRecentFile(c);
        settings->addRecentFile(a); // opened again: moves to the front, not listed twice
        QCOMPARE(settings->recentFiles(), (QStringList{a, c, b}));
    }
    // And so the next start of the app reads it.
    QCOMPARE(makeSettings()->recentFiles(), (QStringList{a, c, b}));
}

void tst_AppSettings::recentFiles_keepAtMostTen()
{
    auto settings = makeSettings();
    QStringList added;
    for (int i = 0; i < 13; ++i) {
        added.prepend(touch(u"chat%1.txt"_s.arg(i)));
        settings->addRecentFile(added.first());
    }
    QCOMPARE(AppSettings::MaxRecentFiles, 10);
    QCOMPARE(settings->recentFiles(), added.mid(0, 10));
}

void tst_AppSettings::recentFiles_dropFilesThatNoLongerExist()
{
    const QString kept = touch(u"kept.txt"_s);
    const QString gone = touch(u"gone.txt"_s);
    {
        auto settings = makeSettings();
        settings->addRecentFile(kept);
        settings->addRecentFile(gone);
        QCOMPARE(settings->recentFiles(), (QStringList{gone, kept}));
    }
    QVERIFY(QFile::remove(gone));
    auto settings = makeSettings();
    QCOMPARE(settings->recentFiles(), QStringList{kept});

    // A missing file does not take one of the ten places either.
    const QString other = touch(u"other.txt"_s);
    settings->addRecentFile(other);
    QCOMPARE(settings->recentFiles(), (QStringList{other, kept}));
}

void tst_AppSettings::recentFiles_storeAbsolutePaths()
{
    const QString file = touch(u"chat.txt"_s);
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir->path()));
    auto settings = makeSettings();
    settings->addRecentFile(u"chat.txt"_s);
    settings->addRecentFile(u"./chat.txt"_s); // the same file: still one entry
    QVERIFY(QDir::setCurrent(previous));
    QCOMPARE(settings->recentFiles(), QStringList{QDir::cleanPath(file)});
}

void tst_AppSettings::recentFiles_canBeCleared()
{
    auto settings = makeSettings();
    settings->addRecentFile(touch(u"a.txt"_s));
    settings->clearRecentFiles();
    QVERIFY(settings->recentFiles().isEmpty());
}

void tst_AppSettings::windowGeometryAndState_roundTrip()
{
    // Arbitrary bytes, including NUL and non-ASCII, as saveGeometry()/saveState() return.
    const QByteArray geometry = QByteArray::fromHex("01d9d0cb000300000000000000000000ff00");
    const QByteArray state("\x00\x00\x00\xff\x00state\xc3\xa9", 13);
    {
        auto settings = makeSettings();
        QVERIFY(settings->mainWindowGeometry().isEmpty());
        QVERIFY(settings->mainWindowState().isEmpty());
        settings->setMainWindowGeometry(geometry);
        settings->setMainWindowState(state);
    }
    auto settings = makeSettings();
    QCOMPARE(settings->mainWindowGeometry(), geometry);
    QCOMPARE(settings->mainWindowState(), state);

    // The keys are the documented ones (STYLE.md §3.7).
    settings.reset();
    QSettings raw(iniPath(), QSettings::IniFormat);
    QCOMPARE(raw.value(u"ui/mainWindow/geometry"_s).toByteArray(), geometry);
    QCOMPARE(raw.value(u"ui/mainWindow/state"_s).toByteArray(), state);
}

void tst_AppSettings::migrate_writesTheSettingsVersion()
{
    makeSettings().reset();
    QSettings raw(iniPath(), QSettings::IniFormat);
    QCOMPARE(raw.value(u"internal/settingsVersion"_s).toInt(), 1);
}

void tst_AppSettings::migrate_leavesANewerVersionAlone()
{
    {
        QSettings raw(iniPath(), QSettings::IniFormat);
        raw.setValue(u"internal/settingsVersion"_s, 99);
        raw.setValue(u"ui/recentFiles"_s, QStringList{touch(u"a.txt"_s)});
    }
    auto settings = makeSettings();
    QCOMPARE(settings->recentFiles().size(), 1);
    settings.reset();
    QSettings raw(iniPath(), QSettings::IniFormat);
    QCOMPARE(raw.value(u"internal/settingsVersion"_s).toInt(), 99);
}

QTEST_MAIN(tst_AppSettings)
#include "tst_appsettings.moc"
