// Quota resets: what they do to each window (and do not do to usage rows), what is
// refused (by the service and by the database itself), and the audit trail they leave.
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "quota/QuotaService.h"
#include "QuotaTestData.h"
#include "TestDatabase.h"

using namespace Qt::StringLiterals;

namespace {

int count(const TestDatabase &db, const QString &table)
{
    return db.scalar(u"SELECT count(*) FROM "_s + table).toInt();
}

} // namespace

class TestQuotaReset final : public QObject
{
    Q_OBJECT

private slots:
    void aResetCountsOnlyLaterRowsOfItsOwnPeriod_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<qint64>("daily");
        QTest::addColumn<qint64>("monthly");
        QTest::addColumn<qint64>("calls");

        // Rows: Nov 2 = 10000, today 10:00 = 1000, 11:20 = 100, 11:50 = 10; reset at 11:30.
        QTest::newRow("daily") << u"daily"_s << qint64(10) << qint64(11110) << qint64(2);
        QTest::newRow("monthly") << u"monthly"_s << qint64(1110) << qint64(10) << qint64(2);
        QTest::newRow("hourly") << u"hourly"_s << qint64(1110) << qint64(11110) << qint64(1);
    }

    void aResetCountsOnlyLaterRowsOfItsOwnPeriod()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int staff = data.addStaff();
        const int user = data.addUser();
        const int bystander = data.addUser();
        for (const int who : {user, bystander}) {
            data.usage(who, utc("2026-11-02T10:00:00"), 10000);
            data.usage(who, utc("2026-11-24T10:00:00"), 1000);
            data.usage(who, utc("2026-11-24T11:20:00"), 100);
            data.usage(who, utc("2026-11-24T11:50:00"), 10);
        }
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const QString before = data.usageChecksum();

        QFETCH(QString, period);
        const QuotaService service(db.connectionName());
        const Result<QList<qint64>> reset = service.reset({user}, period, u"ticket 17"_s, staff, utc("2026-11-24T11:30:00"));
        QVERIFY2(reset.ok(), qPrintable(reset.error()));
        QCOMPARE(reset->size(), 1);

        const QDateTime at = utc("2026-11-24T12:00:00");
        const Result<QuotaStatus> status = service.status(user, at);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QTEST(status->daily.used, "daily");
        QTEST(status->monthly.used, "monthly");
        QTEST(status->hourlyCalls.used, "calls");
        QCOMPARE(status->lastDailyReset.isValid(), period == u"daily"_s);
        QCOMPARE(status->lastMonthlyReset.isValid(), period == u"monthly"_s);
        QCOMPARE(status->lastHourlyReset.isValid(), period == u"hourly"_s);
        const QDateTime &last = period == u"daily"_s ? status->lastDailyReset
                                : period == u"monthly"_s ? status->lastMonthlyReset : status->lastHourlyReset;
        QCOMPARE(last, utc("2026-11-24T11:30:00"));

        // Someone else's quota is not touched, nor are the usage rows.
        const Result<QuotaStatus> other = service.status(bystander, at);
        QVERIFY2(other.ok(), qPrintable(other.error()));
        QCOMPARE(other->daily.used, qint64(1110));
        QCOMPARE(other->monthly.used, qint64(11110));
        QCOMPARE(other->hourlyCalls.used, qint64(2));
        QCOMPARE(data.usageChecksum(), before);
    }

    void theLatestResetUpToAtWins_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<qint64>("daily");
        QTest::addColumn<QDateTime>("lastReset");

        // Rows 08:00 = 1, 09:30 = 10, 10:30 = 100, 11:30 = 1000; resets 09:00 and 11:00.
        QTest::newRow("before any reset") << utc("2026-11-24T08:30:00") << qint64(1) << QDateTime();
        QTest::newRow("the first reset; the second is still ahead") << utc("2026-11-24T10:45:00") << qint64(110) << utc("2026-11-24T09:00:00");
        QTest::newRow("the second reset supersedes the first") << utc("2026-11-24T12:00:00") << qint64(1000) << utc("2026-11-24T11:00:00");
        QTest::newRow("at the reset instant the reset applies") << utc("2026-11-24T11:00:00") << qint64(0) << utc("2026-11-24T11:00:00");
    }

    void theLatestResetUpToAtWins()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int staff = data.addStaff();
        const int user = data.addUser();
        data.usage(user, utc("2026-11-24T08:00:00"), 1);
        data.usage(user, utc("2026-11-24T09:30:00"), 10);
        data.usage(user, utc("2026-11-24T10:30:00"), 100);
        data.usage(user, utc("2026-11-24T11:30:00"), 1000);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const QuotaService service(db.connectionName());
        // The later one first: order of insertion must not matter.
        QVERIFY(service.reset({user}, u"daily"_s, u"second"_s, staff, utc("2026-11-24T11:00:00")).ok());
        QVERIFY(service.reset({user}, u"daily"_s, u"first"_s, staff, utc("2026-11-24T09:00:00")).ok());

        QFETCH(QDateTime, at);
        const Result<QuotaStatus> status = service.status(user, at);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QTEST(status->daily.used, "daily");
        QTEST(status->lastDailyReset, "lastReset");
    }

    void aRowAtTheResetInstantIsNotAfterIt_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<qint64>("daily");
        QTest::addColumn<qint64>("monthly");
        QTest::addColumn<qint64>("calls");

        // Rows 11:00:00.000 = 5 and 11:00:00.001 = 7; reset at 11:00:00.000.
        QTest::newRow("daily") << u"daily"_s << qint64(7) << qint64(12) << qint64(2);
        QTest::newRow("monthly") << u"monthly"_s << qint64(12) << qint64(7) << qint64(2);
        QTest::newRow("hourly") << u"hourly"_s << qint64(12) << qint64(12) << qint64(1);
    }

    void aRowAtTheResetInstantIsNotAfterIt()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int staff = data.addStaff();
        const int user = data.addUser();
        data.usage(user, utc("2026-11-24T11:00:00.000"), 5);
        data.usage(user, utc("2026-11-24T11:00:00.001"), 7);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QFETCH(QString, period);
        const QuotaService service(db.connectionName());
        QVERIFY(service.reset({user}, period, u"boundary"_s, staff, utc("2026-11-24T11:00:00.000")).ok());
        const Result<QuotaStatus> status = service.status(user, utc("2026-11-24T11:30:00"));
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QTEST(status->daily.used, "daily");
        QTEST(status->monthly.used, "monthly");
        QTEST(status->hourlyCalls.used, "calls");
    }

    void oldResetsDoNotReachIntoANewWindow()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int staff = data.addStaff();
        const int user = data.addUser();
        data.usage(user, utc("2026-11-24T01:00:00"), 100);
        data.usage(user, utc("2026-11-02T01:00:00"), 1000);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const QuotaService service(db.connectionName());
        QVERIFY(service.reset({user}, u"daily"_s, u"yesterday"_s, staff, utc("2026-11-23T15:00:00")).ok());
        QVERIFY(service.reset({user}, u"monthly"_s, u"last month"_s, staff, utc("2026-10-20T15:00:00")).ok());
        const Result<QuotaStatus> status = service.status(user, utc("2026-11-24T12:00:00"));
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(status->daily.used, qint64(100));
        QCOMPARE(status->monthly.used, qint64(1100));
        QCOMPARE(status->lastDailyReset, utc("2026-11-23T15:00:00")); // still shown as the latest
    }

    void aResetWithoutATimeIsNow()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int staff = data.addStaff();
        const int user = data.addUser();
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
        QVERIFY(QuotaService(db.connectionName()).reset({user}, u"hourly"_s, u"now"_s, staff).ok());
        const QDateTime resetAt = QDateTime::fromString(
            db.scalar(u"SELECT quotadesk.iso(reset_at) FROM quotadesk.quota_resets"_s).toString(), Qt::ISODate);
        QVERIFY2(resetAt >= before && resetAt <= QDateTime::currentDateTimeUtc().addSecs(2), qPrintable(resetAt.toString(Qt::ISODate)));
    }

    void invalidResetsChangeNothing_data()
    {
        QTest::addColumn<QString>("users"); // comma-separated: a, b, missing
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("actor"); // staff, plain, unknown, inactive
        QTest::addColumn<QString>("error");

        QTest::newRow("empty reason") << u"a"_s << u"daily"_s << QString() << u"staff"_s << u"A quota reset needs a reason: say why it is reset."_s;
        QTest::newRow("blank reason") << u"a"_s << u"daily"_s << u" \t "_s << u"staff"_s << u"A quota reset needs a reason: say why it is reset."_s;
        QTest::newRow("unknown period") << u"a"_s << u"weekly"_s << u"why"_s << u"staff"_s
                                        << u"The period to reset must be daily, monthly or hourly, not \"weekly\"."_s;
        QTest::newRow("period names are exact") << u"a"_s << u"Daily"_s << u"why"_s << u"staff"_s
                                                << u"The period to reset must be daily, monthly or hourly, not \"Daily\"."_s;
        QTest::newRow("no period") << u"a"_s << QString() << u"why"_s << u"staff"_s
                                   << u"The period to reset must be daily, monthly or hourly, not \"\"."_s;
        QTest::newRow("nobody selected") << QString() << u"daily"_s << u"why"_s << u"staff"_s << u"No user was selected to reset."_s;
        QTest::newRow("not a staff account") << u"a"_s << u"daily"_s << u"why"_s << u"plain"_s << u"is not a staff account"_s;
        QTest::newRow("unknown actor") << u"a"_s << u"daily"_s << u"why"_s << u"unknown"_s << u"No user with id 9999."_s;
        QTest::newRow("deactivated staff") << u"a"_s << u"daily"_s << u"why"_s << u"inactive"_s << u"is deactivated"_s;
        QTest::newRow("one unknown user among several") << u"a,missing,b"_s << u"monthly"_s << u"why"_s << u"staff"_s
                                                       << u"No user with id 8888: nothing was reset."_s;
    }

    void invalidResetsChangeNothing()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int staff = data.addStaff();
        const int plain = data.addUser();
        const int inactive = data.addUser(u"super_admin"_s, true, /*isActive=*/false);
        const int a = data.addUser();
        const int b = data.addUser();
        data.usage(a, utc("2026-11-24T10:00:00"), 100);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const QString before = data.usageChecksum();

        QFETCH(QString, users);
        QFETCH(QString, actor);
        QList<int> ids;
        for (const QString &name : users.split(u',', Qt::SkipEmptyParts))
            ids << (name == u"a"_s ? a : name == u"b"_s ? b : 8888);
        const int actorId = actor == u"staff"_s ? staff : actor == u"plain"_s ? plain : actor == u"inactive"_s ? inactive : 9999;

        QFETCH(QString, period);
        QFETCH(QString, reason);
        QFETCH(QString, error);
        const Result<QList<qint64>> reset = QuotaService(db.connectionName()).reset(ids, period, reason, actorId, utc("2026-11-24T11:00:00"));
        QVERIFY(!reset.ok());
        QVERIFY2(reset.error().contains(error), qPrintable(reset.error()));
        QCOMPARE(count(db, u"quotadesk.quota_resets"_s), 0);
        QCOMPARE(count(db, u"admin_action_logs"_s), 0);
        QCOMPARE(data.usageChecksum(), before);
    }

    void theDatabaseRefusesTooWhenCalledDirectly_data()
    {
        QTest::addColumn<QString>("users"); // SQL array literal; A and B stand for two users
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("asStaff");
        QTest::addColumn<QString>("error");

        QTest::newRow("not staff") << u"{A}"_s << u"daily"_s << u"why"_s << false << u"is not a staff account"_s;
        QTest::newRow("bad period") << u"{A}"_s << u"yearly"_s << u"why"_s << true
                                    << u"The period to reset must be daily, monthly or hourly, not \"yearly\"."_s;
        QTest::newRow("empty reason") << u"{A}"_s << u"daily"_s << u"  "_s << true << u"A quota reset needs a reason: say why it is reset."_s;
        QTest::newRow("no users") << u"{}"_s << u"daily"_s << u"why"_s << true << u"No user was selected to reset."_s;
        QTest::newRow("a NULL id") << u"{A,NULL}"_s << u"daily"_s << u"why"_s << true << u"The list of users to reset contains an empty id."_s;
        QTest::newRow("unknown users, all named") << u"{A,777,B,778}"_s << u"hourly"_s << u"why"_s << true
                                                  << u"No user with id 777, 778: nothing was reset."_s;
    }

    void theDatabaseRefusesTooWhenCalledDirectly()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int staff = data.addStaff();
        const int a = data.addUser();
        const int b = data.addUser();
        QVERIFY2(data.ok(), qPrintable(data.error()));

        QFETCH(QString, users);
        QFETCH(QString, period);
        QFETCH(QString, reason);
        QFETCH(bool, asStaff);
        users.replace(u'A', QString::number(a)).replace(u'B', QString::number(b));
        QSqlQuery query(db.db());
        query.prepare(u"SELECT * FROM quotadesk.admin_reset_quota(?, ?::integer[], ?, ?)"_s);
        query.addBindValue(asStaff ? staff : a);
        query.addBindValue(users);
        query.addBindValue(period);
        query.addBindValue(reason);
        QVERIFY(!query.exec());
        QFETCH(QString, error);
        QVERIFY2(query.lastError().databaseText().contains(error), qPrintable(query.lastError().databaseText()));
        QCOMPARE(count(db, u"quotadesk.quota_resets"_s), 0);
        QCOMPARE(count(db, u"admin_action_logs"_s), 0);
    }

    void aResetLeavesOneAuditRowPerUser()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int staff = data.addStaff();
        const int first = data.addUser();
        const int second = data.addUser();
        data.usage(first, utc("2026-11-24T10:00:00"), 1500);
        data.usage(first, utc("2026-11-24T10:30:00"), 250, {}, {}, u"error"_s);
        data.usage(second, utc("2026-11-03T10:00:00"), 42);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const QString before = data.usageChecksum();

        const Result<QList<qint64>> reset = QuotaService(db.connectionName())
                                                .reset({second, first, second}, u"daily"_s, u"  Ticket #42: billing error  "_s, staff,
                                                       utc("2026-11-24T11:00:00"));
        QVERIFY2(reset.ok(), qPrintable(reset.error()));
        QCOMPARE(reset->size(), 2); // duplicates are reset once
        QCOMPARE(count(db, u"quotadesk.quota_resets"_s), 2);
        QCOMPARE(count(db, u"admin_action_logs"_s), 2);
        QCOMPARE(data.usageChecksum(), before);

        QSqlQuery q(db.db());
        q.prepare(u"SELECT r.id, r.user_id, r.period, quotadesk.iso(r.reset_at), r.reset_by, r.reason,"
                  "       a.admin_user_id, a.action, a.target_type, a.target_id, a.details::text, a.created_at IS NOT NULL "
                  "FROM quotadesk.quota_resets r JOIN admin_action_logs a ON a.id = r.audit_log_id ORDER BY r.user_id"_s);
        QVERIFY(q.exec());
        const QList<QPair<int, qint64>> expected{{first, 1500}, {second, 0}};
        for (int i = 0; i < 2; ++i) {
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), reset->at(i)); // ids by ascending user id
            QCOMPARE(q.value(1).toInt(), expected.at(i).first);
            QCOMPARE(q.value(2).toString(), u"daily"_s);
            QCOMPARE(q.value(3).toString(), u"2026-11-24T11:00:00Z"_s);
            QCOMPARE(q.value(4).toInt(), staff);
            QCOMPARE(q.value(5).toString(), u"Ticket #42: billing error"_s);
            QCOMPARE(q.value(6).toInt(), staff);
            QCOMPARE(q.value(7).toString(), u"quota.reset"_s);
            QCOMPARE(q.value(8).toString(), u"user"_s);
            QCOMPARE(q.value(9).toInt(), expected.at(i).first);
            const QJsonObject details = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
            QCOMPARE(details.value(u"period").toString(), u"daily"_s);
            QCOMPARE(details.value(u"reason").toString(), u"Ticket #42: billing error"_s);
            QCOMPARE(details.value(u"email").toString(), QStringLiteral("user%1@example.com").arg(i + 2));
            QCOMPARE(details.value(u"used_before").toInteger(), expected.at(i).second);
            QCOMPARE(details.value(u"reset_at").toString(), u"2026-11-24T11:00:00Z"_s);
            QVERIFY(q.value(11).toBool());
        }
        QVERIFY(!q.next());
    }

    void aResetLetsTheUserWorkAgain()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int staff = data.addStaff();
        const int user = data.addUser();
        data.usage(user, utc("2026-11-24T09:00:00"), 10240);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const QuotaService service(db.connectionName());
        const QDateTime at = utc("2026-11-24T12:00:00");

        Result<QuotaDecision> decision = service.check(user, u"extraction"_s, {}, at);
        QVERIFY2(decision.ok(), qPrintable(decision.error()));
        QCOMPARE(decision->reason, QString::fromLatin1(QuotaDecision::DailyQuotaExceeded));
        QVERIFY(service.reset({user}, u"daily"_s, u"goodwill"_s, staff, utc("2026-11-24T11:00:00")).ok());
        decision = service.check(user, u"extraction"_s, {}, at);
        QVERIFY2(decision.ok(), qPrintable(decision.error()));
        QVERIFY2(decision->allowed, qPrintable(decision->message));
    }
};

QTEST_GUILESS_MAIN(TestQuotaReset)
#include "tst_quota_reset.moc"
