#include "rest/CacheEndpoints.h"

#include <QJsonArray>

#include "cache/CacheService.h"
#include "cache/PromptSet.h"
#include "rest/RestFailure.h"
#include "rest/RestInput.h"

namespace {

const QString ActionIdField = QStringLiteral("action_id");

QJsonObject actionBody(const QJsonObject &more = {})
{
    QJsonObject properties{{ActionIdField, QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                       {QStringLiteral("format"), QStringLiteral("uuid")}}}};
    for (auto it = more.begin(); it != more.end(); ++it)
        properties.insert(it.key(), it.value());
    return {{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("properties"), properties}};
}

} // namespace

void CacheEndpoints::addTo(RestRouter &router)
{
    const QJsonObject integer{{QStringLiteral("type"), QStringLiteral("integer")}};
    router.add({"GET", QStringLiteral("/api/v1/cache/stats"), true, true, &CacheEndpoints::stats,
                QStringLiteral("Cache statistics: total_entries, total_hits, cost_saved_usd, storage_mb, per type, hit rate"),
                {200}, {}, {}});
    router.add({"DELETE", QStringLiteral("/api/v1/cache/{cache_key}"), true, true, &CacheEndpoints::remove,
                QStringLiteral("Delete a key's entries: a user their own (not audited), staff any (audited)"),
                {200, 400, 403, 404}, 
                QJsonObject{{QStringLiteral("cache_type"), QJsonObject{{QStringLiteral("enum"), QJsonArray::fromStringList(CacheService::types())}}},
                            {QStringLiteral("user_id"), integer}},
                {}});
    router.add({"POST", QStringLiteral("/api/v1/admin/cache/warmup"), true, true, &CacheEndpoints::warmup,
                QStringLiteral("Staff with admin rights: upsert the system prompts (the bundled set, or \"prompts\": {key: text}); "
                               "409 while another warm-up runs"),
                {200, 400, 403, 409, 413},
                {}, actionBody({{QStringLiteral("prompts"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}})});
    router.add({"DELETE", QStringLiteral("/api/v1/admin/cache/cleanup"), true, true, &CacheEndpoints::cleanup,
                QStringLiteral("Staff with admin rights: delete expired entries in batches, audited; 409 while another clean-up runs"),
                {200, 403, 409}, {}, {}});
}

RestResponse CacheEndpoints::stats(const RestContext &context)
{
    return RestFailure::okOr(CacheService(context.connection).stats());
}

RestResponse CacheEndpoints::remove(const RestContext &context)
{
    RestInput input(context.request, context.params, false);
    const std::optional<int> user = input.optionalQueryUserId(QStringLiteral("user_id"));
    if (!input.ok())
        return input.problem();
    const QString key = context.params.value(QStringLiteral("cache_key"));
    if (CacheService::keyLength(key) > CacheService::MaxKeyLength)
        return RestFailure::badField(QStringLiteral("cache_key"), tr("must be at most %1 characters").arg(CacheService::MaxKeyLength));
    const QString type = context.request.query.queryItemValue(QStringLiteral("cache_type"), QUrl::FullyDecoded);
    if (!type.isEmpty() && !CacheService::types().contains(type))
        return RestFailure::badField(QStringLiteral("cache_type"), tr("must be one of %1").arg(CacheService::types().join(QStringLiteral(", "))));

    const RestCaller &caller = context.caller;
    const CacheService cache(context.connection);
    if (caller.mayAct()) {
        const Result<qint64> deleted = cache.remove(caller.staffId, key, type, user);
        return deleted ? RestResponse::json(200, {{QStringLiteral("deleted"), deleted.value()}}) : RestFailure::of(deleted);
    }
    if (caller.kind != RestCaller::Kind::User || !caller.userId || (user && user != caller.userId) || type == QStringLiteral("system"))
        return RestFailure::forbidden(tr("Only staff with admin rights may delete entries that are not your own."));
    const Result<qint64> deleted = cache.removeOwn(*caller.userId, key, type);
    return deleted ? RestResponse::json(200, {{QStringLiteral("deleted"), deleted.value()}}) : RestFailure::of(deleted);
}

RestResponse CacheEndpoints::warmup(const RestContext &context)
{
    if (!context.caller.mayAct())
        return RestFailure::needsAdmin();
    RestInput input(context.request, context.params, true);
    QJsonObject prompts = input.optionalObject(QStringLiteral("prompts"));
    const QUuid action = input.optionalUuid(ActionIdField);
    if (!input.ok())
        return input.problem();
    if (!input.has(QStringLiteral("prompts"))) {
        const Result<QJsonObject> bundled = PromptSet::load({});
        if (!bundled)
            return RestFailure::of(bundled);
        prompts = bundled.value();
    } else if (const QString problem = PromptSet::validate(prompts); !problem.isEmpty()) {
        return RestFailure::badField(QStringLiteral("prompts"), problem);
    }
    return RestFailure::okOr(CacheService(context.connection).warmup(context.caller.staffId, prompts, action));
}

RestResponse CacheEndpoints::cleanup(const RestContext &context)
{
    if (!context.caller.mayAct())
        return RestFailure::needsAdmin();
    return RestFailure::okOr(CacheService(context.connection).cleanupExpired(context.caller.staffId));
}
