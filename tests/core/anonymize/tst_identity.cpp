// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Identities: the aliases a name gives, the people system lines and vCards name, the map's edits and its JSON;
// and the term matcher that finds aliases at Unicode word boundaries.

#include <core/anonymize/identity.h>
#include <core/anonymize/identitysources.h>
#include <core/anonymize/surrogatenames.h>
#include <core/anonymize/termmatcher.h>
#include <core/dataset/examplebuilder.h>
#include <core/import/importerregistry.h>
#include <core/import/whatsappimporter.h>
#include <core/project/project.h>
#include <testutils.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Finetuner::Core;

namespace {
const QString Lri = QString(QChar(0x2068));
const QString Pdi = QString(QChar(0x2069));

Project clubProject()
{
    auto result = importFile(TestUtils::dataPath(u"anonymize/club.txt"_s));
    if (!result.ok())
        qFatal("club fixture did not parse");
    return Project(*result.value);
}

int rowWithText(const Project &project, const QString &text)
{
    for (int row = 0; row < project.rowCount(); ++row) {
        if (project.conversation().text(row).contains(text))
            return row;
    }
    qFatal("no row with that text");
}

int identityNamed(const IdentityMap &map, const QString &name)
{
    for (int i = 0; i < map.size(); ++i) {
        if (map.at(i).hasAlias(name))
            return i;
    }
    return -1;
}
} // namespace

class tst_Identity : public QObject
{
    Q_OBJECT
private slots:
    void aliasesOfName_data();
    void aliasesOfName();
    void aliasesLeaveOutWhatIsNotAName();
    void namesInSystemLines_data();
    void namesInSystemLines();
    void introducedNames_data();
    void introducedNames();
    void numberChanges();
    void vcardNames_data();
    void vcardNames();
    void identitiesFromAConversation();
    void exportedTextUsesEveryAlias();
    void mergeSplitAndAliases();
    void pseudonymsChosenAndStyled();
    void surrogatesAreNobodysAlias();
    void jsonRoundTripAndDamage();
    void termMatcherBoundaries_data();
    void termMatcherBoundaries();
};

void tst_Identity::aliasesOfName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("full name") << u"Bruce Wayne"_s
                               << QStringList{u"Bruce Wayne"_s, u"@Bruce Wayne"_s, u"@"_s + Lri + u"Bruce Wayne"_s + Pdi,
                                              u"Bruce"_s, u"Wayne"_s};
    QTest::newRow("push name") << u"~\u202FKenji"_s
                               << QStringList{u"~\u202FKenji"_s, u"Kenji"_s, u"@Kenji"_s, u"@"_s + Lri + u"Kenji"_s + Pdi};
    QTest::newRow("phone number with marks")
        << u"\u202A+44 7700 900123\u202C"_s
        << QStringList{u"+44 7700 900123"_s, u"+447700900123"_s, u"@447700900123"_s, u"447700900123"_s,
                       u"07700 900123"_s};
    QTest::newRow("emoji") << u"Mum ❤️"_s
                           << QStringList{u"Mum ❤️"_s, u"@Mum ❤️"_s, u"@"_s + Lri + u"Mum ❤️"_s + Pdi, u"Mum"_s,
                                          u"@Mum"_s, u"@"_s + Lri + u"Mum"_s + Pdi};
    QTest::newRow("title and double name")
        << u"Dr. Lee Jae-won"_s
        << QStringList{u"Dr. Lee Jae-won"_s, u"@Dr. Lee Jae-won"_s, u"@"_s + Lri + u"Dr. Lee Jae-won"_s + Pdi,
                       u"Lee Jae-won"_s, u"@Lee Jae-won"_s, u"@"_s + Lri + u"Lee Jae-won"_s + Pdi, u"Lee"_s,
                       u"Jae-won"_s, u"Jae"_s, u"Jaewon"_s};
    QTest::newRow("non-Latin") << u"王芳"_s << QStringList{u"王芳"_s, u"@王芳"_s, u"@"_s + Lri + u"王芳"_s + Pdi};
    QTest::newRow("Cyrillic") << u"Дмитрий Иванов"_s
                              << QStringList{u"Дмитрий Иванов"_s, u"@Дмитрий Иванов"_s,
                                             u"@"_s + Lri + u"Дмитрий Иванов"_s + Pdi, u"Дмитрий"_s, u"Иванов"_s};
}

