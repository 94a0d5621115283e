// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "piioperator.h"

#include <core/anonymize/textchars.h>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

namespace {
constexpr QChar MaskChar(0x2022); // •
}

QLatin1StringView piiOperatorName(PiiOperator op)
{
    switch (op) {
    case PiiOperator::Pseudonym:
        return "pseudonym"_L1;
    case PiiOperator::Placeholder:
        return "placeholder"_L1;
    case PiiOperator::Redact:
        return "redact"_L1;
    case PiiOperator::Mask:
        return "mask"_L1;
    }
    return {};
}

std::optional<PiiOperator> piiOperatorFromName(QLatin1StringView name)
{
    for (PiiOperator op : {PiiOperator::Pseudonym, PiiOperator::Placeholder, PiiOperator::Redact, PiiOperator::Mask}) {
        if (piiOperatorName(op) == name)
            return op;
    }
    return std::nullopt;
}

QString piiPlaceholder(PiiType type)
{
    switch (type) {
    case PiiType::Phone:
        return u"<PHONE>"_s;
    case PiiType::Email:
        return u"<EMAIL>"_s;
    case PiiType::Url:
        return u"<URL>"_s;
    case PiiType::Location:
        return u"<LOCATION>"_s;
    case PiiType::Iban:
        return u"<IBAN>"_s;
    case PiiType::PaymentCard:
        return u"<CARD>"_s;
    case PiiType::IpAddress:
        return u"<IP>"_s;
    case PiiType::CustomRegex:
    case PiiType::CustomTerm:
        return u"<PII>"_s;
    case PiiType::Person:
        return u"<PERSON>"_s;
    }
    return u"<PII>"_s;
}

QString piiMask(QStringView text)
{
    QString masked;
    masked.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const char32_t c = TextChars::codePointAt(text, i);
        const qsizetype units = c > 0xFFFF ? 2 : 1;
        if (TextChars::isWordCodePoint(c) && c != U'_') {
            // A mark belongs to the letter before it, which is masked already.
            const QChar::Category category = QChar::category(c);
            if (category != QChar::Mark_NonSpacing && category != QChar::Mark_SpacingCombining
                && category != QChar::Mark_Enclosing)
                masked += MaskChar;
        } else {
            masked += text.mid(i, units);
        }
        i += units;
    }
    return masked;
}

QString applyPiiOperators(QStringView text, const PiiSpans &spans, const PiiOperators &operators,
                          const PiiPseudonymFunction &pseudonym)
{
    if (spans.isEmpty())
        return text.toString();
    QString result;
    result.reserve(text.size());
    qsizetype done = 0;
    for (const PiiSpan &span : spans) {
        if (span.begin < done || span.end > text.size() || span.begin >= span.end)
            continue;
        result += text.mid(done, span.begin - done);
        const QStringView original = text.mid(span.begin, span.length());
        done = span.end;
        PiiOperator op = operators.operatorFor(span.type);
        if (op == PiiOperator::Pseudonym && !pseudonym)
            op = PiiOperator::Placeholder;
        switch (op) {
        case PiiOperator::Pseudonym:
            result += pseudonym(span, original);
            break;
        case PiiOperator::Placeholder:
            result += piiPlaceholder(span.type);
            break;
        case PiiOperator::Mask:
            result += piiMask(original);
            break;
        case PiiOperator::Redact:
            // "call me at +44 … tonight" becomes "call me at tonight", not "at  tonight".
            if (result.endsWith(u' ') && done < text.size() && text[done] == u' ')
                ++done;
            break;
        }
    }
    result += text.mid(done);
    return result;
}

} // namespace Finetuner::Core
