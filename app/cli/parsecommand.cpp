// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clicontext.h"

#include <core/dataset/messagejsonl.h>

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Finetuner::Cli {

using namespace Qt::StringLiterals;

int runParse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Finetuner::Cli", "Print the messages of a chat export, one JSON object per line."));
    parser.addPositionalArgument(u"FILE"_s, QCoreApplication::translate("Finetuner::Cli", "The chat export."));
    parser.addOption({u"date-order"_s,
                      QCoreApplication::translate("Finetuner::Cli",
                                                  "How dates are written: auto (default), dmy, mdy or ymd."),
                      u"ORDER"_s, u"auto"_s});
    if (const int exit = parseArguments(parser, arguments); exit >= 0)
        return exit;
    if (parser.positionalArguments().size() != 1) {
        printError(QCoreApplication::translate("Finetuner::Cli", "parse takes exactly one FILE"));
        return UnusableInput;
    }

    const std::optional<Core::Conversation> conversation =
        loadConversation(parser.positionalArguments().constFirst(), parser.value(u"date-order"_s));
    if (!conversation)
        return UnusableInput;
    return writeOutput({}, [&](QIODevice &out) { return Core::writeMessagesJsonl(*conversation, out); });
}

} // namespace Finetuner::Cli