void tst_Identity::aliasesOfName()
{
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    QCOMPARE(IdentitySources::aliasesOfName(name).join(u" | "_s), expected.join(u" | "_s));
}

void tst_Identity::aliasesLeaveOutWhatIsNotAName()
{
    const QStringList work = IdentitySources::aliasesOfName(u"Ana (work)"_s);
    QVERIFY(work.contains(u"Ana"_s));
    QVERIFY(!work.contains(u"work"_s, Qt::CaseInsensitive));
    const QStringList initial = IdentitySources::aliasesOfName(u"J. R. Tolkien"_s);
    QVERIFY(initial.contains(u"Tolkien"_s));
    QVERIFY(!initial.contains(u"J"_s) && !initial.contains(u"R"_s)); // one letter would replace every "J"
    QVERIFY(IdentitySources::aliasesOfName(u"  "_s).isEmpty());
    QCOMPARE(IdentitySources::phoneOfName(u"+1 (555) 010-9999"_s), u"+15550109999"_s);
    QCOMPARE(IdentitySources::phoneOfName(u"Ana +44"_s), QString());
    QCOMPARE(IdentitySources::phoneOfName(u"+12"_s), QString());
    QCOMPARE(IdentitySources::regionOfPhone(u"+447700900123"_s), u"GB"_s);
    QCOMPARE(IdentitySources::regionOfPhone(u"+34612345678"_s), u"ES"_s);
}

void tst_Identity::namesInSystemLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("added a list") << u"Ana added Ben, Carla and Dev"_s
                                  << QStringList{u"Ana"_s, u"Ben"_s, u"Carla"_s, u"Dev"_s};
    QTest::newRow("added you") << u"Ana Ribeiro added you"_s << QStringList{u"Ana Ribeiro"_s};
    QTest::newRow("left") << u"Dmitri Ivanov left"_s << QStringList{u"Dmitri Ivanov"_s};
    QTest::newRow("removed") << u"Ana removed Ben"_s << QStringList{u"Ana"_s, u"Ben"_s};
    QTest::newRow("invite link") << u"Dev joined using this group's invite link"_s << QStringList{u"Dev"_s};
    QTest::newRow("created") << u"Ana created group \"Running club\""_s << QStringList{u"Ana"_s};
    QTest::newRow("subject") << u"Ana changed the subject from \"a\" to \"b\""_s << QStringList{u"Ana"_s};
    QTest::newRow("iOS marks") << u"\u200EAna added \u202A+44 7700 900123\u202C"_s
                               << QStringList{u"Ana"_s, u"+44 7700 900123"_s};
    QTest::newRow("Spanish") << u"Ana añadió a Ben y Carla"_s << QStringList{u"Ana"_s, u"Ben"_s, u"Carla"_s};
    QTest::newRow("German") << u"Ana hat Ben hinzugefügt"_s << QStringList{u"Ana"_s, u"Ben"_s};
    QTest::newRow("French") << u"Ana a ajouté Ben"_s << QStringList{u"Ana"_s, u"Ben"_s};
    QTest::newRow("Portuguese") << u"Ana adicionou Ben"_s << QStringList{u"Ana"_s, u"Ben"_s};
    QTest::newRow("encryption notice")
        << u"Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read "
           "or listen to them. Tap to learn more."_s
        << QStringList{};
    QTest::newRow("you") << u"You added Ben"_s << QStringList{u"Ben"_s};
}

void tst_Identity::namesInSystemLines()
{
    QFETCH(QString, line);
    QFETCH(QStringList, names);
    QCOMPARE(IdentitySources::namesInSystemLine(line), names);
}

void tst_Identity::numberChanges()
{
    const auto same = IdentitySources::samePersonInSystemLine(u"\u202A+44 7700 900123\u202C changed to \u202A+44 7700 900456\u202C"_s);
    QVERIFY(same);
    QCOMPARE(same->first, u"+44 7700 900123"_s);
    QCOMPARE(same->second, u"+44 7700 900456"_s);
    QVERIFY(!IdentitySources::samePersonInSystemLine(u"Ana changed the subject from \"a\" to \"b\""_s));
}

