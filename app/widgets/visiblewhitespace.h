// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace Finetuner::App {

/// Separators are mostly whitespace, and an annotator must see them to trust them: "⏎" for a line break
/// (followed by the break itself when @p keepLineBreaks), "⇥" for a tab, "·" for a space at either end.
inline QString visibleWhitespace(const QString &text, bool keepLineBreaks)
{
    using namespace Qt::StringLiterals;
    QString shown = text;
    shown.replace(u'\t', u'⇥');
    shown.replace(u'\n', keepLineBreaks ? u"⏎\n"_s : u"⏎"_s);
    if (shown.startsWith(u' '))
        shown.replace(0, 1, u'·');
    if (shown.endsWith(u' '))
        shown.replace(shown.size() - 1, 1, u'·');
    return shown;
}

/// The inverse for what a user types in a separator field: "\n", "\t", "⏎", "⇥" and "·" at either end.
inline QString fromVisibleWhitespace(const QString &typed)
{
    using namespace Qt::StringLiterals;
    QString value = typed;
    value.replace(u"\\n"_s, u"\n"_s).replace(u"\\t"_s, u"\t"_s).replace(u'⏎', u'\n').replace(u'⇥', u'\t');
    if (value.startsWith(u'·'))
        value.replace(0, 1, u' ');
    if (value.endsWith(u'·'))
        value.replace(value.size() - 1, 1, u' ');
    return value;
}

} // namespace Finetuner::App
