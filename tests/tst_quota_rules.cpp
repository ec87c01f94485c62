// The pure quota rules: window arithmetic, the refusal rule of check() and its order,
// messages, and the JSON shapes the REST server and the CLI print; and that the C++
// definitions of levels and periods agree with the SQL ones.
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "quota/QuotaLevel.h"
#include "quota/QuotaPeriod.h"
#include "quota/QuotaService.h"
#include "QuotaTestData.h"
#include "TestDatabase.h"

using namespace Qt::StringLiterals;

namespace {

using Limit = std::optional<qint64>;

QuotaStatus makeStatus(qint64 dailyUsed, Limit dailyLimit, qint64 monthlyUsed, Limit monthlyLimit, qint64 calls, Limit callLimit)
{
    QuotaStatus s;
    s.userId = 7;
    s.email = QStringLiteral("ann@example.com");
    s.plan = QStringLiteral("freemium");
    s.daily = QuotaWindow::fromUsage(dailyUsed, dailyLimit);
    s.monthly = QuotaWindow::fromUsage(monthlyUsed, monthlyLimit);
    s.hourlyCalls = QuotaWindow::fromUsage(calls, callLimit);
    s.evaluatedAt = QDateTime(QDate(2026, 11, 24), QTime(15, 30), Qt::UTC);
    s.dailyResetsAt = QDateTime(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC);
    s.monthlyResetsAt = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    return s;
}

} // namespace

class TestQuotaRules final : public QObject
{
    Q_OBJECT

private slots:
    void windowArithmetic_data()
    {
        QTest::addColumn<qint64>("used");
        QTest::addColumn<Limit>("limit");
        QTest::addColumn<int>("percentage");
        QTest::addColumn<QString>("level");
        QTest::addColumn<Limit>("remaining");

        QTest::newRow("nothing used") << qint64(0) << Limit(10000) << 0 << u"ok"_s << Limit(10000);
        QTest::newRow("49.99% is 49, ok") << qint64(4999) << Limit(10000) << 49 << u"ok"_s << Limit(5001);
        QTest::newRow("50% is warning") << qint64(5000) << Limit(10000) << 50 << u"warning"_s << Limit(5000);
        QTest::newRow("79.99% floors to 79") << qint64(7999) << Limit(10000) << 79 << u"warning"_s << Limit(2001);
        QTest::newRow("80% is critical") << qint64(8000) << Limit(10000) << 80 << u"critical"_s << Limit(2000);
        QTest::newRow("94.99% is still critical") << qint64(9499) << Limit(10000) << 94 << u"critical"_s << Limit(501);
        QTest::newRow("95% is exceeded") << qint64(9500) << Limit(10000) << 95 << u"exceeded"_s << Limit(500);
        QTest::newRow("over 100% is kept, remaining 0") << qint64(25000) << Limit(10000) << 250 << u"exceeded"_s << Limit(0);
        QTest::newRow("unlimited is 0% and no remaining") << qint64(999999999) << Limit() << 0 << u"ok"_s << Limit();
        QTest::newRow("zero limit is full") << qint64(0) << Limit(0) << 100 << u"exceeded"_s << Limit(0);
        QTest::newRow("big numbers do not overflow") << qint64(6000000000) << Limit(60000000) << 10000 << u"exceeded"_s << Limit(0);
    }

    void windowArithmetic()
    {
        QFETCH(qint64, used);
        QFETCH(Limit, limit);
        const QuotaWindow w = QuotaWindow::fromUsage(used, limit);
        QTEST(w.percentage, "percentage");
        QTEST(w.warningLevel, "level");
        QTEST(w.remaining, "remaining");
        QCOMPARE(w.limit, limit);
        QCOMPARE(w.used, used);
    }

