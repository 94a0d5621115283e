// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "whatsappbody.h"

#include <core/util/bytesearch.h>

namespace Finetuner::Core::WhatsApp {

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView Lrm("\xE2\x80\x8E");
constexpr QByteArrayView EditedMarker("<This message was edited>");

// Placeholders that stand alone as the whole message. English only: WhatsApp writes them in the phone's
// language; other languages are added here as real exports show them.
constexpr QByteArrayView MediaPlaceholders[] = {
    "<Media omitted>",  "image omitted",   "video omitted",         "audio omitted",
    "sticker omitted",  "GIF omitted",     "document omitted",      "Contact card omitted",
};
constexpr QByteArrayView DeletedPlaceholders[] = {
    "This message was deleted",
    "This message was deleted.",
    "You deleted this message",
    "You deleted this message.",
    "Waiting for this message. This may take a while.",
    "Waiting for this message. Check your phone.",
};

// A mark is 3 bytes: E2 80 8E (LRM) or E2 80 8F (RLM).
bool isMarkAt(QByteArrayView text, qsizetype i)
{
    return text.size() - i >= 3 && text[i] == '\xE2' && text[i + 1] == '\x80'
        && (text[i + 2] == '\x8E' || text[i + 2] == '\x8F');
}

// The isolation and embedding marks Android puts around phone-number authors: U+202A–U+202E, U+2066–U+2069.
bool isFormatMarkAt(QByteArrayView text, qsizetype i)
{
    if (text.size() - i < 3 || text[i] != '\xE2')
        return false;
    const auto b1 = uchar(text[i + 1]);
    const auto b2 = uchar(text[i + 2]);
    return (b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE)))
        || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9);
}

bool oneOf(QByteArrayView text, const QByteArrayView *list, size_t count)
{
    for (size_t i = 0; i < count; ++i) {
        if (list[i] == text)
            return true;
    }
    return false;
}

QByteArray withoutMarks(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (isMarkAt(text, i)) {
            i += 3;
        } else {
            out.append(text[i]);
            ++i;
        }
    }
    return out;
}

// Media placeholders that name a file. The first line holds the placeholder; a caption may follow.
// Sets the attachment range (in firstLine) and returns true when firstLine is one.
bool namedAttachment(QByteArrayView firstLine, qsizetype &start, qsizetype &length)
{
    constexpr QByteArrayView Attached("<attached: ");
    constexpr QByteArrayView FileAttached(" (file attached)");
    constexpr QByteArrayView DocumentOmitted(" document omitted");
    constexpr QByteArrayView Bullet(" \xE2\x80\xA2 "); // " • " before "3 pages"
    if (firstLine.startsWith(Attached) && firstLine.endsWith('>')) {
        start = Attached.size();
        length = firstLine.size() - Attached.size() - 1;
        return length > 0;
    }
    if (firstLine.endsWith(FileAttached)) {
        start = 0;
        length = firstLine.size() - FileAttached.size();
        return length > 0;
    }
    if (firstLine.endsWith(DocumentOmitted)) {
        start = 0;
        const qsizetype bullet = Bytes::find(firstLine, Bullet);
        length = bullet >= 0 ? bullet : firstLine.size() - DocumentOmitted.size();
        return length > 0;
    }
    return false;
}

} // namespace

qsizetype leadingLrmLength(QByteArrayView text)
{
    qsizetype i = 0;
    while (text.sliced(i).startsWith(Lrm))
        i += 3;
    return i;
}

qsizetype leadingMarkLength(QByteArrayView text)
{
    qsizetype i = 0;
    while (isMarkAt(text, i))
        i += 3;
    return i;
}

QByteArrayView trimDirectionalMarks(QByteArrayView name)
{
    qsizetype begin = 0;
    qsizetype end = name.size();
    while (isFormatMarkAt(name, begin))
        begin += 3;
    while (end - begin >= 3 && isFormatMarkAt(name, end - 3))
        end -= 3;
    return name.sliced(begin, end - begin);
}

Body classifyBody(QByteArrayView text)
{
    Body body;
    body.textEnd = text.size();

    // " ‎<This message was edited>" at the very end (Android writes no mark).
    if (text.endsWith(EditedMarker)) {
        body.edited = true;
        body.textEnd -= EditedMarker.size();
        // Exactly what WhatsApp added: iOS " ‎", Android " ". A space the user typed stays.
        if (body.textEnd >= 3 && isMarkAt(text, body.textEnd - 3))
            body.textEnd -= 3;
        if (body.textEnd > 0 && text[body.textEnd - 1] == ' ')
            body.textEnd -= 1;
    }

    const qsizetype marks = leadingMarkLength(text.first(body.textEnd));
    body.leadingLrm = leadingLrmLength(text.first(body.textEnd));
    const QByteArrayView bare = text.sliced(marks, body.textEnd - marks);

    if (oneOf(bare, DeletedPlaceholders, std::size(DeletedPlaceholders))) {
        body.kind = MessageKind::Deleted;
        body.textStart = marks;
        return body;
    }

    const qsizetype newline = Bytes::find(bare, '\n');
    const QByteArrayView firstLine = newline < 0 ? bare : bare.first(newline);
    const bool firstLineHasMarks = Bytes::contains(firstLine, Lrm);
    QByteArray cleanFirstLine;
    if (firstLineHasMarks)
        cleanFirstLine = withoutMarks(firstLine);
    const QByteArrayView placeholder = firstLineHasMarks ? QByteArrayView(cleanFirstLine) : firstLine;

    qsizetype start = 0;
    qsizetype length = 0;
    const bool named = namedAttachment(placeholder, start, length);
    if (!named && (newline >= 0 || !oneOf(placeholder, MediaPlaceholders, std::size(MediaPlaceholders)))) {
        body.textStart = 0;
        return body; // ordinary text: the caller decides about the leading marks
    }

    body.kind = MessageKind::Media;
    body.textStart = marks;
    if (named) {
        body.attachmentStart = start;
        body.attachmentLength = length;
    }
    if (firstLineHasMarks) {
        body.rewritten = cleanFirstLine;
        if (newline >= 0)
            body.rewritten.append(bare.sliced(newline));
    }
    return body;
}

} // namespace Finetuner::Core::WhatsApp
