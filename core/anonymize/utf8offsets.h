// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QStringView>

#include <string>

namespace Finetuner::Core {

/// A message text as UTF-8 for libraries that read bytes (libphonenumber, RE2), with the way back from their
/// byte offsets to the UTF-16 offsets of the QString. Optionally with every space-like character (U+00A0,
/// U+202F, U+2007, U+2009, direction marks…) written as an ASCII space, one character for one, so the
/// UTF-16 offsets stay those of the original text.
///
/// Offsets are counted when asked for (matches are rare), from the last one asked, so asking in increasing
/// order costs one pass in all.
class Utf8Offsets
{
public:
    enum class Spaces { AsWritten, Ascii };

    explicit Utf8Offsets(QStringView text, Spaces spaces = Spaces::AsWritten);

    const QByteArray &bytes() const { return m_bytes; }
    std::string string() const { return m_bytes.toStdString(); }
    /// UTF-16 offset of the character that starts at byte @p byte (the text's length at the end).
    int utf16(qsizetype byte) const;

private:
    QByteArray m_bytes;
    mutable qsizetype m_lastByte = 0;
    mutable int m_lastUtf16 = 0;
};

} // namespace Finetuner::Core
