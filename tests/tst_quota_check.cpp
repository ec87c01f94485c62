// check(user, task, estimate) against a real PostgreSQL: each refusal reason and their
// order, the default estimates per task, caller estimates, unknown users, and database
// errors that must never turn into an allowance.
#include <QTest>

#include "quota/QuotaService.h"
#include "QuotaTestData.h"
#include "TestDatabase.h"

using namespace Qt::StringLiterals;

namespace {
const QDateTime At = utc("2026-11-24T12:00:00");
}

class TestQuotaCheck final : public QObject
{
    Q_OBJECT

private slots:
    void refusalReasonsInOrder_data()
    {
        QTest::addColumn<int>("today");       // tokens used today (freemium: 10,000 a day)
        QTest::addColumn<int>("earlier");     // tokens used earlier this month (100,000 a month)
        QTest::addColumn<int>("calls");       // error rows in the last hour (100 an hour)
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("reason");  // empty: allowed

        QTest::newRow("a fresh user may") << 0 << 0 << 0 << u"extraction"_s << QString();
        QTest::newRow("daily used up") << 10240 << 0 << 0 << u"validation"_s << u"daily_quota_exceeded"_s;
        QTest::newRow("daily too small for a CV draft") << 8000 << 0 << 0 << u"cv_draft"_s << u"daily_quota_insufficient"_s;
        QTest::newRow("daily still fits a validation") << 8000 << 0 << 0 << u"validation"_s << QString();
        QTest::newRow("monthly used up") << 0 << 100000 << 0 << u"validation"_s << u"monthly_quota_exceeded"_s;
        QTest::newRow("monthly too small") << 0 << 99000 << 0 << u"cover_letter"_s << u"monthly_quota_insufficient"_s;
        QTest::newRow("hourly calls at the limit") << 0 << 0 << 100 << u"validation"_s << u"hourly_call_limit"_s;
        QTest::newRow("daily before monthly and hourly") << 10000 << 95000 << 100 << u"validation"_s << u"daily_quota_exceeded"_s;
        QTest::newRow("daily shortfall before monthly") << 9000 << 91000 << 100 << u"cv_draft"_s << u"daily_quota_insufficient"_s;
        QTest::newRow("monthly before hourly") << 0 << 100000 << 100 << u"validation"_s << u"monthly_quota_exceeded"_s;
        QTest::newRow("monthly shortfall before hourly") << 0 << 99000 << 100 << u"cv_draft"_s << u"monthly_quota_insufficient"_s;
    }

    void refusalReasonsInOrder()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int user = data.addUser();
        QFETCH(int, today);
        QFETCH(int, earlier);
        QFETCH(int, calls);
        if (today)
            data.usage(user, utc("2026-11-24T09:00:00"), today);
        if (earlier)
            data.usage(user, utc("2026-11-03T09:00:00"), earlier);
        if (calls)
            data.usageRows(user, utc("2026-11-24T11:30:00"), calls, 0, u"error"_s);
        QVERIFY2(data.ok(), qPrintable(data.error()));

