#include "cache/CacheService.h"

#include <algorithm>
#include <climits>

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "audit/ActionId.h"
#include "audit/ExclusiveJob.h"
#include "cache/PromptSet.h"
#include "db/SqlError.h"
#include "db/SqlTime.h"

namespace {

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

// The highest id a confirmation counted; NULL (no bound) when 0.
QVariant bindMaxId(qint64 maxId)
{
    return maxId > 0 ? QVariant(maxId) : QVariant(QMetaType::fromType<qint64>());
}

QString keyProblem(const QString &key)
{
    if (key.isEmpty())
        return CacheService::tr("A cache key cannot be empty.");
    const qsizetype length = CacheService::keyLength(key);
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

// What remove() and countMatching() aim at: a key, and a type when one is given.
QString targetProblem(const QString &key, const QString &type)
{
    if (const QString problem = keyProblem(key); !problem.isEmpty())
        return problem;
    return type.isEmpty() ? QString() : typeProblem(type);
}

std::optional<double> optionalDouble(const QSqlQuery &query, int column)
{
    if (query.isNull(column))
        return std::nullopt;
    return query.value(column).toDouble();
}

// Whole sentences, one per way remove() can be aimed.
QString nothingMatches(const QString &key, const QString &type, std::optional<int> userId)
{
    if (type == systemType())
        return CacheService::tr("No cache entry matches key \"%1\" of type system; nothing was deleted.").arg(key);
    if (!type.isEmpty() && userId)
        return CacheService::tr("No cache entry matches key \"%1\" of type %2 for user %3; nothing was deleted.")
            .arg(key, type, QString::number(*userId));
    if (!type.isEmpty())
        return CacheService::tr("No cache entry matches key \"%1\" of type %2; nothing was deleted.").arg(key, type);
    if (userId)
        return CacheService::tr("No cache entry matches key \"%1\" for user %2; nothing was deleted.").arg(key, QString::number(*userId));
    return CacheService::tr("No cache entry matches key \"%1\"; nothing was deleted.").arg(key);
}

} // namespace

// ---- CacheService --------------------------------------------------------------------

QString CacheService::hash(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

QStringList CacheService::types()
{
    return {systemType(), QStringLiteral("session"), QStringLiteral("content"), QStringLiteral("extraction")};
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
        return R::failure(SqlError::notConnected());

    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT %1 FROM quotadesk.cache_get(?, ?, ?, ?::timestamp) g").arg(CacheEntry::columns(QStringLiteral("g"))));
    query.addBindValue(key);
    query.addBindValue(type.isEmpty() ? nullText() : QVariant(type));
    query.addBindValue(type == systemType() ? nullInt() : bindUser(userId));
    query.addBindValue(SqlTime::bind(at));
    if (!query.exec())
        return R::failure(SqlError::message(query), SqlError::failureOf(query));
    if (!query.next())
        return std::optional<CacheEntry>();

    return std::optional<CacheEntry>(CacheEntry::fromRow(query));
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
    if (!CacheEntry::parseJson(dataJsonText))
        return R::failure(tr("The data to cache is not valid JSON."));
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return R::failure(SqlError::notConnected());

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
        return R::failure(SqlError::message(query), SqlError::failureOf(query));

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
        return R::failure(SqlError::notConnected());

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
        return R::failure(SqlError::message(query), SqlError::failureOf(query));
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
        return R::failure(SqlError::message(query), SqlError::failureOf(query));
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

Result<ExpiredSnapshot> CacheService::expiredSnapshot() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return Result<ExpiredSnapshot>::failure(SqlError::notConnected());
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("WITH n AS (SELECT quotadesk.utc_now() AS at) "
                                   "SELECT to_char(n.at, 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), count(c.id), coalesce(max(c.id), 0) "
                                   "FROM n LEFT JOIN public.ai_cache c ON c.expires_at <= n.at GROUP BY n.at"))
        || !query.next())
        return Result<ExpiredSnapshot>::failure(SqlError::message(query), SqlError::failureOf(query));
    return ExpiredSnapshot{QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs), query.value(1).toLongLong(),
                           query.value(2).toLongLong()};
}

