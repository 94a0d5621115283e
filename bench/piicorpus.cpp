// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "piicorpus.h"

#include <core/anonymize/ibandetector.h>
#include <core/anonymize/paymentcarddetector.h>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <QList>

namespace Finetuner::Bench {

using namespace Qt::StringLiterals;
using Core::PiiType;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

struct Language
{
    QString code;
    QStringList regions;   // where people who write it live
    QStringList templates; // %1 is where the value goes
    QStringList openers;   // what may come before the clause
};

const QList<Language> &languages()
{
    static const QList<Language> list = {
        {u"en"_s,
         {u"US"_s, u"GB"_s, u"CA"_s, u"AU"_s, u"NZ"_s, u"IE"_s, u"ZA"_s, u"NG"_s, u"KE"_s, u"SG"_s, u"PH"_s},
         {u"call me at %1 tonight"_s, u"my new number is %1"_s, u"send it to %1 please"_s, u"here you go: %1"_s,
          u"Details → %1 👍"_s, u"(%1)"_s, u"did you see %1?"_s, u"ok so %1, right"_s, u"%1"_s},
         {u"hey"_s, u"Zoë,"_s, u"lol"_s, u"thanks!"_s, u"José said"_s, u"Åsa:"_s}},
        {u"es"_s,
         {u"ES"_s, u"MX"_s, u"AR"_s, u"CO"_s, u"CL"_s, u"PE"_s},
         {u"llámame al %1 esta noche"_s, u"mi número nuevo es %1"_s, u"envíalo a %1 por favor"_s,
          u"aquí tienes: %1"_s, u"¿viste %1?"_s, u"vale, %1 entonces"_s, u"%1"_s},
         {u"hola"_s, u"Begoña,"_s, u"jaja"_s, u"gracias!"_s, u"Íñigo dice"_s}},
        {u"de"_s,
         {u"DE"_s, u"AT"_s, u"CH"_s},
         {u"ruf mich unter %1 an"_s, u"meine neue Nummer ist %1"_s, u"schick es an %1, bitte"_s, u"hier: %1"_s,
          u"hast du %1 gesehen?"_s, u"also %1, oder?"_s, u"%1"_s},
         {u"hallo"_s, u"Jürgen,"_s, u"danke!"_s, u"Grüße von Søren"_s}},
        {u"fr"_s,
         {u"FR"_s, u"BE"_s, u"CH"_s, u"CA"_s, u"MA"_s, u"SN"_s},
         {u"appelle-moi au %1 ce soir"_s, u"mon nouveau numéro est le %1"_s, u"envoie-le à %1 stp"_s,
          u"voilà : %1"_s, u"tu as vu « %1 » ?"_s, u"d'accord, %1 alors"_s, u"%1"_s},
         {u"salut"_s, u"François,"_s, u"merci !"_s, u"Hélène dit"_s}},
        {u"pt"_s,
         {u"BR"_s, u"PT"_s},
         {u"me liga no %1 hoje à noite"_s, u"meu número novo é %1"_s, u"manda para %1 por favor"_s,
          u"aqui está: %1"_s, u"viu %1?"_s, u"então %1, né"_s, u"%1"_s},
         {u"oi"_s, u"João,"_s, u"valeu!"_s, u"Conceição falou"_s}},
        {u"tr"_s,
         {u"TR"_s},
         {u"beni %1 numarasından ara"_s, u"yeni numaram %1"_s, u"lütfen %1 adresine gönder"_s, u"işte: %1"_s,
          u"%1 gördün mü?"_s, u"tamam, %1 o zaman"_s, u"%1"_s},
         {u"merhaba"_s, u"Ayşe,"_s, u"teşekkürler!"_s, u"Gülşen dedi ki"_s}},
        {u"ar"_s,
         {u"SA"_s, u"AE"_s, u"EG"_s, u"JO"_s, u"MA"_s},
         {u"اتصل بي على %1 الليلة"_s, u"رقمي الجديد هو %1"_s, u"أرسلها إلى %1 من فضلك"_s, u"تفضل: %1"_s,
          u"هل رأيت %1؟"_s, u"حسنا، %1 إذن"_s, u"%1"_s},
         {u"مرحبا"_s, u"يا فاطمة،"_s, u"شكرا!"_s}},
        {u"hi"_s,
         {u"IN"_s},
         {u"मुझे %1 पर कॉल करो"_s, u"मेरा नया नंबर %1 है"_s, u"कृपया %1 पर भेजो"_s, u"यह लो: %1"_s,
          u"क्या तुमने %1 देखा?"_s, u"ठीक है, %1 फिर।"_s, u"%1"_s},
         {u"नमस्ते"_s, u"प्रिया,"_s, u"धन्यवाद!"_s}},
        {u"zh"_s,
         {u"CN"_s, u"TW"_s, u"HK"_s, u"SG"_s},
         {u"请打我的电话 %1 谢谢"_s, u"我的新号码是 %1"_s, u"请发到 %1 好吗"_s, u"在这里：%1"_s, u"你看到 %1 了吗？"_s,
          u"好的，%1。"_s, u"%1"_s},
         {u"你好"_s, u"王芳，"_s, u"谢谢！"_s}},
        {u"ru"_s,
         {u"RU"_s, u"UA"_s, u"KZ"_s, u"BY"_s},
         {u"позвони мне по номеру %1 вечером"_s, u"мой новый номер %1"_s, u"отправь на %1, пожалуйста"_s,
          u"вот: %1"_s, u"ты видел %1?"_s, u"ладно, %1 тогда"_s, u"%1"_s},
         {u"привет"_s, u"Алёна,"_s, u"спасибо!"_s}},
    };
    return list;
}

// Regions whose numbers appear in international form in any chat.
const QStringList &allRegions()
{
    static const QStringList list = {
        u"US"_s, u"GB"_s, u"CA"_s, u"AU"_s, u"NZ"_s, u"IE"_s, u"ZA"_s, u"NG"_s, u"KE"_s, u"SG"_s, u"PH"_s,
        u"ES"_s, u"MX"_s, u"AR"_s, u"CO"_s, u"CL"_s, u"PE"_s, u"DE"_s, u"AT"_s, u"CH"_s, u"FR"_s, u"BE"_s,
        u"MA"_s, u"SN"_s, u"BR"_s, u"PT"_s, u"TR"_s, u"SA"_s, u"AE"_s, u"EG"_s, u"JO"_s, u"IN"_s, u"CN"_s,
        u"TW"_s, u"HK"_s, u"RU"_s, u"UA"_s, u"KZ"_s, u"BY"_s, u"IT"_s, u"NL"_s, u"PL"_s, u"SE"_s, u"NO"_s,
        u"JP"_s, u"KR"_s, u"ID"_s, u"TH"_s, u"VN"_s, u"PK"_s, u"IL"_s, u"GR"_s,
    };
    return list;
}

// Emoji, a non-BMP ideograph and combining marks that put UTF-16 offsets off code points and bytes.
const QStringList &offsetBreakers()
{
    static const QStringList list = {u"👩‍🍳"_s, u"🇪🇸"_s, u"e\u0301"_s, u"𠀋"_s, u"Zoe\u0308"_s, u"😀😀"_s, u"ñ\u0303"_s};
    return list;
}

struct IbanCountry
{
    const char *code;
    int letters; // bank code letters at the start of the BBAN (GB's NWBK)
};

constexpr IbanCountry IbanCountries[] = {
    {"DE", 0}, {"GB", 4}, {"FR", 0}, {"ES", 0}, {"IT", 1}, {"NL", 4}, {"BE", 0}, {"CH", 0}, {"AT", 0},
    {"PT", 0}, {"PL", 0}, {"SE", 0}, {"NO", 0}, {"DK", 0}, {"FI", 0}, {"IE", 4}, {"LU", 0}, {"GR", 0},
    {"TR", 0}, {"SA", 0}, {"AE", 0}, {"BR", 0}, {"RO", 4}, {"CZ", 0}, {"HU", 0}, {"HR", 0}, {"MT", 4},
    {"CY", 0}, {"LT", 0}, {"LV", 4}, {"EE", 0}, {"SK", 0}, {"SI", 0}, {"BG", 4}, {"IL", 0}, {"QA", 4},
};

QString replaced(QString text, QChar from, const QString &to)
{
    return text.replace(from, to);
}

QString withArabicDigits(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c >= u'0' && c <= u'9')
            c = QChar(0x0660 + (c.unicode() - u'0'));
    }
    return out;
}

