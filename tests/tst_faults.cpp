// Faults end in true statements: a connection cut during an admin action (for real, by a
// proxy on the wire), clean-ups that run at once, and a clean-up bounded by what its
// confirmation counted. The database is asked, never guessed.
#include <memory>

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include "FaultProxy.h"
#include "QuotactlProcess.h"
#include "TestDatabase.h"
#include "audit/ActionId.h"
#include "cache/CacheService.h"
#include "db/DatabaseWorker.h"
#include "db/SqlError.h"

class TestFaults final : public QObject
{
    Q_OBJECT

private:
    // A user who used tokens today, and a staff account (id 3).
    static void seed(TestDatabase &db)
    {
        QCOMPARE(db.exec(QStringLiteral(
                     "INSERT INTO users (id, email, full_name, hashed_password, referral_code, role, is_admin) VALUES"
                     " (1, 'free@example.com', 'Fran Free', 'x', 'REF00001', 'candidate', false),"
                     " (3, 'staff@example.com', 'Sam Staff', 'x', 'REF00003', 'support_agent', false);"
                     "SELECT setval('users_id_seq', 3);"
                     "INSERT INTO ai_provider_configs (id, provider_type, model_name) VALUES (1, 'gemini', 'flash');"
                     "INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, total_tokens, status, created_at)"
                     " VALUES (1, 1, 'extraction', 9000, 'success', date_trunc('day', now() AT TIME ZONE 'UTC') + interval '1 second');")),
                 QString());
    }

    static QStringList resetArgs(const QUuid &action)
    {
        return {QStringLiteral("reset"), QStringLiteral("free@example.com"), QStringLiteral("--period"), QStringLiteral("daily"),
                QStringLiteral("--reason"), QStringLiteral("ticket 42"), QStringLiteral("--as"), QStringLiteral("3"),
                QStringLiteral("--action-id"), ActionId::text(action)};
    }

