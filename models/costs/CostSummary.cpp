#include "costs/CostSummary.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "db/SqlError.h"
#include "db/SqlTime.h"

namespace {

Result<CostSummary> failed(const QSqlQuery &query)
{
    return Result<CostSummary>::failure(SqlError::message(query), SqlError::failureOf(query));
}

} // namespace

std::optional<double> CostSummary::changeOnLastMonth() const
{
    if (lastMonthSamePointCents <= 0)
        return std::nullopt;
    return (double(monthToDateCents) / double(lastMonthSamePointCents) - 1.0) * 100.0;
}

QStringList CostSummary::stackings()
{
    return {QStringLiteral("model"), QStringLiteral("task"), QStringLiteral("plan")};
}

Result<CostSummary> CostSummary::load(const QString &connectionName, int days, const QString &stackBy)
{
    if (!stackings().contains(stackBy) || days < 1 || days > 366)
        return Result<CostSummary>::failure(tr("Daily spend is split by %1, over 1 to 366 days.").arg(stackings().join(QStringLiteral(", "))));
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT quotadesk.iso(evaluated_at), month_to_date_cents, last_month_same_point_cents, "
                                   "projected_month_cents, failed_month_cents, cache_saved_month_usd::float8, "
                                   "to_char(evaluated_at, 'YYYY-MM-DD') FROM quotadesk.cost_month(NULL)"))
        || !query.next())
        return failed(query);
    CostSummary s;
    s.at = SqlTime::fromIso(query.value(0).toString());
    s.monthToDateCents = query.value(1).toLongLong();
    s.lastMonthSamePointCents = query.value(2).toLongLong();
    s.projectedMonthCents = query.value(3).toLongLong();
    s.failedMonthCents = query.value(4).toLongLong();
    s.cacheSavedMonthUsd = query.value(5).toDouble();
    s.lastDay = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    s.firstDay = s.lastDay.addDays(1 - days);
    const QString monthStart = QDate(s.lastDay.year(), s.lastDay.month(), 1).toString(Qt::ISODate);
    const QString today = s.lastDay.toString(Qt::ISODate);

    // Spend per day and key (quotadesk.daily_spend, 0026: from the cost rollups where it can);
    // the keys in order of their spend over the days.
    s.stackBy = stackBy;
    query.prepare(QStringLiteral(
        "SELECT to_char(d.day, 'YYYY-MM-DD'), d.key, d.cost_cents "
        "FROM quotadesk.daily_spend(?::date, ?::date, ?) d "
        "ORDER BY sum(d.cost_cents) OVER (PARTITION BY d.key) DESC, d.key, d.day"));
    query.addBindValue(s.firstDay.toString(Qt::ISODate));
    query.addBindValue(today);
    query.addBindValue(stackBy);
    if (!query.exec())
        return failed(query);
    while (query.next()) {
        const QString key = query.value(1).toString();
        if (!s.keys.contains(key))
            s.keys << key;
        s.daily.append({QDate::fromString(query.value(0).toString(), Qt::ISODate), key, query.value(2).toLongLong()});
    }
    if (query.lastError().isValid())
        return failed(query);

    // The month's top spenders: every user's total in SQL, the first few joined to names.
    query.prepare(QStringLiteral(
        "SELECT b.key::integer, u.email::text, up.plan, b.tokens, b.cost_cents "
        "FROM (SELECT * FROM quotadesk.cost_breakdown(?::date, ?::date, 'user') LIMIT ?) b "
        "JOIN public.users u ON u.id = b.key::integer "
        "JOIN quotadesk.user_plans up ON up.user_id = u.id "
        "ORDER BY b.cost_cents DESC, b.key::integer"));
    query.addBindValue(monthStart);
    query.addBindValue(today);
    query.addBindValue(TopSpenders);
    if (!query.exec())
        return failed(query);
    while (query.next())
        s.top.append({query.value(0).toInt(), query.value(1).toString(), query.value(2).toString(), query.value(3).toLongLong(),
                      query.value(4).toLongLong()});
    if (query.lastError().isValid())
        return failed(query);

    query.prepare(QStringLiteral("SELECT key, tokens, cost_cents FROM quotadesk.cost_breakdown(?::date, ?::date, 'model')"));
    query.addBindValue(monthStart);
    query.addBindValue(today);
    if (!query.exec())
        return failed(query);
    while (query.next())
        s.rates.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong()});
    if (query.lastError().isValid())
        return failed(query);
    query.finish();

    const Result<QList<BudgetStatus>> budgets = BudgetService(connectionName).statuses();
    if (!budgets)
        return Result<CostSummary>::failure(budgets.error(), budgets.why());
    s.budgets = budgets.value();
    return s;
}
