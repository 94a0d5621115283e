// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "anonymizationoptions.h"

#include "clicontext.h"

#include <core/anonymize/customregexdetector.h>
#include <core/anonymize/leakcheck.h>
#include <core/dataset/examplebuilder.h>
#include <core/project/project.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

namespace Finetuner::Cli {

using namespace Qt::StringLiterals;
using Core::PiiType;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Finetuner::Cli", text);
}

// The order of the summary and of the lists in messages: people first, then what is most often in a chat.
constexpr std::array<PiiType, Core::PiiTypeCount> SummaryOrder = {
    PiiType::Person,
    PiiType::Phone,
    PiiType::Email,
    PiiType::Url,
    PiiType::Location,
    PiiType::Iban,
    PiiType::PaymentCard,
    PiiType::IpAddress,
    PiiType::CustomTerm,
    PiiType::CustomRegex,
};

// What the detectors find; the user's terms and patterns are switched off by not giving them.
bool isDetector(PiiType type)
{
    return type != PiiType::CustomTerm && type != PiiType::CustomRegex;
}

QString typeNames(bool detectorsOnly)
{
    QStringList names;
    for (const PiiType type : SummaryOrder) {
        if (!detectorsOnly || isDetector(type))
            names.append(Core::piiTypeName(type));
    }
    return names.join(u", "_s);
}

std::optional<PiiType> typeFromName(const QString &name, bool detectorsOnly)
{
    const QByteArray latin1 = name.trimmed().toLower().toLatin1();
    const std::optional<PiiType> type = Core::piiTypeFromName(QLatin1StringView(latin1));
    if (!type || (detectorsOnly && !isDetector(*type)))
        return std::nullopt;
    return type;
}

// --keep phone,email is --keep phone --keep email, as validate's --disable takes lists.
QStringList listValues(const QCommandLineParser &parser, const QString &option)
{
    QStringList values;
    for (const QString &value : parser.values(option))
        values += value.split(u',', Qt::SkipEmptyParts);
    return values;
}

// Singular and plural, by hand: the CLI loads no translation, and "1 name(s)" reads badly in a summary.
struct CountNoun
{
    const char *one;
    const char *many;
};

CountNoun countNoun(PiiType type)
{
    switch (type) {
    case PiiType::Person:
        return {QT_TRANSLATE_NOOP("Finetuner::Cli", "%1 name"), QT_TRANSLATE_NOOP("Finetuner::Cli", "%1 names")};
    case PiiType::Phone:
        return {QT_TRANSLATE_NOOP("Finetuner::Cli", "%1 phone number"),
                QT_TRANSLATE_NOOP("Finetuner::Cli", "%1 phone numbers")};
    case PiiType::Email:
        return {QT_TRANSLATE_NOOP("Finetuner::Cli", "%1 e-mail address"),
                QT_TRANSLATE_NOOP("Finetuner::Cli", "%1 e-mail addresses")};
    case PiiType::Url:
        return {QT_TRANSLATE_NOOP("Finetuner::Cli", "%1 link"), QT_TRANSLATE_NOOP("Finetuner::Cli", "%1 links")};
    case PiiType::Location:
        return {QT_TRANSLATE_NOOP("Finetuner::Cli", "%1 location"),
                QT_TRANSLATE_NOOP("Finetuner::Cli", "%1 locations")};
    case PiiType::Iban:
        return {QT_TRANSLATE_NOOP("Finetuner::Cli", "%1 IBAN"), QT_TRANSLATE_NOOP("Finetuner::Cli", "%1 IBANs")};
    case PiiType::PaymentCard:
        return {QT_TRANSLATE_NOOP("Finetuner::Cli", "%1 card number"),
                QT_TRANSLATE_NOOP("Finetuner::Cli", "%1 card numbers")};
    case PiiType::IpAddress:
        return {QT_TRANSLATE_NOOP("Finetuner::Cli", "%1 IP address"),
                QT_TRANSLATE_NOOP("Finetuner::Cli", "%1 IP addresses")};
    case PiiType::CustomTerm:
        return {QT_TRANSLATE_NOOP("Finetuner::Cli", "%1 custom term"),
                QT_TRANSLATE_NOOP("Finetuner::Cli", "%1 custom terms")};
    case PiiType::CustomRegex:
        return {QT_TRANSLATE_NOOP("Finetuner::Cli", "%1 pattern match"),
                QT_TRANSLATE_NOOP("Finetuner::Cli", "%1 pattern matches")};
    }
    return {"%1", "%1"};
}

