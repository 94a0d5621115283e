// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <core/model/localdatetime.h>

#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using Finetuner::Core::LocalDateTime;

namespace {

constexpr int RandomInstants = 10000;
constexpr qint64 SecsPerDay = 86400;

qint64 utcSecs(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC).toSecsSinceEpoch();
}

// What QDateTime writes for the same instant, without its 'Z'.
QString referenceIso(qint64 secs)
{
    const QString iso = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
    Q_ASSERT(iso.endsWith(u'Z'));
    return iso.chopped(1);
}

QByteArray writeIso(LocalDateTime t)
{
    char out[LocalDateTime::IsoLength];
    t.writeIso(out);
    return QByteArray(out, LocalDateTime::IsoLength);
}

} // namespace

class tst_LocalDateTime : public QObject
{
    Q_OBJECT
private slots:
    void fromParts_rejectsOutOfRangeParts_data();
    void fromParts_rejectsOutOfRangeParts();
    void toString_writesIsoWithoutZone_data();
    void toString_writesIsoWithoutZone();
    void writeIso_writesExactlyNineteenBytes();
    void roundTripsWithQDateTimeFrom1970To2100();
    void roundTripsWithQDateTimeOverAllYears();
    void fromQDateTime_keepsWallClockDigits();
    void invalid_hasNoStringAndNoQDateTime();
    void operators_orderByInstant();
    void writeIso_neverReturnsAStaleDate_data();
    void writeIso_neverReturnsAStaleDate();
    void writeIso_neverReturnsAStaleDateForRandomRuns();
    void writeIso_cacheIsPerThread();
};

void tst_LocalDateTime::fromParts_rejectsOutOfRangeParts_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("hour");
    QTest::addColumn<int>("minute");
    QTest::addColumn<int>("second");
    QTest::addColumn<bool>("valid");

    QTest::newRow("2000-02-29: divisible by 400") << 2000 << 2 << 29 << 0 << 0 << 0 << true;
    QTest::newRow("1900-02-29: divisible by 100") << 1900 << 2 << 29 << 0 << 0 << 0 << false;
    QTest::newRow("2100-02-29: divisible by 100") << 2100 << 2 << 29 << 0 << 0 << 0 << false;
    QTest::newRow("2024-02-29: divisible by 4") << 2024 << 2 << 29 << 12 << 0 << 0 << true;
    QTest::newRow("2023-02-29: common year") << 2023 << 2 << 29 << 12 << 0 << 0 << false;
    QTest::newRow("2023-02-28") << 2023 << 2 << 28 << 12 << 0 << 0 << true;
    QTest::newRow("2000-02-30") << 2000 << 2 << 30 << 0 << 0 << 0 << false;
    QTest::newRow("31 April") << 2021 << 4 << 31 << 0 << 0 << 0 << false;
    QTest::newRow("31 June") << 2021 << 6 << 31 << 0 << 0 << 0 << false;
    QTest::newRow("31 July") << 2021 << 7 << 31 << 0 << 0 << 0 << true;
    QTest::newRow("month 0") << 2021 << 0 << 1 << 0 << 0 << 0 << false;
    QTest::newRow("month 13") << 2021 << 13 << 1 << 0 << 0 << 0 << false;
    QTest::newRow("day 0") << 2021 << 1 << 0 << 0 << 0 << 0 << false;
    QTest::newRow("day 32") << 2021 << 1 << 32 << 0 << 0 << 0 << false;
    QTest::newRow("negative day") << 2021 << 1 << -1 << 0 << 0 << 0 << false;
    QTest::newRow("hour 24") << 2021 << 1 << 1 << 24 << 0 << 0 << false;
    QTest::newRow("hour -1") << 2021 << 1 << 1 << -1 << 0 << 0 << false;
    QTest::newRow("minute 60") << 2021 << 1 << 1 << 23 << 60 << 0 << false;
    QTest::newRow("minute -1") << 2021 << 1 << 1 << 23 << -1 << 0 << false;
    QTest::newRow("second 60: no leap seconds") << 2016 << 12 << 31 << 23 << 59 << 60 << false;
    QTest::newRow("second -1") << 2021 << 1 << 1 << 0 << 0 << -1 << false;
    QTest::newRow("last second of a year") << 2021 << 12 << 31 << 23 << 59 << 59 << true;
    QTest::newRow("year 0") << 0 << 1 << 1 << 0 << 0 << 0 << false;
    QTest::newRow("year 1") << 1 << 1 << 1 << 0 << 0 << 0 << true;
    QTest::newRow("year 9999") << 9999 << 12 << 31 << 23 << 59 << 59 << true;
    QTest::newRow("year 10000") << 10000 << 1 << 1 << 0 << 0 << 0 << false;
}

