// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Each detector on hand-written positives and the hard negatives chat text is full of (times, dates,
// versions, GUIDs, prices, order numbers), with offsets checked in UTF-16 after emoji and combining marks.

#include <core/anonymize/customregexdetector.h>
#include <core/anonymize/ibandetector.h>
#include <core/anonymize/paymentcarddetector.h>
#include <core/anonymize/phonedetector.h>
#include <core/anonymize/piiscanner.h>
#include <core/anonymize/utf8offsets.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Finetuner::Core;

namespace {
// "type:covered text" for each span, the form the expectations below are written in.
QStringList found(const QString &text, const PiiScannerSettings &settings = {})
{
    QStringList result;
    for (const PiiSpan &span : PiiScanner(settings).scan(text))
        result.append(piiTypeName(span.type) + u':' + text.mid(span.begin, span.length()));
    return result;
}

PiiScannerSettings withRegions(const QStringList &regions)
{
    PiiScannerSettings settings;
    settings.phoneRegions = regions;
    return settings;
}
} // namespace

class tst_PiiDetectors : public QObject
{
    Q_OBJECT
private slots:
    void findsWhatItShould_data();
    void findsWhatItShould();
    void refusesHardNegatives_data();
    void refusesHardNegatives();
    void phone_valueIsE164();
    void phone_nationalNumbersNeedTheirRegion();
    void phone_offsetsAfterEmojiAndCombiningMarks();
    void phone_theRegionThatReadsTheWholeNumberWins();
    void email_valueHasLowerCaseDomain();
    void iban_checksumAndLengthTable();
    void card_luhnAndIssuer();
    void overlap_linkHoldingAddressAndPhoneIsOneLink();
    void overlap_resolveKeepsEarlierTypeAndLongerSpan();
    void disabledTypesAreNotReported();
    void customTerms_caseInsensitiveAtWordBoundaries();
    void customRegex_reportsInvalidPatternAndRunsTheOthers();
    void customRegex_offsetsInUtf16AndLongInput();
    void spansAreSortedAndDisjoint();
    void textFacts_countsRunsWhereverTheyEnd();
    void utf8Offsets_mapBytesBackToUtf16();
};