// %1…%9 replaced by @p values; unlike QString::arg, a pattern may leave some out.
QString fill(const QString &pattern, const QStringList &values)
{
    QString out;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == u'%' && i + 1 < pattern.size() && pattern[i + 1] >= u'1' && pattern[i + 1] <= u'9') {
            const int index = pattern[i + 1].unicode() - u'1';
            if (index < values.size()) {
                out += values.at(index);
                ++i;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

QString num(std::uint64_t value)
{
    return QString::number(value);
}

QString pad(int value, int width)
{
    return QString::number(value).rightJustified(width, u'0');
}

} // namespace

PiiCorpusGenerator::PiiCorpusGenerator(std::uint64_t seed)
    : m_random(seed * 0x9E3779B97F4A7C15ull + 7)
{
}

std::uint64_t PiiCorpusGenerator::random()
{
    return m_random.next(); // as ChatGenerator: the same corpus on every platform
}

QString PiiCorpusGenerator::digits(int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QChar(u'0' + int(below(10)));
    return out;
}

PiiCorpusGenerator::Value PiiCorpusGenerator::phone(const QString &homeRegion)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    const bool international = below(100) < 45;
    const std::string region = (international ? pick(allRegions()) : homeRegion).toStdString();
    PhoneNumber number;
    const auto type = below(2) == 0 ? PhoneNumberUtil::MOBILE : PhoneNumberUtil::FIXED_LINE;
    if (!util.GetExampleNumberForType(region, type, &number))
        util.GetExampleNumber(region, &number);
    // Vary the last digits of the example and keep the variant where it is still a valid number.
    for (int attempt = 0; attempt < 30; ++attempt) {
        PhoneNumber variant = number;
        const std::uint64_t national = number.national_number();
        variant.set_national_number(national - national % 10000 + below(10000));
        if (util.IsValidNumber(variant)) {
            number = variant;
            break;
        }
    }
    std::string formatted;
    std::string e164;
    util.Format(number, international ? PhoneNumberUtil::INTERNATIONAL : PhoneNumberUtil::NATIONAL, &formatted);
    util.Format(number, PhoneNumberUtil::E164, &e164);
    QString text = QString::fromStdString(formatted);
    const bool brackets = text.contains(u'(');
    switch (below(9)) {
    case 1:
        if (!brackets)
            text = replaced(text, u' ', u"-"_s);
        break;
    case 2:
        if (!brackets)
            text = replaced(text, u' ', u"."_s);
        break;
    case 3:
        text = replaced(text, u' ', u"\u202f"_s);
        break;
    case 4:
        text = replaced(text, u' ', u"\u00a0"_s);
        break;
    case 5: // typed without any separator
        text.remove(u' ').remove(u'-').remove(u'.').remove(u'(').remove(u')');
        break;
    case 6:
        if (international)
            text = QString::fromStdString(e164);
        else if (!brackets && text.startsWith(u'0') && text.contains(u' ')) // the trunk prefix: (030) 123456
            text = u'(' + text.left(text.indexOf(u' ')) + u')' + text.mid(text.indexOf(u' '));
        break;
    default:
        break;
    }
    return {text, PiiType::Phone, QString::fromStdString(e164), true};
}