void tst_LocalDateTime::fromParts_rejectsOutOfRangeParts()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(int, hour);
    QFETCH(int, minute);
    QFETCH(int, second);
    QFETCH(bool, valid);

    const LocalDateTime t = LocalDateTime::fromParts(year, month, day, hour, minute, second);
    QCOMPARE(t.isValid(), valid);
    QCOMPARE(t.toString().isEmpty(), !valid);
    const bool dateValid = QDate::isValid(year, month, day) && year >= 1 && year <= 9999;
    QCOMPARE(LocalDateTime::isValidDate(year, month, day), dateValid);
    if (valid)
        QCOMPARE(t.secsSinceEpoch(), utcSecs(year, month, day, hour, minute, second));
}

void tst_LocalDateTime::toString_writesIsoWithoutZone_data()
{
    QTest::addColumn<LocalDateTime>("dateTime");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<qint64>("secsSinceEpoch");

    QTest::newRow("the seed's example") << LocalDateTime::fromParts(2012, 7, 27, 21, 1, 54)
                                        << u"2012-07-27T21:01:54"_s << utcSecs(2012, 7, 27, 21, 1, 54);
    QTest::newRow("epoch") << LocalDateTime::fromParts(1970, 1, 1, 0, 0, 0) << u"1970-01-01T00:00:00"_s
                           << qint64(0);
    QTest::newRow("one second before the epoch") << LocalDateTime::fromParts(1969, 12, 31, 23, 59, 59)
                                                 << u"1969-12-31T23:59:59"_s << qint64(-1);
    QTest::newRow("leap day") << LocalDateTime::fromParts(2000, 2, 29, 12, 34, 56) << u"2000-02-29T12:34:56"_s
                              << utcSecs(2000, 2, 29, 12, 34, 56);
    QTest::newRow("year 1, zero-padded") << LocalDateTime::fromParts(1, 1, 1, 0, 0, 0) << u"0001-01-01T00:00:00"_s
                                         << utcSecs(1, 1, 1);
    QTest::newRow("year 999") << LocalDateTime::fromParts(999, 3, 1, 1, 2, 3) << u"0999-03-01T01:02:03"_s
                              << utcSecs(999, 3, 1, 1, 2, 3);
    QTest::newRow("year 9999") << LocalDateTime::fromParts(9999, 12, 31, 23, 59, 59) << u"9999-12-31T23:59:59"_s
                               << utcSecs(9999, 12, 31, 23, 59, 59);
    QTest::newRow("from seconds") << LocalDateTime::fromSecsSinceEpoch(1343422914) << u"2012-07-27T21:01:54"_s
                                  << qint64(1343422914);
}

void tst_LocalDateTime::toString_writesIsoWithoutZone()
{
    QFETCH(LocalDateTime, dateTime);
    QFETCH(QString, expected);
    QFETCH(qint64, secsSinceEpoch);

    QVERIFY(dateTime.isValid());
    QCOMPARE(dateTime.toString(), expected);
    QCOMPARE(writeIso(dateTime), expected.toLatin1());
    QCOMPARE(dateTime.secsSinceEpoch(), secsSinceEpoch);
    QCOMPARE(dateTime.toQDateTime(), QDateTime::fromSecsSinceEpoch(secsSinceEpoch, Qt::UTC));
    QCOMPARE(dateTime.toQDateTime().timeSpec(), Qt::UTC);
}

