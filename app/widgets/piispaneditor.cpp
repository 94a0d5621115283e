// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "piispaneditor.h"

#include <app/commands/anonymizationcommands.h>
#include <app/commands/spanoverridecommand.h>
#include <app/document.h>
#include <app/widgets/selectionlayers.h>
#include <core/label/annotation.h>

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

namespace Finetuner::App {

using namespace Qt::StringLiterals;
using Core::PiiType;
using Core::RowSpan;
using Core::SpanOverride;
using Core::SpanOverrides;

namespace {
// More identities than this go into a submenu of their own: a group chat names hundreds of people.
constexpr int MaxPeopleInline = 9;

// One colour per kind of data, for the dotted underline and, faint, the background. Labels are drawn with a
// solid underline and a stronger tint of their own colours, so the two tell apart where both are shown.
QColor typeColour(PiiType type)
{
    switch (type) {
    case PiiType::Person:
        return QColor(0x7d, 0x3c, 0x98);
    case PiiType::Phone:
        return QColor(0x11, 0x7a, 0x65);
    case PiiType::Email:
    case PiiType::Url:
        return QColor(0x1f, 0x61, 0x8d);
    case PiiType::Location:
        return QColor(0x93, 0x51, 0x16);
    case PiiType::Iban:
    case PiiType::PaymentCard:
        return QColor(0x9a, 0x7d, 0x0a);
    case PiiType::IpAddress:
        return QColor(0x56, 0x65, 0x73);
    case PiiType::CustomRegex:
    case PiiType::CustomTerm:
        return QColor(0xa9, 0x32, 0x26);
    }
    return QColor(Qt::darkGray);
}

bool sameRange(const SpanOverride &o, const Core::PiiSpan &span)
{
    return o.begin == span.begin && o.end == span.end;
}
} // namespace

PiiSpanEditor::PiiSpanEditor(Document *document, QPlainTextEdit *messageView, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_messageView(messageView)
    , m_viewport(messageView->viewport())
{
    setObjectName(u"piiSpanEditor"_s);
    // Installed after the label panel's: this filter sees a click first, and passes on those on a label.
    m_messageView->installEventFilter(this);
    m_viewport->installEventFilter(this);
}

QString PiiSpanEditor::typeName(PiiType type)
{
    switch (type) {
    case PiiType::Person:
        return tr("Person");
    case PiiType::Phone:
        return tr("Phone number");
    case PiiType::Email:
        return tr("E-mail address");
    case PiiType::Url:
        return tr("Link");
    case PiiType::Location:
        return tr("Place");
    case PiiType::Iban:
        return tr("IBAN");
    case PiiType::PaymentCard:
        return tr("Card number");
    case PiiType::IpAddress:
        return tr("IP address");
    case PiiType::CustomRegex:
        return tr("Custom pattern");
    case PiiType::CustomTerm:
        return tr("Custom term");
    }
    return QString();
}

void PiiSpanEditor::setRow(int row)
{
    m_row = row;
    const Core::Project &project = m_document->project();
    const bool valid = m_row >= 0 && m_row < project.rowCount() && !project.isDataset();
    m_spans = valid ? m_document->builder().spans(m_row) : Core::RowSpans();
    if (!offsetsMatch())
        m_spans.clear();
    redraw();
}

bool PiiSpanEditor::offsetsMatch() const
{
    // Spans are UTF-16 offsets into the text as imported, and the view shows that text as it is: one position
    // per UTF-16 unit, a line break one too. Only "\r\n", which the importer already makes "\n", would be one
    // position for two units; should the view ever show something else, nothing is drawn rather than misplaced.
    if (m_row < 0 || m_spans.isEmpty())
        return true;
    return m_messageView->document()->characterCount() == m_document->project().conversation().text(m_row).size() + 1;
}

void PiiSpanEditor::redraw()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QPalette palette = m_messageView->palette();
    const QColor kept = palette.color(QPalette::PlaceholderText);
    // The type colours are dark; on a dark base they are lightened and tinted more, or the lines vanish.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    for (const RowSpan &span : std::as_const(m_spans)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_messageView->document());
        selection.cursor.setPosition(span.span.begin);
        selection.cursor.setPosition(span.span.end, QTextCursor::KeepAnchor);
        if (span.enabled) {
            const QColor colour = dark ? typeColour(span.span.type).lighter(190) : typeColour(span.span.type);
            QColor tint = colour;
            tint.setAlpha(dark ? 70 : 56); // fainter than a label's (90), which is drawn over it
            selection.format.setBackground(tint);
            // Added by hand: dashes instead of dots, so it is told from what was found.
            selection.format.setUnderlineStyle(span.byHand ? QTextCharFormat::DashUnderline
                                                           : QTextCharFormat::DotLine);
            selection.format.setUnderlineColor(colour);
        } else {
            // Kept as written: struck through in grey, the way a rejected suggestion looks.
            selection.format.setForeground(kept);
            selection.format.setFontStrikeOut(true);
        }
        selections.append(selection);
    }
    setSelectionLayer(m_messageView, SelectionLayer::PersonalData, selections);
}

