// The editable plan-limits table: what planLimits() lists, what setPlanLimits() changes
// for users, its audit row, and the changes it refuses (leaving table and audit alone).
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include "quota/QuotaService.h"
#include "QuotaTestData.h"
#include "TestDatabase.h"

using namespace Qt::StringLiterals;
using Limit = std::optional<qint64>;

namespace {

QString limitsSnapshot(const TestDatabase &db)
{
    return db.scalar(u"SELECT string_agg(l::text, '|' ORDER BY plan) FROM quotadesk.plan_limits l"_s).toString();
}

int auditRows(const TestDatabase &db)
{
    return db.scalar(u"SELECT count(*) FROM admin_action_logs"_s).toInt();
}

} // namespace

class TestQuotaLimits final : public QObject
{
    Q_OBJECT

private slots:
    void everyPlanIsListedWithTheUsersItDecides()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        data.addPlanType(u"legacy"_s);
        for (int i = 0; i < 3; ++i)
            data.addUser(); // freemium, no subscription
        data.subscribe(data.addUser(), u"pro"_s);
        data.subscribe(data.addUser(), u"pro"_s, u"paused"_s); // counts as freemium
        data.subscribe(data.addUser(), u"legacy"_s);
        QVERIFY2(data.ok(), qPrintable(data.error()));

        const Result<QList<PlanLimitsRow>> rows = QuotaService(db.connectionName()).planLimits();
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QStringList plans;
        for (const PlanLimitsRow &row : rows.value())
            plans << row.plan;
        QCOMPARE(plans, (QStringList{u"freemium"_s, u"paygo"_s, u"pro"_s, u"annual"_s, u"enterprise"_s, u"legacy"_s}));

        const PlanLimitsRow &freemium = rows->at(0);
        QVERIFY(freemium.hasRow);
        QCOMPARE(freemium.dailyTokens, Limit(10000));
        QCOMPARE(freemium.monthlyTokens, Limit(100000));
        QCOMPARE(freemium.hourlyCalls, Limit(100));
        QCOMPARE(freemium.cacheTier, u"free"_s);
        QCOMPARE(freemium.users, qint64(4));
        QVERIFY(freemium.updatedAt.isValid());
        QCOMPARE(rows->at(2).users, qint64(1));
        QCOMPARE(rows->at(2).cacheTier, u"pro_monthly"_s);
        const PlanLimitsRow &enterprise = rows->at(4);
        QVERIFY(!enterprise.dailyTokens && !enterprise.monthlyTokens && !enterprise.hourlyCalls);
        QCOMPARE(enterprise.users, qint64(0));

