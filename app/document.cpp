// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document.h"

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

void Document::setProject(Core::Project project)
{
    m_undoStack->clear();
    m_project = std::move(project);
    rebuild();
    emit projectReset();
    emit statusCountsChanged();
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
    const auto [first, last] = std::minmax_element(rows.cbegin(), rows.cend());
    emit rowsChanged(*first, *last);
    if (field == RowField::Status || field == RowField::Include)
        emit statusCountsChanged();
}

void Document::applyCompletion(int row, const QString &text)
{
    m_project.setCompletion(row, text);
    emit rowsChanged(row, row);
}

void Document::applyParticipantRole(int id, Core::ParticipantRole role)
{
    m_project.setParticipantRole(id, role);
    rebuild();
    emit participantsChanged();
    emit statusCountsChanged(); // what is left to do depends on who is included
}

void Document::applyPseudonym(int id, const QString &pseudonym)
{
    m_project.setPseudonym(id, pseudonym);
    rebuild();
    emit participantsChanged();
}

void Document::applyExportSettings(const Core::ExportSettings &settings)
{
    m_project.setExportSettings(settings);
    // Only the detail pane's JSON line shows separators, and it listens to this; the table shows none, so no
    // rowsChanged over every row (which would make the filter proxy re-check a million rows).
    emit exportSettingsChanged();
}

} // namespace Finetuner::App