void tst_LocalDateTime::writeIso_writesExactlyNineteenBytes()
{
    QCOMPARE(LocalDateTime::IsoLength, 19);
    char out[LocalDateTime::IsoLength + 2];
    std::fill(std::begin(out), std::end(out), '#');
    LocalDateTime::fromParts(2012, 7, 27, 21, 1, 54).writeIso(out + 1);
    QCOMPARE(QByteArray(out, sizeof out), "#2012-07-27T21:01:54#"_ba);
}

void tst_LocalDateTime::roundTripsWithQDateTimeFrom1970To2100()
{
    QRandomGenerator random(1970);
    const qint64 from = utcSecs(1970, 1, 1);
    const qint64 to = utcSecs(2100, 12, 31, 23, 59, 59);
    for (int i = 0; i < RandomInstants; ++i) {
        const qint64 secs = from + qint64(random.bounded(quint64(to - from + 1)));
        const QDateTime reference = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
        const QDate d = reference.date();
        const QTime t = reference.time();

        const LocalDateTime fromParts =
            LocalDateTime::fromParts(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second());
        QCOMPARE(fromParts.secsSinceEpoch(), secs);
        QCOMPARE(fromParts.toString(), referenceIso(secs));
        QCOMPARE(LocalDateTime::fromSecsSinceEpoch(secs).toString(), referenceIso(secs));
        QCOMPARE(LocalDateTime::fromQDateTime(reference), fromParts);
        QCOMPARE(fromParts.toQDateTime(), reference);
    }
}

void tst_LocalDateTime::roundTripsWithQDateTimeOverAllYears()
{
    QRandomGenerator random(9999);
    const qint64 from = utcSecs(1, 1, 1);
    const qint64 to = utcSecs(9999, 12, 31, 23, 59, 59);
    for (int i = 0; i < RandomInstants; ++i) {
        const qint64 secs = from + qint64(random.bounded(quint64(to - from + 1)));
        const QDateTime reference = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
        const QDate d = reference.date();
        const QTime t = reference.time();
        const LocalDateTime ours = LocalDateTime::fromParts(d.year(), d.month(), d.day(), t.hour(), t.minute(),
                                                            t.second());
        QCOMPARE(ours.secsSinceEpoch(), secs);
        QCOMPARE(ours.toString(), referenceIso(secs));
    }
}

