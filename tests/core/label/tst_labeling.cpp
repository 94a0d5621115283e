// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <core/dataset/examplebuilder.h>
#include <core/import/whatsappimporter.h>
#include <core/label/completiontemplate.h>
#include <core/label/gazetteer.h>
#include <core/project/project.h>
#include <core/project/projectstore.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Finetuner::Core;

namespace {
Project chat(const QByteArray &lines)
{
    auto result = WhatsAppImporter().parse(lines, u"chat.txt"_s);
    if (!result.ok())
        qFatal("fixture did not parse");
    return Project(*result.value);
}

const QByteArray Seed = "[27/07/2012, 21:02:03] Selina Kyle: Why didn't you call the police?\n"
                        "[27/07/2012, 21:02:56] Selina Kyle: His wife's in Ibiza. She left her diamonds behind.\n"
                        "[27/07/2012, 21:03:10] Bruce Wayne: Ibiza, again? Not Ibizan food, I hope.\n";
} // namespace

class tst_Labeling : public QObject
{
    Q_OBJECT
private slots:
    void snapsSelectionsToWholeWords_data();
    void snapsSelectionsToWholeWords();
    void findsWholeWordOccurrencesOnly();
    void refusesOverlappingSpansAndKeepsThemSorted();
    void rendersTheSeedTemplate();
    void rendersLabelsChoicesFieldsAndBraces();
    void reportsUnknownPlaceholders();
    void typedCompletionWinsOverTheTemplate();
    void templateEntitiesAreAnonymizedWithTheRow();
    void schemaAndAnnotationsRoundTripThroughJson();
    void rejectsDamagedJson();
    void gazetteerPreannotatesLongestValuesFirst();
    void projectFileKeepsSchemaAndAnnotations();
};

void tst_Labeling::snapsSelectionsToWholeWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("begin");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("expected");
    const QString police = u"Why didn't you call the police?"_s;
    QTest::newRow("inside a word") << police << 26 << 28 << u"police"_s;
    QTest::newRow("with the question mark") << police << 24 << 31 << u"police"_s;
    QTest::newRow("two words from the middle") << police << 21 << 26 << u"the police"_s;
    QTest::newRow("only a space") << police << 23 << 24 << QString();
    QTest::newRow("trailing full stop and space") << u"His wife's in Ibiza. She"_s << 14 << 21 << u"Ibiza"_s;
    QTest::newRow("diacritics") << u"Zoë and Åsa"_s << 1 << 2 << u"Zoë"_s;
    QTest::newRow("combining mark") << u"Zoe\u0308 came"_s << 0 << 2 << u"Zoe\u0308"_s;
    QTest::newRow("non-Latin script") << u"Привет Москва!"_s << 9 << 10 << u"Москва"_s;
    QTest::newRow("emoji with joiner") << u"cook 👩‍🍳 now"_s << 6 << 7 << u"👩‍🍳"_s;
    QTest::newRow("clamped") << u"abc"_s << -5 << 99 << u"abc"_s;
}

void tst_Labeling::snapsSelectionsToWholeWords()
{
    QFETCH(QString, text);
    QFETCH(int, begin);
    QFETCH(int, end);
    QFETCH(QString, expected);
    const auto [b, e] = snapToWords(text, begin, end);
    QCOMPARE(text.mid(b, e - b), expected);
}

void tst_Labeling::findsWholeWordOccurrencesOnly()
{
    const QString text = u"Ibiza, again? Not Ibizan food. IBIZA. (Ibiza)"_s;
    const auto found = wholeWordOccurrences(text, u"Ibiza"_s);
    QCOMPARE(found.size(), 2); // not "Ibizan", not "IBIZA": case-sensitive
    QCOMPARE(found.at(0), std::make_pair(0, 5));
    QCOMPARE(text.mid(found.at(1).first, 5), u"Ibiza"_s);
    QCOMPARE(found.at(1).first, 39);
    QVERIFY(wholeWordOccurrences(text, QString()).isEmpty());
}