int PiiSpanEditor::spanAt(int offset) const
{
    for (int i = 0; i < m_spans.size(); ++i) {
        if (m_spans.at(i).span.begin <= offset && offset < m_spans.at(i).span.end)
            return i;
    }
    return -1;
}

QString PiiSpanEditor::value(const RowSpan &span) const
{
    return m_document->project().conversation().text(m_row).mid(span.span.begin, span.span.length());
}

QString PiiSpanEditor::replacement(const RowSpan &span) const
{
    // The anonymizer's own operators on the span alone: what the export writes in its place.
    RowSpan alone = span;
    alone.enabled = true;
    alone.span.begin = 0;
    alone.span.end = span.span.length();
    return m_document->builder().anonymizer().apply(value(span), {alone});
}

QString PiiSpanEditor::toolTip(int index) const
{
    const RowSpan &span = m_spans.at(index);
    QString type = typeName(span.span.type);
    if (span.span.type == PiiType::Person && span.span.identity >= 0
        && span.span.identity < m_document->project().identities().size())
        type = tr("Person: %1").arg(m_document->project().identities().at(span.span.identity).name());
    if (span.byHand)
        type = tr("%1, added by hand").arg(type);
    const QString shown = replacement(span);
    const QString what = span.enabled
        ? tr("%1 → %2").arg(type.toHtmlEscaped(), shown.isEmpty() ? tr("(removed)") : shown.toHtmlEscaped())
        : tr("%1, kept as written").arg(type.toHtmlEscaped());
    const bool underLabel = m_row >= 0 && labelAt(span.span.begin);
    QString click = span.enabled ? tr("Click to keep as written") : tr("Click to anonymize");
    if (underLabel)
        click = tr("Click for the label's menu, which can also switch this");
    // Rich text on purpose: "<PHONE>" would otherwise be taken for a tag and vanish.
    return u"<p style=\"white-space:pre\"><b>%1</b><br/><i>%2</i></p>"_s.arg(what, click.toHtmlEscaped());
}

bool PiiSpanEditor::labelAt(int caretPosition) const
{
    return m_document->project().annotation(m_row).spanAt(caretPosition) >= 0;
}

int PiiSpanEditor::characterAt(const QPoint &pos) const
{
    // cursorForPosition() gives the nearest caret place: on the right half of a span's last character that is
    // the span's end, outside it.
    const QTextCursor cursor = m_messageView->cursorForPosition(pos);
    int offset = cursor.position();
    const QRect caret = m_messageView->cursorRect(cursor);
    const bool rightToLeft = cursor.block().textDirection() == Qt::RightToLeft;
    if (offset > 0 && (rightToLeft ? pos.x() > caret.left() : pos.x() < caret.left()))
        --offset;
    return offset;
}

