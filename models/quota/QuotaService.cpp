#include "quota/QuotaService.h"

#include <algorithm>
#include <limits>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "audit/ActionId.h"
#include "common/DisplayText.h"
#include "db/LibpqQuery.h"
#include "db/SqlError.h"
#include "db/SqlTime.h"
#include "db/StatementCache.h"
#include "users/UserLookup.h"

namespace {

// The columns of quotadesk.quota_status(), in the order statusFrom() reads them.
const QString StatusColumns = QStringLiteral(
    "user_id, email, full_name, is_active, plan, subscription_status, limits_known, "
    "daily_used, daily_limit, daily_remaining, daily_percentage, daily_level, "
    "monthly_used, monthly_limit, monthly_remaining, monthly_percentage, monthly_level, "
    "hourly_calls, hourly_limit, hourly_remaining, hourly_percentage, hourly_level, "
    "bad_rows, daily_resets_at, monthly_resets_at, last_daily_reset, last_monthly_reset, last_hourly_reset, "
    "evaluated_at");
const int StatusColumnCount = 29; // readStatus() reads columns 0..28

template <typename Query> // QSqlQuery or LibpqQuery
std::optional<qint64> optionalInt(const Query &query, int column)
{
    if (query.isNull(column))
        return std::nullopt;
    return query.value(column).toLongLong();
}

template <typename Query>
QuotaWindow windowFrom(const Query &query, int first)
{
    QuotaWindow window;
    window.used = query.value(first).toLongLong();
    window.limit = optionalInt(query, first + 1);
    window.remaining = optionalInt(query, first + 2);
    window.percentage = query.value(first + 3).toInt();
    window.warningLevel = query.value(first + 4).toString();
    return window;
}

template <typename Query>
QuotaStatus readStatus(const Query &query)
{
    QuotaStatus s;
    s.userId = query.value(0).toInt();
    s.email = query.value(1).toString();
    s.fullName = query.value(2).toString();
    s.isActive = query.value(3).toBool();
    s.plan = query.value(4).toString();
    s.subscriptionStatus = query.value(5).toString();
    s.limitsKnown = query.value(6).toBool();
    s.daily = windowFrom(query, 7);
    s.monthly = windowFrom(query, 12);
    s.hourlyCalls = windowFrom(query, 17);
    s.badRows = query.value(22).toLongLong();
    s.dailyResetsAt = SqlTime::fromIso(query.value(23).toString());
    s.monthlyResetsAt = SqlTime::fromIso(query.value(24).toString());
    s.lastDailyReset = SqlTime::fromIso(query.value(25).toString());
    s.lastMonthlyReset = SqlTime::fromIso(query.value(26).toString());
    s.lastHourlyReset = SqlTime::fromIso(query.value(27).toString());
    s.evaluatedAt = SqlTime::fromIso(query.value(28).toString());
    return s;
}

/// `at` for a `?::timestamp` parameter: NULL (the server's now) when invalid.
QVariant timeParameter(const QDateTime &at)
{
    return at.isValid() ? QVariant(SqlTime::bind(at)) : QVariant(QMetaType::fromType<QString>());
}

QVariant optionalParameter(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qlonglong>());
}

qint64 remainingOf(const QuotaWindow &window)
{
    return window.remaining ? *window.remaining : std::max<qint64>(*window.limit - window.used, 0);
}

QString intArrayLiteral(const QList<int> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (int id : ids)
        parts << QString::number(id);
    return u'{' + parts.join(u',') + u'}';
}

} // namespace

QuotaService::QuotaService(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
}

Result<QuotaLimits> QuotaService::limits(int userId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "SELECT plan, limits_known, daily_limit, monthly_limit, hourly_limit, cache_tier "
        "FROM quotadesk.user_limits WHERE user_id = ?"));
    query.addBindValue(userId);
    if (!query.exec())
        return Result<QuotaLimits>::failure(SqlError::message(query), SqlError::failureOf(query));
    if (!query.next())
        return Result<QuotaLimits>::failure(tr("No user with id %1.").arg(userId), Failure::NotFound);
    QuotaLimits limits;
    limits.plan = query.value(0).toString();
    limits.limitsKnown = query.value(1).toBool();
    limits.dailyTokens = optionalInt(query, 2);
    limits.monthlyTokens = optionalInt(query, 3);
    limits.hourlyCalls = optionalInt(query, 4);
    limits.cacheTier = query.value(5).toString();
    return limits;
}

