// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <app/widgets/debouncedjob.h>
#include <core/validate/projectvalidation.h>

#include <QDockWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Finetuner::App {

class Document;

/// View › Validation: what `finetuner-cli validate` would say of the export, as it stands (docs/validation.md).
/// Activating a problem jumps to its row; Fix applies the problem's fix as undoable edits: dropping examples
/// excludes their rows, a missing separator or stop sequence goes into the export settings (or into the records
/// of a dataset under review). Worked out off the GUI thread a moment after the last edit, while visible.
class ValidationDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValidationDock)
public:
    explicit ValidationDock(Document *document, QWidget *parent = nullptr);
    ~ValidationDock() override;

    const Core::ProjectValidation &validation() const { return m_validation; }
    /// Applies the fix of issue @p index as commands; false when it has none the project can take.
    bool fix(int index);

signals:
    void rowRequested(int row);
    void updated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void schedule();
    void display(const Core::ProjectValidation &validation);
    QList<int> rowsOf(const Core::Issue &issue) const;
    /// Whether fix() can apply @p issue's fix as edits of this project.
    bool canFix(const Core::Issue &issue) const;

    Document *m_document; // not owned
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_fix;
    Core::ProjectValidation m_validation;
    DebouncedJob<Core::ProjectValidation> m_job; // last: it waits for a running job before the rest goes
};

} // namespace Finetuner::App
