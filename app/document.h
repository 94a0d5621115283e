// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/dataset/examplebuilder.h>
#include <core/project/project.h>
#include <core/project/projectstore.h>

#include <QObject>
#include <QVariantMap>

#include <memory>

class QUndoCommand;
class QUndoStack;

namespace Finetuner::App {

/// Owns the project and its undo stack: the only place where the project changes. Views and models read
/// project(); edits go through push(command), and commands call the apply methods below, which emit the
/// signals models turn into dataChanged (STYLE.md §3.2).
///
/// Every apply method also commits the change to the project file before it returns (DESIGN.md §9), so there
/// is no unsaved state while the file can be written. When a write fails, the document tells (storageFailed),
/// keeps working in memory, and hasUnsavedWork() stays true until saveAs() writes everything somewhere else.
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
    /// Replaces the project (a new import or an opened file): clears the undo history. @p store is where its
    /// edits are committed; without one the project lives in memory only and hasUnsavedWork() is true.
    void setProject(Core::Project project, std::unique_ptr<Core::ProjectStore> store = {});

    /// The project file edits are committed to; empty when there is none (or it failed).
    QString projectPath() const;
    Core::ProjectStore *store() const { return m_store.get(); }
    /// True when work would be lost on close: there is a project but no file that holds all of it.
    bool hasUnsavedWork() const;
    /// Writes the whole project to a new file at @p path and commits later edits there. False with @p error.
    bool saveAs(const QString &path, QString *error);
    /// Where the annotator was (current row, filters), stored in the project file for the next open.
    void saveViewState(const QVariantMap &state);

    /// What rows look like when exported, for the current participants and settings.
    const Core::ExampleBuilder &builder() const { return *m_builder; }

    QUndoStack *undoStack() const { return m_undoStack; }
    void push(QUndoCommand *command);

    // For commands only.
    quint8 rowField(RowField field, int row) const;
    void applyRowField(RowField field, const QList<int> &rows, const QList<quint8> &values);
    void applyCompletion(int row, const QString &text);
    void applyRecord(int row, const QByteArray &bytes);
    void applyAnnotations(const QList<int> &rows, const QList<Core::RowAnnotation> &annotations);
    void applyLabelSchema(const Core::LabelSchema &schema);
    void applyParticipantRole(int id, Core::ParticipantRole role);
    void applyPseudonym(int id, const QString &pseudonym);
    void applyExportSettings(const Core::ExportSettings &settings);
    void applyIdentities(const Core::IdentityMap &identities);
    void applyAnonymization(const Core::AnonymizationSettings &settings);
    void applySpanOverrides(const QList<int> &rows, const QList<Core::SpanOverrides> &overrides);

signals:
    void projectReset();
    /// Rows first..last changed (any column).
    void rowsChanged(int first, int last);
    /// Roles changed: any row's text (a removed name), author or inclusion may have.
    void participantsChanged();
    void exportSettingsChanged();
    /// The identity map (pseudonyms included) or the anonymization settings changed: any anonymized row's exported
    /// text and author may have.
    void anonymizationChanged();
    /// Labels or the completion template changed: any row's completion may have.
    void labelSchemaChanged();
    void statusCountsChanged();
    /// A commit to the project file failed; @p message says which file and why. Work goes on in memory.
    void storageFailed(const QString &message);
    /// projectPath() or hasUnsavedWork() changed.
    void storageChanged();

private:
    void rebuild();
    /// After a commit: on failure the store is dropped, so later edits are not written to a file that misses
    /// this one; the in-memory project stays whole for Save As.
    void committed(bool ok);

    Core::Project m_project;
    std::unique_ptr<Core::ProjectStore> m_store;
    std::unique_ptr<Core::ExampleBuilder> m_builder;
    QUndoStack *m_undoStack;
};

} // namespace Finetuner::App