Result<QList<QuotaStatus>> QuotaService::query(std::optional<int> userId, const QDateTime &at) const
{
    if (userId)
        return oneUser(*userId, at);
    // Everyone: quota_status, planned for the whole table.
    static const QString EveryUser = QStringLiteral("SELECT %1 FROM quotadesk.quota_status(?::timestamp)").arg(StatusColumns);
    const std::shared_ptr<QSqlQuery> statement = StatementCache::prepared(m_connectionName, EveryUser);
    QSqlQuery &query = *statement;
    query.addBindValue(timeParameter(at));
    if (!query.exec())
        return Result<QList<QuotaStatus>>::failure(SqlError::message(query), SqlError::failureOf(query));
    QList<QuotaStatus> statuses;
    while (query.next())
        statuses.append(readStatus(query));
    if (query.lastError().isValid())
        return Result<QList<QuotaStatus>>::failure(SqlError::message(query), SqlError::failureOf(query));
    return statuses;
}

Result<QList<QuotaStatus>> QuotaService::oneUser(int userId, const QDateTime &at) const
{
    // quota_status_one, whose plans are kept for the session (0019, 0024), through libpq's
    // extended protocol: the REST server's check and status run it on every request.
    static const QByteArray OneUser =
        QStringLiteral("SELECT %1 FROM quotadesk.quota_status_one($1::timestamp, $2::integer)").arg(StatusColumns).toUtf8();
    LibpqQuery query(m_connectionName, OneUser);
    query.addBindValue(at.isValid() ? SqlTime::bind(at) : QString());
    query.addBindValue(userId);
    if (!query.exec())
        return Result<QList<QuotaStatus>>::failure(query.errorMessage(), query.failure());
    QList<QuotaStatus> statuses;
    while (query.next())
        statuses.append(readStatus(query));
    return statuses;
}

Result<AccountStatus> QuotaService::accountStatus(int userId) const
{
    // quota_status_one's columns, then the staff flag: UserLookup's rule, quotadesk.is_staff.
    static const QByteArray WithAccount =
        QStringLiteral("SELECT s.%1, quotadesk.is_staff(u.is_admin, u.role::text) FROM public.users u "
                       "CROSS JOIN LATERAL quotadesk.quota_status_one(NULL::timestamp, u.id) s WHERE u.id = $1::integer")
            .arg(QString(StatusColumns).replace(QStringLiteral(", "), QStringLiteral(", s.")))
            .toUtf8();
    LibpqQuery query(m_connectionName, WithAccount);
    query.addBindValue(userId);
    if (!query.exec())
        return Result<AccountStatus>::failure(query.errorMessage(), query.failure());
    if (!query.next())
        return Result<AccountStatus>::failure(tr("No user with id %1.").arg(userId), Failure::NotFound);
    return AccountStatus{readStatus(query), query.value(StatusColumnCount).toBool()};
}

QString QuotaService::statusColumns()
{
    return StatusColumns;
}

QuotaStatus QuotaService::statusFrom(const QSqlQuery &query)
{
    return readStatus(query);
}

Result<QuotaStatus> QuotaService::status(int userId, const QDateTime &at) const
{
    const Result<QList<QuotaStatus>> found = query(userId, at);
    if (!found)
        return Result<QuotaStatus>::failure(found.error(), found.why());
    if (found->isEmpty())
        return Result<QuotaStatus>::failure(tr("No user with id %1.").arg(userId), Failure::NotFound);
    return found->constFirst();
}

