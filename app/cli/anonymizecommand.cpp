// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "anonymizationoptions.h"
#include "clicontext.h"

#include <core/dataset/examplebuilder.h>
#include <core/dataset/messagejsonl.h>
#include <core/project/project.h>
#include <core/util/jsonwriter.h>

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Finetuner::Cli {

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Finetuner::Cli", text);
}

/// One message as it is printed.
struct AnonymizedMessage
{
    QByteArray author;
    QByteArray text;
    QByteArray attachment;
};
} // namespace

int runAnonymize(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print the messages of a chat export as parse does, one JSON object per line, anonymized as the app "
           "anonymizes them: each author as their pseudonym; in the text (system lines and attachment names "
           "too) names as pseudonyms and phone numbers, e-mail addresses, links, IBANs, cards and IP addresses "
           "as placeholders. The counts of what was replaced go to standard error. Nothing is printed if the "
           "leak check finds anything left."));
    parser.addPositionalArgument(u"FILE"_s, tr("The chat export."));
    parser.addOption(
        {u"date-order"_s, tr("How dates are written: auto (default), dmy, mdy or ymd."), u"ORDER"_s, u"auto"_s});
    addAnonymizationOptions(parser);
    if (const int exit = parseArguments(parser, arguments); exit >= 0)
        return exit;
    if (parser.positionalArguments().size() != 1) {
        printError(tr("anonymize takes exactly one FILE"));
        return UnusableInput;
    }
    const std::optional<AnonymizationRequest> request = anonymizationFromOptions(parser);
    if (!request)
        return UnusableInput;
    std::optional<Core::Conversation> conversation = loadConversation(parser.positionalArguments().constFirst(),
                                                                      parser.value(u"date-order"_s));
    if (!conversation)
        return UnusableInput;

    Core::Project project(std::move(*conversation));
    applyAnonymization(project, *request);
    // Every message is printed, system lines and media too: included, each is scanned once on all cores.
    for (int row = 0; row < project.rowCount(); ++row)
        project.setIncludeOverride(row, Core::IncludeOverride::Included);
    Core::ExampleBuilder builder(project);
    builder.scanExported();

    const Core::Conversation &chat = project.conversation();
    std::vector<AnonymizedMessage> messages(size_t(chat.size()));
    QList<Core::TrainingExample> checked;
    checked.reserve(chat.size());
    PiiCounts counts{};
    for (int row = 0; row < chat.size(); ++row) {
        AnonymizedMessage &message = messages[size_t(row)];
        const QString author = builder.author(row);
        const QString text = builder.text(row);
        addCounts(counts, Core::countByType(builder.spans(row)));
        // A shared contact's file is named after the contact ("Bruce Wayne.vcf").
        QString attachment = chat.attachment(row);
        if (!attachment.isEmpty()) {
            Core::RowSpans spans;
            for (const Core::PiiSpan &span : builder.anonymizer().scanner().scan(attachment))
                spans.append({span, true, false});
            attachment = builder.anonymizer().apply(attachment, spans);
            addCounts(counts, Core::countByType(spans));
        }
        message = {author.toUtf8(), text.toUtf8(), attachment.toUtf8()};
        // The leak check reads a line of an export format: each field printed is a turn of its own.
        Core::TrainingExample example;
        example.row = row;
        example.sourceRows = {row};
        for (const QString &field : {author, text, attachment}) {
            if (!field.isEmpty())
                example.turns.append({Core::Turn::User, field, std::nullopt});
        }
        checked.append(example);
    }
    if (!passesLeakCheck(builder, checked, Core::ExportFormat::Chat))
        return ValidationFailed;

    const int exit = writeOutput({}, [&](QIODevice &out) {
        Core::Json::LineWriter writer(out);
        for (int row = 0; row < chat.size(); ++row) {
            const AnonymizedMessage &message = messages[size_t(row)];
            Core::appendMessageJson(writer.line(), chat, row, message.author, message.text, message.attachment);
            writer.endLine();
        }
        return writer.flush();
    });
    if (exit == Success)
        printError(anonymizationSummary(chat.size(), counts));
    return exit;
}

} // namespace Finetuner::Cli
