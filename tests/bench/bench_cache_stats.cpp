// bench_cache_stats: cache statistics from the maintained totals (migration 0011) versus the
// aggregate over every row, and the entries key filter with and without the trigram index.
// Builds --rows cache rows (default 1,000,000; half expired, 4 types, data of 100 bytes to
// 4 kB) in a throwaway PostgreSQL and prints medians of --repeat runs and the ratios
// measured in this one run. Also checks that both statistics are identical.
//
//   bench_cache_stats [--rows N] [--repeat R] [--keep]
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

namespace {

using Bench::median;
using Bench::out;
using Bench::run;

// Median milliseconds of `repeat` runs of `sql` (every row fetched).
double timed(QSqlQuery &query, const QString &sql, int repeat)
{
    QList<double> ms;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!run(query, sql))
            return -1;
        while (query.next()) {
        }
        ms << timer.nsecsElapsed() / 1e6;
    }
    return median(ms);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cache statistics from maintained totals versus a full aggregate."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Cache rows (default 1000000)."), QStringLiteral("N"),
                                        QStringLiteral("1000000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs per query; the median counts (default 5)."),
                                          QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Leave the cluster running and print its conninfo."));
    parser.addOptions({rowsOption, repeatOption, keepOption});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    ThrowawayPostgres server;
    if (const Status started = server.start(parser.isSet(keepOption)); !started) {
        out() << "cannot start PostgreSQL: " << started.error() << Qt::endl;
        return 2;
    }
    const QString connection = QStringLiteral("bench");
    if (const Status opened = DatabaseConnector::open(server.conninfo(), connection); !opened) {
        out() << opened.error() << Qt::endl;
        return 2;
    }
    if (const auto migrated = Migrator(connection).migrate(); !migrated) {
        out() << migrated.error() << Qt::endl;
        return 2;
    }
    QSqlQuery query(QSqlDatabase::database(connection, false));
    QElapsedTimer load;
    load.start();
    // Rows through the triggers, as the app writes them, in statements of 100,000.
    if (!run(query, QStringLiteral("INSERT INTO users (email, full_name, hashed_password, referral_code) "
                                   "SELECT 'u' || g || '@example.com', 'U' || g, 'x', 'R' || lpad(g::text, 7, '0') FROM generate_series(1, 1000) g")))
        return 2;
    for (int from = 1; from <= rows; from += 100000) {
        const int to = std::min(rows, from + 99999);
        if (!run(query, QStringLiteral(
                     "INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at, access_count, created_at) "
                     "SELECT (ARRAY['system','session','content','extraction'])[1 + g % 4] || '_' || md5(g::text), "
                     "       (ARRAY['system','session','content','extraction'])[1 + g % 4], repeat('x', (100 + (g::bigint * 7919) % 4000)::int), "
                     "       CASE WHEN g % 4 = 0 THEN NULL ELSE 1 + g % 1000 END, "
                     "       CASE WHEN g % 4 = 0 THEN NULL ELSE now() AT TIME ZONE 'UTC' + ((g % 2) * 2 - 1) * interval '1 hour' END, "
                     "       g % 50, now() AT TIME ZONE 'UTC' - interval '1 day' "
                     "FROM generate_series(%1, %2) g")
                                   .arg(from)
                                   .arg(to)))
            return 2;
    }
    if (!run(query, QStringLiteral("VACUUM ANALYZE ai_cache")) || !run(query, QStringLiteral("VACUUM ANALYZE quotadesk.cache_totals")))
        return 2;
    out() << "world: " << rows << " cache rows, loaded in " << load.elapsed() / 1000.0 << " s" << Qt::endl;

    const QString at = QStringLiteral("(now() AT TIME ZONE 'UTC')");
    const QString same = QStringLiteral(
        "SELECT count(*) FROM ((SELECT * FROM quotadesk.cache_stats(%1) EXCEPT ALL SELECT * FROM quotadesk.cache_stats_raw(%1)) "
        "UNION ALL (SELECT * FROM quotadesk.cache_stats_raw(%1) EXCEPT ALL SELECT * FROM quotadesk.cache_stats(%1))) d").arg(at);
    if (!run(query, same) || !query.next())
        return 2;
    const int differing = query.value(0).toInt();

    const double maintained = timed(query, QStringLiteral("SELECT * FROM quotadesk.cache_stats(%1)").arg(at), repeat);
    const double raw = timed(query, QStringLiteral("SELECT * FROM quotadesk.cache_stats_raw(%1)").arg(at), repeat);
    const QString search = QStringLiteral("SELECT id FROM public.ai_cache WHERE cache_key ILIKE '%a1b2%' ORDER BY id DESC LIMIT 200");
    if (!run(query, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'qd_ai_cache_key_trgm'")) || !query.next())
        return 2;
    const bool trigram = query.value(0).toInt() == 1;
    const double withIndex = timed(query, search, repeat);
    double withoutIndex = -1;
    if (trigram && run(query, QStringLiteral("BEGIN")) && run(query, QStringLiteral("DROP INDEX qd_ai_cache_key_trgm"))) {
        withoutIndex = timed(query, search, repeat);
        run(query, QStringLiteral("ROLLBACK"));
    }

    out() << "cache stats, maintained totals: " << maintained << " ms (median of " << repeat << ")" << Qt::endl
          << "cache stats, aggregate over the rows: " << raw << " ms" << Qt::endl
          << "ratio raw / maintained: " << (maintained > 0 ? raw / maintained : 0) << "x" << Qt::endl
          << "identical results: " << (differing == 0 ? "yes" : "NO") << " (" << differing << " rows differ)" << Qt::endl
          << "key filter '%a1b2%' (newest 200): " << withIndex << " ms " << (trigram ? "with" : "without (no pg_trgm)")
          << " the trigram index";
    if (withoutIndex >= 0)
        out() << ", " << withoutIndex << " ms without; ratio " << (withIndex > 0 ? withoutIndex / withIndex : 0) << "x";
    out() << Qt::endl;
    if (parser.isSet(keepOption))
        out() << "cluster kept: " << server.conninfo() << Qt::endl;
    DatabaseConnector::close(connection);
    return differing == 0 ? 0 : 1;
}