Result<qint64> CacheService::countExpired(const QDateTime &at) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return Result<qint64>::failure(SqlError::notConnected());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM public.ai_cache WHERE expires_at <= ?::timestamp"));
    query.addBindValue(SqlTime::bind(at));
    if (!query.exec() || !query.next())
        return Result<qint64>::failure(SqlError::message(query), SqlError::failureOf(query));
    return query.value(0).toLongLong();
}

Result<bool> CacheService::hasKeySearchIndex() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return Result<bool>::failure(SqlError::notConnected());
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('public.qd_ai_cache_key_trgm') IS NOT NULL")) || !query.next())
        return Result<bool>::failure(SqlError::message(query), SqlError::failureOf(query));
    return query.value(0).toBool();
}

namespace {
// Runs a "SELECT count(*), max(id)" of the rows a deletion would take.
Result<CountedRows> countRows(QSqlQuery &query)
{
    if (!query.exec() || !query.next())
        return Result<CountedRows>::failure(SqlError::message(query), SqlError::failureOf(query));
    return CountedRows{query.value(0).toLongLong(), query.value(1).toLongLong()};
}

// What every statement about a key's entries needs first: a valid key and type, an open connection.
Status readyFor(const QString &key, const QString &type, const QSqlDatabase &db)
{
    if (const QString problem = targetProblem(key, type); !problem.isEmpty())
        return Status::failure(problem);
    if (!db.isOpen())
        return Status::failure(SqlError::notConnected());
    return {};
}

// Runs a delete prepared on `query` that answers how many rows went; none is NotFound.
Result<qint64> deletedRows(QSqlQuery &query, const QString &key, const QString &type, std::optional<int> userId)
{
    if (!query.exec() || !query.next())
        return Result<qint64>::failure(SqlError::message(query), SqlError::failureOf(query));
    const qint64 deleted = query.value(0).toLongLong();
    if (deleted == 0)
        return Result<qint64>::failure(nothingMatches(key, type, userId), Failure::NotFound);
    return deleted;
}
} // namespace

Result<CountedRows> CacheService::countMatching(const QString &key, const QString &type, std::optional<int> userId) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (const Status ready = readyFor(key, type, db); !ready)
        return Result<CountedRows>::failure(ready.error());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*), coalesce(max(id), 0) FROM quotadesk.cache_matching_ids(?, ?, ?) AS m(id)"));
    query.addBindValue(key);
    query.addBindValue(type.isEmpty() ? nullText() : QVariant(type));
    query.addBindValue(bindUser(userId));
    return countRows(query);
}

Result<CountedRows> CacheService::countUserEntries(int userId) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return Result<CountedRows>::failure(SqlError::notConnected());
    QSqlQuery query(db);
    // The rows admin_cache_cleanup_user() deletes, as the database defines them.
    query.prepare(QStringLiteral("SELECT count(*), coalesce(max(id), 0) FROM quotadesk.user_cache_entries(?) AS e(id)"));
    query.addBindValue(userId);
    return countRows(query);
}

Result<qint64> CacheService::remove(std::optional<int> staffId, const QString &key, const QString &type, std::optional<int> userId,
                                   const QUuid &actionId, qint64 maxId) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (const Status ready = readyFor(key, type, db); !ready)
        return Result<qint64>::failure(ready.error());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT quotadesk.admin_cache_delete(?, ?, ?, ?, ?::uuid, ?)"));
    query.addBindValue(bindUser(staffId));
    query.addBindValue(key);
    query.addBindValue(type.isEmpty() ? nullText() : QVariant(type));
    query.addBindValue(type == systemType() ? nullInt() : bindUser(userId));
    query.addBindValue(ActionId::text(ActionId::orFresh(actionId)));
    query.addBindValue(bindMaxId(maxId));
    return deletedRows(query, key, type, type == systemType() ? std::nullopt : userId);
}

Result<qint64> CacheService::removeOwn(int userId, const QString &key, const QString &type) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (const Status ready = readyFor(key, type, db); !ready)
        return Result<qint64>::failure(ready.error());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT quotadesk.user_cache_delete(?, ?, ?)"));
    query.addBindValue(userId);
    query.addBindValue(key);
    query.addBindValue(type.isEmpty() ? nullText() : QVariant(type));
    return deletedRows(query, key, type, userId);
}

