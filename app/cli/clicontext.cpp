// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clicontext.h"

#include <core/import/importerregistry.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace Finetuner::Cli {

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxPrintedPerSeverity = 50;

QString tr(const char *text)
{
    return QCoreApplication::translate("Finetuner::Cli", text);
}

void printLine(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}
} // namespace

void printError(const QString &message)
{
    printLine(u"finetuner-cli: "_s + message);
}

void printDiagnostics(const Core::Diagnostics &diagnostics)
{
    int printed[3] = {0, 0, 0};
    int skipped[3] = {0, 0, 0};
    for (const Core::Diagnostic &d : diagnostics) {
        const int severity = int(d.severity);
        if (printed[severity] < MaxPrintedPerSeverity) {
            printLine(d.toString());
            ++printed[severity];
        } else {
            ++skipped[severity];
        }
    }
    if (skipped[int(Core::Diagnostic::Severity::Warning)] > 0) {
        printError(tr("%1 more warnings not shown").arg(skipped[int(Core::Diagnostic::Severity::Warning)]));
    }
    if (skipped[int(Core::Diagnostic::Severity::Error)] > 0)
        printError(tr("%1 more errors not shown").arg(skipped[int(Core::Diagnostic::Severity::Error)]));
}

int parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        printLine(parser.helpText());
        return UnusableInput;
    }
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Success;
    }
    return -1;
}

std::optional<Core::Conversation> loadConversation(const QString &path, const QString &dateOrderName)
{
    Core::ImportOptions options;
    const std::optional<Core::DateOrder> order = Core::dateOrderFromName(QLatin1StringView(dateOrderName.toLatin1()));
    if (!order) {
        printError(tr("unknown date order “%1”; use auto, dmy, mdy or ymd").arg(dateOrderName));
        return std::nullopt;
    }
    options.dateOrder = *order;
    // The CLI reads once and exits, so it can map the file (see ReadMode::Map) and skip a copy.
    options.readMode = Core::ReadMode::Map;
    Core::Result<Core::Conversation> result = Core::importFile(path, options);
    printDiagnostics(result.diagnostics);
    return std::move(result.value);
}

int writeOutput(const QString &outputPath, const std::function<bool(QIODevice &)> &write)
{
    if (outputPath.isEmpty() || outputPath == u"-"_s) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            printError(tr("cannot write to standard output: %1").arg(out.errorString()));
            return UnusableInput;
        }
        if (!write(out)) {
            printError(tr("cannot write to standard output: %1").arg(out.errorString()));
            return UnusableInput;
        }
        return Success;
    }
    // Nothing half-written is ever left at the target: QSaveFile renames into place on commit.
    QSaveFile out(outputPath);
    if (!out.open(QIODevice::WriteOnly)) {
        printError(tr("cannot write %1: %2").arg(outputPath, out.errorString()));
        return UnusableInput;
    }
    if (!write(out) || !out.commit()) {
        printError(tr("cannot write %1: %2").arg(outputPath, out.errorString()));
        return UnusableInput;
    }
    return Success;
}

} // namespace Finetuner::Cli
