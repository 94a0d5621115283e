// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class QTimer;

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

private:
    void refresh();
    void updateWarnings();
    void pushSettings(const QString &undoText, bool includeAuthor, const QString &suffix, bool space,
                      const QString &stop);
    void applyPreset(bool seed);

    Document *m_document; // not owned
    ParticipantsModel *m_model;
    QTableView *m_table;
    QCheckBox *m_includeAuthor;
    QComboBox *m_suffix;
    QCheckBox *m_leadingSpace;
    QComboBox *m_stop;
    QLabel *m_warnings;
    QTimer *m_warningTimer;
    bool m_updating = false;
};

} // namespace Finetuner::App
