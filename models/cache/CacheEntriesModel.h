#pragma once

#include <optional>

#include <QDateTime>

#include "cache/CacheService.h"
#include "db/PagedQueryModel.h"

/// One cache entry in full, for a preview: the row as stored (cache_data loaded only
/// here, for one row at a time) and its owner's email.
struct CacheEntryDetails
{
    CacheEntry entry;
    QString ownerEmail; // empty for system rows or an owner that no longer exists
    qint64 bytes = 0;   // octet length of cache_data as stored
    bool expired = false;
    /// entry.data holds only the first CacheEntriesModel::PreviewCharacters characters
    /// (not checked as JSON: a prefix of JSON is not JSON).
    bool truncated = false;
};

/// ai_cache, newest first, filterable by type, owner, key and expiry; loaded a page at a
/// time (keyset on id). Rows carry no cache_data: only its size. Each row holds, beyond
/// the visible columns, the owner's id (UserIdValue) and whether it had expired at the
/// filter's instant (ExpiredValue): see rowValues().
class CacheEntriesModel final : public PagedQueryModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheEntriesModel)

public:
    enum Column { Id, Key, Type, User, Created, Expires, Hits, Size, ColumnCount };
    enum ExtraValue { UserIdValue = ColumnCount, ExpiredValue };
    enum class Expiry { All, ExpiredOnly, LiveOnly };
    /// How much of cache_data loadEntry() reads: a preview is no place for 50 MB.
    static constexpr int PreviewCharacters = 64 * 1024;

    struct Filter
    {
        QString type;                // exact; empty = all
        QString user;                // digits = user id; "system" = shared rows; else part of the email
        QString key;                 // part of the key, case-insensitive, wildcards literal
        Expiry expiry = Expiry::All;
        QDateTime at;                // the instant "expired" refers to; invalid = now, fixed when set
    };

    explicit CacheEntriesModel(DatabaseWorker &worker, QObject *parent = nullptr);

    void setFilter(const Filter &filter);
    Filter filter() const { return m_filter; }

    /// The row with this id among those loaded, or -1.
    int rowOfId(qint64 id) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// "523 B", "1.5 kB", "2.0 MB" in the user's locale.
    static QString sizeText(qint64 bytes);

    /// The page loader (public for tests that run it directly).
    static Result<Page> load(const QString &connection, const Filter &filter, const QVariant &afterId, int limit);
    /// One entry, its data up to PreviewCharacters, without counting a lookup; none when the row is gone.
    static Result<std::optional<CacheEntryDetails>> loadEntry(const QString &connection, qint64 id, const QDateTime &at = {});


protected:
    QVariant display(int column, const QVariant &value) const override;

private:
    Filter m_filter;
};