QString counted(int n, const CountNoun &noun)
{
    return tr(n == 1 ? noun.one : noun.many).arg(n);
}

} // namespace

void addAnonymizationOptions(QCommandLineParser &parser)
{
    parser.addOption({u"pseudonyms"_s,
                      tr("How people are renamed: numbered (Person 1, Person 2… in the order they appear; the "
                         "default) or surrogate (realistic first names nobody in the chat is called)."),
                      u"STYLE"_s,
                      u"numbered"_s});
    parser.addOption({u"keep"_s,
                      tr("Keep TYPE as written: switch its detector off (repeatable, or a list with commas): %1.")
                          .arg(typeNames(true)),
                      u"TYPE"_s});
    parser.addOption({u"operator"_s,
                      tr("What replaces TYPE (repeatable): placeholder (<PHONE>, <EMAIL>…), redact (nothing), mask "
                         "(••• ••••) or pseudonym (people's pseudonyms; other types get their placeholder). By "
                         "default people get pseudonyms and the rest placeholders. TYPE as for --keep, or term or "
                         "regex."),
                      u"TYPE=OP"_s});
    parser.addOption({u"term"_s,
                      tr("A word or phrase anonymized wherever it stands as a word, in any case (repeatable); "
                         "becomes <PII>."),
                      u"TEXT"_s});
    parser.addOption({u"pattern"_s,
                      tr("An RE2 regular expression whose matches are anonymized (repeatable); they "
                         "become <PII>."),
                      u"RE2"_s});
    parser.addOption({u"region"_s,
                      tr("A region (ISO 3166 code: GB, ES, US…) whose phone numbers in national form are found too, "
                         "beyond those of the participants' numbers and of the system locale (repeatable)."),
                      u"CC"_s});
}

QStringList setAnonymizationOptions(const QCommandLineParser &parser)
{
    QStringList set;
    for (const QString &name : {u"pseudonyms"_s, u"keep"_s, u"operator"_s, u"term"_s, u"pattern"_s, u"region"_s}) {
        if (parser.isSet(name))
            set.append(u"--"_s + name);
    }
    return set;
}