PiiCorpusGenerator::Value PiiCorpusGenerator::email()
{
    static const QStringList first = {u"ana"_s, u"john"_s, u"maria"_s, u"li"_s, u"ahmed"_s, u"zoe"_s,
                                      u"j"_s, u"priya"_s, u"olga"_s, u"mehmet"_s, u"jose"_s, u"søren"_s,
                                      u"müller"_s, u"Ana"_s, u"J.R"_s};
    static const QStringList last = {u"smith"_s, u"garcia"_s, u"wei"_s, u"khan"_s, u"martin"_s, u"doe"_s,
                                     u"ivanova"_s, u"yilmaz"_s, u"silva"_s, u"Dupont"_s};
    static const QStringList tags = {u"diet"_s, u"newsletter"_s, u"work"_s, u"2024"_s, u"shop"_s};
    static const QStringList domains = {
        u"gmail.com"_s, u"yahoo.es"_s, u"outlook.de"_s, u"mail.example.co.uk"_s, u"correo.ejemplo.com.mx"_s,
        u"uni-heidelberg.de"_s, u"bücher.de"_s, u"пример.рф"_s, u"mail.ru"_s, u"qq.com"_s, u"163.com"_s,
        u"hotmail.fr"_s, u"empresa.com.br"_s, u"students.iitb.ac.in"_s, u"Example.COM"_s, u"s.whatsapp.net"_s,
        u"münchen.de"_s, u"clinic.health"_s,
    };
    QString local = pick(first);
    switch (below(5)) {
    case 0:
        local += u'.' + pick(last);
        break;
    case 1:
        local += u'_' + pick(last) + QString::number(below(100));
        break;
    case 2:
        local += u'+' + pick(tags);
        break;
    case 3:
        local += u'.' + pick(last) + u'+' + pick(tags);
        break;
    default:
        break;
    }
    const QString domain = pick(domains);
    if (domain == u"s.whatsapp.net"_s)
        local = u"44"_s + digits(10);
    return {local + u'@' + domain, PiiType::Email, local + u'@' + domain.toLower(), true};
}

