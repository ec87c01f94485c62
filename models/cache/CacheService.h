#pragma once

#include <algorithm>
#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include "cache/CacheTypes.h"
#include "common/Result.h"

/// The AI response cache in ai_cache: lookups, writes by plan tier, statistics and the
/// audited admin actions. Uses the named connection of the calling thread; every call is
/// one statement (one transaction) except cleanupExpired, which commits per batch.
class CacheService final
{
    Q_DECLARE_TR_FUNCTIONS(CacheService)

public:
    static constexpr int MaxKeyLength = 255;
    /// Rows per clean-up batch: the default, and the most cleanupExpired() accepts.
    static constexpr int DefaultBatchSize = 5000;
    static constexpr int MaxBatchSize = 1000000;

    explicit CacheService(QString connectionName) : m_connectionName(std::move(connectionName)) {}

    /// First 16 hex digits (lowercase) of SHA-256 of the UTF-8 text; equals quotadesk.cache_hash().
    static QString hash(const QString &text);
    /// system, session, content, extraction.
    static QStringList types();
    /// Length of a key as PostgreSQL counts it (code points), for MaxKeyLength. Inline:
    /// PromptSet checks keys with it and is built without this class by tests/fuzz.
    static qsizetype keyLength(const QString &key)
    {
        // PostgreSQL counts characters (code points); QString counts UTF-16 units.
        return key.size() - std::count_if(key.cbegin(), key.cend(), [](QChar c) { return c.isLowSurrogate(); });
    }

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
    /// Whether the key filter has its trigram index (migration 0011, when pg_trgm could be
    /// had); without it a key search scans every row.
    Result<bool> hasKeySearchIndex() const;
    /// How many rows remove() with the same arguments would delete (for a confirmation),
    /// and the highest id among them (pass it to remove() to delete only those).
    Result<CountedRows> countMatching(const QString &key, const QString &type, std::optional<int> userId) const;
    /// The user's non-system rows: what cleanupUser() would delete.
    Result<CountedRows> countUserEntries(int userId) const;

    /// Deletes the entries of `key`: `type` system = the shared rows; another type with a
    /// user = that user's row; a type without a user = every user's; no type with a user =
    /// that user's rows of any type; key alone = every row with the key. Audited as
    /// cache.delete. Nothing matching is a failure ("No cache entry matches ...") and
    /// writes no audit row.
    ///
    /// Every admin action takes an action id (ActionId; null = a fresh one): the database
    /// acts once per id, and a retry with the same id returns the first outcome.
    /// With `maxId` > 0 only rows up to that id go (what countMatching() counted).
    Result<qint64> remove(std::optional<int> staffId, const QString &key, const QString &type, std::optional<int> userId,
                          const QUuid &actionId = {}, qint64 maxId = 0) const;
    /// Deletes a user's own entries of `key` (of `type`, or any type but system): what a
    /// user may do without staff rights, not audited. Nothing matching is a failure
    /// (Failure::NotFound).
    Result<qint64> removeOwn(int userId, const QString &key, const QString &type) const;
    /// Deletes expired rows in batches of `batchSize`, one transaction each; each
    /// committed batch that deletes writes its own audit row (cache.cleanup_expired), the
    /// first always. `progress` runs after each batch with the total so far; returning
    /// false stops before the next batch (cancelled = true, what was deleted stays deleted).
    /// Runs alone across all clients: while another clean-up runs it is refused at once
    /// (Failure::Busy, saying since when and by whom). With `maxId` > 0 only rows up to
    /// that id go: with expiredSnapshot()'s cut-off, exactly what was counted (rows whose
    /// expiry moved later since drop out).
    Result<CleanupReport> cleanupExpired(std::optional<int> staffId, int batchSize = DefaultBatchSize, const QDateTime &at = {},
                                         const std::function<bool(qint64 deletedSoFar)> &progress = {},
                                         const QUuid &actionId = {}, qint64 maxId = 0) const;
    /// What a clean-up would delete now, by the server's clock: the cut-off, the rows and
    /// the highest id among them (one statement, one snapshot).
    Result<ExpiredSnapshot> expiredSnapshot() const;
    /// Deletes one user's non-system rows; audited as cache.cleanup_user (also when 0).
    /// With `maxId` > 0 only rows up to that id go (what countUserEntries() counted).
    Result<qint64> cleanupUser(std::optional<int> staffId, int userId, const QUuid &actionId = {}, qint64 maxId = 0) const;

    /// Upserts permanent system rows; audited as cache.warmup. Idempotent.
    Result<WarmupReport> warmup(std::optional<int> staffId, const QJsonObject &prompts, const QUuid &actionId = {}) const;

private:
    QString m_connectionName;
};
