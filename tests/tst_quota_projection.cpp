// Time to exhaustion (migration 0021, QuotaService::projection, quotactl status --json) on
// constructed usage whose answers are worked out by hand: the daily quota at the last 60
// minutes' pace, the monthly one at the last 7 days', null when it lasts until its reset,
// the evaluation time when it is already out.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "QuotaTestData.h"
#include "QuotactlProcess.h"
#include "TestDatabase.h"
#include "db/SqlTime.h"
#include "quota/QuotaService.h"

using namespace Qt::StringLiterals;

namespace {

const QDateTime At(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

QDateTime at(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate);
}

} // namespace

class TestQuotaProjection final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QuotaTestData> m_data;
    int m_steady = 0;   // freemium: 10,000/day, 100,000/month
    int m_monthly = 0;  // freemium, heavy over the week, idle today
    int m_out = 0;      // freemium, over the daily limit already
    int m_idle = 0;     // no usage at all
    int m_unlimited = 0;

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        m_data = std::make_unique<QuotaTestData>(*m_db);
        QuotaTestData &data = *m_data;
        // Steady: 4,400 this morning and 600 in the last hour: 5,000 left today at 600 an
        // hour, gone 8 h 20 min after noon. This month 12,000 of 100,000, all in the last 7
        // days: 88,000 at 12,000 a week lasts past March.
        m_steady = data.addUser();
        data.usage(m_steady, at(u"2026-03-10T08:00:00Z"_s), 4400);
        data.usage(m_steady, at(u"2026-03-10T11:30:00Z"_s), 600);
        data.usage(m_steady, at(u"2026-03-05T09:00:00Z"_s), 7000);
        data.usage(m_steady, at(u"2026-03-10T11:45:00Z"_s), 999, {}, {}, u"error"_s); // failed: no tokens counted
        // Monthly: 70,000 in the last 7 days (and 20,000 before them, last month): 30,000
        // left at 70,000 a week, gone in 3 days; nothing today, so the daily quota lasts.
        m_monthly = data.addUser();
        data.usage(m_monthly, at(u"2026-03-04T10:00:00Z"_s), 40000);
        data.usage(m_monthly, at(u"2026-03-08T10:00:00Z"_s), 30000);
        data.usage(m_monthly, at(u"2026-02-27T10:00:00Z"_s), 20000);
        // Out: 10,500 of 10,000 today.
        m_out = data.addUser();
        data.usage(m_out, at(u"2026-03-10T11:50:00Z"_s), 10500);
        m_idle = data.addUser();
        m_unlimited = data.addUser();
        QCOMPARE(m_db->exec(u"INSERT INTO quotadesk.plan_limits (plan, daily_tokens, monthly_tokens, hourly_calls, cache_tier) "
                            "VALUES ('pro', NULL, NULL, NULL, 'pro_monthly') "
                            "ON CONFLICT (plan) DO UPDATE SET daily_tokens = NULL, monthly_tokens = NULL, hourly_calls = NULL"_s),
                 QString());
        data.subscribe(m_unlimited, u"pro"_s);
        data.usage(m_unlimited, at(u"2026-03-10T11:55:00Z"_s), 900000);
        QVERIFY2(data.ok(), qPrintable(data.error()));
    }

    void cleanupTestCase()
    {
        m_data.reset();
        m_db.reset();
    }

    void projectionsWithKnownAnswers_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<qint64>("lastHour");
        QTest::addColumn<qint64>("last7Days");
        QTest::addColumn<QString>("daily");   // empty: null
        QTest::addColumn<QString>("monthly");
        QTest::newRow("steady: out tonight, lasts the month") << 0 << qint64(600) << qint64(12000) << u"2026-03-10T20:20:00Z"_s << QString();
        QTest::newRow("heavy week: out in 3 days") << 1 << qint64(0) << qint64(70000) << QString() << u"2026-03-13T12:00:00Z"_s;
        QTest::newRow("already out today") << 2 << qint64(10500) << qint64(10500) << u"2026-03-10T12:00:00Z"_s << QString();
        QTest::newRow("idle") << 3 << qint64(0) << qint64(0) << QString() << QString();
        QTest::newRow("unlimited") << 4 << qint64(900000) << qint64(900000) << QString() << QString();
    }

    void projectionsWithKnownAnswers()
    {
        QFETCH(int, which);
        QFETCH(qint64, lastHour);
        QFETCH(qint64, last7Days);
        QFETCH(QString, daily);
        QFETCH(QString, monthly);
        const int user = QList<int>{m_steady, m_monthly, m_out, m_idle, m_unlimited}.at(which);
        const Result<QuotaProjection> p = QuotaService(m_db->connectionName()).projection(user, At);
        QVERIFY2(p.ok(), qPrintable(p.error()));
        QCOMPARE(p->tokensLastHour, lastHour);
        QCOMPARE(p->tokensLast7Days, last7Days);
        QCOMPARE(SqlTime::toIso(p->dailyExhaustedAt), daily);
        QCOMPARE(SqlTime::toIso(p->monthlyExhaustedAt), monthly);
        QCOMPARE(p->evaluatedAt, At);
    }

    void anUnknownUserIsNotFound()
    {
        const Result<QuotaProjection> p = QuotaService(m_db->connectionName()).projection(987654, At);
        QVERIFY(!p.ok());
        QCOMPARE(p.why(), Failure::NotFound);
    }

    // quotactl status --json: projection {daily_exhausted_at, monthly_exhausted_at}, ISO
    // 8601 or null.
    void quotactlStatusJsonHasTheProjection()
    {
        const QuotactlRun run = quotactl({u"--json"_s, u"status"_s, QString::number(m_monthly), u"--at"_s, u"2026-03-10T12:00:00Z"_s},
                                         m_db->conninfo());
        QCOMPARE(run.exitCode, 0);
        const QJsonObject projection = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"projection"_s).toObject();
        QVERIFY(projection.contains(u"daily_exhausted_at"_s));
        QVERIFY(projection.value(u"daily_exhausted_at"_s).isNull());
        QCOMPARE(projection.value(u"monthly_exhausted_at"_s).toString(), u"2026-03-13T12:00:00Z"_s);

        const QuotactlRun text = quotactl({u"status"_s, QString::number(m_steady), u"--at"_s, u"2026-03-10T12:00:00Z"_s}, m_db->conninfo());
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"daily quota out in about 8 h 20 min (2026-03-10 20:20 UTC)"_s), qPrintable(text.out));
        QVERIFY2(text.out.contains(u"monthly quota lasts until it resets"_s), qPrintable(text.out));
    }
};

QTEST_GUILESS_MAIN(TestQuotaProjection)
#include "tst_quota_projection.moc"