PiiCorpusGenerator::Value PiiCorpusGenerator::url()
{
    static const QStringList hosts = {u"example.com"_s, u"www.bbc.co.uk"_s, u"es.wikipedia.org"_s,
                                      u"recetas-faciles.es"_s, u"shop.example.de"_s, u"docs.google.com"_s,
                                      u"t.co"_s, u"youtu.be"_s, u"bit.ly"_s, u"example.org"_s,
                                      u"nutricion.com.mx"_s, u"bücher.de"_s, u"192.168.1.1"_s, u"localhost:8080"_s};
    static const QStringList bareHosts = {u"example.com"_s, u"recetas-faciles.es"_s, u"shop.example.de"_s,
                                          u"nutricion.com.mx"_s, u"example.org"_s, u"myfitnesspal.com"_s,
                                          u"habr.ru"_s, u"hurriyet.com.tr"_s, u"globo.com.br"_s};
    static const QStringList paths = {u""_s, u"/"_s, u"/menu?id=7"_s, u"/wiki/Avena"_s, u"/a/b/c.html"_s,
                                      u"/watch?v=dQw4w9WgXcQ"_s, u"/path#section"_s, u"/search?q=oats&lang=en"_s,
                                      u"/d/1AbC-xyz_09/edit"_s, u"/~user/page"_s, u"/wiki/Oat_(grain)"_s,
                                      u"/r%C3%A9sum%C3%A9"_s, u"/ürün/123"_s};
    QString link;
    switch (below(7)) {
    case 0:
    case 1:
    case 2:
        link = u"https://"_s + pick(hosts) + pick(paths);
        break;
    case 3:
        link = u"http://"_s + pick(hosts) + pick(paths);
        break;
    case 4:
    case 5:
        link = u"www."_s + pick(bareHosts) + pick(paths);
        break;
    default:
        link = pick(bareHosts) + (below(2) ? pick(paths) : QString());
        break;
    }
    if (below(10) == 0)
        link = link.toUpper().replace(u"HTTPS://"_s, u"https://"_s).replace(u"HTTP://"_s, u"http://"_s);
    return {link, PiiType::Url, link, true};
}

PiiCorpusGenerator::Value PiiCorpusGenerator::location()
{
    const auto coordinate = [this](int range) {
        QString value = QString::number(int(below(quint64(range)))) + u'.';
        value += digits(1 + int(below(6)));
        return below(2) ? value : u'-' + value;
    };
    QString link;
    switch (below(4)) {
    case 0:
        link = u"https://maps.google.com/?q="_s + coordinate(90);
        link += u',' + coordinate(180);
        break;
    case 1: {
        static const QString alphabet = u"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789"_s;
        link = u"https://maps.app.goo.gl/"_s;
        for (int i = 0; i < 17; ++i)
            link += alphabet.at(qsizetype(below(quint64(alphabet.size()))));
        break;
    }
    case 2:
        link = u"https://www.google.com/maps/place/"_s + coordinate(90);
        link += u',' + coordinate(180);
        break;
    default:
        link = u"https://maps.apple.com/?ll="_s + coordinate(90);
        link += u',' + coordinate(180) + u"&q=Pin"_s;
        break;
    }
    return {link, PiiType::Location, link, true};
}

