// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/project/exportsettings.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Finetuner::Core {
class Project;
}

namespace Finetuner::App {

/// File › Export: the example mode, the format, a system prompt and a train/validation split, with the first lines
/// as they will be written and the counts, updated as the options change (docs/export.md).
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)
public:
    ExportDialog(const Core::Project &project, QWidget *parent = nullptr);

    /// The project's export settings with what the dialog shows now.
    Core::ExportSettings settings() const;

private:
    void updatePreview();

    const Core::Project &m_project;
    QComboBox *m_format;
    QComboBox *m_mode;
    QComboBox *m_assistant;
    QSpinBox *m_turns;
    QSpinBox *m_minutes;
    QLineEdit *m_system;
    QCheckBox *m_trainOnContext;
    QDoubleSpinBox *m_validation;
    QSpinBox *m_seed;
    QCheckBox *m_stratify;
    QPlainTextEdit *m_preview;
    QLabel *m_counts;
};

} // namespace Finetuner::App