void tst_PiiDetectors::findsWhatItShould_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("regions");
    QTest::addColumn<QStringList>("expected");

    const QStringList gb{u"GB"_s};
    QTest::newRow("phone international") << u"call me on +44 20 7946 0958 tonight"_s << QStringList{}
                                         << QStringList{u"phone:+44 20 7946 0958"_s};
    QTest::newRow("phone national GB") << u"ring 020 7946 0958 now"_s << gb << QStringList{u"phone:020 7946 0958"_s};
    QTest::newRow("phone before a comma") << u"call 020 7946 0958, ok"_s << gb << QStringList{u"phone:020 7946 0958"_s};
    QTest::newRow("phone before a question mark, then a line")
        << u"¿viste 612 34 56 78?\n{D770B339}"_s << QStringList{u"ES"_s} << QStringList{u"phone:612 34 56 78"_s};
    QTest::newRow("phone dotted like an IP, grouped as Senegal does")
        << u"mon numéro 70.123.45.67"_s << QStringList{u"SN"_s} << QStringList{u"phone:70.123.45.67"_s};
    QTest::newRow("IP that reads as a Brazilian number") << u"viu 192.168.58.77?"_s << QStringList{u"BR"_s}
                                                          << QStringList{u"ip:192.168.58.77"_s};
    QTest::newRow("phone U+202F spaces") << u"mi número es +34\u202f612\u202f345\u202f678."_s << QStringList{}
                                         << QStringList{u"phone:+34\u202f612\u202f345\u202f678"_s};
    QTest::newRow("phone U+00A0 and dashes") << u"Tel.: 030\u00a012345-678"_s << QStringList{u"DE"_s}
                                             << QStringList{u"phone:030\u00a012345-678"_s};
    QTest::newRow("phone US brackets") << u"my cell (201) 555-0123 ok"_s << QStringList{u"US"_s}
                                       << QStringList{u"phone:(201) 555-0123"_s};
    QTest::newRow("phone as a WhatsApp @mention") << u"@447400123456 look"_s << gb
                                                  << QStringList{u"phone:447400123456"_s};
    QTest::newRow("phone in Chinese") << u"我的电话是 +86 139 1099 8888 谢谢"_s << QStringList{}
                                      << QStringList{u"phone:+86 139 1099 8888"_s};
    QTest::newRow("email plus and subdomain") << u"write to ana.garcia+diet@mail.example.co.uk."_s << QStringList{}
                                              << QStringList{u"email:ana.garcia+diet@mail.example.co.uk"_s};
    QTest::newRow("email IDN") << u"пишите на иван@пример.рф пожалуйста"_s << QStringList{}
                               << QStringList{u"email:иван@пример.рф"_s};
    QTest::newRow("email German domain") << u"Mail an info@bücher.de!"_s << QStringList{}
                                         << QStringList{u"email:info@bücher.de"_s};
    QTest::newRow("url https with trailing period") << u"see https://example.org/menu?id=7."_s << QStringList{}
                                                    << QStringList{u"url:https://example.org/menu?id=7"_s};
    QTest::newRow("url in brackets") << u"(link: https://en.wikipedia.org/wiki/Oat_(grain))"_s << QStringList{}
                                     << QStringList{u"url:https://en.wikipedia.org/wiki/Oat_(grain)"_s};
    QTest::newRow("url www") << u"Mira www.recetas.es/tortilla, es buena"_s << QStringList{}
                             << QStringList{u"url:www.recetas.es/tortilla"_s};
    QTest::newRow("url bare domain") << u"order from myfitnesspal.com today"_s << QStringList{}
                                     << QStringList{u"url:myfitnesspal.com"_s};
    QTest::newRow("location WhatsApp share") << u"location: https://maps.google.com/?q=51.5,-0.12"_s
                                             << QStringList{}
                                             << QStringList{u"location:https://maps.google.com/?q=51.5,-0.12"_s};
    QTest::newRow("location short link") << u"here https://maps.app.goo.gl/x7Yh2kQ9 🙂"_s << QStringList{}
                                         << QStringList{u"location:https://maps.app.goo.gl/x7Yh2kQ9"_s};
    QTest::newRow("iban grouped") << u"IBAN: DE89 3704 0044 0532 0130 00, thanks"_s << QStringList{}
                                  << QStringList{u"iban:DE89 3704 0044 0532 0130 00"_s};
    QTest::newRow("iban compact GB") << u"pay GB29NWBK60161331926819 please"_s << QStringList{}
                                     << QStringList{u"iban:GB29NWBK60161331926819"_s};
    QTest::newRow("card visa grouped") << u"card 4111 1111 1111 1111 exp 12/27"_s << QStringList{}
                                       << QStringList{u"card:4111 1111 1111 1111"_s};
    QTest::newRow("card amex dashes") << u"amex 3782-822463-10005"_s << QStringList{}
                                      << QStringList{u"card:3782-822463-10005"_s};
    QTest::newRow("card compact mastercard") << u"5555555555554444"_s << QStringList{}
                                             << QStringList{u"card:5555555555554444"_s};
    QTest::newRow("two cards back to back") << u"4111 1111 1111 1111 5555-5555-5555-4444"_s << QStringList{}
                                            << QStringList{u"card:4111 1111 1111 1111"_s,
                                                           u"card:5555-5555-5555-4444"_s};
    QTest::newRow("card after a count") << u"2 4111111111111111"_s << QStringList{}
                                        << QStringList{u"card:4111111111111111"_s};
    QTest::newRow("ipv4") << u"server at 192.168.1.20, port 80"_s << QStringList{}
                          << QStringList{u"ip:192.168.1.20"_s};
    QTest::newRow("ipv4 end of sentence") << u"ping 8.8.8.8."_s << QStringList{} << QStringList{u"ip:8.8.8.8"_s};
    QTest::newRow("ipv6 compressed") << u"addr fe80::1ff:fe23:4567:890a here"_s << QStringList{}
                                     << QStringList{u"ip:fe80::1ff:fe23:4567:890a"_s};
    QTest::newRow("ipv6 full") << u"2001:0db8:85a3:0000:0000:8a2e:0370:7334"_s << QStringList{}
                               << QStringList{u"ip:2001:0db8:85a3:0000:0000:8a2e:0370:7334"_s};
    QTest::newRow("ipv6 holding digits a region reads as a number")
        << u"ist e004:baea:5759:af41:cf4e:1641:9a11:c501"_s << QStringList{u"DE"_s}
        << QStringList{u"ip:e004:baea:5759:af41:cf4e:1641:9a11:c501"_s};
    QTest::newRow("ipv6 with ipv4 tail") << u"::ffff:192.0.2.128 is mapped"_s << QStringList{}
                                         << QStringList{u"ip:::ffff:192.0.2.128"_s};
    QTest::newRow("several in one") << u"Ana: ana@x.io, +44 7400 123456 or https://x.io"_s << QStringList{}
                                    << QStringList{u"email:ana@x.io"_s, u"phone:+44 7400 123456"_s,
                                                   u"url:https://x.io"_s};
}

