// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <core/model/localdatetime.h>

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using Finetuner::Core::LocalDateTime;

class tst_LocalDateTime : public QObject
{
    Q_OBJECT
private slots:
    void validatesDates_data();
    void validatesDates();
    void agreesWithQDateTime();
    void writesAlternatingDaysCorrectly();
};

void tst_LocalDateTime::validatesDates_data()
{
    QTest::addColumn<QList<int>>("parts");
    QTest::addColumn<bool>("valid");
    using L = QList<int>;
    QTest::newRow("2000-02-29") << L{2000, 2, 29, 0, 0, 0} << true;
    QTest::newRow("1900-02-29") << L{1900, 2, 29, 0, 0, 0} << false;
    QTest::newRow("2024-02-29") << L{2024, 2, 29, 12, 0, 0} << true;
    QTest::newRow("2023-02-29") << L{2023, 2, 29, 12, 0, 0} << false;
    QTest::newRow("month 13") << L{2021, 13, 1, 0, 0, 0} << false;
    QTest::newRow("day 0") << L{2021, 1, 0, 0, 0, 0} << false;
    QTest::newRow("31 April") << L{2021, 4, 31, 0, 0, 0} << false;
    QTest::newRow("hour 24") << L{2021, 1, 1, 24, 0, 0} << false;
    QTest::newRow("minute 60") << L{2021, 1, 1, 23, 60, 0} << false;
    QTest::newRow("last second") << L{2021, 12, 31, 23, 59, 59} << true;
}

void tst_LocalDateTime::validatesDates()
{
    QFETCH(QList<int>, parts);
    QFETCH(bool, valid);
    const LocalDateTime t = LocalDateTime::fromParts(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]);
    QCOMPARE(t.isValid(), valid);
    QCOMPARE(t.toString().isEmpty(), !valid);
}

void tst_LocalDateTime::agreesWithQDateTime()
{
    QRandomGenerator random(7);
    const qint64 from = QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2100, 12, 31), QTime(23, 59, 59), Qt::UTC).toSecsSinceEpoch();
    for (int i = 0; i < 10000; ++i) {
        const qint64 secs = from + qint64(random.bounded(quint64(to - from)));
        const QDateTime reference = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
        const LocalDateTime ours = LocalDateTime::fromQDateTime(reference);
        QCOMPARE(ours.secsSinceEpoch(), secs);
        QCOMPARE(ours.toString(), reference.toString(Qt::ISODate).chopped(1)); // without the 'Z'
        QCOMPARE(ours.toQDateTime(), reference);
        const QDate d = reference.date();
        const QTime t = reference.time();
        QCOMPARE(LocalDateTime::fromParts(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second()), ours);
    }
    QVERIFY(LocalDateTime::fromParts(2021, 1, 1, 0, 0, 0) < LocalDateTime::fromParts(2021, 1, 1, 0, 0, 1));
}

// writeIso() keeps the last day's digits per thread: a change of day must never show a stale date.
void tst_LocalDateTime::writesAlternatingDaysCorrectly()
{
    const LocalDateTime a = LocalDateTime::fromParts(2012, 7, 27, 23, 59, 59);
    const LocalDateTime b = LocalDateTime::fromParts(2012, 7, 28, 0, 0, 0);
    const LocalDateTime c = LocalDateTime::fromParts(1999, 12, 31, 12, 0, 0);
    for (int i = 0; i < 3; ++i) {
        for (const auto &[t, expected] : {std::pair{a, "2012-07-27T23:59:59"}, std::pair{b, "2012-07-28T00:00:00"},
                                          std::pair{c, "1999-12-31T12:00:00"}, std::pair{a, "2012-07-27T23:59:59"}}) {
            char out[LocalDateTime::IsoLength];
            t.writeIso(out);
            QCOMPARE(QByteArray(out, LocalDateTime::IsoLength), QByteArray(expected));
        }
    }
}

QTEST_GUILESS_MAIN(tst_LocalDateTime)
#include "tst_localdatetime.moc"
