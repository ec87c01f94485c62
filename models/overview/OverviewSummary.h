#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include "common/Result.h"

/// The figures of the dashboard's overview page, all from SQL aggregates.
struct OverviewSummary
{
    QDateTime at;
    qint64 tokensToday = 0;
    qint64 costTodayCents = 0; // estimated_cost_usd holds US cents; kept whole, shown exactly
    qint64 costMonthCents = 0;
    int usersTotal = 0;
    int usersWarning = 0;     // daily level
    int usersCritical = 0;
    int usersExceeded = 0;
    std::optional<double> hitRateToday; // hits / lookups recorded today; empty when none
    qint64 lookupsToday = 0;
    double costSavedUsd = 0;
    double storageMb = 0;
    qint64 cacheEntries = 0;
    QList<qint64> tokensByHourToday;     // 24 values, UTC hours
    QList<qint64> tokensByHourYesterday; // 24 values

    /// Loads everything at `at` (invalid = now) in a few queries.
    static Result<OverviewSummary> load(const QString &connectionName, const QDateTime &at = {});
};
