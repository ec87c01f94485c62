#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "common/Result.h"
#include "costs/Budgets.h"

/// The spend of one key (a model, task or plan) on one UTC day.
struct DaySpend
{
    QDate day;
    QString key; ///< provider/model, a task type or a plan
    qint64 cents = 0;
};

/// One user's spend this month.
struct Spender
{
    int userId = 0;
    QString email;
    QString plan; ///< the user's plan now
    qint64 tokens = 0;
    qint64 cents = 0;
};

/// One model's tokens and spend this month.
struct ModelRate
{
    QString model;
    qint64 tokens = 0;
    qint64 cents = 0;
    /// US cents per 1,000 tokens; 0 without tokens.
    double centsPer1k() const { return tokens > 0 ? double(cents) * 1000.0 / double(tokens) : 0.0; }
};

/// What the Costs page shows, read in one job: the month (quotadesk.cost_month, migration
/// 0022), spend per day and model, the top spenders and each model's price, all
/// aggregated by SQL (cost_month, daily_spend, cost_breakdown: from the cost rollups of
/// migration 0026 once they are complete, from the raw usage rows until then).
struct CostSummary
{
    Q_DECLARE_TR_FUNCTIONS(CostSummary)

public:
    static constexpr int TopSpenders = 20;

    QDateTime at; ///< the database's now (UTC)
    qint64 monthToDateCents = 0;
    qint64 lastMonthSamePointCents = 0;
    qint64 projectedMonthCents = 0;
    qint64 failedMonthCents = 0;
    double cacheSavedMonthUsd = 0;

    QDate firstDay; ///< of the daily spend, `days` UTC days ending today
    QDate lastDay;
    QString stackBy;             ///< what the daily spend is split by: model, task or plan
    QStringList keys;            ///< every key with spend in those days, by spend
    QList<DaySpend> daily;       ///< days without spend are left out
    QList<Spender> top;          ///< this month, highest first
    QList<ModelRate> rates;      ///< this month, by spend
    QList<BudgetStatus> budgets; ///< the overall budget first, if set

    /// Month to date over the same point of last month, in percent (nullopt: nothing then).
    std::optional<double> changeOnLastMonth() const;

    /// model, task, plan: what the daily spend can be split by.
    static QStringList stackings();
    /// `days` UTC days of daily spend split by `stackBy` (one of stackings()).
    static Result<CostSummary> load(const QString &connectionName, int days = 30, const QString &stackBy = QStringLiteral("model"));
};
