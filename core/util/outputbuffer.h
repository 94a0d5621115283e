// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>
#include <QLatin1StringView>

#include <cstdlib>
#include <cstring>
#include <new>

namespace Finetuner::Core {

/// A growable byte buffer for writers that emit millions of small pieces. Unlike std::string and QByteArray
/// it never zero-fills what it reserves, and its appends are inline memcpys.
class OutputBuffer
{
public:
    OutputBuffer() = default;
    ~OutputBuffer() { std::free(m_data); }
    OutputBuffer(const OutputBuffer &) = delete;
    OutputBuffer &operator=(const OutputBuffer &) = delete;

    /// Room for @p extra more bytes; write them through the pointer, then commit() the end.
    char *reserve(size_t extra)
    {
        if (m_size + extra > m_capacity)
            grow(m_size + extra);
        return m_data + m_size;
    }
    void commit(const char *end) { m_size = size_t(end - m_data); }

    void append(const char *bytes, size_t count)
    {
        std::memcpy(reserve(count), bytes, count);
        m_size += count;
    }
    void append(QByteArrayView bytes) { append(bytes.data(), size_t(bytes.size())); }
    void append(QLatin1StringView text) { append(text.data(), size_t(text.size())); }
    template <size_t N>
    void append(const char (&literal)[N])
    {
        append(literal, N - 1);
    }
    void append(char c)
    {
        *reserve(1) = c;
        ++m_size;
    }

    const char *data() const { return m_data; }
    size_t size() const { return m_size; }
    QByteArrayView view() const { return {m_data, qsizetype(m_size)}; }
    void clear() { m_size = 0; }

private:
    void grow(size_t needed)
    {
        size_t capacity = m_capacity ? m_capacity * 2 : 4096;
        while (capacity < needed)
            capacity *= 2;
        auto *data = static_cast<char *>(std::realloc(m_data, capacity));
        if (!data)
            throw std::bad_alloc();
        m_data = data;
        m_capacity = capacity;
    }

    char *m_data = nullptr;
    size_t m_size = 0;
    size_t m_capacity = 0;
};

} // namespace Finetuner::Core
