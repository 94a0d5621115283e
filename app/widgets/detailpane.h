// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace Finetuner::Core {
class Dataset;
}

namespace Finetuner::App {

class Document;
class LabelPanel;
class PiiSpanEditor;

/// The current row: the message as written and as it will be exported, the completion editor, and below it the
/// exact JSON line that will be written, with its separators made visible.
class DetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)
public:
    explicit DetailPane(Document *document, QWidget *parent = nullptr);

    void setRow(int row);
    int row() const { return m_row; }
    QPlainTextEdit *completionEditor() const { return m_completion; }
    QPlainTextEdit *messageView() const { return m_original; }
    LabelPanel *labelPanel() const { return m_labels; }
    PiiSpanEditor *piiSpans() const { return m_piiSpans; }

private:
    void refresh();
    void onCompletionEdited();
    void onRecordEdited();
    void refreshDataset(const Core::Dataset &dataset);

    Document *m_document; // not owned
    int m_row = -1;
    bool m_updating = false;
    QLabel *m_header;
    QLabel *m_originalCaption;
    QLabel *m_exportedCaption;
    QPlainTextEdit *m_original;
    QPlainTextEdit *m_exported;
    QPlainTextEdit *m_completion;
    QPlainTextEdit *m_preview;
    QLabel *m_length;
    LabelPanel *m_labels;
    PiiSpanEditor *m_piiSpans;     // the personal data in m_original
    QLabel *m_completionSource;    // from the template, or typed by hand
    QToolButton *m_useTemplate;    // drops a typed completion for the template's
};

} // namespace Finetuner::App
