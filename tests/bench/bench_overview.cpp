// bench_overview: how much one set-based QuotaService::overview() saves over asking
// status() user by user. Builds ~2,000 users x 30 days of usage (~1M rows) in a throwaway
// PostgreSQL and prints ratios measured in this one run (absolute times are for context).
//
//   bench_overview [--users N] [--days D] [--calls-per-day C] [--history-days H] [--repeat R] [--explain]
#include <algorithm>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include "BenchSupport.h"
#include "db/DatabaseConnector.h"
#include "db/Migrator.h"
#include "demo/ThrowawayPostgres.h"
#include "quota/QuotaService.h"

namespace {

using Bench::median;
using Bench::out;
using Bench::run;

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Per-user status() loop versus one overview() call."));
    parser.addHelpOption();
    const QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Users (default 2000)."), QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("Days of usage up to the evaluation time (default 30)."),
                                        QStringLiteral("D"), QStringLiteral("30"));
    const QCommandLineOption callsOption(QStringLiteral("calls-per-day"), QStringLiteral("Calls per user and day (default 17)."),
                                         QStringLiteral("C"), QStringLiteral("17"));
    const QCommandLineOption historyOption(QStringLiteral("history-days"),
                                           QStringLiteral("Extra older days of usage outside every window (default 0)."),
                                           QStringLiteral("H"), QStringLiteral("0"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("overview() runs; the median counts (default 5)."),
                                          QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption vacuumOption(QStringLiteral("vacuum-passes"),
                                          QStringLiteral("VACUUM passes after loading: 2 = steady state (visibility map set), "
                                                         "0 = autovacuum has not caught up (default 2)."),
                                          QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption explainOption(QStringLiteral("explain"), QStringLiteral("Print EXPLAIN ANALYZE of the overview query."));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Leave the PostgreSQL cluster running (for psql) and print its conninfo."));
    parser.addOptions({usersOption, daysOption, callsOption, historyOption, repeatOption, vacuumOption, explainOption, keepOption});
    parser.process(app);
    const int users = parser.value(usersOption).toInt();
    const int days = parser.value(daysOption).toInt();
    const int callsPerDay = parser.value(callsOption).toInt();
    const int historyDays = parser.value(historyOption).toInt();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const int vacuumPasses = parser.value(vacuumOption).toInt();

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
    if (const Status opened = DatabaseConnector::open(cluster.conninfo(QStringLiteral("bench")), connection); !opened) {
        out() << opened.error() << Qt::endl;
        return 1;
    }
    if (const auto migrated = Migrator(connection).migrate(); !migrated) {
        out() << migrated.error() << Qt::endl;
        return 1;
    }

    // Evaluation time: late on the last day of a month, so the month window is full.
    const QDateTime at(QDate(2026, 11, 30), QTime(22, 30), Qt::UTC);
    const QString atText = at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QElapsedTimer timer;
    timer.start();
    {
        QSqlQuery q(QSqlDatabase::database(connection));
        const qint64 rows = qint64(users) * (days + historyDays) * callsPerDay;
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
                                     " SELECT 1 + g % ?, 1, 'extraction', 300, 400,"
                                     "        CASE WHEN g % 13 = 0 THEN NULL WHEN g % 997 = 0 THEN -1 ELSE (random() * 2000)::int END,"
                                     "        CASE WHEN g % 17 = 0 THEN 'error' WHEN g % 29 = 0 THEN 'timeout' ELSE 'success' END,"
                                     "        t"
                                     " FROM (SELECT g, ?::timestamp - random() * (? * interval '1 day') AS t"
                                     "       FROM generate_series(1, ?) g) s"
                                     " ORDER BY t"), // appended in time order, like a real log
                   {users, atText, days + historyDays, rows})
            && run(q, QStringLiteral("INSERT INTO quotadesk.quota_resets (user_id, period, reset_at, reset_by, reason)"
                                     " SELECT 1 + g * 7 % ?, (ARRAY['daily', 'monthly', 'hourly'])[1 + g % 3],"
                                     "        ?::timestamp - random() * (? * interval '1 day'), 1, 'bench'"
                                     " FROM generate_series(1, ? / 7) g"),
                   {users, atText, days, users})
            && run(q, QStringLiteral("ANALYZE"));
        if (!ok)
            return 1;
        // The first VACUUM after a bulk load leaves the visibility map empty (the rows'
        // commit hint bits are not set yet); the second sets it, as autovacuum eventually does.
        for (int i = 0; i < vacuumPasses; ++i)
            if (!run(q, QStringLiteral("VACUUM ANALYZE")))
                return 1;
        q.exec(QStringLiteral("SELECT relallvisible * 100 / greatest(relpages, 1) FROM pg_class WHERE relname = 'ai_provider_usage_logs'"));
        const int visible = q.next() ? q.value(0).toInt() : -1;
        out() << "Generated " << users << " users, " << rows << " usage rows (" << days << " days in the windows, " << historyDays
              << " older) in " << timer.elapsed() / 1000.0 << " s; " << visible << "% of the log's pages all-visible" << Qt::endl;
    }

    const QuotaService service(connection);
    // Warm-up: catalog caches, buffers, plans.
    const auto warm = service.overview(at);
    if (!warm) {
        out() << warm.error() << Qt::endl;
        return 1;
    }
    const QList<QuotaStatus> all = warm.value();
    for (int id = 1; id <= std::min(users, 20); ++id)
        service.status(id, at);

    // Interleaved rounds: one overview(), then a slice of the per-user loop, so that both
    // sides see the same load on a shared machine.
    QList<double> overviewMs;
    double loopMs = 0;
    int mismatches = 0;
    for (int round = 0; round < repeat; ++round) {
        timer.restart();
        const auto overview = service.overview(at);
        overviewMs << timer.nsecsElapsed() / 1e6;
        if (!overview) {
            out() << overview.error() << Qt::endl;
            return 1;
        }
        const qsizetype from = all.size() * round / repeat;
        const qsizetype to = all.size() * (round + 1) / repeat;
        timer.restart();
        for (qsizetype i = from; i < to; ++i) {
            const auto one = service.status(all.at(i).userId, at);
            if (!one) {
                out() << one.error() << Qt::endl;
                return 1;
            }
            if (one->toJson() != overview->at(i).toJson())
                ++mismatches;
        }
        loopMs += timer.nsecsElapsed() / 1e6;
    }
    const double oneOverview = median(overviewMs);

    out() << "overview(): " << all.size() << " users in one query, median of " << repeat << " (interleaved with the loop): " << QString::number(oneOverview, 'f', 1)
          << " ms" << Qt::endl;
    out() << "status() loop: " << all.size() << " queries, " << QString::number(loopMs, 'f', 1) << " ms ("
          << QString::number(loopMs / std::max<qsizetype>(all.size(), 1), 'f', 2) << " ms per user)" << Qt::endl;
    out() << "ratio status() loop / one overview(): " << QString::number(loopMs / oneOverview, 'f', 1) << Qt::endl;
    out() << "results identical: " << (mismatches == 0 ? "yes" : "NO") << " (" << mismatches << " differences)" << Qt::endl;

    if (parser.isSet(explainOption)) {
        QSqlQuery q(QSqlDatabase::database(connection));
        if (run(q, QStringLiteral("EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM quotadesk.quota_status(?::timestamp)"), {atText}))
            while (q.next())
                out() << q.value(0).toString() << '\n';
        out().flush();
    }
    if (parser.isSet(keepOption))
        out() << "cluster left running: psql \"" << cluster.conninfo(QStringLiteral("bench")) << "\"; stop it with pg_ctl -D "
              << cluster.directory() << "/data stop (as postgres)" << Qt::endl;
    DatabaseConnector::close(connection);
    return mismatches == 0 ? 0 : 2;
}
