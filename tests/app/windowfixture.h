// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <app/importcontroller.h>
#include <app/mainwindow.h>
#include <app/settings/appsettings.h>

#include <QSettings>
#include <QTest>

#include <memory>

namespace WindowFixture {

/// The real window as the GUI tests drive it: its settings in @p settingsFile, imports becoming projects in
/// @p projectsFolder, no modal boxes (the import controller answers for the user), shown and active.
inline std::unique_ptr<Finetuner::App::MainWindow> make(const QString &settingsFile, const QString &projectsFolder)
{
    auto settings = std::make_unique<Finetuner::App::AppSettings>(
        std::make_unique<QSettings>(settingsFile, QSettings::IniFormat));
    settings->setProjectsFolder(projectsFolder);
    auto window = std::make_unique<Finetuner::App::MainWindow>(std::move(settings));
    window->importController()->setInteractive(false);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("window not exposed");
    return window;
}

} // namespace WindowFixture
