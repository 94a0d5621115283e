// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "identitysources.h"

#include <core/anonymize/textchars.h>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <QRegularExpression>

namespace Finetuner::Core::IdentitySources {

using namespace Qt::StringLiterals;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

constexpr char16_t FirstStrongIsolate = 0x2068;
constexpr char16_t PopDirectionalIsolate = 0x2069;

/// Direction marks, isolates and embeddings that phones put around names and numbers.
bool isInvisibleMark(char16_t c)
{
    return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || c == 0xFEFF;
}

QString withoutInvisibleMarks(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (!isInvisibleMark(c.unicode()))
            result.append(c);
    }
    return result;
}

bool isSpaceLike(QChar c)
{
    return c.isSpace() || c.unicode() == 0x202F || c.unicode() == 0x00A0 || c.category() == QChar::Separator_Space;
}

QString trimmedSpaces(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpaceLike(text[begin]))
        ++begin;
    while (end > begin && isSpaceLike(text[end - 1]))
        --end;
    return text.mid(begin, end - begin);
}

/// "~ Ana" (with a space, U+00A0 or U+202F after the tilde) as "Ana"; other names as they are.
QString withoutPushPrefix(const QString &name)
{
    return name.startsWith(u'~') ? trimmedSpaces(name.mid(1)) : name;
}

bool isTitle(const QString &word)
{
    static const QStringList titles = {u"dr"_s,   u"mr"_s,   u"mrs"_s,  u"ms"_s,  u"miss"_s, u"prof"_s, u"sr"_s,
                                       u"sra"_s,  u"srta"_s, u"jr"_s,   u"herr"_s, u"frau"_s, u"mme"_s,  u"mlle"_s,
                                       u"dra"_s,  u"dott"_s, u"don"_s,  u"doña"_s, u"sir"_s};
    QString bare = word.toCaseFolded();
    if (bare.endsWith(u'.'))
        bare.chop(1);
    return titles.contains(bare);
}

bool hasLetter(const QString &word)
{
    return std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); });
}

/// A word with what is not part of a name cut from both ends: emoji, quotes, brackets, punctuation. Inner
/// apostrophes and hyphens stay ("O'Brien", "Jean-Luc").
QString nameCore(const QString &word)
{
    qsizetype begin = 0;
    qsizetype end = word.size();
    // A name starts with a letter or digit and ends with one or with a combining mark ("José" decomposed), never
    // with an emoji's variation selector (U+FE0F, a mark too) or joiner.
    const auto startsName = [](char32_t c) { return QChar::isLetterOrNumber(c); };
    const auto endsName = [](char32_t c) {
        const bool emojiPart = (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) || c == 0x200D;
        return TextChars::isWordCodePoint(c) && c != U'_' && !emojiPart;
    };
    while (begin < end && !startsName(TextChars::codePointAt(word, begin)))
        begin += TextChars::codePointAt(word, begin) > 0xFFFF ? 2 : 1;
    while (end > begin && !endsName(TextChars::codePointBefore(word, end)))
        end -= TextChars::codePointBefore(word, end) > 0xFFFF ? 2 : 1;
    return word.mid(begin, end - begin);
}

int codePointCount(const QString &text)
{
    return int(text.toUcs4().size());
}

void appendUnique(QStringList &list, const QString &value)
{
    if (value.isEmpty())
        return;
    for (const QString &known : std::as_const(list)) {
        if (known.compare(value, Qt::CaseInsensitive) == 0)
            return;
    }
    list.append(value);
}

void appendMentions(QStringList &aliases, const QString &name)
{
    appendUnique(aliases, u'@' + name);
    appendUnique(aliases, u"@"_s + QChar(FirstStrongIsolate) + name + QChar(PopDirectionalIsolate));
}

const QStringList &youWords()
{
    static const QStringList words = {u"you"_s, u"tú"_s, u"usted"_s, u"du"_s, u"sie"_s, u"vous"_s, u"você"_s,
                                      u"te"_s, u"dich"_s, u"vos"_s, u"ti"_s};
    return words;
}

