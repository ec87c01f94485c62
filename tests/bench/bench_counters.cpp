// bench_counters: the running usage counters (migration 0012) against the raw-row rules,
// at production scale. Builds 100,000 users (skewed: a few heavy, most light) and 5M usage
// rows over one month, set-based, in a throwaway PostgreSQL, on schema version 10; then
// migrates to the counters (timing the backfill) and prints, measured in this one run:
//   - the overview (every user's status, all columns fetched): counters vs the raw-row
//     oracle quotadesk.quota_status_raw, medians of R interleaved runs, and whether the
//     results are identical (one statement, EXCEPT ALL both ways);
//   - one user's status (quota_status_at for one user): p50 / p95 round trip, counters vs raw;
//   - the seed's way (3 raw-row queries per user, 1,000 users sampled, extrapolated);
//   - the Overview page's data (OverviewSummary::load);
//   - usage INSERT throughput with the counter triggers vs without them (pgbench, 2 clients,
//     alternating runs; a C++ loop on 2 connections where pgbench is missing).
//
//   bench_counters [--users N] [--rows N] [--repeat R] [--insert-seconds S] [--explain] [--keep]
#include <algorithm>
#include <atomic>
#include <random>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include "BenchSupport.h"
#include "db/DatabaseConnector.h"
#include "db/Migrator.h"
#include "demo/ThrowawayPostgres.h"
#include "overview/OverviewSummary.h"
#include "quota/QuotaService.h"

namespace {

using Bench::median;
using Bench::out;
using Bench::percentile;
using Bench::run;

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1) + QStringLiteral(" ms");
}

// Runs `sql` (one status query) and reads every column of every row, as a client does.
double fetchAll(const QString &connection, const QString &sql, const QVariantList &binds, qint64 *rows = nullptr)
{
    QSqlQuery q(QSqlDatabase::database(connection));
    q.setForwardOnly(true);
    QElapsedTimer timer;
    timer.start();
    if (!run(q, sql, binds))
        return -1;
    qint64 n = 0;
    const int columns = q.record().count();
    while (q.next()) {
        for (int c = 0; c < columns; ++c)
            (void)q.value(c);
        ++n;
    }
    const double elapsed = timer.nsecsElapsed() / 1e6;
    if (rows)
        *rows = n;
    return elapsed;
}

// Planning + execution time of `sql` on the server, every output column computed
// (EXPLAIN ANALYZE without per-node timing); -1 on error. `sql` holds only this
// benchmark's constants.
double serverMs(const QString &connection, const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(connection));
    if (!run(q, QStringLiteral("EXPLAIN (ANALYZE, TIMING OFF, SUMMARY ON) ") + sql))
        return -1;
    static const QRegularExpression time(QStringLiteral("^(Planning|Execution) Time: ([0-9.]+) ms"));
    double total = 0;
    while (q.next())
        if (const auto m = time.match(q.value(0).toString().trimmed()); m.hasMatch())
            total += m.captured(2).toDouble();
    return total;
}

// One pgbench run; tps, or -1.
double pgbench(const QString &pgbenchPath, const QString &conninfo, const QString &script, int seconds)
{
    QProcess process;
    process.start(pgbenchPath, {QStringLiteral("-n"), QStringLiteral("-c"), QStringLiteral("2"), QStringLiteral("-j"), QStringLiteral("2"),
                                QStringLiteral("-T"), QString::number(seconds), QStringLiteral("-f"), script, conninfo});
    if (!process.waitForFinished(seconds * 1000 + 60000))
        return -1;
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression tps(QStringLiteral("tps = ([0-9.]+)"));
    const auto m = tps.match(text);
    if (!m.hasMatch()) {
        out() << "pgbench failed: " << text << QString::fromUtf8(process.readAllStandardError()) << Qt::endl;
        return -1;
    }
    return m.captured(1).toDouble();
}

