// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clicontext.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Finetuner::Cli;

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "Finetuner::Cli",
        "Usage: finetuner-cli COMMAND [OPTIONS] FILE\n"
        "\n"
        "Commands:\n"
        "  parse     print the messages of a chat export as JSON Lines\n"
        "  convert   write the seed scripts' prompt/completion JSONL for one participant\n"
        "  anonymize print the messages as parse does, anonymized as the app does it (also: convert --anonymize)\n"
        "  tokens    count the tokens of a JSONL dataset, or of JSON strings, as OpenAI's tokenizers do\n"
        "  validate  check a JSONL dataset as OpenAI's prepare_data and chat cookbook did; --fix fixes it\n"
        "\n"
        "Run finetuner-cli COMMAND --help for the options of a command.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Finetuner"_s);
    QCoreApplication::setOrganizationDomain(u"finetuner.org"_s);
    QCoreApplication::setApplicationName(u"finetuner-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FINETUNER_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.size() > 1 ? arguments.at(1) : QString();
    if (command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
        std::fputs(qPrintable(usage()), stdout);
        return Success;
    }
    if (command == u"--version"_s) {
        std::printf("finetuner-cli %s\n", FINETUNER_VERSION);
        return Success;
    }
    // QCommandLineParser sees "finetuner-cli parse ..." as the program "finetuner-cli parse".
    if (arguments.size() > 1)
        arguments.removeAt(1);
    if (command == u"parse"_s)
        return runParse(arguments);
    if (command == u"convert"_s)
        return runConvert(arguments);
    if (command == u"anonymize"_s)
        return runAnonymize(arguments);
    if (command == u"tokens"_s)
        return runTokens(arguments);
    if (command == u"validate"_s)
        return runValidate(arguments);

    printError(command.isEmpty() ? QCoreApplication::translate("Finetuner::Cli", "no command given")
                                 : QCoreApplication::translate("Finetuner::Cli", "unknown command “%1”").arg(command));
    std::fputs(qPrintable(usage()), stderr);
    return UnusableInput;
}
