// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPlainTextEdit>
#include <QVariant>

namespace Finetuner::App {

/// Who draws on the message view; later layers are drawn over earlier ones where their formats collide.
enum class SelectionLayer {
    PersonalData, // PiiSpanEditor: what the anonymization replaces or keeps
    Labels,       // LabelPanel: the annotator's labels, over the detected spans
};

/// Two panels draw on the same view, and QPlainTextEdit has one list of extra selections: each sets its own
/// layer, kept on the view, and the view gets all of them.
inline void setSelectionLayer(QPlainTextEdit *view, SelectionLayer layer,
                              const QList<QTextEdit::ExtraSelection> &selections)
{
    static constexpr const char *Names[] = {"finetunerPersonalDataSelections", "finetunerLabelSelections"};
    view->setProperty(Names[int(layer)], QVariant::fromValue(selections));
    QList<QTextEdit::ExtraSelection> all;
    for (const char *name : Names)
        all += view->property(name).value<QList<QTextEdit::ExtraSelection>>();
    view->setExtraSelections(all);
}

} // namespace Finetuner::App
