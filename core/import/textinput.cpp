// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "textinput.h"

#include <core/util/utf8.h>

#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <cstring>

namespace Finetuner::Core {

namespace {

// Binary files show a NUL early; real chat text never holds one.
constexpr qsizetype BinaryProbeBytes = 64 * 1024;
// A file that is not UTF-8 at all would otherwise print a warning per character.
constexpr int MaxEncodingWarnings = 100;

QString tr(const char *text)
{
    return QCoreApplication::translate("Finetuner::Core::TextInput", text);
}

Diagnostic error(const QString &message, int line = -1)
{
    return {Diagnostic::Severity::Error, message, {}, line, -1};
}

} // namespace

int lineAt(QByteArrayView text, qsizetype offset, qsizetype from, int fromLine)
{
    int line = fromLine;
    const char *p = text.data() + from;
    const char *end = text.data() + offset;
    while (p < end) {
        const void *newline = std::memchr(p, '\n', size_t(end - p));
        if (!newline)
            break;
        ++line;
        p = static_cast<const char *>(newline) + 1;
    }
    return line;
}

Result<QByteArray> decodeText(QByteArray raw, bool borrowed)
{
    Result<QByteArray> result;
    if (raw.isEmpty()) {
        result.diagnostics.append(error(tr("The file is empty.")));
        return result;
    }

    if (raw.startsWith("\xFF\xFE") || raw.startsWith("\xFE\xFF")) {
        // Some Windows tools re-save exports as UTF-16; WhatsApp itself writes UTF-8.
        const bool littleEndian = raw.startsWith("\xFF\xFE");
        const qsizetype units = (raw.size() - 2) / 2;
        QString text(units, Qt::Uninitialized);
        const auto *bytes = reinterpret_cast<const uchar *>(raw.constData()) + 2;
        for (qsizetype i = 0; i < units; ++i) {
            const uchar lo = bytes[2 * i + (littleEndian ? 0 : 1)];
            const uchar hi = bytes[2 * i + (littleEndian ? 1 : 0)];
            text[i] = QChar(char16_t(lo | hi << 8));
        }
        if (raw.size() % 2 != 0) {
            result.diagnostics.append({Diagnostic::Severity::Warning,
                                       tr("The UTF-16 file ends in the middle of a character; the last byte was "
                                          "ignored."),
                                       {}, -1, -1});
        }
        raw = text.toUtf8();
    } else if (raw.startsWith("\xEF\xBB\xBF")) {
        if (borrowed)
            raw = QByteArray::fromRawData(raw.constData() + 3, raw.size() - 3);
        else
            raw.remove(0, 3);
    }

    const qsizetype probe = std::min(raw.size(), BinaryProbeBytes);
    if (const void *nul = std::memchr(raw.constData(), '\0', size_t(probe))) {
        const qsizetype offset = static_cast<const char *>(nul) - raw.constData();
        result.diagnostics.append(
            error(tr("This is a binary file, not a text export (a NUL byte at line %1).")
                      .arg(lineAt(raw, offset)),
                  lineAt(raw, offset)));
        return result;
    }

    const bool blank = std::all_of(raw.cbegin(), raw.cend(), [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); });
    if (blank) {
        result.diagnostics.append(error(tr("The file holds no text.")));
        return result;
    }

    if (Utf8::firstInvalid(raw) >= 0) {
        std::vector<qsizetype> replacedAt;
        QByteArray clean = Utf8::sanitized(raw, replacedAt);
        qsizetype lineStart = 0;
        int line = 1;
        int reported = 0;
        for (const qsizetype offset : replacedAt) {
            line = lineAt(raw, offset, lineStart, line);
            lineStart = offset;
            while (lineStart > 0 && raw.at(lineStart - 1) != '\n')
                --lineStart;
            if (reported++ == MaxEncodingWarnings)
                break;
            result.diagnostics.append({Diagnostic::Severity::Warning,
                                       tr("Invalid UTF-8 (byte 0x%1) replaced with U+FFFD.")
                                           .arg(uchar(raw.at(offset)), 2, 16, QLatin1Char('0')),
                                       {}, line, int(offset - lineStart + 1)});
        }
        if (qsizetype(replacedAt.size()) > MaxEncodingWarnings) {
            result.diagnostics.append({Diagnostic::Severity::Warning,
                                       tr("%1 invalid UTF-8 sequences in all were replaced with U+FFFD; is the file "
                                          "in another encoding?")
                                           .arg(replacedAt.size()),
                                       {}, -1, -1});
        }
        raw = std::move(clean);
    }
    result.value = std::move(raw);
    return result;
}

} // namespace Finetuner::Core