QStringList splitNameList(const QString &list)
{
    static const QRegularExpression separators(u"\\s*,\\s*|\\s+(?:and|y|e|und|et)\\s+"_s);
    QStringList names;
    for (const QString &part : list.split(separators, Qt::SkipEmptyParts)) {
        const QString name = trimmedSpaces(part);
        if (!name.isEmpty() && !youWords().contains(name.toCaseFolded()))
            names.append(name);
    }
    return names;
}

} // namespace

QString phoneOfName(const QString &name)
{
    const QString bare = trimmedSpaces(withoutInvisibleMarks(name));
    if (!bare.startsWith(u'+') || bare.size() < 8)
        return {};
    // Only digits and the punctuation phones format numbers with: "+44 7700 900123", "+1 (555) 010-9999".
    for (const QChar c : bare) {
        if (!c.isDigit() && !isSpaceLike(c) && !QStringView(u"+-().").contains(c))
            return {};
    }
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse(bare.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR
        || !util.IsPossibleNumber(number))
        return {};
    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

QString regionOfPhone(const QString &e164)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    std::string region;
    util.GetRegionCodeForNumber(number, &region);
    // A number no region's plan knows (a reserved range) still says its country by its calling code.
    if (region == "ZZ" || region.empty())
        util.GetRegionCodeForCountryCode(number.country_code(), &region);
    return region == "ZZ" ? QString() : QString::fromStdString(region);
}