void tst_Labeling::refusesOverlappingSpansAndKeepsThemSorted()
{
    RowAnnotation annotation;
    QVERIFY(annotation.addSpan({10, 15, 1}));
    QVERIFY(annotation.addSpan({0, 3, 1}));
    QVERIFY(annotation.addSpan({20, 25, 2}));
    QVERIFY(!annotation.addSpan({14, 18, 1})); // overlaps 10-15
    QVERIFY(!annotation.addSpan({0, 30, 1}));  // covers them all
    QVERIFY(!annotation.addSpan({5, 5, 1}));   // empty
    QVERIFY(annotation.addSpan({15, 20, 1}));  // touching both neighbours is fine
    QCOMPARE(annotation.spans.size(), 4);
    for (qsizetype i = 1; i < annotation.spans.size(); ++i)
        QVERIFY(annotation.spans.at(i - 1).end <= annotation.spans.at(i).begin);
    QCOMPARE(annotation.spanAt(12), 1);
    QCOMPARE(annotation.spanAt(5), -1);
}

void tst_Labeling::rendersTheSeedTemplate()
{
    const LabelSchema schema = LabelSchema::seedEntities();
    const QString text = u"His wife's in Ibiza. She left her diamonds behind."_s;
    RowAnnotation annotation;
    QCOMPARE(renderCompletion(schema, annotation, {text, u"2012-07-27T21:02:56"_s, {}}),
             u" named_entities=\ntime=2012-07-27T21:02:56\nEND"_s); // an empty list renders as nothing
    annotation.addSpan({14, 19, 1});
    QCOMPARE(renderCompletion(schema, annotation, {text, u"2012-07-27T21:02:56"_s, {}}),
             u" named_entities=Ibiza\ntime=2012-07-27T21:02:56\nEND"_s);
    annotation.addSpan({34, 42, 1});
    QCOMPARE(renderCompletion(schema, annotation, {text, u"2012-07-27T21:02:56"_s, {}}),
             u" named_entities=Ibiza, diamonds\ntime=2012-07-27T21:02:56\nEND"_s);
}

void tst_Labeling::rendersLabelsChoicesFieldsAndBraces()
{
    LabelSchema schema;
    schema.entities = {{1, u"food"_s, u"#27ae60"_s, 1}, {2, u"place"_s, u"#2e86de"_s, 2}};
    schema.choices = {{u"meal"_s, {u"breakfast"_s, u"lunch"_s}, false}, {u"tags"_s, {u"sweet"_s, u"salty"_s}, true}};
    schema.textFields = {u"note"_s};
    schema.completionTemplate =
        u"{{\"food\": \"{food|; }\", \"place\": \"{place}\"}} meal={meal} tags={tags|+} note={note} by {author}: {text}"_s;
    const QString text = u"Toast and jam in Oslo"_s;
    RowAnnotation annotation;
    annotation.addSpan({0, 5, 1});
    annotation.addSpan({10, 13, 1});
    annotation.addSpan({17, 21, 2});
    annotation.choices.insert(u"meal"_s, {u"breakfast"_s});
    annotation.choices.insert(u"tags"_s, {u"sweet"_s, u"salty"_s});
    annotation.fields.insert(u"note"_s, u"early"_s);
    QCOMPARE(renderCompletion(schema, annotation, {text, {}, u"Person 1"_s}),
             u"{\"food\": \"Toast; jam\", \"place\": \"Oslo\"} meal=breakfast tags=sweet+salty note=early by Person 1: "
             "Toast and jam in Oslo"_s);
}