Result<QuotaProjection> QuotaService::projection(int userId, const QDateTime &at) const
{
    const std::shared_ptr<QSqlQuery> statement = StatementCache::prepared(m_connectionName, QStringLiteral(
        "SELECT tokens_last_hour, tokens_last_7_days, quotadesk.iso(daily_exhausted_at), quotadesk.iso(monthly_exhausted_at), "
        "quotadesk.iso(evaluated_at) FROM quotadesk.quota_projection(?::timestamp, ?::integer)"));
    QSqlQuery &query = *statement;
    query.addBindValue(timeParameter(at));
    query.addBindValue(userId);
    if (!query.exec())
        return Result<QuotaProjection>::failure(SqlError::message(query), SqlError::failureOf(query));
    if (!query.next())
        return Result<QuotaProjection>::failure(tr("No user with id %1.").arg(userId), Failure::NotFound);
    QuotaProjection projection;
    projection.tokensLastHour = query.value(0).toLongLong();
    projection.tokensLast7Days = query.value(1).toLongLong();
    projection.dailyExhaustedAt = SqlTime::fromIso(query.value(2).toString());
    projection.monthlyExhaustedAt = SqlTime::fromIso(query.value(3).toString());
    projection.evaluatedAt = SqlTime::fromIso(query.value(4).toString());
    return projection;
}

Result<QList<QuotaStatus>> QuotaService::overview(const QDateTime &at) const
{
    return query(std::nullopt, at);
}

Result<qint64> QuotaService::estimateFor(const QString &task) const
{
    const std::shared_ptr<QSqlQuery> statement = StatementCache::prepared(m_connectionName, QStringLiteral(
        "SELECT tokens FROM quotadesk.task_estimates WHERE task_type = ? "
        "UNION ALL SELECT tokens FROM quotadesk.task_estimates WHERE task_type = 'other' "
        "LIMIT 1"));
    QSqlQuery &query = *statement;
    query.addBindValue(task.trimmed());
    if (!query.exec())
        return Result<qint64>::failure(SqlError::message(query), SqlError::failureOf(query));
    if (!query.next())
        return Result<qint64>::failure(tr("No token estimate for task \"%1\" and none for \"other\": add one to quotadesk.task_estimates.")
                                           .arg(task));
    return query.value(0).toLongLong();
}

Result<QuotaDecision> QuotaService::check(int userId, const QString &task, std::optional<qint64> estimatedTokens,
                                          const QDateTime &at) const
{
    const Result<qint64> estimate = estimateOf(task, estimatedTokens);
    if (!estimate)
        return Result<QuotaDecision>::failure(estimate.error(), estimate.why());
    const Result<QuotaStatus> current = status(userId, at);
    if (!current)
        return Result<QuotaDecision>::failure(current.error(), current.why());
    return decide(current.value(), estimate.value());
}

Result<QuotaDecision> QuotaService::check(const QuotaStatus &current, const QString &task, std::optional<qint64> estimatedTokens) const
{
    const Result<qint64> estimate = estimateOf(task, estimatedTokens);
    if (!estimate)
        return Result<QuotaDecision>::failure(estimate.error(), estimate.why());
    return decide(current, estimate.value());
}

Result<qint64> QuotaService::estimateOf(const QString &task, std::optional<qint64> estimatedTokens) const
{
    if (!estimatedTokens)
        return estimateFor(task);
    if (*estimatedTokens <= 0)
        return Result<qint64>::failure(tr("The estimated token count must be a positive number, not %1.").arg(*estimatedTokens));
    return *estimatedTokens;
}

