#include "quota/QuotaListing.h"

#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTextStream>

#include "common/CsvExport.h"
#include "db/PagedQueryModel.h"
#include "db/SqlError.h"
#include "db/SqlTime.h"
#include "quota/QuotaLevel.h"
#include "quota/QuotaService.h"
#include "quota/QuotaTableModel.h"

namespace {

// The worst level of the three windows, by the SQL rule itself: warning_level() rises
// with the percentage, so the level of the highest percentage is the highest level.
const QString WorstLevel = QStringLiteral("quotadesk.warning_level(greatest(s.daily_percentage, s.monthly_percentage, s.hourly_percentage))");
const QString StatusSource = QStringLiteral("quotadesk.quota_status(?::timestamp, NULL) s");

/// SQL conditions over `s` and their values, in the order of the placeholders.
struct Conditions
{
    QStringList sql;
    QVariantList binds;

    QString where() const { return sql.isEmpty() ? QStringLiteral("TRUE") : sql.join(QStringLiteral(" AND ")); }
};

Conditions filtersOf(const QuotaListing &listing, bool withLevel)
{
    Conditions c;
    const QString text = listing.text.trimmed();
    if (!text.isEmpty()) {
        bool isNumber = false;
        const int id = text.toInt(&isNumber);
        const QString pattern = PagedQueryModel::containsPattern(text);
        if (isNumber) { // an id, or part of an email
            c.sql << QStringLiteral("(s.user_id = ? OR s.email ILIKE ?)");
            c.binds << id << pattern;
        } else {
            c.sql << QStringLiteral("(s.email ILIKE ? OR s.full_name ILIKE ?)");
            c.binds << pattern << pattern;
        }
    }
    if (listing.plan == QLatin1String(QuotaListing::UnknownPlans)) {
        c.sql << QStringLiteral("NOT s.limits_known");
    } else if (!listing.plan.isEmpty()) {
        c.sql << QStringLiteral("s.plan = ?");
        c.binds << listing.plan;
    }
    if (withLevel && !listing.level.isEmpty()) {
        if (listing.level == QLatin1String(QuotaListing::AtRisk)) {
            c.sql << WorstLevel + QStringLiteral(" <> ?");
            c.binds << QuotaLevel::all().constFirst();
        } else {
            c.sql << WorstLevel + QStringLiteral(" = ?");
            c.binds << listing.level;
        }
    }
    return c;
}

QVariant timeParameter(const QDateTime &at)
{
    return at.isValid() ? QVariant(SqlTime::bind(at)) : QVariant(QMetaType::fromType<QString>());
}

template <typename T>
Result<T> failed(const QSqlQuery &query)
{
    return Result<T>::failure(SqlError::message(query), SqlError::failureOf(query));
}

// Time to exhaustion (0025) of the users of `s`: every user's rates at once (a hash join),
// or, over a page already cut, each row's own (usage_rates for one user).
const QString AllRates = QStringLiteral(
    "LEFT JOIN quotadesk.usage_rates(coalesce(?::timestamp, quotadesk.utc_now()), NULL) r ON r.user_id = s.user_id");
const QString OneUsersRates = QStringLiteral(
    "LEFT JOIN LATERAL quotadesk.usage_rates(coalesce(?::timestamp, quotadesk.utc_now()), s.user_id) r ON true");
const QString ExhaustionOfS = QStringLiteral(
    "CROSS JOIN LATERAL quotadesk.exhaustion_times(coalesce(?::timestamp, quotadesk.utc_now()), s.daily_remaining, s.monthly_remaining, "
    "coalesce(r.tokens_last_hour, 0), coalesce(r.tokens_last_7_days, 0)) e");

/// The listing's rows in order: the status columns, the sort key `k`, then the daily and
/// monthly exhaustion times (ISO text). Sorting by an exhaustion time, or listing
/// everything (exports), computes every user's; a page sorted otherwise is cut first and
/// only its rows get theirs.
QString listingSql(const QuotaListing &listing, const Conditions &filters, const std::optional<QuotaListingKey> &after, bool limited)
{
    const QString key = QuotaListingQuery::sortExpression(listing.sortColumn);
    const bool descending = listing.order == Qt::DescendingOrder;
    QString keyset;
    if (after) {
        const QString cast = QuotaListingQuery::sortsByText(listing.sortColumn) ? QStringLiteral("text") : QStringLiteral("bigint");
        keyset = QStringLiteral(" WHERE (t.k %1 ?::%2 OR (t.k = ?::%2 AND t.user_id > ?))").arg(descending ? QStringLiteral("<") : QStringLiteral(">"), cast);
    }
    const QString order = QStringLiteral(" ORDER BY t.k %1, t.user_id").arg(descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    const QString times = QStringLiteral("quotadesk.iso(t.daily_exhausted_at), quotadesk.iso(t.monthly_exhausted_at)");
    if (!limited || QuotaTableModel::isExhaustionColumn(listing.sortColumn))
        return QStringLiteral("SELECT %1, t.k, %2 FROM (SELECT s.*, e.*, %3 AS k FROM %4 %5 %6 WHERE %7) t%8%9%10")
            .arg(QuotaService::statusColumns(), times, key, StatusSource, AllRates, ExhaustionOfS, filters.where(), keyset, order,
                 limited ? QStringLiteral(" LIMIT ?") : QString());
    const QString page = QStringLiteral("SELECT t.* FROM (SELECT s.*, %1 AS k FROM %2 WHERE %3) t%4%5 LIMIT ?")
                             .arg(key, StatusSource, filters.where(), keyset, order);
    return QStringLiteral("SELECT %1, t.k, %2 FROM (SELECT s.*, e.* FROM (%3) s %4 %5) t%6")
        .arg(QuotaService::statusColumns(), times, page, OneUsersRates, ExhaustionOfS, order);
}

/// The values of listingSql(), in the order of its placeholders.
void bindListing(QSqlQuery &query, const QuotaListing &listing, const QDateTime &at, const Conditions &filters,
                 const std::optional<QuotaListingKey> &after, std::optional<int> limit)
{
    const bool everyUsersRates = !limit || QuotaTableModel::isExhaustionColumn(listing.sortColumn);
    query.addBindValue(timeParameter(at)); // quota_status
    if (everyUsersRates) {
        query.addBindValue(timeParameter(at)); // usage_rates
        query.addBindValue(timeParameter(at)); // exhaustion_times
    }
    for (const QVariant &value : filters.binds)
        query.addBindValue(value);
    if (after) {
        query.addBindValue(after->sortKey);
        query.addBindValue(after->sortKey);
        query.addBindValue(after->userId);
    }
    if (limit)
        query.addBindValue(*limit);
    if (!everyUsersRates) { // the page's own rates, after it is cut
        query.addBindValue(timeParameter(at));
        query.addBindValue(timeParameter(at));
    }
}

/// A row of listingSql(): its status with the exhaustion times.
QuotaStatus listedStatus(const QSqlQuery &query)
{
    QuotaStatus status = QuotaService::statusFrom(query);
    const int times = int(QuotaService::statusColumns().count(u',')) + 2; // after the key
    status.projected = true;
    status.dailyExhaustedAt = SqlTime::fromIso(query.value(times).toString());
    status.monthlyExhaustedAt = SqlTime::fromIso(query.value(times + 1).toString());
    return status;
}

} // namespace

qint64 QuotaLevelCounts::forLevel(const QString &level) const
{
    if (level.isEmpty())
        return matching();
    if (level == QLatin1String(QuotaListing::AtRisk))
        return warning + critical + exceeded;
    switch (QuotaLevel::rank(level)) {
    case 0:
        return ok;
    case 1:
        return warning;
    case 2:
        return critical;
    case 3:
        return exceeded;
    default:
        return 0;
    }
}

QuotaListingQuery::QuotaListingQuery(QString connectionName) : m_connectionName(std::move(connectionName))
{
}

QString QuotaListingQuery::sortExpression(int column)
{
    static const QString levelRank = [] {
        QStringList quoted; // the level codes of QuotaLevel::all(), mildest first: constants, not user text
        for (const QString &level : QuotaLevel::all())
            quoted << u'\'' + level + u'\'';
        return QStringLiteral("(array_position(ARRAY[%1]::text[], s.%2_level) - 1)").arg(quoted.join(u','));
    }();
    const auto window = [column] {
        switch (QuotaTableModel::windowOf(column)) {
        case QuotaTableModel::Window::Monthly:
            return QStringLiteral("monthly");
        case QuotaTableModel::Window::Hourly:
            return QStringLiteral("hourly");
        case QuotaTableModel::Window::Daily:
            break;
        }
        return QStringLiteral("daily");
    };
    switch (column) {
    case QuotaTableModel::UserId:
        return QStringLiteral("s.user_id::bigint");
    case QuotaTableModel::Email:
        return QStringLiteral("coalesce(lower(s.email), '')");
    case QuotaTableModel::Plan:
        return QStringLiteral("s.plan");
    case QuotaTableModel::DailyUsed:
    case QuotaTableModel::MonthlyUsed:
        return QStringLiteral("s.%1_used").arg(window());
    case QuotaTableModel::HourlyCalls:
        return QStringLiteral("s.hourly_calls");
    case QuotaTableModel::DailyLimit:
    case QuotaTableModel::MonthlyLimit:
    case QuotaTableModel::HourlyLimit:
        return QStringLiteral("coalesce(s.%1_limit, 9223372036854775807)").arg(window());
    case QuotaTableModel::DailyPercent:
    case QuotaTableModel::MonthlyPercent:
    case QuotaTableModel::HourlyPercent:
        return QStringLiteral("(CASE WHEN s.%1_limit IS NULL THEN -1 ELSE s.%1_percentage END)::bigint").arg(window());
    case QuotaTableModel::DailyLevel:
    case QuotaTableModel::MonthlyLevel:
    case QuotaTableModel::HourlyLevel:
        return QStringLiteral("%1::bigint").arg(levelRank.arg(window()));
    case QuotaTableModel::DailyOut:
    case QuotaTableModel::MonthlyOut: // over `e` (listingSql); never out sorts last, as in QuotaTableModel
        return QStringLiteral("coalesce(extract(epoch FROM e.%1_exhausted_at)::bigint, 9223372036854775807)").arg(window());
    default:
        return {};
    }
}

bool QuotaListingQuery::sortsByText(int column)
{
    return column == QuotaTableModel::Email || column == QuotaTableModel::Plan;
}

Result<QDateTime> QuotaListingQuery::now() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // Milliseconds (what SqlTime binds), rounded up: a reset or a usage row written just
    // before stays inside the moment.
    if (!query.exec(QStringLiteral("SELECT to_char(date_trunc('milliseconds', n) + CASE WHEN n = date_trunc('milliseconds', n) "
                                   "THEN interval '0' ELSE interval '1 millisecond' END, 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') "
                                   "FROM quotadesk.utc_now() n"))
        || !query.next())
        return failed<QDateTime>(query);
    return SqlTime::fromIso(query.value(0).toString());
}