void tst_Identity::introducedNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::newRow("here") << u"Hi, Priya here 🙋‍♀️ Tom I don't think you have my number saved yet"_s << u"Priya"_s;
    QTest::newRow("here, after a capital greeting") << u"Hi Priya here"_s << u"Priya"_s;
    QTest::newRow("here, after a greeting") << u"Hi all, Priya here. Call me on 07700 900123"_s << u"Priya"_s;
    QTest::newRow("I'm, two words") << u"I'm Priya Sharma, Tom's client"_s << u"Priya Sharma"_s;
    QTest::newRow("this is") << u"this is Ana from the gym"_s << u"Ana"_s;
    QTest::newRow("Spanish") << u"Hola, soy Begoña 😊"_s << u"Begoña"_s;
    QTest::newRow("German") << u"Hallo, ich bin Jürgen"_s << u"Jürgen"_s;
    QTest::newRow("French") << u"Bonjour, je m’appelle Chloé"_s << u"Chloé"_s;
    QTest::newRow("Portuguese") << u"Oi, aqui é a Thaís"_s << u"Thaís"_s;
    QTest::newRow("a script without case") << u"hello, this is 李伟"_s << u"李伟"_s;
    QTest::newRow("a second word that is not a name") << u"I'm Priya Here"_s << u"Priya"_s;
    QTest::newRow("lower case is not a name") << u"I'm tired"_s << QString();
    QTest::newRow("a capital that is not a name") << u"I'm Sorry, I'm Back Home"_s << QString();
    QTest::newRow("nobody") << u"See you there at 9"_s << QString();
}

void tst_Identity::introducedNames()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QCOMPARE(IdentitySources::introducedName(text), name);
}

void tst_Identity::vcardNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::newRow("Android") << u"Dr. Lee Jae-won.vcf (file attached)"_s << u"Dr. Lee Jae-won"_s;
    QTest::newRow("iOS") << u"<attached: 00000012-Bruce Wayne.vcf>"_s << u"Bruce Wayne"_s;
    QTest::newRow("attachment") << u"Bruce Wayne.vcf"_s << u"Bruce Wayne"_s;
    QTest::newRow("a photo") << u"IMG-20240727-WA0003.jpg (file attached)"_s << QString();
}

void tst_Identity::vcardNames()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QCOMPARE(IdentitySources::vcardName(text), name);
}

void tst_Identity::identitiesFromAConversation()
{
    const Project project = clubProject();
    const IdentityMap &map = project.identities();
    // Participants in the order they first write, then the people only named; the two numbers are one person.
    QStringList names;
    QStringList pseudonyms;
    for (const Identity &identity : map.identities()) {
        names.append(identity.name());
        pseudonyms.append(identity.pseudonym);
    }
    QCOMPARE(names, (QStringList{u"Ana Ribeiro"_s, u"Zoë Martín"_s, u"+44 7700 900123"_s, u"~ Kenji"_s,
                                 u"Dmitri Ivanov"_s, u"Dr. Lee Jae-won"_s}));
    QCOMPARE(pseudonyms, (QStringList{u"Person 1"_s, u"Person 2"_s, u"Person 3"_s, u"Person 4"_s, u"Person 5"_s,
                                      u"Person 6"_s}));
    const Conversation &conversation = project.conversation();
    const int oldNumber = conversation.participantId(u"+44 7700 900123"_s);
    const int newNumber = conversation.participantId(u"+44 7700 900456"_s);
    QVERIFY(oldNumber >= 0 && newNumber >= 0);
    QCOMPARE(map.identityOfParticipant(oldNumber), 2);
    QCOMPARE(map.identityOfParticipant(newNumber), 2);
    QCOMPARE(project.pseudonym(newNumber), u"Person 3"_s);
    QVERIFY(map.at(2).hasAlias(u"+447700900456"_s));
    QVERIFY(map.at(4).participants.isEmpty());
    QVERIFY(map.at(5).hasAlias(u"Jae-won"_s));
}

