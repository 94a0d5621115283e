// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "completiontemplate.h"

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

namespace {

/// The value of placeholder @p name, or nullopt when the schema has no such name.
std::optional<QString> placeholder(const LabelSchema &schema, const RowAnnotation &annotation,
                                   const TemplateValues &values, const QString &name, const QString &separator)
{
    if (name == u"time"_s)
        return values.time;
    if (name == u"author"_s)
        return values.author;
    if (name == u"text"_s)
        return values.text;
    auto spanTexts = [&](int onlyLabel) {
        QStringList texts;
        for (const LabelSpan &span : annotation.spans) {
            if ((onlyLabel < 0 || span.label == onlyLabel) && span.end <= values.text.size())
                texts.append(values.text.mid(span.begin, span.end - span.begin));
        }
        return texts.join(separator);
    };
    if (name == u"entities"_s)
        return spanTexts(-1);
    for (const EntityLabel &label : schema.entities) {
        if (label.name == name)
            return spanTexts(label.id);
    }
    for (const ChoiceField &field : schema.choices) {
        if (field.name == name)
            return annotation.choices.value(name).join(separator);
    }
    if (schema.textFields.contains(name))
        return annotation.fields.value(name);
    return std::nullopt;
}

template <typename OnPlaceholder>
QString expand(const QString &text, OnPlaceholder onPlaceholder)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if ((c == u'{' || c == u'}') && i + 1 < text.size() && text.at(i + 1) == c) {
            out += c;
            ++i;
            continue;
        }
        const qsizetype close = c == u'{' ? text.indexOf(u'}', i + 1) : -1;
        if (close < 0) {
            out += c;
            continue;
        }
        const QString inner = text.mid(i + 1, close - i - 1);
        const qsizetype bar = inner.indexOf(u'|');
        const QString name = bar < 0 ? inner : inner.left(bar);
        const QString separator = bar < 0 ? u", "_s : inner.mid(bar + 1);
        out += onPlaceholder(name, separator).value_or(text.mid(i, close - i + 1));
        i = close;
    }
    return out;
}

} // namespace

QString renderCompletion(const LabelSchema &schema, const RowAnnotation &annotation, const TemplateValues &values)
{
    return expand(schema.completionTemplate, [&](const QString &name, const QString &separator) {
        return placeholder(schema, annotation, values, name, separator);
    });
}

QStringList unknownPlaceholders(const LabelSchema &schema)
{
    QStringList unknown;
    expand(schema.completionTemplate, [&](const QString &name, const QString &separator) {
        const std::optional<QString> value = placeholder(schema, {}, {}, name, separator);
        if (!value && !unknown.contains(name))
            unknown.append(name);
        return value;
    });
    return unknown;
}

} // namespace Finetuner::Core
