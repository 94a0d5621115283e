// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validationdock.h"

#include <app/commands/editrecordcommand.h>
#include <app/commands/participantcommands.h>
#include <app/commands/rowfieldcommand.h>
#include <app/document.h>
#include <core/validate/fixer.h>

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <set>

namespace Finetuner::App {

using namespace Qt::StringLiterals;
using Core::Issue;

namespace {
enum Column { SeverityColumn, LineColumn, CheckColumn, TextColumn };
constexpr int IssueRole = Qt::UserRole + 1;
}

ValidationDock::ValidationDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Validation"), parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_fix(new QPushButton(tr("&Fix"), this))
    , m_job(this, 800,
            [this] {
                const Core::Project copy = m_document->project(); // cheap: the conversation and dataset are shared
                return QtConcurrent::run([copy] { return Core::validateProject(copy); });
            },
            [this](const Core::ProjectValidation &validation) { display(validation); })
{
    setObjectName(u"validationDock"_s);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary->setObjectName(u"validationSummary"_s);
    m_summary->setWordWrap(true);
    m_list->setObjectName(u"validationList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Severity"), tr("Line"), tr("Check"), tr("Problem")});
    m_list->header()->setStretchLastSection(true);
    m_list->setWordWrap(true);
    m_fix->setObjectName(u"validationFixButton"_s);
    m_fix->setEnabled(false);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_fix);
    setWidget(body);

    for (auto signal : {&Document::projectReset, &Document::participantsChanged, &Document::anonymizationChanged,
                        &Document::exportSettingsChanged, &Document::labelSchemaChanged})
        connect(m_document, signal, this, &ValidationDock::schedule);
    connect(m_document, &Document::rowsChanged, this, &ValidationDock::schedule);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const int index = item ? item->data(0, IssueRole).toInt() : -1;
        m_fix->setEnabled(index >= 0 && canFix(m_validation.issues.at(index)));
    });
    // Activating (Enter, double-click) a problem goes to its row: the first one it names.
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QList<int> rows = rowsOf(m_validation.issues.at(item->data(0, IssueRole).toInt()));
        if (!rows.isEmpty())
            emit rowRequested(rows.constFirst());
    });
    connect(m_fix, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            fix(item->data(0, IssueRole).toInt());
    });
}

ValidationDock::~ValidationDock() = default;

void ValidationDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    schedule();
}

void ValidationDock::schedule()
{
    if (isVisible())
        m_job.schedule();
}

void ValidationDock::display(const Core::ProjectValidation &validation)
{
    m_validation = validation;
    m_list->clear();
    int errors = 0;
    int warnings = 0;
    for (int i = 0; i < validation.issues.size(); ++i) {
        const Issue &issue = validation.issues.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, IssueRole, i);
        const bool error = issue.severity == Issue::Severity::Error;
        errors += error;
        warnings += issue.severity == Issue::Severity::Warning;
        item->setIcon(SeverityColumn, style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                                  : issue.severity == Issue::Severity::Warning
                                                                  ? QStyle::SP_MessageBoxWarning
                                                                  : QStyle::SP_MessageBoxInformation));
        item->setText(SeverityColumn, error ? tr("error") : issue.severity == Issue::Severity::Warning ? tr("warning")
                                                                                                 : tr("note"));
        item->setText(LineColumn, issue.isWholeFile() ? tr("all") : QString::number(issue.line));
        item->setText(CheckColumn, issue.checkId);
        item->setText(TextColumn, issue.fixId.isEmpty() ? issue.text : tr("%1 (fix: %2)").arg(issue.text, issue.fixId));
        item->setToolTip(TextColumn, issue.text);
    }
    m_summary->setText(validation.issues.isEmpty()
                           ? tr("No problems in the %1 examples to export.").arg(validation.parsed.records.size())
                           : tr("%1 examples to export: errors %2, warnings %3, notes %4.")
                                 .arg(validation.parsed.records.size())
                                 .arg(errors)
                                 .arg(warnings)
                                 .arg(validation.issues.size() - errors - warnings));
    m_fix->setEnabled(false);
    emit updated();
}

QList<int> ValidationDock::rowsOf(const Issue &issue) const
{
    std::set<int> rows;
    for (const int line : issue.isWholeFile() ? issue.lines : QList<int>{issue.line}) {
        const int row = m_validation.rowOfLine(line);
        if (row >= 0)
            rows.insert(row);
    }
    return QList<int>(rows.cbegin(), rows.cend());
}

bool ValidationDock::canFix(const Issue &issue) const
{
    if (issue.fixId.isEmpty())
        return false;
    if (m_document->project().isDataset() || issue.fixId.startsWith(u"drop-"_s))
        return true;
    return issue.fixId == u"add-prompt-suffix"_s || issue.fixId == u"add-stop-sequence"_s
        || issue.fixId == u"add-leading-space"_s;
}

bool ValidationDock::fix(int index)
{
    if (index < 0 || index >= m_validation.issues.size())
        return false;
    const Issue &issue = m_validation.issues.at(index);
    const QList<int> rows = rowsOf(issue);
    const bool dataset = m_document->project().isDataset();
    if (issue.fixId == u"drop-empty"_s || issue.fixId == u"drop-duplicates"_s || issue.fixId == u"drop-long"_s) {
        if (rows.isEmpty())
            return false;
        // An export without them: their rows are excluded, not deleted, so undo and a second look stay possible.
        m_document->push(RowFieldCommand::include(m_document, rows, false));
        return true;
    }
    const bool separator = issue.fixId == u"add-prompt-suffix"_s || issue.fixId == u"add-stop-sequence"_s
        || issue.fixId == u"add-leading-space"_s;
    if (!dataset) {
        if (!separator)
            return false; // a chat's other texts are the messages themselves: nothing a setting could change
        // A chat's prompts and completions are written by the export settings: the fix belongs there.
        Core::ExportSettings settings = m_document->project().exportSettings();
        if (issue.fixId == u"add-prompt-suffix"_s)
            settings.promptSuffix = issue.fixValue;
        else if (issue.fixId == u"add-stop-sequence"_s)
            settings.stopSequence = issue.fixValue;
        else
            settings.completionLeadingSpace = true;
        m_document->push(new SetExportSettingsCommand(m_document, settings, tr("Fix: %1").arg(issue.fixId)));
        return true;
    }
    // A dataset's records are rewritten as `validate --fix` would, line for line: every fix but the dropping ones
    // (handled above) keeps the lines where they are.
    const Core::FixResult fixed = Core::applyFixes(m_validation.parsed, {issue}, {issue.fixId});
    const QList<QByteArray> lines = fixed.jsonl.split('\n');
    const Core::Dataset *records = m_document->project().dataset();
    m_document->undoStack()->beginMacro(tr("Fix: %1").arg(issue.fixId));
    int changed = 0;
    for (int line = 1; line <= int(m_validation.lineRows.size()) && line <= lines.size(); ++line) {
        const int row = m_validation.rowOfLine(line);
        const QByteArray &bytes = lines.at(line - 1);
        if (row >= 0 && bytes != records->record(row)) {
            m_document->push(new EditRecordCommand(m_document, row, bytes));
            ++changed;
        }
    }
    m_document->undoStack()->endMacro();
    return changed > 0;
}

} // namespace Finetuner::App
