#include "quota/UserUsageHistory.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "db/SqlError.h"
#include "db/SqlTime.h"
#include "quota/QuotaService.h"

namespace {

Result<UserUsageHistory> failed(const QSqlQuery &query)
{
    return Result<UserUsageHistory>::failure(SqlError::message(query));
}

} // namespace

Result<UserUsageHistory> UserUsageHistory::load(const QString &connectionName, int userId, const QDateTime &at, int dayCount)
{
    if (dayCount < 1 || dayCount > 366)
        return Result<UserUsageHistory>::failure(tr("The history covers 1 to 366 days, not %1.").arg(dayCount));
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT u.email::text, ul.plan, ul.limits_known, ul.daily_limit, "
        "       quotadesk.iso(coalesce(?::timestamp, quotadesk.utc_now())) "
        "FROM public.users u JOIN quotadesk.user_limits ul ON ul.user_id = u.id WHERE u.id = ?"));
    query.addBindValue(at.isValid() ? QVariant(SqlTime::bind(at)) : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(userId);
    if (!query.exec())
        return failed(query);
    if (!query.next())
        return Result<UserUsageHistory>::failure(tr("No user with id %1.").arg(userId));
    UserUsageHistory history;
    history.userId = userId;
    history.email = query.value(0).toString();
    history.plan = query.value(1).toString();
    history.limitsKnown = query.value(2).toBool();
    if (!query.isNull(3))
        history.dailyLimit = query.value(3).toLongLong();
    history.at = SqlTime::fromIso(query.value(4).toString());
    // quotadesk.iso() has whole seconds; keep the caller's milliseconds for the window end.
    const QString when = at.isValid() ? SqlTime::bind(at) : SqlTime::bind(history.at);
    if (at.isValid())
        history.at = at.toUTC();

    // Per day: tokens of successful calls (as the quota counts them: negative as 0),
    // split at the latest daily reset of that day (up to `at`).
    query.prepare(QStringLiteral(
        "WITH p AS (SELECT ?::timestamp AS at, ?::integer AS user_id, "
        "                  date_trunc('day', ?::timestamp) - (?::integer - 1) * interval '1 day' AS first_day), "
        "days AS (SELECT g::timestamp AS day FROM p, generate_series(p.first_day, date_trunc('day', p.at), interval '1 day') g), "
        "resets AS (SELECT date_trunc('day', r.reset_at) AS day, max(r.reset_at) AS last_reset "
        "           FROM quotadesk.quota_resets r, p "
        "           WHERE r.user_id = p.user_id AND r.period = 'daily' AND r.reset_at >= p.first_day AND r.reset_at <= p.at "
        "           GROUP BY 1), "
        "usage AS (SELECT date_trunc('day', l.created_at) AS day, l.created_at, "
        "                 quotadesk.row_tokens(l.total_tokens, l.input_tokens, l.output_tokens) AS tokens "
        "          FROM public.ai_provider_usage_logs l, p "
        "          WHERE l.user_id = p.user_id AND l.status = 'success' AND l.created_at >= p.first_day AND l.created_at <= p.at) "
        "SELECT to_char(d.day, 'YYYY-MM-DD'), "
        "       coalesce(sum(u.tokens) FILTER (WHERE rs.last_reset IS NULL OR u.created_at > rs.last_reset), 0)::bigint, "
        "       coalesce(sum(u.tokens) FILTER (WHERE u.created_at <= rs.last_reset), 0)::bigint, "
        "       quotadesk.iso(rs.last_reset) "
        "FROM days d LEFT JOIN resets rs ON rs.day = d.day LEFT JOIN usage u ON u.day = d.day "
        "GROUP BY d.day, rs.last_reset ORDER BY d.day"));
    query.addBindValue(when);
    query.addBindValue(userId);
    query.addBindValue(when);
    query.addBindValue(dayCount);
    if (!query.exec())
        return failed(query);
    while (query.next()) {
        DailyUsage day;
        day.day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        day.counted = query.value(1).toLongLong();
        day.beforeReset = query.value(2).toLongLong();
        day.lastReset = SqlTime::fromIso(query.value(3).toString());
        history.days.append(day);
    }
    if (query.lastError().isValid())
        return failed(query);
    // The pace as of the same moment: a reader may lack the right to it, the history stays.
    if (const Result<QuotaProjection> pace = QuotaService(connectionName).projection(userId, history.at))
        history.projection = pace.value();
    return history;
}