    void decideRefusesInTheDocumentedOrder_data()
    {
        QTest::addColumn<qint64>("dailyUsed");
        QTest::addColumn<Limit>("dailyLimit");
        QTest::addColumn<qint64>("monthlyUsed");
        QTest::addColumn<Limit>("monthlyLimit");
        QTest::addColumn<qint64>("calls");
        QTest::addColumn<Limit>("callLimit");
        QTest::addColumn<qint64>("estimate");
        QTest::addColumn<QString>("reason"); // empty: allowed

        const Limit d(10000), m(100000), h(100);
        QTest::newRow("plenty left") << qint64(0) << d << qint64(0) << m << qint64(0) << h << qint64(1024) << QString();
        QTest::newRow("daily used up exactly") << qint64(10000) << d << qint64(0) << m << qint64(0) << h << qint64(1) << u"daily_quota_exceeded"_s;
        QTest::newRow("daily over, and everything else too: daily first")
            << qint64(12000) << d << qint64(200000) << m << qint64(500) << h << qint64(1) << u"daily_quota_exceeded"_s;
        QTest::newRow("daily remaining below the estimate") << qint64(9000) << d << qint64(0) << m << qint64(0) << h << qint64(1024)
                                                             << u"daily_quota_insufficient"_s;
        QTest::newRow("daily insufficient before monthly exceeded")
            << qint64(9000) << d << qint64(100000) << m << qint64(100) << h << qint64(1024) << u"daily_quota_insufficient"_s;
        QTest::newRow("daily remaining equal to the estimate is enough")
            << qint64(8976) << d << qint64(0) << m << qint64(0) << h << qint64(1024) << QString();
        QTest::newRow("monthly used up") << qint64(0) << d << qint64(100000) << m << qint64(0) << h << qint64(1) << u"monthly_quota_exceeded"_s;
        QTest::newRow("monthly exceeded before hourly") << qint64(0) << d << qint64(100001) << m << qint64(100) << h << qint64(1)
                                                         << u"monthly_quota_exceeded"_s;
        QTest::newRow("monthly remaining below the estimate")
            << qint64(0) << d << qint64(99000) << m << qint64(0) << h << qint64(1024) << u"monthly_quota_insufficient"_s;
        QTest::newRow("monthly insufficient before hourly")
            << qint64(0) << d << qint64(99000) << m << qint64(100) << h << qint64(1024) << u"monthly_quota_insufficient"_s;
        QTest::newRow("hourly calls at the limit") << qint64(0) << d << qint64(0) << m << qint64(100) << h << qint64(1) << u"hourly_call_limit"_s;
        QTest::newRow("hourly calls one below the limit") << qint64(0) << d << qint64(0) << m << qint64(99) << h << qint64(1) << QString();
        QTest::newRow("unlimited daily never refuses; monthly does")
            << qint64(50000000) << Limit() << qint64(100000) << m << qint64(0) << h << qint64(1) << u"monthly_quota_exceeded"_s;
        QTest::newRow("unlimited everything never refuses")
            << qint64(50000000) << Limit() << qint64(900000000) << Limit() << qint64(100000) << Limit() << qint64(1000000) << QString();
        QTest::newRow("zero daily limit refuses") << qint64(0) << Limit(0) << qint64(0) << m << qint64(0) << h << qint64(1) << u"daily_quota_exceeded"_s;
        QTest::newRow("zero hourly limit refuses") << qint64(0) << d << qint64(0) << m << qint64(0) << Limit(0) << qint64(1) << u"hourly_call_limit"_s;
    }

    void decideRefusesInTheDocumentedOrder()
    {
        QFETCH(qint64, dailyUsed);
        QFETCH(Limit, dailyLimit);
        QFETCH(qint64, monthlyUsed);
        QFETCH(Limit, monthlyLimit);
        QFETCH(qint64, calls);
        QFETCH(Limit, callLimit);
        QFETCH(qint64, estimate);
        QFETCH(QString, reason);

        const QuotaStatus status = makeStatus(dailyUsed, dailyLimit, monthlyUsed, monthlyLimit, calls, callLimit);
        const QuotaDecision decision = QuotaService::decide(status, estimate);
        QCOMPARE(decision.reason, reason);
        QCOMPARE(decision.allowed, reason.isEmpty());
        QCOMPARE(decision.estimate, estimate);
        QCOMPARE(decision.status.userId, status.userId);
        QVERIFY(!decision.message.isEmpty());
    }

