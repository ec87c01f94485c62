// The cost rollups (migrations 0026, 0027) against the raw usage rows: every cost reader
// (cost_breakdown by each key over month-to-date, 30 and 90 days and arbitrary ranges;
// cost_month overall and per plan at several moments; the Costs page's daily_spend) must
// give, from the rollups, exactly what it gives from the raw rows (the same function with
// the rollups marked incomplete: 0020's and 0022's rules). And the rollups themselves must
// equal a plain aggregation of the rows they hold, after random inserts, updates (cost,
// status, task, user, provider, created_at across day and month boundaries), deletes and
// truncates; and while a database that had rows before migrating is being backfilled.
#include <atomic>
#include <random>

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include "costs/CostSummary.h"
#include "db/Migrator.h"
#include "CacheTestData.h"
#include "QuotaTestData.h"
#include "TestDatabase.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Second = 1000 * 1000; // microseconds
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

qint64 micros(const QDateTime &dt)
{
    return dt.toMSecsSinceEpoch() * 1000;
}

// A time as SQL computes it from microseconds since the epoch, exactly.
const QString At = u"('1970-01-01'::timestamp + ?::bigint * interval '1 microsecond')"_s;

// Every reader's answer at the moment `now` (bound once), one JSON text per row, in a
// fixed order (the breakdowns' own order is part of their answer: ord).
const QString Readers = uR"(
WITH n AS (SELECT %1 AS now),
ranges AS (
    SELECT r.f, r.t FROM n, LATERAL (VALUES
        (date_trunc('month', n.now)::date, n.now::date),                     -- month to date (the page)
        (n.now::date - 29, n.now::date), (n.now::date - 89, n.now::date),    -- --days 30, 90
        (n.now::date - 40, n.now::date - 3), (n.now::date - 1, n.now::date + 1),
        ((date_trunc('month', n.now) - interval '1 month')::date, (date_trunc('month', n.now) - interval '1 day')::date),
        (n.now::date - 70, n.now::date + 40), (n.now::date - 5, n.now::date - 5),
        (date_trunc('month', n.now)::date + 3, (date_trunc('month', n.now) + interval '1 month - 1 day')::date)) r(f, t)
),
moments AS (
    SELECT m.at FROM n, LATERAL (VALUES (n.now), (n.now - interval '3 days 5 minutes'), (date_trunc('month', n.now) - interval '1 microsecond'),
                                        (date_trunc('month', n.now)), (n.now + interval '2 hours'), (n.now - interval '17 days 13 hours'),
                                        (date_trunc('day', n.now) + interval '11 hours 59 minutes')) m(at)
),
answers AS (
    SELECT 'breakdown ' || b.by || ' ' || r.f || '..' || r.t AS reader, x.ord, x.key,
           x.calls AS a, x.tokens AS b, x.cost_cents AS c, x.failed_cost_cents AS d, NULL::numeric AS e
    FROM ranges r CROSS JOIN unnest(ARRAY['day', 'model', 'task', 'plan', 'user']) b(by)
    CROSS JOIN LATERAL quotadesk.cost_breakdown(r.f, r.t, b.by) WITH ORDINALITY x(key, calls, tokens, cost_cents, failed_cost_cents, ord)
    UNION ALL
    SELECT 'month ' || m.at || ' ' || coalesce(p.plan, 'all'), 0, c.evaluated_at::text, c.month_to_date_cents,
           c.last_month_same_point_cents, c.projected_month_cents, c.failed_month_cents, c.cache_saved_month_usd
    FROM moments m CROSS JOIN (VALUES (NULL::text), ('freemium'), ('pro'), ('annual')) p(plan)
    CROSS JOIN LATERAL quotadesk.cost_month(m.at, p.plan) c
    UNION ALL
    SELECT 'daily ' || b.by || ' ' || r.f || '..' || r.t, 0, d.day || ' ' || d.key, d.cost_cents, NULL, NULL, NULL, NULL
    FROM n CROSS JOIN LATERAL (VALUES (n.now::date - 29, n.now::date), (n.now::date - 89, n.now::date)) r(f, t)
    CROSS JOIN unnest(ARRAY['model', 'task', 'plan']) b(by)
    CROSS JOIN LATERAL quotadesk.daily_spend(r.f, r.t, b.by) d
)
SELECT row_to_json(answers)::text FROM answers ORDER BY reader, ord, key)"_s.arg(At);

// The readers' answers at `now` (microseconds), or an error as the only line.
QStringList answers(QSqlDatabase db, qint64 now)
{
    QSqlQuery q(db);
    q.prepare(Readers);
    q.addBindValue(now);
    if (!q.exec())
        return {u"query failed: "_s + q.lastError().text()};
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString();
    return rows;
}

// The first difference of two answer lists, or empty.
QString firstDifference(const QStringList &got, const QStringList &expected)
{
    for (qsizetype i = 0; i < std::max(got.size(), expected.size()); ++i) {
        const QString a = i < got.size() ? got.at(i) : u"(none)"_s;
        const QString b = i < expected.size() ? expected.at(i) : u"(none)"_s;
        if (a != b)
            return u"row %1 of %2/%3:\n   rollups: %4\n   raw:     %5"_s.arg(i).arg(got.size()).arg(expected.size()).arg(a, b);
    }
    return {};
}

