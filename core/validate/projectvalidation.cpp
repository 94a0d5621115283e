// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "projectvalidation.h"

#include <core/dataset/examplebuilder.h>
#include <core/dataset/exportformat.h>
#include <core/project/project.h>
#include <core/tokenize/tokenizer.h>
#include <core/validate/parseddatasetreader.h>
#include <core/validate/validator.h>

#include <QBuffer>

namespace Finetuner::Core {

ProjectValidation validateProject(const Project &project)
{
    ProjectValidation validation;
    QBuffer buffer(&validation.jsonl);
    buffer.open(QIODevice::WriteOnly);
    QString source;
    if (const Dataset *dataset = project.dataset()) {
        // Every record, broken ones too: the validator names them by line like the file would.
        dataset->write(buffer, [&](int row) {
            validation.lineRows.push_back(row);
            return true;
        });
        source = dataset->sourcePath();
    } else {
        const ExportSettings &settings = project.exportSettings();
        const QList<TrainingExample> examples = buildExamples(project, settings.examples);
        QList<int> all;
        for (int i = 0; i < examples.size(); ++i) {
            all.append(i);
            validation.lineRows.push_back(examples.at(i).row);
        }
        writeExamples(examples, all, settings.format, buffer);
        source = project.conversation().sourcePath();
    }
    buffer.close();

    Result<ParsedDataset> parsed = parseDatasetBytes(validation.jsonl, source);
    if (!parsed.ok())
        return validation; // nothing to export: no issues the dock could point at
    validation.parsed = std::move(*parsed.value);
    ValidatorOptions options;
    if (const Tokenizer *tokenizer = Tokenizer::get(Encoding::O200kBase))
        options.tokenCount = [tokenizer](QStringView text) { return tokenizer->count(text); };
    validation.issues = Validator(options).validate(validation.parsed);
    return validation;
}

} // namespace Finetuner::Core
