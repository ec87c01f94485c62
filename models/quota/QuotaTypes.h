#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QString>

/// One quota window: today's tokens, this month's tokens, or the calls of the last 60 minutes.
struct QuotaWindow
{
    qint64 used = 0;
    std::optional<qint64> limit;     ///< empty: unlimited
    std::optional<qint64> remaining; ///< max(0, limit - used); empty when unlimited
    int percentage = 0;              ///< floor(used * 100 / limit), may exceed 100; 0 when unlimited
    QString warningLevel;            ///< "ok", "warning" (>= 50), "critical" (>= 80), "exceeded" (>= 95)

    bool isUnlimited() const { return !limit.has_value(); }

    /// {usedKey, "limit", "remaining", "percentage", "warning_level"}; limit and remaining
    /// are null when unlimited.
    QJsonObject toJson(const char *usedKey = "used") const;

    /// The window the quota rules give for `used` against `limit` (the same rules the
    /// database applies): for building statuses by hand, e.g. in tests.
    static QuotaWindow fromUsage(qint64 used, std::optional<qint64> limit);

    bool operator==(const QuotaWindow &) const = default;
};

/// Quota status of one user at one moment.
struct QuotaStatus
{
    int userId = 0;
    QString email;
    QString fullName;
    bool isActive = true;
    QString plan;               ///< the plan whose limits apply ("freemium" without an active subscription)
    QString subscriptionStatus; ///< of the user's subscription; empty when there is none
    bool limitsKnown = true;    ///< false: the plan has no limits row, freemium's limits apply
    QuotaWindow daily;          ///< tokens of successful calls, this UTC day
    QuotaWindow monthly;        ///< tokens of successful calls, this UTC month
    QuotaWindow hourlyCalls;    ///< calls of any status, last 60 minutes
    qint64 badRows = 0;         ///< counted rows whose token count was negative (taken as 0)
    QDateTime evaluatedAt;      ///< the moment this status describes (UTC, whole seconds)
    QDateTime dailyResetsAt;    ///< next UTC midnight
    QDateTime monthlyResetsAt;  ///< 1st of next month, 00:00 UTC
    QDateTime lastDailyReset;   ///< latest manual reset of each period up to evaluatedAt; invalid if none
    QDateTime lastMonthlyReset;
    QDateTime lastHourlyReset;
    /// Time to exhaustion (quota_projection's rule), filled by QuotaListingQuery for the
    /// Quotas table; not part of toJson(). Invalid: not before the reset.
    bool projected = false;
    QDateTime dailyExhaustedAt;
    QDateTime monthlyExhaustedAt;

    /// The seed's shape: {"user_id", "email", "full_name", "is_active", "plan",
    /// "subscription_status", "limits_known", "daily", "monthly", "hourly_calls" (with
    /// "made" for used), "resets_at": {"daily", "monthly"}, "bad_rows", "evaluated_at",
    /// "last_resets": {"daily", "monthly", "hourly"}}. Timestamps ISO 8601 with Z or null.
    QJsonObject toJson() const;
};

/// The limits that apply to one user.
struct QuotaLimits
{
    QString plan;
    bool limitsKnown = true;
    std::optional<qint64> dailyTokens; ///< empty: unlimited
    std::optional<qint64> monthlyTokens;
    std::optional<qint64> hourlyCalls;
    QString cacheTier;

    /// {"daily_tokens", "monthly_tokens", "hourly_calls", "plan", "limits_known", "cache_tier"}
    QJsonObject toJson() const;
};

/// When a user's daily and monthly quotas run out at their current pace
/// (quotadesk.quota_projection, migration 0021): the daily one at the last 60 minutes'
/// pace, the monthly one at the last 7 days'.
struct QuotaProjection
{
    qint64 tokensLastHour = 0;
    qint64 tokensLast7Days = 0;
    QDateTime dailyExhaustedAt;   ///< invalid: not before the daily reset (unlimited, unused or slow enough)
    QDateTime monthlyExhaustedAt; ///< invalid: not before the monthly reset
    QDateTime evaluatedAt;        ///< an exhausted_at equal to this: already out

    /// {"daily_exhausted_at", "monthly_exhausted_at" (ISO 8601 or null),
    ///  "tokens_last_60_minutes", "tokens_last_7_days"}
    QJsonObject toJson() const;
};

/// What new limits of a plan would change for its users now (QuotaService::previewPlanLimits).
struct PlanLimitsPreview
{
    qint64 users = 0;           ///< users on the plan now
    qint64 dailyChanges = 0;    ///< whose daily warning level would change
    qint64 monthlyChanges = 0;
    qint64 hourlyChanges = 0;
    qint64 newlyExceeded = 0;   ///< at exceeded in some window under the new limits, in none now
    qint64 noLongerExceeded = 0;
    bool operator==(const PlanLimitsPreview &) const = default;
};

/// The answer of check(user, task, estimate).
struct QuotaDecision
{
    static constexpr const char *DailyQuotaExceeded = "daily_quota_exceeded";
    static constexpr const char *DailyQuotaInsufficient = "daily_quota_insufficient";
    static constexpr const char *MonthlyQuotaExceeded = "monthly_quota_exceeded";
    static constexpr const char *MonthlyQuotaInsufficient = "monthly_quota_insufficient";
    static constexpr const char *HourlyCallLimit = "hourly_call_limit";

    bool allowed = false;
    QString reason;  ///< one of the codes above; empty when allowed
    QString message; ///< translated, with the figures (e.g. "Daily quota exceeded: 10,240 of 10,000 tokens ...")
    qint64 estimate = 0;
    QuotaStatus status;

    /// {"allowed", "reason" (null when allowed), "message", "estimated_tokens", "quota": status}
    QJsonObject toJson() const;
};

/// One row of the editable plan-limits table.
struct PlanLimitsRow
{
    QString plan;
    std::optional<qint64> dailyTokens; ///< empty: unlimited
    std::optional<qint64> monthlyTokens;
    std::optional<qint64> hourlyCalls;
    QString cacheTier;
    /// Read only. false: a plan of plans.plan_type without a limits row; the values
    /// above are then freemium's, which apply to it.
    bool hasRow = true;
    qint64 users = 0;      ///< read only: users whose limits this row decides now
    QDateTime updatedAt;   ///< read only; invalid when !hasRow

    QJsonObject toJson() const;
};