bool ready(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT quotadesk.cost_rollups_ready()"_s) && q.next() && q.value(0).toBool();
}

// The readers from the rollups against the same readers from the raw rows (the rollups
// marked incomplete, in one transaction rolled back): the first difference, or empty.
QString differences(QSqlDatabase db, qint64 now)
{
    if (!ready(db))
        return u"the rollups are not complete"_s;
    if (!db.transaction())
        return db.lastError().text();
    const QStringList fast = answers(db, now);
    QSqlQuery q(db);
    const bool marked = q.exec(u"UPDATE quotadesk.cost_rollup_state SET watermark = backfilled_through + 1"_s);
    const bool raw = marked && !ready(db);
    const QStringList slow = answers(db, now);
    db.rollback();
    if (!marked)
        return q.lastError().text();
    if (!raw)
        return u"could not mark the rollups incomplete"_s;
    if (fast.size() < 50)
        return u"too few answers: "_s + fast.join(u'\n');
    return firstDifference(fast, slow);
}

// The rollups against a plain aggregation of the rows they hold (while a backfill runs:
// ids above the watermark or up to backfilled_through), rows left at zero ignored.
QString drift(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(uR"(
        WITH s AS (SELECT watermark, backfilled_through AS through FROM quotadesk.cost_rollup_state),
        counted AS (SELECT l.* FROM public.ai_provider_usage_logs l, s WHERE l.id > s.watermark OR l.id <= s.through),
        daily AS (
            SELECT c.created_at::date AS day, c.provider_config_id, c.task_type::text AS task_type,
                   coalesce(c.status IN ('error', 'timeout'), false) AS failed, count(*) AS calls,
                   sum(greatest(coalesce(c.total_tokens, coalesce(c.input_tokens, 0) + coalesce(c.output_tokens, 0)), 0))::bigint AS tokens,
                   sum(greatest(coalesce(c.estimated_cost_usd, 0), 0))::bigint AS cents
            FROM counted c GROUP BY 1, 2, 3, 4),
        monthly AS (
            SELECT date_trunc('month', c.created_at)::date AS month, c.user_id, count(*) AS calls,
                   sum(greatest(coalesce(c.total_tokens, coalesce(c.input_tokens, 0) + coalesce(c.output_tokens, 0)), 0))::bigint AS tokens,
                   sum(greatest(coalesce(c.estimated_cost_usd, 0), 0))::bigint AS cents,
                   coalesce(sum(greatest(coalesce(c.estimated_cost_usd, 0), 0)) FILTER (WHERE c.status IN ('error', 'timeout')), 0)::bigint AS failed_cents
            FROM counted c GROUP BY 1, 2),
        user_days AS (
            SELECT c.user_id, c.created_at::date AS day, count(*) AS calls,
                   sum(greatest(coalesce(c.total_tokens, coalesce(c.input_tokens, 0) + coalesce(c.output_tokens, 0)), 0))::bigint AS tokens,
                   sum(greatest(coalesce(c.estimated_cost_usd, 0), 0))::bigint AS cents,
                   coalesce(sum(greatest(coalesce(c.estimated_cost_usd, 0), 0)) FILTER (WHERE c.status IN ('error', 'timeout')), 0)::bigint AS failed_cents
            FROM counted c GROUP BY 1, 2),
        kept_user_days AS (SELECT user_id, day, calls, tokens, cents, failed_cents FROM quotadesk.cost_daily_user
                           WHERE (calls, tokens, cents, failed_cents) <> (0, 0, 0, 0)),
        kept_daily AS (SELECT day, provider_config_id, task_type, failed, sum(calls)::bigint, sum(tokens)::bigint, sum(cents)::bigint
                       FROM quotadesk.cost_daily GROUP BY 1, 2, 3, 4  -- over the shards
                       HAVING (sum(calls), sum(tokens), sum(cents)) <> (0, 0, 0)),
        kept_monthly AS (SELECT month, user_id, calls, tokens, cents, failed_cents FROM quotadesk.cost_monthly_user
                         WHERE (calls, tokens, cents, failed_cents) <> (0, 0, 0, 0))
        SELECT (SELECT row_to_json(x)::text FROM (SELECT * FROM kept_daily EXCEPT ALL SELECT * FROM daily) x LIMIT 1),
               (SELECT row_to_json(x)::text FROM (SELECT * FROM daily EXCEPT ALL SELECT * FROM kept_daily) x LIMIT 1),
               (SELECT row_to_json(x)::text FROM (SELECT * FROM kept_monthly EXCEPT ALL SELECT * FROM monthly) x LIMIT 1),
               (SELECT row_to_json(x)::text FROM (SELECT * FROM monthly EXCEPT ALL SELECT * FROM kept_monthly) x LIMIT 1),
               (SELECT count(*) FROM quotadesk.cost_daily WHERE calls < 0 OR cents < 0),
               (SELECT row_to_json(x)::text FROM (SELECT * FROM kept_user_days EXCEPT ALL SELECT * FROM user_days) x LIMIT 1),
               (SELECT row_to_json(x)::text FROM (SELECT * FROM user_days EXCEPT ALL SELECT * FROM kept_user_days) x LIMIT 1))"_s)
        || !q.next())
        return u"query failed: "_s + q.lastError().text();
    if (q.isNull(0) && q.isNull(1) && q.isNull(2) && q.isNull(3) && q.value(4).toLongLong() == 0 && q.isNull(5) && q.isNull(6))
        return {};
    return u"daily rollup %1 / rows say %2; monthly rollup %3 / rows say %4; negative daily rows %5; user-day rollup %6 / rows say %7"_s.arg(
        q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
        q.value(5).toString(), q.value(6).toString());
}

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<int>());
}