QStringList aliasesOfName(const QString &written)
{
    QStringList aliases;
    const QString name = trimmedSpaces(withoutInvisibleMarks(written));
    if (name.isEmpty())
        return aliases;
    appendUnique(aliases, name);

    const QString e164 = phoneOfName(name);
    if (!e164.isEmpty()) {
        const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
        PhoneNumber number;
        util.Parse(e164.toStdString(), "ZZ", &number);
        std::string national;
        util.Format(number, PhoneNumberUtil::NATIONAL, &national);
        std::string international;
        util.Format(number, PhoneNumberUtil::INTERNATIONAL, &international);
        appendUnique(aliases, QString::fromStdString(international));
        appendUnique(aliases, e164);
        appendUnique(aliases, u'@' + e164.mid(1));
        appendUnique(aliases, e164.mid(1));
        appendUnique(aliases, QString::fromStdString(national));
        return aliases;
    }

    const QString bare = withoutPushPrefix(name);
    appendUnique(aliases, bare);
    appendMentions(aliases, bare);
    // Words of the name, without what is in brackets ("Ana (work)", "Ben [gym]": nobody calls Ana "work").
    static const QRegularExpression bracketed(u"\\([^)]*\\)|\\[[^\\]]*\\]"_s);
    QString unbracketed = bare;
    unbracketed.replace(bracketed, u" "_s);
    QStringList words;
    QString current;
    for (const QChar c : std::as_const(unbracketed)) {
        if (isSpaceLike(c)) {
            words.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    words.append(current);
    QStringList parts;
    for (const QString &word : std::as_const(words)) {
        const QString core = nameCore(word);
        if (core.isEmpty() || isTitle(word) || isTitle(core))
            continue;
        parts.append(core);
    }
    // A double name is also called by its first half and written without the hyphen: "Jean" and "JeanLuc" for
    // "Jean-Luc", "Jaewon" for "Jae-won". The second half alone is as often a word ("won", "Luc") as a name.
    QStringList doubleNameForms;
    for (const QString &part : std::as_const(parts)) {
        if (!part.contains(u'-'))
            continue;
        doubleNameForms.append(nameCore(part.section(u'-', 0, 0)));
        doubleNameForms.append(QString(part).remove(u'-'));
    }
    // The name as people type it: without emoji and brackets ("Mum ❤️" is "Mum", "Ana (work)" is "Ana").
    const QString cleaned = parts.join(u' ');
    if (!cleaned.isEmpty() && cleaned.compare(bare, Qt::CaseInsensitive) != 0) {
        appendUnique(aliases, cleaned);
        appendMentions(aliases, cleaned);
    }
    if (parts.size() > 1 || cleaned.compare(bare, Qt::CaseInsensitive) != 0) {
        for (const QString &part : std::as_const(parts)) {
            if (codePointCount(part) >= 2 && hasLetter(part))
                appendUnique(aliases, part);
        }
    }
    for (const QString &form : std::as_const(doubleNameForms)) {
        if (codePointCount(form) >= 2 && hasLetter(form))
            appendUnique(aliases, form);
    }
    return aliases;
}

QString introducedName(const QString &text)
{
    // A name: a capital (or a letter of a script without case) and letters, and a second such word at most.
    static const QString Word = uR"([\p{Lu}\p{Lo}][\p{L}\p{M}'’-]*)"_s;
    static const QString Name = u"(?<name>"_s + Word + u"(?:[ \\x{00A0}]"_s + Word + u")?)"_s;
    static const QRegularExpression here(u"(?:^|[\\s,.!¡¿(])"_s + Name + u"\\s+(?:here|aquí|hier|ici|aqui)\\b"_s,
                                         QRegularExpression::UseUnicodePropertiesOption
                                             | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression phrase(
        u"(?:^|[\\s,.!¡¿(])(?:i'm|i’m|i am|this is|it's|it’s|my name is|soy|me llamo|ich bin|hier ist|ich heiße|"
        "je suis|c'est|c’est|je m'appelle|je m’appelle|eu sou|sou a|sou o|aqui é a|aqui é o|aqui é|me chamo)\\s+"_s
            + Name,
        QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption);
    // Capitalised words around such a name that are not names: greetings, "I'm", "Here", "Sorry".
    static const QStringList notNames = {
        u"here"_s, u"back"_s, u"home"_s, u"ok"_s,    u"okay"_s,  u"sorry"_s, u"fine"_s,  u"good"_s,  u"late"_s,
        u"not"_s,  u"so"_s,   u"sure"_s, u"done"_s,  u"ready"_s, u"going"_s, u"coming"_s, u"on"_s,   u"in"_s,
        u"out"_s,  u"the"_s,  u"a"_s,    u"an"_s,    u"just"_s,  u"also"_s,  u"still"_s, u"very"_s,  u"really"_s,
        u"glad"_s, u"happy"_s, u"tired"_s, u"busy"_s, u"free"_s, u"new"_s,   u"yo"_s,    u"ich"_s,   u"je"_s,
        u"eu"_s,   u"la"_s,   u"el"_s,   u"le"_s,    u"der"_s,   u"die"_s,   u"das"_s,   u"muy"_s,   u"très"_s,
        u"i"_s,    u"i'm"_s,  u"i’m"_s,  u"hi"_s,    u"hello"_s, u"hey"_s,   u"hola"_s,  u"hallo"_s, u"salut"_s,
        u"oi"_s,   u"olá"_s,  u"everyone"_s, u"all"_s, u"guys"_s,
    };
    // The first lines are where people say who they are: reading a whole long message costs for nothing.
    const QString head = text.left(200);
    for (const QRegularExpression *pattern : {&phrase, &here}) {
        const QRegularExpressionMatch match = pattern->match(head);
        if (!match.hasMatch())
            continue;
        // "Hi Priya here", "I'm Priya Here": words around the name that are not names go.
        QStringList words = match.captured(u"name"_s).split(QRegularExpression(u"[ \\x{00A0}]"_s));
        while (!words.isEmpty() && notNames.contains(words.constFirst().toLower()))
            words.removeFirst();
        while (!words.isEmpty() && notNames.contains(words.constLast().toLower()))
            words.removeLast();
        if (!words.isEmpty())
            return words.join(u' ');
    }
    return {};
}

QStringList namesInSystemLine(const QString &written)
{
    const QString text = trimmedSpaces(withoutInvisibleMarks(written));
    struct Rule
    {
        QRegularExpression pattern;
        bool listInSecond; // group 2 is a list of names ("Ben, Carla and Dev")
    };
    static const QList<Rule> rules = [] {
        const auto rule = [](const char16_t *pattern, bool list) {
            return Rule{QRegularExpression(QString::fromUtf16(pattern),
                                           QRegularExpression::UseUnicodePropertiesOption),
                        list};
        };
        return QList<Rule>{
            rule(u"^(.+?) added (.+)$", true),
            rule(u"^(.+?) removed (.+)$", true),
            rule(u"^(.+?) (?:left|joined|joined using this group's invite link|joined from the community)$", false),
            rule(u"^(.+?) (?:created (?:group|the group|this group)|changed (?:the subject|this group's|the group|"
                 "their phone number|the settings|the group description)|deleted this group's|pinned a message|"
                 "started a call|reset this group's).*$",
                 false),
            rule(u"^(.+?) was (?:added|removed)$", false),
            // Spanish
            rule(u"^(.+?) (?:añadió|agregó|eliminó|expulsó) a (.+)$", true),
            rule(u"^(.+?) (?:salió del grupo|se unió usando el enlace de invitación de este grupo|se unió|"
                 "creó el grupo|cambió (?:el asunto|el nombre|la descripción|su número|el ícono|la imagen)).*$",
                 false),
            // German
            rule(u"^(.+?) hat (.+) (?:hinzugefügt|entfernt)$", true),
            rule(u"^(.+?) (?:hat die Gruppe verlassen|ist über den Einladungslink dieser Gruppe beigetreten|"
                 "ist beigetreten|hat die Gruppe .* erstellt|hat den Betreff|hat die Gruppenbeschreibung|"
                 "hat (?:seine|ihre) Telefonnummer).*$",
                 false),
            // French
            rule(u"^(.+?) a (?:ajouté|retiré) (.+)$", true),
            rule(u"^(.+?) (?:est parti(?:e)?|a quitté le groupe|a rejoint.*|a créé le groupe.*|a modifié.*)$",
                 false),
            // Portuguese
            rule(u"^(.+?) (?:adicionou|removeu) (.+)$", true),
            rule(u"^(.+?) (?:saiu|entrou usando o link de convite deste grupo|entrou|criou o grupo.*|"
                 "mudou (?:o assunto|a descrição|o nome|a imagem|seu número).*)$",
                 false),
        };
    }();
    QStringList names;
    for (const Rule &rule : rules) {
        const QRegularExpressionMatch match = rule.pattern.match(text);
        if (!match.hasMatch())
            continue;
        for (const QString &name : splitNameList(match.captured(1)))
            appendUnique(names, name);
        if (rule.listInSecond) {
            for (const QString &name : splitNameList(match.captured(2)))
                appendUnique(names, name);
        }
        break;
    }
    return names;
}

std::optional<std::pair<QString, QString>> samePersonInSystemLine(const QString &written)
{
    const QString text = trimmedSpaces(withoutInvisibleMarks(written));
    static const QRegularExpression changedTo(u"^(.+?) (?:changed to|cambió a|hat zu|a changé pour|mudou para) "
                                              "(.+?)(?: gewechselt)?$"_s);
    const QRegularExpressionMatch match = changedTo.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return std::make_pair(trimmedSpaces(match.captured(1)), trimmedSpaces(match.captured(2)));
}

QString vcardName(const QString &written)
{
    const QString text = withoutInvisibleMarks(written);
    static const QRegularExpression vcard(u"(?:^|<attached: (?:\\d+-)?)([^<>\\n]+?)\\.vcf\\b"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = vcard.match(text);
    if (!match.hasMatch())
        return {};
    QString name = trimmedSpaces(match.captured(1));
    // iOS numbers attachments: "00000012-Bruce Wayne.vcf".
    static const QRegularExpression counter(u"^\\d{8}-"_s);
    name.remove(counter);
    return name;
}

} // namespace Finetuner::Core::IdentitySources