        const PlanLimitsRow &legacy = rows->at(5); // no row: freemium's limits apply
        QVERIFY(!legacy.hasRow);
        QCOMPARE(legacy.dailyTokens, Limit(10000));
        QCOMPARE(legacy.users, qint64(1));
        QVERIFY(!legacy.updatedAt.isValid());
        QCOMPARE(legacy.toJson().value(u"has_row").toBool(), false);
    }

    void newLimitsApplyAtOnceAndAreAudited()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int staff = data.addStaff();
        const int user = data.addUser();
        data.usage(user, utc("2026-11-24T09:00:00"), 15000);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const QuotaService service(db.connectionName());
        const QDateTime at = utc("2026-11-24T12:00:00");
        QCOMPARE(service.check(user, u"extraction"_s, {}, at)->reason, u"daily_quota_exceeded"_s);

        PlanLimitsRow row;
        row.plan = u"freemium"_s;
        row.dailyTokens = 20000;
        row.monthlyTokens = std::nullopt; // unlimited
        row.hourlyCalls = 50;
        row.cacheTier = u"free"_s;
        const Status set = service.setPlanLimits(staff, row);
        QVERIFY2(set.ok(), qPrintable(set.error()));

        const Result<QuotaStatus> status = service.status(user, at);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(status->daily, QuotaWindow::fromUsage(15000, 20000));
        QVERIFY(status->monthly.isUnlimited());
        QCOMPARE(status->hourlyCalls.limit, Limit(50));
        QVERIFY(service.check(user, u"extraction"_s, {}, at)->allowed);

        QSqlQuery q(db.db());
        QVERIFY(q.exec(u"SELECT admin_user_id, action, target_type, target_id IS NULL, details::text FROM admin_action_logs"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), staff);
        QCOMPARE(q.value(1).toString(), u"quota.plan_limits"_s);
        QCOMPARE(q.value(2).toString(), u"plan"_s);
        QVERIFY(q.value(3).toBool());
        const QJsonObject details = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        QCOMPARE(details.value(u"plan").toString(), u"freemium"_s);
        const QJsonObject before = details.value(u"before").toObject();
        const QJsonObject after = details.value(u"after").toObject();
        QCOMPARE(before.value(u"daily_tokens").toInteger(), 10000);
        QCOMPARE(before.value(u"monthly_tokens").toInteger(), 100000);
        QCOMPARE(after.value(u"daily_tokens").toInteger(), 20000);
        QVERIFY(after.value(u"monthly_tokens").isNull());
        QCOMPARE(after.value(u"hourly_calls").toInteger(), 50);
        QVERIFY(!q.next());
    }

    void aPlanWithoutLimitsCanBeGivenSome()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        data.addPlanType(u"legacy"_s);
        const int staff = data.addStaff();
        const int user = data.addUser();
        data.subscribe(user, u"legacy"_s);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const QuotaService service(db.connectionName());
        QVERIFY(!service.limits(user)->limitsKnown);

        PlanLimitsRow row;
        row.plan = u" legacy "_s;
        row.dailyTokens = 30000;
        row.monthlyTokens = 300000;
        row.hourlyCalls = 300;
        row.cacheTier = u"pro_monthly"_s;
        const Status set = service.setPlanLimits(staff, row);
        QVERIFY2(set.ok(), qPrintable(set.error()));
        const Result<QuotaLimits> limits = service.limits(user);
        QVERIFY2(limits.ok(), qPrintable(limits.error()));
        QVERIFY(limits->limitsKnown);
        QCOMPARE(limits->dailyTokens, Limit(30000));
        QCOMPARE(limits->cacheTier, u"pro_monthly"_s);
        const QJsonObject details = QJsonDocument::fromJson(
            db.scalar(u"SELECT details::text FROM admin_action_logs"_s).toString().toUtf8()).object();
        QVERIFY(details.value(u"before").isNull());
    }

    void invalidLimitsChangeNothing_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<Limit>("daily");
        QTest::addColumn<Limit>("monthly");
        QTest::addColumn<Limit>("hourly");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<bool>("asStaff");
        QTest::addColumn<QString>("error");

        QTest::newRow("no plan") << u"  "_s << Limit(1) << Limit(1) << Limit(1) << u"free"_s << true
                                 << u"No plan given: name the plan whose limits to set."_s;
        QTest::newRow("unknown plan")
            << u"gold"_s << Limit(1) << Limit(1) << Limit(1) << u"free"_s << true
            << u"Unknown plan \"gold\": limits can be set for a plan of plan_type_enum or one that already has limits."_s;
        QTest::newRow("negative daily") << u"pro"_s << Limit(-1) << Limit(1) << Limit(1) << u"free"_s << true
                                        << u"The daily token limit must be zero or more (or empty for unlimited), not -1."_s;
        QTest::newRow("negative monthly") << u"pro"_s << Limit(1) << Limit(-5) << Limit(1) << u"free"_s << true
                                          << u"The monthly token limit must be zero or more (or empty for unlimited), not -5."_s;
        QTest::newRow("negative hourly") << u"pro"_s << Limit(1) << Limit(1) << Limit(-2) << u"free"_s << true
                                         << u"The hourly call limit must be between 0 and 2147483647 (or empty for unlimited), not -2."_s;
        QTest::newRow("hourly beyond an integer") << u"pro"_s << Limit(1) << Limit(1) << Limit(3000000000) << u"free"_s << true
                                                  << u"The hourly call limit must be between 0 and 2147483647 (or empty for unlimited), not 3000000000."_s;
        QTest::newRow("unknown cache tier") << u"pro"_s << Limit(1) << Limit(1) << Limit(1) << u"platinum"_s << true
                                            << u"Unknown cache tier \"platinum\": use one of enterprise, free, pro_annual, pro_monthly."_s;
        QTest::newRow("not staff") << u"pro"_s << Limit(1) << Limit(1) << Limit(1) << u"free"_s << false << u"is not a staff account"_s;
    }

    void invalidLimitsChangeNothing()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int staff = data.addStaff();
        const int plain = data.addUser();
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const QString before = limitsSnapshot(db);

        PlanLimitsRow row;
        QFETCH(QString, plan);
        QFETCH(Limit, daily);
        QFETCH(Limit, monthly);
        QFETCH(Limit, hourly);
        QFETCH(QString, tier);
        QFETCH(bool, asStaff);
        row.plan = plan;
        row.dailyTokens = daily;
        row.monthlyTokens = monthly;
        row.hourlyCalls = hourly;
        row.cacheTier = tier;
        const Status set = QuotaService(db.connectionName()).setPlanLimits(asStaff ? staff : plain, row);
        QVERIFY(!set.ok());
        QFETCH(QString, error);
        QVERIFY2(set.error() == error || (error.startsWith(u"is not") && set.error().contains(error)), qPrintable(set.error()));
        QCOMPARE(limitsSnapshot(db), before);
        QCOMPARE(auditRows(db), 0);
    }
};

QTEST_GUILESS_MAIN(TestQuotaLimits)
#include "tst_quota_limits.moc"
