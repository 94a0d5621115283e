// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "leakcheck.h"

#include <core/anonymize/piiscanner.h>
#include <core/dataset/examplebuilder.h>
#include <core/label/annotation.h>
#include <core/project/project.h>
#include <core/util/jsonwriter.h>

#include <QCoreApplication>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

namespace {

struct Forbidden
{
    QString value;
    QString kind; // "name", or the PII type's name
    int sourceLine;
};

/// @p value as it stands in a JSON line: the escaper's own output, without the quotes.
QString escaped(const QString &value)
{
    OutputBuffer out;
    Json::appendString(out, value);
    const QByteArrayView bytes = out.view();
    return QString::fromUtf8(bytes.sliced(1, bytes.size() - 2));
}

} // namespace

Diagnostics findLeaks(const Project &project, const QList<TrainingExample> &examples, const QList<int> &indices,
                      ExportFormat format)
{
    Diagnostics leaks;
    if (project.isDataset())
        return leaks; // a reviewed dataset is written as it was given; its names are not known
    const Conversation &conversation = project.conversation();
    const PiiScanner scanner(piiScannerSettings());
    // Names are looked for in every line: escaped and lower-cased once, not per line.
    QStringList names;
    for (const QString &name : conversation.participants())
        names.append(escaped(name).toLower());
    int outputLine = 0;
    for (const int index : indices) {
        ++outputLine;
        const TrainingExample &example = examples.at(index);
        QList<Forbidden> forbidden;
        bool allAnonymized = !example.sourceRows.isEmpty();
        for (const int row : example.sourceRows) {
            if (!project.isAnonymized(row)) {
                allAnonymized = false;
                continue;
            }
            const QString text = conversation.text(row);
            for (const PiiSpan &span : scanner.scan(text))
                forbidden.append({text.mid(span.begin, span.length()), QString(piiTypeName(span.type)),
                                  conversation.line(row)});
        }
        // Anonymized through and through, an example holds no participant's name anywhere: in the text, in the
        // author, in a typed completion. (With a message shown as written on purpose, names may be its own.)
        if (allAnonymized) {
            const int line = conversation.line(example.row);
            for (const QString &name : std::as_const(names)) {
                if (name.size() >= 2)
                    forbidden.append({name, u"name"_s, line});
            }
        }
        if (forbidden.isEmpty())
            continue;
        const QString written = QString::fromUtf8(exampleLine(example, format)).toLower();
        for (const Forbidden &value : std::as_const(forbidden)) {
            const QString needle = value.kind == u"name"_s ? value.value : escaped(value.value).toLower();
            // Anywhere, in any case: "ribeiroEND" is a leak too. Only a two-letter name must stand as a word, or
            // every "Al" would stop an export with "also" in it.
            const bool found = value.kind == u"name"_s && needle.size() < 3
                ? !wholeWordOccurrences(written, needle).isEmpty()
                : written.contains(needle);
            if (!found)
                continue;
            leaks.append({Diagnostic::Severity::Error,
                          QCoreApplication::translate("Finetuner::Core::LeakCheck",
                                                      "output line %1 still holds a %2 from the anonymized message "
                                                      "on line %3")
                              .arg(outputLine)
                              .arg(value.kind)
                              .arg(value.sourceLine),
                          conversation.sourcePath(), value.sourceLine, -1});
        }
    }
    return leaks;
}

} // namespace Finetuner::Core