void tst_PiiDetectors::findsWhatItShould()
{
    QFETCH(QString, text);
    QFETCH(QStringList, regions);
    QFETCH(QStringList, expected);
    QCOMPARE(found(text, withRegions(regions)).join(u" | "_s), expected.join(u" | "_s));
}

void tst_PiiDetectors::refusesHardNegatives_data()
{
    QTest::addColumn<QString>("text");
    const QStringList texts = {
        u"27/07/2012, 21:02 - Selina Kyle: see you at 21:02"_s,
        u"[27.07.12, 21:01:54] Bruce: ok"_s,
        u"2012-07-27T21:01:54"_s,
        u"meet at 9.30pm or 9:30 p.m. or 21h30"_s,
        u"born 27/07/2012, moved 2012-07-27, left 27.07.2012 and 07-27-2012"_s,
        u"id 123e4567-e89b-12d3-a456-426614174000"_s,
        u"{3F2504E0-4F89-11D3-9A0C-0305E82C3301}"_s,
        u"update to 1.2.3.4.5 or v2.10.1 or version 10.0.19041.1 or Version 1.2.3.4"_s,
        u"Qt 6.4.2, build 2024.05.17.3"_s,
        u"it costs $1,299.99 or €1.250,00 or 1.250.000 € or ¥128000"_s,
        u"Order #1234567890 shipped, order no. 4410339812"_s,
        u"tracking 1Z999AA10123456784 and 9400 1000 0000 0000 0000 00"_s,
        u"walked 12000 steps, 3500 kcal, 250000 views, 398017 kcal"_s,
        u"Preis 964.213.000 € oder € 1.250.000"_s,
        u"sipariş no: 6127353663, pedido 612345678"_s,
        u"invalid iban DE89 3704 0044 0532 0130 01"_s,
        u"invalid card 4111 1111 1111 1112"_s,
        u"invalid IBAN with a bank code IE44 GWND 3018 1866 7350 14 (its tail passes Luhn as a Diners card)"_s,
        u"report.pdf, IMG-20211101-WA0001.jpg, node.js, e.g. this, i.e. that"_s,
        u"MAC 00:1A:2B:3C:4D:5E and time 12:30:45"_s,
        u"999.168.1.1 and 01.02.03.04"_s,
        u"@Bruce and @⁨Selina Kyle⁩"_s,
        u"I went home.It was late"_s,
        u"score 3:2, ratio 16:9, chapter 3.4.1"_s,
    };
    for (const QString &text : texts)
        QTest::newRow(qPrintable(text)) << text;
}

void tst_PiiDetectors::refusesHardNegatives()
{
    QFETCH(QString, text);
    QCOMPARE(found(text, withRegions({u"GB"_s, u"US"_s, u"DE"_s, u"ES"_s})).join(u" | "_s), QString());
}

void tst_PiiDetectors::phone_valueIsE164()
{
    const PiiSpans spans = PiiScanner(withRegions({u"es"_s})).scan(u"llámame al 612 34 56 78"_s);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.first().value, u"+34612345678"_s);
    QCOMPARE(spans.first().type, PiiType::Phone);
}

void tst_PiiDetectors::phone_nationalNumbersNeedTheirRegion()
{
    const QString text = u"ring 020 7946 0958 now"_s;
    QCOMPARE(found(text), QStringList{});
    QCOMPARE(found(text, withRegions({u"US"_s})), QStringList{});
    QCOMPARE(found(text, withRegions({u"US"_s, u"GB"_s})), QStringList{u"phone:020 7946 0958"_s});
    QCOMPARE(PhoneDetector({u"gb"_s, u"XX"_s, u"GB"_s, u""_s}).regions(), QStringList{u"GB"_s});
}