// A value for a token or cost column: NULL, negative or a count.
QVariant amount(std::mt19937_64 &rng, int max)
{
    const auto kind = rng() % 10;
    if (kind == 0)
        return nullInt();
    if (kind == 1)
        return int(-1 - qint64(rng() % 300));
    return int(rng() % quint64(max));
}

QString status(std::mt19937_64 &rng)
{
    const auto kind = rng() % 20;
    return kind < 13 ? u"success"_s : kind < 16 ? u"error"_s : kind < 19 ? u"timeout"_s : u"Success"_s;
}

QString task(std::mt19937_64 &rng)
{
    static const QStringList tasks{u"extraction"_s, u"cv_draft"_s, u"cover_letter"_s, u"validation"_s};
    return tasks.at(int(rng() % tasks.size()));
}

// A small world: staff, users on plans (freemium, pro, annual, a paused pro), providers.
struct World
{
    QList<int> users;
    QList<int> configs;
};

World makeWorld(TestDatabase &db, QuotaTestData &data)
{
    World w;
    w.users << data.addStaff();
    for (int i = 0; i < 7; ++i)
        w.users << data.addUser();
    data.subscribe(w.users.at(1), u"pro"_s);
    data.subscribe(w.users.at(2), u"annual"_s);
    data.subscribe(w.users.at(3), u"pro"_s, u"paused"_s);
    data.subscribe(w.users.at(4), u"pro"_s);
    w.configs << db.scalar(u"SELECT max(id) FROM ai_provider_configs"_s).toInt();
    for (const auto &[provider, model] : {std::pair{u"openai"_s, u"gpt-4o-mini"_s}, std::pair{u"claude"_s, u"claude-3-haiku"_s}}) {
        db.exec(u"INSERT INTO ai_provider_configs (provider_type, model_name) VALUES (?, ?)"_s, {provider, model});
        w.configs << db.scalar(u"SELECT max(id) FROM ai_provider_configs"_s).toInt();
    }
    return w;
}

// Random rows around `now` (microseconds): inserted `count` at a time.
QString insertRows(TestDatabase &db, std::mt19937_64 &rng, const World &w, qint64 now, int count, qint64 spread)
{
    QSqlQuery q(db.db());
    QStringList values;
    QVariantList binds;
    for (int i = 0; i < count; ++i) {
        values << u"(?, ?, ?, ?::integer, ?::integer, ?::integer, ?::integer, ?, %1)"_s.arg(At);
        binds << w.users.at(int(rng() % w.users.size())) << w.configs.at(int(rng() % w.configs.size())) << task(rng)
              << amount(rng, 3000) << amount(rng, 3000) << (rng() % 3 == 0 ? nullInt() : amount(rng, 5000)) << amount(rng, 400)
              << status(rng) << now - qint64(rng() % quint64(spread)) + qint64(rng() % quint64(2 * Hour));
    }
    q.prepare(u"INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, input_tokens, output_tokens,"
              " total_tokens, estimated_cost_usd, status, created_at) VALUES "_s
              + values.join(u", "_s));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return q.exec() ? QString() : q.lastError().text();
}

} // namespace

