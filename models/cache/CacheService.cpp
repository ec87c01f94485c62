#include "cache/CacheService.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "db/DatabaseConnector.h"
#include "db/SqlTime.h"

namespace {

constexpr qint64 MaxPromptsFileBytes = 16 * 1024 * 1024;
constexpr int MaxBatchSize = 1000000;

QString systemType()
{
    return QStringLiteral("system");
}

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<int>());
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant bindUser(std::optional<int> userId)
{
    return userId ? QVariant(*userId) : nullInt();
}

// PostgreSQL counts characters (code points); QString counts UTF-16 units.
qsizetype codePoints(const QString &text)
{
    return text.size() - std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLowSurrogate(); });
}

QString keyProblem(const QString &key)
{
    if (key.isEmpty())
        return CacheService::tr("A cache key cannot be empty.");
    const qsizetype length = codePoints(key);
    if (length > CacheService::MaxKeyLength)
        return CacheService::tr("The cache key is %1 characters; the limit is %2.").arg(length).arg(CacheService::MaxKeyLength);
    if (key.contains(QChar(0)))
        return CacheService::tr("A cache key cannot contain a NUL character.");
    return {};
}

QString typeProblem(const QString &type)
{
    if (CacheService::types().contains(type))
        return {};
    return CacheService::tr("Unknown cache type \"%1\": use system, session, content or extraction.").arg(type);
}

// Messages our SQL functions raise (SQLSTATE QD...) are written for users; anything else
// is a driver or server error and gets the connector's explanation.
QString failureOf(const QSqlError &error)
{
    if (!error.nativeErrorCode().startsWith(QLatin1String("QD")))
        return DatabaseConnector::explain(error.databaseText());
    QString text = error.databaseText().trimmed();
    const qsizetype nl = text.indexOf(u'\n');
    if (nl >= 0)
        text.truncate(nl);
    static const QRegularExpression severity(QStringLiteral("^(ERROR|FATAL):\\s*"));
    text.remove(severity);
    text = text.trimmed();
    if (error.nativeErrorCode() == QLatin1String("QD001")) // require_staff: a clause, not a sentence
        return CacheService::tr("Refused: %1.").arg(text);
    return text;
}

QString failureOf(const QSqlQuery &query)
{
    return failureOf(query.lastError());
}

QString notConnected()
{
    return CacheService::tr("Not connected to a database.");
}

QString describeTarget(const QString &key, const QString &type, std::optional<int> userId)
{
    if (type == systemType())
        return CacheService::tr("key \"%1\" of type system").arg(key);
    if (!type.isEmpty() && userId)
        return CacheService::tr("key \"%1\" of type %2 for user %3").arg(key, type).arg(*userId);
    if (!type.isEmpty())
        return CacheService::tr("key \"%1\" of type %2").arg(key, type);
    if (userId)
        return CacheService::tr("key \"%1\" for user %2").arg(key).arg(*userId);
    return CacheService::tr("key \"%1\"").arg(key);
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<double> optionalDouble(const QSqlQuery &query, int column)
{
    if (query.isNull(column))
        return std::nullopt;
    return query.value(column).toDouble();
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return CacheService::tr("null");
    case QJsonValue::Bool:
        return CacheService::tr("a boolean");
    case QJsonValue::Double:
        return CacheService::tr("a number");
    case QJsonValue::Array:
        return CacheService::tr("an array");
    case QJsonValue::Object:
        return CacheService::tr("an object");
    default:
        return CacheService::tr("not a text");
    }
}

struct PromptProblem
{
    QString key;     // the offending key, if one
    QString message; // empty = valid
};

PromptProblem checkPrompts(const QJsonObject &prompts)
{
    if (prompts.isEmpty())
        return {{}, CacheService::tr("There are no prompts: the object is empty.")};
    for (auto it = prompts.constBegin(); it != prompts.constEnd(); ++it) {
        const QString key = it.key();
        if (key.trimmed().isEmpty())
            return {key, CacheService::tr("A prompt has an empty key.")};
        const qsizetype length = codePoints(key);
        if (length > CacheService::MaxKeyLength)
            return {key, CacheService::tr("The key \"%1...\" is %2 characters; the limit is %3.")
                             .arg(key.left(40)).arg(length).arg(CacheService::MaxKeyLength)};
        if (key.contains(QChar(0)))
            return {key, CacheService::tr("The key \"%1\" contains a NUL character.").arg(key)};
        if (!it.value().isString())
            return {key, CacheService::tr("The value of \"%1\" is %2, not a prompt text.").arg(key, jsonTypeName(it.value()))};
        if (it.value().toString().trimmed().isEmpty())
            return {key, CacheService::tr("The prompt \"%1\" is empty.").arg(key)};
    }
    return {};
}