void tst_PiiDetectors::phone_theRegionThatReadsTheWholeNumberWins()
{
    // In a chat of several countries, another region's reading of the tail is not the number.
    for (const QString &first : {u"GB"_s, u"US"_s, u"SE"_s, u"DE"_s, u"IN"_s}) {
        QCOMPARE(found(u"meu número novo é (11) 96123-9214"_s, withRegions({first, u"BR"_s})),
                 QStringList{u"phone:(11) 96123-9214"_s});
        QCOMPARE(found(u"отправь на 8 (771) 000 0023, пожалуйста"_s, withRegions({first, u"KZ"_s})),
                 QStringList{u"phone:8 (771) 000 0023"_s});
    }
}

void tst_PiiDetectors::phone_offsetsAfterEmojiAndCombiningMarks()
{
    // 👩‍🍳 is five UTF-16 units, "é" written as e + U+0301 two, 𠀋 (non-BMP CJK) two.
    const QString prefix = u"👩‍🍳 Jose\u0301 𠀋: "_s;
    const QString number = u"+44\u00a07400\u00a0123456"_s;
    const QString text = prefix + number + u" 👍"_s;
    const PiiSpans spans = PiiScanner().scan(text);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.first().begin, int(prefix.size()));
    QCOMPARE(spans.first().end, int(prefix.size() + number.size()));
    QCOMPARE(spans.first().value, u"+447400123456"_s);
}

void tst_PiiDetectors::email_valueHasLowerCaseDomain()
{
    const QString prefix = u"🇪🇸 Zoe\u0308: "_s;
    const QString text = prefix + u"Zoe.Martin@Example.COM"_s;
    const PiiSpans spans = PiiScanner().scan(text);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.first().begin, int(prefix.size()));
    QCOMPARE(spans.first().end, int(text.size()));
    QCOMPARE(spans.first().value, u"Zoe.Martin@example.com"_s);
}

void tst_PiiDetectors::iban_checksumAndLengthTable()
{
    QCOMPARE(IbanDetector::lengthFor(u"DE"), 22);
    QCOMPARE(IbanDetector::lengthFor(u"NO"), 15);
    QCOMPARE(IbanDetector::lengthFor(u"US"), 0);
    // Examples from the SWIFT registry.
    QVERIFY(IbanDetector::hasValidChecksum(u"GB82WEST12345698765432"));
    QVERIFY(IbanDetector::hasValidChecksum(u"NO9386011117947"));
    QVERIFY(IbanDetector::hasValidChecksum(u"FR1420041010050500013M02606"));
    QVERIFY(!IbanDetector::hasValidChecksum(u"GB82WEST12345698765433"));
    QVERIFY(!IbanDetector::hasValidChecksum(u"GB28WEST12345698765432"));
    // Right checksum, wrong length for the country: not an IBAN.
    QCOMPARE(found(u"NO9386011117947 and NO93860111179470"_s), QStringList{u"iban:NO9386011117947"_s});
    const PiiSpans spans = PiiScanner().scan(u"fr: FR14 2004 1010 0505 0001 3M02 606"_s);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.first().value, u"FR1420041010050500013M02606"_s);
}

void tst_PiiDetectors::card_luhnAndIssuer()
{
    QVERIFY(PaymentCardDetector::passesLuhn(u"4111111111111111"));
    QVERIFY(PaymentCardDetector::passesLuhn(u"378282246310005"));
    QVERIFY(!PaymentCardDetector::passesLuhn(u"4111111111111112"));
    QVERIFY(PaymentCardDetector::hasKnownIssuer(u"378282246310005"));
    QVERIFY(!PaymentCardDetector::hasKnownIssuer(u"3782822463100050")); // Amex is 15 digits
    QVERIFY(!PaymentCardDetector::hasKnownIssuer(u"9400100000000000"));
    // Luhn-valid but no issuer uses the prefix 1.
    QVERIFY(PaymentCardDetector::passesLuhn(u"1000000000000008"));
    QCOMPARE(found(u"1000000000000008"_s), QStringList{});
    // A group of two in the middle is not how cards are printed.
    QCOMPARE(found(u"4111 11 111111 111111"_s), QStringList{});
    const PiiSpans spans = PiiScanner().scan(u"4111-1111-1111-1111"_s);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.first().value, u"4111111111111111"_s);
}

void tst_PiiDetectors::overlap_linkHoldingAddressAndPhoneIsOneLink()
{
    QCOMPARE(found(u"https://wa.me/447400123456?text=hi"_s), QStringList{u"url:https://wa.me/447400123456?text=hi"_s});
    QCOMPARE(found(u"https://user:pw@example.com/x"_s), QStringList{u"url:https://user:pw@example.com/x"_s});
    QCOMPARE(found(u"jid 447400123456@s.whatsapp.net"_s), QStringList{u"email:447400123456@s.whatsapp.net"_s});
    QCOMPARE(found(u"http://192.168.1.1/admin"_s), QStringList{u"url:http://192.168.1.1/admin"_s});
}

