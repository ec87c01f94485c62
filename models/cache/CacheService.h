#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "common/Result.h"

/// One row of ai_cache as read. cache_data and cache_metadata come from another program:
/// when they are not JSON, the raw text is kept and the flag says so.
struct CacheEntry
{
    qint64 id = 0;
    QString key;
    QString type;
    std::optional<int> userId; // none for system rows
    QString data;              // raw cache_data text
    bool dataIsJson = false;
    QString metadata;          // raw cache_metadata text; "null" when the column is NULL
    bool metadataIsJson = false;
    int accessCount = 0;       // after this lookup's hit
    QDateTime createdAt;
    QDateTime expiresAt;       // invalid = never expires
    QDateTime lastAccessedAt;

    /// data as a JSON value when it is JSON, else the raw text as a JSON string.
    QJsonValue dataValue() const;
    QJsonValue metadataValue() const;
    QJsonObject toJson() const;
};

struct CacheSetOutcome
{
    bool stored = false;
    QString reason;       // why not stored (empty when stored)
    QDateTime expiresAt;  // invalid = never (system) or not stored
    int ttlMinutes = 0;   // 0 = permanent or not stored
    QString plan;         // the user's plan (empty for system entries)
    QString cacheTier;    // "system" for system entries
    qint64 entryId = 0;   // 0 when not stored

    QJsonObject toJson() const;
};

struct CacheTypeStats
{
    qint64 entries = 0;
    qint64 hits = 0;
    double storageMb = 0;
    double costSavedUsd = 0;
    qint64 expired = 0;
    std::optional<double> averageTtlMinutes;

    QJsonObject toJson() const;
};

struct CacheDayHitRate
{
    QDate day; // UTC
    qint64 hits = 0;
    qint64 misses = 0;
    std::optional<double> hitRate; // none when no lookups that day

    QJsonObject toJson() const;
};

struct CacheStats
{
    QDateTime at;
    QDateTime since; // invalid = all recorded lookups
    qint64 totalEntries = 0;
    qint64 totalHits = 0;
    double costSavedUsd = 0;
    double storageMb = 0;
    std::optional<double> averageTtlMinutes; // over rows that expire; none if no such row
    qint64 expiredEntries = 0;
    QMap<QString, CacheTypeStats> byType;    // always the four types, plus any other present
    qint64 lookupHits = 0;
    qint64 lookupMisses = 0;
    std::optional<double> hitRate;           // none when no lookup was recorded in the window
    std::optional<double> hitsPerEntry;      // entry reuse, for when the rate is unknown
    QList<CacheDayHitRate> hitRateByDay;

    QJsonObject toJson() const;
};

struct CleanupReport
{
    qint64 deleted = 0;
    int batches = 0;
    bool cancelled = false;
    qint64 auditLogId = 0;

    QJsonObject toJson() const;
};

struct WarmupReport
{
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int duplicatesRemoved = 0;
    qint64 auditLogId = 0;

    QJsonObject toJson() const;
};

/// The AI response cache in ai_cache: lookups, writes by plan tier, statistics and the
/// audited admin actions. Uses the named connection of the calling thread; every call is
/// one statement (one transaction) except cleanupExpired, which commits per batch.
class CacheService final
{
    Q_DECLARE_TR_FUNCTIONS(CacheService)

public:
    static constexpr int MaxKeyLength = 255;

    explicit CacheService(QString connectionName) : m_connectionName(std::move(connectionName)) {}

    /// First 16 hex digits (lowercase) of SHA-256 of the UTF-8 text; equals quotadesk.cache_hash().
    static QString hash(const QString &text);
    /// system, session, content, extraction.
    static QStringList types();
    /// The JSON value of `text` (any JSON value, scalars included), or none when it is not JSON.
    static std::optional<QJsonValue> parseJson(const QString &text);

    /// A hit counts one access; every lookup is counted as hit or miss. `type` empty = the
    /// user's rows or system rows, the user's first. Type system ignores `userId`.
    Result<std::optional<CacheEntry>> get(const QString &key, const QString &type, std::optional<int> userId,
                                          const QDateTime &at = {}) const;
    /// Upsert. A plan tier without caching gives stored = false with the reason (not an error).
    Result<CacheSetOutcome> set(const QString &key, const QString &type, std::optional<int> userId,
                                const QString &dataJsonText, const QJsonObject &metadata = {},
                                const QDateTime &at = {}) const;

    /// `since` invalid = all recorded lookups. Lookups are counted per hour, so the window
    /// starts at the hour of `since`.
    Result<CacheStats> stats(const QDateTime &at = {}, const QDateTime &since = {}) const;
    Result<qint64> countExpired(const QDateTime &at = {}) const;
    /// How many rows remove() with the same arguments would delete (for a confirmation).
    Result<qint64> countMatching(const QString &key, const QString &type, std::optional<int> userId) const;

    /// Deletes the entries of `key`: `type` system = the shared rows; another type with a
    /// user = that user's row; a type without a user = every user's; no type with a user =
    /// that user's rows of any type; key alone = every row with the key. Audited as
    /// cache.delete. Nothing matching is a failure ("No cache entry matches ...") and
    /// writes no audit row.
    Result<qint64> remove(int staffId, const QString &key, const QString &type, std::optional<int> userId) const;
    /// Deletes expired rows in batches of `batchSize`, one transaction each, with one audit
    /// row (cache.cleanup_expired) kept equal to the rows deleted at every commit.
    /// `progress` runs after each batch with the total so far; returning false stops
    /// before the next batch (cancelled = true, what was deleted stays deleted).
    Result<CleanupReport> cleanupExpired(int staffId, int batchSize = 5000, const QDateTime &at = {},
                                         const std::function<bool(qint64 deletedSoFar)> &progress = {}) const;
    /// Deletes one user's non-system rows; audited as cache.cleanup_user (also when 0).
    Result<qint64> cleanupUser(int staffId, int userId) const;

    /// Reads a prompts file: a JSON object, key (<= 255 characters) -> non-empty text.
    /// Empty path = the bundled default set (:/prompts/default.json).
    static Result<QJsonObject> loadPrompts(const QString &path);
    /// Checks a prompts object as loadPrompts does; empty string when valid.
    static QString validatePrompts(const QJsonObject &prompts);
    /// Upserts permanent system rows; audited as cache.warmup. Idempotent.
    Result<WarmupReport> warmup(int staffId, const QJsonObject &prompts) const;

private:
    QString m_connectionName;
};