void PiiSpanEditor::setOverrides(const SpanOverrides &overrides, const QString &text)
{
    if (overrides != m_document->project().spanOverrides(m_row))
        m_document->push(new SetSpanOverridesCommand(m_document, m_row, overrides, text));
}

bool PiiSpanEditor::toggle(int index)
{
    if (m_row < 0 || index < 0 || index >= m_spans.size())
        return false;
    const RowSpan span = m_spans.at(index);
    SpanOverrides overrides = m_document->project().spanOverrides(m_row);
    const QString shown = value(span);
    if (span.byHand) {
        overrides.removeIf([&span](const SpanOverride &o) {
            return o.anonymize && sameRange(o, span.span) && o.type == span.span.type;
        });
        setOverrides(overrides, tr("Remove “%1” added by hand").arg(shown));
        emit message(tr("“%1” is kept as written.").arg(shown));
    } else if (span.enabled) {
        overrides.append({span.span.begin, span.span.end, span.span.type, false, -1});
        setOverrides(overrides, tr("Keep “%1” as written").arg(shown));
        emit message(tr("“%1” is kept as written.").arg(shown));
    } else {
        overrides.removeIf([&span](const SpanOverride &o) { return !o.anonymize && sameRange(o, span.span); });
        setOverrides(overrides, tr("Anonymize “%1”").arg(shown));
        emit message(tr("“%1” is anonymized again.").arg(shown));
    }
    return true;
}

bool PiiSpanEditor::toggleAtCursor()
{
    if (m_row < 0)
        return false;
    const QTextCursor cursor = m_messageView->textCursor();
    const int position = cursor.hasSelection() ? cursor.selectionStart() : cursor.position();
    int at = spanAt(position);
    // The caret just after a span counts as in it, as for labels.
    if (at < 0 && position > 0)
        at = spanAt(position - 1);
    if (at < 0) {
        emit message(m_row >= 0 && !m_document->project().isAnonymized(m_row)
                         ? tr("Anonymization is off for this message (Ctrl+M turns it on).")
                         : tr("No personal data at the caret: put it in an underlined span first."));
        return false;
    }
    return toggle(at);
}

bool PiiSpanEditor::anonymizeSelection(PiiType type, int identity)
{
    const Core::Project &project = m_document->project();
    if (m_row < 0 || m_row >= project.rowCount() || project.isDataset())
        return false;
    if (!project.isAnonymized(m_row)) {
        emit message(tr("Anonymization is off for this message (Ctrl+M turns it on)."));
        return false;
    }
    const QString text = project.conversation().text(m_row);
    const QTextCursor cursor = m_messageView->textCursor();
    const auto [begin, end] = Core::snapToWords(text, cursor.selectionStart(), cursor.selectionEnd());
    if (begin == end) {
        emit message(tr("Select the words to anonymize first (Shift+arrows, or drag)."));
        return false;
    }
    const QString shown = text.mid(begin, end - begin);
    SpanOverrides overrides = project.spanOverrides(m_row);
    const auto overlapsSelection = [begin = begin, end = end](const SpanOverride &o) {
        return o.anonymize && o.begin < end && begin < o.end;
    };
    const bool overlaps = std::any_of(overrides.cbegin(), overrides.cend(), overlapsSelection);
    if (overlaps) {
        emit message(tr("“%1” overlaps a span added by hand: click that one first to remove it.").arg(shown));
        return false;
    }
    if (type != PiiType::Person || identity >= project.identities().size())
        identity = -1;
    const SpanOverride added{begin, end, type, true, identity};
    const auto byBegin = [](const SpanOverride &a, const SpanOverride &b) { return a.begin < b.begin; };
    overrides.insert(std::upper_bound(overrides.begin(), overrides.end(), added, byBegin), added);
    const QString kind = type == PiiType::Person && identity >= 0
        ? m_document->builder().anonymizer().pseudonym(identity)
        : typeName(type);
    // The same words elsewhere name the same person: they become one of the person's aliases, so every message
    // gets the same pseudonym and the leak check looks for them too. Not when somebody has them already (a span
    // of their alias switched off): the span alone says who this one is.
    Core::IdentityMap identities = project.identities();
    const bool newAlias = type == PiiType::Person && identity >= 0 && identities.addAlias(identity, shown);
    const QString commandText = tr("Anonymize “%1” as %2").arg(shown, kind);
    if (newAlias) {
        m_document->undoStack()->beginMacro(commandText);
        setOverrides(overrides, commandText);
        m_document->push(new SetIdentitiesCommand(m_document, identities, commandText));
        m_document->undoStack()->endMacro();
    } else {
        setOverrides(overrides, commandText);
    }
    QTextCursor after(m_messageView->document());
    after.setPosition(end);
    m_messageView->setTextCursor(after);
    emit message(newAlias ? tr("“%1” is anonymized as %2, here and wherever the chat says it.").arg(shown, kind)
                          : tr("“%1” is anonymized as %2.").arg(shown, kind));
    return true;
}

