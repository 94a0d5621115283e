// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/anonymize/anonymizer.h>
#include <core/dataset/seedconverter.h>
#include <core/util/diagnostic.h>

class QIODevice;

namespace Finetuner::Core {

class Project;
struct ExportSettings;

/// Turns a project's rows into the prompt/completion lines that will be written, exactly:
/// prompt "TIME - [AUTHOR: ]TEXT" + suffix, completion with its leading space and stop sequence.
/// Build one after the participants, identities or settings change; it holds the project's Anonymizer.
class ExampleBuilder
{
public:
    explicit ExampleBuilder(const Project &project);

    const Project &project() const { return m_project; }
    const Anonymizer &anonymizer() const { return m_anonymizer; }

    /// Scans every exported, anonymized row once, on all cores, and keeps the spans for text() and the leak
    /// check: an export reads each message's spans twice and must not find them twice.
    void scanExported();
    /// @p row's spans (RowSpans): from scanExported() where it ran, else found now. Empty where the row is not
    /// anonymized.
    RowSpans spans(int row) const;

    /// The message text as it will be exported: where the row is anonymized, its enabled spans replaced
    /// (aliases by pseudonyms, what the PII detectors find by placeholders such as <PHONE>, as the settings
    /// choose per type); then excluded participants' names removed (the seed's remove).
    QString text(int row) const;
    /// The author as exported: the pseudonym where the row is anonymized.
    QString author(int row) const;
    QString prompt(int row) const;
    QString completion(int row) const;
    /// The completion before separators: what the annotator typed, or else the label schema's template
    /// rendered with the row's spans and choices (names anonymized where the row is). What the editor shows.
    QString plainCompletion(int row) const;
    /// The template's rendering alone, typed completion or not; empty without a template.
    QString templateCompletion(int row) const;
    PromptCompletion example(int row) const { return {prompt(row), completion(row)}; }
    /// The exact JSON line that will be written for @p row, without its line break.
    QByteArray line(int row) const;

    /// A typed completion with the separators the settings ask for. Idempotent: a completion that already
    /// starts with whitespace gets no second space, one that already ends with the stop sequence no second
    /// stop. Nothing typed stays empty: there is nothing to delimit.
    static QString withSeparators(const QString &completion, const ExportSettings &settings);

private:
    const Project &m_project;
    Anonymizer m_anonymizer;
    QStringList m_removedNames;
    std::vector<RowSpans> m_scanned; // by row, when scanExported() ran
};

/// The JSON line for one example, as written (no line break).
QByteArray jsonLine(const PromptCompletion &example);

/// Writes one line per exported row (included, not skipped). False when the device refuses a write.
/// A dataset's rows are written as its records are, in the file's own shape (Dataset::write).
bool writeProjectJsonl(const Project &project, QIODevice &device, int *written = nullptr);

/// A dataset's records that are broken and would be exported: one error each, with the record's line and column.
/// An export with any is refused: a trainer would stop at the first.
Diagnostics brokenExportedRecords(const Project &project);

/// Separators that collide: the prompt suffix and the stop sequence equal or inside each other, or found inside
/// exported texts, where a model would take them for the end. Warnings name the row's source line.
Diagnostics checkSeparators(const Project &project);

} // namespace Finetuner::Core