    static qint64 count(TestDatabase &db, const QString &sql) { return db.scalar(sql).toLongLong(); }

private slots:
    // The reset reaches the server and commits; the reply never comes back. quotactl asks
    // again on a new connection and says "applied" — and the reset happened once.
    void aResetWhoseReplyIsLostIsReportedApplied()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        seed(db);
        FaultProxy proxy;
        const QUuid action = QUuid::createUuid();
        proxy.cutOn(ActionId::text(action).toLatin1(), FaultProxy::Cut::BeforeReply);
        const QuotactlRun run = quotactl(resetArgs(action), proxy.route(db.conninfo()));
        QCOMPARE(proxy.cuts(), 1);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.contains(QLatin1String("confirms that the action was applied")), qPrintable(run.out));
        QVERIFY2(run.out.contains(ActionId::text(action)), qPrintable(run.out));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM quotadesk.quota_resets")), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM public.admin_action_logs WHERE action = 'quota.reset'")), 1);
    }

    // The request never reaches the server: "not applied", exit 2, nothing changed.
    void aResetWhoseRequestIsLostIsReportedNotApplied()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        seed(db);
        FaultProxy proxy;
        const QUuid action = QUuid::createUuid();
        proxy.cutOn(ActionId::text(action).toLatin1(), FaultProxy::Cut::BeforeRequest);
        const QuotactlRun run = quotactl(resetArgs(action), proxy.route(db.conninfo()));
        QCOMPARE(proxy.cuts(), 1);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("the action was not applied")), qPrintable(run.err));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM quotadesk.quota_resets")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM quotadesk.admin_actions")), 0);
    }

    // The reply is lost and the database cannot be reached again: "unknown", exit 6, and
    // the id to check; asked later, the database says it was applied.
    void anUnreachableDatabaseAfterACutIsReportedUnknown()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        seed(db);
        FaultProxy proxy;
        const QUuid action = QUuid::createUuid();
        proxy.cutOn(ActionId::text(action).toLatin1(), FaultProxy::Cut::BeforeReply, true);
        const QuotactlRun run = quotactl(resetArgs(action), proxy.route(db.conninfo()));
        QCOMPARE(proxy.cuts(), 1);
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.err.contains(QStringLiteral("unknown: check action %1").arg(ActionId::text(action))), qPrintable(run.err));
        const QuotactlRun later = quotactl({QStringLiteral("action"), ActionId::text(action)}, db.conninfo());
        QCOMPARE(later.exitCode, 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM quotadesk.quota_resets")), 1);
    }

    // One clean-up at a time across all clients: a second is refused at once, saying since
    // when and by whom (exit 5); once the first ends, it runs.
    void aSecondCleanupIsRefusedWhileOneRuns()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        seed(db);
        QCOMPARE(db.exec(QStringLiteral("INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at)"
                                        " SELECT 'k' || g, 'session', '{}', 1, now() AT TIME ZONE 'UTC' - interval '1 hour'"
                                        " FROM generate_series(1, 5) g")),
                 QString());
        QSqlQuery first(db.db());
        QVERIFY(first.exec(QStringLiteral("SELECT quotadesk.job_begin('cache.cleanup_expired', gen_random_uuid(), 3)")));
        const QuotactlRun refused = quotactl({QStringLiteral("cleanup"), QStringLiteral("--as"), QStringLiteral("3")}, db.conninfo());
        QCOMPARE(refused.exitCode, 5);
        QVERIFY2(refused.err.contains(QLatin1String("already running since")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("staff@example.com")), qPrintable(refused.err));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM public.ai_cache")), 5);
        // A batch called on its own is refused too.
        QVERIFY(first.exec(QStringLiteral("SELECT quotadesk.job_held('cache.cleanup_expired')")) && first.next());
        QVERIFY(first.value(0).toBool());

        QVERIFY(first.exec(QStringLiteral("SELECT quotadesk.job_end('cache.cleanup_expired')")));
        const QuotactlRun done = quotactl({QStringLiteral("cleanup"), QStringLiteral("--as"), QStringLiteral("3")}, db.conninfo());
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM public.ai_cache")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM quotadesk.running_jobs")), 0);
    }

    // The confirmation counted N rows by the server's clock; rows that expire (or are
    // written expired) after the count are not deleted by that clean-up.
    void aCleanupDeletesWhatWasCounted()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        seed(db);
        QCOMPARE(db.exec(QStringLiteral("INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at)"
                                        " SELECT 'old' || g, 'session', '{}', 1, now() AT TIME ZONE 'UTC' - interval '1 hour'"
                                        " FROM generate_series(1, 3) g")),
                 QString());
        const CacheService cache(db.connectionName());
        const auto counted = cache.expiredSnapshot();
        QVERIFY2(counted, qPrintable(counted.error()));
        QCOMPARE(counted->rows, 3);
        const QDateTime serverNow = QDateTime::fromString(db.scalar(QStringLiteral("SELECT quotadesk.iso(quotadesk.utc_now())")).toString(), Qt::ISODate);
        QVERIFY(std::abs(counted->at.secsTo(serverNow)) < 5);
        QCOMPARE(db.exec(QStringLiteral("INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at)"
                                        " SELECT 'late' || g, 'session', '{}', 1, now() AT TIME ZONE 'UTC' - interval '2 hours'"
                                        " FROM generate_series(1, 2) g")),
                 QString());
        const auto report = cache.cleanupExpired(3, 2, counted->at, {}, QUuid::createUuid(), counted->maxId);
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->deleted, 3);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM public.ai_cache WHERE cache_key LIKE 'late%'")), 2);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM public.ai_cache WHERE cache_key LIKE 'old%'")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM quotadesk.running_jobs")), 0);
    }

    // Esc on a page: the statement the reader runs is cancelled on the server, at once,
    // without the caller waiting; the job ends with "cancelled", and the worker goes on.
    void aRunningStatementIsCancelled()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        DatabaseWorker worker(db.conninfo(), QStringLiteral("faults-cancel"));
        worker.setSessionStatements({QStringLiteral("SET statement_timeout = '60s'")});
        worker.start();
        QTRY_VERIFY_WITH_TIMEOUT(worker.isConnected(), 10000);
        QString outcome;
        QObject context;
        worker.run<QString>(
            &context,
            [](const QString &connection) {
                QSqlQuery query(QSqlDatabase::database(connection, false));
                if (query.exec(QStringLiteral("SELECT pg_sleep(30)")))
                    return QStringLiteral("finished");
                return SqlError::kindOf(query) == SqlError::Kind::Cancelled ? QStringLiteral("cancelled") : SqlError::message(query);
            },
            [&outcome](const QString &result) { outcome = result; });
        QTRY_COMPARE_WITH_TIMEOUT(db.scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(30)'"
                                                          " AND state = 'active'")).toInt(),
                                  1, 10000);
        QElapsedTimer asked;
        asked.start();
        worker.cancelRunningStatement();
        QVERIFY(asked.elapsed() < 100); // the request goes from another thread
        QTRY_COMPARE_WITH_TIMEOUT(outcome, QStringLiteral("cancelled"), 10000);
        QVERIFY(asked.elapsed() < 10000);
        // The session limits apply after every connect.
        QString timeout;
        worker.run<QString>(
            &context,
            [](const QString &connection) {
                QSqlQuery query(QSqlDatabase::database(connection, false));
                return query.exec(QStringLiteral("SHOW statement_timeout")) && query.next() ? query.value(0).toString() : QString();
            },
            [&timeout](const QString &result) { timeout = result; });
        QTRY_COMPARE(timeout, QStringLiteral("1min"));
    }
    // Quitting or switching databases while a job is stuck (its cancel request cannot get
    // through: the database is unreachable): the worker goes at once, its thread ends
    // by itself once the statement does, and nothing waits on the caller's thread.
    void aWorkerStuckOnAJobIsDestroyedWithoutWaiting()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        FaultProxy proxy;
        auto worker = std::make_unique<DatabaseWorker>(proxy.route(db.conninfo()), QStringLiteral("faults-retire"));
        worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(worker->isConnected(), 10000);
        worker->post([](const QString &connection) {
            QSqlQuery(QSqlDatabase::database(connection, false)).exec(QStringLiteral("SELECT pg_sleep(60)"));
        });
        const QString running = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(60)' AND state = 'active'");
        QTRY_COMPARE_WITH_TIMEOUT(db.scalar(running).toInt(), 1, 10000);
        proxy.refuseNewConnections(true); // the cancel request cannot reach the server

        QElapsedTimer destroying;
        destroying.start();
        worker.reset();
        QVERIFY2(destroying.elapsed() < 100, qPrintable(QString::number(destroying.elapsed())));
        QVERIFY(!DatabaseWorker::waitForRetired(300)); // still stuck in the statement

        QCOMPARE(db.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(60)'")),
                 QString());
        QVERIFY(DatabaseWorker::waitForRetired(10000));
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
