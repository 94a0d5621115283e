// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/import/importerregistry.h>
#include <core/project/project.h>
#include <testutils.h>

/// tests/data/export/breakfast.txt as a project where Ana answers and Ben is the context: his messages are not
/// examples of their own.
inline Finetuner::Core::Project breakfastProject()
{
    using namespace Finetuner::Core;
    auto imported = importFile(TestUtils::dataPath(QStringLiteral("export/breakfast.txt")));
    if (!imported.ok())
        qFatal("breakfast.txt does not import");
    Project project(*imported.value);
    project.setParticipantRole(project.conversation().participantId(QStringLiteral("Ben")), ParticipantRole::Context);
    return project;
}
