// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "examplebuilder.h"

#include <core/anonymize/piioperator.h>
#include <core/dataset/exportformat.h>
#include <core/label/completiontemplate.h>
#include <core/project/project.h>
#include <core/util/bytesearch.h>
#include <core/util/parallel.h>

#include <QCoreApplication>
#include <QLocale>


namespace Finetuner::Core {

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Finetuner::Core::ExampleBuilder", text);
}
} // namespace

ExampleBuilder::ExampleBuilder(const Project &project)
    : m_project(project)
    , m_anonymizer(project)
{
    const QStringList &participants = project.conversation().participants();
    for (int id = 0; id < participants.size(); ++id) {
        if (project.participant(id).role == ParticipantRole::Excluded)
            m_removedNames.append(participants.at(id));
    }
}

void ExampleBuilder::scanExported()
{
    if (m_project.isDataset())
        return;
    const int rows = m_project.rowCount();
    m_scanned.assign(size_t(rows), {});
    // Rows are independent and the scanner is const.
    forEachBlock(rows, 4096, [this](qsizetype, qsizetype begin, qsizetype end) {
        for (int row = int(begin); row < int(end); ++row) {
            if (m_project.isAnonymized(row) && m_project.isExported(row))
                m_scanned[size_t(row)] = m_anonymizer.spans(row);
        }
    });
}

RowSpans ExampleBuilder::spans(int row) const
{
    if (m_project.isDataset() || !m_project.isAnonymized(row))
        return {};
    if (size_t(row) < m_scanned.size() && m_project.isExported(row))
        return m_scanned[size_t(row)];
    return m_anonymizer.spans(row);
}

QString ExampleBuilder::text(int row) const
{
    // A dataset under review is shown and written as its records are; separators are the validator's business.
    if (const Dataset *dataset = m_project.dataset())
        return dataset->prompt(row);
    QString text = m_project.conversation().text(row);
    // Spans are offsets into the text as imported: replace first, remove after.
    if (m_project.isAnonymized(row))
        text = m_anonymizer.apply(text, spans(row));
    for (const QString &name : m_removedNames)
        text.remove(name); // the seed's str.replace(name, ''): literal and case-sensitive
    return text;
}

QString ExampleBuilder::author(int row) const
{
    if (const Dataset *dataset = m_project.dataset())
        return dataset->roles(row);
    const int id = m_project.conversation().authorId(row);
    if (id < 0)
        return {};
    return m_project.isAnonymized(row) ? m_project.pseudonym(id) : m_project.conversation().participants().at(id);
}

QString ExampleBuilder::prompt(int row) const
{
    if (const Dataset *dataset = m_project.dataset())
        return dataset->prompt(row);
    const ExportSettings &settings = m_project.exportSettings();
    QString prompt = m_project.conversation().timestamp(row).toString() + u" - "_s;
    if (settings.includeAuthor && m_project.conversation().authorId(row) >= 0)
        prompt += author(row) + u": "_s;
    return prompt + text(row) + settings.promptSuffix;
}

QString ExampleBuilder::completion(int row) const
{
    if (m_project.isDataset())
        return m_project.completion(row);
    return withSeparators(plainCompletion(row), m_project.exportSettings());
}

QString ExampleBuilder::plainCompletion(int row) const
{
    const QString typed = m_project.completion(row);
    return typed.isEmpty() ? templateCompletion(row) : typed;
}

QString ExampleBuilder::templateCompletion(int row) const
{
    const LabelSchema &schema = m_project.labelSchema();
    if (schema.completionTemplate.isEmpty() || m_project.isDataset())
        return {};
    const Conversation &conversation = m_project.conversation();
    const QString rendered = renderCompletion(schema, m_project.annotation(row),
                                              {conversation.text(row), conversation.timestamp(row).toString(),
                                               author(row)});
    // Entities are slices of the text as imported: a labelled name must not slip past the pseudonyms.
    return m_project.isAnonymized(row) ? m_anonymizer.anonymize(rendered) : rendered;
}

QString ExampleBuilder::withSeparators(const QString &completion, const ExportSettings &settings)
{
    if (completion.isEmpty())
        return completion;
    QString result = completion;
    if (settings.completionLeadingSpace && !result.front().isSpace())
        result.prepend(u' ');
    if (!settings.stopSequence.isEmpty() && !result.endsWith(settings.stopSequence))
        result += settings.stopSequence;
    return result;
}

