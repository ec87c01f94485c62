#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "common/Result.h"

/// One key of a cost breakdown: a UTC day, a model, a task type, a plan or a user.
struct CostRow
{
    QString key;
    qint64 calls = 0;
    qint64 tokens = 0;          ///< every call's tokens, failed ones too (they are billed)
    qint64 costCents = 0;       ///< every call's cost
    qint64 failedCostCents = 0; ///< of that, the calls with status error or timeout

    /// {"key", "calls", "tokens", "cost_usd", "failed_cost_usd"}
    QJsonObject toJson() const;
};

/// Calls, tokens and cost of the UTC days `from`..`to` by one breakdown, as
/// quotadesk.cost_breakdown() computes them (migration 0020): all aggregates in SQL.
struct CostReport
{
    QDate from;
    QDate to;
    QString by;
    QList<CostRow> rows;

    qint64 totalCents() const;
    qint64 totalFailedCents() const;
    /// {"from", "to", "by", "rows": [...]}: days as YYYY-MM-DD, dollars as numbers.
    QJsonObject toJson() const;
};

/// Reads cost breakdowns on one named connection, in the calling thread.
class CostService final
{
    Q_DECLARE_TR_FUNCTIONS(CostService)

public:
    explicit CostService(QString connectionName) : m_connectionName(std::move(connectionName)) {}

    /// day, model, task, plan, user.
    static QStringList breakdowns();

    /// The `days` UTC days ending today by the database's clock, by `by`.
    Result<CostReport> lastDays(int days, const QString &by) const;
    Result<CostReport> between(const QDate &from, const QDate &to, const QString &by) const;

private:
    QString m_connectionName;
};
