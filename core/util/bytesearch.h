// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>

#include <cstring>

namespace Finetuner::Core::Bytes {

// QByteArrayView::indexOf() goes through Qt's general substring search, which costs more than the whole
// rest of a message's parse for the short needles an importer looks for. memchr on the first byte, then
// a compare, is what these needles want.
inline qsizetype find(QByteArrayView haystack, QByteArrayView needle, qsizetype from = 0)
{
    if (needle.isEmpty())
        return from <= haystack.size() ? from : -1;
    const char *begin = haystack.data();
    const char *p = begin + from;
    const char *last = begin + haystack.size() - needle.size();
    while (p <= last) {
        p = static_cast<const char *>(std::memchr(p, needle.front(), size_t(last - p + 1)));
        if (!p)
            return -1;
        if (std::memcmp(p + 1, needle.data() + 1, size_t(needle.size() - 1)) == 0)
            return p - begin;
        ++p;
    }
    return -1;
}

inline bool contains(QByteArrayView haystack, QByteArrayView needle)
{
    return find(haystack, needle) >= 0;
}

inline qsizetype find(QByteArrayView haystack, char c, qsizetype from = 0)
{
    if (from >= haystack.size())
        return -1;
    const void *p = std::memchr(haystack.data() + from, c, size_t(haystack.size() - from));
    return p ? static_cast<const char *>(p) - haystack.data() : -1;
}

} // namespace Finetuner::Core::Bytes
