// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "namecorpus.h"


#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <core/model/message.h>

#include <QDateTime>
#include <QList>

namespace Finetuner::Bench {

using namespace Qt::StringLiterals;
using Core::PiiSpan;
using Core::PiiType;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

struct Name
{
    QString first;
    QString last; // empty: the name is one word (李伟)
    QString language;
};

// None of them is a name bench/piicorpus writes in its own phrases (its openers and e-mail addresses), so
// every name in a message is one this generator put there.
const QList<Name> &names()
{
    static const QList<Name> list = {
        {u"Will"_s, u"Turner"_s, u"en"_s},     {u"Rose"_s, u"Tyler"_s, u"en"_s},
        {u"Mark"_s, u"Rivers"_s, u"en"_s},     {u"Hope"_s, u"Summers"_s, u"en"_s},
        {u"Bill"_s, u"Carter"_s, u"en"_s},     {u"Grace"_s, u"Park"_s, u"en"_s},
        {u"Siobhán"_s, u"Kelly"_s, u"en"_s},   {u"Iñaki"_s, u"Ibáñez"_s, u"es"_s},
        {u"Nuria"_s, u"Núñez"_s, u"es"_s},     {u"Ramón"_s, u"Peña"_s, u"es"_s},
        {u"Jörg"_s, u"Weiß"_s, u"de"_s},       {u"Käthe"_s, u"Groß"_s, u"de"_s},
        {u"Anaïs"_s, u"Lefèvre"_s, u"fr"_s},   {u"Gaël"_s, u"Bérubé"_s, u"fr"_s},
        {u"Jean-Luc"_s, u"Picard"_s, u"fr"_s}, {u"Thaís"_s, u"Gonçalves"_s, u"pt"_s},
        {u"Luís"_s, u"Magalhães"_s, u"pt"_s},  {u"Björn"_s, u"Öberg"_s, u"sv"_s},
        {u"Åke"_s, u"Lindqvist"_s, u"sv"_s},   {u"Łukasz"_s, u"Wróbel"_s, u"pl"_s},
        {u"Małgorzata"_s, u"Żak"_s, u"pl"_s},  {u"Çağrı"_s, u"Öztürk"_s, u"tr"_s},
        {u"Nguyễn"_s, u"Lan"_s, u"vi"_s},      {u"Дмитрий"_s, u"Иванов"_s, u"ru"_s},
        {u"Ольга"_s, u"Смирнова"_s, u"ru"_s},  {u"Αλέξανδρος"_s, u"Παππάς"_s, u"el"_s},
        {u"Ελένη"_s, u"Νικολάου"_s, u"el"_s},  {u"李伟"_s, QString(), u"zh"_s},
        {u"陈静"_s, QString(), u"zh"_s},       {u"山田"_s, u"太郎"_s, u"ja"_s},
        {u"김민준"_s, QString(), u"ko"_s},     {u"이서연"_s, QString(), u"ko"_s},
        {u"محمد"_s, u"علي"_s, u"ar"_s},        {u"ليلى"_s, u"حسن"_s, u"ar"_s},
        {u"אורי"_s, u"כהן"_s, u"he"_s},        {u"राहुल"_s, u"शर्मा"_s, u"hi"_s},
        {u"अनीता"_s, u"देवी"_s, u"hi"_s},      {u"สมชาย"_s, u"ใจดี"_s, u"th"_s},
    };
    return list;
}

struct Phrases
{
    QString language;
    QStringList templates; // %1 is where a name goes
};

const QList<Phrases> &phrases()
{
    static const QList<Phrases> list = {
        {u"en"_s,
         {u"did %1 get the tickets?"_s, u"I'll ask %1 tomorrow"_s, u"%1, are you coming tonight?"_s,
          u"thanks %1!!"_s, u"%1's train is late again"_s, u"lol %1 😂"_s, u"who invited %1?"_s,
          u"tell %1 I said hi\nand bring the cake"_s, u"❤️%1❤️"_s}},
        {u"es"_s, {u"¿%1 viene mañana?"_s, u"gracias %1!!"_s, u"%1, ¿dónde estás?"_s, u"le pregunto a %1 luego"_s}},
        {u"de"_s, {u"kommt %1 heute?"_s, u"danke %1!"_s, u"%1, wo bist du?"_s, u"frag mal %1 (wegen Samstag)"_s}},
        {u"fr"_s, {u"%1 vient ce soir ?"_s, u"merci %1 !"_s, u"tu as vu %1 ?"_s, u"demande à %1"_s}},
        {u"pt"_s, {u"%1 vem hoje?"_s, u"valeu %1!"_s, u"fala com %1 depois"_s}},
        {u"sv"_s, {u"kommer %1 ikväll?"_s, u"tack %1!"_s}},
        {u"pl"_s, {u"czy %1 przyjdzie?"_s, u"dzięki %1!"_s}},
        {u"tr"_s, {u"%1 geliyor mu?"_s, u"teşekkürler %1!"_s}},
        {u"vi"_s, {u"%1 có đến không?"_s, u"cảm ơn %1!"_s}},
        {u"ru"_s, {u"%1 придёт сегодня?"_s, u"спасибо, %1!"_s, u"вот и %1 пришёл"_s}},
        {u"el"_s, {u"έρχεται ο %1;"_s, u"ευχαριστώ %1!"_s}},
        {u"zh"_s, {u"%1今天来吗？"_s, u"谢谢%1！"_s, u"我和%1去吃饭"_s}},
        {u"ja"_s, {u"%1さんは来ますか？"_s, u"ありがとう%1！"_s}},
        {u"ko"_s, {u"%1 씨 오늘 와요?"_s, u"%1이 왔어요"_s, u"고마워요 %1!"_s}},
        {u"ar"_s, {u"هل سيأتي %1 اليوم؟"_s, u"شكرا %1!"_s}},
        {u"he"_s, {u"%1 מגיע היום?"_s, u"תודה %1!"_s}},
        {u"hi"_s, {u"क्या %1 आ रहा है?"_s, u"धन्यवाद %1!"_s}},
        {u"th"_s, {u"%1มาไหม"_s, u"ขอบคุณ%1"_s}},
    };
    return list;
}

const Phrases &phrasesOf(const QString &language)
{
    for (const Phrases &p : phrases()) {
        if (p.language == language)
            return p;
    }
    return phrases().constFirst();
}

// What chats say between the names: words that hold a name, or are one, and nothing to anonymize.
const QStringList &chatter()
{
    static const QStringList list = {
        u"banana bread again?"_s, u"the analysis is done"_s, u"Marketing wants the slides"_s,
        u"Willow is a nice name for a dog"_s, u"that billboard on the A4"_s, u"Roseanne was on TV"_s,
        u"hopefully not"_s, u"she left gracefully"_s, u"ok"_s, u"lol 😂"_s, u"see you at 9:30"_s,
        u"v2.3.1 is out"_s, u"Parkside café at 8?"_s, u"ja"_s, u"👍"_s,
    };
    return list;
}

// The same words used as words: a name that is also a word reads as the name (a false positive, on purpose).
const QStringList &wordsThatAreNames()
{
    static const QStringList list = {
        u"I will be late"_s, u"a rose for you 🌹"_s, u"mark my words"_s, u"we hope so"_s, u"pay the bill first"_s,
        u"say grace before dinner"_s,
    };
    return list;
}

const QStringList &phoneRegions()
{
    static const QStringList list = {u"GB"_s, u"ES"_s, u"DE"_s, u"FR"_s, u"BR"_s, u"IN"_s, u"US"_s, u"TR"_s,
                                     u"RU"_s, u"MX"_s, u"IT"_s, u"NL"_s};
    return list;
}

// How people type a name without accents: the marks of Latin, Greek and Cyrillic letters dropped (not those of
// Devanagari or Thai, which are letters), "ł" and "ß" and the dotless "ı" made plain.
QString withoutMarks(const QString &text)
{
    QString out;
    char16_t base = 0;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing && base < 0x0530)
            continue;
        base = c.unicode();
        out += c;
    }
    return out.replace(u'ł', u'l').replace(u'ß', u"ss"_s).replace(u'ı', u'i');
}

