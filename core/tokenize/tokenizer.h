// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/tokenize/encoding.h>

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace Finetuner::Core {

namespace Tokenize {
class BytePairRanks;
}

/// OpenAI's byte-level BPE tokenizers, counting exactly as tiktoken's encode_ordinary() does: special tokens
/// such as <|endoftext|> are ordinary text. The rank files come from the build or the installation (see
/// rankFileSearchPath()); docs/tokenizer.md says how exactness is kept and tested.
class Tokenizer
{
public:
    /// The shared tokenizer of @p encoding, loaded on first use (thread-safe); nullptr, with @p error set,
    /// when its rank file cannot be found or read. Later calls return the same result without retrying.
    static const Tokenizer *get(Encoding encoding, QString *error = nullptr);

    /// A tokenizer from a .tiktoken rank file at @p path; nullptr with @p error set on failure.
    static std::unique_ptr<Tokenizer> fromFile(Encoding encoding, const QString &path, QString *error);

    /// Where get() looks for "<encoding>.tiktoken", first to last: $FINETUNER_TOKENIZER_DIR, a "tokenizer"
    /// folder next to the executable, ../share/finetuner/tokenizer from it (the installed layout), the build tree.
    static QStringList rankFileSearchPath();

    ~Tokenizer();
    Tokenizer(const Tokenizer &) = delete;
    Tokenizer &operator=(const Tokenizer &) = delete;

    Encoding encoding() const { return m_encoding; }
    qsizetype vocabularySize() const;

    /// Lone surrogates count as U+FFFD, as they do once encoded to UTF-8 for tiktoken.
    int count(QStringView text) const;
    /// Ill-formed UTF-8 counts as U+FFFD, one per maximal ill-formed subpart (as a decoder with
    /// errors="replace" would read it).
    int count(QByteArrayView utf8) const;
    QList<int> encode(QStringView text) const;
    QList<int> encode(QByteArrayView utf8) const;

    /// The bytes of @p tokens joined; empty for an unknown token.
    QByteArray decode(const QList<int> &tokens) const;

private:
    explicit Tokenizer(Encoding encoding);

    template <typename Sink>
    void encodeUtf8(QByteArrayView validUtf8, Sink &&sink) const;
    template <typename Sink>
    void encodeAny(QByteArrayView utf8, Sink &&sink) const;
    template <typename Sink>
    void encodeUtf16(QStringView text, Sink &&sink) const;

    Encoding m_encoding;
    std::unique_ptr<Tokenize::BytePairRanks> m_ranks;
};

} // namespace Finetuner::Core
