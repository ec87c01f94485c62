#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include "common/Result.h"
#include "quota/QuotaTypes.h"

class QSqlQuery;

/// A user's quota status and whether their account is staff (quotadesk.is_staff).
struct AccountStatus
{
    QuotaStatus status;
    bool isStaff = false;
};

/// The quota engine (DESIGN.md, "Quota rules") over one named connection, used from the
/// thread that opened it. The rules live in the database (quotadesk.quota_status and
/// friends, 0003_quota.sql); decide() is the refusal rule of check().
///
/// `at` is the moment to evaluate: usage rows and resets after it do not count. An
/// invalid `at` means now, on the database server's clock (the clock usage rows are
/// written with).
class QuotaService final
{
    Q_DECLARE_TR_FUNCTIONS(QuotaService)

public:
    explicit QuotaService(QString connectionName);

    /// The limits that apply to a user. Unknown user: "No user with id N."
    Result<QuotaLimits> limits(int userId) const;
    /// Unknown user: "No user with id N."
    Result<QuotaStatus> status(int userId, const QDateTime &at = {}) const;
    /// The user's status now, with their account's staff flag, in one statement: the REST
    /// server reads a JWT's user and their quota in one round trip. Unknown user: NotFound.
    Result<AccountStatus> accountStatus(int userId) const;
    /// When the user's quotas run out at their current pace. Unknown user: "No user with id N."
    Result<QuotaProjection> projection(int userId, const QDateTime &at = {}) const;
    /// Every user, ordered by id, in one set-based query.
    Result<QList<QuotaStatus>> overview(const QDateTime &at = {}) const;

    /// May `userId` start a `task` needing about `estimatedTokens` tokens? Without an
    /// estimate, the task's default from quotadesk.task_estimates (unknown task: "other").
    /// A given estimate must be > 0. A database error is a failure, never an allowance.
    Result<QuotaDecision> check(int userId, const QString &task, std::optional<qint64> estimatedTokens = {},
                                const QDateTime &at = {}) const;
    /// The same, on a status already read (the REST server's accountStatus()).
    Result<QuotaDecision> check(const QuotaStatus &current, const QString &task, std::optional<qint64> estimatedTokens = {}) const;
    /// The refusal rule, in this order: daily remaining <= 0; daily remaining < estimate;
    /// monthly remaining <= 0; monthly remaining < estimate; hourly calls >= limit.
    /// Unlimited windows never refuse.
    static QuotaDecision decide(const QuotaStatus &status, qint64 estimate);
    /// Default token estimate of a task type.
    Result<qint64> estimateFor(const QString &task) const;

    /// Resets `period` ("daily", "monthly" or "hourly") for every user of `userIds`
    /// (duplicates ignored) as staff member `staffId`: all or nothing, one 'quota.reset'
    /// audit row per user in the same transaction; usage rows are never touched.
    /// Returns the ids of the new quotadesk.quota_resets rows, by ascending user id.
    /// `actionId` (null: a fresh one): a retry with the same id resets nothing again and
    /// returns the first call's ids.
    Result<QList<qint64>> reset(const QList<int> &userIds, const QString &period, const QString &reason, std::optional<int> staffId,
                                const QDateTime &at = {}, const QUuid &actionId = {}) const;

    /// Every plan with a limits row, plus every plans.plan_type value without one.
    Result<QList<PlanLimitsRow>> planLimits() const;
    /// Sets one plan's limits (plan, the three limits, cache tier of `row`) as staff
    /// member `staffId`, audited as 'quota.plan_limits' with the values before and after.
    /// How many of the plan's users would change level under `row`'s limits, now (or at `at`).
    Result<PlanLimitsPreview> previewPlanLimits(const PlanLimitsRow &row, const QDateTime &at = {}) const;
    Status setPlanLimits(std::optional<int> staffId, const PlanLimitsRow &row, const QUuid &actionId = {}) const;

    /// The columns of quotadesk.quota_status() that statusFrom() reads, in its order
    /// (for queries that list statuses their own way, e.g. QuotaListingQuery).
    static QString statusColumns();
    /// The status in the current row of a query selecting statusColumns() first.
    static QuotaStatus statusFrom(const QSqlQuery &query);

private:
    Result<qint64> estimateOf(const QString &task, std::optional<qint64> estimatedTokens) const;
    Result<QList<QuotaStatus>> query(std::optional<int> userId, const QDateTime &at) const;
    Result<QList<QuotaStatus>> oneUser(int userId, const QDateTime &at) const;

    QString m_connectionName;
};
