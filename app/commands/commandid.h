// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace Finetuner::App::CommandId {
// For QUndoCommand::id(): commands with an id may merge with the one before them.
enum : int { EditCompletion = 1, EditPseudonym, EditExportSettings, EditRecord, EditAnonymization };
} // namespace Finetuner::App::CommandId
