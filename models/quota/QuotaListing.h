#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include "common/Result.h"
#include "quota/QuotaTypes.h"

/// What the Quotas page lists: which users (text, plan, level) in which order (a column of
/// QuotaTableModel). The database filters, sorts, counts and pages (QuotaListingQuery);
/// the client never holds more than the rows it shows.
struct QuotaListing
{
    /// Level filter values besides a level name ("ok", "warning", ...).
    static constexpr const char *AtRisk = "at_risk"; ///< warning or worse
    static constexpr const char *UnknownPlans = "unknown"; ///< plan filter: plans without a limits row

    QString text;  ///< part of the email or name (wildcards taken literally); digits: the user id or part of the email
    QString plan;  ///< empty: every plan; UnknownPlans: plans without a limits row
    QString level; ///< empty: every level; a level code: users whose worst window is at it; AtRisk
    int sortColumn = 5; ///< a QuotaTableModel::Column (default: DailyPercent)
    Qt::SortOrder order = Qt::DescendingOrder; ///< ties always by ascending user id

    bool operator==(const QuotaListing &) const = default;
};

/// Where a page of a listing starts: after the row with this sort key and user id (keyset).
struct QuotaListingKey
{
    QVariant sortKey; ///< qlonglong, or QString for the text columns
    int userId = 0;
};

struct QuotaListingPage
{
    QList<QuotaStatus> rows;
    std::optional<QuotaListingKey> last; ///< empty when `rows` is
};

/// Users per worst level, under a listing's text and plan filters (not its level filter).
struct QuotaLevelCounts
{
    qint64 allUsers = 0; ///< every user, no filter at all
    qint64 ok = 0;
    qint64 warning = 0;
    qint64 critical = 0;
    qint64 exceeded = 0;

    qint64 matching() const { return ok + warning + critical + exceeded; }
    /// Users a level filter keeps: empty (all), QuotaListing::AtRisk, or a level code.
    qint64 forLevel(const QString &level) const;
    bool operator==(const QuotaLevelCounts &) const = default;
};

struct QuotaPlanChoice
{
    QString plan;
    bool limitsKnown = true;
};

/// The Quotas page's queries over quotadesk.quota_status(p_at, NULL), on one named
/// connection used from the thread that opened it. Every column sorts through a fixed
/// SQL expression (sortExpression), every value is bound: no user text reaches the SQL.
/// All queries of one screenful take the same `at` (now(): the server's clock), so the
/// rows, the counts and the chart describe one moment.
class QuotaListingQuery final
{
    Q_DECLARE_TR_FUNCTIONS(QuotaListingQuery)

public:
    explicit QuotaListingQuery(QString connectionName);

    /// The server's now, in milliseconds (the precision of a bound time), rounded up.
    Result<QDateTime> now() const;
    /// Up to `limit` rows of the listing after `after` (nullopt: from the first).
    Result<QuotaListingPage> page(const QuotaListing &listing, const QDateTime &at, const std::optional<QuotaListingKey> &after,
                                  int limit) const;
    /// Users per worst level under the listing's text and plan filters, and all users.
    Result<QuotaLevelCounts> levelCounts(const QuotaListing &listing, const QDateTime &at) const;
    /// The plans users are on, sorted, each flagged when it has no limits row.
    Result<QList<QuotaPlanChoice>> plans() const;
    /// The `count` users with the highest daily percentage (then tokens, then id), highest
    /// first; unlimited users and users at 0 % left out (QuotaLevelBarsModel's rule).
    Result<QList<QuotaStatus>> topByDailyPercentage(int count, const QDateTime &at) const;
    /// Every row of the listing, in its order, handed to `row` as it is read (a forward-only
    /// query: memory stays bounded); `row` returns false to stop. Returns the rows handed.
    Result<qint64> forEach(const QuotaListing &listing, const QDateTime &at, const std::function<bool(const QuotaStatus &)> &row) const;

    /// Every user (`total`) and how many are at each daily level: quotactl overview's summary.
    struct DailySummary
    {
        qint64 total = 0;
        QList<std::pair<QString, qint64>> levels; ///< QuotaLevel::all(), mildest first
    };
    Result<DailySummary> dailySummary(const QDateTime &at) const;
    /// The users whose daily level is at least `minLevel` (empty: all), by the percentage of
    /// `period` ("daily", "monthly", "hourly"), highest first, ties by id; at most `limit`
    /// (0: no limit). Streams as forEach() does.
    Result<qint64> forEachByPercentage(const QDateTime &at, const QString &period, const QString &minLevel, qint64 limit,
                                       const std::function<bool(const QuotaStatus &)> &row) const;

    /// Writes every row of the listing to `path` as CSV (the table's titles and cell texts,
    /// as CsvExport writes a table), each row as it is read: all or nothing. Returns the rows.
    Result<qint64> writeCsv(const QuotaListing &listing, const QDateTime &at, const QString &path) const;

    /// The SQL expression a column sorts by, over quota_status aliased `s`; empty for an
    /// unknown column. Numbers as numbers, unlimited limits above every limit, unlimited
    /// percentages below 0, levels by severity, emails without case.
    static QString sortExpression(int column);
    /// True when the column sorts by text (its keyset value is a QString).
    static bool sortsByText(int column);

private:
    QString m_connectionName;
};
