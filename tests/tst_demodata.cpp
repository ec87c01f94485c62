// Demo data: deterministic, covering every warning level, with production's messy rows.
#include <QTest>

#include "demo/DemoData.h"
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
    void sameSeedSameData()
    {
        const QDateTime at = QDateTime::fromString(QStringLiteral("2026-03-15T10:30:00Z"), Qt::ISODate);
        TestDatabase a;
        TestDatabase b;
        QVERIFY2(a.isValid() && b.isValid(), qPrintable(a.error() + b.error()));
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
        const auto rc = DemoData::generate(c.connectionName(), DemoData::Options{150, 5, 12, at});
        QVERIFY2(rc.ok(), qPrintable(rc.error()));
        QVERIFY(checksum(a, usage) != checksum(c, usage));
    }

    void coversEveryLevelAndTheMessyRows()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
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
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
