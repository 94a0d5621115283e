// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "labelpanel.h"

#include <app/commands/annotationcommands.h>
#include <app/document.h>
#include <app/widgets/selectionlayers.h>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace Finetuner::App {

using namespace Qt::StringLiterals;
using Core::LabelSpan;
using Core::RowAnnotation;

LabelPanel::LabelPanel(Document *document, QPlainTextEdit *messageView, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_messageView(messageView)
    , m_palette(new QHBoxLayout)
    , m_fields(new QFormLayout)
{
    setObjectName(u"labelPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_palette->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_palette);
    layout->addLayout(m_fields);
    // Read-only, yet the caret and selection move by keyboard: labelling needs no mouse.
    m_messageView->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_messageView->installEventFilter(this);
    m_viewport = m_messageView->viewport();
    m_viewport->installEventFilter(this);

    connect(m_document, &Document::labelSchemaChanged, this, &LabelPanel::rebuild);
    connect(m_document, &Document::projectReset, this, &LabelPanel::rebuild);
    connect(m_document, &Document::rowsChanged, this, [this](int first, int last) {
        if (m_row >= first && m_row <= last)
            refresh();
    });
    rebuild();
}

void LabelPanel::setRow(int row)
{
    m_row = row;
    refresh();
}

void LabelPanel::rebuild()
{
    while (QLayoutItem *item = m_palette->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    qDeleteAll(m_fieldWidgets);
    m_fieldWidgets.clear();
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);

    const Core::LabelSchema &schema = m_document->project().labelSchema();
    for (const Core::EntityLabel &label : schema.entities) {
        auto *button = new QToolButton(this);
        button->setObjectName(u"labelButton_"_s + label.name);
        button->setText(label.key > 0 ? u"%1  %2"_s.arg(label.key).arg(label.name) : label.name);
        button->setToolTip(label.key > 0 ? tr("Label the selected words as %1 (%2)").arg(label.name).arg(label.key)
                                         : tr("Label the selected words as %1").arg(label.name));
        button->setStyleSheet(u"QToolButton { border: 1px solid palette(mid); border-left: 6px solid %1; "
                                "border-radius: 3px; padding: 2px 8px; }"_s.arg(label.colour));
        button->setFocusPolicy(Qt::NoFocus); // the selection stays in the message view
        const int id = label.id;
        connect(button, &QToolButton::clicked, this, [this, id] { labelSelection(id); });
        m_palette->addWidget(button);
    }
    m_palette->addStretch(1);

    for (const Core::ChoiceField &field : schema.choices) {
        const QString name = field.name;
        if (!field.multiple) {
            auto *combo = new QComboBox(this);
            combo->setObjectName(u"choice_"_s + name);
            combo->addItem(tr("(none)"), QString());
            for (const QString &choice : field.choices)
                combo->addItem(choice, choice);
            connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, name] {
                if (m_updating || m_row < 0)
                    return;
                RowAnnotation annotation = m_document->project().annotation(m_row);
                const QString value = combo->currentData().toString();
                if (value.isEmpty())
                    annotation.choices.remove(name);
                else
                    annotation.choices.insert(name, {value});
                setAnnotation(annotation, tr("Choose %1").arg(name));
            });
            m_fields->addRow(name, combo);
            m_fieldWidgets << combo;
            continue;
        }
        auto *row = new QWidget(this);
        row->setObjectName(u"choice_"_s + name);
        auto *buttons = new QHBoxLayout(row);
        buttons->setContentsMargins(0, 0, 0, 0);
        for (const QString &choice : field.choices) {
            auto *button = new QToolButton(row);
            button->setObjectName(u"choice_%1_%2"_s.arg(name, choice));
            button->setText(choice);
            button->setCheckable(true);
            connect(button, &QToolButton::toggled, this, [this, name, choice](bool on) {
                if (m_updating || m_row < 0)
                    return;
                RowAnnotation annotation = m_document->project().annotation(m_row);
                QStringList values = annotation.choices.value(name);
                values.removeAll(choice);
                if (on)
                    values.append(choice);
                if (values.isEmpty())
                    annotation.choices.remove(name);
                else
                    annotation.choices.insert(name, values);
                setAnnotation(annotation, tr("Choose %1").arg(name));
            });
            buttons->addWidget(button);
        }
        buttons->addStretch(1);
        m_fields->addRow(name, row);
        m_fieldWidgets << row;
    }
    for (const QString &name : schema.textFields) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(u"field_"_s + name);
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, name] {
            if (m_updating || m_row < 0)
                return;
            RowAnnotation annotation = m_document->project().annotation(m_row);
            if (annotation.fields.value(name) == edit->text())
                return;
            if (edit->text().isEmpty())
                annotation.fields.remove(name);
            else
                annotation.fields.insert(name, edit->text());
            setAnnotation(annotation, tr("Edit %1").arg(name));
        });
        m_fields->addRow(name, edit);
        m_fieldWidgets << edit;
    }
    setVisible(!schema.isEmpty());
    refresh();
}

