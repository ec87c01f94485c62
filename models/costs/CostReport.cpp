#include "costs/CostReport.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "db/SqlError.h"

namespace {

// Cents as a JSON number of dollars: exact to the cent below 2^53 cents.
double dollars(qint64 cents)
{
    return double(cents) / 100.0;
}

} // namespace

QJsonObject CostRow::toJson() const
{
    return {{QStringLiteral("key"), key},
            {QStringLiteral("calls"), calls},
            {QStringLiteral("tokens"), tokens},
            {QStringLiteral("cost_usd"), dollars(costCents)},
            {QStringLiteral("failed_cost_usd"), dollars(failedCostCents)}};
}

qint64 CostReport::totalCents() const
{
    qint64 sum = 0;
    for (const CostRow &row : rows)
        sum += row.costCents;
    return sum;
}

qint64 CostReport::totalFailedCents() const
{
    qint64 sum = 0;
    for (const CostRow &row : rows)
        sum += row.failedCostCents;
    return sum;
}

QJsonObject CostReport::toJson() const
{
    QJsonArray list;
    for (const CostRow &row : rows)
        list.append(row.toJson());
    return {{QStringLiteral("from"), from.toString(Qt::ISODate)},
            {QStringLiteral("to"), to.toString(Qt::ISODate)},
            {QStringLiteral("by"), by},
            {QStringLiteral("rows"), list}};
}

QStringList CostService::breakdowns()
{
    return {QStringLiteral("day"), QStringLiteral("model"), QStringLiteral("task"), QStringLiteral("plan"), QStringLiteral("user")};
}

Result<CostReport> CostService::lastDays(int days, const QString &by) const
{
    if (days < 1 || days > 3660)
        return Result<CostReport>::failure(tr("--days takes a number of days from 1 to 3660, not %1.").arg(days));
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // Today by the clock the usage rows are written with, not this computer's.
    if (!query.exec(QStringLiteral("SELECT to_char(quotadesk.utc_now(), 'YYYY-MM-DD')")) || !query.next())
        return Result<CostReport>::failure(SqlError::message(query), SqlError::failureOf(query));
    const QDate today = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    return between(today.addDays(1 - days), today, by);
}

Result<CostReport> CostService::between(const QDate &from, const QDate &to, const QString &by) const
{
    if (!breakdowns().contains(by))
        return Result<CostReport>::failure(tr("Unknown breakdown \"%1\": use %2.").arg(by, breakdowns().join(QStringLiteral(", "))));
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT key, calls, tokens, cost_cents, failed_cost_cents "
                                 "FROM quotadesk.cost_breakdown(?::date, ?::date, ?)"));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    query.addBindValue(by);
    if (!query.exec())
        return Result<CostReport>::failure(SqlError::message(query), SqlError::failureOf(query));
    CostReport report{from, to, by, {}};
    while (query.next())
        report.rows.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                            query.value(3).toLongLong(), query.value(4).toLongLong()});
    if (query.lastError().isValid())
        return Result<CostReport>::failure(SqlError::message(query), SqlError::failureOf(query));
    return report;
}
