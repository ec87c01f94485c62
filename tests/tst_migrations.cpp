// Migrations on the three database states: empty, upstream tables with data, newer schema.
#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include "db/Migrator.h"
#include "TestDatabase.h"

class TestMigrations final : public QObject
{
    Q_OBJECT

private:
    // Everything about the upstream tables that a migration must not change:
    // their columns and types, and the content of every row.
    static QString upstreamSnapshot(const TestDatabase &db)
    {
        QStringList parts;
        QSqlQuery q(db.db());
        q.exec(QStringLiteral(
            "SELECT string_agg(table_name || '.' || column_name || ':' || data_type || ':' || is_nullable || ':' "
            "                  || coalesce(column_default, ''), ',' ORDER BY table_name, ordinal_position) "
            "FROM information_schema.columns WHERE table_schema = 'public'"));
        q.next();
        parts << q.value(0).toString();
        for (const QString &table : Migrator::upstreamTables()) {
            q.exec(QStringLiteral("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t.id)), '') FROM public.%1 t")
                       .arg(table));
            q.next();
            parts << table + u'=' + q.value(0).toString();
        }
        return parts.join(u'\n');
    }

    static int appliedCount(const TestDatabase &db)
    {
        return db.scalar(QStringLiteral("SELECT count(*) FROM quotadesk.schema_migrations")).toInt();
    }

private slots:
    void emptyDatabaseGetsEverythingAndSecondRunIsANoOp()
    {
        TestDatabase db(TestDatabase::Schema::Empty);
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const Migrator migrator(db.connectionName());

        const auto first = migrator.migrate();
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->fromVersion, 0);
        QCOMPARE(first->toVersion, Migrator::latestVersion());
        QCOMPARE(first->applied.size(), Migrator::bundledMigrations().size());
        for (const QString &table : Migrator::upstreamTables())
            QVERIFY2(db.scalar(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), {QString(QStringLiteral("public.") + table)}).toBool(),
                     qPrintable(table));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM quotadesk.plan_limits")).toInt(), 5);

        const auto second = migrator.migrate();
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QVERIFY(second->applied.isEmpty());
        QCOMPARE(appliedCount(db), Migrator::bundledMigrations().size());
        QVERIFY(migrator.verify().ok());
    }

    void productionTablesWithDataAreLeftExactlyAsTheyWere()
    {
        TestDatabase db(TestDatabase::Schema::Empty);
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QFile upstream(testDataPath(QStringLiteral("upstream_schema.sql")));
        QVERIFY(upstream.open(QIODevice::ReadOnly));
        QCOMPARE(db.exec(QString::fromUtf8(upstream.readAll())), QString());
        QCOMPARE(db.exec(QStringLiteral(
                     "INSERT INTO users (email, full_name, hashed_password, referral_code, created_at) VALUES "
                     " ('a@example.com', 'A', 'x', 'AAAA0001', '2019-01-01'), ('b@example.com', 'B''s \"quote\" 100%', 'x', 'BBBB0002', now());"
                     "INSERT INTO plans (plan_type, name, price, period) VALUES ('pro', 'Pro', 150000, 'monthly');"
                     "INSERT INTO subscriptions (user_id, plan_id, status) VALUES (1, 1, 'active');"
                     "INSERT INTO ai_provider_configs (provider_type, model_name) VALUES ('gemini', 'gemini-pro');"
                     "INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, input_tokens, output_tokens, total_tokens, status, created_at)"
                     " SELECT 1 + g % 2, 1, 'extraction', g, NULL, CASE WHEN g % 7 = 0 THEN NULL ELSE g * 3 END,"
                     "        CASE WHEN g % 11 = 0 THEN 'error' ELSE 'success' END, now() - g * interval '1 hour'"
                     " FROM generate_series(1, 500) g;"
                     "INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at) VALUES"
                     " ('sys', 'system', '\"x\"', NULL, NULL), ('sys', 'system', 'not json {', NULL, NULL),"
                     " ('k1', 'session', '{}', 1, now() - interval '1 day');"
                     "INSERT INTO admin_action_logs (admin_user_id, action) VALUES (1, 'legacy.action');")),
                 QString());
        const QString before = upstreamSnapshot(db);

        const auto migrated = Migrator(db.connectionName()).migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
        QCOMPARE(migrated->toVersion, Migrator::latestVersion());
        QCOMPARE(upstreamSnapshot(db), before);
        QVERIFY(Migrator(db.connectionName()).verify().ok());
    }

    void newerSchemaIsRefusedWithoutChanges()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int future = Migrator::latestVersion() + 1;
        QCOMPARE(db.exec(QStringLiteral("INSERT INTO quotadesk.schema_migrations (version, name, checksum) VALUES (?, 'from_the_future', '-')"),
                         {future}),
                 QString());
        const auto migrated = Migrator(db.connectionName()).migrate();
        QVERIFY(!migrated.ok());
        QVERIFY2(migrated.error().contains(QLatin1String("newer")), qPrintable(migrated.error()));
        QVERIFY2(migrated.error().contains(QString::number(future)), qPrintable(migrated.error()));
        const Status verified = Migrator(db.connectionName()).verify();
        QVERIFY(!verified.ok());
        QVERIFY(verified.error().contains(QLatin1String("upgrade Quotadesk")));
        QCOMPARE(appliedCount(db), Migrator::bundledMigrations().size() + 1);
    }

    void aFailingMigrationIsRolledBackWhole()
    {
        TestDatabase db(TestDatabase::Schema::Empty);
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        // A conflicting object makes migration 2 fail half-way through its statements.
        QCOMPARE(db.exec(QStringLiteral("CREATE SCHEMA quotadesk; CREATE TABLE quotadesk.cache_lookups (x int)")), QString());
        const auto migrated = Migrator(db.connectionName()).migrate();
        QVERIFY(!migrated.ok());
        QVERIFY2(migrated.error().contains(QLatin1String("rolled back")), qPrintable(migrated.error()));
        QCOMPARE(db.scalar(QStringLiteral("SELECT max(version) FROM quotadesk.schema_migrations")).toInt(), 1);
        // Statements before the failing one in the same file are gone too.
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('quotadesk.plan_limits') IS NULL")).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
