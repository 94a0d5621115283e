// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <core/dataset/seedconverter.h>
#include <core/import/whatsappimporter.h>
#include <testutils.h>

#include <QBuffer>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Finetuner;
using Core::MessageKind;

namespace {

std::optional<Core::Conversation> parseChat(const QByteArray &text, const QString &path = u"chat.txt"_s)
{
    Core::Result<Core::Conversation> result = Core::WhatsAppImporter().parse(text, path, {});
    return std::move(result.value);
}

QStringList prompts(const QList<Core::PromptCompletion> &examples)
{
    QStringList list;
    for (const Core::PromptCompletion &example : examples)
        list.append(example.prompt);
    return list;
}

bool allCompletionsEmpty(const QList<Core::PromptCompletion> &examples)
{
    return std::all_of(examples.cbegin(), examples.cend(),
                       [](const Core::PromptCompletion &example) { return example.completion.isEmpty(); });
}

QByteArray toJsonl(const QList<Core::PromptCompletion> &examples, bool *ok)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    *ok = Core::writePromptCompletionJsonl(examples, buffer);
    return buffer.data();
}

Core::SeedConvertOptions options(const QString &user, const QStringList &remove = {}, bool includeUser = false)
{
    Core::SeedConvertOptions result;
    result.user = user;
    result.remove = remove;
    result.includeUser = includeUser;
    return result;
}

// An Android group chat: system lines, media, deleted messages, an edited one, and two other writers.
const QByteArray AndroidChat = "20/05/2022, 18:00 - Messages and calls are end-to-end encrypted. No one outside of "
                               "this chat, not even WhatsApp, can read or listen to them.\n"
                               "20/05/2022, 18:00 - Ana created group \"Gotham\"\n"
                               "20/05/2022, 18:01 - Ana added Selina Kyle\n"
                               "20/05/2022, 18:02 - Selina Kyle: Hello\n"
                               "20/05/2022, 18:03 - Ana: Hi Selina Kyle\n"
                               "20/05/2022, 18:04 - Selina Kyle: <Media omitted>\n"
                               "20/05/2022, 18:05 - Selina Kyle: IMG-20220520-WA0001.jpg (file attached)\n"
                               "the necklace\n"
                               "20/05/2022, 18:06 - Selina Kyle: This message was deleted\n"
                               "20/05/2022, 18:07 - Selina Kyle: You deleted this message\n"
                               "20/05/2022, 18:08 - Bruce Wayne: Who is this?\n"
                               "20/05/2022, 18:09 - Selina Kyle: Selina Kyle changed the subject? No.\n"
                               "20/05/2022, 18:10 - Selina Kyle: Bye <This message was edited>\n"
                               "20/05/2022, 18:11 - Selina Kyle left\n"_ba;

} // namespace

class tst_SeedConverter : public QObject
{
    Q_OBJECT
private slots:
    void seedExamples_takesOnlyTheUsersTextMessages();
    void seedExamples_removesNamesAsPythonReplaceDoes_data();
    void seedExamples_removesNamesAsPythonReplaceDoes();
    void seedExamples_includeUserWritesTheName_data();
    void seedExamples_includeUserWritesTheName();
    void seedExamples_keepsLineBreaksOfMultiLineMessages();
    void seedExamples_givesNothingForSomeoneWhoDidNotWrite_data();
    void seedExamples_givesNothingForSomeoneWhoDidNotWrite();
    void writePromptCompletionJsonl_writesAsPythonDumps();
    void writePromptCompletionJsonl_reportsARefusedWrite();
    void convertsTheSeedExampleByteForByte_data();
    void convertsTheSeedExampleByteForByte();
};

