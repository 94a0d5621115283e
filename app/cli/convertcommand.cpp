// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clicontext.h"

#include <core/dataset/seedconverter.h>

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Finetuner::Cli {

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Finetuner::Cli", text);
}
} // namespace

int runConvert(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a prompt/completion JSONL line for each text message of one participant, as the seed scripts' "
           "parse_convo did: {\"prompt\": \"TIMESTAMP - TEXT\", \"completion\": \"\"}."));
    parser.addPositionalArgument(u"FILE"_s, tr("The chat export."));
    parser.addOption({u"user"_s, tr("The participant whose messages become prompts."), u"NAME"_s});
    parser.addOption({u"remove"_s, tr("A name to delete wherever it appears in the text (repeatable)."), u"NAME"_s});
    parser.addOption({u"include-user"_s, tr("Write TIMESTAMP - AUTHOR: TEXT.")});
    parser.addOption({{u"o"_s, u"output"_s}, tr("Write to OUT instead of standard output."), u"OUT"_s});
    parser.addOption({u"date-order"_s, tr("How dates are written: auto (default), dmy, mdy or ymd."), u"ORDER"_s,
                      u"auto"_s});
    if (const int exit = parseArguments(parser, arguments); exit >= 0)
        return exit;
    if (parser.positionalArguments().size() != 1) {
        printError(tr("convert takes exactly one FILE"));
        return UnusableInput;
    }
    if (!parser.isSet(u"user"_s)) {
        printError(tr("convert needs --user NAME"));
        return UnusableInput;
    }

    const std::optional<Core::Conversation> conversation =
        loadConversation(parser.positionalArguments().constFirst(), parser.value(u"date-order"_s));
    if (!conversation)
        return UnusableInput;

    Core::SeedConvertOptions options;
    options.user = parser.value(u"user"_s);
    options.remove = parser.values(u"remove"_s);
    options.includeUser = parser.isSet(u"include-user"_s);
    if (conversation->participantId(options.user) < 0) {
        printError(tr("nobody named “%1” wrote in this chat; the participants are: %2")
                       .arg(options.user, conversation->participants().join(u", "_s)));
        return UnusableInput;
    }

    const QList<Core::PromptCompletion> examples = Core::seedExamples(*conversation, options);
    return writeOutput(parser.value(u"output"_s),
                       [&](QIODevice &out) { return Core::writePromptCompletionJsonl(examples, out); });
}

} // namespace Finetuner::Cli
