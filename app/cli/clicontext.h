// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/import/chatimporter.h>
#include <core/util/diagnostic.h>

#include <QStringList>

#include <functional>

class QCommandLineParser;
class QIODevice;

namespace Finetuner::Cli {

// finetuner-cli's exit codes (DESIGN.md §8).
enum ExitCode { Success = 0, ValidationFailed = 1, UnusableInput = 2 };

/// Prints diagnostics to stderr the way compilers do, at most a screenful of each kind.
void printDiagnostics(const Core::Diagnostics &diagnostics);
void printError(const QString &message);

/// Parses a subcommand's arguments; on --help prints and returns Success, on bad arguments UnusableInput,
/// otherwise -1 to go on.
int parseArguments(QCommandLineParser &parser, const QStringList &arguments);

/// Reads a chat export for a command, printing what went wrong. Empty on failure.
std::optional<Core::Conversation> loadConversation(const QString &path, const QString &dateOrderName);

/// Runs @p write on stdout, or on a QSaveFile for @p outputPath that is committed only when it succeeds.
int writeOutput(const QString &outputPath, const std::function<bool(QIODevice &)> &write);

int runParse(const QStringList &arguments);
int runConvert(const QStringList &arguments);
int runAnonymize(const QStringList &arguments);
int runTokens(const QStringList &arguments);
int runValidate(const QStringList &arguments);

} // namespace Finetuner::Cli
