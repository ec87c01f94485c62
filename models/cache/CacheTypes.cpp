#include "cache/CacheTypes.h"

#include "audit/ActionId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlQuery>

#include "db/SqlTime.h"

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(SqlTime::toIso(at)) : QJsonValue(QJsonValue::Null);
}

// Ids and counts where 0 means "none".
QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

bool CacheEntry::neverExpires(const QDateTime &expiresAt)
{
    return !expiresAt.isValid() || SqlTime::infinitySign(expiresAt) > 0;
}

std::optional<QJsonValue> CacheEntry::parseJson(const QString &text)
{
    // QJsonDocument parses only arrays and objects at the top: wrap, and require exactly
    // one element, so any single JSON value (a string, a number...) is accepted.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().at(0);
}

QString CacheEntry::columns(const QString &alias, int dataCharacters)
{
    const QString data = dataCharacters > 0 ? QStringLiteral("left(%1.cache_data, %2)").arg(alias).arg(dataCharacters)
                                            : QStringLiteral("%1.cache_data").arg(alias);
    return QStringLiteral("%1.id, %1.cache_key, %1.cache_type, %1.user_id, %2, %1.cache_metadata::text, "
                          "coalesce(%1.access_count, 0), quotadesk.iso(%1.created_at), quotadesk.iso(%1.expires_at), "
                          "quotadesk.iso(%1.last_accessed_at)")
        .arg(alias, data);
}

CacheEntry CacheEntry::fromRow(const QSqlQuery &query, int first)
{
    CacheEntry e;
    e.id = query.value(first).toLongLong();
    e.key = query.value(first + 1).toString();
    e.type = query.value(first + 2).toString();
    if (!query.isNull(first + 3))
        e.userId = query.value(first + 3).toInt();
    e.data = query.value(first + 4).toString();
    e.dataIsJson = parseJson(e.data).has_value();
    // A NULL cache_metadata is the JSON null.
    e.metadata = query.isNull(first + 5) ? QStringLiteral("null") : query.value(first + 5).toString();
    e.metadataIsJson = parseJson(e.metadata).has_value();
    e.accessCount = query.value(first + 6).toInt();
    e.createdAt = SqlTime::fromIso(query.value(first + 7).toString());
    e.expiresAt = query.isNull(first + 8) ? QDateTime() : SqlTime::fromIso(query.value(first + 8).toString());
    e.lastAccessedAt = SqlTime::fromIso(query.value(first + 9).toString());
    return e;
}

QJsonValue CacheEntry::dataValue() const
{
    if (dataIsJson) {
        if (const auto parsed = parseJson(data))
            return *parsed;
    }
    return QJsonValue(data);
}

QJsonValue CacheEntry::metadataValue() const
{
    if (metadataIsJson) {
        if (const auto parsed = parseJson(metadata))
            return *parsed;
    }
    return QJsonValue(metadata);
}

QJsonObject CacheEntry::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("key"), key},
        {QStringLiteral("type"), type},
        {QStringLiteral("user_id"), userId ? QJsonValue(*userId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("data"), dataValue()},
        {QStringLiteral("data_is_json"), dataIsJson},
        {QStringLiteral("metadata"), metadataValue()},
        {QStringLiteral("metadata_is_json"), metadataIsJson},
        {QStringLiteral("access_count"), accessCount},
        {QStringLiteral("created_at"), SqlTime::toIso(createdAt)},
        {QStringLiteral("expires_at"), timeOrNull(expiresAt)},
        {QStringLiteral("last_accessed_at"), SqlTime::toIso(lastAccessedAt)},
    };
}

QJsonObject CacheSetOutcome::toJson() const
{
    return {
        {QStringLiteral("stored"), stored},
        {QStringLiteral("reason"), textOrNull(reason)},
        {QStringLiteral("expires_at"), timeOrNull(expiresAt)},
        {QStringLiteral("ttl_minutes"), idOrNull(ttlMinutes)},
        {QStringLiteral("plan"), textOrNull(plan)},
        {QStringLiteral("cache_tier"), cacheTier},
        {QStringLiteral("id"), idOrNull(entryId)},
    };
}

QJsonObject CacheTypeStats::toJson() const
{
    return {
        {QStringLiteral("entries"), entries},
        {QStringLiteral("hits"), hits},
        {QStringLiteral("storage_mb"), storageMb},
        {QStringLiteral("cost_saved_usd"), costSavedUsd},
        {QStringLiteral("expired_entries"), expired},
        {QStringLiteral("average_ttl_minutes"), optionalNumber(averageTtlMinutes)},
    };
}

QJsonObject CacheDayHitRate::toJson() const
{
    return {
        {QStringLiteral("day"), day.toString(Qt::ISODate)},
        {QStringLiteral("hits"), hits},
        {QStringLiteral("misses"), misses},
        {QStringLiteral("hit_rate"), optionalNumber(hitRate)},
    };
}

QJsonObject CacheStats::toJson() const
{
    QJsonObject types;
    for (auto it = byType.constBegin(); it != byType.constEnd(); ++it)
        types.insert(it.key(), it.value().toJson());
    QJsonArray days;
    for (const CacheDayHitRate &day : hitRateByDay)
        days.append(day.toJson());
    return {
        {QStringLiteral("at"), SqlTime::toIso(at)},
        {QStringLiteral("since"), timeOrNull(since)},
        {QStringLiteral("total_entries"), totalEntries},
        {QStringLiteral("total_hits"), totalHits},
        {QStringLiteral("cost_saved_usd"), costSavedUsd},
        {QStringLiteral("storage_mb"), storageMb},
        {QStringLiteral("average_ttl_minutes"), optionalNumber(averageTtlMinutes)},
        {QStringLiteral("expired_entries"), expiredEntries},
        {QStringLiteral("by_type"), types},
        {QStringLiteral("lookup_hits"), lookupHits},
        {QStringLiteral("lookup_misses"), lookupMisses},
        {QStringLiteral("hit_rate"), optionalNumber(hitRate)},
        {QStringLiteral("hits_per_entry"), optionalNumber(hitsPerEntry)},
        {QStringLiteral("hit_rate_by_day"), days},
    };
}

QJsonObject CleanupReport::toJson() const
{
    return {
        {QStringLiteral("deleted"), deleted},
        {QStringLiteral("batches"), batches},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("audit_log_id"), idOrNull(auditLogId)},
        {QStringLiteral("action_id"), ActionId::text(actionId)},
    };
}

QJsonObject WarmupReport::toJson() const
{
    return {
        {QStringLiteral("inserted"), inserted},
        {QStringLiteral("updated"), updated},
        {QStringLiteral("unchanged"), unchanged},
        {QStringLiteral("duplicates_removed"), duplicatesRemoved},
        {QStringLiteral("audit_log_id"), idOrNull(auditLogId)},
        {QStringLiteral("action_id"), ActionId::text(actionId)},
    };
}