/// One person of a chat, with the forms a message may name them by.
struct Person
{
    QString key;           // the alias the identity must have
    QStringList forms;     // how messages write them
    QString language;
    bool participant = false;
    QString author;        // how the export writes them as an author
    QString introduction;  // the name an unsaved number's author gives in their first message
};

// How an author whose number nobody saved says who they are.
const QStringList &introductions()
{
    static const QStringList list = {
        u"Hi, %1 here 🙋"_s, u"I'm %1, I don't think you have my number saved"_s, u"hola, soy %1"_s,
        u"Hallo, ich bin %1"_s, u"salut, c'est %1 !"_s, u"oi, aqui é a %1"_s, u"this is %1 from the gym"_s,
    };
    return list;
}

} // namespace

NameCorpusGenerator::NameCorpusGenerator(std::uint64_t seed)
    : m_random(seed * 0x9E3779B97F4A7C15ull + 11)
    , m_pii(seed)
{
}

NameChat NameCorpusGenerator::next(int messages)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    NameChat chat;

    // Five to seven distinct people: most write, one or two are only added by a system line.
    QList<int> chosen;
    const int count = 5 + int(m_random.below(3));
    while (chosen.size() < count) {
        const int index = int(m_random.below(quint64(names().size())));
        if (!chosen.contains(index))
            chosen.append(index);
    }
    const QString home = m_random.pick(phoneRegions());
    QList<Person> people;
    for (int i = 0; i < chosen.size(); ++i) {
        const Name &name = names().at(chosen.at(i));
        Person person;
        person.language = name.language;
        person.participant = i < count - 2 || m_random.below(2) == 0;
        const QString full = name.last.isEmpty() ? name.first : name.first + u' ' + name.last;
        const std::uint64_t how = m_random.below(100);
        if (person.participant && how < 20) {
            // A number the user never saved: the export writes it in international form.
            PhoneNumber number;
            util.GetExampleNumberForType(home.toStdString(), PhoneNumberUtil::MOBILE, &number);
            for (int attempt = 0; attempt < 30; ++attempt) {
                PhoneNumber variant = number;
                const std::uint64_t national = number.national_number();
                variant.set_national_number(national - national % 1000 + m_random.below(1000));
                if (util.IsValidNumber(variant)) {
                    number = variant;
                    break;
                }
            }
            std::string international, e164, national;
            util.Format(number, PhoneNumberUtil::INTERNATIONAL, &international);
            util.Format(number, PhoneNumberUtil::E164, &e164);
            util.Format(number, PhoneNumberUtil::NATIONAL, &national);
            person.author = QString::fromStdString(international);
            const QString digits = QString::fromStdString(e164).mid(1);
            person.forms = {person.author, QString::fromStdString(e164), QString::fromStdString(national),
                            u'@' + digits, name.first, name.first};
            person.introduction = name.first;
        } else {
            if (person.participant && how < 32)
                person.author = u"~ "_s + name.first; // a push name: not in the user's contacts
            else if (person.participant && how < 40)
                person.author = name.first;
            else
                person.author = full;
            const bool hasLast = !name.last.isEmpty() && person.author == full;
            person.forms = {name.first, name.first, name.first.toLower()};
            if (hasLast) {
                person.forms += {full, full, name.last, u"@\u2068"_s + full + u"\u2069"_s, full.toUpper()};
            }
            if (name.first.normalized(QString::NormalizationForm_D) != name.first)
                person.forms += name.first.normalized(QString::NormalizationForm_D);
            if (withoutMarks(name.first) != name.first)
                person.forms += withoutMarks(name.first); // typed without accents: Inaki, Cagri
            person.forms += name.first.toUpper();
        }
        person.key = person.author;
        people.append(person);
    }
    for (const Person &person : people)
        chat.people.append(person.key);

    QList<Core::Message> rows;
    const auto add = [&](const QString &author, const QString &text, Core::PiiSpans gold, const QString &language) {
        Core::Message m;
        m.index = int(rows.size());
        m.timestamp = Core::LocalDateTime::fromSecsSinceEpoch(
            QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC).toSecsSinceEpoch() + 60 * rows.size());
        m.author = author;
        m.text = text;
        m.kind = author.isNull() ? Core::MessageKind::System : Core::MessageKind::Text;
        rows.append(m);
        chat.texts.append(text);
        chat.gold.push_back(std::move(gold));
        chat.languages.append(language);
    };
    add(QString(), u"Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, "
                   "can read or listen to them. Tap to learn more."_s,
        {}, u"en"_s);
    const QString creator = people.constFirst().author;
    add(QString(), creator + u" created group \"Trip 2024\""_s, {}, u"en"_s);
    for (int i = 1; i < people.size(); ++i)
        add(QString(), creator + u" added "_s + people.at(i).author, {}, u"en"_s);

    QList<int> authors;
    for (int i = 0; i < people.size(); ++i) {
        if (people.at(i).participant)
            authors.append(i);
    }
    const auto mention = [&](QString &text, Core::PiiSpans &gold, int who, const QString &language) {
        const Person &person = people.at(who);
        QString pattern = m_random.pick(phrasesOf(language).templates);
        // A name in another language's sentence: a Latin name against Han, a Greek one in English.
        const qsizetype slot = pattern.indexOf(u"%1"_s);
        text += pattern.left(slot);
        const int begin = int(text.size());
        text += m_random.pick(person.forms);
        PiiSpan span{begin, int(text.size()), PiiType::Person, QString()};
        span.identity = who;
        gold.append(span);
        text += pattern.mid(slot + 2);
    };
    for (int m = 0; m < messages; ++m) {
        const int writer = authors.at(int(m_random.below(quint64(authors.size()))));
        const QString language = m_random.below(10) < 7 ? people.at(writer).language : m_random.pick(phrases()).language;
        QString text;
        Core::PiiSpans gold;
        const std::uint64_t kind = m_random.below(100);
        if (!people.at(writer).introduction.isEmpty()) {
            // The first message of an unsaved number: who they are. Until then nobody can know the name.
            const QString pattern = m_random.pick(introductions());
            const qsizetype slot = pattern.indexOf(u"%1"_s);
            text = pattern.left(slot);
            PiiSpan span{int(text.size()), int(text.size() + people.at(writer).introduction.size()), PiiType::Person,
                         QString()};
            span.identity = writer;
            gold.append(span);
            text += people.at(writer).introduction + pattern.mid(slot + 2);
            people[writer].introduction.clear();
        } else if (kind < 55) {
            mention(text, gold, int(m_random.below(quint64(people.size()))), language);
            if (m_random.below(5) == 0) {
                text += m_random.pick(QStringList{u" "_s, u"\n"_s, u", "_s});
                mention(text, gold, int(m_random.below(quint64(people.size()))), language);
            }
        } else if (kind < 65) {
            text = m_random.pick(chatter());
        } else if (kind < 72) {
            text = m_random.pick(wordsThatAreNames());
        } else {
            // PII and hard negatives of every type, sometimes after a name.
            if (m_random.below(3) == 0) {
                mention(text, gold, int(m_random.below(quint64(people.size()))), language);
                text += u' ';
            }
            const PiiSample sample = m_pii.next();
            for (PiiSpan span : sample.gold) {
                span.begin += int(text.size());
                span.end += int(text.size());
                gold.append(span);
            }
            text += sample.text;
            for (const QString &region : sample.regions) {
                if (!chat.phoneRegions.contains(region))
                    chat.phoneRegions.append(region);
            }
        }
        add(people.at(writer).author, text, gold, language);
    }

    // As Android writes it: "01/03/2024, 09:07 - Author: text", system lines without an author.
    for (const Core::Message &message : rows) {
        const QDateTime time = message.timestamp.toQDateTime();
        QString line = time.toString(u"dd/MM/yyyy, HH:mm - "_s);
        if (message.kind == Core::MessageKind::Text)
            line += message.author + u": "_s;
        chat.exportBytes += (line + message.text + u'\n').toUtf8();
    }
    return chat;
}

} // namespace Finetuner::Bench