QByteArray ExampleBuilder::line(int row) const
{
    if (const Dataset *dataset = m_project.dataset())
        return dataset->record(row);
    return jsonLine(example(row));
}

QByteArray jsonLine(const PromptCompletion &example)
{
    TrainingExample line;
    line.prompt = example.prompt;
    line.completion = example.completion;
    return exampleLine(line, ExportFormat::PromptCompletion);
}

bool writeProjectJsonl(const Project &project, QIODevice &device, int *written)
{
    if (const Dataset *dataset = project.dataset()) {
        int count = 0;
        const bool ok = dataset->write(device, [&](int row) {
            const bool keep = project.isExported(row);
            count += keep;
            return keep;
        });
        if (written)
            *written = count;
        return ok;
    }
    // The seed's shape: one prompt/completion line per exported row, whatever the export settings' mode.
    const QList<TrainingExample> examples = buildExamples(project, ExampleOptions());
    QList<int> all;
    all.reserve(examples.size());
    for (int i = 0; i < examples.size(); ++i)
        all.append(i);
    if (written)
        *written = int(examples.size());
    return writeExamples(examples, all, ExportFormat::PromptCompletion, device);
}

Diagnostics brokenExportedRecords(const Project &project)
{
    Diagnostics problems;
    const Dataset *dataset = project.dataset();
    if (!dataset || dataset->brokenCount() == 0)
        return problems;
    for (int row = 0; row < project.rowCount(); ++row) {
        if (dataset->isBroken(row) && project.isExported(row)) {
            problems.append({Diagnostic::Severity::Error, dataset->problem(row), dataset->sourcePath(),
                             dataset->line(row), dataset->problemColumn(row)});
        }
    }
    return problems;
}

Diagnostics checkSeparators(const Project &project)
{
    Diagnostics problems;
    if (project.isDataset())
        return problems;
    const ExportSettings &settings = project.exportSettings();
    const QString &suffix = settings.promptSuffix;
    const QString &stop = settings.stopSequence;
    auto warn = [&problems, &project](const QString &message, int line = -1) {
        problems.append({Diagnostic::Severity::Warning, message, project.conversation().sourcePath(), line, -1});
    };
    if (!suffix.isEmpty() && !stop.isEmpty() && (suffix.contains(stop) || stop.contains(suffix))) {
        warn(tr("The prompt suffix and the stop sequence overlap: a model cannot tell the end of a prompt from "
                "the end of a completion."));
    }
    // The trimmed forms are what a tokenizer sees; "###" inside a text ends a "\n\n###\n\n" prompt as well.
    const QString suffixCore = suffix.trimmed();
    const QString stopCore = stop.trimmed();
    int suffixHits = 0;
    int stopHits = 0;
    int firstSuffixLine = -1;
    int firstStopLine = -1;
    // The app runs this after edits on projects of a million rows: search the texts' UTF-8 bytes as imported
    // (pseudonyms do not make separators) and only the rows that have a completion.
    if (!suffixCore.isEmpty()) {
        const QByteArray needle = suffixCore.toUtf8();
        for (int row = 0; row < project.rowCount(); ++row) {
            if (project.isExported(row) && Bytes::contains(project.conversation().textUtf8(row), needle)
                && suffixHits++ == 0) {
                firstSuffixLine = project.conversation().line(row);
            }
        }
    }
    if (!stopCore.isEmpty()) {
        int firstStopRow = -1;
        for (auto it = project.completions().cbegin(); it != project.completions().cend(); ++it) {
            if (!project.isExported(it.key()))
                continue;
            // A completion that already ends with the stop sequence is fine; one that holds it earlier is not.
            QStringView body = it.value();
            if (body.endsWith(stop))
                body.chop(stop.size());
            if (body.contains(stopCore)) {
                ++stopHits;
                if (firstStopRow < 0 || it.key() < firstStopRow)
                    firstStopRow = it.key();
            }
        }
        if (firstStopRow >= 0)
            firstStopLine = project.conversation().line(firstStopRow);
    }
    if (suffixHits > 0) {
        warn(tr("%1 prompt text(s) contain the prompt suffix “%2”; the first is here.")
                 .arg(suffixHits)
                 .arg(suffixCore),
             firstSuffixLine);
    }
    if (stopHits > 0) {
        warn(tr("%1 completion(s) contain the stop sequence “%2” before their end; the first is here.")
                 .arg(stopHits)
                 .arg(stopCore),
             firstStopLine);
    }
    return problems;
}

} // namespace Finetuner::Core
