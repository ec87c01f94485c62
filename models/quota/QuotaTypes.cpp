#include "quota/QuotaTypes.h"

#include <algorithm>
#include <limits>

#include <QJsonValue>

#include "db/SqlTime.h"
#include "quota/QuotaLevel.h"

namespace {

QJsonValue optionalJson(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeJson(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(SqlTime::toIso(dt)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject QuotaWindow::toJson(const char *usedKey) const
{
    return {
        {QString::fromLatin1(usedKey), used},
        {QStringLiteral("limit"), optionalJson(limit)},
        {QStringLiteral("remaining"), optionalJson(remaining)},
        {QStringLiteral("percentage"), percentage},
        {QStringLiteral("warning_level"), warningLevel},
    };
}

QuotaWindow QuotaWindow::fromUsage(qint64 used, std::optional<qint64> limit)
{
    QuotaWindow window;
    window.used = used;
    window.limit = limit;
    if (limit) {
        window.remaining = std::max<qint64>(*limit - used, 0);
        // Same as quotadesk.percentage(): a zero limit is full.
        const qint64 pct = *limit == 0 ? 100 : used * 100 / *limit;
        window.percentage = int(std::clamp<qint64>(pct, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
    }
    window.warningLevel = QuotaLevel::forPercentage(window.percentage);
    return window;
}

QJsonObject QuotaStatus::toJson() const
{
    return {
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("email"), email},
        {QStringLiteral("full_name"), fullName},
        {QStringLiteral("is_active"), isActive},
        {QStringLiteral("plan"), plan},
        {QStringLiteral("subscription_status"), subscriptionStatus.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(subscriptionStatus)},
        {QStringLiteral("limits_known"), limitsKnown},
        {QStringLiteral("daily"), daily.toJson()},
        {QStringLiteral("monthly"), monthly.toJson()},
        {QStringLiteral("hourly_calls"), hourlyCalls.toJson("made")},
        {QStringLiteral("resets_at"), QJsonObject{
             {QStringLiteral("daily"), timeJson(dailyResetsAt)},
             {QStringLiteral("monthly"), timeJson(monthlyResetsAt)},
         }},
        {QStringLiteral("bad_rows"), badRows},
        {QStringLiteral("evaluated_at"), timeJson(evaluatedAt)},
        {QStringLiteral("last_resets"), QJsonObject{
             {QStringLiteral("daily"), timeJson(lastDailyReset)},
             {QStringLiteral("monthly"), timeJson(lastMonthlyReset)},
             {QStringLiteral("hourly"), timeJson(lastHourlyReset)},
         }},
    };
}

QJsonObject QuotaLimits::toJson() const
{
    return {
        {QStringLiteral("daily_tokens"), optionalJson(dailyTokens)},
        {QStringLiteral("monthly_tokens"), optionalJson(monthlyTokens)},
        {QStringLiteral("hourly_calls"), optionalJson(hourlyCalls)},
        {QStringLiteral("plan"), plan},
        {QStringLiteral("limits_known"), limitsKnown},
        {QStringLiteral("cache_tier"), cacheTier},
    };
}

QJsonObject QuotaProjection::toJson() const
{
    return {
        {QStringLiteral("daily_exhausted_at"), timeJson(dailyExhaustedAt)},
        {QStringLiteral("monthly_exhausted_at"), timeJson(monthlyExhaustedAt)},
        {QStringLiteral("tokens_last_60_minutes"), tokensLastHour},
        {QStringLiteral("tokens_last_7_days"), tokensLast7Days},
    };
}

QJsonObject QuotaDecision::toJson() const
{
    return {
        {QStringLiteral("allowed"), allowed},
        {QStringLiteral("reason"), reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reason)},
        {QStringLiteral("message"), message},
        {QStringLiteral("estimated_tokens"), estimate},
        {QStringLiteral("quota"), status.toJson()},
    };
}

QJsonObject PlanLimitsRow::toJson() const
{
    return {
        {QStringLiteral("plan"), plan},
        {QStringLiteral("daily_tokens"), optionalJson(dailyTokens)},
        {QStringLiteral("monthly_tokens"), optionalJson(monthlyTokens)},
        {QStringLiteral("hourly_calls"), optionalJson(hourlyCalls)},
        {QStringLiteral("cache_tier"), cacheTier},
        {QStringLiteral("has_row"), hasRow},
        {QStringLiteral("users"), users},
        {QStringLiteral("updated_at"), timeJson(updatedAt)},
    };
}