QuotaDecision QuotaService::decide(const QuotaStatus &status, qint64 estimate)
{
    QuotaDecision decision;
    decision.estimate = estimate;
    decision.status = status;
    auto refuse = [&decision](const char *reason, QString message) {
        decision.allowed = false;
        decision.reason = QString::fromLatin1(reason);
        decision.message = std::move(message);
        return decision;
    };
    // The token windows refuse the same way; each has its own sentences, translated and
    // filled in only when it refuses (a check runs before every AI call).
    struct TokenWindow
    {
        const QuotaWindow &window;
        const char *exceeded;
        const char *insufficient;
        const char *exceededText;     // %1 used, %2 limit, %3 reset time
        const char *insufficientText; // %1 estimate, %2 remaining, %3 limit, %4 reset time
        const QDateTime &resetsAt;
    };
    const TokenWindow windows[] = {
        {status.daily, QuotaDecision::DailyQuotaExceeded, QuotaDecision::DailyQuotaInsufficient,
         QT_TR_NOOP("Daily quota exceeded: %1 of %2 tokens used today; resets at %3."),
         QT_TR_NOOP("Not enough daily quota: this request needs about %1 tokens, only %2 of %3 are left today; resets at %4."),
         status.dailyResetsAt},
        {status.monthly, QuotaDecision::MonthlyQuotaExceeded, QuotaDecision::MonthlyQuotaInsufficient,
         QT_TR_NOOP("Monthly quota exceeded: %1 of %2 tokens used this month; resets at %3."),
         QT_TR_NOOP("Not enough monthly quota: this request needs about %1 tokens, only %2 of %3 are left this month; resets at %4."),
         status.monthlyResetsAt},
    };
    for (const TokenWindow &w : windows) {
        if (w.window.isUnlimited())
            continue;
        const qint64 remaining = remainingOf(w.window);
        if (remaining > 0 && remaining >= estimate)
            continue;
        const QString limit = DisplayText::count(*w.window.limit);
        const QString resets = SqlTime::toIso(w.resetsAt);
        if (remaining <= 0)
            return refuse(w.exceeded, tr(w.exceededText).arg(DisplayText::count(w.window.used), limit, resets));
        return refuse(w.insufficient, tr(w.insufficientText).arg(DisplayText::count(estimate), DisplayText::count(remaining), limit, resets));
    }
    if (!status.hourlyCalls.isUnlimited() && status.hourlyCalls.used >= *status.hourlyCalls.limit)
        return refuse(QuotaDecision::HourlyCallLimit,
                      tr("Hourly call limit reached: %1 of %2 calls in the last 60 minutes; try again later.")
                          .arg(DisplayText::count(status.hourlyCalls.used), DisplayText::count(*status.hourlyCalls.limit)));

    decision.allowed = true;
    decision.message = tr("Allowed: about %1 tokens.").arg(DisplayText::count(estimate));
    return decision;
}

Result<QList<qint64>> QuotaService::reset(const QList<int> &userIds, const QString &period, const QString &reason, std::optional<int> staffId,
                                          const QDateTime &at, const QUuid &actionId) const
{
    using R = Result<QList<qint64>>;
    // The staff account is looked up first for its own messages ("No user with id N.");
    // period, reason and users are checked by quotadesk.admin_reset_quota() alone.
    if (staffId) {
        const Result<UserRef> staff = UserLookup(m_connectionName).findStaff(QString::number(*staffId));
        if (!staff)
            return R::failure(staff.error(), staff.why());
    }

    QList<int> ids = userIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());

    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // One statement: the function's inserts and audit rows commit or fail together.
    query.prepare(QStringLiteral("SELECT id FROM quotadesk.admin_reset_quota(?, ?::integer[], ?, ?, ?::timestamp, ?::uuid) AS id"));
    query.addBindValue(staffId ? QVariant(*staffId) : QVariant(QMetaType(QMetaType::Int)));
    query.addBindValue(intArrayLiteral(ids));
    query.addBindValue(period);
    query.addBindValue(reason.trimmed());
    query.addBindValue(timeParameter(at));
    query.addBindValue(ActionId::text(ActionId::orFresh(actionId)));
    if (!query.exec())
        return R::failure(SqlError::message(query), SqlError::failureOf(query));
    QList<qint64> resetIds;
    while (query.next())
        resetIds.append(query.value(0).toLongLong());
    return resetIds;
}

Result<QList<PlanLimitsRow>> QuotaService::planLimits() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const bool ok = query.exec(QStringLiteral(
        "WITH users_per_plan AS (SELECT plan, count(*) AS users FROM quotadesk.user_limits GROUP BY plan) "
        "SELECT a.plan, a.has_row, a.daily_tokens, a.monthly_tokens, a.hourly_calls, a.cache_tier,"
        "       quotadesk.iso(a.updated_at), coalesce(n.users, 0) "
        "FROM quotadesk.applied_plan_limits a "
        "LEFT JOIN users_per_plan n ON n.plan = a.plan "
        "ORDER BY NOT a.has_row, a.daily_tokens NULLS LAST, a.plan"));
    if (!ok)
        return Result<QList<PlanLimitsRow>>::failure(SqlError::message(query), SqlError::failureOf(query));
    QList<PlanLimitsRow> rows;
    while (query.next()) {
        PlanLimitsRow row;
        row.plan = query.value(0).toString();
        row.hasRow = query.value(1).toBool();
        row.dailyTokens = optionalInt(query, 2);
        row.monthlyTokens = optionalInt(query, 3);
        row.hourlyCalls = optionalInt(query, 4);
        row.cacheTier = query.value(5).toString();
        row.updatedAt = SqlTime::fromIso(query.value(6).toString());
        row.users = query.value(7).toLongLong();
        rows.append(row);
    }
    return rows;
}

