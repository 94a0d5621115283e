// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Finetuner::App {

namespace {
using namespace Qt::StringLiterals;
constexpr auto KeyRecentFiles = "ui/recentFiles"_L1;
constexpr auto KeyProjectsFolder = "projects/folder"_L1;
constexpr auto KeyLabelGazetteer = "labels/gazetteer"_L1;
constexpr auto KeyLastLabelSchema = "labels/lastSchema"_L1;
constexpr auto KeyLastProject = "session/lastProject"_L1;
constexpr auto KeyMainWindowGeometry = "ui/mainWindow/geometry"_L1;
constexpr auto KeyMainWindowState = "ui/mainWindow/state"_L1;
constexpr auto KeySettingsVersion = "internal/settingsVersion"_L1;
constexpr int CurrentSettingsVersion = 1;

QString normalized(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}
} // namespace

AppSettings::AppSettings(std::unique_ptr<QSettings> backend)
    : m_settings(std::move(backend))
{
    Q_ASSERT(m_settings);
    migrate();
}

AppSettings::~AppSettings() = default;

void AppSettings::migrate()
{
    const int version = m_settings->value(KeySettingsVersion, 0).toInt();
    if (version >= CurrentSettingsVersion)
        return; // current, or written by a newer version: leave its keys alone
    // Version 0 is "no settings written yet": there is nothing to upgrade. Later versions rename or convert
    // keys here, one step per version.
    m_settings->setValue(KeySettingsVersion, CurrentSettingsVersion);
}

QStringList AppSettings::recentFiles() const
{
    const QStringList stored = m_settings->value(KeyRecentFiles).toStringList();
    QStringList files;
    for (const QString &path : stored) {
        // A file moved or deleted since would only give an error when chosen.
        if (!path.isEmpty() && !files.contains(path) && QFileInfo::exists(path))
            files.append(path);
        if (files.size() == MaxRecentFiles)
            break;
    }
    return files;
}

void AppSettings::addRecentFile(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString file = normalized(path);
    QStringList files = recentFiles();
    files.removeAll(file);
    files.prepend(file);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    m_settings->setValue(KeyRecentFiles, files);
}

void AppSettings::clearRecentFiles()
{
    m_settings->remove(KeyRecentFiles);
}

QString AppSettings::projectsFolder() const
{
    const QString fallback = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/projects"_s;
    return m_settings->value(KeyProjectsFolder, fallback).toString();
}

void AppSettings::setProjectsFolder(const QString &path)
{
    m_settings->setValue(KeyProjectsFolder, path);
}

QByteArray AppSettings::labelGazetteer() const
{
    return m_settings->value(KeyLabelGazetteer).toByteArray();
}

void AppSettings::setLabelGazetteer(const QByteArray &json)
{
    m_settings->setValue(KeyLabelGazetteer, json);
}

QByteArray AppSettings::lastLabelSchema() const
{
    return m_settings->value(KeyLastLabelSchema).toByteArray();
}

void AppSettings::setLastLabelSchema(const QByteArray &json)
{
    m_settings->setValue(KeyLastLabelSchema, json);
}

QString AppSettings::lastProject() const
{
    const QString path = m_settings->value(KeyLastProject).toString();
    return !path.isEmpty() && QFileInfo(path).isFile() ? path : QString();
}

void AppSettings::setLastProject(const QString &path)
{
    if (path.isEmpty())
        m_settings->remove(KeyLastProject);
    else
        m_settings->setValue(KeyLastProject, QFileInfo(path).absoluteFilePath());
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings->value(KeyMainWindowGeometry).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(KeyMainWindowGeometry, geometry);
}

QByteArray AppSettings::mainWindowState() const
{
    return m_settings->value(KeyMainWindowState).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray &state)
{
    m_settings->setValue(KeyMainWindowState, state);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace Finetuner::App