void tst_LocalDateTime::fromQDateTime_keepsWallClockDigits()
{
    // The digits as written, whatever zone the QDateTime is in: no conversion to UTC.
    const QDateTime plusOne(QDate(2021, 3, 28), QTime(2, 30, 15), Qt::OffsetFromUTC, 3600);
    QCOMPARE(LocalDateTime::fromQDateTime(plusOne).toString(), u"2021-03-28T02:30:15"_s);
    const QDateTime minusFive(QDate(2021, 12, 31), QTime(22, 0), Qt::OffsetFromUTC, -5 * 3600);
    QCOMPARE(LocalDateTime::fromQDateTime(minusFive).toString(), u"2021-12-31T22:00:00"_s);
    // Milliseconds are dropped, not rounded.
    const QDateTime withMillis(QDate(2021, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    QCOMPARE(LocalDateTime::fromQDateTime(withMillis).toString(), u"2021-12-31T23:59:59"_s);
}

void tst_LocalDateTime::invalid_hasNoStringAndNoQDateTime()
{
    const LocalDateTime none;
    QVERIFY(!none.isValid());
    QVERIFY(none.toString().isEmpty());
    QVERIFY(!none.toQDateTime().isValid());
    QVERIFY(!LocalDateTime::fromQDateTime(QDateTime()).isValid());
    QVERIFY(!LocalDateTime::fromParts(2021, 2, 30, 0, 0, 0).isValid());
    QCOMPARE(LocalDateTime::fromParts(2021, 2, 30, 0, 0, 0), none);
}

void tst_LocalDateTime::operators_orderByInstant()
{
    const LocalDateTime a = LocalDateTime::fromParts(2021, 1, 1, 0, 0, 0);
    const LocalDateTime b = LocalDateTime::fromParts(2021, 1, 1, 0, 0, 1);
    const LocalDateTime c = LocalDateTime::fromParts(2020, 12, 31, 23, 59, 59);
    QVERIFY(a < b);
    QVERIFY(!(b < a));
    QVERIFY(!(a < a));
    QVERIFY(c < a);
    QVERIFY(a == LocalDateTime::fromSecsSinceEpoch(a.secsSinceEpoch()));
    QVERIFY(!(a != LocalDateTime::fromSecsSinceEpoch(a.secsSinceEpoch())));
    QVERIFY(a != b);
    QVERIFY(!(a == b));
    QVERIFY(LocalDateTime::fromParts(1969, 12, 31, 23, 59, 59) < LocalDateTime::fromParts(1970, 1, 1, 0, 0, 0));

    QRandomGenerator random(31);
    std::vector<LocalDateTime> times;
    for (int i = 0; i < 1000; ++i) {
        // A small range, so equal instants occur too.
        times.push_back(LocalDateTime::fromSecsSinceEpoch(utcSecs(2020, 1, 1) + random.bounded(500)));
    }
    for (size_t i = 1; i < times.size(); ++i) {
        const qint64 x = times[i - 1].secsSinceEpoch();
        const qint64 y = times[i].secsSinceEpoch();
        QCOMPARE(times[i - 1] < times[i], x < y);
        QCOMPARE(times[i] < times[i - 1], y < x);
        QCOMPARE(times[i - 1] == times[i], x == y);
        QCOMPARE(times[i - 1] != times[i], x != y);
    }
    std::sort(times.begin(), times.end());
    QVERIFY(std::is_sorted(times.begin(), times.end(),
                           [](LocalDateTime p, LocalDateTime q) { return p.secsSinceEpoch() < q.secsSinceEpoch(); }));
    // Sorting by the operator sorts the strings too: the ISO form orders as the instants do.
    for (size_t i = 1; i < times.size(); ++i)
        QVERIFY(times[i - 1].toString() <= times[i].toString());
}

// writeIso() keeps the last day's digits per thread: a change of day must never show the previous day's date.
void tst_LocalDateTime::writeIso_neverReturnsAStaleDate_data()
{
    QTest::addColumn<LocalDateTime>("first");
    QTest::addColumn<LocalDateTime>("second");

    QTest::newRow("consecutive days, same time")
        << LocalDateTime::fromParts(2012, 7, 27, 12, 0, 0) << LocalDateTime::fromParts(2012, 7, 28, 12, 0, 0);
    QTest::newRow("one second apart across midnight")
        << LocalDateTime::fromParts(2012, 7, 27, 23, 59, 59) << LocalDateTime::fromParts(2012, 7, 28, 0, 0, 0);
    QTest::newRow("across the epoch")
        << LocalDateTime::fromParts(1969, 12, 31, 23, 59, 59) << LocalDateTime::fromParts(1970, 1, 1, 0, 0, 0);
    QTest::newRow("across a year")
        << LocalDateTime::fromParts(1999, 12, 31, 8, 0, 0) << LocalDateTime::fromParts(2000, 1, 1, 8, 0, 0);
    QTest::newRow("leap day and the day after")
        << LocalDateTime::fromParts(2024, 2, 29, 10, 0, 0) << LocalDateTime::fromParts(2024, 3, 1, 10, 0, 0);
    // 400 years are exactly 146097 days: the same month, day and time, only the year differs.
    QTest::newRow("400 years apart")
        << LocalDateTime::fromParts(2012, 7, 27, 21, 1, 54) << LocalDateTime::fromParts(2412, 7, 27, 21, 1, 54);
    QTest::newRow("400 years apart, before the epoch")
        << LocalDateTime::fromParts(1212, 7, 27, 21, 1, 54) << LocalDateTime::fromParts(1612, 7, 27, 21, 1, 54);
    QTest::newRow("a year apart, same day of year")
        << LocalDateTime::fromParts(2013, 7, 27, 21, 1, 54) << LocalDateTime::fromParts(2012, 7, 27, 21, 1, 54);
}

void tst_LocalDateTime::writeIso_neverReturnsAStaleDate()
{
    QFETCH(LocalDateTime, first);
    QFETCH(LocalDateTime, second);
    const QByteArray firstIso = referenceIso(first.secsSinceEpoch()).toLatin1();
    const QByteArray secondIso = referenceIso(second.secsSinceEpoch()).toLatin1();
    QVERIFY(firstIso.left(10) != secondIso.left(10));
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(writeIso(first), firstIso);
        QCOMPARE(writeIso(first), firstIso);
        QCOMPARE(writeIso(second), secondIso);
        QCOMPARE(second.toString(), QString::fromLatin1(secondIso));
        QCOMPARE(first.toString(), QString::fromLatin1(firstIso));
        // Another time on the cached day keeps the date and changes the time.
        const LocalDateTime sameDay = LocalDateTime::fromSecsSinceEpoch(
            first.secsSinceEpoch() - (first.secsSinceEpoch() % SecsPerDay + SecsPerDay) % SecsPerDay + 3723);
        QCOMPARE(writeIso(sameDay), firstIso.left(11) + "01:02:03"_ba);
    }
}

void tst_LocalDateTime::writeIso_neverReturnsAStaleDateForRandomRuns()
{
    // Runs of messages on one day, then a jump, as in a chat; half the steps change the day.
    QRandomGenerator random(2012);
    qint64 secs = utcSecs(2012, 7, 27, 21, 1, 54);
    for (int i = 0; i < RandomInstants; ++i) {
        switch (random.bounded(4)) {
        case 0:
            secs += random.bounded(60); // same day, most of the time
            break;
        case 1:
            secs -= SecsPerDay * (1 + random.bounded(3)); // back a few days
            break;
        case 2:
            secs += SecsPerDay * (1 + random.bounded(400)); // ahead up to a year
            break;
        default:
            secs = utcSecs(1970, 1, 1) + qint64(random.bounded(quint64(utcSecs(2100, 1, 1))));
            break;
        }
        const LocalDateTime t = LocalDateTime::fromSecsSinceEpoch(secs);
        QCOMPARE(writeIso(t), referenceIso(secs).toLatin1());
    }
}

void tst_LocalDateTime::writeIso_cacheIsPerThread()
{
    // Two threads alternate between the same two days, out of step: a cache (or a part of it) shared between
    // them would hand one thread the date the other one wrote.
    constexpr int Rounds = 1000000;
    struct Worker
    {
        LocalDateTime days[2];
        QByteArray expected[2];
        std::atomic<int> mismatches{0};
    };
    auto makeWorker = [](LocalDateTime a, LocalDateTime b) {
        auto worker = std::make_unique<Worker>();
        worker->days[0] = a;
        worker->days[1] = b;
        worker->expected[0] = referenceIso(a.secsSinceEpoch()).toLatin1();
        worker->expected[1] = referenceIso(b.secsSinceEpoch()).toLatin1();
        return worker;
    };
    std::unique_ptr<Worker> workers[] = {
        makeWorker(LocalDateTime::fromParts(2012, 7, 27, 21, 1, 54), LocalDateTime::fromParts(2012, 7, 28, 9, 0, 0)),
        makeWorker(LocalDateTime::fromParts(2012, 7, 28, 9, 0, 0), LocalDateTime::fromParts(2012, 7, 27, 21, 1, 54)),
    };
    std::vector<std::unique_ptr<QThread>> threads;
    for (auto &worker : workers) {
        Worker *w = worker.get();
        threads.emplace_back(QThread::create([w] {
            for (int i = 0; i < Rounds; ++i) {
                const int which = i % 2;
                char out[LocalDateTime::IsoLength];
                w->days[which].writeIso(out);
                if (QByteArrayView(out, LocalDateTime::IsoLength) != w->expected[which])
                    ++w->mismatches;
            }
        }));
    }
    for (auto &thread : threads)
        thread->start();
    for (auto &thread : threads)
        QVERIFY(thread->wait(60000));
    for (auto &worker : workers)
        QCOMPARE(worker->mismatches.load(), 0);
}

QTEST_GUILESS_MAIN(tst_LocalDateTime)
#include "tst_localdatetime.moc"
