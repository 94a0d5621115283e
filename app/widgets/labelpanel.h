// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/label/annotation.h>

#include <QWidget>

#include <optional>

class QHBoxLayout;
class QFormLayout;
class QMenu;
class QPlainTextEdit;

namespace Finetuner::App {

class Document;

/// Labelling the current message (DESIGN.md §2, docs/labeling.md): spans in the message view drawn in their
/// label's colour, the label palette (a button and a number key per label), and the row's choice and text fields.
/// In the message view: select words and press 1–9 (or click a label) to label them; with the caret in a span,
/// a number relabels it and Delete removes it; clicking a span offers the same. Every change is a command.
class LabelPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelPanel)
public:
    /// @p messageView shows the row's text as imported (span offsets are into it); the panel draws on it and
    /// listens to its keys and clicks.
    LabelPanel(Document *document, QPlainTextEdit *messageView, QWidget *parent = nullptr);

    void setRow(int row);

    /// Labels the view's selection, snapped to whole words, as label @p id; false (and message()) when there is
    /// nothing selected or it overlaps a span.
    bool labelSelection(int id);
    /// The label with number key @p key: labels the selection, or relabels the span at the caret.
    bool applyKey(int key);
    /// Removes the span at the caret; false when there is none.
    bool removeSpanAtCursor();
    /// The span at the caret, else the row's last one: what "label all occurrences" spreads.
    std::optional<Core::LabelSpan> currentSpan() const;

signals:
    /// Something for the status bar: why a label was refused, what was done.
    void message(const QString &text);
    /// The menu a click on a label opens, at @p offset of the text: others may add what applies there too
    /// (the personal data under the label).
    void spanMenuAboutToShow(QMenu *menu, int offset);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();  // the palette and fields, after the schema changes
    void refresh();  // highlights and field values, after the row changes
    void setAnnotation(const Core::RowAnnotation &annotation, const QString &text);
    void showSpanMenu(int spanIndex, int offset, const QPoint &globalPos);

    Document *m_document;          // not owned
    QPlainTextEdit *m_messageView; // not owned
    QObject *m_viewport;           // not owned: the view's, whose clicks open the span menu
    int m_row = -1;
    bool m_updating = false;
    QHBoxLayout *m_palette;
    QFormLayout *m_fields;
    QList<QWidget *> m_fieldWidgets; // rebuilt with the schema
};

} // namespace Finetuner::App