// Without pgbench: 2 threads, each its own connection, inserting for `seconds`.
double insertLoop(const QString &conninfo, const QString &atText, int users, int seconds)
{
    std::atomic<qint64> inserted{0};
    QList<QThread *> threads;
    for (int t = 0; t < 2; ++t) {
        threads << QThread::create([&, t] {
            const QString name = QStringLiteral("insert-loop-%1").arg(t);
            if (!DatabaseConnector::open(conninfo, name))
                return;
            {
                QSqlQuery q(QSqlDatabase::database(name));
                q.prepare(QStringLiteral("INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, input_tokens, output_tokens,"
                                         " total_tokens, status, created_at) VALUES (?, 1, 'extraction', 300, 400, 700, 'success', ?::timestamp)"));
                std::mt19937 rng(t);
                std::uniform_real_distribution<double> uniform(0, 1);
                QElapsedTimer timer;
                timer.start();
                while (timer.elapsed() < seconds * 1000) {
                    q.addBindValue(1 + int(std::pow(uniform(rng), 3) * (users - 1)));
                    q.addBindValue(atText);
                    if (!q.exec())
                        break;
                    ++inserted;
                }
            }
            DatabaseConnector::close(name);
        });
        threads.last()->start();
    }
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    return double(inserted.load()) / seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Usage counters versus raw usage rows at production scale."));
    parser.addHelpOption();
    const QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Users (default 100000)."), QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Usage rows in the month (default 5000000)."), QStringLiteral("N"),
                                        QStringLiteral("5000000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs of each measurement; medians count (default 5)."),
                                          QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption insertOption(QStringLiteral("insert-seconds"), QStringLiteral("Seconds of each insert run (default 8)."),
                                          QStringLiteral("S"), QStringLiteral("8"));
    const QCommandLineOption explainOption(QStringLiteral("explain"), QStringLiteral("Print EXPLAIN ANALYZE of the counters' overview and one user's status."));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Leave the PostgreSQL cluster running (for psql)."));
    parser.addOptions({usersOption, rowsOption, repeatOption, insertOption, explainOption, keepOption});
    parser.process(app);
    const int users = parser.value(usersOption).toInt();
    const qint64 rows = parser.value(rowsOption).toLongLong();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const int insertSeconds = std::max(1, parser.value(insertOption).toInt());

    ThrowawayPostgres cluster;
    if (const Status started = cluster.start(parser.isSet(keepOption)); !started) {
        out() << "Cannot start PostgreSQL: " << started.error() << Qt::endl;
        return 1;
    }
    if (const Status created = cluster.execAdmin(QStringLiteral("CREATE DATABASE bench")); !created) {
        out() << created.error() << Qt::endl;
        return 1;
    }
    const QString connection = QStringLiteral("bench");
    const QString conninfo = cluster.conninfo(QStringLiteral("bench"));
    if (const Status opened = DatabaseConnector::open(conninfo, connection); !opened) {
        out() << opened.error() << Qt::endl;
        return 1;
    }
    // The world is built on schema version 10 (no counters), as a production database is
    // before this migration.
    if (const auto migrated = Migrator(connection).migrate({}, 10); !migrated) {
        out() << migrated.error() << Qt::endl;
        return 1;
    }

    // Evaluation time: late on the last day of a month, so the month window is full.
    const QDateTime at(QDate(2026, 11, 30), QTime(22, 30), Qt::UTC);
    const QString atText = at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(QSqlDatabase::database(connection));
    {
        // Skew: user 1 + (users - 1) * u^3 for uniform u: the first percent of users writes
        // about a fifth of the rows, most users a handful or none.
        const bool ok =
            run(q, QStringLiteral("SELECT setseed(0.42)"))
            && run(q, QStringLiteral("INSERT INTO plans (plan_type, name, price, period) VALUES ('freemium', 'Free', 0, 'monthly'),"
                                     " ('paygo', 'Pay as you go', 0, 'usage'), ('pro', 'Pro', 150000, 'monthly'), ('annual', 'Annual', 1500000, 'yearly')"))
            && run(q, QStringLiteral("INSERT INTO ai_provider_configs (provider_type, model_name) VALUES ('gemini', 'gemini-pro')"))
            && run(q, QStringLiteral("INSERT INTO users (email, full_name, hashed_password, referral_code, is_admin)"
                                     " SELECT 'user' || g || '@example.com', 'User ' || g, 'x', lpad(g::text, 8, '0'), g = 1"
                                     " FROM generate_series(1, ?) g"),
                   {users})
            && run(q, QStringLiteral("INSERT INTO subscriptions (user_id, plan_id, status)"
                                     " SELECT u.id, 1 + u.id % 4, (ARRAY['active', 'active', 'active', 'paused', 'cancelled', 'expired', 'past_due'])"
                                     "        [1 + u.id % 7]::subscription_status_enum"
                                     " FROM users u WHERE u.id % 10 <> 0"))
            && run(q, QStringLiteral("INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, input_tokens, output_tokens,"
                                     "                                    total_tokens, status, created_at)"
                                     " SELECT 1 + (power(random(), 3) * (? - 1))::int, 1, 'extraction', 300, 400,"
                                     "        CASE WHEN g % 13 = 0 THEN NULL WHEN g % 997 = 0 THEN -1 ELSE (random() * 2000)::int END,"
                                     "        CASE WHEN g % 17 = 0 THEN 'error' WHEN g % 29 = 0 THEN 'timeout' ELSE 'success' END,"
                                     "        t"
                                     " FROM (SELECT g, date_trunc('month', ?::timestamp) + random() * (?::timestamp - date_trunc('month', ?::timestamp)) AS t"
                                     "       FROM generate_series(1, ?) g) s"
                                     " ORDER BY t"), // appended in time order, like a real log
                   {users, atText, atText, atText, rows})
            && run(q, QStringLiteral("INSERT INTO quotadesk.quota_resets (user_id, period, reset_at, reset_by, reason)"
                                     " SELECT 1 + (power(random(), 2) * (? - 1))::int, (ARRAY['daily', 'monthly', 'hourly'])[1 + g % 3],"
                                     "        ?::timestamp - random() * interval '20 days', 1, 'bench'"
                                     " FROM generate_series(1, ? / 100) g"),
                   {users, atText, users})
            && run(q, QStringLiteral("VACUUM ANALYZE")) && run(q, QStringLiteral("VACUUM ANALYZE"));
        if (!ok)
            return 1;
        out() << "Generated " << users << " users, " << rows << " usage rows in " << at.toString(QStringLiteral("MMMM yyyy")) << ", "
              << users / 100 << " resets in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    }

    // Migration 0012 and the backfill of the 5M rows.
    timer.restart();
    int batches = 0;
    const auto migrated = Migrator(connection).migrate([&batches](const Migrator::CounterBackfill &) {
        ++batches;
        return true;
    });
    if (!migrated || !migrated->counters.complete()) {
        out() << (migrated ? QStringLiteral("backfill incomplete") : migrated.error()) << Qt::endl;
        return 1;
    }
    out() << "Migrations 0011-" << Migrator::latestVersion() << " (counters, their backfill): " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s in " << batches << " batches ("
          << QString::number(timer.elapsed() / std::max(1, batches)) << " ms per batch on average)" << Qt::endl;
    if (!run(q, QStringLiteral("VACUUM ANALYZE")))
        return 1;

    const QString counted = QStringLiteral("SELECT * FROM quotadesk.quota_status_at(?::timestamp, NULL)");
    const QString raw = QStringLiteral("SELECT * FROM quotadesk.quota_status_raw(?::timestamp, NULL)");

    // Identical results: every column of every user, both ways, in one snapshot.
    if (!run(q, QStringLiteral("WITH a AS (SELECT * FROM quotadesk.quota_status_at(?::timestamp, NULL)),"
                               "     b AS (SELECT * FROM quotadesk.quota_status_raw(?::timestamp, NULL))"
                               " SELECT (SELECT count(*) FROM a), (SELECT count(*) FROM b),"
                               "        (SELECT count(*) FROM (SELECT * FROM a EXCEPT ALL SELECT * FROM b) x),"
                               "        (SELECT count(*) FROM (SELECT * FROM b EXCEPT ALL SELECT * FROM a) y)"),
             {atText, atText})
        || !q.next())
        return 1;
    const qint64 differing = q.value(2).toLongLong() + q.value(3).toLongLong();
    const bool identical = q.value(0).toLongLong() == q.value(1).toLongLong() && differing == 0;
    out() << "results identical: " << (identical ? "yes" : "NO") << " (" << q.value(0).toLongLong() << " users; " << differing
          << " rows differ)" << Qt::endl;

    // Overview: warm up, then interleaved runs; server side (all columns computed) and
    // through the client (all columns of all rows fetched by QPSQL).
    const QString atLiteral = QStringLiteral("'%1'::timestamp").arg(atText); // a constant of this benchmark
    const QString countedSql = QStringLiteral("SELECT * FROM quotadesk.quota_status_at(%1, NULL)").arg(atLiteral);
    const QString rawSql = QStringLiteral("SELECT * FROM quotadesk.quota_status_raw(%1, NULL)").arg(atLiteral);
    serverMs(connection, countedSql);
    serverMs(connection, rawSql);
    QList<double> countedMs, rawMs, countedFetchMs, rawFetchMs, serviceMs;
    const QuotaService service(connection);
    qint64 fetched = 0;
    for (int i = 0; i < repeat; ++i) {
        countedMs << serverMs(connection, countedSql);
        rawMs << serverMs(connection, rawSql);
        countedFetchMs << fetchAll(connection, counted, {atText}, &fetched);
        rawFetchMs << fetchAll(connection, raw, {atText});
        QElapsedTimer t;
        t.start();
        const auto overview = service.overview(at);
        serviceMs << t.nsecsElapsed() / 1e6;
        if (!overview) {
            out() << overview.error() << Qt::endl;
            return 1;
        }
    }
    out() << "overview, " << fetched << " users, median of " << repeat << ", server side (planning + execution): counters " << ms(median(countedMs))
          << ", raw rows " << ms(median(rawMs)) << "; ratio raw / counters " << QString::number(median(rawMs) / median(countedMs), 'f', 1) << "x" << Qt::endl;
    out() << "overview through the client (every column of every row fetched): counters " << ms(median(countedFetchMs)) << ", raw rows "
          << ms(median(rawFetchMs)) << "; ratio " << QString::number(median(rawFetchMs) / median(countedFetchMs), 'f', 1)
          << "x; QuotaService::overview (parsed): " << ms(median(serviceMs)) << Qt::endl;

    // One user's status: heavy and light users alike, one session (as a service's pooled
    // connection asks), server side.
    std::mt19937 rng(7);
    QList<int> sample;
    for (int i = 0; i < 200; ++i)
        sample << 1 + int(rng() % users);
    for (int i = 1; i <= 20; ++i)
        sample << i; // the heaviest
    QList<double> oneCounted, oneRaw, oneRoundTrip;
    const QString oneSql = QStringLiteral("SELECT * FROM quotadesk.quota_status_at(?::timestamp, ?::integer)");
    for (int round = 0; round < repeat; ++round)
        for (int user : sample) {
            oneCounted << serverMs(connection, QStringLiteral("SELECT * FROM quotadesk.quota_status_at(%1, %2)").arg(atLiteral).arg(user));
            oneRoundTrip << fetchAll(connection, oneSql, {atText, user});
            if (round == 0)
                oneRaw << serverMs(connection, QStringLiteral("SELECT * FROM quotadesk.quota_status_raw(%1, %2)").arg(atLiteral).arg(user));
        }
    out() << "one user's status (" << sample.size() << " users x " << repeat << ", server side): counters p50 " << ms(percentile(oneCounted, 0.5))
          << ", p95 " << ms(percentile(oneCounted, 0.95)) << "; raw rows p50 " << ms(percentile(oneRaw, 0.5)) << ", p95 "
          << ms(percentile(oneRaw, 0.95)) << "; counters round trip through QPSQL p50 " << ms(percentile(oneRoundTrip, 0.5)) << Qt::endl;

    // The seed's way: its QuotaManager asks three queries per user per status (today's
    // tokens, the month's tokens, the last hour's calls) over raw rows. 1,000 users
    // sampled, each query a round trip as there; extrapolated to every user.
    {
        QList<int> seedSample;
        for (int i = 0; i < 1000; ++i)
            seedSample << 1 + int(rng() % users);
        const QString daySql = QStringLiteral(
            "SELECT coalesce(sum(total_tokens), 0) FROM ai_provider_usage_logs"
            " WHERE user_id = ? AND status = 'success' AND created_at >= date_trunc('day', ?::timestamp) AND created_at <= ?::timestamp");
        const QString monthSql = QStringLiteral(
            "SELECT coalesce(sum(total_tokens), 0) FROM ai_provider_usage_logs"
            " WHERE user_id = ? AND status = 'success' AND created_at >= date_trunc('month', ?::timestamp) AND created_at <= ?::timestamp");
        const QString hourSql = QStringLiteral(
            "SELECT count(*) FROM ai_provider_usage_logs"
            " WHERE user_id = ? AND created_at > ?::timestamp - interval '60 minutes' AND created_at <= ?::timestamp");
        QElapsedTimer seedTimer;
        seedTimer.start();
        for (int user : seedSample)
            for (const QString &sql : {daySql, monthSql, hourSql})
                if (fetchAll(connection, sql, {user, atText, atText}) < 0)
                    return 1;
        const double sampledMs = seedTimer.nsecsElapsed() / 1e6;
        const double extrapolatedMs = sampledMs * users / seedSample.size();
        out() << "the seed's way (3 queries per user, " << seedSample.size() << " users sampled: " << ms(sampledMs)
              << "), extrapolated to " << users << " users: " << ms(extrapolatedMs) << "; ratio to the counters' overview through the client "
              << QString::number(extrapolatedMs / median(countedFetchMs), 'f', 1) << "x" << Qt::endl;
    }

    // The Overview page's data: OverviewSummary::load, as the page runs it on its worker.
    {
        QList<double> summaryMs;
        for (int i = 0; i < repeat; ++i) {
            QElapsedTimer t;
            t.start();
            const auto summary = OverviewSummary::load(connection, at);
            summaryMs << t.nsecsElapsed() / 1e6;
            if (!summary) {
                out() << summary.error() << Qt::endl;
                return 1;
            }
        }
        out() << "Overview page data (OverviewSummary::load), median of " << repeat << ": " << ms(median(summaryMs)) << Qt::endl;
    }

    if (parser.isSet(explainOption)) {
        for (const QString &sql : {countedSql, QStringLiteral("SELECT * FROM quotadesk.quota_status_at(%1, 1)").arg(atLiteral)}) {
            if (run(q, QStringLiteral("EXPLAIN (ANALYZE, BUFFERS) ") + sql))
                while (q.next())
                    out() << q.value(0).toString() << '\n';
            out().flush();
        }
    }

    // INSERT throughput with the counter triggers vs without (both keep the notify trigger).
    const QString pgbenchPath = QStandardPaths::findExecutable(QStringLiteral("pgbench"), {ThrowawayPostgres::binDirectory()}).isEmpty()
                                    ? QStandardPaths::findExecutable(QStringLiteral("pgbench"))
                                    : QStandardPaths::findExecutable(QStringLiteral("pgbench"), {ThrowawayPostgres::binDirectory()});
    QTemporaryDir scratch;
    const QString script = scratch.filePath(QStringLiteral("insert.sql"));
    {
        QFile file(script);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        // The world's skew, at the evaluation day (existing counter rows, as in steady state).
        file.write(QStringLiteral("\\set r random(0, 1000000)\n"
                                  "\\set uid 1 + int(pow(:r / 1000000.0, 3) * %1)\n"
                                  "\\set us random(0, 5400000000)\n"
                                  "INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, input_tokens, output_tokens,"
                                  " total_tokens, status, created_at) VALUES (:uid, 1, 'extraction', 300, 400, 700, 'success',"
                                  " '%2'::timestamp - :us * interval '1 microsecond');\n")
                       .arg(users - 1)
                       .arg(atText)
                       .toUtf8());
    }
    const auto setCounters = [&q](bool on) {
        return run(q, QStringLiteral("ALTER TABLE ai_provider_usage_logs %1 TRIGGER usage_counters_insert").arg(on ? QStringLiteral("ENABLE") : QStringLiteral("DISABLE")));
    };
    QList<double> with, without;
    for (int i = 0; i < std::min(repeat, 3); ++i) {
        for (const bool on : {false, true}) {
            if (!setCounters(on))
                return 1;
            const double tps = pgbenchPath.isEmpty() ? insertLoop(conninfo, atText, users, insertSeconds)
                                                     : pgbench(pgbenchPath, conninfo, script, insertSeconds);
            if (tps < 0)
                return 1;
            (on ? with : without) << tps;
        }
    }
    setCounters(true);
    out() << "usage INSERT throughput (" << (pgbenchPath.isEmpty() ? "C++ loop" : "pgbench") << ", 2 clients, " << insertSeconds
          << " s runs, alternating, median of " << with.size() << "): with counters " << QString::number(median(with), 'f', 0)
          << "/s, without " << QString::number(median(without), 'f', 0) << "/s; ratio " << QString::number(median(with) / median(without), 'f', 2)
          << Qt::endl;

    // The runs without the trigger left rows the counters do not hold: a --keep cluster
    // shows that drift in quotactl verify-counters, by design.
    if (parser.isSet(keepOption))
        out() << "cluster left running: psql \"" << conninfo << "\"; stop it with pg_ctl -D " << cluster.directory() << "/data stop (as postgres)"
              << Qt::endl;
    DatabaseConnector::close(connection);
    return identical ? 0 : 2;
}
