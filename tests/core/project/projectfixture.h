// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <chatgenerator.h>
#include <core/import/whatsappimporter.h>
#include <core/project/project.h>

#include <QString>

#include <cstdint>

/// Projects for the store's tests and for the process they kill: a generated chat of @p messages messages (several
/// row-state chunks at the default size), and a deterministic series of edits that both sides can replay.
namespace ProjectFixture {

using namespace Qt::StringLiterals;

inline Finetuner::Core::Project generated(int messages, std::uint64_t seed = 7)
{
    using namespace Finetuner;
    const Bench::ExportStyle style = Bench::styleNamed(u"android-dmy-24h"_s);
    Bench::ChatGenerator generator(seed);
    QByteArray chat = Bench::ChatGenerator::preamble(style);
    for (int i = 0; i < messages; ++i)
        chat += Bench::ChatGenerator::render(generator.next(style), style);
    auto result = Core::WhatsAppImporter().parse(chat, u"generated.txt"_s);
    if (!result.ok())
        qFatal("the generated chat did not parse");
    return Core::Project(*result.value);
}

/// What edit number @p n of the series does; apply() changes the project, the writer then stores it.
struct Edit
{
    enum Kind { Status, Include, Anonymize, Completion, Bulk, Role } kind;
    QList<int> rows;
    int value = 0;
    QString text;
};

inline std::uint64_t mix(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

inline Edit edit(int n, int rowCount, int participants)
{
    const std::uint64_t r = mix(std::uint64_t(n));
    const int row = int(r % std::uint64_t(rowCount));
    switch (n % 7) {
    case 0:
    case 1:
        return {Edit::Status, {row}, int((r >> 20) % 4), {}};
    case 2:
        return {Edit::Include, {row}, int((r >> 20) % 3), {}};
    case 3:
        return {Edit::Anonymize, {row}, int((r >> 20) % 2), {}};
    case 4:
        // Every few completions one is cleared, so deletions are in the series too.
        return {Edit::Completion, {row}, 0, (r >> 20) % 5 == 0 ? QString() : u" edit %1 ✓\nEND"_s.arg(n)};
    case 5: {
        // A bulk edit over a few hundred rows that crosses a chunk boundary.
        const int first = int(r % std::uint64_t(std::max(1, rowCount - 600)));
        QList<int> rows;
        for (int i = first; i < std::min(rowCount, first + 600); i += 2)
            rows.append(i);
        return {Edit::Bulk, rows, int((r >> 20) % 4), {}};
    }
    default:
        return {Edit::Role, {int(r % std::uint64_t(std::max(1, participants)))}, int((r >> 20) % 3),
                u"Alias %1"_s.arg(n)};
    }
}

inline void apply(Finetuner::Core::Project &project, const Edit &e)
{
    using namespace Finetuner::Core;
    for (const int row : e.rows) {
        switch (e.kind) {
        case Edit::Status:
        case Edit::Bulk:
            project.setStatus(row, ReviewStatus(e.value));
            break;
        case Edit::Include:
            project.setIncludeOverride(row, IncludeOverride(e.value));
            break;
        case Edit::Anonymize:
            project.setAnonymized(row, e.value != 0);
            break;
        case Edit::Completion:
            project.setCompletion(row, e.text);
            break;
        case Edit::Role:
            if (row < project.participantCount()) {
                project.setParticipantRole(row, ParticipantRole(e.value));
                project.setPseudonym(row, e.text);
            }
            break;
        }
    }
}

} // namespace ProjectFixture