void tst_Labeling::reportsUnknownPlaceholders()
{
    LabelSchema schema = LabelSchema::seedEntities();
    QVERIFY(unknownPlaceholders(schema).isEmpty());
    schema.completionTemplate = u"{named_entities} {colour} {time} {colour|, } {{literal}}"_s;
    QCOMPARE(unknownPlaceholders(schema), QStringList{u"colour"_s});
    // An unknown placeholder is written as it stands.
    QCOMPARE(renderCompletion(schema, {}, {u"x"_s, u"T"_s, {}}), u" {colour} T {colour|, } {literal}"_s);
}

void tst_Labeling::typedCompletionWinsOverTheTemplate()
{
    Project project = chat(Seed);
    project.setLabelSchema(LabelSchema::seedEntities());
    RowAnnotation police;
    police.addSpan({24, 30, 1});
    project.setAnnotation(0, police);
    {
        const ExampleBuilder builder(project);
        QCOMPARE(builder.plainCompletion(0), u" named_entities=police\ntime=2012-07-27T21:02:03\nEND"_s);
        QCOMPARE(builder.completion(0), u" named_entities=police\ntime=2012-07-27T21:02:03\nEND"_s);
    }
    project.setCompletion(0, u"named_entities=cops"_s);
    const ExampleBuilder builder(project);
    QCOMPARE(builder.plainCompletion(0), u"named_entities=cops"_s);
    QCOMPARE(builder.completion(0), u" named_entities=copsEND"_s); // the separators still apply
    QCOMPARE(builder.templateCompletion(0), u" named_entities=police\ntime=2012-07-27T21:02:03\nEND"_s);
}

void tst_Labeling::templateEntitiesAreAnonymizedWithTheRow()
{
    Project project = chat("[27/07/2012, 21:02:03] Selina Kyle: Ask Bruce Wayne, he knows.\n"
                           "[27/07/2012, 21:02:04] Bruce Wayne: I do.\n");
    project.setLabelSchema(LabelSchema::seedEntities());
    RowAnnotation name;
    name.addSpan({4, 15, 1});
    project.setAnnotation(0, name);
    QCOMPARE(ExampleBuilder(project).plainCompletion(0), u" named_entities=Person 2\ntime=2012-07-27T21:02:03\nEND"_s);
    project.setAnonymized(0, false);
    QCOMPARE(ExampleBuilder(project).plainCompletion(0), u" named_entities=Bruce Wayne\ntime=2012-07-27T21:02:03\nEND"_s);
}

void tst_Labeling::schemaAndAnnotationsRoundTripThroughJson()
{
    LabelSchema schema = LabelSchema::seedEntities();
    schema.entities.append({7, u"lieu « é »"_s, u"#123456"_s, 0});
    schema.choices = {{u"q"_s, {u"a"_s, u"b, c"_s}, true}};
    schema.textFields = {u"note"_s, u"why"_s};
    QCOMPARE(LabelSchema::fromJson(schema.toJson()).value(), schema);
    QCOMPARE(LabelSchema::fromJson(LabelSchema::classification().toJson()).value(), LabelSchema::classification());

    RowAnnotation annotation;
    annotation.addSpan({3, 9, 1});
    annotation.addSpan({12, 14, 7});
    annotation.choices.insert(u"q"_s, {u"a"_s, u"b, c"_s});
    annotation.fields.insert(u"note"_s, u"line\nbreak \"quoted\""_s);
    QCOMPARE(RowAnnotation::fromJson(annotation.toJson()).value(), annotation);
    QCOMPARE(RowAnnotation::fromJson(RowAnnotation().toJson()).value(), RowAnnotation());
}

void tst_Labeling::rejectsDamagedJson()
{
    QVERIFY(!LabelSchema::fromJson("").has_value());
    QVERIFY(!LabelSchema::fromJson("{\"entities\": 5}").has_value());
    QVERIFY(!LabelSchema::fromJson("[1, 2]").has_value());
    QVERIFY(!RowAnnotation::fromJson("{\"spans\": [[1, 5, 1], [3, 7, 1]]}").has_value()); // overlapping
    QVERIFY(!RowAnnotation::fromJson("{\"spans\": [[1]]}").has_value());
    QVERIFY(!RowAnnotation::fromJson("not json").has_value());
    QVERIFY(Gazetteer::fromJson("{\"x\": 3}").isEmpty());
}

