// Quota status against a real PostgreSQL: UTC day, month and hour windows to the
// millisecond, tokens of NULL/negative/error rows, plan resolution, unknown and unlimited
// plans, unknown users, and overview() == status() for every user.
#include <ctime>

#include <QTest>

#include "db/SqlTime.h"
#include "quota/QuotaService.h"
#include "QuotaTestData.h"
#include "TestDatabase.h"

using namespace Qt::StringLiterals;
using Limit = std::optional<qint64>;

class TestQuotaStatus final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Fourteen hours ahead of UTC: any local-time reading of a timestamp shifts
        // every boundary below by a day.
        qputenv("TZ", "QDT-14");
        tzset();
    }

    void dayAndMonthWindowsAreUtcToTheMillisecond_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<qint64>("daily");
        QTest::addColumn<qint64>("monthly");
        QTest::addColumn<QString>("dailyResetsAt");
        QTest::addColumn<QString>("monthlyResetsAt");

        // Rows (see the test): Oct 31 23:59:59.999 = 10000, Nov 1 00:00 = 100000,
        // Nov 24 23:59:59.999 = 1, Nov 25 00:00 = 10, Nov 30 23:59:59.999 = 100, Dec 1 00:00 = 1000.
        QTest::newRow("last millisecond of a day sees its last row")
            << utc("2026-11-24T23:59:59.999") << qint64(1) << qint64(100001) << u"2026-11-25T00:00:00Z"_s << u"2026-12-01T00:00:00Z"_s;
        QTest::newRow("a row after `at` does not count yet")
            << utc("2026-11-24T23:59:59.998") << qint64(0) << qint64(100000) << u"2026-11-25T00:00:00Z"_s << u"2026-12-01T00:00:00Z"_s;
        QTest::newRow("midnight starts a new day with its first row")
            << utc("2026-11-25T00:00:00.000") << qint64(10) << qint64(100011) << u"2026-11-26T00:00:00Z"_s << u"2026-12-01T00:00:00Z"_s;
        QTest::newRow("just after midnight")
            << utc("2026-11-25T00:00:00.001") << qint64(10) << qint64(100011) << u"2026-11-26T00:00:00Z"_s << u"2026-12-01T00:00:00Z"_s;
        QTest::newRow("last millisecond of the month")
            << utc("2026-11-30T23:59:59.999") << qint64(100) << qint64(100111) << u"2026-12-01T00:00:00Z"_s << u"2026-12-01T00:00:00Z"_s;
        QTest::newRow("first instant of the next month")
            << utc("2026-12-01T00:00:00.000") << qint64(1000) << qint64(1000) << u"2026-12-02T00:00:00Z"_s << u"2027-01-01T00:00:00Z"_s;
        QTest::newRow("first instant of a month leaves the previous one out")
            << utc("2026-11-01T00:00:00.000") << qint64(100000) << qint64(100000) << u"2026-11-02T00:00:00Z"_s << u"2026-12-01T00:00:00Z"_s;
        QTest::newRow("last millisecond of October")
            << utc("2026-10-31T23:59:59.999") << qint64(10000) << qint64(10000) << u"2026-11-01T00:00:00Z"_s << u"2026-11-01T00:00:00Z"_s;
        QTest::newRow("an hour into December, nothing new") // the hour window reaches into November: tokens must not
            << utc("2026-12-01T01:00:00.000") << qint64(1000) << qint64(1000) << u"2026-12-02T00:00:00Z"_s << u"2027-01-01T00:00:00Z"_s;
    }

    void dayAndMonthWindowsAreUtcToTheMillisecond()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int user = data.addUser();
        const int other = data.addUser(); // their rows must never leak in
        for (const auto &[when, tokens] : QList<QPair<const char *, int>>{
                 {"2026-10-31T23:59:59.999", 10000}, {"2026-11-01T00:00:00.000", 100000},
                 {"2026-11-24T23:59:59.999", 1}, {"2026-11-25T00:00:00.000", 10},
                 {"2026-11-30T23:59:59.999", 100}, {"2026-12-01T00:00:00.000", 1000}}) {
            data.usage(user, utc(when), tokens);
            data.usage(other, utc(when), 7777777);
        }
        QVERIFY2(data.ok(), qPrintable(data.error()));

        QFETCH(QDateTime, at);
        const Result<QuotaStatus> status = QuotaService(db.connectionName()).status(user, at);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QTEST(status->daily.used, "daily");
        QTEST(status->monthly.used, "monthly");
        QTEST(SqlTime::toIso(status->dailyResetsAt), "dailyResetsAt");
        QTEST(SqlTime::toIso(status->monthlyResetsAt), "monthlyResetsAt");
        QCOMPARE(status->evaluatedAt, at.addMSecs(-at.time().msec())); // whole seconds
    }

    void leapDayAndYearEnd_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<qint64>("daily");
        QTest::addColumn<qint64>("monthly");
        QTest::addColumn<QString>("monthlyResetsAt");

        QTest::newRow("Feb 29 of a leap year") << utc("2028-02-29T23:59:59.999") << qint64(2) << qint64(3) << u"2028-03-01T00:00:00Z"_s;
        QTest::newRow("Mar 1 after a leap day") << utc("2028-03-01T00:00:00.000") << qint64(4) << qint64(4) << u"2028-04-01T00:00:00Z"_s;
        QTest::newRow("New Year's Eve") << utc("2026-12-31T23:59:59.999") << qint64(8) << qint64(8) << u"2027-01-01T00:00:00Z"_s;
        QTest::newRow("New Year") << utc("2027-01-01T00:00:00.000") << qint64(16) << qint64(16) << u"2027-02-01T00:00:00Z"_s;
    }

    void leapDayAndYearEnd()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int user = data.addUser();
        data.usage(user, utc("2028-02-01T00:00:00.000"), 1);
        data.usage(user, utc("2028-02-29T00:00:00.000"), 2);
        data.usage(user, utc("2028-03-01T00:00:00.000"), 4);
        data.usage(user, utc("2026-12-31T23:59:59.999"), 8);
        data.usage(user, utc("2027-01-01T00:00:00.000"), 16);
        QVERIFY2(data.ok(), qPrintable(data.error()));

        QFETCH(QDateTime, at);
        const Result<QuotaStatus> status = QuotaService(db.connectionName()).status(user, at);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QTEST(status->daily.used, "daily");
        QTEST(status->monthly.used, "monthly");
        QTEST(SqlTime::toIso(status->monthlyResetsAt), "monthlyResetsAt");
    }

    void hourWindowIsTheLastSixtyMinutes_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QStringList>("rows"); // "ISO time|status"
        QTest::addColumn<qint64>("calls");
        QTest::addColumn<qint64>("daily");

        QTest::newRow("exactly 60 minutes ago is outside, 59:59.999 inside")
            << utc("2026-11-24T12:00:00") << QStringList{u"2026-11-24T11:00:00.000|success"_s, u"2026-11-24T11:00:00.001|success"_s}
            << qint64(1) << qint64(200);
        QTest::newRow("a row at `at` counts, one after it does not")
            << utc("2026-11-24T12:00:00") << QStringList{u"2026-11-24T12:00:00.000|success"_s, u"2026-11-24T12:00:00.001|success"_s}
            << qint64(1) << qint64(100);
        QTest::newRow("errors and timeouts are calls but not tokens")
            << utc("2026-11-24T12:00:00")
            << QStringList{u"2026-11-24T11:30:00|error"_s, u"2026-11-24T11:31:00|timeout"_s, u"2026-11-24T11:32:00|success"_s}
            << qint64(3) << qint64(100);
        QTest::newRow("the hour reaches back over midnight; the day does not")
            << utc("2026-11-25T00:30:00") << QStringList{u"2026-11-24T23:45:00|success"_s, u"2026-11-25T00:15:00|success"_s}
            << qint64(2) << qint64(100);
        QTest::newRow("the hour reaches back into last month")
            << utc("2026-12-01T00:10:00") << QStringList{u"2026-11-30T23:30:00|error"_s, u"2026-11-30T23:20:00|success"_s}
            << qint64(2) << qint64(0);
        QTest::newRow("older rows are not calls")
            << utc("2026-11-24T12:00:00") << QStringList{u"2026-11-24T09:00:00|success"_s, u"2026-11-23T11:30:00|success"_s}
            << qint64(0) << qint64(100);
    }

    void hourWindowIsTheLastSixtyMinutes()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int user = data.addUser();
        QFETCH(QStringList, rows);
        for (const QString &row : rows) {
            const QStringList parts = row.split(u'|');
            data.usage(user, utc(parts.at(0).toLatin1().constData()), 100, {}, {}, parts.at(1));
        }
        QVERIFY2(data.ok(), qPrintable(data.error()));

        QFETCH(QDateTime, at);
        const Result<QuotaStatus> status = QuotaService(db.connectionName()).status(user, at);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QTEST(status->hourlyCalls.used, "calls");
        QTEST(status->daily.used, "daily");
        QCOMPARE(status->hourlyCalls.limit, Limit(100));
    }

    void tokensOfOneRow_data()
    {
        QTest::addColumn<QVariant>("total");
        QTest::addColumn<QVariant>("input");
        QTest::addColumn<QVariant>("output");
        QTest::addColumn<QString>("rowStatus");
        QTest::addColumn<qint64>("tokens");
        QTest::addColumn<qint64>("badRows");

        const QVariant null;
        QTest::newRow("total") << QVariant(500) << QVariant(1) << QVariant(2) << u"success"_s << qint64(500) << qint64(0);
        QTest::newRow("total wins over input + output") << QVariant(10) << QVariant(300) << QVariant(300) << u"success"_s << qint64(10) << qint64(0);
        QTest::newRow("NULL total: input + output") << null << QVariant(300) << QVariant(200) << u"success"_s << qint64(500) << qint64(0);
        QTest::newRow("NULL total and input") << null << null << QVariant(200) << u"success"_s << qint64(200) << qint64(0);
        QTest::newRow("everything NULL") << null << null << null << u"success"_s << qint64(0) << qint64(0);
        QTest::newRow("zero is not bad data") << QVariant(0) << null << null << u"success"_s << qint64(0) << qint64(0);
        QTest::newRow("negative total is 0 and bad") << QVariant(-50) << QVariant(100) << QVariant(100) << u"success"_s << qint64(0) << qint64(1);
        QTest::newRow("negative input + output is 0 and bad") << null << QVariant(-300) << QVariant(100) << u"success"_s << qint64(0) << qint64(1);
        QTest::newRow("error rows are not tokens") << QVariant(500) << null << null << u"error"_s << qint64(0) << qint64(0);
        QTest::newRow("timeout rows are not tokens") << QVariant(500) << null << null << u"timeout"_s << qint64(0) << qint64(0);
        QTest::newRow("a negative error row is not counted at all") << QVariant(-5) << null << null << u"error"_s << qint64(0) << qint64(0);
        QTest::newRow("status is exact: 'SUCCESS' is not 'success'") << QVariant(500) << null << null << u"SUCCESS"_s << qint64(0) << qint64(0);
        QTest::newRow("largest integer total") << QVariant(2147483647) << null << null << u"success"_s << qint64(2147483647) << qint64(0);
    }

    void tokensOfOneRow()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int user = data.addUser();
        QFETCH(QVariant, total);
        QFETCH(QVariant, input);
        QFETCH(QVariant, output);
        QFETCH(QString, rowStatus);
        data.usage(user, utc("2026-11-24T11:30:00"), total, input, output, rowStatus);
        data.usage(user, utc("2026-11-24T11:40:00"), 1000); // a normal row beside it
        QVERIFY2(data.ok(), qPrintable(data.error()));

        const Result<QuotaStatus> status = QuotaService(db.connectionName()).status(user, utc("2026-11-24T12:00:00"));
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QFETCH(qint64, tokens);
        QCOMPARE(status->daily.used, tokens + 1000);
        QCOMPARE(status->monthly.used, tokens + 1000);
        QTEST(status->badRows, "badRows");
        QCOMPARE(status->hourlyCalls.used, qint64(2)); // every row is a call
    }

    void badRowsAreCountedOnceAndOnlyInTheMonth()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int user = data.addUser();
        data.usage(user, utc("2026-11-24T10:00:00"), -1); // today: in both sums, counted once
        data.usage(user, utc("2026-11-02T10:00:00"), -1); // this month
        data.usage(user, utc("2026-10-31T10:00:00"), -1); // last month: not this status's business
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const Result<QuotaStatus> status = QuotaService(db.connectionName()).status(user, utc("2026-11-24T12:00:00"));
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(status->badRows, qint64(2));
        QCOMPARE(status->daily.used, qint64(0));
    }

    void percentageMayExceedAHundred_data()
    {
        QTest::addColumn<qint64>("used");
        QTest::addColumn<int>("percentage");
        QTest::addColumn<QString>("level");
        QTest::addColumn<Limit>("remaining");

        QTest::newRow("49%") << qint64(4999) << 49 << u"ok"_s << Limit(5001);
        QTest::newRow("50%") << qint64(5000) << 50 << u"warning"_s << Limit(5000);
        QTest::newRow("80%") << qint64(8000) << 80 << u"critical"_s << Limit(2000);
        QTest::newRow("94%") << qint64(9499) << 94 << u"critical"_s << Limit(501);
        QTest::newRow("95%") << qint64(9500) << 95 << u"exceeded"_s << Limit(500);
        QTest::newRow("100%") << qint64(10000) << 100 << u"exceeded"_s << Limit(0);
        QTest::newRow("250%") << qint64(25000) << 250 << u"exceeded"_s << Limit(0);
    }

    void percentageMayExceedAHundred()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int user = data.addUser(); // freemium: 10,000 a day
        QFETCH(qint64, used);
        data.usage(user, utc("2026-11-24T08:00:00"), int(used / 2));
        data.usage(user, utc("2026-11-24T09:00:00"), int(used - used / 2));
        QVERIFY2(data.ok(), qPrintable(data.error()));

        const Result<QuotaStatus> status = QuotaService(db.connectionName()).status(user, utc("2026-11-24T12:00:00"));
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(status->daily.used, used);
        QTEST(status->daily.percentage, "percentage");
        QTEST(status->daily.warningLevel, "level");
        QTEST(status->daily.remaining, "remaining");
        QCOMPARE(status->daily, QuotaWindow::fromUsage(used, 10000)); // the database and the C++ rule agree
        QCOMPARE(status->monthly, QuotaWindow::fromUsage(used, 100000));
    }

    void planOfAUser_data()
    {
        QTest::addColumn<QString>("subscribedPlan"); // empty: no subscription
        QTest::addColumn<QString>("subscriptionStatus");
        QTest::addColumn<QString>("plan");
        QTest::addColumn<Limit>("daily");
        QTest::addColumn<Limit>("monthly");
        QTest::addColumn<Limit>("hourly");

        QTest::newRow("no subscription is freemium") << QString() << QString() << u"freemium"_s << Limit(10000) << Limit(100000) << Limit(100);
        QTest::newRow("active freemium") << u"freemium"_s << u"active"_s << u"freemium"_s << Limit(10000) << Limit(100000) << Limit(100);
        QTest::newRow("active paygo") << u"paygo"_s << u"active"_s << u"paygo"_s << Limit(50000) << Limit(500000) << Limit(500);
        QTest::newRow("active pro") << u"pro"_s << u"active"_s << u"pro"_s << Limit(1000000) << Limit(30000000) << Limit(5000);
        QTest::newRow("active annual") << u"annual"_s << u"active"_s << u"annual"_s << Limit(2000000) << Limit(60000000) << Limit(10000);
        for (const char *inactive : {"paused", "cancelled", "expired", "past_due"})
            QTest::addRow("%s pro is freemium", inactive)
                << u"pro"_s << QString::fromLatin1(inactive) << u"freemium"_s << Limit(10000) << Limit(100000) << Limit(100);
    }

    void planOfAUser()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int user = data.addUser();
        QFETCH(QString, subscribedPlan);
        QFETCH(QString, subscriptionStatus);
        if (!subscribedPlan.isEmpty())
            data.subscribe(user, subscribedPlan, subscriptionStatus);
        QVERIFY2(data.ok(), qPrintable(data.error()));

        const QuotaService service(db.connectionName());
        const Result<QuotaStatus> status = service.status(user, utc("2026-11-24T12:00:00"));
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QTEST(status->plan, "plan");
        QCOMPARE(status->subscriptionStatus, subscriptionStatus);
        QVERIFY(status->limitsKnown);
        QTEST(status->daily.limit, "daily");
        QTEST(status->monthly.limit, "monthly");
        QTEST(status->hourlyCalls.limit, "hourly");

        const Result<QuotaLimits> limits = service.limits(user);
        QVERIFY2(limits.ok(), qPrintable(limits.error()));
        QTEST(limits->plan, "plan");
        QVERIFY(limits->limitsKnown);
        QTEST(limits->dailyTokens, "daily");
        QTEST(limits->monthlyTokens, "monthly");
        QTEST(limits->hourlyCalls, "hourly");
    }

    void anActiveSubscriptionWinsOverOthers()
    {
        // Upstream allows one subscription per user; a database without that constraint
        // must still give one plan per user, the active one.
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        data.exec(u"ALTER TABLE subscriptions DROP CONSTRAINT subscriptions_user_id_key"_s);
        const int user = data.addUser();
        data.subscribe(user, u"paygo"_s, u"cancelled"_s);
        data.subscribe(user, u"pro"_s, u"active"_s);
        data.subscribe(user, u"annual"_s, u"expired"_s);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const Result<QList<QuotaStatus>> all = QuotaService(db.connectionName()).overview(utc("2026-11-24T12:00:00"));
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->constFirst().plan, u"pro"_s);
        QCOMPARE(all->constFirst().subscriptionStatus, u"active"_s);
    }

    void aPlanWithoutLimitsGetsFreemiumLimitsFlagged()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        data.addPlanType(u"legacy"_s);
        const int user = data.addUser();
        data.subscribe(user, u"legacy"_s);
        data.usage(user, utc("2026-11-24T10:00:00"), 9000);
        QVERIFY2(data.ok(), qPrintable(data.error()));

        const QuotaService service(db.connectionName());
        const Result<QuotaStatus> status = service.status(user, utc("2026-11-24T12:00:00"));
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(status->plan, u"legacy"_s);
        QVERIFY(!status->limitsKnown);
        QCOMPARE(status->daily, QuotaWindow::fromUsage(9000, 10000));
        QCOMPARE(status->monthly.limit, Limit(100000));
        QCOMPARE(status->hourlyCalls.limit, Limit(100));
        QCOMPARE(status->toJson().value(u"limits_known").toBool(), false);

        const Result<QuotaLimits> limits = service.limits(user);
        QVERIFY2(limits.ok(), qPrintable(limits.error()));
        QVERIFY(!limits->limitsKnown);
        QCOMPARE(limits->dailyTokens, Limit(10000));
        QCOMPARE(limits->cacheTier, u"free"_s);
    }

    void enterpriseIsUnlimited()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        data.addPlanType(u"enterprise"_s);
        const int user = data.addUser();
        data.subscribe(user, u"enterprise"_s);
        for (int i = 0; i < 3; ++i) // more than fits in an integer, on purpose
            data.usage(user, utc("2026-11-24T11:10:00").addSecs(i), 2000000000);
        data.usageRows(user, utc("2026-11-24T11:50:00"), 20000, 1);
        QVERIFY2(data.ok(), qPrintable(data.error()));

        const QuotaService service(db.connectionName());
        const Result<QuotaStatus> status = service.status(user, utc("2026-11-24T12:00:00"));
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(status->plan, u"enterprise"_s);
        QVERIFY(status->limitsKnown);
        QCOMPARE(status->daily.used, qint64(6000020000));
        for (const QuotaWindow &w : {status->daily, status->monthly, status->hourlyCalls}) {
            QVERIFY(w.isUnlimited());
            QVERIFY(!w.remaining);
            QCOMPARE(w.percentage, 0);
            QCOMPARE(w.warningLevel, u"ok"_s);
        }
        QCOMPARE(status->hourlyCalls.used, qint64(20003));
        QVERIFY(status->toJson().value(u"daily").toObject().value(u"limit").isNull());

        const Result<QuotaLimits> limits = service.limits(user);
        QVERIFY2(limits.ok(), qPrintable(limits.error()));
        QVERIFY(!limits->dailyTokens && !limits->monthlyTokens && !limits->hourlyCalls);
        QCOMPARE(limits->cacheTier, u"enterprise"_s);
    }

    void unknownUserIsAnError()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const QuotaService service(db.connectionName());
        const Result<QuotaStatus> status = service.status(4242, utc("2026-11-24T12:00:00"));
        QVERIFY(!status.ok());
        QCOMPARE(status.error(), u"No user with id 4242."_s);
        const Result<QuotaLimits> limits = service.limits(4242);
        QVERIFY(!limits.ok());
        QCOMPARE(limits.error(), u"No user with id 4242."_s);
    }

    void aLostConnectionIsAnError()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int user = data.addUser();
        QVERIFY2(data.ok(), qPrintable(data.error()));
        db.db().close();
        const QuotaService service(db.connectionName());
        QVERIFY(!service.status(user).ok());
        QVERIFY(!service.overview().ok());
        QVERIFY(!service.limits(user).ok());
    }

    void overviewEqualsTheStatusOfEachUser()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int staff = data.addStaff();
        const int idle = data.addUser();
        const int busy = data.addUser();
        const int pro = data.addUser();
        const int gone = data.addUser(u"candidate"_s, false, /*isActive=*/false);
        data.subscribe(pro, u"pro"_s);
        data.subscribe(gone, u"paygo"_s, u"cancelled"_s);
        data.usageRows(busy, utc("2026-11-24T11:59:00"), 30, 400);
        data.usage(busy, utc("2026-11-24T11:30:00"), -3);
        data.usageRows(pro, utc("2026-11-20T10:00:00"), 5, 100000);
        data.usageRows(gone, utc("2026-11-24T11:30:00"), 3, 10, u"error"_s);
        data.resetRow(pro, u"monthly"_s, utc("2026-11-19T00:00:00"), staff);
        data.resetRow(busy, u"hourly"_s, utc("2026-11-24T11:45:00.250"), staff);
        QVERIFY2(data.ok(), qPrintable(data.error()));

        const QDateTime at = utc("2026-11-24T12:00:00");
        const QuotaService service(db.connectionName());
        const Result<QList<QuotaStatus>> all = service.overview(at);
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QCOMPARE(all->size(), 5);
        QList<int> ids;
        for (const QuotaStatus &s : all.value()) {
            ids << s.userId;
            const Result<QuotaStatus> one = service.status(s.userId, at);
            QVERIFY2(one.ok(), qPrintable(one.error()));
            QCOMPARE(s.toJson(), one->toJson());
        }
        QCOMPARE(ids, (QList<int>{staff, idle, busy, pro, gone}));

        const QuotaStatus &b = all->at(2);
        QCOMPARE(b.daily.used, qint64(12000));
        QCOMPARE(b.badRows, qint64(1));
        QCOMPARE(b.hourlyCalls.used, qint64(30)); // not the row from before the hourly reset
        QCOMPARE(b.lastHourlyReset, utc("2026-11-24T11:45:00")); // whole seconds
        QCOMPARE(all->at(3).monthly.used, qint64(500000));
        QCOMPARE(all->at(3).plan, u"pro"_s);
        QCOMPARE(all->at(4).isActive, false);
        QCOMPARE(all->at(4).plan, u"freemium"_s);
        QCOMPARE(all->at(4).subscriptionStatus, u"cancelled"_s);
        QCOMPARE(all->at(4).hourlyCalls.used, qint64(3));
        QCOMPARE(all->at(4).daily.used, qint64(0));
    }

    void withoutATimeTheServerClockDecides()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int user = data.addUser();
        data.exec(u"INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, total_tokens, created_at) "
                  "VALUES (?, (SELECT min(id) FROM ai_provider_configs), 'extraction', 5, now() AT TIME ZONE 'UTC' - interval '1 minute'),"
                  "       (?, (SELECT min(id) FROM ai_provider_configs), 'extraction', 5, now() AT TIME ZONE 'UTC' + interval '1 minute')"_s,
                  {user, user});
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const Result<QuotaStatus> status = QuotaService(db.connectionName()).status(user);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(status->hourlyCalls.used, qint64(1)); // the row a minute ahead is not there yet
        QVERIFY(status->evaluatedAt >= before.addSecs(-1));
        QVERIFY(status->evaluatedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
    }
};

QTEST_GUILESS_MAIN(TestQuotaStatus)
#include "tst_quota_status.moc"
