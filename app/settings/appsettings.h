// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

#include <memory>

namespace Finetuner::App {

/// The user's preferences, over QSettings. Every key is defined once, in appsettings.cpp; nothing else in the
/// app touches QSettings. Only per-user choices live here: what belongs to a dataset goes in the project.
class AppSettings
{
public:
    // Default: QSettings() with the organisation/application names set in main().
    // Tests pass a QSettings on an INI file inside a QTemporaryDir.
    explicit AppSettings(std::unique_ptr<QSettings> backend = std::make_unique<QSettings>());
    ~AppSettings();

    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    /// Absolute paths, most recent first, at most MaxRecentFiles; files that no longer exist are left out.
    QStringList recentFiles() const;
    /// Moves @p path to the front of the list (adding it if new) and trims the list.
    void addRecentFile(const QString &path);
    void clearRecentFiles();
    static constexpr int MaxRecentFiles = 10;

    /// Where imports become project files until the user saves them elsewhere (default: the user's app data).
    QString projectsFolder() const;
    void setProjectsFolder(const QString &path);

    /// Labelled values from earlier projects (Core::Gazetteer's JSON) and the last label schema used
    /// (Core::LabelSchema's JSON): a new import starts from both.
    QByteArray labelGazetteer() const;
    void setLabelGazetteer(const QByteArray &json);
    QByteArray lastLabelSchema() const;
    void setLastLabelSchema(const QByteArray &json);

    /// The project open when the window last closed, reopened on start; empty when none or it is gone.
    QString lastProject() const;
    void setLastProject(const QString &path);

    QByteArray mainWindowGeometry() const; // QWidget::saveGeometry()
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const; // QMainWindow::saveState(): docks and toolbars
    void setMainWindowState(const QByteArray &state);

    /// Writes pending changes to the backend now (QSettings also does on destruction).
    void sync();

private:
    void migrate(); // reads "internal/settingsVersion", upgrades old keys, writes the current version

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Finetuner::App
