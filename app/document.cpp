// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document.h"

#include <core/project/projectstore.h>

#include <QUndoStack>

#include <algorithm>

namespace Finetuner::App {

using Core::IncludeOverride;
using Core::ReviewStatus;

Document::Document(QObject *parent)
    : QObject(parent)
    , m_builder(std::make_unique<Core::ExampleBuilder>(m_project))
    , m_undoStack(new QUndoStack(this))
{
}

Document::~Document() = default;

void Document::setProject(Core::Project project, std::unique_ptr<Core::ProjectStore> store)
{
    m_undoStack->clear();
    m_project = std::move(project);
    m_store = std::move(store);
    rebuild();
    emit projectReset();
    emit statusCountsChanged();
    emit storageChanged();
}

QString Document::projectPath() const
{
    return m_store ? m_store->path() : QString();
}

bool Document::hasUnsavedWork() const
{
    return m_project.rowCount() > 0 && (!m_store || m_store->isReadOnly());
}

bool Document::saveAs(const QString &path, QString *error)
{
    // The old store stays until the new file is whole: a failed Save As leaves edits going where they went.
    auto created = Core::ProjectStore::create(path, m_project);
    if (!created.ok()) {
        *error = created.diagnostics.isEmpty() ? QString() : created.diagnostics.constFirst().message;
        emit storageChanged();
        return false;
    }
    m_store = std::move(*created.value);
    emit storageChanged();
    return true;
}

void Document::saveViewState(const QVariantMap &state)
{
    // Where the annotator was is worth keeping but not worth an error: a failure here shows on the next edit.
    if (m_store && !m_store->isReadOnly())
        m_store->saveViewState(state);
}

void Document::committed(bool ok)
{
    if (ok)
        return;
    const QString message = m_store->errorString();
    m_store.reset();
    emit storageFailed(message);
    emit storageChanged();
}

void Document::push(QUndoCommand *command)
{
    m_undoStack->push(command);
}

void Document::rebuild()
{
    m_builder = std::make_unique<Core::ExampleBuilder>(m_project);
}

quint8 Document::rowField(RowField field, int row) const
{
    switch (field) {
    case RowField::Include:
        return quint8(m_project.includeOverride(row));
    case RowField::Anonymize:
        return m_project.isAnonymized(row);
    case RowField::Status:
        return quint8(m_project.status(row));
    }
    return 0;
}

void Document::applyRowField(RowField field, const QList<int> &rows, const QList<quint8> &values)
{
    Q_ASSERT(rows.size() == values.size() || values.size() == 1);
    if (rows.isEmpty())
        return;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const quint8 value = values.at(values.size() == 1 ? 0 : i);
        switch (field) {
        case RowField::Include:
            m_project.setIncludeOverride(rows.at(i), IncludeOverride(value));
            break;
        case RowField::Anonymize:
            m_project.setAnonymized(rows.at(i), value != 0);
            break;
        case RowField::Status:
            m_project.setStatus(rows.at(i), ReviewStatus(value));
            break;
        }
    }
    if (m_store)
        committed(m_store->saveRows(m_project, rows));
    const auto [first, last] = std::minmax_element(rows.cbegin(), rows.cend());
    emit rowsChanged(*first, *last);
    if (field == RowField::Status || field == RowField::Include)
        emit statusCountsChanged();
}

void Document::applyCompletion(int row, const QString &text)
{
    // A broken record has no completion to set; the command is then a no-op, as its undo is.
    if (!m_project.setCompletion(row, text))
        return;
    if (m_store) {
        committed(m_project.isDataset() ? m_store->saveRecords(m_project, {row})
                                        : m_store->saveCompletions(m_project, {row}));
    }
    emit rowsChanged(row, row);
}

void Document::applyRecord(int row, const QByteArray &bytes)
{
    if (!m_project.setRecord(row, bytes))
        return;
    if (m_store)
        committed(m_store->saveRecords(m_project, {row}));
    emit rowsChanged(row, row);
}

void Document::applyAnnotations(const QList<int> &rows, const QList<Core::RowAnnotation> &annotations)
{
    Q_ASSERT(rows.size() == annotations.size());
    if (rows.isEmpty())
        return;
    for (qsizetype i = 0; i < rows.size(); ++i)
        m_project.setAnnotation(rows.at(i), annotations.at(i));
    if (m_store)
        committed(m_store->saveAnnotations(m_project, rows));
    const auto [first, last] = std::minmax_element(rows.cbegin(), rows.cend());
    emit rowsChanged(*first, *last);
}

void Document::applyLabelSchema(const Core::LabelSchema &schema)
{
    m_project.setLabelSchema(schema);
    if (m_store)
        committed(m_store->saveLabelSchema(m_project));
    rebuild();
    emit labelSchemaChanged();
}

void Document::applyParticipantRole(int id, Core::ParticipantRole role)
{
    m_project.setParticipantRole(id, role);
    if (m_store)
        committed(m_store->saveParticipants(m_project));
    rebuild();
    emit participantsChanged();
    emit statusCountsChanged(); // what is left to do depends on who is included
}

void Document::applyPseudonym(int id, const QString &pseudonym)
{
    m_project.setPseudonym(id, pseudonym);
    if (m_store)
        committed(m_store->saveAnonymization(m_project));
    rebuild();
    emit anonymizationChanged();
}

void Document::applyIdentities(const Core::IdentityMap &identities)
{
    m_project.setIdentities(identities);
    if (m_store)
        committed(m_store->saveAnonymization(m_project));
    rebuild();
    emit anonymizationChanged();
}

void Document::applyAnonymization(const Core::AnonymizationSettings &settings)
{
    m_project.setAnonymization(settings);
    if (m_store)
        committed(m_store->saveAnonymization(m_project));
    rebuild();
    emit anonymizationChanged();
}

void Document::applySpanOverrides(const QList<int> &rows, const QList<Core::SpanOverrides> &overrides)
{
    Q_ASSERT(rows.size() == overrides.size());
    if (rows.isEmpty())
        return;
    for (qsizetype i = 0; i < rows.size(); ++i)
        m_project.setSpanOverrides(rows.at(i), overrides.at(i));
    if (m_store)
        committed(m_store->saveSpanOverrides(m_project, rows));
    const auto [first, last] = std::minmax_element(rows.cbegin(), rows.cend());
    emit rowsChanged(*first, *last);
}

void Document::applyExportSettings(const Core::ExportSettings &settings)
{
    m_project.setExportSettings(settings);
    if (m_store)
        committed(m_store->saveExportSettings(m_project));
    // Only the detail pane's JSON line shows separators, and it listens to this; the table shows none, so no
    // rowsChanged over every row (which would make the filter proxy re-check a million rows).
    emit exportSettingsChanged();
}

} // namespace Finetuner::App