void tst_SeedConverter::seedExamples_takesOnlyTheUsersTextMessages()
{
    const std::optional<Core::Conversation> chat = parseChat(AndroidChat);
    QVERIFY(chat);
    // What the importer made of it, so that a failure below is about the converter.
    QCOMPARE(chat->size(), 13);
    QCOMPARE(chat->kind(0), MessageKind::System);
    QCOMPARE(chat->kind(2), MessageKind::System);
    QCOMPARE(chat->kind(5), MessageKind::Media);
    QCOMPARE(chat->kind(6), MessageKind::Media);
    QCOMPARE(chat->author(6), u"Selina Kyle"_s);
    QCOMPARE(chat->kind(7), MessageKind::Deleted);
    QCOMPARE(chat->kind(8), MessageKind::Deleted);
    QCOMPARE(chat->kind(10), MessageKind::Text);
    QCOMPARE(chat->kind(11), MessageKind::Text);
    QVERIFY(chat->isEdited(11));
    QCOMPARE(chat->kind(12), MessageKind::System);

    const QList<Core::PromptCompletion> examples = Core::seedExamples(*chat, options(u"Selina Kyle"_s));
    QCOMPARE(prompts(examples), (QStringList{u"2022-05-20T18:02:00 - Hello"_s,
                                             u"2022-05-20T18:09:00 - Selina Kyle changed the subject? No."_s,
                                             u"2022-05-20T18:10:00 - Bye"_s}));
    QVERIFY(allCompletionsEmpty(examples));

    QCOMPARE(prompts(Core::seedExamples(*chat, options(u"Ana"_s))), QStringList{u"2022-05-20T18:03:00 - Hi Selina Kyle"_s});
    QCOMPARE(prompts(Core::seedExamples(*chat, options(u"Bruce Wayne"_s))),
             QStringList{u"2022-05-20T18:08:00 - Who is this?"_s});
}

void tst_SeedConverter::seedExamples_removesNamesAsPythonReplaceDoes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("remove");
    QTest::addColumn<QString>("expected");

    // Each expected value is what Python's `for name in remove: text = text.replace(name, '')` gives.
    QTest::newRow("every occurrence") << u"Bruce Wayne? Bruce Wayne!"_s << QStringList{u"Bruce Wayne"_s}
                                      << u"? !"_s;
    QTest::newRow("case-sensitive") << u"bruce wayne, BRUCE WAYNE, Bruce Wayne."_s
                                    << QStringList{u"Bruce Wayne"_s} << u"bruce wayne, BRUCE WAYNE, ."_s;
    QTest::newRow("inside words too") << u"Brucey met Bruce"_s << QStringList{u"Bruce"_s} << u"y met "_s;
    QTest::newRow("several names") << u"Bruce met Alfred and Lucius, then Alfred left"_s
                                   << QStringList{u"Bruce"_s, u"Alfred"_s, u"Lucius"_s} << u" met  and , then  left"_s;
    QTest::newRow("in the given order: short name first") << u"Bruce Wayne"_s
                                                          << QStringList{u"Bruce"_s, u"Bruce Wayne"_s} << u" Wayne"_s;
    QTest::newRow("in the given order: long name first") << u"Bruce Wayne"_s
                                                         << QStringList{u"Bruce Wayne"_s, u"Bruce"_s} << QString();
    QTest::newRow("left to right, not overlapping") << u"aaaaa"_s << QStringList{u"aa"_s} << u"a"_s;
    QTest::newRow("one pass: no new match from the removal") << u"BruBruce Waynece Wayne"_s
                                                             << QStringList{u"Bruce Wayne"_s} << u"Bruce Wayne"_s;
    QTest::newRow("a later name matches what an earlier one left") << u"AlBrucefred"_s
                                                                   << QStringList{u"Bruce"_s, u"Alfred"_s} << QString();
    QTest::newRow("non-ASCII name") << u"Zoë and zoë and Zoe"_s << QStringList{u"Zoë"_s} << u" and zoë and Zoe"_s;
    QTest::newRow("non-BMP name") << u"a😀b😀"_s << QStringList{u"😀"_s} << u"ab"_s;
    QTest::newRow("empty name changes nothing") << u"Bruce"_s << QStringList{QString()} << u"Bruce"_s;
    QTest::newRow("no names") << u"Bruce"_s << QStringList{} << u"Bruce"_s;
    QTest::newRow("name absent") << u"Nobody here"_s << QStringList{u"Bruce"_s} << u"Nobody here"_s;
}