std::optional<AnonymizationRequest> anonymizationFromOptions(const QCommandLineParser &parser)
{
    AnonymizationRequest request;
    Core::AnonymizationSettings &settings = request.settings;

    const QString style = parser.value(u"pseudonyms"_s);
    if (style == Core::pseudonymStyleName(Core::PseudonymStyle::Numbered)) {
        request.style = Core::PseudonymStyle::Numbered;
    } else if (style == Core::pseudonymStyleName(Core::PseudonymStyle::Surrogate)) {
        request.style = Core::PseudonymStyle::Surrogate;
    } else {
        printError(tr("unknown pseudonym style “%1”; use numbered or surrogate").arg(style));
        return std::nullopt;
    }

    for (const QString &name : listValues(parser, u"keep"_s)) {
        const std::optional<PiiType> type = typeFromName(name, true);
        if (!type) {
            printError(tr("--keep: unknown type “%1”; use %2").arg(name, typeNames(true)));
            return std::nullopt;
        }
        settings.setEnabled(*type, false);
    }

    for (const QString &assignment : listValues(parser, u"operator"_s)) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals < 0) {
            printError(tr("--operator takes TYPE=OPERATOR, such as phone=mask, not “%1”").arg(assignment));
            return std::nullopt;
        }
        const QString typeName = assignment.left(equals);
        const std::optional<PiiType> type = typeFromName(typeName, false);
        if (!type) {
            printError(tr("--operator: unknown type “%1”; use %2").arg(typeName, typeNames(false)));
            return std::nullopt;
        }
        const QString operatorName = assignment.mid(equals + 1).trimmed().toLower();
        const QByteArray latin1 = operatorName.toLatin1();
        const std::optional<Core::PiiOperator> op = Core::piiOperatorFromName(QLatin1StringView(latin1));
        if (!op) {
            printError(tr("--operator: unknown operator “%1”; use placeholder, redact, mask or pseudonym")
                           .arg(assignment.mid(equals + 1)));
            return std::nullopt;
        }
        settings.operators.set(*type, *op);
    }

    for (const QString &term : parser.values(u"term"_s)) {
        if (term.trimmed().isEmpty()) {
            printError(tr("--term needs a word or phrase, not an empty one"));
            return std::nullopt;
        }
        settings.customTerms.append(term);
    }

    settings.customPatterns = parser.values(u"pattern"_s);
    if (settings.customPatterns.contains(QString())) {
        printError(tr("--pattern needs a regular expression, not an empty one"));
        return std::nullopt;
    }
    // Compiled here, before the chat is read: the detector names the pattern and RE2's reason.
    Core::Diagnostics problems;
    const Core::CustomRegexDetector patterns(settings.customPatterns, &problems);
    if (!problems.isEmpty()) {
        for (const Core::Diagnostic &problem : std::as_const(problems))
            printError(u"--pattern: "_s + problem.message);
        return std::nullopt;
    }

    for (const QString &region : listValues(parser, u"region"_s)) {
        const QString code = region.trimmed().toUpper();
        if (code.size() != 2 || QLocale::codeToTerritory(code) == QLocale::AnyTerritory) {
            printError(
                tr("--region: “%1” is not a region code; use two letters of ISO 3166 such as GB or ES").arg(region));
            return std::nullopt;
        }
        settings.phoneRegions.append(code);
    }
    return request;
}

void applyAnonymization(Core::Project &project, const AnonymizationRequest &request)
{
    Core::IdentityMap identities = project.identities();
    identities.setStyle(request.style);
    project.setIdentities(identities);
    project.setAnonymization(request.settings);
}

bool passesLeakCheck(const Core::ExampleBuilder &builder,
                     const QList<Core::TrainingExample> &examples,
                     Core::ExportFormat format)
{
    QList<int> all;
    all.reserve(examples.size());
    for (int i = 0; i < examples.size(); ++i)
        all.append(i);
    const Core::Diagnostics leaks = Core::findLeaks(builder, examples, all, format);
    if (leaks.isEmpty())
        return true;
    printDiagnostics(leaks);
    printError(counted(int(leaks.size()),
                       {QT_TRANSLATE_NOOP("Finetuner::Cli", "the leak check found %1 leak; nothing was written"),
                        QT_TRANSLATE_NOOP("Finetuner::Cli", "the leak check found %1 leaks; nothing was written")}));
    return false;
}

void addCounts(PiiCounts &total, const PiiCounts &more)
{
    for (size_t i = 0; i < total.size(); ++i)
        total[i] += more[i];
}

QString anonymizationSummary(int messages, const PiiCounts &counts)
{
    QStringList parts;
    for (const PiiType type : SummaryOrder) {
        if (const int n = counts[size_t(type)]; n > 0)
            parts.append(counted(n, countNoun(type)));
    }
    const QString found = parts.isEmpty() ? tr("nothing to replace") : parts.join(u", "_s);
    return counted(messages,
                   {QT_TRANSLATE_NOOP("Finetuner::Cli", "anonymized %1 message: %2"),
                    QT_TRANSLATE_NOOP("Finetuner::Cli", "anonymized %1 messages: %2")})
        .arg(found);
}

} // namespace Finetuner::Cli
