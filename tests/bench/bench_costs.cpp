// bench_costs: the Costs page's figures on the scale world (a benchmark, not a test):
// --users users (default 100,000) and --rows usage rows this month (default 5,000,000)
// plus as many in the month before, 2 providers x 2 models, 4 task types, 5 % failed,
// --paid percent of the users on the pro plan (default 2), written through the
// counters' and cost rollups' triggers as the app writes them. Prints the medians of
// --repeat runs of everything the page and quotactl costs read (from the cost rollups,
// 0026 and 0027); then one page load from the raw rows, as before 0026 (the rollups marked
// incomplete in a transaction rolled back); then the Migrator's backfill of every row into
// emptied rollups, as on a database migrated to 0027 with these rows already in it.
//
//   bench_costs [--users N] [--rows N] [--paid P] [--repeat R] [--keep]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "BenchSupport.h"
#include "costs/CostReport.h"
#include "costs/CostSummary.h"
#include "db/DatabaseConnector.h"
#include "db/Migrator.h"
#include "demo/ThrowawayPostgres.h"

namespace {

using Bench::median;
using Bench::out;
using Bench::run;

template <typename F>
double medianMs(int repeat, F &&job)
{
    QList<double> ms;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        if (!job())
            return -1;
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    return median(ms);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The Costs page's queries on the scale world."));
    parser.addHelpOption();
    const QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Users (default 100000)."), QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Usage rows this month (default 5000000)."), QStringLiteral("N"),
                                        QStringLiteral("5000000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs per query; the median counts (default 3)."),
                                          QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption paidOption(QStringLiteral("paid"), QStringLiteral("Percent of the users on the pro plan (default 2)."),
                                        QStringLiteral("P"), QStringLiteral("2"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Leave the cluster running and print its conninfo."));
    parser.addOptions({usersOption, rowsOption, paidOption, repeatOption, keepOption});
    parser.process(app);
    const qint64 users = parser.value(usersOption).toLongLong();
    const qint64 rows = parser.value(rowsOption).toLongLong();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const int paid = std::clamp(parser.value(paidOption).toInt(), 0, 100);

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
    if (!run(query, QStringLiteral("INSERT INTO users (email, full_name, hashed_password, referral_code) "
                                   "SELECT 'u' || g || '@example.com', 'U' || g, 'x', 'R' || lpad(g::text, 7, '0') FROM generate_series(1, %1) g")
                        .arg(users))
        || !run(query, QStringLiteral("INSERT INTO ai_provider_configs (provider_type, model_name) VALUES "
                                      "('gemini', 'gemini-1.5-flash'), ('gemini', 'gemini-1.5-pro'), ('openai', 'gpt-4o-mini'), ('openai', 'gpt-4o')"))
        || !run(query, QStringLiteral("INSERT INTO plans (plan_type, name, price, period) VALUES ('pro', 'Pro', 1900, 'monthly') "
                                      "ON CONFLICT (plan_type) DO NOTHING"))
        || !run(query, QStringLiteral("INSERT INTO subscriptions (user_id, plan_id, status) "
                                      "SELECT u.id, (SELECT p.id FROM plans p WHERE p.plan_type = 'pro'), 'active' FROM users u WHERE u.id % 100 < %1")
                           .arg(paid)))
        return 2;
    // This month up to now and the month before, spread evenly; in statements of 500,000.
    const QString insert = QStringLiteral(
        "INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, input_tokens, output_tokens, total_tokens, "
        "                                    estimated_cost_usd, status, created_at) "
        "SELECT 1 + (g::bigint * 7919) % %1, (SELECT min(id) FROM ai_provider_configs) + g % 4, "
        "       (ARRAY['extraction','cv_draft','cover_letter','validation'])[1 + g % 4], 700, 300, 1000, 1 + g % 50, "
        "       CASE WHEN g % 20 = 0 THEN 'error' ELSE 'success' END, "
        "       %4 + (%5 - %4) * ((g - %2)::float8 / %3) "
        "FROM generate_series(%2, %2 + %3 - 1) g");
    const QString thisMonth = QStringLiteral("date_trunc('month', now() AT TIME ZONE 'UTC')");
    const QString now = QStringLiteral("(now() AT TIME ZONE 'UTC')");
    const QString lastMonth = QStringLiteral("(date_trunc('month', now() AT TIME ZONE 'UTC') - interval '1 month')");
    for (const auto &[from, to] : {std::pair{lastMonth, thisMonth}, std::pair{thisMonth, now}})
        for (qint64 start = 0; start < rows; start += 500000) {
            const qint64 n = std::min<qint64>(500000, rows - start);
            if (!run(query, insert.arg(users).arg(start).arg(n).arg(from, to)))
                return 2;
        }
    if (!run(query, QStringLiteral("VACUUM ANALYZE ai_provider_usage_logs")))
        return 2;
    out() << "world: " << users << " users (" << paid << " % pro), " << rows << " usage rows this month and as many last month, loaded in "
          << load.elapsed() / 1000.0 << " s" << Qt::endl;

    const auto report = [&](const QString &what, double ms) {
        out() << QStringLiteral("%1 %2 ms").arg(what, -44).arg(ms, 9, 'f', 1) << Qt::endl;
    };
    report(QStringLiteral("Costs page (CostSummary::load, 30 days)"),
           medianMs(repeat, [&] { return CostSummary::load(connection).ok(); }));
    report(QStringLiteral("Costs page, 90 days by plan"),
           medianMs(repeat, [&] { return CostSummary::load(connection, 90, QStringLiteral("plan")).ok(); }));
    for (const QString &by : CostService::breakdowns())
        report(QStringLiteral("quotactl costs --days 30 --by %1").arg(by),
               medianMs(repeat, [&] { return CostService(connection).lastDays(30, by).ok(); }));
    report(QStringLiteral("cost_month (month to date, projection)"),
           medianMs(repeat, [&] { return run(query, QStringLiteral("SELECT * FROM quotadesk.cost_month(NULL)")); }));
    for (const QString &plan : {QStringLiteral("freemium"), QStringLiteral("pro")})
        report(QStringLiteral("cost_month per plan (budget): %1").arg(plan),
               medianMs(repeat, [&] { return run(query, QStringLiteral("SELECT * FROM quotadesk.cost_month(NULL, '%1')").arg(plan)); }));
    const Result<CostSummary> fromRollups = CostSummary::load(connection);

    // Before 0026: the same page from the raw rows, once.
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    Result<CostSummary> fromRawRows = Result<CostSummary>::failure(QStringLiteral("not run"));
    double rawMs = -1;
    if (db.transaction() && run(query, QStringLiteral("UPDATE quotadesk.cost_rollup_state SET watermark = backfilled_through + 1"))) {
        QElapsedTimer t;
        t.start();
        fromRawRows = CostSummary::load(connection);
        rawMs = double(t.nsecsElapsed()) / 1e6;
    }
    db.rollback();
    report(QStringLiteral("Costs page from raw rows (before 0026), once"), rawMs);
    // Not the projection nor last month's same point: both move with the clock (the rest of
    // today; last month up to now), and the loads are seconds to minutes apart. The tests
    // compare those at fixed moments (tst_cost_rollups).
    const auto sameFigures = [&fromRollups](const Result<CostSummary> &other) {
        if (!fromRollups.ok() || !other.ok() || fromRollups->monthToDateCents != other->monthToDateCents
            || fromRollups->failedMonthCents != other->failedMonthCents
            || fromRollups->keys != other->keys || fromRollups->daily.size() != other->daily.size() || fromRollups->top.size() != other->top.size()
            || fromRollups->rates.size() != other->rates.size())
            return false;
        for (qsizetype i = 0; i < fromRollups->daily.size(); ++i)
            if (fromRollups->daily.at(i).day != other->daily.at(i).day || fromRollups->daily.at(i).key != other->daily.at(i).key
                || fromRollups->daily.at(i).cents != other->daily.at(i).cents)
                return false;
        for (qsizetype i = 0; i < fromRollups->top.size(); ++i)
            if (fromRollups->top.at(i).userId != other->top.at(i).userId || fromRollups->top.at(i).cents != other->top.at(i).cents)
                return false;
        for (qsizetype i = 0; i < fromRollups->rates.size(); ++i)
            if (fromRollups->rates.at(i).model != other->rates.at(i).model || fromRollups->rates.at(i).cents != other->rates.at(i).cents)
                return false;
        return true;
    };
    out() << "  same figures from rollups and raw rows: " << (sameFigures(fromRawRows) ? "yes" : "NO") << Qt::endl;

    // A database migrated to 0027 with every row already in it: the backfill.
    if (!run(query, QStringLiteral("TRUNCATE quotadesk.cost_daily, quotadesk.cost_monthly_user, quotadesk.cost_daily_user"))
        || !run(query, QStringLiteral("UPDATE quotadesk.cost_rollup_state SET watermark = (SELECT max(id) FROM ai_provider_usage_logs), "
                                      "backfilled_through = 0, completed_at = NULL")))
        return 2;
    int batches = 0;
    QElapsedTimer backfill;
    backfill.start();
    const auto backfilled = Migrator(connection).backfillCostRollups([&batches](const Migrator::CounterBackfill &) { return ++batches > 0; });
    const qint64 backfillMs = backfill.elapsed();
    if (!backfilled || !backfilled->complete()) {
        out() << "backfill failed: " << (backfilled ? QStringLiteral("incomplete") : backfilled.error()) << Qt::endl;
        return 2;
    }
    out() << "backfill of " << backfilled->watermark << " usage rows into the cost rollups: " << backfillMs / 1000.0 << " s in " << batches
          << " batches (" << (backfillMs / std::max(batches, 1)) << " ms each on average)" << Qt::endl;
    out() << "  same figures after the backfill: " << (sameFigures(CostSummary::load(connection)) ? "yes" : "NO") << Qt::endl;
    return 0;
}
