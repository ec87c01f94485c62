#include "rest/QuotaEndpoints.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "audit/ActionId.h"
#include "quota/QuotaPeriod.h"
#include "quota/QuotaService.h"
#include "rest/RestFailure.h"
#include "rest/RestInput.h"
#include "rest/RestMetrics.h"
#include "users/UserLookup.h"

namespace {

const QString UserIdField = QStringLiteral("user_id");

const QJsonObject UserIdSchema{{QStringLiteral("type"), QStringLiteral("integer")}, {QStringLiteral("minimum"), 1}};

// Whose quota a request is about: the caller's own, or the one it names when it may.
// Returns 0 with `*refusal` set when it may not or names nobody.
int targetUser(const RestCaller &caller, std::optional<int> named, RestResponse *refusal)
{
    if (named) {
        if (caller.mayNameUsers() || named == caller.userId)
            return *named;
        *refusal = RestFailure::forbidden(QuotaEndpoints::tr("Only staff and services may ask about another user's quota."));
        return 0;
    }
    if (caller.userId)
        return *caller.userId;
    *refusal = RestFailure::badField(UserIdField, QuotaEndpoints::tr("required for a caller that is not a user"));
    return 0;
}

// The user a GET is about: ?user_id= when given and allowed, else the caller.
int userOfQuery(const RestContext &context, RestResponse *refusal)
{
    RestInput input(context.request, context.params, false);
    const std::optional<int> named = input.optionalQueryUserId(UserIdField);
    if (!input.ok()) {
        *refusal = input.problem();
        return 0;
    }
    return targetUser(context.caller, named, refusal);
}

// The caller's own status when it was read with the caller (one round trip), else `user`'s.
const QuotaStatus *statusReadWithCaller(const RestContext &context, int user)
{
    const RestCaller &caller = context.caller;
    return caller.ownStatus && caller.userId == user ? &*caller.ownStatus : nullptr;
}

} // namespace

void QuotaEndpoints::addTo(RestRouter &router, RestMetrics &metrics)
{
    const QJsonObject userQuery{{UserIdField, UserIdSchema}};
    router.add({"GET", QStringLiteral("/api/v1/quota/status"), true, true, &QuotaEndpoints::status,
                QStringLiteral("The caller's quota status (or ?user_id= for staff and services): daily, monthly, hourly_calls, plan, resets_at"),
                {200, 400, 403, 404}, userQuery, {}, true});
    router.add({"GET", QStringLiteral("/api/v1/quota/limits"), true, true, &QuotaEndpoints::limits,
                QStringLiteral("The limits that apply to the caller (or ?user_id=): daily_tokens, monthly_tokens, hourly_calls, plan"),
                {200, 400, 403, 404}, userQuery, {}});
    router.add({"POST", QStringLiteral("/api/v1/quota/check"), true, true,
                [&metrics](const RestContext &context) { return check(context, metrics); },
                QStringLiteral("May the user start a task? 200 with the remaining figures, or 429 with {detail} and the status "
                               "JSON in the X-Quota-Status header"),
                {200, 400, 403, 404, 413, 429}, {},
                QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                            {QStringLiteral("required"), QJsonArray{QStringLiteral("task_type")}},
                            {QStringLiteral("properties"),
                             QJsonObject{{QStringLiteral("task_type"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                                         {QStringLiteral("estimated_tokens"), UserIdSchema},
                                         {UserIdField, UserIdSchema}}}},
                true});
    router.add({"POST", QStringLiteral("/api/v1/admin/quota/reset/{user_id}"), true, true, &QuotaEndpoints::reset,
                QStringLiteral("Staff with admin rights: reset a user's daily, monthly or hourly quota, audited; the same "
                               "action_id again acts not again and answers the same"),
                {200, 400, 403, 404, 413}, {},
                QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                            {QStringLiteral("required"), QJsonArray{QStringLiteral("period"), QStringLiteral("reason")}},
                            {QStringLiteral("properties"),
                             QJsonObject{{QStringLiteral("period"),
                                          QJsonObject{{QStringLiteral("enum"), QJsonArray::fromStringList(QuotaPeriod::all())}}},
                                         {QStringLiteral("reason"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                                         {QStringLiteral("action_id"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                                                  {QStringLiteral("format"), QStringLiteral("uuid")}}}}}}});
}

RestResponse QuotaEndpoints::status(const RestContext &context)
{
    RestResponse refusal;
    const int user = userOfQuery(context, &refusal);
    if (!user)
        return refusal;
    if (const QuotaStatus *own = statusReadWithCaller(context, user))
        return RestResponse::json(200, own->toJson());
    return RestFailure::okOr(QuotaService(context.connection).status(user));
}

RestResponse QuotaEndpoints::limits(const RestContext &context)
{
    RestResponse refusal;
    const int user = userOfQuery(context, &refusal);
    return user ? RestFailure::okOr(QuotaService(context.connection).limits(user)) : refusal;
}

RestResponse QuotaEndpoints::check(const RestContext &context, RestMetrics &metrics)
{
    RestInput input(context.request, context.params, true);
    const QString task = input.requiredText(QStringLiteral("task_type"), 100);
    const std::optional<qint64> estimate = input.optionalPositive(QStringLiteral("estimated_tokens"));
    const std::optional<int> named = input.optionalBodyUserId(UserIdField);
    if (!input.ok())
        return input.problem();
    RestResponse refusal;
    const int user = targetUser(context.caller, named, &refusal);
    if (user == 0)
        return refusal;
    const QuotaService quotas(context.connection);
    const QuotaStatus *own = statusReadWithCaller(context, user);
    const Result<QuotaDecision> decision = own ? quotas.check(*own, task, estimate) : quotas.check(user, task, estimate);
    if (!decision)
        return RestFailure::of(decision);
    if (decision->allowed)
        return RestResponse::json(200, decision->toJson());
    // The seed's Pattern 2: the engine's message, and the status for the client to show.
    metrics.countRefusal(decision->reason);
    RestResponse response = RestResponse::error(429, decision->message);
    response.headers.append({QByteArrayLiteral("X-Quota-Status"),
                             QJsonDocument(decision->status.toJson()).toJson(QJsonDocument::Compact)});
    return response;
}

RestResponse QuotaEndpoints::reset(const RestContext &context)
{
    if (!context.caller.mayAct())
        return RestFailure::needsAdmin();
    RestInput input(context.request, context.params, true);
    const int user = input.pathUserId(UserIdField);
    const QString period = input.requiredText(QStringLiteral("period"), 20);
    if (input.ok() && !QuotaPeriod::all().contains(period))
        return RestFailure::badField(QStringLiteral("period"), tr("must be one of %1").arg(QuotaPeriod::all().join(QStringLiteral(", "))));
    const QString reason = input.requiredText(QStringLiteral("reason"));
    const QUuid action = ActionId::orFresh(input.optionalUuid(QStringLiteral("action_id")));
    if (!input.ok())
        return input.problem();
    if (const Result<UserRef> target = UserLookup(context.connection).find(QString::number(user)); !target)
        return RestFailure::of(target);
    const Result<QList<qint64>> resets = QuotaService(context.connection).reset({user}, period, reason, context.caller.staffId, {}, action);
    if (!resets)
        return RestFailure::of(resets);
    QJsonArray ids;
    for (qint64 id : resets.value())
        ids.append(id);
    return RestResponse::json(200, {{UserIdField, user},
                                    {QStringLiteral("period"), period},
                                    {QStringLiteral("action_id"), ActionId::text(action)},
                                    {QStringLiteral("reset_ids"), ids},
                                    {QStringLiteral("staff_id"), *context.caller.staffId}});
}