        QFETCH(QString, task);
        const Result<QuotaDecision> decision = QuotaService(db.connectionName()).check(user, task, {}, At);
        QVERIFY2(decision.ok(), qPrintable(decision.error()));
        QTEST(decision->reason, "reason");
        QCOMPARE(decision->allowed, decision->reason.isEmpty());
        QCOMPARE(decision->status.userId, user);
        QCOMPARE(decision->status.daily.used, qint64(today));
        QCOMPARE(decision->status.hourlyCalls.used, qint64(calls));
    }

    void theRefusalMessageGivesFiguresAndResetTime()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int user = data.addUser();
        data.usage(user, utc("2026-11-24T09:00:00"), 10240);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const Result<QuotaDecision> decision = QuotaService(db.connectionName()).check(user, u"extraction"_s, {}, At);
        QVERIFY2(decision.ok(), qPrintable(decision.error()));
        QCOMPARE(decision->message, u"Daily quota exceeded: 10,240 of 10,000 tokens used today; resets at 2026-11-25T00:00:00Z."_s);
        QCOMPARE(decision->toJson().value(u"quota").toObject().value(u"daily").toObject().value(u"used").toInteger(), 10240);
    }

    void defaultEstimatesPerTask_data()
    {
        QTest::addColumn<QString>("task");
        QTest::addColumn<qint64>("estimate");

        QTest::newRow("extraction") << u"extraction"_s << qint64(1024);
        QTest::newRow("cv_draft") << u"cv_draft"_s << qint64(2048);
        QTest::newRow("cover_letter") << u"cover_letter"_s << qint64(1536);
        QTest::newRow("validation") << u"validation"_s << qint64(512);
        QTest::newRow("other") << u"other"_s << qint64(1024);
        QTest::newRow("an unknown task is 'other'") << u"translation"_s << qint64(1024);
        QTest::newRow("no task is 'other'") << QString() << qint64(1024);
        QTest::newRow("task names are exact") << u"CV_DRAFT"_s << qint64(1024);
    }

    void defaultEstimatesPerTask()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        QFETCH(QString, task);
        QFETCH(qint64, estimate);
        // One user with exactly the estimate left today, one with a token less.
        const int enough = data.addUser();
        const int shortOfOne = data.addUser();
        data.usage(enough, utc("2026-11-24T09:00:00"), int(10000 - estimate));
        data.usage(shortOfOne, utc("2026-11-24T09:00:00"), int(10000 - estimate + 1));
        QVERIFY2(data.ok(), qPrintable(data.error()));

        const QuotaService service(db.connectionName());
        const Result<qint64> byTask = service.estimateFor(task);
        QVERIFY2(byTask.ok(), qPrintable(byTask.error()));
        QCOMPARE(byTask.value(), estimate);

        Result<QuotaDecision> decision = service.check(enough, task, {}, At);
        QVERIFY2(decision.ok(), qPrintable(decision.error()));
        QCOMPARE(decision->estimate, estimate);
        QVERIFY2(decision->allowed, qPrintable(decision->message));
        decision = service.check(shortOfOne, task, {}, At);
        QVERIFY2(decision.ok(), qPrintable(decision.error()));
        QCOMPARE(decision->reason, u"daily_quota_insufficient"_s);
    }

    void aCallerEstimateReplacesTheDefault()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int user = data.addUser();
        data.usage(user, utc("2026-11-24T09:00:00"), 1500);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const QuotaService service(db.connectionName());

        Result<QuotaDecision> decision = service.check(user, u"validation"_s, 8500, At);
        QVERIFY2(decision.ok(), qPrintable(decision.error()));
        QVERIFY(decision->allowed);
        QCOMPARE(decision->estimate, qint64(8500));
        decision = service.check(user, u"validation"_s, 8501, At);
        QVERIFY2(decision.ok(), qPrintable(decision.error()));
        QCOMPARE(decision->reason, u"daily_quota_insufficient"_s);
        QCOMPARE(decision->estimate, qint64(8501));
    }

    void aCallerEstimateMustBePositive_data()
    {
        QTest::addColumn<qint64>("estimate");
        QTest::newRow("zero") << qint64(0);
        QTest::newRow("minus one") << qint64(-1);
        QTest::newRow("very negative") << qint64(-5000000000);
    }

    void aCallerEstimateMustBePositive()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int user = data.addUser();
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QFETCH(qint64, estimate);
        const Result<QuotaDecision> decision = QuotaService(db.connectionName()).check(user, u"extraction"_s, estimate, At);
        QVERIFY(!decision.ok());
        QCOMPARE(decision.error(), u"The estimated token count must be a positive number, not %1."_s.arg(estimate));
    }

    void unknownUserIsAnError()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const Result<QuotaDecision> decision = QuotaService(db.connectionName()).check(4242, u"extraction"_s, {}, At);
        QVERIFY(!decision.ok());
        QCOMPARE(decision.error(), u"No user with id 4242."_s);
    }

    void aDatabaseErrorIsNeverAnAllowance_data()
    {
        QTest::addColumn<QString>("breakage"); // SQL run before the check; empty: close the connection
        QTest::newRow("connection closed") << QString();
        QTest::newRow("status function missing")
            << u"ALTER FUNCTION quotadesk.quota_status_one(timestamp, integer) RENAME TO quota_status_one_gone"_s;
        QTest::newRow("usage table unreadable") << u"ALTER TABLE ai_provider_usage_logs RENAME TO ai_provider_usage_logs_gone"_s;
        QTest::newRow("estimates table missing") << u"ALTER TABLE quotadesk.task_estimates RENAME TO task_estimates_gone"_s;
        QTest::newRow("no estimate at all") << u"DELETE FROM quotadesk.task_estimates"_s;
    }

    void aDatabaseErrorIsNeverAnAllowance()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int user = data.addUser();
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QFETCH(QString, breakage);
        if (breakage.isEmpty())
            db.db().close();
        else
            QCOMPARE(db.exec(breakage), QString());
        const Result<QuotaDecision> decision = QuotaService(db.connectionName()).check(user, u"extraction"_s, {}, At);
        QVERIFY(!decision.ok());
        QVERIFY(!decision.error().isEmpty());
    }

    void unlimitedPlansAreAlwaysAllowed()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        data.addPlanType(u"enterprise"_s);
        const int user = data.addUser();
        data.subscribe(user, u"enterprise"_s);
        data.usage(user, utc("2026-11-24T09:00:00"), 2000000000);
        data.usageRows(user, utc("2026-11-24T11:59:00"), 20000, 10);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const Result<QuotaDecision> decision = QuotaService(db.connectionName()).check(user, u"cv_draft"_s, 1000000000, At);
        QVERIFY2(decision.ok(), qPrintable(decision.error()));
        QVERIFY2(decision->allowed, qPrintable(decision->message));
    }

    void anInactiveSubscriptionIsCheckedAsFreemium()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int user = data.addUser();
        data.subscribe(user, u"pro"_s, u"past_due"_s);
        data.usage(user, utc("2026-11-24T09:00:00"), 50000);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const Result<QuotaDecision> decision = QuotaService(db.connectionName()).check(user, u"extraction"_s, {}, At);
        QVERIFY2(decision.ok(), qPrintable(decision.error()));
        QCOMPARE(decision->reason, u"daily_quota_exceeded"_s);
        QCOMPARE(decision->status.plan, u"freemium"_s);
    }
};

QTEST_GUILESS_MAIN(TestQuotaCheck)
#include "tst_quota_check.moc"
