// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/validate/checks/checkcontext.h>

namespace Finetuner::Core::Checks {

// Each group describes its checks (for Validator::checks()) and runs them; a group reports only the ids it
// describes. Groups: how the file reads as JSONL; what every dataset shape shares; prompt/completion
// (prepare_data); chat (the cookbook).
void describeJsonlChecks(QList<CheckDescription> &out);
void runJsonlChecks(CheckContext &context);

void describeDatasetChecks(QList<CheckDescription> &out);
void runDatasetChecks(CheckContext &context);

void describePromptCompletionChecks(QList<CheckDescription> &out);
void runPromptCompletionChecks(CheckContext &context);

void describeChatChecks(QList<CheckDescription> &out);
void runChatChecks(CheckContext &context);

} // namespace Finetuner::Core::Checks
