// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/util/outputbuffer.h>

#include <QByteArrayView>
#include <QString>

class QIODevice;

namespace Finetuner::Core::Json {

/// Appends @p utf8 as a JSON string literal: quotes, `\"`, `\\`, control characters escaped
/// (`\n`, `\t`, …, others `\u00XX`), everything else as UTF-8 bytes, the way Python's
/// json.dumps(ensure_ascii=False) writes it. @p utf8 must be valid UTF-8.
void appendString(OutputBuffer &out, QByteArrayView utf8);
inline void appendString(OutputBuffer &out, const QString &text)
{
    appendString(out, QByteArrayView(text.toUtf8()));
}

/// Writes JSON Lines to a device through a large buffer; a million lines cost a few hundred writes.
class LineWriter
{
public:
    explicit LineWriter(QIODevice &device);
    ~LineWriter();
    Q_DISABLE_COPY_MOVE(LineWriter)

    /// The line being built; call endLine() when it is complete.
    OutputBuffer &line() { return m_buffer; }
    void endLine();
    /// Writes what is buffered; false (with errorString()) when the device refused.
    bool flush();
    bool hasFailed() const { return m_failed; }
    QString errorString() const;

private:
    QIODevice &m_device;
    OutputBuffer m_buffer;
    bool m_failed = false;
};

} // namespace Finetuner::Core::Json
