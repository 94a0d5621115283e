// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QProcess>
#include <QStringList>

// Runs the finetuner-cli the test is built against (FINETUNER_CLI) as a user would, for tst_cli and
// tst_cli_anonymize.
namespace CliRun {

struct Run
{
    int exitCode = -1; // -1 when it did not finish within a minute, or crashed
    QByteArray out;
    QByteArray err;
};

inline Run runCli(const QStringList &arguments, const QString &workingDirectory = {},
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FINETUNER_CLI), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace CliRun
