#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include "common/Result.h"
#include "quota/QuotaTypes.h"

/// One UTC day of a user's token usage, as the daily quota counted it.
struct DailyUsage
{
    QDate day;               ///< UTC calendar day
    qint64 counted = 0;      ///< tokens of successful calls that counted against the daily limit
    qint64 beforeReset = 0;  ///< tokens of that day a daily reset took off the count
    QDateTime lastReset;     ///< latest daily reset within the day (UTC); invalid if none

    qint64 total() const { return counted + beforeReset; }
    bool operator==(const DailyUsage &) const = default;
};

/// A user's daily token usage over the last N UTC days (30 by default) against the
/// daily limit, by SQL: days without usage are there with 0. Resets count as the quota
/// counts them: on a day with a daily reset, only the rows after the latest reset of
/// that day count (the rest is in beforeReset).
struct UserUsageHistory
{
    Q_DECLARE_TR_FUNCTIONS(UserUsageHistory)

public:
    int userId = 0;
    QString email;
    QString plan;
    bool limitsKnown = true;
    std::optional<qint64> dailyLimit; ///< the plan's limit now; empty: unlimited
    QDateTime at;                     ///< the moment the last day ends (UTC)
    QList<DailyUsage> days;           ///< oldest first; the last is at's day, up to at
    /// When the quotas run out at the user's pace, as of `at`; empty if it could not be read.
    std::optional<QuotaProjection> projection;

    /// `at` invalid: the database server's now. Unknown user: "No user with id N."
    static Result<UserUsageHistory> load(const QString &connectionName, int userId, const QDateTime &at = {}, int days = 30);
};