Result<PlanLimitsPreview> QuotaService::previewPlanLimits(const PlanLimitsRow &row, const QDateTime &at) const
{
    // The levels by the same rules (percentage, warning_level), over the limits proposed.
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "WITH n AS (SELECT s.daily_level, s.monthly_level, s.hourly_level, "
        "                  quotadesk.warning_level(quotadesk.percentage(s.daily_used, ?::bigint)) AS daily, "
        "                  quotadesk.warning_level(quotadesk.percentage(s.monthly_used, ?::bigint)) AS monthly, "
        "                  quotadesk.warning_level(quotadesk.percentage(s.hourly_calls, ?::bigint)) AS hourly "
        "           FROM quotadesk.quota_status(?::timestamp) s WHERE s.plan = ?) "
        "SELECT count(*), count(*) FILTER (WHERE daily <> daily_level), count(*) FILTER (WHERE monthly <> monthly_level), "
        "       count(*) FILTER (WHERE hourly <> hourly_level), "
        "       count(*) FILTER (WHERE 'exceeded' IN (daily, monthly, hourly) AND 'exceeded' NOT IN (daily_level, monthly_level, hourly_level)), "
        "       count(*) FILTER (WHERE 'exceeded' NOT IN (daily, monthly, hourly) AND 'exceeded' IN (daily_level, monthly_level, hourly_level)) "
        "FROM n"));
    query.addBindValue(optionalParameter(row.dailyTokens));
    query.addBindValue(optionalParameter(row.monthlyTokens));
    query.addBindValue(optionalParameter(row.hourlyCalls));
    query.addBindValue(timeParameter(at));
    query.addBindValue(row.plan.trimmed());
    if (!query.exec() || !query.next())
        return Result<PlanLimitsPreview>::failure(SqlError::message(query), SqlError::failureOf(query));
    return PlanLimitsPreview{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                             query.value(3).toLongLong(), query.value(4).toLongLong(), query.value(5).toLongLong()};
}

Status QuotaService::setPlanLimits(std::optional<int> staffId, const PlanLimitsRow &row, const QUuid &actionId) const
{
    if (row.plan.trimmed().isEmpty())
        return Status::failure(tr("No plan given: name the plan whose limits to set."));
    if (row.dailyTokens && *row.dailyTokens < 0)
        return Status::failure(tr("The daily token limit must be zero or more (or empty for unlimited), not %1.").arg(*row.dailyTokens));
    if (row.monthlyTokens && *row.monthlyTokens < 0)
        return Status::failure(tr("The monthly token limit must be zero or more (or empty for unlimited), not %1.").arg(*row.monthlyTokens));
    if (row.hourlyCalls && (*row.hourlyCalls < 0 || *row.hourlyCalls > std::numeric_limits<int>::max()))
        return Status::failure(tr("The hourly call limit must be between 0 and %1 (or empty for unlimited), not %2.")
                                   .arg(std::numeric_limits<int>::max())
                                   .arg(*row.hourlyCalls));
    if (staffId) {
        const Result<UserRef> staff = UserLookup(m_connectionName).findStaff(QString::number(*staffId));
        if (!staff)
            return Status::failure(staff.error());
    }

    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT quotadesk.admin_set_plan_limits(?, ?, ?::bigint, ?::bigint, ?::integer, ?, ?::uuid)"));
    query.addBindValue(staffId ? QVariant(*staffId) : QVariant(QMetaType(QMetaType::Int)));
    query.addBindValue(row.plan.trimmed());
    query.addBindValue(optionalParameter(row.dailyTokens));
    query.addBindValue(optionalParameter(row.monthlyTokens));
    query.addBindValue(optionalParameter(row.hourlyCalls));
    query.addBindValue(row.cacheTier.trimmed());
    query.addBindValue(ActionId::text(ActionId::orFresh(actionId)));
    if (!query.exec())
        return Status::failure(SqlError::message(query), SqlError::failureOf(query));
    return {};
}