void PiiSpanEditor::addTypeChoices(QMenu *menu)
{
    const Core::IdentityMap &identities = m_document->project().identities();
    QMenu *people = identities.size() > MaxPeopleInline ? menu->addMenu(tr("&Person")) : menu;
    for (int i = 0; i < identities.size(); ++i) {
        const QString pseudonym = m_document->builder().anonymizer().pseudonym(i);
        const QString name = identities.at(i).name();
        QAction *action = people->addAction(name.isEmpty() ? pseudonym : tr("%1 (%2)").arg(pseudonym, name));
        action->setObjectName(u"anonymizeAs_person_%1"_s.arg(i));
        connect(action, &QAction::triggered, this, [this, i] { anonymizeSelection(PiiType::Person, i); });
    }
    QAction *someone = people->addAction(tr("Someone Else (%1)").arg(Core::piiPlaceholder(PiiType::Person)));
    someone->setObjectName(u"anonymizeAs_person"_s);
    connect(someone, &QAction::triggered, this, [this] { anonymizeSelection(PiiType::Person, -1); });
    menu->addSeparator();
    const std::pair<PiiType, QString> others[] = {
        {PiiType::Phone, tr("P&hone Number")},
        {PiiType::Email, tr("&E-mail Address")},
        {PiiType::Url, tr("&Link")},
        {PiiType::Location, tr("Pl&ace")},
        {PiiType::Iban, tr("&IBAN")},
        {PiiType::PaymentCard, tr("&Card Number")},
        {PiiType::IpAddress, tr("IP A&ddress")},
        {PiiType::CustomTerm, tr("&Other (%1)").arg(Core::piiPlaceholder(PiiType::CustomTerm))},
    };
    for (const auto &[type, text] : others) {
        QAction *action = menu->addAction(text);
        action->setObjectName(u"anonymizeAs_"_s + Core::piiTypeName(type));
        connect(action, &QAction::triggered, this, [this, type = type] { anonymizeSelection(type); });
    }
}

void PiiSpanEditor::chooseTypeForSelection()
{
    if (m_row < 0)
        return;
    if (!m_messageView->textCursor().hasSelection()) {
        emit message(tr("Select the words to anonymize first (Shift+arrows, or drag)."));
        return;
    }
    if (!m_document->project().isAnonymized(m_row)) {
        emit message(tr("Anonymization is off for this message (Ctrl+M turns it on)."));
        return;
    }
    QMenu menu(m_messageView);
    menu.setObjectName(u"anonymizeAsMenu"_s);
    addTypeChoices(&menu);
    menu.exec(m_messageView->viewport()->mapToGlobal(m_messageView->cursorRect().bottomLeft()));
}