void tst_Identity::exportedTextUsesEveryAlias()
{
    const Project project = clubProject();
    const ExampleBuilder builder(project);
    QCOMPARE(builder.text(rowWithText(project, u"Welcome everyone"_s)),
             u"Welcome everyone! Person 2, Person 5: the first run is on Saturday"_s);
    QCOMPARE(builder.text(rowWithText(project, u"the coach"_s)), u"Thanks Person 1! Is @Person 1 the coach?"_s);
    // The author's own number in national form is the author, whatever its spaces; and so is the name the
    // number's author gives for themselves.
    QCOMPARE(builder.text(rowWithText(project, u"Priya here"_s)),
             u"Hi all, Person 3 here. Call me on Person 3 if I am late"_s);
    QVERIFY(project.identities().at(2).hasAlias(u"Priya"_s));
    QCOMPARE(builder.text(rowWithText(project, u"pace"_s)), u"Person 2’s pace is 5:30, mine too"_s);
    QCOMPARE(builder.text(rowWithText(project, u"physio"_s)), u"That is Person 6, our physio: <EMAIL>"_s);
    const int added = rowWithText(project, u"added Zoë"_s);
    QCOMPARE(builder.text(added), u"Person 1 added Person 2, \u202APerson 3\u202C and Person 5"_s);
    const int author = rowWithText(project, u"same Priya"_s);
    QCOMPARE(builder.author(author), u"Person 3"_s);
}

void tst_Identity::mergeSplitAndAliases()
{
    const Project project = clubProject();
    IdentityMap map = project.identities();
    const IdentityMap original = map;
    const int zoe = identityNamed(map, u"Zoë Martín"_s);
    const int kenji = identityNamed(map, u"Kenji"_s);
    QVERIFY(map.merge(zoe, kenji));
    QCOMPARE(map.size(), original.size() - 1);
    QVERIFY(map.at(zoe).hasAlias(u"kenji"_s));
    QCOMPARE(map.at(zoe).participants.size(), 2);
    QVERIFY(!map.merge(zoe, zoe));
    QVERIFY(!map.merge(zoe, 99));

    const int kenjiParticipant = project.conversation().participantId(u"~ Kenji"_s);
    QVERIFY(kenjiParticipant >= 0);
    const int split = map.split(zoe, kenjiParticipant);
    QCOMPARE(split, map.size() - 1);
    QVERIFY(map.at(split).hasAlias(u"Kenji"_s));
    QVERIFY(!map.at(zoe).hasAlias(u"Kenji"_s));
    QCOMPARE(map.identityOfParticipant(kenjiParticipant), split);
    // The split person gets a pseudonym nobody has.
    for (int i = 0; i < map.size(); ++i) {
        if (i != split)
            QVERIFY(map.at(i).pseudonym != map.at(split).pseudonym);
    }
    QCOMPARE(map.split(zoe, kenjiParticipant), -1); // no longer there
    QCOMPARE(map.split(split, kenjiParticipant), -1); // its only participant

    QVERIFY(map.addAlias(zoe, u"Zo"_s));
    QVERIFY(!map.addAlias(split, u"zo"_s)); // one alias, one person
    QVERIFY(!map.addAlias(zoe, u"   "_s));
    QVERIFY(map.removeAlias(zoe, u"Zo"_s));
    QVERIFY(!map.removeAlias(zoe, u"Zo"_s));
    const int added = map.addIdentity(u"Carla Souza"_s);
    QVERIFY(added >= 0);
    QVERIFY(map.at(added).hasAlias(u"Souza"_s));
    QCOMPARE(map.addIdentity(u"Ana Ribeiro"_s), -1); // known already
}