PiiCorpusGenerator::Value PiiCorpusGenerator::iban(bool valid)
{
    const IbanCountry &country = IbanCountries[below(std::size(IbanCountries))];
    const QString code = QString::fromLatin1(country.code);
    const int length = Core::IbanDetector::lengthFor(code);
    QString bban;
    for (int i = 0; i < country.letters; ++i)
        bban += QChar(u'A' + int(below(26)));
    bban += digits(length - 4 - country.letters);
    // ISO 7064 mod 97-10: the check digits make the rearranged number ≡ 1 (mod 97).
    int remainder = 0;
    for (const QChar c : bban + code + u"00"_s) {
        if (c.isDigit())
            remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
        else
            remainder = (remainder * 100 + (c.unicode() - u'A' + 10)) % 97;
    }
    int check = 98 - remainder;
    if (!valid)
        check = (check + 1 + int(below(96))) % 97; // any other pair fails the check
    const QString compact = code + pad(check, 2) + bban;
    QString text = compact;
    if (below(10) < 6) {
        const QString separator = below(6) == 0 ? u"\u00a0"_s : u" "_s;
        text.clear();
        for (qsizetype i = 0; i < compact.size(); i += 4)
            text += (i > 0 ? separator : QString()) + compact.mid(i, 4);
    }
    return {text, PiiType::Iban, compact, valid};
}

PiiCorpusGenerator::Value PiiCorpusGenerator::card(bool valid)
{
    static const QStringList prefixes = {u"4"_s, u"51"_s, u"53"_s, u"55"_s, u"2221"_s, u"2720"_s, u"34"_s,
                                         u"37"_s, u"6011"_s, u"65"_s, u"3530"_s, u"36"_s, u"62"_s};
    const QString prefix = pick(prefixes);
    const int length = (prefix == u"34"_s || prefix == u"37"_s) ? 15 : prefix == u"36"_s ? 14 : 16;
    QString number = prefix + digits(length - int(prefix.size()) - 1);
    for (int check = 0; check < 10; ++check) {
        if (Core::PaymentCardDetector::passesLuhn(number + QChar(u'0' + check))) {
            number += QChar(u'0' + (valid ? check : (check + 1 + int(below(9))) % 10));
            break;
        }
    }
    QString text = number;
    const std::uint64_t style = below(3);
    if (style > 0) {
        const QChar separator = style == 1 ? u' ' : u'-';
        QList<int> groups = length == 15 ? QList<int>{4, 6, 5} : length == 14 ? QList<int>{4, 6, 4}
                                                                               : QList<int>{4, 4, 4, 4};
        text.clear();
        qsizetype at = 0;
        for (int group : groups) {
            text += (at > 0 ? QString(separator) : QString()) + number.mid(at, group);
            at += group;
        }
    }
    return {text, PiiType::PaymentCard, number, valid};
}

PiiCorpusGenerator::Value PiiCorpusGenerator::ipv4()
{
    QString address;
    switch (below(4)) {
    case 0:
        address = u"192.168.%1.%2"_s.arg(below(256)).arg(1 + below(254));
        break;
    case 1:
        address = u"10.%1.%2.%3"_s.arg(below(256)).arg(below(256)).arg(1 + below(254));
        break;
    case 2:
        address = u"172.%1.%2.%3"_s.arg(16 + below(16)).arg(below(256)).arg(1 + below(254));
        break;
    default:
        address = u"%1.%2.%3.%4"_s.arg(1 + below(223)).arg(below(256)).arg(below(256)).arg(below(256));
        break;
    }
    return {address, PiiType::IpAddress, address, true};
}

PiiCorpusGenerator::Value PiiCorpusGenerator::ipv6()
{
    QStringList groups;
    const bool full = below(3) == 0;
    for (int i = 0; i < 8; ++i)
        groups.append(full ? QString::number(below(0x10000), 16).rightJustified(4, u'0')
                           : QString::number(below(0x10000), 16));
    if (below(2) == 0) {
        groups[0] = u"2001"_s;
        groups[1] = u"db8"_s;
    }
    QString address = groups.join(u':');
    if (!full && below(3) > 0) {
        // Compress a run of zero groups, as addresses are written.
        const int start = 2 + int(below(4));
        const int count = 1 + int(below(quint64(7 - start)));
        const QStringList left = groups.mid(0, start);
        const QStringList right = groups.mid(start + count);
        address = left.join(u':') + u"::"_s + right.join(u':');
    }
    if (below(5) == 0)
        address = u"fe80::"_s + groups.mid(4).join(u':');
    const QString written = below(4) == 0 ? address.toUpper() : address;
    return {written, PiiType::IpAddress, written.toLower(), true};
}

