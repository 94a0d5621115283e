// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/project/exportsettings.h>

#include <QDialog>
#include <QFutureWatcher>

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
    ~ExportDialog() override;

    /// The project's export settings with what the dialog shows now.
    Core::ExportSettings settings() const;

    /// What the preview shows, worked out off the GUI thread: a million rows take a moment.
    struct Preview
    {
        quint64 generation = 0;
        QStringList lines;
        qsizetype examples = 0;
        qsizetype train = 0;
        qsizetype validation = 0;
        qint64 trainTokens = -1; // -1: no tokenizer (its rank file is missing)
        QString tokenizerError;
    };

signals:
    /// The preview and counts show the current options.
    void previewUpdated();

private:
    void updatePreview();
    void showPreview(const Preview &preview);

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
    QSpinBox *m_epochs;
    QLabel *m_tokens;
    QFutureWatcher<Preview> m_watcher;
    quint64 m_generation = 0;
    bool m_pending = false; // options changed while a computation ran
    Preview m_last;
};

} // namespace Finetuner::App