void tst_PiiDetectors::overlap_resolveKeepsEarlierTypeAndLongerSpan()
{
    const PiiSpans resolved = PiiScanner::resolveOverlaps({
        {10, 20, PiiType::Phone, {}},      // inside the link: dropped
        {5, 25, PiiType::Url, {}},
        {30, 40, PiiType::CustomTerm, {}}, // overlaps the phone, a type that comes first: dropped
        {28, 33, PiiType::CustomTerm, {}},
        {38, 45, PiiType::Phone, {}},
        {41, 44, PiiType::IpAddress, {}},  // inside the phone: dropped
        {0, 3, PiiType::Email, {}},
        {50, 60, PiiType::IpAddress, {}},  // the same span twice: the earlier type wins
        {50, 60, PiiType::Phone, {}},
    });
    QCOMPARE(resolved.size(), 5);
    QCOMPARE(resolved.at(0), (PiiSpan{0, 3, PiiType::Email, {}}));
    QCOMPARE(resolved.at(1), (PiiSpan{5, 25, PiiType::Url, {}}));
    QCOMPARE(resolved.at(2), (PiiSpan{28, 33, PiiType::CustomTerm, {}}));
    QCOMPARE(resolved.at(3), (PiiSpan{38, 45, PiiType::Phone, {}}));
    QCOMPARE(resolved.at(4), (PiiSpan{50, 60, PiiType::Phone, {}}));
}

void tst_PiiDetectors::disabledTypesAreNotReported()
{
    const QString text = u"a@b.com https://maps.google.com/?q=1,2 https://x.org +447400123456"_s;
    PiiScannerSettings settings;
    settings.setEnabled(PiiType::Url, false);
    settings.setEnabled(PiiType::Phone, false);
    QCOMPARE(found(text, settings),
             (QStringList{u"email:a@b.com"_s, u"location:https://maps.google.com/?q=1,2"_s}));
    settings = {};
    settings.setEnabled(PiiType::Location, false);
    QCOMPARE(found(text, settings),
             (QStringList{u"email:a@b.com"_s, u"url:https://x.org"_s, u"phone:+447400123456"_s}));
}

void tst_PiiDetectors::customTerms_caseInsensitiveAtWordBoundaries()
{
    PiiScannerSettings settings;
    settings.customTerms = {u"Åsa"_s, u"Clínica San José"_s, u"  "_s, u"san"_s};
    QCOMPARE(found(u"ÅSA's at clínica san josé; Åsalind no; san yes"_s, settings),
             (QStringList{u"term:ÅSA"_s, u"term:clínica san josé"_s, u"term:san"_s}));
    // A mark after the term continues the word: "Asa" + U+0301 is not "Asa".
    settings.customTerms = {u"Asa"_s};
    QCOMPARE(found(u"Asa\u0301 and asa"_s, settings), QStringList{u"term:asa"_s});
    const PiiSpans spans = PiiScanner(settings).scan(u"😀 ASA"_s);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.first().begin, 3);
    QCOMPARE(spans.first().value, u"Asa"_s);
}

void tst_PiiDetectors::customRegex_reportsInvalidPatternAndRunsTheOthers()
{
    PiiScannerSettings settings;
    settings.customPatterns = {u"(unclosed"_s, u"\\bPAT-\\d{4}\\b"_s};
    Diagnostics diagnostics;
    const PiiScanner scanner(settings, &diagnostics);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().severity, Diagnostic::Severity::Error);
    QVERIFY2(diagnostics.first().message.contains(u"(unclosed"_s), qPrintable(diagnostics.first().message));
    const QString text = u"patient PAT-2231 and PAT-12"_s;
    const PiiSpans spans = scanner.scan(text);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(text.mid(spans.first().begin, spans.first().length()), u"PAT-2231"_s);
}