Result<CleanupReport> CacheService::cleanupExpired(std::optional<int> staffId, int batchSize, const QDateTime &at,
                                                   const std::function<bool(qint64)> &progress, const QUuid &actionId,
                                                   qint64 maxId) const
{
    using R = Result<CleanupReport>;
    if (batchSize < 1 || batchSize > MaxBatchSize)
        return R::failure(tr("The batch size must be between 1 and %1, not %2.").arg(QString::number(MaxBatchSize), QString::number(batchSize)));
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return R::failure(SqlError::notConnected());

    // Each batch is a step of one action; the first fixes the cut-off for all, so rows
    // expiring while we work wait for the next run. Steps already applied under this
    // action id (a retry) return what they did without acting again.
    CleanupReport report;
    report.actionId = ActionId::orFresh(actionId);
    const ExclusiveJob job(m_connectionName, ExclusiveJob::CleanupExpired);
    if (const Status begun = job.begin(staffId, report.actionId); !begun)
        return R::failure(begun.error(), begun.why());
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT deleted, total_deleted, log_id FROM quotadesk.admin_cache_cleanup_expired(?, ?, ?::timestamp, ?::uuid, ?, ?)"));
    for (;;) {
        query.bindValue(0, bindUser(staffId));
        query.bindValue(1, batchSize);
        query.bindValue(2, at.isValid() ? QVariant(SqlTime::bind(at)) : QVariant(QMetaType(QMetaType::QString))); // NULL: the server's clock
        query.bindValue(3, ActionId::text(report.actionId));
        query.bindValue(4, report.batches + 1);
        query.bindValue(5, bindMaxId(maxId));
        if (!query.exec() || !query.next()) {
            if (report.batches == 0)
                return R::failure(SqlError::message(query), SqlError::failureOf(query));
            return R::failure(tr("The clean-up stopped after deleting %Ln expired rows: %1", nullptr, int(std::min<qint64>(report.deleted, INT_MAX)))
                                  .arg(SqlError::message(query)),
                              SqlError::failureOf(query));
        }
        const qint64 deleted = query.value(0).toLongLong();
        report.deleted = query.value(1).toLongLong();
        if (report.batches == 0)
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

Result<qint64> CacheService::cleanupUser(std::optional<int> staffId, int userId, const QUuid &actionId, qint64 maxId) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return Result<qint64>::failure(SqlError::notConnected());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT quotadesk.admin_cache_cleanup_user(?, ?, ?::uuid, ?)"));
    query.addBindValue(bindUser(staffId));
    query.addBindValue(userId);
    query.addBindValue(ActionId::text(ActionId::orFresh(actionId)));
    query.addBindValue(bindMaxId(maxId));
    if (!query.exec() || !query.next())
        return Result<qint64>::failure(SqlError::message(query), SqlError::failureOf(query));
    return query.value(0).toLongLong();
}

Result<WarmupReport> CacheService::warmup(std::optional<int> staffId, const QJsonObject &prompts, const QUuid &actionId) const
{
    using R = Result<WarmupReport>;
    if (const QString problem = PromptSet::validate(prompts); !problem.isEmpty())
        return R::failure(problem);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return R::failure(SqlError::notConnected());
    const QUuid action = ActionId::orFresh(actionId);
    const ExclusiveJob job(m_connectionName, ExclusiveJob::Warmup);
    if (const Status begun = job.begin(staffId, action); !begun)
        return R::failure(begun.error(), begun.why());
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT inserted, updated, unchanged, duplicates_removed, log_id FROM quotadesk.admin_cache_warmup(?, ?::jsonb, NULL, ?::uuid)"));
    query.addBindValue(bindUser(staffId));
    query.addBindValue(QString::fromUtf8(QJsonDocument(prompts).toJson(QJsonDocument::Compact)));
    query.addBindValue(ActionId::text(action));
    if (!query.exec() || !query.next())
        return R::failure(SqlError::message(query), SqlError::failureOf(query));
    WarmupReport report;
    report.actionId = action;
    report.inserted = query.value(0).toInt();
    report.updated = query.value(1).toInt();
    report.unchanged = query.value(2).toInt();
    report.duplicatesRemoved = query.value(3).toInt();
    report.auditLogId = query.value(4).toLongLong();
    return report;
}
