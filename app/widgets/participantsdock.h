// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDockWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class QTimer;

namespace Finetuner::Core {
struct ExportSettings;
} // namespace Finetuner::Core

namespace Finetuner::App {

class Document;
class ParticipantsModel;

/// Who is who in the chat and how the export is shaped: each participant's role and pseudonym, whether the
/// author goes into the prompt, and the seed's separators, with a warning when they collide.
class ParticipantsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantsDock)
public:
    explicit ParticipantsDock(Document *document, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// Shows the document's settings in the widgets, without pushing anything back.
    void refresh();
    /// Typing merges into the typing before it (same undo text); a choice is always an undo step of its own.
    enum class Step { Choice, Typing };
    /// A user's change: @p edit applied to the current settings becomes a command, if it changes anything.
    void changeSettings(const QString &undoText, Step step, const std::function<void(Core::ExportSettings &)> &edit);
    void applyPreset(const Core::ExportSettings &preset, const QString &undoText);
    void scheduleWarnings();
    void updateWarnings();
    void updateWarningColour();

    Document *m_document; // not owned
    ParticipantsModel *m_model;
    QTableView *m_table;
    QCheckBox *m_includeAuthor;
    QComboBox *m_suffix;
    QCheckBox *m_leadingSpace;
    QComboBox *m_stop;
    QLabel *m_warnings;
    QTimer *m_warningTimer;
    bool m_warningsStale = false; // a check was due while the dock was hidden
};

} // namespace Finetuner::App