void PiiSpanEditor::addSpanActions(QMenu *menu, int offset)
{
    const int at = spanAt(offset);
    if (at < 0)
        return;
    const RowSpan &span = m_spans.at(at);
    const QString shown = value(span);
    const QString text = span.byHand ? tr("Remove “%1” Added by Hand").arg(shown)
        : span.enabled               ? tr("Keep “%1” as Written").arg(shown)
                                     : tr("Anonymize “%1”").arg(shown);
    menu->addSeparator();
    QAction *action = menu->addAction(text);
    action->setObjectName(u"toggleSpanAction"_s);
    // Toggled by what it is, not by index: the menu outlives nothing, but a refresh may reorder m_spans.
    connect(action, &QAction::triggered, this, [this, offset] { toggle(spanAt(offset)); });
}

void PiiSpanEditor::showContextMenu(const QPoint &pos, const QPoint &globalPos)
{
    QMenu *menu = m_messageView->createStandardContextMenu();
    menu->setObjectName(u"messageContextMenu"_s);
    if (m_row >= 0 && !m_document->project().isDataset()) {
        addSpanActions(menu, characterAt(pos));
        menu->addSeparator();
        QMenu *types = menu->addMenu(tr("Anonymi&ze Selection As"));
        types->setObjectName(u"anonymizeAsSubmenu"_s);
        types->setEnabled(m_messageView->textCursor().hasSelection() && m_document->project().isAnonymized(m_row));
        addTypeChoices(types);
    }
    menu->exec(globalPos);
    delete menu;
}

bool PiiSpanEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Pointers compared, not asked: the view sends events to its filters while it is being destroyed.
    if (watched == m_viewport) {
        switch (event->type()) {
        case QEvent::MouseButtonPress: {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            m_pressed = mouse->button() == Qt::LeftButton;
            m_pressedAt = mouse->position().toPoint();
            break;
        }
        case QEvent::MouseButtonRelease: {
            // A click, not a drag and not the end of a selection, on a span switches it.
            const auto *mouse = static_cast<QMouseEvent *>(event);
            const QPoint pos = mouse->position().toPoint();
            const bool click = m_pressed && mouse->button() == Qt::LeftButton
                && (pos - m_pressedAt).manhattanLength() < QApplication::startDragDistance()
                && !m_messageView->textCursor().hasSelection();
            m_pressed = false;
            if (!click || m_row < 0)
                break;
            const int at = spanAt(characterAt(pos));
            // On a label, the label panel's menu opens, with this span's action in it (addSpanActions).
            if (at >= 0 && !labelAt(m_messageView->cursorForPosition(pos).position())) {
                toggle(at);
                return true;
            }
            break;
        }
        case QEvent::ToolTip: {
            const auto *help = static_cast<QHelpEvent *>(event);
            const int at = spanAt(characterAt(help->pos()));
            if (at < 0) {
                QToolTip::hideText(); // off a span, its tip goes
                break;
            }
            // Shown while the mouse stays over the span (where it is on one line), asked again elsewhere.
            QTextCursor cursor(m_messageView->document());
            cursor.setPosition(m_spans.at(at).span.begin);
            const QRect first = m_messageView->cursorRect(cursor);
            cursor.setPosition(m_spans.at(at).span.end);
            const QRect last = m_messageView->cursorRect(cursor);
            const QRect area = first.top() == last.top() ? QRect(first.topLeft(), last.bottomRight()) : QRect();
            QToolTip::showText(help->globalPos(), toolTip(at), m_messageView->viewport(), area);
            return true;
        }
        case QEvent::ContextMenu: {
            const auto *menu = static_cast<QContextMenuEvent *>(event);
            showContextMenu(menu->pos(), menu->globalPos());
            return true;
        }
        default:
            break;
        }
    } else if (watched == m_messageView && event->type() == QEvent::ContextMenu) {
        // From the keyboard (the menu key): at the caret.
        const QRect caret = m_messageView->cursorRect();
        showContextMenu(caret.center(), m_messageView->viewport()->mapToGlobal(caret.bottomLeft()));
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Finetuner::App