// Line of `"key":` in the file, 0 when not found (e.g. the key is written with escapes).
int lineOfKey(const QByteArray &bytes, const QString &key)
{
    QByteArray quoted = QJsonDocument(QJsonArray{key}).toJson(QJsonDocument::Compact);
    quoted = quoted.mid(1, quoted.size() - 2); // ["key"] -> "key"
    const QRegularExpression pattern(QRegularExpression::escape(QString::fromUtf8(quoted)) + QStringLiteral("\\s*:"));
    const QString text = QString::fromUtf8(bytes);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return 0;
    return int(text.left(m.capturedStart()).count(u'\n')) + 1;
}

} // namespace

// ---- value types ---------------------------------------------------------------------

QJsonValue CacheEntry::dataValue() const
{
    if (dataIsJson) {
        if (const auto parsed = CacheService::parseJson(data))
            return *parsed;
    }
    return QJsonValue(data);
}

QJsonValue CacheEntry::metadataValue() const
{
    if (metadataIsJson) {
        if (const auto parsed = CacheService::parseJson(metadata))
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
        {QStringLiteral("expires_at"), expiresAt.isValid() ? QJsonValue(SqlTime::toIso(expiresAt)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("last_accessed_at"), SqlTime::toIso(lastAccessedAt)},
    };
}

QJsonObject CacheSetOutcome::toJson() const
{
    return {
        {QStringLiteral("stored"), stored},
        {QStringLiteral("reason"), reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reason)},
        {QStringLiteral("expires_at"), expiresAt.isValid() ? QJsonValue(SqlTime::toIso(expiresAt)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("ttl_minutes"), ttlMinutes > 0 ? QJsonValue(ttlMinutes) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("plan"), plan.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(plan)},
        {QStringLiteral("cache_tier"), cacheTier},
        {QStringLiteral("id"), entryId > 0 ? QJsonValue(entryId) : QJsonValue(QJsonValue::Null)},
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
        {QStringLiteral("since"), since.isValid() ? QJsonValue(SqlTime::toIso(since)) : QJsonValue(QJsonValue::Null)},
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
        {QStringLiteral("audit_log_id"), auditLogId > 0 ? QJsonValue(auditLogId) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject WarmupReport::toJson() const
{
    return {
        {QStringLiteral("inserted"), inserted},
        {QStringLiteral("updated"), updated},
        {QStringLiteral("unchanged"), unchanged},
        {QStringLiteral("duplicates_removed"), duplicatesRemoved},
        {QStringLiteral("audit_log_id"), auditLogId > 0 ? QJsonValue(auditLogId) : QJsonValue(QJsonValue::Null)},
    };
}

// ---- CacheService --------------------------------------------------------------------

QString CacheService::hash(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

QStringList CacheService::types()
{
    return {systemType(), QStringLiteral("session"), QStringLiteral("content"), QStringLiteral("extraction")};
}

std::optional<QJsonValue> CacheService::parseJson(const QString &text)
{
    // QJsonDocument parses only arrays and objects at the top: wrap, and require exactly
    // one element, so any single JSON value (a string, a number...) is accepted.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().at(0);
}

Result<std::optional<CacheEntry>> CacheService::get(const QString &key, const QString &type, std::optional<int> userId,
                                                    const QDateTime &at) const
{
    using R = Result<std::optional<CacheEntry>>;
    if (const QString problem = keyProblem(key); !problem.isEmpty())
        return R::failure(problem);
    if (!type.isEmpty()) {
        if (const QString problem = typeProblem(type); !problem.isEmpty())
            return R::failure(problem);
        if (type != systemType() && !userId)
            return R::failure(tr("A %1 cache entry belongs to a user: give a user id.").arg(type));
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return R::failure(notConnected());

    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, cache_key, cache_type, user_id, cache_data, cache_metadata::text, access_count,"
        "       quotadesk.iso(created_at), quotadesk.iso(expires_at), quotadesk.iso(last_accessed_at) "
        "FROM quotadesk.cache_get(?, ?, ?, ?::timestamp)"));
    query.addBindValue(key);
    query.addBindValue(type.isEmpty() ? nullText() : QVariant(type));
    query.addBindValue(type == systemType() ? nullInt() : bindUser(userId));
    query.addBindValue(SqlTime::bind(at));
    if (!query.exec())
        return R::failure(failureOf(query));
    if (!query.next())
        return std::optional<CacheEntry>();

    CacheEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.key = query.value(1).toString();
    entry.type = query.value(2).toString();
    if (!query.isNull(3))
        entry.userId = query.value(3).toInt();
    entry.data = query.value(4).toString();
    entry.dataIsJson = parseJson(entry.data).has_value();
    if (query.isNull(5)) {
        entry.metadata = QStringLiteral("null");
        entry.metadataIsJson = true;
    } else {
        entry.metadata = query.value(5).toString();
        entry.metadataIsJson = parseJson(entry.metadata).has_value();
    }
    entry.accessCount = query.isNull(6) ? 0 : query.value(6).toInt();
    entry.createdAt = SqlTime::fromIso(query.value(7).toString());
    entry.expiresAt = query.isNull(8) ? QDateTime() : SqlTime::fromIso(query.value(8).toString());
    entry.lastAccessedAt = SqlTime::fromIso(query.value(9).toString());
    return std::optional<CacheEntry>(std::move(entry));
}

Result<CacheSetOutcome> CacheService::set(const QString &key, const QString &type, std::optional<int> userId,
                                          const QString &dataJsonText, const QJsonObject &metadata, const QDateTime &at) const
{
    using R = Result<CacheSetOutcome>;
    if (const QString problem = keyProblem(key); !problem.isEmpty())
        return R::failure(problem);
    if (const QString problem = typeProblem(type); !problem.isEmpty())
        return R::failure(problem);
    if (type != systemType() && !userId)
        return R::failure(tr("A %1 cache entry belongs to a user: give a user id.").arg(type));
    if (!parseJson(dataJsonText))
        return R::failure(tr("The data to cache is not valid JSON."));
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return R::failure(notConnected());

    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT stored, ttl, expires, plan_name, tier, entry_id "
        "FROM quotadesk.cache_set(?, ?, ?, ?, ?::jsonb, ?::timestamp)"));
    query.addBindValue(key);
    query.addBindValue(type);
    query.addBindValue(type == systemType() ? nullInt() : bindUser(userId));
    query.addBindValue(dataJsonText);
    query.addBindValue(QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact)));
    query.addBindValue(SqlTime::bind(at));
    if (!query.exec() || !query.next())
        return R::failure(failureOf(query));

    CacheSetOutcome outcome;
    outcome.stored = query.value(0).toBool();
    outcome.ttlMinutes = query.isNull(1) ? 0 : query.value(1).toInt();
    outcome.expiresAt = query.isNull(2) ? QDateTime() : SqlTime::fromIso(query.value(2).toString());
    outcome.plan = query.value(3).toString();
    outcome.cacheTier = query.value(4).toString();
    outcome.entryId = query.isNull(5) ? 0 : query.value(5).toLongLong();
    if (!outcome.stored)
        outcome.reason = tr("Not cached: the %1 plan (cache tier %2) has no %3 caching.").arg(outcome.plan, outcome.cacheTier, type);
    return outcome;
}

