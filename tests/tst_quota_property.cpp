// Property: for random users, plans, subscriptions, limits, usage rows and resets,
// QuotaService::overview(at) equals, for every user, an independent plain-SQL oracle
// written here (it reads Quotadesk's tables but calls none of its functions or views).
// The rows crowd the boundaries: day and month starts, the hour window, `at` itself and
// the reset instants, to the microsecond; plus old rows, duplicates, NULL and negative
// tokens, error and odd statuses, zero and unlimited limits, plans without limits.
#include <random>

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "db/SqlTime.h"
#include "quota/QuotaService.h"
#include "QuotaTestData.h"
#include "TestDatabase.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Ms = 1000;      // microseconds
constexpr qint64 Minute = 60 * 1000 * Ms;
constexpr qint64 Day = 24 * 60 * Minute;

qint64 micros(const QDateTime &dt)
{
    return dt.toMSecsSinceEpoch() * Ms;
}

QString microsText(qint64 us)
{
    const qint64 ms = us / Ms;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s)
        + QString::number(us % Ms).rightJustified(3, u'0');
}

// The oracle: one row per user, written for clarity, not speed. A row counts for a
// period unless a reset of that period lies between the row (inclusive) and `at`.
const QString Oracle = uR"(
WITH p AS (SELECT ?::timestamp AS at),
w AS (SELECT at, date_trunc('day', at) AS day_start, date_trunc('month', at) AS month_start FROM p),
tok AS (
    SELECT l.*, CASE WHEN l.total_tokens IS NOT NULL THEN l.total_tokens::bigint
                     ELSE coalesce(l.input_tokens, 0)::bigint + coalesce(l.output_tokens, 0)::bigint END AS t
    FROM ai_provider_usage_logs l
),
flags AS (
    SELECT tok.user_id, tok.t,
           tok.status = 'success' AND tok.created_at >= w.day_start AND tok.created_at <= w.at
             AND NOT EXISTS (SELECT 1 FROM quotadesk.quota_resets r WHERE r.user_id = tok.user_id AND r.period = 'daily'
                             AND r.reset_at >= tok.created_at AND r.reset_at <= w.at) AS in_day,
           tok.status = 'success' AND tok.created_at >= w.month_start AND tok.created_at <= w.at
             AND NOT EXISTS (SELECT 1 FROM quotadesk.quota_resets r WHERE r.user_id = tok.user_id AND r.period = 'monthly'
                             AND r.reset_at >= tok.created_at AND r.reset_at <= w.at) AS in_month,
           tok.created_at > w.at - interval '1 hour' AND tok.created_at <= w.at
             AND NOT EXISTS (SELECT 1 FROM quotadesk.quota_resets r WHERE r.user_id = tok.user_id AND r.period = 'hourly'
                             AND r.reset_at >= tok.created_at AND r.reset_at <= w.at) AS in_hour
    FROM tok CROSS JOIN w
),
plan AS (
    SELECT u.id,
           (SELECT s.status::text FROM subscriptions s WHERE s.user_id = u.id) AS sub_status,
           coalesce((SELECT pl.plan_type::text FROM subscriptions s JOIN plans pl ON pl.id = s.plan_id
                     WHERE s.user_id = u.id AND s.status = 'active'), 'freemium') AS plan
    FROM users u
),
lim AS (
    SELECT plan.*, k.plan IS NOT NULL AS known,
           CASE WHEN k.plan IS NOT NULL THEN k.daily_tokens ELSE f.daily_tokens END AS d_lim,
           CASE WHEN k.plan IS NOT NULL THEN k.monthly_tokens ELSE f.monthly_tokens END AS m_lim,
           CASE WHEN k.plan IS NOT NULL THEN k.hourly_calls ELSE f.hourly_calls END::bigint AS h_lim
    FROM plan
    LEFT JOIN quotadesk.plan_limits k ON k.plan = plan.plan
    JOIN quotadesk.plan_limits f ON f.plan = 'freemium'
),
used AS (
    SELECT u.id,
           (SELECT coalesce(sum(CASE WHEN t < 0 THEN 0 ELSE t END), 0) FROM flags WHERE flags.user_id = u.id AND in_day) AS d,
           (SELECT coalesce(sum(CASE WHEN t < 0 THEN 0 ELSE t END), 0) FROM flags WHERE flags.user_id = u.id AND in_month) AS m,
           (SELECT count(*) FROM flags WHERE flags.user_id = u.id AND in_hour) AS h,
           (SELECT count(*) FROM flags WHERE flags.user_id = u.id AND t < 0 AND (in_day OR in_month)) AS bad
    FROM users u
),
pct AS (
    SELECT used.id,
           CASE WHEN l.d_lim IS NULL THEN 0 WHEN l.d_lim = 0 THEN 100 ELSE floor(used.d * 100.0 / l.d_lim)::bigint END AS d_pct,
           CASE WHEN l.m_lim IS NULL THEN 0 WHEN l.m_lim = 0 THEN 100 ELSE floor(used.m * 100.0 / l.m_lim)::bigint END AS m_pct,
           CASE WHEN l.h_lim IS NULL THEN 0 WHEN l.h_lim = 0 THEN 100 ELSE floor(used.h * 100.0 / l.h_lim)::bigint END AS h_pct
    FROM used JOIN lim l ON l.id = used.id
)
SELECT u.id, u.email, u.full_name, u.is_active, l.plan, l.sub_status, l.known,
       used.d, l.d_lim, CASE WHEN l.d_lim IS NULL THEN NULL WHEN used.d >= l.d_lim THEN 0 ELSE l.d_lim - used.d END, pct.d_pct,
       used.m, l.m_lim, CASE WHEN l.m_lim IS NULL THEN NULL WHEN used.m >= l.m_lim THEN 0 ELSE l.m_lim - used.m END, pct.m_pct,
       used.h, l.h_lim, CASE WHEN l.h_lim IS NULL THEN NULL WHEN used.h >= l.h_lim THEN 0 ELSE l.h_lim - used.h END, pct.h_pct,
       used.bad,
       to_char(w.day_start + interval '1 day', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
       to_char(w.month_start + interval '1 month', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
       (SELECT to_char(max(reset_at), 'YYYY-MM-DD"T"HH24:MI:SS"Z"') FROM quotadesk.quota_resets r
         WHERE r.user_id = u.id AND r.period = 'daily' AND r.reset_at <= w.at),
       (SELECT to_char(max(reset_at), 'YYYY-MM-DD"T"HH24:MI:SS"Z"') FROM quotadesk.quota_resets r
         WHERE r.user_id = u.id AND r.period = 'monthly' AND r.reset_at <= w.at),
       (SELECT to_char(max(reset_at), 'YYYY-MM-DD"T"HH24:MI:SS"Z"') FROM quotadesk.quota_resets r
         WHERE r.user_id = u.id AND r.period = 'hourly' AND r.reset_at <= w.at),
       to_char(w.at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
FROM users u
JOIN lim l ON l.id = u.id
JOIN used ON used.id = u.id
JOIN pct ON pct.id = u.id
CROSS JOIN w
ORDER BY u.id
)"_s;

QString levelOf(qint64 pct)
{
    return pct >= 95 ? u"exceeded"_s : pct >= 80 ? u"critical"_s : pct >= 50 ? u"warning"_s : u"ok"_s;
}

std::optional<qint64> optionalAt(const QSqlQuery &q, int column)
{
    return q.isNull(column) ? std::nullopt : std::optional<qint64>(q.value(column).toLongLong());
}

QuotaWindow oracleWindow(const QSqlQuery &q, int first)
{
    QuotaWindow w;
    w.used = q.value(first).toLongLong();
    w.limit = optionalAt(q, first + 1);
    w.remaining = optionalAt(q, first + 2);
    w.percentage = int(q.value(first + 3).toLongLong());
    w.warningLevel = levelOf(q.value(first + 3).toLongLong());
    return w;
}

QString oracleReason(const QuotaStatus &s, qint64 estimate)
{
    const auto left = [](const QuotaWindow &w) { return w.used >= *w.limit ? 0 : *w.limit - w.used; };
    if (s.daily.limit && left(s.daily) <= 0)
        return u"daily_quota_exceeded"_s;
    if (s.daily.limit && left(s.daily) < estimate)
        return u"daily_quota_insufficient"_s;
    if (s.monthly.limit && left(s.monthly) <= 0)
        return u"monthly_quota_exceeded"_s;
    if (s.monthly.limit && left(s.monthly) < estimate)
        return u"monthly_quota_insufficient"_s;
    if (s.hourlyCalls.limit && s.hourlyCalls.used >= *s.hourlyCalls.limit)
        return u"hourly_call_limit"_s;
    return QString();
}

} // namespace

class TestQuotaProperty final : public QObject
{
    Q_OBJECT

private:
    struct World
    {
        QDateTime at;
        int users = 0;
        int rows = 0;
        int resets = 0;
    };

    static QString generate(TestDatabase &db, quint64 seed, World &world)
    {
        std::mt19937_64 rng(seed);
        auto below = [&rng](qint64 n) { return std::uniform_int_distribution<qint64>(0, n - 1)(rng); };
        auto chance = [&rng](double p) { return std::bernoulli_distribution(p)(rng); };
        auto pickOf = [&below](const QStringList &list) { return list.at(int(below(list.size()))); };

        QuotaTestData data(db);
        data.addPlanType(u"enterprise"_s);
        data.addPlanType(u"legacy"_s); // never given limits: falls back to freemium
        if (!data.ok())
            return data.error();

        // `at`, often right on a boundary.
        QDate day = QDate(2026, 1, 1).addDays(below(365 + 365 + 366)); // 2026 to the leap year 2028
        QTime time;
        switch (below(7)) {
        case 0: time = QTime(0, 0); break;
        case 1: time = QTime(0, 0, 0, 1); break;
        case 2: time = QTime(23, 59, 59, 999); break;
        case 3: day = QDate(day.year(), day.month(), 1); time = QTime(0, int(below(60)), int(below(60))); break;
        case 4: day = QDate(day.year(), day.month(), day.daysInMonth()); time = QTime(23, 59, 59, 999); break;
        default: time = QTime::fromMSecsSinceStartOfDay(int(below(24 * 3600 * 1000)));
        }
        world.at = QDateTime(day, time, Qt::UTC);
        const qint64 at = micros(world.at);
        const qint64 dayStart = micros(QDateTime(day, QTime(0, 0), Qt::UTC));
        const qint64 monthStart = micros(QDateTime(QDate(day.year(), day.month(), 1), QTime(0, 0), Qt::UTC));

        // Limits: some changed, some zero, some unlimited, sometimes a plan loses its row.
        for (const QString &plan : {u"freemium"_s, u"paygo"_s, u"pro"_s, u"annual"_s}) {
            for (const QString &column : {u"daily_tokens"_s, u"monthly_tokens"_s, u"hourly_calls"_s}) {
                if (!chance(0.5))
                    continue;
                const qint64 kind = below(5);
                const QVariant value = kind == 0 ? QVariant(QMetaType::fromType<qlonglong>())
                                       : kind == 1 ? QVariant(qlonglong(0))
                                       : column == u"hourly_calls"_s ? QVariant(qlonglong(1 + below(8)))
                                                                     : QVariant(qlonglong(500 + below(20000)));
                // Column names are constants of this test.
                data.exec(u"UPDATE quotadesk.plan_limits SET %1 = ? WHERE plan = ?"_s.arg(column), {value, plan});
            }
        }
        if (chance(0.3))
            data.exec(u"DELETE FROM quotadesk.plan_limits WHERE plan = 'paygo'"_s);

        const int staff = data.addStaff();
        world.users = 8 + int(below(25));
        QList<int> users{staff};
        for (int i = 0; i < world.users; ++i) {
            const int user = data.addUser(u"candidate"_s, false, !chance(0.1));
            users << user;
            if (chance(0.75))
                data.subscribe(user, pickOf({u"freemium"_s, u"paygo"_s, u"pro"_s, u"annual"_s, u"enterprise"_s, u"legacy"_s}),
                               chance(0.6) ? u"active"_s : pickOf({u"paused"_s, u"cancelled"_s, u"expired"_s, u"past_due"_s}));
        }
        if (!data.ok())
            return data.error();

        QSqlDatabase conn = db.db();
        if (!conn.transaction())
            return conn.lastError().text();
        QSqlQuery reset(conn);
        reset.prepare(u"INSERT INTO quotadesk.quota_resets (user_id, period, reset_at, reset_by, reason) VALUES (?, ?, ?::timestamp, ?, 'property')"_s);
        QSqlQuery row(conn);
        row.prepare(u"INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, input_tokens, output_tokens, total_tokens, status, created_at) "
                    "VALUES (?, (SELECT min(id) FROM ai_provider_configs), 'extraction', ?::integer, ?::integer, ?::integer, ?, ?::timestamp)"_s);
        const auto tokens = [&]() -> QVariant {
            const qint64 kind = below(10);
            if (kind == 0)
                return QVariant(QMetaType::fromType<int>());
            if (kind == 1)
                return QVariant(int(-below(500) - 1));
            return QVariant(int(below(4000)));
        };
        const QList<qint64> nudges{-Ms, -1, 0, 1, Ms};

        for (const int user : users) {
            QList<qint64> resetTimes;
            for (qint64 n = below(4); n > 0; --n) {
                qint64 when = 0;
                switch (below(6)) {
                case 0: when = at; break;
                case 1: when = at + Ms; break; // after `at`: must be ignored
                case 2: when = dayStart + nudges.at(int(below(nudges.size()))); break;
                case 3: when = monthStart + nudges.at(int(below(nudges.size()))); break;
                case 4: when = at - 30 * Minute + below(30 * Minute); break;
                default: when = at - 35 * Day + below(36 * Day);
                }
                resetTimes << when;
                reset.addBindValue(user);
                reset.addBindValue(pickOf({u"daily"_s, u"monthly"_s, u"hourly"_s}));
                reset.addBindValue(microsText(when));
                reset.addBindValue(staff);
                if (!reset.exec())
                    return reset.lastError().text();
                ++world.resets;
            }
            for (qint64 n = below(50); n > 0; --n) {
                qint64 when = 0;
                const qint64 nudge = nudges.at(int(below(nudges.size())));
                switch (below(9)) {
                case 0: when = dayStart + nudge; break;
                case 1: when = monthStart + nudge; break;
                case 2: when = at - 60 * Minute + nudge; break;
                case 3: when = at + nudge; break;
                case 4: when = at - below(60 * Minute); break;
                case 5: when = resetTimes.isEmpty() ? at - below(Day) : resetTimes.at(int(below(resetTimes.size()))) + nudge; break;
                case 6: when = at - 70 * Day + below(40 * Day); break; // old rows
                default: when = at - 32 * Day + below(33 * Day);
                }
                const qint64 statusKind = below(20);
                const QString status = statusKind < 14 ? u"success"_s : statusKind < 17 ? u"error"_s : statusKind < 19 ? u"timeout"_s : u"Success"_s;
                const QVariant input = tokens(), output = tokens(), total = chance(0.3) ? QVariant(QMetaType::fromType<int>()) : tokens();
                for (int copies = chance(0.1) ? 2 : 1; copies > 0; --copies) { // duplicates
                    row.addBindValue(user);
                    row.addBindValue(input);
                    row.addBindValue(output);
                    row.addBindValue(total);
                    row.addBindValue(status);
                    row.addBindValue(microsText(when));
                    if (!row.exec())
                        return row.lastError().text();
                    ++world.rows;
                }
            }
        }
        if (!conn.commit())
            return conn.lastError().text();
        return data.error();
    }

private slots:
    void overviewMatchesThePlainSqlOracle_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed : {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
            QTest::addRow("seed %llu", seed) << seed;
    }

    void overviewMatchesThePlainSqlOracle()
    {
        QFETCH(quint64, seed);
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        World world;
        const QString generated = generate(db, seed, world);
        QVERIFY2(generated.isEmpty(), qPrintable(generated));

        const QuotaService service(db.connectionName());
        const Result<QList<QuotaStatus>> overview = service.overview(world.at);
        QVERIFY2(overview.ok(), qPrintable(overview.error()));

        QSqlQuery oracle(db.db());
        oracle.prepare(Oracle);
        oracle.addBindValue(SqlTime::bind(world.at));
        QVERIFY2(oracle.exec(), qPrintable(oracle.lastError().text()));

        const QString context = u"seed %1, at %2, %3 users, %4 rows, %5 resets"_s.arg(seed).arg(world.at.toString(Qt::ISODateWithMs))
                                    .arg(world.users).arg(world.rows).arg(world.resets);
        std::mt19937_64 rng(seed ^ 0x5eed);
        int compared = 0;
        for (const QuotaStatus &actual : overview.value()) {
            QVERIFY2(oracle.next(), qPrintable(u"the oracle has fewer users; "_s + context));
            QuotaStatus expected;
            expected.userId = oracle.value(0).toInt();
            expected.email = oracle.value(1).toString();
            expected.fullName = oracle.value(2).toString();
            expected.isActive = oracle.value(3).toBool();
            expected.plan = oracle.value(4).toString();
            expected.subscriptionStatus = oracle.value(5).toString();
            expected.limitsKnown = oracle.value(6).toBool();
            expected.daily = oracleWindow(oracle, 7);
            expected.monthly = oracleWindow(oracle, 11);
            expected.hourlyCalls = oracleWindow(oracle, 15);
            expected.badRows = oracle.value(19).toLongLong();
            expected.dailyResetsAt = SqlTime::fromIso(oracle.value(20).toString());
            expected.monthlyResetsAt = SqlTime::fromIso(oracle.value(21).toString());
            expected.lastDailyReset = SqlTime::fromIso(oracle.value(22).toString());
            expected.lastMonthlyReset = SqlTime::fromIso(oracle.value(23).toString());
            expected.lastHourlyReset = SqlTime::fromIso(oracle.value(24).toString());
            expected.evaluatedAt = SqlTime::fromIso(oracle.value(25).toString());

            const QByteArray want = QJsonDocument(expected.toJson()).toJson(QJsonDocument::Compact);
            const QByteArray got = QJsonDocument(actual.toJson()).toJson(QJsonDocument::Compact);
            QVERIFY2(got == want, qPrintable(u"%1\n   user %2\n   oracle:  %3\n   service: %4"_s.arg(context).arg(expected.userId)
                                                 .arg(QString::fromUtf8(want), QString::fromUtf8(got))));

            // The refusal rule on real statuses, against the oracle's reading of it.
            const qint64 estimate = QList<qint64>{1, 512, 1024, 2048, 5000, 150000}.at(int(rng() % 6));
            QCOMPARE(QuotaService::decide(actual, estimate).reason, oracleReason(expected, estimate));
            ++compared;
        }
        QVERIFY2(!oracle.next(), qPrintable(u"the oracle has more users; "_s + context));
        QCOMPARE(compared, world.users + 1);
    }
};

QTEST_GUILESS_MAIN(TestQuotaProperty)
#include "tst_quota_property.moc"
