#include "overview/OverviewSummary.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "cache/CacheService.h"
#include "db/SqlError.h"
#include "db/SqlTime.h"

namespace {

Result<OverviewSummary> failed(const QSqlQuery &query)
{
    return Result<OverviewSummary>::failure(SqlError::message(query));
}

} // namespace

Result<OverviewSummary> OverviewSummary::load(const QString &connectionName, const QDateTime &at)
{
    OverviewSummary s;
    s.at = at.isValid() ? at.toUTC() : SqlTime::nowUtc();
    const QString when = SqlTime::bind(s.at);
    QSqlQuery query(QSqlDatabase::database(connectionName, false));

    // Tokens (successful calls) and cost (all calls: failed ones are billed too) per UTC hour
    // of today and yesterday, plus this month's cost.
    query.prepare(QStringLiteral(
        "WITH b AS (SELECT date_trunc('day', ?::timestamp) AS today, date_trunc('month', ?::timestamp) AS month) "
        "SELECT (l.created_at >= b.today) AS is_today, extract(hour FROM l.created_at)::int AS hour, "
        "       coalesce(sum(quotadesk.row_tokens(l.total_tokens, l.input_tokens, l.output_tokens)) FILTER (WHERE l.status = 'success'), 0)::bigint, "
        "       coalesce(sum(greatest(l.estimated_cost_usd, 0)), 0)::bigint "
        "FROM public.ai_provider_usage_logs l CROSS JOIN b "
        "WHERE l.created_at >= b.today - interval '1 day' AND l.created_at < b.today + interval '1 day' "
        "GROUP BY 1, 2"));
    query.addBindValue(when);
    query.addBindValue(when);
    if (!query.exec())
        return failed(query);
    s.tokensByHourToday = QList<qint64>(24, 0);
    s.tokensByHourYesterday = QList<qint64>(24, 0);
    qint64 centsToday = 0;
    while (query.next()) {
        const int hour = query.value(1).toInt();
        if (hour < 0 || hour > 23)
            continue;
        if (query.value(0).toBool()) {
            s.tokensByHourToday[hour] = query.value(2).toLongLong();
            s.tokensToday += query.value(2).toLongLong();
            centsToday += query.value(3).toLongLong();
        } else {
            s.tokensByHourYesterday[hour] = query.value(2).toLongLong();
        }
    }
    s.costTodayCents = centsToday;

    query.prepare(QStringLiteral(
        "SELECT coalesce(sum(greatest(estimated_cost_usd, 0)), 0)::bigint FROM public.ai_provider_usage_logs "
        "WHERE created_at >= date_trunc('month', ?::timestamp) AND created_at < date_trunc('month', ?::timestamp) + interval '1 month'"));
    query.addBindValue(when);
    query.addBindValue(when);
    if (!query.exec() || !query.next())
        return failed(query);
    s.costMonthCents = query.value(0).toLongLong();

    query.prepare(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE daily_level = 'warning'), "
                                 "count(*) FILTER (WHERE daily_level = 'critical'), count(*) FILTER (WHERE daily_level = 'exceeded') "
                                 "FROM quotadesk.quota_status(?::timestamp)"));
    query.addBindValue(when);
    if (!query.exec() || !query.next())
        return failed(query);
    s.usersTotal = query.value(0).toInt();
    s.usersWarning = query.value(1).toInt();
    s.usersCritical = query.value(2).toInt();
    s.usersExceeded = query.value(3).toInt();

    const QDateTime midnight(s.at.date(), QTime(0, 0), QTimeZone::utc());
    const auto today = CacheService(connectionName).stats(s.at, midnight);
    if (!today)
        return Result<OverviewSummary>::failure(today.error());
    s.hitRateToday = today->hitRate;
    s.lookupsToday = today->lookupHits + today->lookupMisses;
    s.costSavedUsd = today->costSavedUsd;
    s.storageMb = today->storageMb;
    s.cacheEntries = today->totalEntries;
    return s;
}
