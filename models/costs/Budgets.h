#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include "common/Result.h"

/// One monthly budget against its month (quotadesk.budget_status, migration 0023).
struct BudgetStatus
{
    QString scope; ///< "all", or a plan
    qint64 budgetCents = 0;
    qint64 monthToDateCents = 0;
    qint64 projectedCents = 0;
    double projectedShare = 0; ///< projection / budget

    /// The accent of a tile, as a warning level's color: "exceeded" (red) past 100 %,
    /// "critical" (orange) past 80 %, else empty.
    QString level() const;
    /// {"scope", "budget_usd", "month_to_date_usd", "projected_usd", "projected_share"}
    QJsonObject toJson() const;
};

/// Monthly AI budgets: read by viewers, set by admins (admin_set_budget: audited, one
/// action id acts once).
class BudgetService final
{
    Q_DECLARE_TR_FUNCTIONS(BudgetService)

public:
    static constexpr const char *Overall = "all";

    explicit BudgetService(QString connectionName) : m_connectionName(std::move(connectionName)) {}

    Result<QList<BudgetStatus>> statuses() const;
    /// Sets `scope`'s budget to `cents`, or removes it (nullopt), as staff member `staffId`.
    Status set(std::optional<int> staffId, const QString &scope, std::optional<qint64> cents, const QUuid &actionId) const;

    /// "$1,234.56" as cents; nullopt when it is not an amount over 0 with at most 2 decimals.
    static std::optional<qint64> centsFromDollars(const QString &text);

private:
    QString m_connectionName;
};