PiiCorpusGenerator::Value PiiCorpusGenerator::negative()
{
    const int day = 1 + int(below(28));
    const int month = 1 + int(below(12));
    const int year = 2000 + int(below(26));
    const int hour = int(below(24));
    const int minute = int(below(60));
    QString text;
    switch (below(17)) {
    case 0: {
        static const QStringList forms = {u"%1/%2/%3, %4:%5"_s, u"%3-%2-%1 %4:%5:07"_s, u"[%1.%2.%6, %4:%5:33]"_s,
                                          u"%2/%1/%6, %4:%5 PM"_s, u"%3-%2-%1T%4:%5:54Z"_s};
        text = fill(pick(forms), {pad(day, 2), pad(month, 2), QString::number(year), pad(hour, 2), pad(minute, 2),
                               pad(year % 100, 2)});
        break;
    }
    case 1: {
        static const QStringList forms = {u"%1:%2"_s, u"%3.%2pm"_s, u"%3:%2 p.m."_s, u"%1h%2"_s, u"%1:%2:00"_s};
        text = fill(pick(forms), {pad(hour, 2), pad(minute, 2), QString::number(1 + hour % 12)});
        break;
    }
    case 2: {
        static const QStringList forms = {u"%1/%2/%3"_s, u"%3-%2-%1"_s, u"%1.%2.%3"_s, u"%2-%1-%3"_s,
                                          u"%3/%2/%1"_s, u"%1.%2.%4"_s};
        text = fill(pick(forms), {pad(day, 2), pad(month, 2), QString::number(year), pad(year % 100, 2)});
        break;
    }
    case 3: {
        static const QStringList forms = {u"v%1.%2.%3"_s, u"%1.%2.%3.%4.%5"_s, u"version 10.0.%4%5%3.%1"_s,
                                          u"Android %1.%2.%3"_s, u"iOS %1.%2.%3"_s, u"build %1.%2.%3.%4"_s};
        text = fill(pick(forms), {num(below(20)), num(below(10)), num(below(30)), num(below(100)), num(below(10))});
        break;
    }
    case 4: {
        const auto hex = [this](int count) {
            QString out;
            for (int i = 0; i < count; ++i)
                out += QString::number(below(16), 16);
            return out;
        };
        text = hex(8) + u'-' + hex(4) + u'-' + hex(4) + u'-' + hex(4) + u'-' + hex(12);
        if (below(3) == 0)
            text = u'{' + text.toUpper() + u'}';
        break;
    }
    case 5: {
        static const QStringList forms = {u"$%1,%2.99"_s, u"€%1.%2,00"_s, u"%1.%2.000 €"_s, u"R$ %1.%2,00"_s,
                                          u"₹%1,%2"_s, u"¥%1%2"_s, u"£%1.50"_s, u"%1 %2 ₽"_s, u"₺%1.%2,90"_s};
        text = fill(pick(forms), {num(1 + below(999)), pad(int(below(1000)), 3)});
        break;
    }
    case 6: {
        static const QStringList forms = {u"order #%1"_s, u"pedido %2"_s, u"Bestellnummer 302-%3-%4"_s,
                                          u"commande n° %1"_s, u"sipariş no: %1"_s, u"订单号 %5"_s,
                                          u"Order #A-%6"_s};
        text = fill(pick(forms), {digits(10), digits(8), digits(7), digits(7), digits(13), digits(6)});
        break;
    }
    case 7: {
        static const QStringList forms = {u"1Z%1%2"_s, u"9400 1000 %3 %4 %5 %6 %6"_s, u"JD0146%7"_s};
        text = fill(pick(forms), {u"999AA1"_s, digits(10), digits(4), digits(4), digits(4), digits(2),
                                  digits(14)});
        break;
    }
    case 8: {
        static const QStringList forms = {u"%1 steps"_s, u"%1 kcal"_s, u"%1 views"_s, u"%1 people"_s, u"%1g"_s};
        text = fill(pick(forms), {num(1000 + below(2000000))});
        break;
    }
    case 9:
        return iban(false);
    case 10:
        return card(false);
    case 11: {
        static const QStringList names = {u"IMG-%1-WA%2.jpg"_s, u"report.pdf"_s, u"node.js"_s,
                                          u"VID-%1-WA%2.mp4"_s, u"e.g."_s, u"i.e."_s, u"script.py"_s,
                                          u"notes.md"_s};
        text = fill(pick(names), {QString::number(year) + pad(month, 2) + pad(day, 2), digits(4)});
        break;
    }
    case 12: {
        QStringList parts;
        for (int i = 0; i < 6; ++i)
            parts.append(QString::number(below(256), 16).rightJustified(2, u'0').toUpper());
        text = parts.join(u':');
        break;
    }
    case 13: {
        static const QStringList forms = {u"score %1:%2"_s, u"ratio 16:9"_s, u"chapter %1.%2.%3"_s,
                                          u"%1.5kg"_s, u"%1,5 km"_s, u"%1x%2"_s};
        text = fill(pick(forms), {num(below(10)), num(below(10)), num(below(10))});
        break;
    }
    case 14: // a dotted number that is not an address: an octet above 255, or five parts
        text = below(2) ? u"%1.168.%2.%3"_s.arg(256 + below(700)).arg(below(256)).arg(below(256))
                        : u"%1.%2.%3.%4.%5"_s.arg(below(256)).arg(below(256)).arg(below(256)).arg(below(256))
                              .arg(below(10));
        break;
    case 15:
        text = u"@"_s + pick(QStringList{u"Bruce"_s, u"⁨Selina Kyle⁩"_s, u"Zoë"_s});
        break;
    default: // a short number that no region dials
        text = u"#"_s + digits(4 + int(below(6)));
        break;
    }
    return {text, PiiType::Phone, QString(), false};
}