void tst_SeedConverter::seedExamples_removesNamesAsPythonReplaceDoes()
{
    QFETCH(QString, text);
    QFETCH(QStringList, remove);
    QFETCH(QString, expected);

    const QByteArray chatText = "[27/07/2012, 21:01:40] Bruce Wayne: Hello\n[27/07/2012, 21:01:54] Selina Kyle: "_ba
        + text.toUtf8() + '\n';
    const std::optional<Core::Conversation> chat = parseChat(chatText);
    QVERIFY(chat);
    QCOMPARE(chat->text(1), text);

    const QList<Core::PromptCompletion> examples = Core::seedExamples(*chat, options(u"Selina Kyle"_s, remove));
    QCOMPARE(prompts(examples), QStringList{u"2012-07-27T21:01:54 - "_s + expected});
}

void tst_SeedConverter::seedExamples_includeUserWritesTheName_data()
{
    QTest::addColumn<bool>("includeUser");
    QTest::addColumn<QStringList>("remove");
    QTest::addColumn<QString>("expected");

    QTest::newRow("without the name") << false << QStringList{}
                                      << u"2012-07-27T21:01:54 - You were supposed to be a shut-in, Selina Kyle."_s;
    QTest::newRow("with the name") << true << QStringList{}
                                   << u"2012-07-27T21:01:54 - Selina Kyle: You were supposed to be a shut-in, Selina Kyle."_s;
    // --remove applies to the text: the name in front is the option's, not the text's.
    QTest::newRow("with the name, the name removed from the text")
        << true << QStringList{u"Selina Kyle"_s} << u"2012-07-27T21:01:54 - Selina Kyle: You were supposed to be a shut-in, ."_s;
}

void tst_SeedConverter::seedExamples_includeUserWritesTheName()
{
    QFETCH(bool, includeUser);
    QFETCH(QStringList, remove);
    QFETCH(QString, expected);

    const std::optional<Core::Conversation> chat =
        parseChat("[27/07/2012, 21:01:54] Selina Kyle: You were supposed to be a shut-in, Selina Kyle.\n"_ba);
    QVERIFY(chat);
    const QList<Core::PromptCompletion> examples =
        Core::seedExamples(*chat, options(u"Selina Kyle"_s, remove, includeUser));
    QCOMPARE(prompts(examples), QStringList{expected});
    QVERIFY(allCompletionsEmpty(examples));
}

void tst_SeedConverter::seedExamples_keepsLineBreaksOfMultiLineMessages()
{
    const std::optional<Core::Conversation> chat = parseChat("[27/07/2012, 21:01:54] Selina Kyle: first line\r\n"
                                                             "second line\r\n"
                                                             "\r\n"
                                                             "\tfourth, after an empty one\r\n"
                                                             "[27/07/2012, 21:02:03] Selina Kyle: next\r\n"_ba);
    QVERIFY(chat);
    const QList<Core::PromptCompletion> examples = Core::seedExamples(*chat, options(u"Selina Kyle"_s, {}, true));
    QCOMPARE(prompts(examples),
             (QStringList{u"2012-07-27T21:01:54 - Selina Kyle: first line\nsecond line\n\n\tfourth, after an empty one"_s,
                          u"2012-07-27T21:02:03 - Selina Kyle: next"_s}));

    bool ok = false;
    const QByteArray jsonl = toJsonl(examples, &ok);
    QVERIFY(ok);
    QCOMPARE(TestUtils::jsonLines(jsonl),
             (QByteArrayList{R"({"prompt": "2012-07-27T21:01:54 - Selina Kyle: first line\nsecond line\n\n\tfourth, after an empty one", "completion": ""})"_ba,
                             R"({"prompt": "2012-07-27T21:02:03 - Selina Kyle: next", "completion": ""})"_ba}));
    QVERIFY(jsonl.endsWith('\n'));
}

void tst_SeedConverter::seedExamples_givesNothingForSomeoneWhoDidNotWrite_data()
{
    QTest::addColumn<QString>("user");

    QTest::newRow("a stranger") << u"Harvey Dent"_s;
    QTest::newRow("another case") << u"selina kyle"_s;
    QTest::newRow("part of a name") << u"Selina"_s;
    QTest::newRow("trailing space") << u"Selina Kyle "_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("named only in system lines") << u"Ana"_s;
}