void tst_PiiDetectors::customRegex_offsetsInUtf16AndLongInput()
{
    PiiScannerSettings settings;
    settings.customPatterns = {u"(?i)señor\\s+\\p{L}+"_s, u"x*"_s};
    const QString text = u"👩‍🍳 é\u0301 𠀋 SEÑOR Pérez"_s;
    const PiiSpans spans = PiiScanner(settings).scan(text);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(text.mid(spans.first().begin, spans.first().length()), u"SEÑOR Pérez"_s);

    // A pattern that makes a backtracking engine take exponential time runs in linear time in RE2 and still
    // finds the match at the end of a 2 MB message.
    settings.customPatterns = {u"(a+)+b"_s};
    const QString longText = QString(2 * 1024 * 1024, u'a') + u'b';
    const PiiSpans longSpans = PiiScanner(settings).scan(longText);
    QCOMPARE(longSpans.size(), 1);
    QCOMPARE(longSpans.first().end, int(longText.size()));
    QCOMPARE(longSpans.first().begin, 0);
}

void tst_PiiDetectors::spansAreSortedAndDisjoint()
{
    PiiScannerSettings settings = withRegions({u"GB"_s});
    settings.customTerms = {u"Ana"_s};
    const QString text = u"Ana +44 7400 123456, ana@ana.io 10.0.0.1 https://ana.io/p GB82WEST12345698765432 "
                         u"4111111111111111 Ana"_s;
    const PiiSpans spans = PiiScanner(settings).scan(text);
    QStringList covered;
    for (const PiiSpan &span : spans)
        covered.append(text.mid(span.begin, span.length()));
    QCOMPARE(covered.join(u" | "_s), u"Ana | +44 7400 123456 | ana@ana.io | 10.0.0.1 | https://ana.io/p | "
                                     u"GB82WEST12345698765432 | 4111111111111111 | Ana"_s);
    for (qsizetype i = 1; i < spans.size(); ++i)
        QVERIFY(spans.at(i - 1).end <= spans.at(i).begin);
}

void tst_PiiDetectors::textFacts_countsRunsWhereverTheyEnd()
{
    // A run of digits and phone punctuation counts however it ends: at a comma, a letter, the end.
    QCOMPARE(TextFacts::of(u"call 601 2346624, ok").longestDigitRun, 10);
    QCOMPARE(TextFacts::of(u"601 2346624x").longestDigitRun, 10);
    QCOMPARE(TextFacts::of(u"+44 (20) 7946-0958").longestDigitRun, 12);
    QCOMPARE(TextFacts::of(u"12:30 and 3/4").longestDigitRun, 2);
    QCOMPARE(TextFacts::of(u"٠١٢٣٤٥").longestDigitRun, 6); // Arabic-Indic digits
    const TextFacts facts = TextFacts::of(u"a@b.c: d.e");
    QVERIFY(facts.at);
    QCOMPARE(facts.dots, 2);
    QCOMPARE(facts.colons, 1);
    QVERIFY(!facts.nonAscii);
    QVERIFY(TextFacts::of(u"é").nonAscii);
}

void tst_PiiDetectors::utf8Offsets_mapBytesBackToUtf16()
{
    const QString text = u"a👩‍🍳é\u202f1𠀋x"_s;
    const Utf8Offsets plain(text);
    QCOMPARE(plain.bytes(), text.toUtf8());
    const Utf8Offsets spaced(text, Utf8Offsets::Spaces::Ascii);
    // U+202F and the zero-width joiner inside 👩‍🍳 are space-likes: ASCII spaces, one for one.
    QCOMPARE(QString::fromUtf8(spaced.bytes()), QString(text).replace(QChar(0x202F), u' ').replace(QChar(0x200D), u' '));
    // At every character boundary, the byte offset maps back to the QString's offset, asked in any order.
    for (const Utf8Offsets *offsets : {&plain, &spaced}) {
        QList<QPair<qsizetype, int>> boundaries;
        qsizetype byte = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i].isLowSurrogate())
                continue;
            boundaries.append({byte, int(i)});
            const qsizetype units = text[i].isHighSurrogate() ? 2 : 1;
            const bool spaceLike = text[i] == QChar(0x202F) || text[i] == QChar(0x200D);
            byte += (offsets == &spaced && spaceLike) ? 1 : text.mid(i, units).toUtf8().size();
        }
        boundaries.append({byte, int(text.size())});
        QCOMPARE(byte, offsets->bytes().size());
        for (const auto &[b, u] : boundaries)
            QCOMPARE(offsets->utf16(b), u);
        for (auto it = boundaries.crbegin(); it != boundaries.crend(); ++it)
            QCOMPARE(offsets->utf16(it->first), it->second);
    }
}

QTEST_GUILESS_MAIN(tst_PiiDetectors)
#include "tst_piidetectors.moc"