Result<QuotaListingPage> QuotaListingQuery::page(const QuotaListing &listing, const QDateTime &at,
                                                 const std::optional<QuotaListingKey> &after, int limit) const
{
    if (sortExpression(listing.sortColumn).isEmpty())
        return Result<QuotaListingPage>::failure(tr("Column %1 cannot be sorted.").arg(listing.sortColumn));
    const Conditions filters = filtersOf(listing, true);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(listingSql(listing, filters, after, true));
    bindListing(query, listing, at, filters, after, limit);
    if (!query.exec())
        return failed<QuotaListingPage>(query);
    QuotaListingPage page;
    const int keyColumn = int(QuotaService::statusColumns().count(u',')) + 1;
    QVariant lastKey;
    while (query.next()) {
        page.rows.append(listedStatus(query));
        lastKey = query.value(keyColumn);
    }
    if (query.lastError().isValid())
        return failed<QuotaListingPage>(query);
    if (!page.rows.isEmpty())
        page.last = QuotaListingKey{sortsByText(listing.sortColumn) ? QVariant(lastKey.toString()) : QVariant(lastKey.toLongLong()),
                                    page.rows.constLast().userId};
    return page;
}

Result<qint64> QuotaListingQuery::forEach(const QuotaListing &listing, const QDateTime &at,
                                          const std::function<bool(const QuotaStatus &)> &row) const
{
    if (sortExpression(listing.sortColumn).isEmpty())
        return Result<qint64>::failure(tr("Column %1 cannot be sorted.").arg(listing.sortColumn));
    const Conditions filters = filtersOf(listing, true);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true); // rows arrive one by one, never all in memory
    query.prepare(listingSql(listing, filters, std::nullopt, false));
    bindListing(query, listing, at, filters, std::nullopt, std::nullopt);
    if (!query.exec())
        return failed<qint64>(query);
    qint64 handed = 0;
    while (query.next()) {
        ++handed;
        if (!row(listedStatus(query)))
            break;
    }
    if (query.lastError().isValid())
        return failed<qint64>(query);
    return handed;
}

