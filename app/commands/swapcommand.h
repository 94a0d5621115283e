// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <app/document.h>

#include <QUndoCommand>

namespace Finetuner::App {

/// An edit of one small whole value of the project (the export settings, the anonymization settings, the
/// identity map): redo applies the new value, undo the old one, through the Document method given.
///
/// With a @p mergeId (one of CommandId) typing merges: a command with the same id and text takes the next one's
/// value, and a step typed back to where it started leaves the stack. Without one (-1) every command is a step of
/// its own: a checkbox, a pick from a list, a preset.
template <typename Value>
class SwapCommand : public QUndoCommand
{
public:
    using Apply = void (Document::*)(const Value &);

    SwapCommand(Document *document, Apply apply, Value oldValue, Value newValue, const QString &text,
                int mergeId = -1)
        : QUndoCommand(text)
        , m_document(document)
        , m_apply(apply)
        , m_oldValue(std::move(oldValue))
        , m_newValue(std::move(newValue))
        , m_mergeId(mergeId)
    {
    }

    void redo() override { (m_document->*m_apply)(m_newValue); }
    void undo() override { (m_document->*m_apply)(m_oldValue); }
    int id() const override { return m_mergeId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        // QUndoStack only offers commands of the same id(), so both are typing; typing in another field is not.
        const auto *next = static_cast<const SwapCommand *>(other);
        if (next->text() != text())
            return false;
        m_newValue = next->m_newValue;
        // Typed back to where it started: the step changes nothing and leaves the stack.
        setObsolete(m_newValue == m_oldValue);
        return true;
    }

private:
    Document *m_document; // not owned
    Apply m_apply;
    Value m_oldValue;
    Value m_newValue;
    int m_mergeId;
};

} // namespace Finetuner::App
