// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/anonymize/anonymizationsettings.h>
#include <core/anonymize/identity.h>
#include <core/anonymize/piiscanner.h>
#include <core/util/diagnostic.h>

#include <QList>
#include <QString>

namespace Finetuner::Core {

class Project;

/// One span of a message as the annotator sees it: what was found (or added by hand) and whether it is replaced.
struct RowSpan
{
    PiiSpan span;
    bool enabled = true; // false: switched off, the text stays as written
    bool byHand = false; // added by the annotator, not found by a detector

    friend bool operator==(const RowSpan &a, const RowSpan &b)
    {
        return a.span == b.span && a.enabled == b.enabled && a.byHand == b.byHand;
    }
};
using RowSpans = QList<RowSpan>;

/// A project's anonymization (DESIGN.md §5): its identity map's aliases and the PII detectors over each message,
/// the annotator's per-span overrides on top, and the operators that turn the spans into exported text.
///
/// Built from the project as it is; build a new one after the identities, the anonymization settings or the
/// participants change. Const and safe on several threads at once.
class Anonymizer
{
public:
    Anonymizer() = default;
    explicit Anonymizer(const Project &project);

    /// What the scanner is told for @p project: the enabled types, custom terms and patterns, the identities'
    /// aliases and numbers, and phone regions: the participants' numbers' regions, the system locale's and the
    /// user's. Invalid custom patterns go to @p diagnostics.
    static PiiScannerSettings scannerSettings(const Project &project);

    /// Every span of @p row's text as imported, sorted: detected ones (on, or off where the annotator said so)
    /// and the annotator's own; a span added by hand wins over detected ones it overlaps.
    RowSpans spans(int row) const;
    /// @p text with the enabled ones of @p spans replaced by their operators.
    QString apply(QStringView text, const RowSpans &spans) const;
    /// Any text (a template's completion, a typed one): everything found, replaced; no overrides.
    QString anonymize(QStringView text) const;

    /// The replacement of a Person span: its identity's pseudonym.
    QString pseudonym(int identity) const;
    const PiiScanner &scanner() const { return m_scanner; }
    /// Problems with the settings (a custom pattern that does not compile).
    const Diagnostics &problems() const { return m_problems; }

private:
    const Project *m_project = nullptr;
    Diagnostics m_problems; // before m_scanner: its constructor writes here
    PiiScanner m_scanner;
    PiiOperators m_operators;
    QStringList m_pseudonyms; // by identity
};

/// The count of each type among @p spans' enabled spans, indexed by PiiType.
std::array<int, PiiTypeCount> countByType(const RowSpans &spans);

} // namespace Finetuner::Core