void tst_Labeling::gazetteerPreannotatesLongestValuesFirst()
{
    Project labelled = chat("[01/08/2012, 10:00:00] Ana: We flew from New York to Ibiza.\n");
    LabelSchema schema = LabelSchema::seedEntities();
    labelled.setLabelSchema(schema);
    RowAnnotation spans;
    spans.addSpan({13, 21, 1}); // New York
    spans.addSpan({25, 30, 1}); // Ibiza
    labelled.setAnnotation(0, spans);
    Gazetteer gazetteer;
    gazetteer.values.insert(u"named_entities"_s, {u"York"_s}); // already known, shorter
    gazetteer.collect(labelled);
    QCOMPARE(gazetteer.values.value(u"named_entities"_s), (QStringList{u"York"_s, u"New York"_s, u"Ibiza"_s}));
    QCOMPARE(Gazetteer::fromJson(gazetteer.toJson()).values, gazetteer.values);

    Project next = chat("[02/08/2012, 10:00:00] Ben: New York again, then York and Ibiza.\n"
                        "[02/08/2012, 10:01:00] Ben: \u200eimage omitted\n"
                        "[02/08/2012, 10:02:00] Ben: Yorkshire is not York-ish? York.\n");
    next.setLabelSchema(schema);
    QCOMPARE(preannotate(next, gazetteer), 5);
    const QString first = next.conversation().text(0);
    QStringList values;
    for (const LabelSpan &span : next.annotation(0).spans)
        values.append(first.mid(span.begin, span.end - span.begin));
    QCOMPARE(values, (QStringList{u"New York"_s, u"York"_s, u"Ibiza"_s}));
    QVERIFY(next.annotation(1).isEmpty());
    QCOMPARE(next.annotation(2).spans.size(), 2); // "York-ish" and "York.", not "Yorkshire"
    // Labels the schema does not have are not applied.
    Project other = chat("[02/08/2012, 10:00:00] Ben: Ibiza.\n");
    QCOMPARE(preannotate(other, gazetteer), 0);
}

void tst_Labeling::projectFileKeepsSchemaAndAnnotations()
{
    QTemporaryDir dir;
    Project project = chat(Seed);
    project.setLabelSchema(LabelSchema::seedEntities());
    RowAnnotation annotation;
    annotation.addSpan({14, 19, 1});
    annotation.fields.insert(u"note"_s, u"n"_s);
    project.setAnnotation(1, annotation);
    const QString path = dir.filePath(u"labels.finetuner"_s);
    auto created = ProjectStore::create(path, project);
    QVERIFY(created.ok());
    RowAnnotation police;
    police.addSpan({24, 30, 1});
    project.setAnnotation(0, police);
    QVERIFY((*created.value)->saveAnnotations(project, {0}));
    LabelSchema schema = project.labelSchema();
    schema.entities.append({2, u"object"_s, u"#e67e22"_s, 2});
    project.setLabelSchema(schema);
    QVERIFY((*created.value)->saveLabelSchema(project));
    project.setAnnotation(1, {});
    QVERIFY((*created.value)->saveAnnotations(project, {1})); // cleared: the row goes
    created.value->reset();

    auto opened = ProjectStore::open(path);
    QVERIFY(opened.ok());
    QCOMPARE(opened.value->project.labelSchema(), schema);
    QCOMPARE(opened.value->project.annotation(0), police);
    QVERIFY(opened.value->project.annotation(1).isEmpty());
    QCOMPARE(opened.value->project.annotations().size(), 1);
}

QTEST_GUILESS_MAIN(tst_Labeling)
#include "tst_labeling.moc"