void LabelPanel::refresh()
{
    const Core::Project &project = m_document->project();
    const bool valid = m_row >= 0 && m_row < project.rowCount() && !project.isDataset();
    const RowAnnotation annotation = valid ? project.annotation(m_row) : RowAnnotation();
    const Core::LabelSchema &schema = project.labelSchema();

    QList<QTextEdit::ExtraSelection> selections;
    for (const LabelSpan &span : annotation.spans) {
        const Core::EntityLabel *label = schema.entity(span.label);
        if (!label || span.end > m_messageView->document()->characterCount())
            continue; // a label taken out of the schema: kept, not shown
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_messageView->document());
        selection.cursor.setPosition(span.begin);
        selection.cursor.setPosition(span.end, QTextCursor::KeepAnchor);
        QColor colour(label->colour);
        colour.setAlpha(90); // the text stays readable on light and dark bases
        selection.format.setBackground(colour);
        selection.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        selection.format.setUnderlineColor(QColor(label->colour));
        selection.format.setToolTip(label->name);
        selections.append(selection);
    }
    setSelectionLayer(m_messageView, SelectionLayer::Labels, selections);

    m_updating = true;
    for (QWidget *widget : std::as_const(m_fieldWidgets)) {
        widget->setEnabled(valid);
        const QString name = widget->objectName().section(u'_', 1);
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            combo->setCurrentIndex(std::max(0, combo->findData(annotation.choices.value(name).value(0))));
        } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
            if (edit->text() != annotation.fields.value(name))
                edit->setText(annotation.fields.value(name));
        } else {
            const QStringList chosen = annotation.choices.value(name);
            for (QToolButton *button : widget->findChildren<QToolButton *>())
                button->setChecked(chosen.contains(button->text()));
        }
    }
    m_updating = false;
}

void LabelPanel::setAnnotation(const RowAnnotation &annotation, const QString &text)
{
    if (annotation != m_document->project().annotation(m_row))
        m_document->push(new SetAnnotationsCommand(m_document, m_row, annotation, text));
}

bool LabelPanel::labelSelection(int id)
{
    const Core::Project &project = m_document->project();
    const Core::EntityLabel *label = project.labelSchema().entity(id);
    if (m_row < 0 || project.isDataset() || !label)
        return false;
    const QTextCursor cursor = m_messageView->textCursor();
    const QString text = project.conversation().text(m_row);
    const auto [begin, end] = Core::snapToWords(text, cursor.selectionStart(), cursor.selectionEnd());
    if (begin == end) {
        emit message(tr("Select the words to label first (Shift+arrows, or drag)."));
        return false;
    }
    RowAnnotation annotation = project.annotation(m_row);
    const QString value = text.mid(begin, end - begin);
    if (!annotation.addSpan({begin, end, id})) {
        emit message(tr("“%1” overlaps a label already there: remove that one first (Delete).").arg(value));
        return false;
    }
    setAnnotation(annotation, tr("Label “%1” as %2").arg(value, label->name));
    // Move on past the span, so the next selection starts from there.
    QTextCursor after(m_messageView->document());
    after.setPosition(end);
    m_messageView->setTextCursor(after);
    emit message(tr("Labelled “%1” as %2.").arg(value, label->name));
    return true;
}

