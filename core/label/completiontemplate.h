// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/label/annotation.h>
#include <core/label/labelschema.h>

#include <QString>
#include <QStringList>

namespace Finetuner::Core {

/// What a completion template is filled in with for one row.
struct TemplateValues
{
    QString text;   // the message text as imported; spans are slices of it
    QString time;   // "2012-07-27T21:02:56"
    QString author; // as exported (pseudonym where anonymized)
};

/// Renders @p schema's completion template for one row (docs/labeling.md):
///   {entities} / {entities|SEP}   every span's text, in order, joined by ", " or SEP
///   {LABEL} / {LABEL|SEP}         the spans of one entity label
///   {CHOICE} / {CHOICE|SEP}       a choice field's chosen values
///   {FIELD}                       a text field
///   {time} {author} {text}        the message's
///   {{ and }}                     literal braces
/// An empty list renders as nothing: "named_entities={entities}" becomes "named_entities=".
QString renderCompletion(const LabelSchema &schema, const RowAnnotation &annotation, const TemplateValues &values);

/// Placeholders in the template that name nothing in the schema, for the schema dialog to point out.
QStringList unknownPlaceholders(const LabelSchema &schema);

} // namespace Finetuner::Core
