// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clicontext.h"

#include <core/tokenize/tokenizer.h>
#include <core/util/jsonwriter.h>
#include <core/validate/parseddatasetreader.h>
#include <core/validate/fixer.h>
#include <core/validate/validator.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace Finetuner::Cli {

using namespace Qt::StringLiterals;

namespace {

constexpr int DefaultMaxPerCheck = 20;
constexpr int LinesShownPerIssue = 8;
constexpr int MaxFixPasses = 3;

QString tr(const char *text)
{
    return QCoreApplication::translate("Finetuner::Cli", text);
}

QString severityName(Core::Issue::Severity severity)
{
    switch (severity) {
    case Core::Issue::Severity::Error:
        return u"error"_s;
    case Core::Issue::Severity::Warning:
        return u"warning"_s;
    case Core::Issue::Severity::Note:
        break;
    }
    return u"note"_s;
}

// "data.jsonl" → "data.fixed.jsonl"; a name without the .jsonl extension keeps its own and gets ".fixed.jsonl".
QString defaultFixedPath(const QString &path)
{
    if (path.endsWith(u".jsonl"_s, Qt::CaseInsensitive))
        return path.chopped(6) + u".fixed.jsonl"_s;
    return path + u".fixed.jsonl"_s;
}

bool isSameFile(const QString &a, const QString &b)
{
    const QFileInfo x(a);
    const QFileInfo y(b);
    if (x.exists() && y.exists())
        return x.canonicalFilePath() == y.canonicalFilePath();
    return x.absoluteFilePath() == y.absoluteFilePath();
}

QStringList splitIds(const QStringList &values)
{
    QStringList ids;
    for (const QString &value : values) {
        for (const QString &id : value.split(u',', Qt::SkipEmptyParts))
            ids.append(id.trimmed());
    }
    return ids;
}

QString linesPreview(const QList<int> &lines)
{
    QStringList shown;
    for (qsizetype i = 0; i < lines.size() && i < LinesShownPerIssue; ++i)
        shown.append(QString::number(lines.at(i)));
    QString text = (lines.size() == 1 ? tr("line %1") : tr("lines %1")).arg(shown.join(u", "_s));
    if (lines.size() > LinesShownPerIssue)
        text += tr(" and %1 more").arg(lines.size() - LinesShownPerIssue);
    return text;
}

// FILE:LINE: error: text [check-id], the form compilers use, so editors can jump to it.
QByteArray humanReport(const QString &path, const Core::Issues &issues, int maxPerCheck)
{
    QString out;
    QHash<QString, int> printed;
    QHash<QString, int> skipped;
    QStringList skippedOrder;
    for (const Core::Issue &issue : issues) {
        int &count = printed[issue.checkId];
        if (maxPerCheck > 0 && count >= maxPerCheck) {
            if (skipped[issue.checkId]++ == 0)
                skippedOrder.append(issue.checkId);
            continue;
        }
        ++count;
        out += path;
        if (issue.line > 0)
            out += u':' + QString::number(issue.line);
        out += u": "_s + severityName(issue.severity) + u": "_s + issue.text;
        if (issue.isWholeFile() && !issue.lines.isEmpty())
            out += u" ("_s + linesPreview(issue.lines) + u')';
        out += u" ["_s + issue.checkId + u"]\n"_s;
    }
    for (const QString &checkId : std::as_const(skippedOrder)) {
        out += path + u": note: "_s
            + tr("more of this check, not shown: %1 (--max-per-check 0 shows all)").arg(skipped.value(checkId))
            + u" ["_s + checkId + u"]\n"_s;
    }
    return out.toUtf8();
}

// One object per issue per line; the schema is in docs/validation.md.
bool writeJsonReport(const Core::Issues &issues, QIODevice &device)
{
    Core::Json::LineWriter writer(device);
    for (const Core::Issue &issue : issues) {
        Core::OutputBuffer &line = writer.line();
        line.append("{\"check\": ");
        Core::Json::appendString(line, issue.checkId);
        line.append(", \"severity\": ");
        Core::Json::appendString(line, severityName(issue.severity));
        line.append(", \"line\": ");
        line.append(issue.line > 0 ? QByteArray::number(issue.line) : "null"_ba);
        line.append(", \"message\": ");
        Core::Json::appendString(line, issue.text);
        line.append(", \"fix\": ");
        if (issue.fixId.isEmpty())
            line.append("null");
        else
            Core::Json::appendString(line, issue.fixId);
        line.append(", \"example\": ");
        line.append(issue.example >= 0 ? QByteArray::number(issue.example) : "null"_ba);
        line.append(", \"count\": ");
        line.append(QByteArray::number(issue.affected));
        line.append(", \"lines\": [");
        if (issue.lines.isEmpty() && issue.line > 0) {
            line.append(QByteArray::number(issue.line));
        } else {
            for (qsizetype i = 0; i < issue.lines.size(); ++i) {
                if (i > 0)
                    line.append(", ");
                line.append(QByteArray::number(issue.lines.at(i)));
            }
        }
        line.append("]}");
        writer.endLine();
    }
    return writer.flush();
}

struct Counts
{
    int errors = 0;
    int warnings = 0;
    int notes = 0;
};

Counts countIssues(const Core::Issues &issues)
{
    Counts counts;
    for (const Core::Issue &issue : issues) {
        switch (issue.severity) {
        case Core::Issue::Severity::Error:
            ++counts.errors;
            break;
        case Core::Issue::Severity::Warning:
            ++counts.warnings;
            break;
        case Core::Issue::Severity::Note:
            ++counts.notes;
            break;
        }
    }
    return counts;
}

QString summary(const QString &path, const Core::ParsedDataset &dataset, const Core::Issues &issues)
{
    const auto examples = std::count_if(dataset.records.cbegin(), dataset.records.cend(),
                                        [&](const Core::ParsedRecord &r) { return dataset.hasMajorityShape(r); });
    const Counts counts = countIssues(issues);
    QString text = tr("%1: %2, examples: %3, lines: %4; errors: %5, warnings: %6, notes: %7")
                       .arg(path)
                       .arg(Core::shapeName(dataset.shape))
                       .arg(examples)
                       .arg(dataset.lineCount)
                       .arg(counts.errors)
                       .arg(counts.warnings)
                       .arg(counts.notes);
    QStringList fixable;
    QStringList optional;
    for (const Core::FixDescription &fix : Core::Validator::fixes()) {
        const bool used = std::any_of(issues.cbegin(), issues.cend(),
                                      [&](const Core::Issue &issue) { return issue.fixId == fix.id; });
        if (used)
            (fix.optional ? optional : fixable).append(fix.id);
    }
    if (!fixable.isEmpty())
        text += tr("; --fix would apply: %1").arg(fixable.join(u", "_s));
    if (!optional.isEmpty())
        text += tr("; optional (--fix-also ID): %1").arg(optional.join(u", "_s));
    return text;
}

void printToStderr(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

QString fixReport(const Core::FixResult &result)
{
    QStringList parts;
    for (const Core::AppliedFix &fix : result.applied)
        parts.append(tr("%1: %2").arg(fix.fixId).arg(fix.lines));
    QString text = tr("lines per fix: %1").arg(parts.join(u", "_s));
    text += tr("; lines removed: %1, rewritten: %2").arg(result.droppedLines).arg(result.rewrittenLines);
    if (!result.unreadableKept.isEmpty()) {
        text += tr("; lines that are not records, kept as they were: %1").arg(result.unreadableKept.size());
    }
    return text;
}

} // namespace

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check a JSONL fine-tuning dataset (prompt/completion or chat messages) the way OpenAI's prepare_data "
           "tool and chat cookbook did, and optionally fix what can be fixed. Exit status: 0 when no errors "
           "(warnings and notes allowed), 1 when errors were found (with --fix: remain in the fixed file), 2 when "
           "the file cannot be read as JSON Lines or the arguments are wrong."));
    parser.addPositionalArgument(u"FILE"_s, tr("The JSONL dataset."));
    parser.addOption({u"json"_s, tr("Print one JSON object per issue per line instead of text.")});
    parser.addOption({u"fix"_s, tr("Apply every fix that is not optional and write the fixed file.")});
    parser.addOption({u"fix-also"_s,
                      tr("Also apply the optional fix ID (repeatable, or comma-separated); implies --fix."), u"ID"_s});
    parser.addOption({{u"o"_s, u"output"_s}, tr("Where --fix writes (default: FILE with .fixed.jsonl)."), u"OUT"_s});
    parser.addOption({u"disable"_s, tr("Do not run the check ID (repeatable, or comma-separated)."), u"ID"_s});
    parser.addOption({u"max-per-check"_s, tr("Print at most N issues of each check as text (default 20, 0: all)."),
                      u"N"_s, QString::number(DefaultMaxPerCheck)});
    parser.addOption({u"encoding"_s,
                      tr("Count tokens as o200k_base (default) or cl100k_base do, or with the quick estimate "
                         "(estimate)."),
                      u"NAME"_s, u"o200k_base"_s});
    parser.addOption({u"list-checks"_s, tr("List the checks and fixes and exit.")});
    if (const int exit = parseArguments(parser, arguments); exit >= 0)
        return exit;

    if (parser.isSet(u"list-checks"_s)) {
        QString out;
        for (const Core::CheckDescription &check : Core::Validator::checks()) {
            out += check.id + u'\t' + severityName(check.severity) + u'\t' + check.source + u'\t'
                + (check.fixId.isEmpty() ? u"-"_s : check.fixId) + u'\t' + check.summary + u'\n';
        }
        for (const Core::FixDescription &fix : Core::Validator::fixes())
            out += u"fix\t"_s + fix.id + u'\t' + (fix.optional ? u"optional"_s : u"default"_s) + u'\t' + fix.summary
                + u'\n';
        const QByteArray bytes = out.toUtf8();
        return writeOutput({}, [&](QIODevice &device) { return device.write(bytes) == bytes.size(); });
    }

    if (parser.positionalArguments().size() != 1) {
        printError(tr("validate takes exactly one FILE"));
        return UnusableInput;
    }
    const QString path = parser.positionalArguments().constFirst();

    bool numberOk = false;
    const int maxPerCheck = parser.value(u"max-per-check"_s).toInt(&numberOk);
    if (!numberOk || maxPerCheck < 0) {
        printError(tr("--max-per-check takes a number, 0 or more, not “%1”").arg(parser.value(u"max-per-check"_s)));
        return UnusableInput;
    }

    Core::ValidatorOptions options;
    const QString encodingName = parser.value(u"encoding"_s);
    if (encodingName != u"estimate"_s) {
        const std::optional<Core::Encoding> encoding = Core::encodingFromName(encodingName);
        if (!encoding) {
            printError(tr("unknown encoding “%1”; use o200k_base, cl100k_base or estimate").arg(encodingName));
            return UnusableInput;
        }
        QString error;
        if (const Core::Tokenizer *tokenizer = Core::Tokenizer::get(*encoding, &error)) {
            options.tokenCount = [tokenizer](QStringView text) { return tokenizer->count(text); };
        } else {
            // Only the token limits need it; every other check still runs.
            printError(tr("%1; token limits are checked with the estimate instead").arg(error));
        }
    }
    Core::Validator validator(options);
    for (const QString &id : splitIds(parser.values(u"disable"_s))) {
        if (!Core::Validator::isKnownCheck(id)) {
            printError(tr("unknown check “%1”; --list-checks lists them").arg(id));
            return UnusableInput;
        }
        validator.setCheckEnabled(id, false);
    }

    const QStringList alsoFix = splitIds(parser.values(u"fix-also"_s));
    const bool fix = parser.isSet(u"fix"_s) || !alsoFix.isEmpty();
    QSet<QString> fixIds = Core::defaultFixes();
    for (const QString &id : alsoFix) {
        if (!Core::Validator::isKnownFix(id)) {
            printError(tr("unknown fix “%1”; --list-checks lists them").arg(id));
            return UnusableInput;
        }
        fixIds.insert(id);
    }
    if (parser.isSet(u"output"_s) && !fix) {
        printError(tr("-o is where --fix writes; add --fix"));
        return UnusableInput;
    }
    const QString outputPath = parser.isSet(u"output"_s) ? parser.value(u"output"_s) : defaultFixedPath(path);
    if (fix && (outputPath == u"-"_s || isSameFile(outputPath, path))) {
        printError(tr("--fix does not overwrite its input or write to standard output; choose another -o OUT"));
        return UnusableInput;
    }

    Core::DatasetReadOptions readOptions;
    readOptions.readMode = Core::ReadMode::Map; // read once, then exit
    Core::Result<Core::ParsedDataset> read = Core::readParsedDataset(path, readOptions);
    if (!read.ok()) {
        printDiagnostics(read.diagnostics);
        return UnusableInput;
    }
    const Core::ParsedDataset &dataset = *read.value;
    const Core::Issues issues = validator.validate(dataset);

    const bool json = parser.isSet(u"json"_s);
    const QByteArray human = json ? QByteArray() : humanReport(path, issues, maxPerCheck);
    const int written = writeOutput({}, [&](QIODevice &out) {
        if (json)
            return writeJsonReport(issues, out);
        const QByteArray text = human + summary(path, dataset, issues).toUtf8() + '\n';
        return out.write(text) == text.size();
    });
    if (written != Success)
        return written;
    if (json)
        printToStderr(summary(path, dataset, issues));

    if (!fix)
        return countIssues(issues).errors > 0 ? ValidationFailed : Success;

    Core::FixResult fixed = Core::applyFixes(dataset, issues, fixIds);
    if (fixed.applied.isEmpty()) {
        printError(tr("nothing to fix in %1; no file written").arg(path));
        return countIssues(issues).errors > 0 ? ValidationFailed : Success;
    }

    // A fix can make a new issue another fix removes (a leading space added can make two examples equal): fix
    // the result again until nothing selected applies. Every fix only removes or completes, so this ends after
    // a pass or two; three is the bound.
    Core::Result<Core::ParsedDataset> again = Core::parseDatasetBytes(fixed.jsonl, outputPath);
    Core::Issues remaining;
    for (int pass = 1; again.ok(); ++pass) {
        remaining = validator.validate(*again.value);
        if (pass == MaxFixPasses)
            break;
        const Core::FixResult next = Core::applyFixes(*again.value, remaining, fixIds);
        if (next.applied.isEmpty())
            break;
        for (const Core::AppliedFix &applied : next.applied) {
            const auto same = std::find_if(fixed.applied.begin(), fixed.applied.end(),
                                           [&](const Core::AppliedFix &f) { return f.fixId == applied.fixId; });
            if (same != fixed.applied.end())
                same->lines += applied.lines;
            else
                fixed.applied.append(applied);
        }
        fixed.droppedLines += next.droppedLines;
        fixed.rewrittenLines += next.rewrittenLines;
        fixed.jsonl = next.jsonl;
        again = Core::parseDatasetBytes(fixed.jsonl, outputPath);
    }
    if (!again.ok()) {
        printDiagnostics(again.diagnostics);
        return UnusableInput;
    }

    // Nothing half-written is ever left at OUT: QSaveFile renames into place on commit.
    QSaveFile out(outputPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(fixed.jsonl) != fixed.jsonl.size() || !out.commit()) {
        printError(tr("cannot write %1: %2").arg(outputPath, out.errorString()));
        return UnusableInput;
    }
    printError(tr("wrote %1: %2").arg(outputPath, fixReport(fixed)));
    // The exit status says whether the fixed file is fit to use.
    printToStderr(summary(outputPath, *again.value, remaining));
    return countIssues(remaining).errors > 0 ? ValidationFailed : Success;
}

} // namespace Finetuner::Cli
