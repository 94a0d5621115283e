// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/project/project.h>
#include <core/util/diagnostic.h>

#include <QList>
#include <QString>
#include <QVariantMap>

#include <memory>

namespace Finetuner::Core {

class ProjectConnection;

/// A project file (`.finetuner`): one SQLite database, written through Qt SQL (DESIGN.md §9, docs/project-file.md).
///
/// Every save*() call is one transaction, committed before it returns, so the file on disk always holds every
/// edit that returned true and is never half-written: a crash or a power cut loses nothing that was committed.
/// A failed write (full disk, read-only file, I/O error) rolls its transaction back and returns false with
/// errorString(); the caller keeps the work in memory and offers Save As. The undo history is not stored.
class ProjectStore
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    ~ProjectStore();
    Q_DISABLE_COPY_MOVE(ProjectStore)

    /// The schema this build writes; files of an older one are migrated on open, newer ones refused untouched.
    static int schemaVersion();
    /// What project files start with (SQLite's header) and their PRAGMA application_id, 'FTNR'.
    static constexpr qint32 ApplicationId = 0x46544E52;

    /// Writes @p project as a new file at @p path, replacing any file there only once everything is written
    /// (a temporary file in the same folder, renamed into place), and keeps it open for the edits that follow.
    static Result<std::unique_ptr<ProjectStore>> create(const QString &path, const Project &project);

    struct Opened
    {
        std::unique_ptr<ProjectStore> store;
        Project project;
        QVariantMap viewState; // what saveViewState() last stored
    };
    /// Opens a project file, migrating an older schema (in one transaction). A newer schema, a file that is
    /// not a Finetuner project and a damaged file are errors that name the file; the file is not changed.
    /// A file that cannot be written opens ReadOnly with a warning.
    static Result<Opened> open(const QString &path, Mode mode = Mode::ReadWrite);

    /// The chat export a project file was made from, read without loading the project; empty when @p path is
    /// not a readable project.
    static QString sourcePathOf(const QString &path);

    QString path() const;
    bool isReadOnly() const;
    QString errorString() const;

    // One transaction each. The project passed is the state to store (the caller has already changed it).
    bool saveRows(const Project &project, const QList<int> &rows);
    bool saveCompletions(const Project &project, const QList<int> &rows);
    /// Roles, and the identity map that holds their pseudonyms.
    bool saveParticipants(const Project &project);
    bool saveExportSettings(const Project &project);
    bool saveViewState(const QVariantMap &state);
    bool saveAnnotations(const Project &project, const QList<int> &rows);
    bool saveLabelSchema(const Project &project);
    /// The identity map and the anonymization settings (and the participants' pseudonyms with them).
    bool saveAnonymization(const Project &project);
    bool saveSpanOverrides(const Project &project, const QList<int> &rows);
    /// Dataset projects: the records of @p rows as they are now (an unedited one removes its stored edit).
    bool saveRecords(const Project &project, const QList<int> &rows);

    /// For tests: caps the file at @p pages pages (SQLite's max_page_count), which makes a full disk on demand.
    void setMaxPageCount(int pages);
    int pageCount() const;

private:
    explicit ProjectStore(std::unique_ptr<ProjectConnection> connection, Mode mode);

    std::unique_ptr<ProjectConnection> m_connection;
    Mode m_mode;
    QString m_error;
};

} // namespace Finetuner::Core