    void messagesGiveTheFiguresAndTheResetTime_data()
    {
        QTest::addColumn<QuotaStatus>("status");
        QTest::addColumn<qint64>("estimate");
        QTest::addColumn<QString>("message");

        QTest::newRow("daily exceeded") << makeStatus(10240, 10000, 10240, 100000, 3, 100) << qint64(1024)
                                        << u"Daily quota exceeded: 10,240 of 10,000 tokens used today; resets at 2026-11-25T00:00:00Z."_s;
        QTest::newRow("daily insufficient")
            << makeStatus(9500, 10000, 9500, 100000, 3, 100) << qint64(2048)
            << u"Not enough daily quota: this request needs about 2,048 tokens, only 500 of 10,000 are left today; resets at 2026-11-25T00:00:00Z."_s;
        QTest::newRow("monthly exceeded") << makeStatus(0, 10000, 100500, 100000, 3, 100) << qint64(1024)
                                          << u"Monthly quota exceeded: 100,500 of 100,000 tokens used this month; resets at 2026-12-01T00:00:00Z."_s;
        QTest::newRow("monthly insufficient")
            << makeStatus(0, 10000, 99000, 100000, 3, 100) << qint64(1536)
            << u"Not enough monthly quota: this request needs about 1,536 tokens, only 1,000 of 100,000 are left this month; resets at 2026-12-01T00:00:00Z."_s;
        QTest::newRow("hourly") << makeStatus(0, 10000, 0, 100000, 100, 100) << qint64(1)
                                << u"Hourly call limit reached: 100 of 100 calls in the last 60 minutes; try again later."_s;
    }

    void messagesGiveTheFiguresAndTheResetTime()
    {
        QFETCH(QuotaStatus, status);
        QFETCH(qint64, estimate);
        QTEST(QuotaService::decide(status, estimate).message, "message");
    }