Result<QuotaLevelCounts> QuotaListingQuery::levelCounts(const QuotaListing &listing, const QDateTime &at) const
{
    // Grouped by the worst level: it is computed once per user.
    const Conditions filters = filtersOf(listing, false);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 AS w, count(*) FILTER (WHERE %2), count(*) FROM %3 GROUP BY 1")
                      .arg(WorstLevel, filters.where(), StatusSource));
    for (const QVariant &value : filters.binds)
        query.addBindValue(value);
    query.addBindValue(timeParameter(at));
    if (!query.exec())
        return failed<QuotaLevelCounts>(query);
    QuotaLevelCounts counts;
    while (query.next()) {
        const qint64 matching = query.value(1).toLongLong();
        counts.allUsers += query.value(2).toLongLong();
        switch (QuotaLevel::rank(query.value(0).toString())) {
        case 0:
            counts.ok = matching;
            break;
        case 1:
            counts.warning = matching;
            break;
        case 2:
            counts.critical = matching;
            break;
        case 3:
            counts.exceeded = matching;
            break;
        default:
            break;
        }
    }
    if (query.lastError().isValid())
        return failed<QuotaLevelCounts>(query);
    return counts;
}

Result<QList<QuotaPlanChoice>> QuotaListingQuery::plans() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT plan, bool_and(limits_known) FROM quotadesk.user_limits GROUP BY plan ORDER BY plan")))
        return failed<QList<QuotaPlanChoice>>(query);
    QList<QuotaPlanChoice> plans;
    while (query.next())
        plans.append({query.value(0).toString(), query.value(1).toBool()});
    if (query.lastError().isValid())
        return failed<QList<QuotaPlanChoice>>(query);
    return plans;
}