void tst_Identity::pseudonymsChosenAndStyled()
{
    IdentityMap map = clubProject().identities();
    map.setPseudonym(1, u"  Cat  "_s);
    QCOMPARE(map.at(1).pseudonym, u"Cat"_s);
    QVERIFY(map.at(1).pseudonymChosen);
    map.setStyle(PseudonymStyle::Surrogate);
    QCOMPARE(map.at(1).pseudonym, u"Cat"_s); // chosen stays
    QCOMPARE(map.at(0).pseudonym, surrogateNames().at(0));
    QCOMPARE(map.at(2).pseudonym, surrogateNames().at(1));
    map.setPseudonym(1, QString());
    QVERIFY(!map.at(1).pseudonymChosen);
    QVERIFY(surrogateNames().contains(map.at(1).pseudonym));
    map.setStyle(PseudonymStyle::Numbered);
    QCOMPARE(map.at(0).pseudonym, u"Person 1"_s);
    QCOMPARE(map.at(1).pseudonym, u"Person 2"_s);
}

void tst_Identity::surrogatesAreNobodysAlias()
{
    // A participant called Alex (the first surrogate) must not meet another "Alex" in the export.
    const QByteArray chat = "27/07/2024, 09:02 - Ana Ribeiro: hi Alex\n27/07/2024, 09:03 - Alex Kim: hi Ana\n";
    auto result = WhatsAppImporter().parse(chat, u"alex.txt"_s);
    QVERIFY(result.ok());
    const IdentityMap map = IdentityMap::fromConversation(*result.value, PseudonymStyle::Surrogate);
    QCOMPARE(map.size(), 2);
    for (const Identity &identity : map.identities()) {
        QVERIFY(identity.pseudonym != u"Alex"_s);
        QCOMPARE(identityNamed(map, identity.pseudonym), -1);
    }
}

void tst_Identity::jsonRoundTripAndDamage()
{
    const Project project = clubProject();
    IdentityMap map = project.identities();
    map.setPseudonym(0, u"Coach"_s);
    map.addAlias(1, u"Zo"_s);
    map.setStyle(PseudonymStyle::Surrogate);
    const std::optional<IdentityMap> back = IdentityMap::fromJson(map.toJson(), project.participantCount());
    QVERIFY(back);
    QVERIFY(*back == map);
    QVERIFY(!IdentityMap::fromJson(map.toJson(), 1)); // participants beyond the conversation's
    QVERIFY(!IdentityMap::fromJson("{\"identities\": [{\"pseudonym\": \"A\", \"participants\": [0], \"aliases\": []},"
                                   " {\"pseudonym\": \"B\", \"participants\": [0], \"aliases\": []}]}",
                                   3)); // one participant, two people
    QVERIFY(!IdentityMap::fromJson("[]", 3));
    QVERIFY(!IdentityMap::fromJson("not json", 3));
    QVERIFY(!IdentityMap::fromJson("{\"identities\": [{\"pseudonym\": 3, \"participants\": [], \"aliases\": []}]}", 3));
}

void tst_Identity::termMatcherBoundaries_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("found"); // the matched texts, joined by "|"
    QTest::newRow("any case, possessive") << u"ÅSA's bike"_s << u"ÅSA"_s;
    QTest::newRow("inside a longer word") << u"Åsalind"_s << QString();
    QTest::newRow("combining mark continues the word") << u"Asa\u0301"_s << QString();
    QTest::newRow("longest first") << u"Åsa Lindqvist and Åsa"_s << u"Åsa Lindqvist|Åsa"_s;
    QTest::newRow("CJK needs no spaces") << u"我和张伟说"_s << u"张伟"_s;
    QTest::newRow("Hangul particle") << u"민준이 왔어"_s << u"민준"_s;
    QTest::newRow("non-word edge") << u"call +1 555 now"_s << u"+1 555"_s;
    QTest::newRow("emoji after") << u"Åsa🎉"_s << u"Åsa"_s;
}

void tst_Identity::termMatcherBoundaries()
{
    QFETCH(QString, text);
    QFETCH(QString, found);
    const TermMatcher matcher({u"Åsa"_s, u"Åsa Lindqvist"_s, u"张伟"_s, u"민준"_s, u"+1 555"_s});
    QStringList matched;
    for (const TermMatcher::Match &match : matcher.find(text))
        matched.append(text.mid(match.begin, match.end - match.begin));
    QCOMPARE(matched.join(u'|'), found);
}

QTEST_GUILESS_MAIN(tst_Identity)
#include "tst_identity.moc"
