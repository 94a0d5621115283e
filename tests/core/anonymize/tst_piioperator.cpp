// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The operators on hand-made spans, with the expected text written out by hand, and a round over the
// detectors' own spans: no detected value survives placeholder, mask or redaction.

#include "piicorpus.h"

#include <core/anonymize/piioperator.h>
#include <core/anonymize/piiscanner.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Finetuner;
using namespace Finetuner::Core;

class tst_PiiOperator : public QObject
{
    Q_OBJECT
private slots:
    void placeholderPerType();
    void maskKeepsSeparators();
    void redactRemovesOneOfTwoSpaces();
    void pseudonymUsesTheCallerAndFallsBack();
    void mixedOperatorsPerType();
    void ignoresBadSpans();
    void names();
    void noDetectedValueSurvivesOnTheCorpus();
};

void tst_PiiOperator::placeholderPerType()
{
    const QString text = u"mail ana@x.io or call +44 7400 123456"_s;
    const PiiSpans spans = {{5, 13, PiiType::Email, {}}, {22, 37, PiiType::Phone, {}}};
    QCOMPARE(applyPiiOperators(text, spans, {}), u"mail <EMAIL> or call <PHONE>"_s);
    QCOMPARE(piiPlaceholder(PiiType::Location), u"<LOCATION>"_s);
    QCOMPARE(piiPlaceholder(PiiType::PaymentCard), u"<CARD>"_s);
}

void tst_PiiOperator::maskKeepsSeparators()
{
    QCOMPARE(piiMask(u"+44 7400-123456"), u"+•• ••••-••••••"_s);
    QCOMPARE(piiMask(u"zoë.martín@bücher.de"), u"•••.••••••@••••••.••"_s);
    // A letter with a combining mark is one •, and so is a character outside the BMP.
    QCOMPARE(piiMask(u"Jose\u0301 𠀋"), u"•••• •"_s);
    PiiOperators operators;
    operators.set(PiiType::PaymentCard, PiiOperator::Mask);
    QCOMPARE(applyPiiOperators(u"card 4111 1111 1111 1111!"_s, {{5, 24, PiiType::PaymentCard, {}}}, operators),
             u"card •••• •••• •••• ••••!"_s);
}

void tst_PiiOperator::redactRemovesOneOfTwoSpaces()
{
    PiiOperators operators{PiiOperators::filled(PiiOperator::Redact)};
    QCOMPARE(applyPiiOperators(u"call me at +44 7400 123456 tonight"_s, {{11, 26, PiiType::Phone, {}}}, operators),
             u"call me at tonight"_s);
    QCOMPARE(applyPiiOperators(u"(ana@x.io)"_s, {{1, 9, PiiType::Email, {}}}, operators), u"()"_s);
    QCOMPARE(applyPiiOperators(u"ana@x.io"_s, {{0, 8, PiiType::Email, {}}}, operators), QString());
}

void tst_PiiOperator::pseudonymUsesTheCallerAndFallsBack()
{
    PiiOperators operators{PiiOperators::filled(PiiOperator::Pseudonym)};
    const QString text = u"Åsa at +44 7400 123456"_s;
    const PiiSpans spans = {{0, 3, PiiType::CustomTerm, u"Åsa"_s}, {7, 22, PiiType::Phone, u"+447400123456"_s}};
    const auto pseudonym = [](const PiiSpan &span, QStringView original) {
        return span.type == PiiType::Phone ? u"+44 0000 000001"_s : u"Person "_s + QString::number(original.size());
    };
    QCOMPARE(applyPiiOperators(text, spans, operators, pseudonym), u"Person 3 at +44 0000 000001"_s);
    QCOMPARE(applyPiiOperators(text, spans, operators), u"<PII> at <PHONE>"_s);
}

void tst_PiiOperator::mixedOperatorsPerType()
{
    PiiOperators operators;
    operators.set(PiiType::Url, PiiOperator::Redact);
    operators.set(PiiType::IpAddress, PiiOperator::Mask);
    const QString text = u"see https://x.org/a at 10.0.0.1 or ana@x.io"_s;
    const PiiSpans spans = {{4, 19, PiiType::Url, {}}, {23, 31, PiiType::IpAddress, {}}, {35, 43, PiiType::Email, {}}};
    QCOMPARE(applyPiiOperators(text, spans, operators), u"see at ••.•.•.• or <EMAIL>"_s);
}

void tst_PiiOperator::ignoresBadSpans()
{
    const QString text = u"abc def"_s;
    QCOMPARE(applyPiiOperators(text, {{4, 99, PiiType::Phone, {}}, {2, 1, PiiType::Phone, {}}}, {}), text);
    QCOMPARE(applyPiiOperators(text, {{0, 3, PiiType::Phone, {}}, {2, 5, PiiType::Email, {}}}, {}), u"<PHONE> def"_s);
}

void tst_PiiOperator::names()
{
    for (PiiOperator op : {PiiOperator::Pseudonym, PiiOperator::Placeholder, PiiOperator::Redact, PiiOperator::Mask})
        QCOMPARE(piiOperatorFromName(piiOperatorName(op)), std::optional<PiiOperator>(op));
    QCOMPARE(piiOperatorFromName("shred"_L1), std::nullopt);
    for (PiiType type : allPiiTypes())
        QCOMPARE(piiTypeFromName(piiTypeName(type)), std::optional<PiiType>(type));
}

void tst_PiiOperator::noDetectedValueSurvivesOnTheCorpus()
{
    // Every gold value the scanner finds is gone from the text after each operator (but pseudonym, which the
    // identity work provides): the property the export's leak check relies on.
    Bench::PiiCorpusGenerator generator(7);
    for (PiiOperator op : {PiiOperator::Placeholder, PiiOperator::Mask, PiiOperator::Redact}) {
        const PiiOperators operators{PiiOperators::filled(op)};
        for (int i = 0; i < 2000; ++i) {
            const Bench::PiiSample sample = generator.next();
            PiiScannerSettings settings;
            settings.phoneRegions = sample.regions;
            const PiiSpans found = PiiScanner(settings).scan(sample.text);
            const QString out = applyPiiOperators(sample.text, found, operators);
            for (const PiiSpan &span : found) {
                const QString original = sample.text.mid(span.begin, span.length());
                QVERIFY2(!out.contains(original), qPrintable(u"%1 survives %2 in «%3»"_s.arg(original,
                                                                 piiOperatorName(op), out)));
            }
        }
    }
}

QTEST_GUILESS_MAIN(tst_PiiOperator)
#include "tst_piioperator.moc"
