// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "anonymizationoptions.h"
#include "clicontext.h"

#include <core/dataset/examplebuilder.h>
#include <core/dataset/seedconverter.h>
#include <core/project/project.h>

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Finetuner::Cli {

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Finetuner::Cli", text);
}

/// The seed's lines with the rows anonymized as a new project in the app would: the same rows and shape as
/// seedExamples(), the text and author from the ExampleBuilder, the --remove names deleted after.
int convertAnonymized(Core::Conversation conversation,
                      const Core::SeedConvertOptions &options,
                      const AnonymizationRequest &request,
                      const QString &outputPath)
{
    Core::Project project(std::move(conversation));
    applyAnonymization(project, request);
    const Core::Conversation &chat = project.conversation();
    const int user = chat.participantId(options.user);
    // Only the user's text messages are exported, as seedExamples() takes them; the others are context.
    for (int id = 0; id < project.participantCount(); ++id)
        project.setParticipantRole(id,
                                   id == user ? Core::ParticipantRole::PromptAuthor : Core::ParticipantRole::Context);
    Core::ExportSettings settings = Core::ExportSettings::seed();
    settings.includeAuthor = options.includeUser;
    project.setExportSettings(settings);

    Core::ExampleBuilder builder(project);
    builder.scanExported();
    QList<Core::PromptCompletion> lines;
    QList<Core::TrainingExample> examples;
    PiiCounts counts{};
    for (int row = 0; row < project.rowCount(); ++row) {
        if (!project.isExported(row))
            continue;
        QString text = builder.text(row);
        for (const QString &name : options.remove) {
            if (!name.isEmpty())
                text.remove(name); // as seedExamples() does: literal and case-sensitive
        }
        QString prompt = chat.timestamp(row).toString() + u" - "_s;
        if (options.includeUser)
            prompt += builder.author(row) + u": "_s;
        prompt += text;
        Core::TrainingExample example;
        example.row = row;
        example.prompt = prompt;
        example.sourceRows = {row};
        examples.append(example);
        lines.append({prompt, QString()});
        addCounts(counts, Core::countByType(builder.spans(row)));
    }
    if (!passesLeakCheck(builder, examples, Core::ExportFormat::PromptCompletion))
        return ValidationFailed;
    const int exit = writeOutput(outputPath, [&](QIODevice &out) {
        return Core::writePromptCompletionJsonl(lines, out);
    });
    if (exit == Success)
        printError(anonymizationSummary(int(lines.size()), counts));
    return exit;
}
} // namespace

int runConvert(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a prompt/completion JSONL line for each text message of one participant, as the seed scripts' "
           "parse_convo did: {\"prompt\": \"TIMESTAMP - TEXT\", \"completion\": \"\"}. With --anonymize, names "
           "become pseudonyms and phone numbers, e-mail addresses, links, IBANs, cards and IP addresses "
           "placeholders, as in the app; nothing is written if the leak check finds any left."));
    parser.addPositionalArgument(u"FILE"_s, tr("The chat export."));
    parser.addOption({u"user"_s, tr("The participant whose messages become prompts."), u"NAME"_s});
    parser.addOption({u"remove"_s, tr("A name to delete wherever it appears in the text (repeatable)."), u"NAME"_s});
    parser.addOption({u"include-user"_s, tr("Write TIMESTAMP - AUTHOR: TEXT.")});
    parser.addOption({{u"o"_s, u"output"_s}, tr("Write to OUT instead of standard output."), u"OUT"_s});
    parser.addOption(
        {u"date-order"_s, tr("How dates are written: auto (default), dmy, mdy or ymd."), u"ORDER"_s, u"auto"_s});
    parser.addOption({u"anonymize"_s,
                      tr("Anonymize the text (and the author with --include-user) with the app's defaults and the "
                         "options below; the counts of what was replaced go to standard error.")});
    addAnonymizationOptions(parser);
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
    std::optional<AnonymizationRequest> request;
    if (parser.isSet(u"anonymize"_s)) {
        request = anonymizationFromOptions(parser);
        if (!request)
            return UnusableInput;
    } else if (const QStringList set = setAnonymizationOptions(parser); !set.isEmpty()) {
        printError(tr("%1 only applies with --anonymize").arg(set.join(u", "_s)));
        return UnusableInput;
    }

    std::optional<Core::Conversation> conversation = loadConversation(parser.positionalArguments().constFirst(),
                                                                      parser.value(u"date-order"_s));
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
    if (request)
        return convertAnonymized(std::move(*conversation), options, *request, parser.value(u"output"_s));

    const QList<Core::PromptCompletion> examples = Core::seedExamples(*conversation, options);
    return writeOutput(parser.value(u"output"_s), [&](QIODevice &out) {
        return Core::writePromptCompletionJsonl(examples, out);
    });
}

} // namespace Finetuner::Cli