    void statusJsonUsesTheSeedNames()
    {
        QuotaStatus s = makeStatus(9500, 10000, 20000, 100000, 7, 100);
        s.lastMonthlyReset = QDateTime(QDate(2026, 11, 3), QTime(8, 15, 30), Qt::UTC);
        const QJsonObject json = s.toJson();

        for (const char *key : {"user_id", "email", "plan", "limits_known", "daily", "monthly", "hourly_calls", "resets_at", "bad_rows"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(u"user_id").toInt(), 7);
        const QJsonObject daily = json.value(u"daily").toObject();
        QCOMPARE(daily.value(u"used").toInteger(), 9500);
        QCOMPARE(daily.value(u"limit").toInteger(), 10000);
        QCOMPARE(daily.value(u"remaining").toInteger(), 500);
        QCOMPARE(daily.value(u"percentage").toInt(), 95);
        QCOMPARE(daily.value(u"warning_level").toString(), u"exceeded"_s);
        const QJsonObject hourly = json.value(u"hourly_calls").toObject();
        QCOMPARE(hourly.value(u"made").toInteger(), 7);
        QVERIFY(!hourly.contains(u"used"));
        QCOMPARE(json.value(u"resets_at").toObject().value(u"daily").toString(), u"2026-11-25T00:00:00Z"_s);
        QCOMPARE(json.value(u"resets_at").toObject().value(u"monthly").toString(), u"2026-12-01T00:00:00Z"_s);
        QCOMPARE(json.value(u"last_resets").toObject().value(u"monthly").toString(), u"2026-11-03T08:15:30Z"_s);
        QVERIFY(json.value(u"last_resets").toObject().value(u"daily").isNull());
        QVERIFY(json.value(u"subscription_status").isNull());
    }

    void unlimitedWindowsAreNullInJson()
    {
        const QuotaStatus s = makeStatus(123456789, std::nullopt, 5, std::nullopt, 9, std::nullopt);
        const QJsonObject daily = s.toJson().value(u"daily").toObject();
        QVERIFY(daily.value(u"limit").isNull());
        QVERIFY(daily.value(u"remaining").isNull());
        QCOMPARE(daily.value(u"percentage").toInt(), 0);
        QCOMPARE(daily.value(u"used").toInteger(), 123456789);

        QuotaLimits limits;
        limits.plan = QStringLiteral("enterprise");
        limits.hourlyCalls = 10;
        const QJsonObject l = limits.toJson();
        QCOMPARE(l.keys(), (QStringList{u"cache_tier"_s, u"daily_tokens"_s, u"hourly_calls"_s, u"limits_known"_s, u"monthly_tokens"_s, u"plan"_s}));
        QVERIFY(l.value(u"daily_tokens").isNull());
        QCOMPARE(l.value(u"hourly_calls").toInteger(), 10);
    }

    void decisionJson()
    {
        const QuotaDecision refused = QuotaService::decide(makeStatus(10000, 10000, 0, 100000, 0, 100), 512);
        QJsonObject json = refused.toJson();
        QCOMPARE(json.value(u"allowed").toBool(), false);
        QCOMPARE(json.value(u"reason").toString(), u"daily_quota_exceeded"_s);
        QCOMPARE(json.value(u"estimated_tokens").toInteger(), 512);
        QCOMPARE(json.value(u"quota").toObject().value(u"daily").toObject().value(u"used").toInteger(), 10000);

        json = QuotaService::decide(makeStatus(0, 10000, 0, 100000, 0, 100), 512).toJson();
        QCOMPARE(json.value(u"allowed").toBool(), true);
        QVERIFY(json.value(u"reason").isNull());
    }

    void levelsAgreeWithTheDatabaseAtEveryBoundary()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QList<int> percentages = {-100, -1, 0, 1, 100, 101, 250, 100000, std::numeric_limits<int>::max(), std::numeric_limits<int>::min()};
        for (const auto &[level, at] : QuotaLevel::thresholds())
            percentages << at - 1 << at << at + 1;
        QCOMPARE(QuotaLevel::thresholds().size(), 3); // 49/50, 79/80, 94/95 above
        for (int pct : percentages) {
            const QString sql = db.scalar(u"SELECT quotadesk.warning_level(?::integer)"_s, {pct}).toString();
            QVERIFY2(!sql.isEmpty(), qPrintable(QString::number(pct)));
            QCOMPARE(QuotaLevel::forPercentage(pct), sql);
            QVERIFY(QuotaLevel::all().contains(sql));
        }
    }

    void periodsAreExactlyTheOnesTheDatabaseResets()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int staff = data.addStaff();
        const int user = data.addUser();
        QVERIFY2(data.ok(), qPrintable(data.error()));
        auto reset = [&](const QString &period) {
            QSqlQuery query(db.db());
            query.prepare(u"SELECT quotadesk.admin_reset_quota(?, ARRAY[?]::integer[], ?, 'test')"_s);
            query.addBindValue(staff);
            query.addBindValue(user);
            query.addBindValue(period);
            return query.exec() ? QString() : query.lastError().nativeErrorCode();
        };
        for (const QString &period : QuotaPeriod::all())
            QCOMPARE(reset(period), QString());
        const QStringList others = {u"weekly"_s, u"yearly"_s, u"Daily"_s, u"DAILY"_s, u" daily"_s, u"day"_s, u"minute"_s, QString()};
        for (const QString &period : others)
            QCOMPARE(reset(period), u"QD031"_s);
        // The table's own check names the same set.
        const QString check = db.scalar(u"SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c "
                                        "WHERE c.conrelid = 'quotadesk.quota_resets'::regclass AND c.contype = 'c' "
                                        "AND pg_get_constraintdef(c.oid) LIKE '%period%'"_s).toString();
        QStringList inCheck;
        static const QRegularExpression quoted(u"'([^']*)'"_s);
        for (auto it = quoted.globalMatch(check); it.hasNext();)
            inCheck << it.next().captured(1);
        QStringList expected = QuotaPeriod::all();
        inCheck.sort();
        expected.sort();
        QCOMPARE(inCheck, expected);
    }
};

QTEST_GUILESS_MAIN(TestQuotaRules)
#include "tst_quota_rules.moc"