PiiSample PiiCorpusGenerator::next()
{
    const Language &language = pick(languages());
    PiiSample sample;
    sample.language = language.code;
    const QString home = pick(language.regions);
    sample.regions = {home};

    if (below(10) == 0)
        sample.text = pick(offsetBreakers()) + u' ';
    if (below(3) == 0)
        sample.text += pick(language.openers) + u' ';
    const int clauses = 1 + int(below(3));
    for (int c = 0; c < clauses; ++c) {
        if (c > 0)
            sample.text += pick(QStringList{u". "_s, u" — "_s, u"\n"_s, u", "_s});
        if (below(12) == 0)
            sample.text += pick(offsetBreakers()) + u' ';
        Value value;
        const std::uint64_t dice = below(100);
        if (dice < 30)
            value = phone(home);
        else if (dice < 40)
            value = email();
        else if (dice < 48)
            value = url();
        else if (dice < 52)
            value = location();
        else if (dice < 58)
            value = iban(true);
        else if (dice < 64)
            value = card(true);
        else if (dice < 68)
            value = ipv4();
        else if (dice < 71)
            value = ipv6();
        else
            value = negative();
        if (value.pii && value.type == PiiType::Phone && language.code == u"ar"_s && below(5) == 0)
            value.text = withArabicDigits(value.text);

        if (value.pii && value.type == PiiType::Location && below(2) == 0) {
            // WhatsApp's own share: the message is the link after "location: ".
            sample.text += u"location: "_s;
            const int begin = int(sample.text.size());
            sample.text += value.text;
            sample.gold.append({begin, int(sample.text.size()), value.type, value.normalised});
            continue;
        }
        const QString &pattern = pick(language.templates);
        const qsizetype slot = pattern.indexOf(u"%1"_s);
        sample.text += pattern.left(slot);
        const int begin = int(sample.text.size());
        sample.text += value.text;
        if (value.pii)
            sample.gold.append({begin, int(sample.text.size()), value.type, value.normalised});
        sample.text += pattern.mid(slot + 2);
    }
    return sample;
}

QString PiiCorpusGenerator::chatLine()
{
    for (;;) {
        const PiiSample sample = next();
        // One line, and no leading digit, so the text cannot start like a WhatsApp header.
        if (!sample.text.contains(u'\n') && !sample.text.at(0).isDigit() && sample.text.at(0) != u'[')
            return sample.text;
    }
}

} // namespace Finetuner::Bench
