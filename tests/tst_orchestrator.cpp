// The seed's generate_cached flow against real tables: quota → cache → generator → log → store.
#include <QTest>

#include "ai/LocalResponseGenerator.h"
#include "ai/Orchestrator.h"
#include "TestDatabase.h"

namespace {

// Counts calls so a test can prove a hit never reaches the provider.
class CountingGenerator final : public ResponseGenerator
{
public:
    GeneratedResponse generate(const QString &task, const QString &prompt) override
    {
        ++calls;
        return m_local.generate(task, prompt);
    }
    int calls = 0;

private:
    LocalResponseGenerator m_local;
};

} // namespace

class TestOrchestrator final : public QObject
{
    Q_OBJECT

private:
    static void seed(TestDatabase &db)
    {
        QCOMPARE(db.exec(QStringLiteral(
                     "INSERT INTO users (id, email, full_name, hashed_password, referral_code) VALUES"
                     " (1, 'free@example.com', 'Free', 'x', 'REF00001'), (2, 'pro@example.com', 'Pro', 'x', 'REF00002');"
                     "INSERT INTO plans (id, plan_type, name, price, period) VALUES (1, 'pro', 'Pro', 100, 'monthly');"
                     "INSERT INTO subscriptions (user_id, plan_id, status) VALUES (2, 1, 'active');")),
                 QString());
    }
    static qint64 count(const TestDatabase &db, const QString &sql) { return db.scalar(sql).toLongLong(); }

private slots:
    void missThenHitForACachingPlan()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        seed(db);
        CountingGenerator generator;
        Orchestrator orchestrator(db.connectionName(), generator);

        const auto first = orchestrator.generateCached(2, QStringLiteral("extraction"), QStringLiteral("Extract from: https://jobs.example/42"));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QVERIFY(!first->refused);
        QVERIFY(!first->cached);
        QVERIFY(!first->response.isEmpty());
        QVERIFY(first->cacheCreatedAt.isValid());
        QCOMPARE(first->costSavedUsd, 0.0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM ai_provider_usage_logs WHERE user_id = 2 AND status = 'success' AND total_tokens > 0")), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM ai_cache WHERE user_id = 2 AND cache_type = 'extraction' AND expires_at IS NOT NULL")), 1);

        const auto second = orchestrator.generateCached(2, QStringLiteral("extraction"), QStringLiteral("Extract from: https://jobs.example/42"));
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QVERIFY(second->cached);
        QCOMPARE(second->response, first->response);
        QCOMPARE(second->costSavedUsd, 0.0008);
        QCOMPARE(second->cacheCreatedAt, first->cacheCreatedAt);
        QCOMPARE(generator.calls, 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM ai_provider_usage_logs")), 1);
        QCOMPARE(second->toJson().value(QStringLiteral("cached")).toBool(), true);
        QVERIFY(second->toJson().contains(QStringLiteral("cache_created_at")));
    }

    void freePlansAreNeverCached()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        seed(db);
        CountingGenerator generator;
        Orchestrator orchestrator(db.connectionName(), generator);
        for (int i = 0; i < 2; ++i) {
            const auto result = orchestrator.generateCached(1, QStringLiteral("cv_draft"), QStringLiteral("Same prompt"));
            QVERIFY2(result.ok(), qPrintable(result.error()));
            QVERIFY(!result->cached);
            QVERIFY(!result->cacheCreatedAt.isValid());
            QVERIFY(result->toJson().value(QStringLiteral("cache_created_at")).isNull());
        }
        QCOMPARE(generator.calls, 2);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM ai_cache")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM ai_provider_usage_logs WHERE user_id = 1")), 2);
    }

    void refusedBeforeAnythingHappens()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        seed(db);
        QCOMPARE(db.exec(QStringLiteral(
                     "INSERT INTO ai_provider_configs (id, provider_type, model_name) VALUES (1, 'gemini', 'flash');"
                     "INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, total_tokens, created_at)"
                     " VALUES (1, 1, 'cv_draft', 10000, now() AT TIME ZONE 'UTC' - interval '1 minute')")),
                 QString());
        CountingGenerator generator;
        Orchestrator orchestrator(db.connectionName(), generator);
        const auto result = orchestrator.generateCached(1, QStringLiteral("extraction"), QStringLiteral("anything"));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QVERIFY(result->refused);
        QCOMPARE(result->decision.reason, QStringLiteral("daily_quota_exceeded"));
        QCOMPARE(generator.calls, 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM ai_provider_usage_logs")), 1);
        QCOMPARE(result->toJson().value(QStringLiteral("refused")).toBool(), true);
    }

    void providerFailureIsLoggedAndReported()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        seed(db);
        LocalResponseGenerator generator;
        Orchestrator orchestrator(db.connectionName(), generator);
        const auto result = orchestrator.generateCached(2, QStringLiteral("validation"), QStringLiteral("please [timeout]"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QLatin1String("timeout")), qPrintable(result.error()));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM ai_provider_usage_logs WHERE status = 'timeout'")), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM ai_cache")), 0);
    }

    void unknownUserIsAnError()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        LocalResponseGenerator generator;
        Orchestrator orchestrator(db.connectionName(), generator);
        const auto result = orchestrator.generateCached(404, QStringLiteral("extraction"), QStringLiteral("x"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QLatin1String("404")), qPrintable(result.error()));
    }
};

QTEST_GUILESS_MAIN(TestOrchestrator)
#include "tst_orchestrator.moc"
