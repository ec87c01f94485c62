#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QUuid>

class QSqlQuery;

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

    /// No expiry (NULL) or an expiry at 'infinity': the entry never expires.
    static bool neverExpires(const QDateTime &expiresAt);

    /// The JSON value of `text` (any JSON value, scalars included), or none when it is not JSON.
    static std::optional<QJsonValue> parseJson(const QString &text);

    /// data as a JSON value when it is JSON, else the raw text as a JSON string.
    QJsonValue dataValue() const;
    QJsonValue metadataValue() const;
    QJsonObject toJson() const;

    /// The entry of a query row whose columns from `first` on are: id, cache_key,
    /// cache_type, user_id, cache_data, cache_metadata::text, access_count, and
    /// quotadesk.iso() of created_at, expires_at, last_accessed_at.
    static CacheEntry fromRow(const QSqlQuery &query, int first = 0);
    /// The SELECT list fromRow() reads, for table alias `alias`; with `dataCharacters` > 0
    /// only that many characters of cache_data (the database reads no more of a long value).
    static QString columns(const QString &alias, int dataCharacters = 0);
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

/// Rows as counted for a confirmation (Delete entry, a user's clean-up): the deletion
/// then takes only rows up to maxId, so rows added since stay.
struct CountedRows
{
    qint64 rows = 0;
    qint64 maxId = 0; ///< the highest id counted (0 when none)
};

/// Expired rows as counted for a confirmation: what the clean-up then deletes.
struct ExpiredSnapshot
{
    QDateTime at;      ///< the cut-off: the server's clock when counted
    qint64 rows = 0;
    qint64 maxId = 0;  ///< the highest id counted (0 when none)
};

struct CleanupReport
{
    qint64 deleted = 0;
    int batches = 0;
    bool cancelled = false;
    qint64 auditLogId = 0; // of the first batch
    QUuid actionId;

    QJsonObject toJson() const;
};

struct WarmupReport
{
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int duplicatesRemoved = 0;
    QUuid actionId;
    qint64 auditLogId = 0;

    QJsonObject toJson() const;
};
