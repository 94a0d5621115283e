// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/anonymize/anonymizer.h>

#include <QObject>
#include <QPoint>

class QMenu;
class QPlainTextEdit;

namespace Finetuner::App {

class Document;

/// The personal data of the current message, in the message view (docs/anonymization.md, "Spans in the detail
/// pane"): every span the anonymization found or the annotator added, drawn in place; a click switches one off
/// (kept as written) or on again, or removes one added by hand; selected words can be anonymized by hand as a
/// person, a phone number, an address… Every change is a SetSpanOverridesCommand.
class PiiSpanEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PiiSpanEditor)
public:
    /// @p messageView shows the row's text as imported: the spans' offsets are positions in it.
    PiiSpanEditor(Document *document, QPlainTextEdit *messageView, QObject *parent = nullptr);

    void setRow(int row);
    /// The spans drawn: the row's, sorted; none where the row is not anonymized.
    const Core::RowSpans &spans() const { return m_spans; }
    /// The index in spans() of the span holding the character at @p offset; -1 when none does.
    int spanAt(int offset) const;

    /// A detected span on: off (kept as written); off: on again; added by hand: removed.
    bool toggle(int index);
    /// The span at the caret, or just before it.
    bool toggleAtCursor();
    /// Anonymizes the view's selection, snapped to whole words, as @p type (a Person as @p identity's
    /// pseudonym; -1 for <PERSON>). Detected spans it overlaps give way to it. False (and message()) when
    /// nothing is selected, the row is not anonymized, or it overlaps another span added by hand.
    bool anonymizeSelection(Core::PiiType type, int identity = -1);
    /// Asks which type the selection is, in a menu at the caret, then anonymizes it.
    void chooseTypeForSelection();

    /// The choices of anonymizeSelection(): each person of the identity map, then the other types.
    void addTypeChoices(QMenu *menu);
    /// What can be done with the span at @p offset, if any: keep as written, anonymize, remove.
    void addSpanActions(QMenu *menu, int offset);
    /// What hovering the span says: its type, what replaces it, what a click does.
    QString toolTip(int index) const;

    /// The name a user calls a type by: "Phone number", "E-mail address".
    static QString typeName(Core::PiiType type);

signals:
    /// Something for the status bar: why a change was refused, what was done.
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void redraw();
    bool offsetsMatch() const;
    /// The offset of the character under @p pos (viewport coordinates), not the caret place nearest to it.
    int characterAt(const QPoint &pos) const;
    bool labelAt(int caretPosition) const;
    QString value(const Core::RowSpan &span) const;
    QString replacement(const Core::RowSpan &span) const;
    void setOverrides(const Core::SpanOverrides &overrides, const QString &text);
    void showContextMenu(const QPoint &pos, const QPoint &globalPos);

    Document *m_document;          // not owned
    QPlainTextEdit *m_messageView; // not owned
    QObject *m_viewport;           // not owned: the view's, whose clicks toggle spans
    int m_row = -1;
    Core::RowSpans m_spans;
    QPoint m_pressedAt;
    bool m_pressed = false;
};

} // namespace Finetuner::App
