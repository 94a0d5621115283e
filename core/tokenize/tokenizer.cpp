// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokenizer.h"

#include "bytepairranks.h"
#include "pretokenizer.h"

#include <core/util/utf8.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <vector>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Finetuner::Core::Tokenizer", text);
}

// UTF-16 to UTF-8 into @p out, a lone surrogate as U+FFFD (Qt's toUtf8() writes '?' for it).
void appendUtf8(QStringView text, std::vector<uchar> &out)
{
    out.clear();
    out.reserve(size_t(text.size()) * 3);
    const char16_t *p = text.utf16();
    const char16_t *end = p + text.size();
    while (p < end) {
        char32_t c = *p++;
        if (c < 0x80) {
            out.push_back(uchar(c));
            continue;
        }
        if (c >= 0xD800 && c < 0xE000) {
            if (c < 0xDC00 && p < end && *p >= 0xDC00 && *p < 0xE000)
                c = 0x10000 + ((c - 0xD800) << 10) + (char32_t(*p++) - 0xDC00);
            else
                c = 0xFFFD;
        }
        if (c < 0x800) {
            out.push_back(uchar(0xC0 | (c >> 6)));
        } else if (c < 0x10000) {
            out.push_back(uchar(0xE0 | (c >> 12)));
            out.push_back(uchar(0x80 | ((c >> 6) & 0x3F)));
        } else {
            out.push_back(uchar(0xF0 | (c >> 18)));
            out.push_back(uchar(0x80 | ((c >> 12) & 0x3F)));
            out.push_back(uchar(0x80 | ((c >> 6) & 0x3F)));
        }
        out.push_back(uchar(0x80 | (c & 0x3F)));
    }
}

struct Loaded
{
    std::unique_ptr<Tokenizer> tokenizer;
    QString error;
};

Loaded loadShared(Encoding encoding)
{
    Loaded loaded;
    const QString fileName = encodingName(encoding) + u".tiktoken"_s;
    const QStringList searched = Tokenizer::rankFileSearchPath();
    for (const QString &folder : searched) {
        const QString path = QDir(folder).filePath(fileName);
        if (QFileInfo::exists(path)) {
            loaded.tokenizer = Tokenizer::fromFile(encoding, path, &loaded.error);
            return loaded;
        }
    }
    loaded.error = tr("cannot find the %1 rank file %2 in %3; run scripts/setup-deps and rebuild, or set "
                      "FINETUNER_TOKENIZER_DIR")
                       .arg(encodingName(encoding), fileName, searched.join(u", "_s));
    return loaded;
}

} // namespace

Tokenizer::Tokenizer(Encoding encoding)
    : m_encoding(encoding)
    , m_ranks(std::make_unique<Tokenize::BytePairRanks>())
{
}

Tokenizer::~Tokenizer() = default;

const Tokenizer *Tokenizer::get(Encoding encoding, QString *error)
{
    // Function-local statics: loaded once, on first use, safely from any thread.
    const Loaded *loaded = nullptr;
    if (encoding == Encoding::O200kBase) {
        static const Loaded o200k = loadShared(Encoding::O200kBase);
        loaded = &o200k;
    } else {
        static const Loaded cl100k = loadShared(Encoding::Cl100kBase);
        loaded = &cl100k;
    }
    if (!loaded->tokenizer && error)
        *error = loaded->error;
    return loaded->tokenizer.get();
}

QStringList Tokenizer::rankFileSearchPath()
{
    QStringList folders;
    if (const QString fromEnvironment = qEnvironmentVariable("FINETUNER_TOKENIZER_DIR"); !fromEnvironment.isEmpty())
        folders << fromEnvironment;
    if (QCoreApplication::instance()) {
        const QString applicationDir = QCoreApplication::applicationDirPath();
        folders << QDir(applicationDir).filePath(u"tokenizer"_s)
                << QDir::cleanPath(applicationDir + u"/../share/finetuner/tokenizer"_s);
    }
#ifdef FINETUNER_BUILD_TOKENIZER_DIR
    folders << QStringLiteral(FINETUNER_BUILD_TOKENIZER_DIR);
#endif
    folders.removeDuplicates();
    return folders;
}

std::unique_ptr<Tokenizer> Tokenizer::fromFile(Encoding encoding, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return nullptr;
    }
    const QByteArray bytes = file.readAll();
    std::unique_ptr<Tokenizer> tokenizer(new Tokenizer(encoding));
    QString why;
    if (!tokenizer->m_ranks->parse(bytes, &why)) {
        if (error)
            *error = tr("%1 is not a rank file: %2").arg(path, why);
        return nullptr;
    }
    return tokenizer;
}

qsizetype Tokenizer::vocabularySize() const
{
    return m_ranks->size();
}

template <typename Sink>
void Tokenizer::encodeUtf8(QByteArrayView validUtf8, Sink &&sink) const
{
    const auto *text = reinterpret_cast<const uchar *>(validUtf8.data());
    const qsizetype size = validUtf8.size();
    qsizetype begin = 0;
    while (begin < size) {
        qsizetype end = Tokenize::pieceEnd(m_encoding, text, size, begin);
        Q_ASSERT(end > begin && end <= size);
        if (end <= begin || end > size) // cannot happen; never loop or read past the end if it did
            end = size;
        m_ranks->merge(text + begin, end - begin, sink);
        begin = end;
    }
}

template <typename Sink>
void Tokenizer::encodeAny(QByteArrayView utf8, Sink &&sink) const
{
    if (Utf8::firstInvalid(utf8) < 0) {
        encodeUtf8(utf8, sink);
        return;
    }
    std::vector<qsizetype> replacedAt;
    const QByteArray valid = Utf8::sanitized(utf8, replacedAt);
    encodeUtf8(valid, sink);
}

template <typename Sink>
void Tokenizer::encodeUtf16(QStringView text, Sink &&sink) const
{
    thread_local std::vector<uchar> utf8;
    appendUtf8(text, utf8);
    // One buffer per thread, so counting many short texts allocates nothing; sink must not re-enter.
    encodeUtf8(QByteArrayView(utf8.data(), qsizetype(utf8.size())), sink);
    if (utf8.capacity() > (1u << 20)) // a long text's buffer is not kept
        std::vector<uchar>().swap(utf8);
}

int Tokenizer::count(QStringView text) const
{
    int n = 0;
    encodeUtf16(text, [&n](std::int32_t) { ++n; });
    return n;
}

int Tokenizer::count(QByteArrayView utf8) const
{
    int n = 0;
    encodeAny(utf8, [&n](std::int32_t) { ++n; });
    return n;
}

QList<int> Tokenizer::encode(QStringView text) const
{
    QList<int> tokens;
    encodeUtf16(text, [&tokens](std::int32_t token) { tokens.append(token); });
    return tokens;
}

QList<int> Tokenizer::encode(QByteArrayView utf8) const
{
    QList<int> tokens;
    encodeAny(utf8, [&tokens](std::int32_t token) { tokens.append(token); });
    return tokens;
}

QByteArray Tokenizer::decode(const QList<int> &tokens) const
{
    QByteArray bytes;
    for (const int token : tokens)
        bytes += m_ranks->bytesOf(token);
    return bytes;
}

} // namespace Finetuner::Core
