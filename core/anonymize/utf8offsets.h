// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringView>

#include <algorithm>

#include <string>
#include <vector>

namespace Finetuner::Core {

/// A message text as UTF-8 for libraries that read bytes (libphonenumber, RE2), with the way back from their
/// byte offsets to the UTF-16 offsets of the QString. Optionally with every space-like character (U+00A0,
/// U+202F, U+2007, U+2009, direction marks…) written as an ASCII space, one character for one, so the
/// offsets still map one to one.
class Utf8Offsets
{
public:
    enum class Spaces { AsWritten, Ascii };

    explicit Utf8Offsets(QStringView text, Spaces spaces = Spaces::AsWritten);

    const std::string &bytes() const { return m_bytes; }
    /// UTF-16 offset of the character that contains byte @p byte; the text's length at the end.
    int utf16(size_t byte) const { return m_utf16.at(std::min(byte, m_bytes.size())); }

private:
    std::string m_bytes;
    std::vector<int> m_utf16; // per byte, plus one for the end
};

} // namespace Finetuner::Core
