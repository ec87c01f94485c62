// Migrations on a live database: the AI application keeps writing while Quotadesk's schema
// is installed or upgraded. Indexes on upstream tables are built CONCURRENTLY after their
// migration's transaction, every statement gives up on a lock after LockRetry::TimeoutMs,
// and a migration that cannot get its lock names the session that holds it.
#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>

#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include "db/ConcurrentStep.h"
#include "db/DatabaseConnector.h"
#include "db/LockRetry.h"
#include "db/Migrator.h"
#include "db/SqlScript.h"
#include "QuotactlProcess.h"
#include "TestDatabase.h"

namespace {

// Runs `body` over and over on a connection of its own, in a thread of its own, until it
// returns false (having set `error` if it failed) or stop() is called: another client of
// the same database.
class SqlLoop final
{
    Q_DISABLE_COPY_MOVE(SqlLoop)

public:
    using Body = std::function<bool(QSqlQuery &, QString &error)>;

    SqlLoop(const TestDatabase &db, const QString &name, Body body)
    {
        const QString connection = QStringLiteral("%1:%2").arg(db.name(), name);
        m_thread.reset(QThread::create([this, &db, connection, body = std::move(body)] {
            if (const Status opened = db.openConnection(connection); !opened) {
                setError(opened.error());
            } else {
                QSqlQuery query(QSqlDatabase::database(connection, false));
                QString error;
                while (!m_stop && body(query, error)) {
                }
                setError(error);
            }
            m_finished = true;
            DatabaseConnector::close(connection);
        }));
        m_thread->start();
    }
    ~SqlLoop() { stop(); }

    void stop()
    {
        m_stop = true;
        m_thread->wait();
    }
    bool finished() const { return m_finished; }
    QString error()
    {
        const QMutexLocker lock(&m_mutex);
        return m_error;
    }

private:
    void setError(const QString &error)
    {
        const QMutexLocker lock(&m_mutex);
        if (m_error.isEmpty())
            m_error = error;
    }

    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_stop = false;
    std::atomic_bool m_finished = false;
    QMutex m_mutex;
    QString m_error;
};

// The AI application: one usage row per statement, each timed.
struct UsageWriter
{
    std::atomic_int inserted = 0;
    std::atomic<qint64> slowestMs = 0;

