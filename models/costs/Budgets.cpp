#include "costs/Budgets.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "audit/ActionId.h"
#include "db/SqlError.h"

QString BudgetStatus::level() const
{
    if (projectedShare > 1.0)
        return QStringLiteral("exceeded"); // red
    if (projectedShare > 0.8)
        return QStringLiteral("critical"); // orange
    return {};
}

QJsonObject BudgetStatus::toJson() const
{
    return {{QStringLiteral("scope"), scope},
            {QStringLiteral("budget_usd"), double(budgetCents) / 100.0},
            {QStringLiteral("month_to_date_usd"), double(monthToDateCents) / 100.0},
            {QStringLiteral("projected_usd"), double(projectedCents) / 100.0},
            {QStringLiteral("projected_share"), projectedShare}};
}

Result<QList<BudgetStatus>> BudgetService::statuses() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT scope, budget_cents, month_to_date_cents, projected_month_cents, projected_share::float8 "
                                   "FROM quotadesk.budget_status(NULL)")))
        return Result<QList<BudgetStatus>>::failure(SqlError::message(query), SqlError::failureOf(query));
    QList<BudgetStatus> list;
    while (query.next())
        list.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong(), query.value(3).toLongLong(),
                     query.value(4).toDouble()});
    if (query.lastError().isValid())
        return Result<QList<BudgetStatus>>::failure(SqlError::message(query), SqlError::failureOf(query));
    return list;
}

Status BudgetService::set(std::optional<int> staffId, const QString &scope, std::optional<qint64> cents, const QUuid &actionId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT quotadesk.admin_set_budget(?, ?, ?::bigint, ?::uuid)"));
    query.addBindValue(staffId ? QVariant(*staffId) : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(scope);
    query.addBindValue(cents ? QVariant(*cents) : QVariant(QMetaType::fromType<qlonglong>()));
    query.addBindValue(ActionId::text(ActionId::orFresh(actionId)));
    if (!query.exec())
        return Status::failure(SqlError::message(query), SqlError::failureOf(query));
    return {};
}

std::optional<qint64> BudgetService::centsFromDollars(const QString &text)
{
    // Digits with optional thousands commas, optional 1-2 decimals; an optional leading $.
    static const QRegularExpression amount(QStringLiteral("^\\$?((?:\\d{1,3}(?:,\\d{3})+)|\\d+)(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch m = amount.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    QString whole = m.captured(1);
    whole.remove(u',');
    if (whole.size() > 15)
        return std::nullopt;
    const qint64 cents = whole.toLongLong() * 100 + m.captured(2).leftJustified(2, u'0').toLongLong();
    return cents > 0 ? std::optional<qint64>(cents) : std::nullopt;
}