Result<CacheStats> CacheService::stats(const QDateTime &at, const QDateTime &since) const
{
    using R = Result<CacheStats>;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return R::failure(notConnected());

    CacheStats stats;
    stats.at = at.isValid() ? at.toUTC() : SqlTime::nowUtc();
    stats.since = since.isValid() ? since.toUTC() : QDateTime();
    for (const QString &type : types())
        stats.byType.insert(type, CacheTypeStats());

    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT cache_type, is_total, entries, hits, cost_saved_usd, storage_mb, average_ttl_minutes, expired_entries "
        "FROM quotadesk.cache_stats(?::timestamp)"));
    query.addBindValue(SqlTime::bind(stats.at));
    if (!query.exec())
        return R::failure(failureOf(query));
    while (query.next()) {
        CacheTypeStats row;
        row.entries = query.value(2).toLongLong();
        row.hits = query.value(3).toLongLong();
        row.costSavedUsd = query.value(4).toDouble();
        row.storageMb = query.value(5).toDouble();
        row.averageTtlMinutes = optionalDouble(query, 6);
        row.expired = query.value(7).toLongLong();
        if (query.value(1).toBool()) {
            stats.totalEntries = row.entries;
            stats.totalHits = row.hits;
            stats.costSavedUsd = row.costSavedUsd;
            stats.storageMb = row.storageMb;
            stats.averageTtlMinutes = row.averageTtlMinutes;
            stats.expiredEntries = row.expired;
        } else {
            stats.byType.insert(query.value(0).toString(), row);
        }
    }
    if (stats.totalEntries > 0)
        stats.hitsPerEntry = double(stats.totalHits) / double(stats.totalEntries);

    query.prepare(QStringLiteral(
        "SELECT to_char(day, 'YYYY-MM-DD'), hits, misses FROM quotadesk.cache_lookups_by_day(?::timestamp, ?::timestamp)"));
    query.addBindValue(stats.since.isValid() ? QVariant(SqlTime::bind(stats.since)) : nullText());
    query.addBindValue(SqlTime::bind(stats.at));
    if (!query.exec())
        return R::failure(failureOf(query));
    while (query.next()) {
        CacheDayHitRate day;
        day.day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        day.hits = query.value(1).toLongLong();
        day.misses = query.value(2).toLongLong();
        if (day.hits + day.misses > 0)
            day.hitRate = double(day.hits) / double(day.hits + day.misses);
        stats.lookupHits += day.hits;
        stats.lookupMisses += day.misses;
        stats.hitRateByDay.append(day);
    }
    if (stats.lookupHits + stats.lookupMisses > 0)
        stats.hitRate = double(stats.lookupHits) / double(stats.lookupHits + stats.lookupMisses);
    return stats;
}

