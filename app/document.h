// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/dataset/examplebuilder.h>
#include <core/project/project.h>

#include <QObject>

#include <memory>

class QUndoCommand;
class QUndoStack;

namespace Finetuner::App {

/// Owns the project and its undo stack: the only place where the project changes. Views and models read
/// project(); edits go through push(command), and commands call the apply methods below, which emit the
/// signals models turn into dataChanged (STYLE.md §3.2).
class Document final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Document)
public:
    /// The per-row fields bulk commands set; values are the enums' underlying numbers.
    enum class RowField { Include, Anonymize, Status };

    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    const Core::Project &project() const { return m_project; }
    /// Replaces the project (a new import): clears the undo history.
    void setProject(Core::Project project);

    /// What rows look like when exported, for the current participants and settings.
    const Core::ExampleBuilder &builder() const { return *m_builder; }

    QUndoStack *undoStack() const { return m_undoStack; }
    void push(QUndoCommand *command);

    // For commands only.
    quint8 rowField(RowField field, int row) const;
    void applyRowField(RowField field, const QList<int> &rows, const QList<quint8> &values);
    void applyCompletion(int row, const QString &text);
    void applyParticipantRole(int id, Core::ParticipantRole role);
    void applyPseudonym(int id, const QString &pseudonym);
    void applyExportSettings(const Core::ExportSettings &settings);

signals:
    void projectReset();
    /// Rows first..last changed (any column).
    void rowsChanged(int first, int last);
    /// Roles or pseudonyms changed: any row's text, author or inclusion may have.
    void participantsChanged();
    void exportSettingsChanged();
    void statusCountsChanged();

private:
    void rebuild();

    Core::Project m_project;
    std::unique_ptr<Core::ExampleBuilder> m_builder;
    QUndoStack *m_undoStack;
};

} // namespace Finetuner::App
