// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// How the corpus tests (tst_piicorpus, tst_namecorpus) score one type of span and show what they got wrong.

#include <QString>
#include <QStringList>

using namespace Qt::StringLiterals;

struct CorpusCounts
{
    int gold = 0;
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    QStringList examples; // the first few mistakes, for the log

    double precision() const
    {
        return truePositives + falsePositives == 0 ? 1.0 : double(truePositives) / (truePositives + falsePositives);
    }
    double recall() const { return gold == 0 ? 1.0 : double(truePositives) / gold; }
};

/// «span» in «text», line breaks shown.
inline QString showSpan(const QString &text, int begin, int end)
{
    return u"«%1» in «%2»"_s.arg(text.mid(begin, end - begin), QString(text).replace(u'\n', u'⏎'));
}