Result<qint64> CacheService::countExpired(const QDateTime &at) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return Result<qint64>::failure(notConnected());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM public.ai_cache WHERE expires_at <= ?::timestamp"));
    query.addBindValue(SqlTime::bind(at));
    if (!query.exec() || !query.next())
        return Result<qint64>::failure(failureOf(query));
    return query.value(0).toLongLong();
}

Result<qint64> CacheService::countMatching(const QString &key, const QString &type, std::optional<int> userId) const
{
    if (const QString problem = keyProblem(key); !problem.isEmpty())
        return Result<qint64>::failure(problem);
    if (!type.isEmpty()) {
        if (const QString problem = typeProblem(type); !problem.isEmpty())
            return Result<qint64>::failure(problem);
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return Result<qint64>::failure(notConnected());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM quotadesk.cache_matching_ids(?, ?, ?)"));
    query.addBindValue(key);
    query.addBindValue(type.isEmpty() ? nullText() : QVariant(type));
    query.addBindValue(bindUser(userId));
    if (!query.exec() || !query.next())
        return Result<qint64>::failure(failureOf(query));
    return query.value(0).toLongLong();
}

Result<qint64> CacheService::remove(int staffId, const QString &key, const QString &type, std::optional<int> userId) const
{
    if (const QString problem = keyProblem(key); !problem.isEmpty())
        return Result<qint64>::failure(problem);
    if (!type.isEmpty()) {
        if (const QString problem = typeProblem(type); !problem.isEmpty())
            return Result<qint64>::failure(problem);
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return Result<qint64>::failure(notConnected());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT quotadesk.admin_cache_delete(?, ?, ?, ?)"));
    query.addBindValue(staffId);
    query.addBindValue(key);
    query.addBindValue(type.isEmpty() ? nullText() : QVariant(type));
    query.addBindValue(type == systemType() ? nullInt() : bindUser(userId));
    if (!query.exec() || !query.next())
        return Result<qint64>::failure(failureOf(query));
    const qint64 deleted = query.value(0).toLongLong();
    if (deleted == 0)
        return Result<qint64>::failure(tr("No cache entry matches %1; nothing was deleted.")
                                           .arg(describeTarget(key, type, type == systemType() ? std::nullopt : userId)));
    return deleted;
}

Result<CleanupReport> CacheService::cleanupExpired(int staffId, int batchSize, const QDateTime &at,
                                                   const std::function<bool(qint64)> &progress) const
{
    using R = Result<CleanupReport>;
    if (batchSize < 1 || batchSize > MaxBatchSize)
        return R::failure(tr("The batch size must be between 1 and %1, not %2.").arg(MaxBatchSize).arg(batchSize));
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return R::failure(notConnected());

    // One cut-off for every batch: rows expiring while we work wait for the next run.
    const QString cutoff = SqlTime::bind(at);
    CleanupReport report;
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT deleted, total_deleted, log_id FROM quotadesk.admin_cache_cleanup_expired(?, ?, ?::timestamp, ?)"));
    for (;;) {
        query.bindValue(0, staffId);
        query.bindValue(1, batchSize);
        query.bindValue(2, cutoff);
        query.bindValue(3, report.auditLogId > 0 ? QVariant(int(report.auditLogId)) : nullInt());
        if (!query.exec() || !query.next()) {
            if (report.batches == 0)
                return R::failure(failureOf(query));
            return R::failure(tr("The clean-up stopped after deleting %1 expired rows: %2").arg(report.deleted).arg(failureOf(query)));
        }
        const qint64 deleted = query.value(0).toLongLong();
        report.deleted = query.value(1).toLongLong();
        report.auditLogId = query.value(2).toLongLong();
        ++report.batches;
        query.finish();
        const bool goOn = progress ? progress(report.deleted) : true;
        if (deleted < batchSize)
            break;
        if (!goOn) {
            report.cancelled = true;
            break;
        }
    }
    return report;
}

Result<qint64> CacheService::cleanupUser(int staffId, int userId) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return Result<qint64>::failure(notConnected());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT quotadesk.admin_cache_cleanup_user(?, ?)"));
    query.addBindValue(staffId);
    query.addBindValue(userId);
    if (!query.exec() || !query.next())
        return Result<qint64>::failure(failureOf(query));
    return query.value(0).toLongLong();
}

QString CacheService::validatePrompts(const QJsonObject &prompts)
{
    return checkPrompts(prompts).message;
}

Result<QJsonObject> CacheService::loadPrompts(const QString &path)
{
    using R = Result<QJsonObject>;
    const QString file = path.isEmpty() ? QStringLiteral(":/prompts/default.json") : path;
    QFile input(file);
    if (!input.exists())
        return R::failure(tr("Prompts file %1 does not exist.").arg(file));
    if (QFileInfo(input).isDir())
        return R::failure(tr("%1 is a directory, not a prompts file.").arg(file));
    if (input.size() > MaxPromptsFileBytes)
        return R::failure(tr("Prompts file %1 is larger than %2 MB.").arg(file).arg(MaxPromptsFileBytes / (1024 * 1024)));
    if (!input.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read prompts file %1: %2").arg(file, input.errorString()));
    const QByteArray bytes = input.readAll();
    if (bytes.trimmed().isEmpty())
        return R::failure(tr("Prompts file %1 is empty: it must hold a JSON object mapping cache keys to prompt texts.").arg(file));

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return R::failure(tr("Prompts file %1 is not valid JSON: %2 at line %3, column %4.")
                              .arg(file, error.errorString()).arg(line).arg(column));
    }
    if (doc.isArray())
        return R::failure(tr("Prompts file %1 holds a JSON array; it must hold a JSON object mapping cache keys to prompt texts, "
                             "like {\"cv_drafting_system\": \"You are ...\"}.").arg(file));
    if (!doc.isObject())
        return R::failure(tr("Prompts file %1 must hold a JSON object mapping cache keys to prompt texts.").arg(file));

    const QJsonObject prompts = doc.object();
    const PromptProblem problem = checkPrompts(prompts);
    if (problem.message.isEmpty())
        return prompts;
    const int line = problem.key.isNull() ? 0 : lineOfKey(bytes, problem.key);
    if (line > 0)
        return R::failure(tr("Prompts file %1, line %2: %3").arg(file).arg(line).arg(problem.message));
    return R::failure(tr("Prompts file %1: %2").arg(file, problem.message));
}

Result<WarmupReport> CacheService::warmup(int staffId, const QJsonObject &prompts) const
{
    using R = Result<WarmupReport>;
    if (const QString problem = validatePrompts(prompts); !problem.isEmpty())
        return R::failure(problem);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return R::failure(notConnected());
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT inserted, updated, unchanged, duplicates_removed, log_id FROM quotadesk.admin_cache_warmup(?, ?::jsonb)"));
    query.addBindValue(staffId);
    query.addBindValue(QString::fromUtf8(QJsonDocument(prompts).toJson(QJsonDocument::Compact)));
    if (!query.exec() || !query.next())
        return R::failure(failureOf(query));
    WarmupReport report;
    report.inserted = query.value(0).toInt();
    report.updated = query.value(1).toInt();
    report.unchanged = query.value(2).toInt();
    report.duplicatesRemoved = query.value(3).toInt();
    report.auditLogId = query.value(4).toLongLong();
    return report;
}