void tst_SeedConverter::seedExamples_givesNothingForSomeoneWhoDidNotWrite()
{
    QFETCH(QString, user);

    // iOS: a body WhatsApp led with U+200E is a system line, and the name before it is no participant.
    const std::optional<Core::Conversation> chat = parseChat("[27/07/2012, 21:01:00] Ana: \u200EAna added Selina Kyle\n"
                                                             "[27/07/2012, 21:01:54] Selina Kyle: Hello\n"_ba);
    QVERIFY(chat);
    QCOMPARE(chat->kind(0), MessageKind::System);
    QCOMPARE(chat->participants(), QStringList{u"Selina Kyle"_s});

    const QList<Core::PromptCompletion> examples = Core::seedExamples(*chat, options(user, {u"Selina"_s}, true));
    QVERIFY(examples.isEmpty());
    bool ok = false;
    QCOMPARE(toJsonl(examples, &ok), QByteArray());
    QVERIFY(ok);
}

void tst_SeedConverter::writePromptCompletionJsonl_writesAsPythonDumps()
{
    const QList<Core::PromptCompletion> examples = {
        {u"2012-07-27T21:01:54 - say \"hi\" \\ bye"_s, u" named_entities=Ibiza\ntime=2012-07-27T21:02:56\nEND"_s},
        {u"2012-07-27T21:02:00 - Zoë 👩‍🍳 \u0001\u001f\u007f /"_s, QString()},
    };
    bool ok = false;
    const QByteArray jsonl = toJsonl(examples, &ok);
    QVERIFY(ok);
    const QByteArrayList lines = TestUtils::jsonLines(jsonl);
    QCOMPARE(lines,
             (QByteArrayList{
                 R"({"prompt": "2012-07-27T21:01:54 - say \"hi\" \\ bye", "completion": " named_entities=Ibiza\ntime=2012-07-27T21:02:56\nEND"})"_ba,
                 u"{\"prompt\": \"2012-07-27T21:02:00 - Zoë 👩‍🍳 \\u0001\\u001f\u007f /\", \"completion\": \"\"}"_s.toUtf8()}));

    // An independent parser reads back the same strings under the same keys, in this order.
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto object = nlohmann::ordered_json::parse(lines.at(i).toStdString());
        QCOMPARE(object.size(), size_t(2));
        QCOMPARE(object.begin().key(), std::string("prompt"));
        QCOMPARE(QString::fromStdString(object.at("prompt").get<std::string>()), examples.at(i).prompt);
        QCOMPARE(QString::fromStdString(object.at("completion").get<std::string>()), examples.at(i).completion);
    }
}

void tst_SeedConverter::writePromptCompletionJsonl_reportsARefusedWrite()
{
    QBuffer readOnly;
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QVERIFY(!Core::writePromptCompletionJsonl({{u"p"_s, QString()}}, readOnly));
}

void tst_SeedConverter::convertsTheSeedExampleByteForByte_data()
{
    QTest::addColumn<bool>("includeUser");
    QTest::addColumn<QString>("golden");

    QTest::newRow("TIMESTAMP - TEXT") << false << u"golden/seed-selina.convert.jsonl"_s;
    QTest::newRow("TIMESTAMP - AUTHOR: TEXT") << true << u"golden/seed-selina.convert-include-user.jsonl"_s;
}

void tst_SeedConverter::convertsTheSeedExampleByteForByte()
{
    QFETCH(bool, includeUser);
    QFETCH(QString, golden);

    const QString path = TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s);
    const std::optional<Core::Conversation> chat = parseChat(TestUtils::readFile(path), path);
    QVERIFY(chat);
    const QList<Core::PromptCompletion> examples =
        Core::seedExamples(*chat, options(u"Selina Kyle"_s, {u"Bruce Wayne"_s}, includeUser));
    bool ok = false;
    const QByteArray actual = toJsonl(examples, &ok);
    QVERIFY(ok);
    const QByteArray expected = TestUtils::readFile(TestUtils::dataPath(golden));

    QByteArray report;
    QVERIFY2(TestUtils::compareLines(TestUtils::jsonLines(actual), TestUtils::jsonLines(expected), &report),
             report.constData());
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(tst_SeedConverter)
#include "tst_seedconverter.moc"
