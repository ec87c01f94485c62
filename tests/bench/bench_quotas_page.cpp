// bench_quotas_page: what the Quotas page's own queries cost on a big world (default
// 100,000 users, a modest usage log). Prints medians of --repeat runs of each query the
// page makes (first page, re-sort, filter, level counts, top 15), twice: over the real
// quotadesk.quota_status(), and over quota_status() served from a table snapshot — the
// page's own cost, and what is left once quota_status() is fast. Not run in CI.
//
//   bench_quotas_page [--users N] [--usage-rows R] [--repeat K] [--keep]
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
#include "quota/QuotaListing.h"
#include "quota/QuotaService.h"
#include "quota/QuotaTableModel.h"

namespace {

using Bench::median;
using Bench::out;
using Bench::run;

/// Median milliseconds of `repeat` runs of `step` (which returns false on failure).
double timed(int repeat, const std::function<bool()> &step)
{
    QList<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < repeat; ++i) {
        timer.start();
        if (!step())
            return -1;
        ms << timer.nsecsElapsed() / 1e6;
    }
    return median(ms);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The Quotas page's queries on a big world."));
    parser.addHelpOption();
    const QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Users (default 100000)."), QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption rowsOption(QStringLiteral("usage-rows"), QStringLiteral("Usage rows this month (default 300000)."), QStringLiteral("R"),
                                       QStringLiteral("300000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs per query; the median counts (default 5)."), QStringLiteral("K"),
                                          QStringLiteral("5"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Leave the cluster running (quotadesk --database) and print its conninfo."));
    parser.addOptions({usersOption, rowsOption, repeatOption, keepOption});
    parser.process(app);
    const int users = parser.value(usersOption).toInt();
    const qint64 usageRows = parser.value(rowsOption).toLongLong();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

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

    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(QSqlDatabase::database(connection));
    // Usage this month up to now, set-based: users' activity skewed so levels spread.
    const bool built =
        run(q, QStringLiteral("SELECT setseed(0.42)"))
        && run(q, QStringLiteral("INSERT INTO plans (plan_type, name, price, period) VALUES ('freemium', 'Free', 0, 'monthly'),"
                                 " ('paygo', 'Pay as you go', 0, 'usage'), ('pro', 'Pro', 150000, 'monthly'), ('annual', 'Annual', 1500000, 'yearly')"))
        && run(q, QStringLiteral("INSERT INTO ai_provider_configs (provider_type, model_name) VALUES ('gemini', 'gemini-pro')"))
        && run(q, QStringLiteral("INSERT INTO users (email, full_name, hashed_password, referral_code, is_admin)"
                                 " SELECT 'user' || lpad(g::text, 6, '0') || '@example.com', 'User ' || g, 'x', lpad(g::text, 8, '0'), g = 1"
                                 " FROM generate_series(1, ?) g"),
               {users})
        && run(q, QStringLiteral("INSERT INTO subscriptions (user_id, plan_id, status)"
                                 " SELECT u.id, 1 + u.id % 4, (ARRAY['active', 'active', 'active', 'paused'])[1 + u.id % 4]::subscription_status_enum"
                                 " FROM users u WHERE u.id % 10 <> 0"))
        && run(q, QStringLiteral("INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, input_tokens, output_tokens,"
                                 "                                    total_tokens, status, created_at)"
                                 " SELECT 1 + (power(random(), 3) * ?)::int % ?, 1, 'extraction', 300, 400, (random() * 6000)::int,"
                                 "        CASE WHEN g % 17 = 0 THEN 'error' ELSE 'success' END, t"
                                 " FROM (SELECT g, greatest(date_trunc('month', quotadesk.utc_now()),"
                                 "                          quotadesk.utc_now() - random() * interval '30 days') AS t"
                                 "       FROM generate_series(1, ?) g) s ORDER BY t"),
               {users, users, usageRows})
        && run(q, QStringLiteral("VACUUM ANALYZE"));
    if (!built)
        return 1;
    out() << "Generated " << users << " users, " << usageRows << " usage rows in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;

    const QuotaListingQuery query(connection);
    const auto now = query.now();
    if (!now) {
        out() << now.error() << Qt::endl;
        return 1;
    }
    const QDateTime at = now.value();
    QuotaListing first; // the page's default: daily percentage, highest first
    QuotaListing resorted = first;
    resorted.sortColumn = QuotaTableModel::Email;
    resorted.order = Qt::AscendingOrder;
    QuotaListing filtered = first;
    filtered.text = QStringLiteral("user0999");
    filtered.level = QString::fromLatin1(QuotaListing::AtRisk);
    QuotaListing soonestOut = first; // time to exhaustion: every user's rates (usage_rates)
    soonestOut.sortColumn = QuotaTableModel::DailyOut;
    soonestOut.order = Qt::AscendingOrder;
    constexpr int PageSize = 200;

    const auto measure = [&](const QString &title) {
        const auto rows = [&](const QuotaListing &listing) {
            return [&query, &at, listing] { return query.page(listing, at, std::nullopt, PageSize).ok(); };
        };
        query.page(first, at, std::nullopt, PageSize); // warm-up
        const double statusOnly = timed(repeat, [&] {
            QSqlQuery c(QSqlDatabase::database(connection));
            // Every column of every row (a count(*) alone lets the planner drop the usage joins).
            return run(c, QStringLiteral("SELECT sum(hashtext(s::text)) FROM quotadesk.quota_status(?::timestamp, NULL) s"),
                       {at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))});
        });
        const double firstPage = timed(repeat, [&] { return query.now().ok() && query.page(first, at, std::nullopt, PageSize).ok(); });
        const double resort = timed(repeat, rows(resorted));
        const double filter = timed(repeat, rows(filtered));
        const double soonest = timed(repeat, rows(soonestOut));
        const double counts = timed(repeat, [&] { return query.levelCounts(filtered, at).ok(); });
        const double top = timed(repeat, [&] { return query.topByDailyPercentage(15, at).ok(); });
        const double plans = timed(repeat, [&] { return query.plans().ok(); });
        out() << "\n" << title << " (median of " << repeat << ", ms)\n"
              << "  quota_status() alone, every row   " << QString::number(statusOnly, 'f', 1) << '\n'
              << "  first page (now + 200 rows)       " << QString::number(firstPage, 'f', 1) << '\n'
              << "  re-sort (by email, 200 rows)      " << QString::number(resort, 'f', 1) << '\n'
              << "  filter (text + at risk, 200 rows) " << QString::number(filter, 'f', 1) << '\n'
              << "  sort by daily quota out (200 rows) " << QString::number(soonest, 'f', 1) << '\n'
              << "  level counts                      " << QString::number(counts, 'f', 1) << '\n'
              << "  top 15                            " << QString::number(top, 'f', 1) << '\n'
              << "  plans                             " << QString::number(plans, 'f', 1) << Qt::endl;
    };

    measure(QStringLiteral("Over quotadesk.quota_status()"));
    const double oldLoad = timed(std::min(repeat, 3), [&] { return QuotaService(connection).overview(at).ok(); });
    out() << "  before this change: every user into the client (overview(), median of " << std::min(repeat, 3) << ") "
          << QString::number(oldLoad, 'f', 1) << " ms" << Qt::endl;

    // The page's own cost: quota_status() answered from a snapshot table (what a counter-
    // backed quota_status() approaches). Same signature and columns, so the page's SQL is
    // unchanged; all in a transaction that is rolled back, so the world stays as built.
    QSqlDatabase db = QSqlDatabase::database(connection);
    const QString atText = at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    if (!db.transaction()
        // CREATE TABLE AS takes no parameters: the bench's own timestamp, as a literal.
        || !run(q, QStringLiteral("CREATE TABLE quotadesk.bench_snapshot AS SELECT * FROM quotadesk.quota_status('%1'::timestamp, NULL)").arg(atText))
        || !run(q, QStringLiteral("ANALYZE quotadesk.bench_snapshot"))
        || !run(q, QStringLiteral("DROP FUNCTION quotadesk.quota_status(timestamp, integer)"))
        || !run(q, QStringLiteral("CREATE FUNCTION quotadesk.quota_status(p_at timestamp DEFAULT NULL, p_user integer DEFAULT NULL) "
                                  "RETURNS SETOF quotadesk.bench_snapshot LANGUAGE sql STABLE PARALLEL SAFE AS "
                                  "$$ SELECT * FROM quotadesk.bench_snapshot WHERE p_user IS NULL OR user_id = p_user $$")))
        return 1;
    measure(QStringLiteral("Over a snapshot table (the page's own queries)"));
    db.rollback();

    if (parser.isSet(keepOption))
        out() << "\ncluster left running: "
              << cluster.conninfo(QStringLiteral("bench")) << Qt::endl;
    DatabaseConnector::close(connection);
    return 0;
}
