// Demo data: deterministic, covering every warning level, with production's messy rows.
#include <QTest>

#include "ai/LocalResponseGenerator.h"
#include "demo/DemoData.h"
#include "demo/DemoMarker.h"
#include "demo/TrafficSimulator.h"
#include "TestDatabase.h"

class TestDemoData final : public QObject
{
    Q_OBJECT

private:
    static QString checksum(const TestDatabase &db, const QString &select)
    {
        return db.scalar(QStringLiteral("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM (%1) t").arg(select)).toString();
    }

private slots:
    void refusesADatabaseNotMarkedAsDemo()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const auto refused = DemoData::generate(db.connectionName(), DemoData::Options{20, 2, 1, {}});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("not created by Quotadesk as a demo database")), qPrintable(refused.error()));
        QVERIFY(refused.error().contains(db.name()));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM users")).toInt(), 0);

        // A session setting is not the marker: only the database's own setting counts.
        QCOMPARE(db.exec(QStringLiteral("SET quotadesk.demo_database = on")), QString());
        QVERIFY(!DemoMarker::require(db.connectionName()).ok());
        QCOMPARE(db.exec(QStringLiteral("RESET quotadesk.demo_database")), QString());

        LocalResponseGenerator generator;
        TrafficSimulator simulator(db.connectionName(), generator, 1u);
        const Status notPrepared = simulator.prepare();
        QVERIFY(!notPrepared.ok());
        QVERIFY2(notPrepared.error().contains(QLatin1String("demo database")), qPrintable(notPrepared.error()));
    }

    void acceptsADatabaseMarkedAsDemo()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QVERIFY(db.markAsDemo().ok());
        QVERIFY(DemoMarker::require(db.connectionName()).ok());
        const auto loaded = DemoData::generate(db.connectionName(), DemoData::Options{20, 2, 1, {}});
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->value(QStringLiteral("users")).toInt(), 20);
        LocalResponseGenerator generator;
        TrafficSimulator simulator(db.connectionName(), generator, 1u);
        const Status prepared = simulator.prepare();
        QVERIFY2(prepared.ok(), qPrintable(prepared.error()));
    }

    void sameSeedSameData()
    {
        const QDateTime at = QDateTime::fromString(QStringLiteral("2026-03-15T10:30:00Z"), Qt::ISODate);
        TestDatabase a;
        TestDatabase b;
        QVERIFY2(a.isValid() && b.isValid(), qPrintable(a.error() + b.error()));
        QVERIFY(a.markAsDemo().ok() && b.markAsDemo().ok());
        const DemoData::Options options{150, 5, 11, at};
        const auto ra = DemoData::generate(a.connectionName(), options);
        const auto rb = DemoData::generate(b.connectionName(), options);
        QVERIFY2(ra.ok(), qPrintable(ra.error()));
        QVERIFY2(rb.ok(), qPrintable(rb.error()));
        QCOMPARE(ra.value(), rb.value());
        const QString usage = QStringLiteral("SELECT u.email, l.task_type, l.input_tokens, l.output_tokens, l.total_tokens, l.status, l.created_at "
                                             "FROM ai_provider_usage_logs l JOIN users u ON u.id = l.user_id");
        const QString cache = QStringLiteral("SELECT cache_key, cache_type, cache_data, expires_at, access_count FROM ai_cache");
        QCOMPARE(checksum(a, usage), checksum(b, usage));
        QCOMPARE(checksum(a, cache), checksum(b, cache));

        TestDatabase c;
        QVERIFY2(c.isValid(), qPrintable(c.error()));
        QVERIFY(c.markAsDemo().ok());
        const auto rc = DemoData::generate(c.connectionName(), DemoData::Options{150, 5, 12, at});
        QVERIFY2(rc.ok(), qPrintable(rc.error()));
        QVERIFY(checksum(a, usage) != checksum(c, usage));
    }

    void coversEveryLevelAndTheMessyRows()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QVERIFY(db.markAsDemo().ok());
        const QDateTime at = QDateTime::fromString(QStringLiteral("2026-11-24T15:00:00Z"), Qt::ISODate);
        const auto counts = DemoData::generate(db.connectionName(), DemoData::Options{400, 10, 3, at});
        QVERIFY2(counts.ok(), qPrintable(counts.error()));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(DISTINCT daily_level) FROM quotadesk.quota_status('2026-11-24 15:00')")).toInt(), 4);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(DISTINCT plan) FROM quotadesk.quota_status('2026-11-24 15:00')")).toInt(), 4);
        QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM ai_provider_usage_logs WHERE total_tokens IS NULL AND status = 'success'")).toInt() > 0);
        QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM ai_provider_usage_logs WHERE status <> 'success'")).toInt() > 0);
        QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache WHERE expires_at <= '2026-11-24 15:00'")).toInt() > 0);
        QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache WHERE expires_at > '2026-11-24 15:00'")).toInt() > 0);
        QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache WHERE cache_data NOT LIKE '%}'")).toInt() > 0); // invalid JSON
        QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache WHERE cache_type = 'system' AND user_id IS NULL")).toInt() > 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_provider_usage_logs WHERE created_at > '2026-11-24 15:00'")).toInt(), 0);
        QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM admin_action_logs WHERE action = 'cache.warmup'")).toInt() == 1);
    }

    // Today is an ordinary day cut at the clock: by 15:00 it has used about what yesterday
    // had by 15:00 (the Overview's chart compares them hour by hour); weekends spend less;
    // two providers with two models each.
    void todayFollowsTheShapeOfOtherDays()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QVERIFY(db.markAsDemo().ok());
        // A Thursday afternoon, with two weekends in the 14 days before it.
        const QDateTime at = QDateTime::fromString(QStringLiteral("2026-11-26T15:00:00Z"), Qt::ISODate);
        const auto counts = DemoData::generate(db.connectionName(), DemoData::Options{600, 14, 5, at});
        QVERIFY2(counts.ok(), qPrintable(counts.error()));
        const double today = db.scalar(QStringLiteral("SELECT sum(total_tokens) FROM ai_provider_usage_logs "
                                                      "WHERE created_at >= '2026-11-26' AND created_at <= '2026-11-26 15:00'")).toDouble();
        const double yesterday = db.scalar(QStringLiteral("SELECT sum(total_tokens) FROM ai_provider_usage_logs "
                                                          "WHERE created_at >= '2026-11-25' AND created_at <= '2026-11-25 15:00'")).toDouble();
        QVERIFY2(yesterday > 0 && today / yesterday > 0.75 && today / yesterday < 1.33,
                 qPrintable(QStringLiteral("today %1, yesterday %2 by 15:00").arg(today).arg(yesterday)));
        const double quietHours = db.scalar(QStringLiteral("SELECT count(*) FROM ai_provider_usage_logs WHERE extract(hour FROM created_at) < 3")).toDouble();
        const double busyHours = db.scalar(QStringLiteral("SELECT count(*) FROM ai_provider_usage_logs WHERE extract(hour FROM created_at) BETWEEN 7 AND 9")).toDouble();
        QVERIFY2(busyHours > 3 * quietHours, qPrintable(QStringLiteral("07-10 UTC %1 calls, 00-03 UTC %2").arg(busyHours).arg(quietHours)));

        const double weekday = db.scalar(QStringLiteral("SELECT avg(c) FROM (SELECT created_at::date, sum(estimated_cost_usd) AS c FROM ai_provider_usage_logs "
                                                        "WHERE created_at < '2026-11-26' AND extract(isodow FROM created_at) < 6 GROUP BY 1) d")).toDouble();
        const double weekend = db.scalar(QStringLiteral("SELECT avg(c) FROM (SELECT created_at::date, sum(estimated_cost_usd) AS c FROM ai_provider_usage_logs "
                                                        "WHERE created_at < '2026-11-26' AND extract(isodow FROM created_at) >= 6 GROUP BY 1) d")).toDouble();
        QVERIFY2(weekend > 0 && weekend < 0.85 * weekday, qPrintable(QStringLiteral("weekday %1 cents, weekend %2").arg(weekday).arg(weekend)));

        QCOMPARE(db.scalar(QStringLiteral("SELECT string_agg(p, ' ' ORDER BY p) FROM (SELECT provider_type || ':' || count(DISTINCT model_name) AS p "
                                          "FROM ai_provider_configs c WHERE EXISTS (SELECT 1 FROM ai_provider_usage_logs l WHERE l.provider_config_id = c.id) "
                                          "GROUP BY provider_type) x")).toString(),
                 QStringLiteral("gemini:2 openai:2"));
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