class TestCostRollups final : public QObject
{
    Q_OBJECT

private slots:
    void aFreshDatabaseReadsTheRollups()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QVERIFY(ready(db.db()));
        QCOMPARE(db.scalar(u"SELECT watermark FROM quotadesk.cost_rollup_state"_s).toLongLong(), 0);
        const auto state = Migrator(db.connectionName()).costRollupBackfill();
        QVERIFY(state.ok() && state->complete());
    }

    // Random interleavings of writes and clock moves across day and month boundaries;
    // after every step the rollups equal the rows, and every few steps every reader from
    // the rollups equals the same reader from the raw rows.
    void rollupsEqualTheRawRowsAfterEveryStep_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<QDateTime>("start");
        // Users without calls, so that the paid plans' users are few (0026's few_users: per
        // plan, the readers read those users' rows one user at a time; since 0027 always).
        QTest::addColumn<int>("idleUsers");
        QTest::addRow("seed 5, January end") << quint64(5) << QDateTime(QDate(2026, 1, 31), QTime(21, 10), Qt::UTC) << 0;
        QTest::addRow("seed 13, leap February, few paid") << quint64(13) << QDateTime(QDate(2028, 2, 28), QTime(22, 59, 59, 999), Qt::UTC) << 100;
        QTest::addRow("seed 29, mid-month, few paid") << quint64(29) << QDateTime(QDate(2026, 3, 14), QTime(11, 30), Qt::UTC) << 100;
    }

    void rollupsEqualTheRawRowsAfterEveryStep()
    {
        QFETCH(quint64, seed);
        QFETCH(QDateTime, start);
        QFETCH(int, idleUsers);
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const World w = makeWorld(db, data);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QCOMPARE(db.exec(u"INSERT INTO users (email, full_name, hashed_password, referral_code)"
                         " SELECT 'idle' || g || '@example.com', 'Idle ' || g, 'x', 'IDLE' || g FROM generate_series(1, ?) g"_s,
                         {idleUsers}),
                 QString());
        const bool fewPaid = db.scalar(u"SELECT quotadesk.few_users((SELECT count(*) FROM quotadesk.plan_members('freemium', true)))"_s).toBool();
        QCOMPARE(fewPaid, idleUsers > 0);

        std::mt19937_64 rng(seed);
        auto below = [&rng](qint64 n) { return n <= 0 ? 0 : qint64(rng() % quint64(n)); };
        const auto pick = [&](const QList<int> &list) { return list.at(int(below(list.size()))); };
        qint64 now = micros(start);
        const auto dayStart = [](qint64 t) { return t - ((t % Day) + Day) % Day; };
        const auto monthStart = [](qint64 t) {
            const QDate d = QDateTime::fromMSecsSinceEpoch(t / 1000, Qt::UTC).date();
            return micros(QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), Qt::UTC));
        };
        const QList<qint64> nudges{-Second, -1, 0, 1, Second};
        const auto someTime = [&]() -> qint64 {
            const qint64 nudge = nudges.at(int(below(nudges.size())));
            switch (below(9)) {
            case 0: return dayStart(now) + nudge;
            case 1: return monthStart(now) + nudge;
            case 2: return now + nudge;
            case 3: return now + below(3 * Hour);       // future-dated, maybe past midnight
            case 4: return now + below(20 * Day);       // later this month, or next
            case 5: return now - below(100 * Day);      // old: last month, or before
            case 6: return dayStart(now) + Day + nudge; // tomorrow's first instant
            case 7: return monthStart(now) - Day * 31 + below(Day); // last month's first days
            default: return now - below(40 * Hour);
            }
        };

        QSqlQuery q(db.db());
        QStringList log;
        const int steps = 160;
        for (int step = 0; step < steps; ++step) {
            QString what;
            const qint64 kind = below(100);
            if (step < 3) { // a base of rows first
                QCOMPARE(insertRows(db, rng, w, now, 150, 95 * Day), QString());
                what = u"insert 150 rows"_s;
            } else if (kind < 35) {
                const int n = 1 + int(below(5));
                QStringList values;
                QVariantList binds;
                for (int i = 0; i < n; ++i) {
                    values << u"(?, ?, ?, ?::integer, ?::integer, ?::integer, ?::integer, ?, %1)"_s.arg(At);
                    binds << pick(w.users) << pick(w.configs) << task(rng) << amount(rng, 3000) << amount(rng, 3000)
                          << (below(3) == 0 ? nullInt() : amount(rng, 5000)) << amount(rng, 400) << status(rng) << someTime();
                }
                q.prepare(u"INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, input_tokens, output_tokens,"
                          " total_tokens, estimated_cost_usd, status, created_at) VALUES "_s
                          + values.join(u", "_s));
                for (const QVariant &v : binds)
                    q.addBindValue(v);
                what = u"insert %1 rows"_s.arg(n);
            } else if (kind < 60) { // update some rows: one column, or all that count at once
                const qint64 maxId = db.scalar(u"SELECT coalesce(max(id), 0) FROM ai_provider_usage_logs"_s).toLongLong();
                const QVariantList ids{1 + below(maxId), 1 + below(maxId), 1 + below(maxId), 1 + below(maxId)};
                switch (below(7)) {
                case 0:
                    q.prepare(u"UPDATE ai_provider_usage_logs SET estimated_cost_usd = ?::integer WHERE id IN (?, ?, ?, ?)"_s);
                    q.addBindValue(amount(rng, 400));
                    what = u"update cost"_s;
                    break;
                case 1:
                    q.prepare(u"UPDATE ai_provider_usage_logs SET status = ? WHERE id IN (?, ?, ?, ?)"_s);
                    q.addBindValue(status(rng));
                    what = u"update status"_s;
                    break;
                case 2:
                    q.prepare(u"UPDATE ai_provider_usage_logs SET created_at = created_at + ?::bigint * interval '1 microsecond' WHERE id IN (?, ?, ?, ?)"_s);
                    q.addBindValue(below(2) ? below(3 * Day) : -below(35 * Day));
                    what = u"update created_at"_s;
                    break;
                case 3:
                    q.prepare(u"UPDATE ai_provider_usage_logs SET user_id = ? WHERE id IN (?, ?, ?, ?)"_s);
                    q.addBindValue(pick(w.users));
                    what = u"update user_id"_s;
                    break;
                case 4:
                    q.prepare(u"UPDATE ai_provider_usage_logs SET task_type = ?, provider_config_id = ? WHERE id IN (?, ?, ?, ?)"_s);
                    q.addBindValue(task(rng));
                    q.addBindValue(pick(w.configs));
                    what = u"update task and provider"_s;
                    break;
                case 5:
                    q.prepare(u"UPDATE ai_provider_usage_logs SET total_tokens = ?::integer, input_tokens = ?::integer WHERE id IN (?, ?, ?, ?)"_s);
                    q.addBindValue(below(2) ? nullInt() : amount(rng, 5000));
                    q.addBindValue(amount(rng, 3000));
                    what = u"update tokens"_s;
                    break;
                default:
                    q.prepare(u"UPDATE ai_provider_usage_logs SET user_id = ?, provider_config_id = ?, task_type = ?, status = ?,"
                              " estimated_cost_usd = ?::integer, total_tokens = ?::integer, created_at = %1 WHERE id IN (?, ?, ?, ?)"_s.arg(At));
                    q.addBindValue(pick(w.users));
                    q.addBindValue(pick(w.configs));
                    q.addBindValue(task(rng));
                    q.addBindValue(status(rng));
                    q.addBindValue(amount(rng, 400));
                    q.addBindValue(amount(rng, 5000));
                    q.addBindValue(someTime());
                    what = u"update everything"_s;
                }
                for (const QVariant &id : ids)
                    q.addBindValue(id);
            } else if (kind < 64) { // an update that changes nothing rolled up
                q.prepare(u"UPDATE ai_provider_usage_logs SET latency_ms = coalesce(latency_ms, 0) + 1, error_message = 'x' WHERE user_id = ?"_s);
                q.addBindValue(pick(w.users));
                what = u"update latency"_s;
            } else if (kind < 74) {
                const qint64 maxId = db.scalar(u"SELECT coalesce(max(id), 0) FROM ai_provider_usage_logs"_s).toLongLong();
                q.prepare(u"DELETE FROM ai_provider_usage_logs WHERE id IN (?, ?, ?)"_s);
                q.addBindValue(1 + below(maxId));
                q.addBindValue(1 + below(maxId));
                q.addBindValue(1 + below(maxId));
                what = u"delete"_s;
            } else if (kind < 77) { // a plan changes: the plan now counts for the user's whole history
                q.prepare(u"UPDATE subscriptions SET status = (CASE WHEN status = 'active' THEN 'paused' ELSE 'active' END)::subscription_status_enum WHERE user_id = ?"_s);
                q.addBindValue(pick(w.users.mid(1, 4)));
                what = u"plan change"_s;
            } else if (kind < 99) { // the clock moves: minutes, hours, or onto a boundary
                switch (below(4)) {
                case 0: now += below(20 * Minute); break;
                case 1: now += below(9 * Hour); break;
                case 2: now = dayStart(now) + Day + nudges.at(int(below(nudges.size()))); break;
                default: now += Minute + below(3 * Day);
                }
                what = u"clock to %1"_s.arg(QDateTime::fromMSecsSinceEpoch(now / 1000, Qt::UTC).toString(Qt::ISODateWithMs));
            } else {
                what = u"truncate"_s;
            }
            const bool prepared = !what.startsWith(u"truncate"_s) && !what.startsWith(u"clock"_s) && !what.startsWith(u"insert 150"_s);
            if (!prepared)
                q.clear();
            QVERIFY2(prepared ? q.exec() : q.exec(what == u"truncate"_s ? u"TRUNCATE ai_provider_usage_logs"_s : u"SELECT 1"_s),
                     qPrintable(u"step %1 (%2): %3"_s.arg(step).arg(what, q.lastError().text())));
            log << what;
            if (log.size() > 8)
                log.removeFirst();

            const QString context = u"seed %1, step %2; last steps: %3"_s.arg(seed).arg(step).arg(log.join(u"; "_s));
            const QString drifted = drift(db.db());
            QVERIFY2(drifted.isEmpty(), qPrintable(context + u"\n   "_s + drifted));
            if (step % 4 == 3 || step == steps - 1) {
                const QString diff = differences(db.db(), now);
                QVERIFY2(diff.isEmpty(), qPrintable(u"at %1, %2\n   %3"_s.arg(QDateTime::fromMSecsSinceEpoch(now / 1000, Qt::UTC).toString(Qt::ISODateWithMs), context, diff)));
            }
        }
        QVERIFY(db.scalar(u"SELECT count(*) FROM ai_provider_usage_logs"_s).toLongLong() > 0);
        // And at the real clock (cost_month(NULL), the page's month to date).
        QCOMPARE(insertRows(db, rng, w, micros(QDateTime::currentDateTimeUtc()), 200, 80 * Day), QString());
        const QString diff = differences(db.db(), micros(QDateTime::currentDateTimeUtc()));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // The Costs page reads the same figures whether its SQL reads rollups or raw rows.
    void theCostsPageIsTheSameFromRollupsAndRawRows()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const World w = makeWorld(db, data);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        std::mt19937_64 rng(99);
        QCOMPARE(insertRows(db, rng, w, micros(QDateTime::currentDateTimeUtc()), 600, 95 * Day), QString());
        for (const QString &stack : CostSummary::stackings()) {
            const auto fast = CostSummary::load(db.connectionName(), 90, stack);
            QVERIFY2(fast.ok(), qPrintable(fast.error()));
            QVERIFY(db.db().transaction());
            QCOMPARE(db.exec(u"UPDATE quotadesk.cost_rollup_state SET watermark = backfilled_through + 1"_s), QString());
            const auto slow = CostSummary::load(db.connectionName(), 90, stack);
            QVERIFY(db.db().rollback());
            QVERIFY2(slow.ok(), qPrintable(slow.error()));
            QCOMPARE(fast->monthToDateCents, slow->monthToDateCents);
            QCOMPARE(fast->projectedMonthCents, slow->projectedMonthCents);
            QCOMPARE(fast->lastMonthSamePointCents, slow->lastMonthSamePointCents);
            QCOMPARE(fast->keys, slow->keys);
            QCOMPARE(fast->daily.size(), slow->daily.size());
            for (qsizetype i = 0; i < fast->daily.size(); ++i) {
                QCOMPARE(fast->daily.at(i).day, slow->daily.at(i).day);
                QCOMPARE(fast->daily.at(i).key, slow->daily.at(i).key);
                QCOMPARE(fast->daily.at(i).cents, slow->daily.at(i).cents);
            }
            QCOMPARE(fast->top.size(), slow->top.size());
            for (qsizetype i = 0; i < fast->top.size(); ++i) {
                QCOMPARE(fast->top.at(i).userId, slow->top.at(i).userId);
                QCOMPARE(fast->top.at(i).cents, slow->top.at(i).cents);
            }
            QCOMPARE(fast->rates.size(), slow->rates.size());
            QVERIFY(!fast->daily.isEmpty() && !fast->top.isEmpty());
        }
    }

    // A database with rows before migration 0026: the migration installs the rollups and
    // the backfill rolls the old rows up in batches. Readers read the raw rows until it is
    // complete, then the rollups, with the same answers; rows written meanwhile (new ones,
    // updates and deletes on both sides of the backfill's progress, an old id deleted and
    // inserted again) are all counted once.
    void backfillOfAnExistingDatabase()
    {
        TestDatabase db(TestDatabase::Schema::Empty);
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const auto before = Migrator(db.connectionName()).migrate({}, 25);
        QVERIFY2(before.ok(), qPrintable(before.error()));
        QCOMPARE(before->toVersion, 25);
        QuotaTestData data(db);
        const World w = makeWorld(db, data);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const qint64 now = micros(QDateTime::currentDateTimeUtc());
        std::mt19937_64 rng(4242);
        for (int i = 0; i < 60; ++i)
            QCOMPARE(insertRows(db, rng, w, now, 500, 75 * Day), QString());
        const qint64 watermark = db.scalar(u"SELECT max(id) FROM ai_provider_usage_logs"_s).toLongLong();
        QCOMPARE(watermark, 30000);

        // The migration, and one batch of the backfill (the first is 20,000 ids).
        int batches = 0;
        const auto migrated = Migrator(db.connectionName()).migrate({}, 0, [&batches](const Migrator::CounterBackfill &) { return ++batches < 1; });
        QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
        QVERIFY(migrated->counters.complete());
        QCOMPARE(migrated->costRollups.watermark, watermark);
        QVERIFY(migrated->costRollups.through > 0 && migrated->costRollups.through < watermark);
        QVERIFY(!ready(db.db()));
        QCOMPARE(drift(db.db()), QString());

        // Writes while it is partly done: below and above its progress, and above the watermark.
        const qint64 through = migrated->costRollups.through;
        QCOMPARE(insertRows(db, rng, w, now, 300, 40 * Day), QString());
        QCOMPARE(db.exec(u"UPDATE ai_provider_usage_logs SET estimated_cost_usd = estimated_cost_usd + 11, status = 'error' WHERE id % 97 = 0"_s),
                 QString());
        QCOMPARE(db.exec(u"UPDATE ai_provider_usage_logs SET created_at = created_at - interval '31 days', user_id = ? WHERE id % 89 = 0"_s,
                         {w.users.at(2)}),
                 QString());
        QCOMPARE(db.exec(u"DELETE FROM ai_provider_usage_logs WHERE id % 83 = 0"_s), QString());
        // An old id, not yet rolled up, deleted and inserted again; one already rolled up, too.
        for (const qint64 id : {through + 17, through - 17}) {
            QCOMPARE(db.exec(u"DELETE FROM ai_provider_usage_logs WHERE id = ?"_s, {id}), QString());
            QCOMPARE(db.exec(u"INSERT INTO ai_provider_usage_logs (id, user_id, provider_config_id, task_type, total_tokens, estimated_cost_usd, status, created_at)"
                             " VALUES (?, ?, ?, 'extraction', 321, 77, 'timeout', quotadesk.utc_now() - interval '2 days')"_s,
                             {id, w.users.at(1), w.configs.at(1)}),
                     QString());
        }
        QCOMPARE(drift(db.db()), QString());
        QVERIFY(!ready(db.db()));

        // Most of the rest in small batches, with writes between them.
        QSqlQuery q(db.db());
        int rounds = 0;
        while (db.scalar(u"SELECT watermark - backfilled_through FROM quotadesk.cost_rollup_state"_s).toLongLong() > 3000) {
            QVERIFY2(q.exec(u"SELECT complete FROM quotadesk.cost_rollups_backfill(1777)"_s) && q.next(), qPrintable(q.lastError().text()));
            ++rounds;
            QCOMPARE(drift(db.db()), QString());
            QCOMPARE(insertRows(db, rng, w, now, 3, 40 * Day), QString());
            QCOMPARE(db.exec(u"UPDATE ai_provider_usage_logs SET estimated_cost_usd = coalesce(estimated_cost_usd, 0) + 1,"
                             " created_at = created_at + interval '1 day' WHERE id IN (?, ?)"_s,
                             {qint64(rng() % quint64(watermark)) + 1, qint64(rng() % quint64(watermark)) + 1}),
                     QString());
            QCOMPARE(db.exec(u"DELETE FROM ai_provider_usage_logs WHERE id = ?"_s, {qint64(rng() % quint64(watermark)) + 1}), QString());
        }
        QVERIFY(rounds > 3);
        QVERIFY(!ready(db.db()));

        // The last batches, with nothing written between: readers answer the same from the
        // raw rows before and from the rollups after.
        const QStringList fromRawRows = answers(db.db(), now);
        QVERIFY(fromRawRows.size() > 50);
        const auto done = Migrator(db.connectionName()).backfillCostRollups();
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QVERIFY(done->complete());
        QVERIFY(ready(db.db()));
        QCOMPARE(drift(db.db()), QString());
        const QString same = firstDifference(answers(db.db(), now), fromRawRows);
        QVERIFY2(same.isEmpty(), qPrintable(same));
        const QString diff = differences(db.db(), now);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // A database whose 0026 rollups are complete: 0027 starts all three rollups again from
    // a new watermark; readers read the raw rows until the backfill is done, then the
    // rollups (cost_daily_user among them) with the same answers.
    void upgradeFrom0026RollsEverythingUpAgain()
    {
        TestDatabase db(TestDatabase::Schema::Empty);
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const auto before = Migrator(db.connectionName()).migrate({}, 26);
        QVERIFY2(before.ok(), qPrintable(before.error()));
        QCOMPARE(before->toVersion, 26);
        QuotaTestData data(db);
        const World w = makeWorld(db, data);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const qint64 now = micros(QDateTime::currentDateTimeUtc());
        std::mt19937_64 rng(2727);
        for (int i = 0; i < 25; ++i) // more than the backfill's first batch (20,000 ids)
            QCOMPARE(insertRows(db, rng, w, now, 1000, 75 * Day), QString());
        QVERIFY(ready(db.db()));
        const qint64 watermark = db.scalar(u"SELECT max(id) FROM ai_provider_usage_logs"_s).toLongLong();

        int batches = 0;
        const auto migrated = Migrator(db.connectionName()).migrate({}, 0, [&batches](const Migrator::CounterBackfill &) { return ++batches < 1; });
        QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
        QCOMPARE(migrated->toVersion, Migrator::latestVersion());
        QCOMPARE(migrated->costRollups.watermark, watermark);
        QVERIFY(!ready(db.db()));
        QCOMPARE(drift(db.db()), QString());
        const QStringList fromRawRows = answers(db.db(), now);
        QVERIFY(fromRawRows.size() > 50);

        QCOMPARE(insertRows(db, rng, w, now, 200, 40 * Day), QString());
        QCOMPARE(db.exec(u"UPDATE ai_provider_usage_logs SET user_id = ?, status = 'error' WHERE id % 61 = 0"_s, {w.users.at(1)}), QString());
        QCOMPARE(drift(db.db()), QString());
        const auto done = Migrator(db.connectionName()).backfillCostRollups();
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QVERIFY(done->complete());
        QVERIFY(ready(db.db()));
        QCOMPARE(drift(db.db()), QString());
        QVERIFY(db.scalar(u"SELECT count(*) FROM quotadesk.cost_daily_user"_s).toLongLong() > 100);
        const QString diff = differences(db.db(), now);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // Writers in parallel with the Migrator's backfill (and each other): no insert waits
    // long, and once it is complete the rollups equal the rows.
    void backfillWhileWritersWrite()
    {
        TestDatabase db(TestDatabase::Schema::Empty);
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QVERIFY(Migrator(db.connectionName()).migrate({}, 25).ok());
        QuotaTestData data(db);
        const World w = makeWorld(db, data);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const qint64 now = micros(QDateTime::currentDateTimeUtc());
        std::mt19937_64 rng(77);
        for (int i = 0; i < 80; ++i)
            QCOMPARE(insertRows(db, rng, w, now, 500, 50 * Day), QString());
        const qint64 oldRows = db.scalar(u"SELECT max(id) FROM ai_provider_usage_logs"_s).toLongLong();

        constexpr int Writers = 3;
        std::atomic<bool> backfilled{false};
        std::atomic<qint64> slowestInsertMs{0};
        std::atomic<int> batches{0};
        const QStringList errors = CacheTest::runConcurrently(db, Writers + 1, [&](const QString &connection, int index) -> QString {
            QSqlDatabase conn = QSqlDatabase::database(connection, false);
            QSqlQuery q(conn);
            if (index == 0) { // the migrator: 0026 and its backfill, in small batches
                QThread::msleep(30);
                const auto migrated = Migrator(connection).migrate({}, 0, [](const Migrator::CounterBackfill &) { return false; });
                QString error = migrated ? QString() : migrated.error();
                while (error.isEmpty()) {
                    if (!q.exec(u"SELECT complete FROM quotadesk.cost_rollups_backfill(1499)"_s) || !q.next()) {
                        error = q.lastError().text();
                        break;
                    }
                    ++batches;
                    if (q.value(0).toBool())
                        break;
                    QThread::msleep(2);
                }
                backfilled = true;
                return error;
            }
            std::mt19937_64 mine(500 + index);
            QString error;
            int rounds = 0;
            while (error.isEmpty() && (!backfilled.load() || rounds < 40)) {
                ++rounds;
                const auto kind = mine() % 6;
                const qint64 oldId = 1 + qint64(mine() % quint64(oldRows));
                QElapsedTimer timer;
                timer.start();
                if (kind < 3) {
                    q.prepare(u"INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, total_tokens, estimated_cost_usd, status, created_at)"
                              " VALUES (?, ?, ?, ?::integer, ?::integer, ?, quotadesk.utc_now() - ?::integer * interval '1 hour')"_s);
                    q.addBindValue(w.users.at(int(mine() % w.users.size())));
                    q.addBindValue(w.configs.at(int(mine() % w.configs.size())));
                    q.addBindValue(task(mine));
                    q.addBindValue(amount(mine, 3000));
                    q.addBindValue(amount(mine, 400));
                    q.addBindValue(status(mine));
                    q.addBindValue(int(mine() % 900));
                    if (!q.exec())
                        error = q.lastError().text();
                    slowestInsertMs = std::max<qint64>(slowestInsertMs.load(), timer.elapsed());
                    continue;
                }
                if (kind == 3) {
                    q.prepare(u"UPDATE ai_provider_usage_logs SET estimated_cost_usd = ?::integer, status = ?, task_type = ? WHERE id = ?"_s);
                    q.addBindValue(amount(mine, 400));
                    q.addBindValue(status(mine));
                    q.addBindValue(task(mine));
                } else if (kind == 4) {
                    q.prepare(u"UPDATE ai_provider_usage_logs SET created_at = created_at - interval '20 days', user_id = ? WHERE id = ?"_s);
                    q.addBindValue(w.users.at(int(mine() % w.users.size())));
                } else {
                    q.prepare(u"DELETE FROM ai_provider_usage_logs WHERE id = ?"_s);
                }
                q.addBindValue(oldId);
                if (!q.exec())
                    error = q.lastError().text();
            }
            return error;
        });
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        qInfo("backfill: %d batches; slowest insert meanwhile %lld ms", batches.load(), qlonglong(slowestInsertMs.load()));
        QVERIFY(batches.load() > 10);
        QVERIFY2(slowestInsertMs.load() < 2000, "an insert waited for the backfill for more than a second (plus slack)");
        QVERIFY(ready(db.db()));
        QCOMPARE(drift(db.db()), QString());
        const QString diff = differences(db.db(), now);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // Every AI call adds to its day's cost row in the app's transaction: two users' calls
    // in flight at once must not wait for each other's commit (the shards).
    void twoUsersCallsInFlightDoNotWaitForEachOther()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const World w = makeWorld(db, data);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const int first = w.users.at(1);
        const int second = w.users.at(2);
        QVERIFY(db.scalar(u"SELECT quotadesk.cost_shard(?) <> quotadesk.cost_shard(?)"_s, {first, second}).toBool());
        QVERIFY2(db.openConnection(u"second-writer"_s).ok(), "second connection");
        {
            QSqlDatabase other = QSqlDatabase::database(u"second-writer"_s, false);
            auto insert = [&w](QSqlDatabase conn, int user) {
                QSqlQuery q(conn);
                q.prepare(u"INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, total_tokens, estimated_cost_usd, status)"
                          " VALUES (?, ?, 'cv_draft', 100, 7, 'success')"_s);
                q.addBindValue(user);
                q.addBindValue(w.configs.first());
                return q.exec() ? QString() : q.lastError().text();
            };
            QSqlDatabase mine = db.db();
            QVERIFY(mine.transaction());
            QCOMPARE(insert(mine, first), QString());
            QSqlQuery q(other);
            QVERIFY(q.exec(u"SET lock_timeout = '2s'"_s));
            QVERIFY(other.transaction());
            QCOMPARE(insert(other, second), QString()); // would time out on a shared row lock
            QVERIFY(other.commit());
            QVERIFY(mine.commit());
            QVERIFY(q.exec(u"RESET lock_timeout"_s));
        }
        QSqlDatabase::removeDatabase(u"second-writer"_s);
        QCOMPARE(drift(db.db()), QString());
    }
};

QTEST_GUILESS_MAIN(TestCostRollups)
#include "tst_cost_rollups.moc"
