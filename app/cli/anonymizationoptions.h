// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/anonymize/anonymizationsettings.h>
#include <core/anonymize/identity.h>
#include <core/dataset/exportformat.h>

#include <QList>
#include <QStringList>

#include <array>
#include <optional>

class QCommandLineParser;

namespace Finetuner::Core {
class ExampleBuilder;
class Project;
struct TrainingExample;
} // namespace Finetuner::Core

namespace Finetuner::Cli {

/// What `convert --anonymize` and `anonymize` were asked for: the app's defaults (every detector on, people to
/// pseudonyms, the rest to placeholders) as the options change them.
struct AnonymizationRequest
{
    Core::AnonymizationSettings settings;
    Core::PseudonymStyle style = Core::PseudonymStyle::Numbered;
};

/// Adds --pseudonyms, --keep, --operator, --term, --pattern and --region.
void addAnonymizationOptions(QCommandLineParser &parser);
/// Those of them that are set, as "--keep": for a command that only takes them with --anonymize.
QStringList setAnonymizationOptions(const QCommandLineParser &parser);
/// The settings the options ask for; nullopt, with the reason printed, for an unknown type or operator, a
/// pattern that does not compile or a region that does not exist.
std::optional<AnonymizationRequest> anonymizationFromOptions(const QCommandLineParser &parser);

/// Gives @p project (built from a conversation: identities found, every row anonymized) the request's settings and
/// pseudonym style.
void applyAnonymization(Core::Project &project, const AnonymizationRequest &request);

/// The export's leak check over the lines about to be written (@p builder scanned: ExampleBuilder::scanExported).
/// Prints each leak as FILE:LINE: error: … and returns false when there is any.
bool passesLeakCheck(const Core::ExampleBuilder &builder,
                     const QList<Core::TrainingExample> &examples,
                     Core::ExportFormat format);

using PiiCounts = std::array<int, Core::PiiTypeCount>;
void addCounts(PiiCounts &total, const PiiCounts &more);
/// "anonymized 12 messages: 3 names, 1 phone number": types in a fixed order (people first), none with 0.
QString anonymizationSummary(int messages, const PiiCounts &counts);

} // namespace Finetuner::Cli