bool LabelPanel::applyKey(int key)
{
    const Core::EntityLabel *label = m_document->project().labelSchema().entityForKey(key);
    if (!label || m_row < 0)
        return false;
    const QTextCursor cursor = m_messageView->textCursor();
    if (cursor.hasSelection())
        return labelSelection(label->id);
    RowAnnotation annotation = m_document->project().annotation(m_row);
    const int at = annotation.spanAt(cursor.position());
    if (at < 0)
        return labelSelection(label->id); // says what to do
    annotation.spans[at].label = label->id;
    setAnnotation(annotation, tr("Relabel as %1").arg(label->name));
    return true;
}

bool LabelPanel::removeSpanAtCursor()
{
    if (m_row < 0)
        return false;
    RowAnnotation annotation = m_document->project().annotation(m_row);
    const QTextCursor cursor = m_messageView->textCursor();
    int at = annotation.spanAt(cursor.position());
    // The caret just after a span (where labelling leaves it) counts as in it.
    if (at < 0 && cursor.position() > 0)
        at = annotation.spanAt(cursor.position() - 1);
    if (at < 0)
        return false;
    const LabelSpan span = annotation.spans.takeAt(at);
    setAnnotation(annotation, tr("Remove label from “%1”")
                                  .arg(m_document->project().conversation().text(m_row).mid(span.begin,
                                                                                           span.end - span.begin)));
    return true;
}

std::optional<LabelSpan> LabelPanel::currentSpan() const
{
    if (m_row < 0 || m_document->project().isDataset())
        return std::nullopt;
    const RowAnnotation annotation = m_document->project().annotation(m_row);
    const int position = m_messageView->textCursor().position();
    int at = annotation.spanAt(position);
    if (at < 0 && position > 0)
        at = annotation.spanAt(position - 1);
    if (at >= 0)
        return annotation.spans.at(at);
    if (!annotation.spans.isEmpty())
        return annotation.spans.constLast();
    return std::nullopt;
}

void LabelPanel::showSpanMenu(int spanIndex, int offset, const QPoint &globalPos)
{
    const Core::LabelSchema &schema = m_document->project().labelSchema();
    RowAnnotation annotation = m_document->project().annotation(m_row);
    QMenu menu(this);
    for (const Core::EntityLabel &label : schema.entities) {
        QAction *action = menu.addAction(label.name);
        action->setCheckable(true);
        action->setChecked(annotation.spans.at(spanIndex).label == label.id);
        const int id = label.id;
        connect(action, &QAction::triggered, this, [this, annotation, spanIndex, id]() mutable {
            annotation.spans[spanIndex].label = id;
            setAnnotation(annotation, tr("Relabel"));
        });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Remove Label")), &QAction::triggered, this, [this, annotation, spanIndex]() mutable {
        annotation.spans.removeAt(spanIndex);
        setAnnotation(annotation, tr("Remove label"));
    });
    emit spanMenuAboutToShow(&menu, offset);
    menu.exec(globalPos);
}

bool LabelPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Pointers compared, not asked: the view sends events to its filters while it is being destroyed.
    if (event->type() == QEvent::KeyPress && watched == m_messageView) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (modifiers == Qt::NoModifier && key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9) {
            applyKey(key->key() - Qt::Key_0);
            return true;
        }
        if (modifiers == Qt::NoModifier && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            removeSpanAtCursor();
            return true;
        }
    }
    // A click (not a drag) on a span offers to relabel or remove it.
    if (event->type() == QEvent::MouseButtonRelease && watched == m_viewport && m_row >= 0) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && !m_messageView->textCursor().hasSelection()) {
            const int position = m_messageView->cursorForPosition(mouse->position().toPoint()).position();
            const int at = m_document->project().annotation(m_row).spanAt(position);
            if (at >= 0) {
                showSpanMenu(at, position, mouse->globalPosition().toPoint());
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Finetuner::App