    SqlLoop::Body body()
    {
        return [this](QSqlQuery &query, QString &error) {
            QElapsedTimer timer;
            timer.start();
            if (!query.exec(QStringLiteral(
                    "INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, input_tokens, output_tokens,"
                    " total_tokens, status) VALUES (1 + (random() * 199)::int, 1, 'live_writer', 10, 5, 15, 'success')"))) {
                error = query.lastError().text();
                return false;
            }
            slowestMs = std::max<qint64>(slowestMs, timer.elapsed());
            ++inserted;
            return true;
        };
    }
};

// A plain (blocking) index build or drop on an upstream table, anywhere in a statement
// (also inside a DO block).
const QRegularExpression &blockingUpstreamIndexDdl()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(?:CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+(?!CONCURRENTLY\\b)(?:IF\\s+NOT\\s+EXISTS\\s+)?\\w+\\s+ON\\s+(?:ONLY\\s+)?public\\."
                       "|DROP\\s+INDEX\\s+(?!CONCURRENTLY\\b)(?:IF\\s+EXISTS\\s+)?public\\.)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QString readMigration(const Migrator::Migration &migration)
{
    QFile file(migration.resourcePath);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestLiveMigration final : public QObject
{
    Q_OBJECT

private:
    // The AI application's tables with production-like data and no Quotadesk schema.
    static QString loadWorld(const TestDatabase &db, int usageRows)
    {
        QFile upstream(testDataPath(QStringLiteral("upstream_schema.sql")));
        if (!upstream.open(QIODevice::ReadOnly))
            return QStringLiteral("no upstream_schema.sql");
        if (const QString error = db.exec(QString::fromUtf8(upstream.readAll())); !error.isEmpty())
            return error;
        return db.exec(QStringLiteral(
            "INSERT INTO users (email, full_name, hashed_password, referral_code)"
            " SELECT 'u' || g || '@example.com', 'User ' || g, 'x', lpad(g::text, 8, '0') FROM generate_series(1, 200) g;"
            "INSERT INTO ai_provider_configs (provider_type, model_name) VALUES ('gemini', 'gemini-pro');"
            "INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, input_tokens, output_tokens, total_tokens, status, created_at)"
            " SELECT 1 + g % 200, 1, 'extraction', 100, 50, 150, 'success', now() - (g % 720) * interval '1 hour'"
            " FROM generate_series(1, %1) g;"
            "INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at)"
            " SELECT 'k' || g, 'session', '{}', 1 + g % 200, now() + interval '1 hour' FROM generate_series(1, 20000) g;"
            "ANALYZE")
                           .arg(usageRows));
    }

    // Every index on the upstream tables: name, definition, valid.
    static QStringList upstreamIndexes(const TestDatabase &db)
    {
        QStringList indexes;
        QSqlQuery q(db.db());
        q.exec(QStringLiteral("SELECT c.relname || ': ' || pg_get_indexdef(i.indexrelid) || CASE WHEN i.indisvalid THEN '' ELSE ' INVALID' END"
                              " FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                              " WHERE c.relnamespace = 'public'::regnamespace ORDER BY c.relname"));
        while (q.next())
            indexes << q.value(0).toString();
        return indexes;
    }

    static int invalidIndexes(const TestDatabase &db)
    {
        return db.scalar(QStringLiteral("SELECT count(*) FROM pg_index WHERE NOT indisvalid")).toInt();
    }

    static QString indexState(const TestDatabase &db, const QString &index)
    {
        const QVariant valid = db.scalar(QStringLiteral("SELECT indisvalid FROM pg_index WHERE indexrelid = to_regclass(?)"), {index});
        return !valid.isValid() ? QStringLiteral("missing") : valid.toBool() ? QStringLiteral("valid") : QStringLiteral("invalid");
    }

    // A session of the reporting kind: a transaction that wrote a usage row and stays open.
    static int openBlocker(const TestDatabase &db, const QString &connection)
    {
        if (!db.openConnection(connection))
            return 0;
        QSqlDatabase blocker = QSqlDatabase::database(connection, false);
        QSqlQuery q(blocker);
        q.exec(QStringLiteral("SET application_name = 'long_report'"));
        if (!blocker.transaction()
            || !q.exec(QStringLiteral("INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, status)"
                                      " VALUES (1, 1, 'blocker', 'success')"))
            || !q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next())
            return 0;
        return q.value(0).toInt();
    }

private slots:
    // Every CREATE/DROP INDEX on an upstream table in a bundled migration is CONCURRENTLY:
    // a plain one holds the application's writers for the whole build.
    void everyUpstreamIndexIsBuiltConcurrently_data()
    {
        QTest::addColumn<QString>("script");
        for (const Migrator::Migration &migration : Migrator::bundledMigrations())
            QTest::newRow(qPrintable(migration.name)) << readMigration(migration);
    }
    void everyUpstreamIndexIsBuiltConcurrently()
    {
        QFETCH(QString, script);
        QVERIFY(!script.isEmpty());
        for (const QString &statement : SqlScript::split(script))
            QVERIFY2(!blockingUpstreamIndexDdl().match(statement).hasMatch(), qPrintable(statement.left(200)));
    }

    void concurrentStatementsAreRecognised_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<bool>("concurrent");
        QTest::addColumn<QString>("index");
        QTest::newRow("create") << "CREATE INDEX CONCURRENTLY IF NOT EXISTS qd_a ON public.t (x)" << true << "public.qd_a";
        QTest::newRow("unique, no schema") << "create unique index concurrently qd_b on t (x)" << true << "public.qd_b";
        QTest::newRow("other schema, ONLY") << "CREATE INDEX CONCURRENTLY qd_c ON ONLY s.t (x)" << true << "s.qd_c";
        QTest::newRow("drop") << "DROP INDEX CONCURRENTLY IF EXISTS public.qd_d" << true << "";
        QTest::newRow("plain create") << "CREATE INDEX IF NOT EXISTS qd_e ON public.t (x)" << false << "";
        QTest::newRow("in a DO block") << "DO $$ BEGIN CREATE INDEX CONCURRENTLY x ON t (y); END $$" << false << "";
    }
    void concurrentStatementsAreRecognised()
    {
        QFETCH(QString, statement);
        QFETCH(bool, concurrent);
        QFETCH(QString, index);
        QCOMPARE(ConcurrentStep::matches(statement), concurrent);
        if (concurrent)
            QCOMPARE(ConcurrentStep(statement).builtIndex(), index);
    }

    // The scenario of the issue: a long transaction that wrote usage rows, and the AI
    // application inserting all the while. The migration cannot build its index on the
    // usage table past that transaction: it fails naming it (pid, application), the
    // application's inserts never wait longer than the lock timeout, and once the
    // transaction ends a re-run completes with every index valid.
    void migratingWhileTheApplicationWritesNeverHoldsItUp()
    {
        TestDatabase db(TestDatabase::Schema::Empty);
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QCOMPARE(loadWorld(db, 200000), QString());

        const int blockerPid = openBlocker(db, db.name() + QStringLiteral(":blocker"));
        QVERIFY(blockerPid > 0);
        UsageWriter writer;
        SqlLoop writing(db, QStringLiteral("writer"), writer.body());
        QTRY_VERIFY2(writer.inserted > 20 || writing.finished(), qPrintable(writing.error()));

        // quotactl migrate, as a DBA runs it: it gives up and says who blocks it.
        QElapsedTimer blockedFor;
        blockedFor.start();
        const QuotactlRun blocked = quotactl({QStringLiteral("migrate")}, db.conninfo());
        const qint64 blockedMs = blockedFor.elapsed();
        const qint64 slowestWhileBlocked = writer.slowestMs;
        qInfo("quotactl migrate: exit %d after %lld ms (slowest insert meanwhile %lld ms): %s", blocked.exitCode, blockedMs,
              slowestWhileBlocked, qPrintable(blocked.err.trimmed()));
        QCOMPARE(blocked.exitCode, 2);
        // What building CONCURRENTLY buys: while the migration waits for the blocker, the
        // writers do not wait at all (a plain CREATE INDEX queues them behind its lock request,
        // a full lock timeout per attempt: 1,006 ms measured).
        QVERIFY2(slowestWhileBlocked < LockRetry::TimeoutMs / 2, qPrintable(QString::number(slowestWhileBlocked)));
        QVERIFY2(!blocked.err.contains(QLatin1String("Unable to free")), qPrintable(blocked.err));
        QVERIFY2(blocked.err.contains(QStringLiteral("pid %1").arg(blockerPid)), qPrintable(blocked.err));
        QVERIFY2(blocked.err.contains(QLatin1String("long_report")), qPrintable(blocked.err));
        QVERIFY2(blocked.err.contains(QLatin1String("idle in transaction")), qPrintable(blocked.err));
        // Truthful bookkeeping: 0001 is complete, 0002 committed its transaction but not its index.
        QCOMPARE(db.scalar(QStringLiteral("SELECT max(version) FROM quotadesk.schema_migrations")).toInt(), 1);
        QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM quotadesk.schema_migration_steps WHERE version = 2")).toInt() > 0);
        QVERIFY(!Migrator(db.connectionName()).verify().ok());
        const int insertedWhileBlocked = writer.inserted;

        // The blocker ends; the same migration goes on and completes.
        QVERIFY(QSqlDatabase::database(db.name() + QStringLiteral(":blocker"), false).commit());
        QElapsedTimer rerunFor;
        rerunFor.start();
        const auto migrated = Migrator(db.connectionName()).migrate();
        const qint64 rerunMs = rerunFor.elapsed();
        QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
        QCOMPARE(migrated->toVersion, Migrator::latestVersion());
        QVERIFY(migrated->counters.complete());
        QTRY_VERIFY(writer.inserted > insertedWhileBlocked + 20);
        writing.stop();
        DatabaseConnector::close(db.name() + QStringLiteral(":blocker"));

        QCOMPARE(writing.error(), QString());
        qInfo("re-run %lld ms; %d inserts in all, slowest %lld ms (lock timeout %d ms)", rerunMs, int(writer.inserted),
              qint64(writer.slowestMs), LockRetry::TimeoutMs);
        QVERIFY2(writer.slowestMs <= LockRetry::TimeoutMs + 250, qPrintable(QString::number(writer.slowestMs)));
        QCOMPARE(invalidIndexes(db), 0);
        QCOMPARE(indexState(db, QStringLiteral("public.qd_usage_logs_user_created")), QStringLiteral("valid"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM quotadesk.schema_migration_steps")).toInt(), 0);
        QVERIFY(Migrator(db.connectionName()).verify().ok());
        // Nothing the application wrote was lost, and the counters hold every row.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_provider_usage_logs WHERE task_type = 'live_writer'")).toInt(),
                 int(writer.inserted));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM quotadesk.usage_counter_drift()")).toInt(), 0);
    }

    // A statement inside a migration's transaction that needs a lock on a busy upstream
    // table (0005's trigger on the usage table): the writers queued behind its lock request
    // wait at most the lock timeout per attempt, and the migration rolls back naming the
    // blocker; the schema stays at the version before.
    void aMigrationBlockedInItsTransactionRollsBackNamingTheBlocker()
    {
        TestDatabase db(TestDatabase::Schema::Empty);
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QCOMPARE(loadWorld(db, 20000), QString());
        const auto before = Migrator(db.connectionName()).migrate({}, 4);
        QVERIFY2(before.ok(), qPrintable(before.error()));
        const QString blockerName = db.name() + QStringLiteral(":blocker");
        const int blockerPid = openBlocker(db, blockerName);
        QVERIFY(blockerPid > 0);
        UsageWriter writer;
        SqlLoop writing(db, QStringLiteral("writer"), writer.body());
        QTRY_VERIFY2(writer.inserted > 20 || writing.finished(), qPrintable(writing.error()));

        const auto blocked = Migrator(db.connectionName()).migrate();
        writing.stop();
        QVERIFY(QSqlDatabase::database(blockerName, false).rollback());
        DatabaseConnector::close(blockerName);
        QCOMPARE(writing.error(), QString());
        qInfo("%d inserts, slowest %lld ms: %s", int(writer.inserted), qint64(writer.slowestMs), qPrintable(blocked.error()));
        QVERIFY(!blocked.ok());
        QVERIFY2(blocked.error().contains(QLatin1String("0005")) && blocked.error().contains(QLatin1String("rolled back")),
                 qPrintable(blocked.error()));
        QVERIFY2(blocked.error().contains(QStringLiteral("pid %1").arg(blockerPid)), qPrintable(blocked.error()));
        QVERIFY2(writer.slowestMs <= LockRetry::TimeoutMs + 250, qPrintable(QString::number(writer.slowestMs)));
        QCOMPARE(db.scalar(QStringLiteral("SELECT max(version) FROM quotadesk.schema_migrations")).toInt(), 4);
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regproc('quotadesk.notify_change') IS NULL")).toBool(), true);
    }

    // pg_cancel_backend on the migration's CREATE INDEX CONCURRENTLY while it waits leaves an
    // invalid index behind; the next run drops it and builds it again, valid.
    void anInterruptedIndexBuildIsBuiltAgain()
    {
        TestDatabase db(TestDatabase::Schema::Empty);
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QCOMPARE(loadWorld(db, 20000), QString());
        const QString blockerName = db.name() + QStringLiteral(":blocker");
        QVERIFY(openBlocker(db, blockerName) > 0);

        std::atomic_int cancelled = 0;
        SqlLoop canceller(db, QStringLiteral("canceller"), [&cancelled](QSqlQuery &query, QString &) {
            query.exec(QStringLiteral("SELECT pg_cancel_backend(pid) FROM pg_stat_activity"
                                      " WHERE datname = current_database() AND wait_event_type = 'Lock'"
                                      "   AND query LIKE 'CREATE INDEX CONCURRENTLY IF NOT EXISTS qd_usage_logs_user_created%'"));
            if (query.next() && query.value(0).toBool()) {
                ++cancelled;
                return false;
            }
            QThread::msleep(20);
            return true;
        });
        const auto interrupted = Migrator(db.connectionName()).migrate();
        canceller.stop();
        QCOMPARE(int(cancelled), 1);
        QVERIFY(!interrupted.ok());
        QCOMPARE(indexState(db, QStringLiteral("public.qd_usage_logs_user_created")), QStringLiteral("invalid"));

        QVERIFY(QSqlDatabase::database(blockerName, false).rollback());
        DatabaseConnector::close(blockerName);
        const auto migrated = Migrator(db.connectionName()).migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
        QCOMPARE(indexState(db, QStringLiteral("public.qd_usage_logs_user_created")), QStringLiteral("valid"));
        QCOMPARE(invalidIndexes(db), 0);
    }

    // An invalid index of a migration's name, whatever it holds (here: a failed UNIQUE build
    // of another column list), is not taken for built: it is replaced by the migration's own.
    void anInvalidIndexOfTheSameNameIsReplaced()
    {
        TestDatabase db(TestDatabase::Schema::Empty);
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QCOMPARE(loadWorld(db, 1000), QString());
        QVERIFY(!db.exec(QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY qd_ai_cache_type_id ON public.ai_cache (cache_type)")).isEmpty());
        QCOMPARE(indexState(db, QStringLiteral("public.qd_ai_cache_type_id")), QStringLiteral("invalid"));

        const auto migrated = Migrator(db.connectionName()).migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
        QCOMPARE(indexState(db, QStringLiteral("public.qd_ai_cache_type_id")), QStringLiteral("valid"));
        const QString definition = db.scalar(QStringLiteral("SELECT pg_get_indexdef('public.qd_ai_cache_type_id'::regclass)")).toString();
        QVERIFY2(definition.contains(QLatin1String("(cache_type, id)")) && !definition.contains(QLatin1String("UNIQUE")), qPrintable(definition));
    }

    // A database at any earlier version ends with exactly the indexes of a fresh install.
    void anyEarlierVersionEndsWithTheSameIndexes_data()
    {
        QTest::addColumn<int>("from");
        for (int version : {1, 2, 5, 6, 10, 11, 12})
            if (version < Migrator::latestVersion())
                QTest::newRow(qPrintable(QString::number(version))) << version;
    }
    void anyEarlierVersionEndsWithTheSameIndexes()
    {
        QFETCH(int, from);
        static QStringList fresh;
        if (fresh.isEmpty()) {
            TestDatabase reference(TestDatabase::Schema::Empty);
            QCOMPARE(loadWorld(reference, 1000), QString());
            const auto migrated = Migrator(reference.connectionName()).migrate();
            QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
            fresh = upstreamIndexes(reference);
        }
        TestDatabase db(TestDatabase::Schema::Empty);
        QCOMPARE(loadWorld(db, 1000), QString());
        const auto partly = Migrator(db.connectionName()).migrate({}, from);
        QVERIFY2(partly.ok(), qPrintable(partly.error()));
        QCOMPARE(partly->toVersion, from);
        const auto rest = Migrator(db.connectionName()).migrate();
        QVERIFY2(rest.ok(), qPrintable(rest.error()));
        QCOMPARE(rest->toVersion, Migrator::latestVersion());
        QCOMPARE(upstreamIndexes(db), fresh);
        QVERIFY(fresh.filter(QStringLiteral("qd_")).size() >= 6);
        QVERIFY(fresh.filter(QLatin1String("INVALID")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLiveMigration)
#include "tst_live_migration.moc"