Result<QList<QuotaStatus>> QuotaListingQuery::topByDailyPercentage(int count, const QDateTime &at) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE s.daily_limit IS NOT NULL AND s.daily_percentage > 0 "
                                 "ORDER BY s.daily_percentage DESC, s.daily_used DESC, s.user_id LIMIT ?")
                      .arg(QuotaService::statusColumns(), StatusSource));
    query.addBindValue(timeParameter(at));
    query.addBindValue(count);
    if (!query.exec())
        return failed<QList<QuotaStatus>>(query);
    QList<QuotaStatus> top;
    while (query.next())
        top.append(QuotaService::statusFrom(query));
    if (query.lastError().isValid())
        return failed<QList<QuotaStatus>>(query);
    return top;
}

Result<qint64> QuotaListingQuery::writeCsv(const QuotaListing &listing, const QDateTime &at, const QString &path) const
{
    QSaveFile file(path); // all or nothing: a failed export leaves no half file
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return Result<qint64>::failure(CsvExport::tr("Cannot write %1: %2").arg(path, file.errorString()));
    QTextStream out(&file);
    QStringList cells;
    for (int column = 0; column < QuotaTableModel::ColumnCount; ++column)
        cells << CsvExport::field(QuotaTableModel::columnTitle(column));
    out << cells.join(u',') << '\n';
    bool writing = true;
    const Result<qint64> rows = forEach(listing, at, [&](const QuotaStatus &s) {
        cells.clear();
        for (int column = 0; column < QuotaTableModel::ColumnCount; ++column)
            cells << CsvExport::field(QuotaTableModel::displayText(s, column));
        out << cells.join(u',') << '\n';
        writing = out.status() == QTextStream::Ok;
        return writing;
    });
    if (!rows)
        return rows;
    out.flush();
    if (!writing || !file.commit())
        return Result<qint64>::failure(CsvExport::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return rows;
}

Result<QuotaListingQuery::DailySummary> QuotaListingQuery::dailySummary(const QDateTime &at) const
{
    const QStringList levels = QuotaLevel::all();
    QStringList counts;
    for (qsizetype i = 0; i < levels.size(); ++i)
        counts << QStringLiteral("count(*) FILTER (WHERE s.daily_level = ?)");
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT count(*), %1 FROM %2").arg(counts.join(QStringLiteral(", ")), StatusSource));
    for (const QString &level : levels)
        query.addBindValue(level);
    query.addBindValue(timeParameter(at));
    if (!query.exec() || !query.next())
        return failed<DailySummary>(query);
    DailySummary summary;
    summary.total = query.value(0).toLongLong();
    for (qsizetype i = 0; i < levels.size(); ++i)
        summary.levels.append({levels.at(i), query.value(int(i) + 1).toLongLong()});
    return summary;
}

Result<qint64> QuotaListingQuery::forEachByPercentage(const QDateTime &at, const QString &period, const QString &minLevel, qint64 limit,
                                                      const std::function<bool(const QuotaStatus &)> &row) const
{
    // Whitelisted: the period names a column, never user text.
    const int column = period == QLatin1String("monthly") ? QuotaTableModel::MonthlyPercent
                       : period == QLatin1String("hourly") ? QuotaTableModel::HourlyPercent
                       : period == QLatin1String("daily")  ? QuotaTableModel::DailyPercent
                                                           : -1;
    if (column < 0)
        return Result<qint64>::failure(tr("Unknown period \"%1\".").arg(period));
    const QString percentage = QStringLiteral("s.%1_percentage").arg(period == QLatin1String("hourly") ? QStringLiteral("hourly") : period);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true); // rows arrive one by one, never all in memory
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 >= ? ORDER BY %4 DESC, s.user_id%5")
                      .arg(QuotaService::statusColumns(), StatusSource, sortExpression(QuotaTableModel::DailyLevel), percentage,
                           limit > 0 ? QStringLiteral(" LIMIT ?") : QString()));
    query.addBindValue(timeParameter(at));
    query.addBindValue(std::max(0, QuotaLevel::rank(minLevel)));
    if (limit > 0)
        query.addBindValue(limit);
    if (!query.exec())
        return failed<qint64>(query);
    qint64 handed = 0;
    while (query.next()) {
        ++handed;
        if (!row(QuotaService::statusFrom(query)))
            break;
    }
    if (query.lastError().isValid())
        return failed<qint64>(query);
    return handed;
}
