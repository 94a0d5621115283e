// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "urldetector.h"

#include <core/anonymize/emaildetector.h>
#include <core/anonymize/textchars.h>

#include <QString>

#include <algorithm>
#include <iterator>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;
using namespace TextChars;

namespace {

// Top-level domains a bare "name.tld" is read as a link for: the common generic ones and country codes that
// are not also file extensions people type (.py, .sh, .md, .rs, .js, .so, .cc, .pl stay out).
constexpr QLatin1StringView BareTlds[] = {
    "app"_L1, "ar"_L1, "at"_L1, "au"_L1, "be"_L1, "biz"_L1, "blog"_L1, "br"_L1, "ca"_L1, "ch"_L1, "cl"_L1,
    "cn"_L1, "co"_L1, "com"_L1, "cz"_L1, "de"_L1, "dev"_L1, "dk"_L1, "edu"_L1, "es"_L1, "eu"_L1, "fi"_L1,
    "fr"_L1, "gov"_L1, "gr"_L1, "hk"_L1, "hu"_L1, "ie"_L1, "in"_L1, "info"_L1, "io"_L1, "it"_L1, "jp"_L1,
    "kr"_L1, "me"_L1, "mx"_L1, "net"_L1, "news"_L1, "nl"_L1, "no"_L1, "nz"_L1, "online"_L1, "org"_L1,
    "pe"_L1, "pt"_L1, "ro"_L1, "ru"_L1, "se"_L1, "shop"_L1, "site"_L1, "store"_L1, "tr"_L1, "tv"_L1,
    "tw"_L1, "ua"_L1, "uk"_L1, "us"_L1, "xyz"_L1, "za"_L1,
};

bool isUrlUnit(char16_t c)
{
    if (c <= 0x20 || c == 0x7F)
        return false;
    if (c < 0x80) {
        switch (c) {
        case u'<':
        case u'>':
        case u'"':
        case u'`':
        case u'{':
        case u'}':
        case u'|':
        case u'\\':
        case u'^':
            return false;
        default:
            return true;
        }
    }
    // Quotes, the ellipsis and CJK punctuation end a link that is written without a space after it.
    // So do Arabic and Devanagari sentence punctuation (، ؛ ؟ ۔ । ॥).
    return !isSpaceLike(c) && !isCjk(c) && c != 0x2026 && c != 0xAB && c != 0xBB && !(c >= 0x2018 && c <= 0x201F)
        && c != 0x060C && c != 0x061B && c != 0x061F && c != 0x06D4 && c != 0x0964 && c != 0x0965;
}

// End of the link from @p from: over link characters, then back over what ends the sentence around it.
qsizetype linkEnd(QStringView text, qsizetype begin, qsizetype from)
{
    qsizetype end = from;
    while (end < text.size() && isUrlUnit(text[end].unicode()))
        ++end;
    while (end > from) {
        const char16_t c = text[end - 1].unicode();
        if (c == u'.' || c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?' || c == u'\'' || c == u'*') {
            --end;
            continue;
        }
        if (c == u')' || c == u']') {
            const char16_t open = c == u')' ? u'(' : u'[';
            const QStringView link = text.mid(begin, end - begin);
            if (link.count(QChar(c)) > link.count(QChar(open))) {
                --end;
                continue;
            }
        }
        break;
    }
    return end;
}

bool startsWith(QStringView text, qsizetype pos, QLatin1StringView prefix)
{
    return text.mid(pos).startsWith(prefix, Qt::CaseInsensitive);
}

bool isHostUnit(char16_t c)
{
    return isAsciiAlnum(c) || c == u'.' || c == u'-';
}

bool isKnownBareTld(QStringView tld)
{
    for (QLatin1StringView known : BareTlds) {
        if (tld.compare(known, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isLocation(QStringView text, qsizetype begin, QStringView link)
{
    if (begin >= 10 && text.mid(begin - 10, 10).compare("location: "_L1, Qt::CaseInsensitive) == 0)
        return true;
    QStringView rest = link;
    const qsizetype scheme = rest.indexOf("://"_L1);
    if (scheme >= 0)
        rest = rest.mid(scheme + 3);
    qsizetype hostEnd = 0;
    while (hostEnd < rest.size() && isHostUnit(rest[hostEnd].unicode()))
        ++hostEnd;
    QString host = rest.left(hostEnd).toString().toLower();
    const QStringView path = rest.mid(hostEnd);
    if (host.startsWith(u"www."_s))
        host.remove(0, 4);
    if (host.startsWith(u"maps.google."_s) || host == u"maps.app.goo.gl"_s || host == u"maps.apple.com"_s
        || host == u"openstreetmap.org"_s || host == u"osm.org"_s)
        return true;
    if ((host == u"goo.gl"_s || host.startsWith(u"google."_s)) && path.startsWith(u"/maps"_s))
        return true;
    return host == u"waze.com"_s && path.startsWith(u"/ul"_s);
}

// A link has "://", or a dot followed by a letter (the TLD, or a host label after "www").
bool mayHoldLink(QStringView text)
{
    if (text.contains("://"_L1))
        return true;
    for (qsizetype dot = text.indexOf(u'.'); dot >= 0 && dot + 1 < text.size(); dot = text.indexOf(u'.', dot + 1)) {
        const char16_t next = text[dot + 1].unicode();
        if (isAsciiAlnum(next) || next >= 0x80)
            return true;
    }
    return false;
}

} // namespace

void UrlDetector::find(QStringView text, const TextFacts &facts, PiiSpans &out) const
{
    if ((facts.dots == 0 && facts.colons == 0) || !mayHoldLink(text))
        return;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isAsciiAlnum(text[i].unicode())) {
            ++i;
            continue;
        }
        // A token of host characters that starts a word.
        const qsizetype begin = i;
        qsizetype tokenEnd = i;
        while (tokenEnd < n && isHostUnit(text[tokenEnd].unicode()))
            ++tokenEnd;
        const char16_t before = begin > 0 ? text[begin - 1].unicode() : u' ';
        const bool startsWord = !wordBefore(text, begin) && before != u'@' && before != u'.' && before != u'/'
            && before != u'-' && before != u'_' && before != u'&' && before != u'=' && before != u'%'
            && before != u'#' && before != u'~' && before != u'+' && before != u'\\';
        qsizetype end = -1;
        if (startsWord) {
            const QStringView token = text.mid(begin, tokenEnd - begin);
            if (startsWith(text, tokenEnd, "://"_L1)
                && (token.compare("https"_L1, Qt::CaseInsensitive) == 0
                    || token.compare("http"_L1, Qt::CaseInsensitive) == 0
                    || token.compare("ftp"_L1, Qt::CaseInsensitive) == 0)) {
                if (tokenEnd + 3 < n && isUrlUnit(text[tokenEnd + 3].unicode()) && text[tokenEnd + 3] != u'/')
                    end = linkEnd(text, begin, tokenEnd + 3);
            } else if (token.contains(u'.') && (tokenEnd >= n || text[tokenEnd] != u'@')) {
                int labels = 0;
                const qsizetype domain = EmailDetector::domainEnd(text, begin, &labels);
                const bool www = startsWith(text, begin, "www."_L1);
                if (domain > begin && domain <= tokenEnd) {
                    const QStringView host = text.mid(begin, domain - begin);
                    const QStringView tld = host.mid(host.lastIndexOf(u'.') + 1);
                    // "home.It was late" is a missing space: a bare domain's TLD is lower case, unless all is.
                    const bool caseOk = tld.toString().toLower() == tld || host.toString().toUpper() == host;
                    if (www || (isKnownBareTld(tld) && caseOk && !wordAt(text, domain))) {
                        const char16_t after = domain < n ? text[domain].unicode() : u' ';
                        end = (after == u'/' || after == u'?' || after == u'#' || after == u':')
                            ? linkEnd(text, begin, domain)
                            : domain;
                    }
                }
            }
        }
        if (end > begin) {
            const QStringView link = text.mid(begin, end - begin);
            out.append({int(begin), int(end), isLocation(text, begin, link) ? PiiType::Location : PiiType::Url,
                        link.toString()});
            i = end;
        } else {
            i = std::max(tokenEnd, begin + 1);
        }
    }
}

} // namespace Finetuner::Core
