// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The process tst_projectstore kills: opens a project and commits the fixture's edit series, printing the number
// of each edit once its transaction has returned, until it is killed.
//   projectwriter FILE COUNT

#include "projectfixture.h"

#include <core/project/projectstore.h>

#include <QCoreApplication>

#include <cstdio>

using namespace Finetuner::Core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3)
        return 2;
    auto opened = ProjectStore::open(arguments.at(1));
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.diagnostics.constFirst().toString()));
        return 3;
    }
    ProjectStore &store = *opened.value->store;
    Project &project = opened.value->project;
    const int count = arguments.at(2).toInt();
    for (int n = 0; n < count; ++n) {
        const ProjectFixture::Edit edit = ProjectFixture::edit(n, project.rowCount(), project.participantCount());
        ProjectFixture::apply(project, edit);
        bool saved = false;
        switch (edit.kind) {
        case ProjectFixture::Edit::Completion:
            saved = store.saveCompletions(project, edit.rows);
            break;
        case ProjectFixture::Edit::Role:
            saved = store.saveParticipants(project);
            break;
        default:
            saved = store.saveRows(project, edit.rows);
            break;
        }
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 4;
        }
        std::printf("%d\n", n);
        std::fflush(stdout);
    }
    return 0;
}
