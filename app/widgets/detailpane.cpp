// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "detailpane.h"

#include <app/commands/editcompletioncommand.h>
#include <app/commands/editrecordcommand.h>
#include <app/document.h>
#include <app/widgets/labelpanel.h>
#include <app/widgets/visiblewhitespace.h>

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace Finetuner::App {

using namespace Qt::StringLiterals;

namespace {
QPlainTextEdit *readOnlyView(QWidget *parent, const QString &objectName, int lines)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setMinimumHeight(view->fontMetrics().lineSpacing() * lines + 12);
    return view;
}

QLabel *caption(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

DetailPane::DetailPane(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_header(new QLabel(this))
    , m_original(readOnlyView(this, u"originalText"_s, 2))
    , m_exported(readOnlyView(this, u"exportedText"_s, 2))
    , m_completion(new QPlainTextEdit(this))
    , m_preview(readOnlyView(this, u"jsonPreview"_s, 3))
    , m_length(new QLabel(this))
    , m_labels(new LabelPanel(document, m_original, this))
    , m_completionSource(new QLabel(this))
    , m_useTemplate(new QToolButton(this))
{
    setObjectName(u"detailPane"_s);
    m_header->setObjectName(u"detailHeader"_s);
    m_header->setTextFormat(Qt::PlainText);
    m_completion->setObjectName(u"completionEditor"_s);
    m_completion->setPlaceholderText(tr("Type the completion for this message…"));
    m_completion->setTabChangesFocus(true);
    // Typing is undone through the document's stack (one step per row, with everything else), so the
    // editor's own undo must not catch Ctrl+Z first.
    m_completion->setUndoRedoEnabled(false);
    m_completion->setMinimumHeight(m_completion->fontMetrics().lineSpacing() * 3 + 12);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_completion->setFont(fixed);
    m_preview->setFont(fixed);
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_length->setObjectName(u"jsonLength"_s);

    // Under the table, in two columns: what was written and what will be exported on the left, what the
    // annotator writes and the line it makes on the right.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    // The text boxes take the height the splitter gives; the captions stay on top of them.
    m_originalCaption = caption(tr("Message as written"), m_original, this);
    left->addWidget(m_originalCaption);
    left->addWidget(m_original, 1);
    left->addWidget(m_labels);
    m_exportedCaption = caption(tr("As it will be exported"), m_exported, this);
    left->addWidget(m_exportedCaption);
    left->addWidget(m_exported, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(caption(tr("&Completion"), m_completion, this));
    right->addWidget(m_completion, 1);
    auto *source = new QHBoxLayout;
    m_completionSource->setObjectName(u"completionSource"_s);
    m_useTemplate->setObjectName(u"useTemplateButton"_s);
    m_useTemplate->setText(tr("Use the Template"));
    m_useTemplate->setToolTip(tr("Drop the typed completion; the template writes it from the labels"));
    source->addWidget(m_completionSource, 1);
    source->addWidget(m_useTemplate);
    right->addLayout(source);
    right->addWidget(caption(tr("JSON line to be written"), m_preview, this));
    right->addWidget(m_preview, 1);
    right->addWidget(m_length);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    layout->addLayout(columns);

    connect(m_completion, &QPlainTextEdit::textChanged, this, &DetailPane::onCompletionEdited);
    connect(m_exported, &QPlainTextEdit::textChanged, this, &DetailPane::onRecordEdited);
    connect(m_document, &Document::rowsChanged, this, [this](int first, int last) {
        if (m_row >= first && m_row <= last)
            refresh();
    });
    connect(m_document, &Document::participantsChanged, this, &DetailPane::refresh);
    connect(m_document, &Document::exportSettingsChanged, this, &DetailPane::refresh);
    connect(m_document, &Document::labelSchemaChanged, this, &DetailPane::refresh);
    connect(m_document, &Document::anonymizationChanged, this, &DetailPane::refresh);
    connect(m_useTemplate, &QToolButton::clicked, this, [this] {
        if (m_row >= 0 && !m_document->project().completion(m_row).isEmpty())
            m_document->push(new EditCompletionCommand(m_document, m_row, QString()));
    });
    connect(m_document, &Document::projectReset, this, [this] { setRow(-1); });
    refresh();
}

void DetailPane::setRow(int row)
{
    m_row = row;
    refresh();
}

void DetailPane::refresh()
{
    const Core::Project &project = m_document->project();
    const bool valid = m_row >= 0 && m_row < project.rowCount();
    m_completion->setEnabled(valid);
    m_updating = true;
    if (!valid) {
        m_header->setText(project.rowCount() > 0 ? tr("No message selected.") : tr("No chat open."));
        m_original->clear();
        m_exported->clear();
        m_completion->clear();
        m_preview->clear();
        m_length->clear();
        m_updating = false;
        return;
    }
    const bool reviewing = project.isDataset();
    m_originalCaption->setText(reviewing ? tr("Prompt") : tr("Message as written"));
    m_exportedCaption->setText(reviewing ? tr("Record as it will be written (JSON, editable)")
                                         : tr("As it will be exported"));
    m_exported->setReadOnly(!reviewing);
    m_exported->setUndoRedoEnabled(false); // the document's undo, as for the completion
    m_labels->setRow(reviewing ? -1 : m_row);
    m_completionSource->clear();
    m_useTemplate->hide();
    if (reviewing) {
        refreshDataset(*project.dataset());
        m_updating = false;
        return;
    }

    const Core::Conversation &conversation = project.conversation();
    const QString author = conversation.author(m_row);
    m_header->setText(tr("Message %1 · line %2 · %3 · %4")
                          .arg(m_row + 1)
                          .arg(conversation.line(m_row))
                          .arg(conversation.timestamp(m_row).toString().replace(u'T', u' '),
                               author.isNull() ? tr("system") : author));
    // Only replace texts that differ: the caret and selection in them are the annotator's.
    const QString text = conversation.text(m_row);
    if (m_original->toPlainText() != text)
        m_original->setPlainText(text);
    m_labels->setRow(m_row);
    m_exported->setPlainText(m_document->builder().text(m_row));
    const QString completion = m_document->builder().plainCompletion(m_row);
    if (m_completion->toPlainText() != completion)
        m_completion->setPlainText(completion);
    const bool hasTemplate = !project.labelSchema().completionTemplate.isEmpty();
    const bool typed = !project.completion(m_row).isEmpty();
    m_completionSource->setText(!hasTemplate ? QString()
                                    : typed  ? tr("Typed by hand: it wins over the template (edited).")
                                             : tr("Written by the template from the labels."));
    m_useTemplate->setVisible(hasTemplate && typed);

    const Core::PromptCompletion example = m_document->builder().example(m_row);
    const QByteArray line = m_document->builder().line(m_row);
    const QString prompt = visibleWhitespace(example.prompt, true);
    const QString completionShown = visibleWhitespace(example.completion, true);
    m_preview->setPlainText(tr("prompt:     %1\ncompletion: %2\n\n%3")
                                .arg(prompt, completionShown, QString::fromUtf8(line)));
    const QString state = project.isExported(m_row) ? QString() : tr(" · not exported (excluded or skipped)");
    m_length->setText(tr("%1 characters, %2 bytes%3")
                          .arg(QString::fromUtf8(line).size())
                          .arg(line.size() + 1)
                          .arg(state));
    m_updating = false;
}

void DetailPane::refreshDataset(const Core::Dataset &dataset)
{
    const Core::Project &project = m_document->project();
    const bool broken = dataset.isBroken(m_row);
    const QString roles = dataset.roles(m_row);
    QString header = tr("Example %1 · line %2 · %3")
                         .arg(m_row + 1)
                         .arg(dataset.line(m_row))
                         .arg(roles.isEmpty() ? tr("prompt/completion") : roles);
    if (broken)
        header += tr(" · broken: %1").arg(dataset.problem(m_row));
    m_header->setText(header);
    m_original->setPlainText(dataset.prompt(m_row));
    const QString record = QString::fromUtf8(dataset.record(m_row));
    if (m_exported->toPlainText() != record)
        m_exported->setPlainText(record);
    // A broken record has no completion to edit: it is fixed in its JSON first.
    m_completion->setEnabled(!broken);
    const QString completion = project.completion(m_row);
    if (m_completion->toPlainText() != completion)
        m_completion->setPlainText(completion);
    const QByteArray line = dataset.record(m_row);
    m_preview->setPlainText(QString::fromUtf8(line));
    QString state;
    if (!project.isExported(m_row))
        state = tr(" · not exported (excluded or skipped)");
    else if (broken)
        state = tr(" · the export is refused until this line is fixed or excluded");
    else if (dataset.isEdited(m_row))
        state = tr(" · edited");
    m_length->setText(tr("%1 characters, %2 bytes%3").arg(record.size()).arg(line.size() + 1).arg(state));
}

void DetailPane::onRecordEdited()
{
    const Core::Dataset *dataset = m_document->project().dataset();
    if (m_updating || m_row < 0 || !dataset)
        return;
    // A record is one line: a line break typed into it would make it two.
    const QByteArray bytes = m_exported->toPlainText().toUtf8().replace('\n', ' ');
    if (bytes != dataset->record(m_row))
        m_document->push(new EditRecordCommand(m_document, m_row, bytes));
}

void DetailPane::onCompletionEdited()
{
    if (m_updating || m_row < 0)
        return;
    // Typing the template's own text back is no edit: the row follows its labels again.
    QString text = m_completion->toPlainText();
    if (text == m_document->builder().templateCompletion(m_row))
        text.clear();
    if (text != m_document->project().completion(m_row))
        m_document->push(new EditCompletionCommand(m_document, m_row, text));
}

} // namespace Finetuner::App
