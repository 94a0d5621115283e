// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QFile>
#include <QString>
#include <QTest>

namespace TestUtils {

using namespace Qt::StringLiterals;

/// Path of a file under tests/data.
inline QString dataPath(const QString &relative)
{
    return QStringLiteral(FINETUNER_TEST_DATA) + u'/' + relative;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(file.errorString()));
    return file.readAll();
}

/// Writes @p bytes to @p path (a fixture made by a test); returns the path.
inline QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s: %s", qPrintable(path), qPrintable(file.errorString()));
    return path;
}

/// The lines of a JSONL text, without the final empty one; comparing lists reads like a diff when it fails.
inline QByteArrayList jsonLines(const QByteArray &text)
{
    QByteArrayList lines = text.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

/// Compares two line lists and reports the first differing line with its number.
inline bool compareLines(const QByteArrayList &actual, const QByteArrayList &expected, QByteArray *report)
{
    for (qsizetype i = 0; i < std::min(actual.size(), expected.size()); ++i) {
        if (actual.at(i) != expected.at(i)) {
            *report = "line " + QByteArray::number(i + 1) + " differs:\n  actual:   " + actual.at(i)
                + "\n  expected: " + expected.at(i);
            return false;
        }
    }
    if (actual.size() != expected.size()) {
        *report = "line counts differ: actual " + QByteArray::number(actual.size()) + ", expected "
            + QByteArray::number(expected.size());
        return false;
    }
    return true;
}

} // namespace TestUtils
