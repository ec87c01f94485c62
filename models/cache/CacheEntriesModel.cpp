#include "cache/CacheEntriesModel.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "common/DisplayText.h"
#include "db/SqlError.h"
#include "db/SqlTime.h"

namespace {

QVariant noInt()
{
    return QVariant(QMetaType::fromType<int>());
}

} // namespace

CacheEntriesModel::CacheEntriesModel(DatabaseWorker &worker, QObject *parent)
    : PagedQueryModel(worker,
                      {tr("ID"), tr("Key"), tr("Type"), tr("User"), tr("Created (UTC)"), tr("Expires (UTC)"), tr("Hits"), tr("Size")},
                      Id, parent)
{
}

void CacheEntriesModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    if (!m_filter.at.isValid())
        m_filter.at = SqlTime::nowUtc(); // every page of this listing judges expiry at one instant
    setLoader([filter = m_filter](const QString &connection, const QVariant &afterId, int limit) {
        return load(connection, filter, afterId, limit);
    });
}

int CacheEntriesModel::rowOfId(qint64 id) const
{
    for (int r = 0; r < rowCount(); ++r) {
        if (rowValues(r).value(Id).toLongLong() == id)
            return r;
    }
    return -1;
}

Result<PagedQueryModel::Page> CacheEntriesModel::load(const QString &connection, const Filter &filter, const QVariant &afterId, int limit)
{
    // Newest first by id, the next page after the last id loaded: every filter keeps to
    // an index on id (or on the owner), whatever the table's size. octet_length() reads
    // the stored size without detoasting cache_data.
    QSqlQuery query(QSqlDatabase::database(connection, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT c.id, c.cache_key, c.cache_type, "
        "       CASE WHEN c.user_id IS NULL THEN NULL ELSE coalesce(u.email, '#' || c.user_id) END, "
        "       quotadesk.iso(c.created_at), quotadesk.iso(c.expires_at), coalesce(c.access_count, 0), "
        "       octet_length(c.cache_data), c.user_id, coalesce(c.expires_at <= ?::timestamp, false) "
        "FROM public.ai_cache c LEFT JOIN public.users u ON u.id = c.user_id "
        "WHERE (?::text IS NULL OR c.cache_type = ?::text) "
        "  AND (?::integer IS NULL OR c.user_id = ?::integer) "
        "  AND (NOT ?::boolean OR c.user_id IS NULL) "
        "  AND (?::text IS NULL OR c.user_id IN (SELECT e.id FROM public.users e WHERE e.email ILIKE ?::text)) "
        "  AND (?::text IS NULL OR c.cache_key ILIKE ?::text) "
        "  AND (NOT ?::boolean OR c.expires_at <= ?::timestamp) "
        "  AND (NOT ?::boolean OR c.expires_at IS NULL OR c.expires_at > ?::timestamp) "
        "  AND (?::integer IS NULL OR c.id < ?::integer) "
        "ORDER BY c.id DESC LIMIT ?"));

    const QString at = SqlTime::bind(filter.at);
    const QString user = filter.user.trimmed();
    static const QRegularExpression digits(QStringLiteral("^\\d{1,10}$"));
    const bool byId = digits.match(user).hasMatch() && user.toLongLong() <= std::numeric_limits<int>::max();
    const bool systemOnly = !byId && (user.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0
                                      || user.compare(tr("system"), Qt::CaseInsensitive) == 0);
    const bool byEmail = !user.isEmpty() && !byId && !systemOnly;
    const QVariant type = textOrNull(filter.type);
    const QVariant userId = byId ? QVariant(user.toInt()) : noInt();
    const QVariant email = textOrNull(byEmail ? containsPattern(user) : QString());
    const QVariant key = textOrNull(filter.key.isEmpty() ? QString() : containsPattern(filter.key));
    const QVariant after = idOrNull(afterId);

    query.addBindValue(at);
    for (const QVariant &v : {type, type, userId, userId})
        query.addBindValue(v);
    query.addBindValue(systemOnly);
    for (const QVariant &v : {email, email, key, key})
        query.addBindValue(v);
    query.addBindValue(filter.expiry == Expiry::ExpiredOnly);
    query.addBindValue(at);
    query.addBindValue(filter.expiry == Expiry::LiveOnly);
    query.addBindValue(at);
    query.addBindValue(after);
    query.addBindValue(after);
    query.addBindValue(limit);
    if (!query.exec())
        return Result<Page>::failure(SqlError::message(query));

    Page rows;
    while (query.next()) {
        QVariantList row;
        row.reserve(ExpiredValue + 1);
        row << query.value(0).toLongLong() << query.value(1).toString() << query.value(2).toString()
            << (query.isNull(3) ? textOrNull({}) : QVariant(query.value(3).toString()))
            << SqlTime::fromIso(query.value(4).toString())
            << (query.isNull(5) ? QVariant(QDateTime()) : QVariant(SqlTime::fromIso(query.value(5).toString())))
            << query.value(6).toLongLong() << query.value(7).toLongLong()
            << (query.isNull(8) ? noInt() : QVariant(query.value(8).toInt())) << query.value(9).toBool();
        rows << row;
    }
    return rows;
}

Result<std::optional<CacheEntryDetails>> CacheEntriesModel::loadEntry(const QString &connection, qint64 id, const QDateTime &at)
{
    using R = Result<std::optional<CacheEntryDetails>>;
    QSqlQuery query(QSqlDatabase::database(connection, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT %1, u.email, octet_length(c.cache_data), coalesce(c.expires_at <= ?::timestamp, false), "
        "       octet_length(left(c.cache_data, %2)) < octet_length(c.cache_data) "
        "FROM public.ai_cache c LEFT JOIN public.users u ON u.id = c.user_id WHERE c.id = ?")
                      .arg(CacheEntry::columns(QStringLiteral("c"), PreviewCharacters))
                      .arg(PreviewCharacters));
    query.addBindValue(SqlTime::bind(at));
    query.addBindValue(QVariant(id));
    if (!query.exec())
        return R::failure(SqlError::message(query));
    if (!query.next())
        return std::optional<CacheEntryDetails>();

    CacheEntryDetails details;
    details.entry = CacheEntry::fromRow(query);
    details.ownerEmail = query.value(10).toString();
    details.bytes = query.value(11).toLongLong();
    details.expired = query.value(12).toBool();
    details.truncated = query.value(13).toBool();
    if (details.truncated)
        details.entry.dataIsJson = false;
    return std::optional<CacheEntryDetails>(std::move(details));
}

QVariant CacheEntriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::TextAlignmentRole && (index.column() == Hits || index.column() == Size || index.column() == Id))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole && (index.column() == Key || index.column() == User))
        return DisplayText::plainToolTip(data(index, Qt::DisplayRole).toString()); // elided in a narrow column
    if (role == Qt::DisplayRole && index.column() == Expires) {
        const QVariantList row = rowValues(index.row());
        const QDateTime expires = row.value(Expires).toDateTime();
        if (CacheEntry::neverExpires(expires))
            return tr("never");
        if (row.value(ExpiredValue).toBool())
            return tr("%1 (expired)").arg(DisplayText::minutes(expires));
        return DisplayText::minutes(expires);
    }
    return PagedQueryModel::data(index, role);
}

QVariant CacheEntriesModel::display(int column, const QVariant &value) const
{
    switch (column) {
    case User:
        return value.isNull() ? QVariant(tr("system")) : value;
    case Created:
        return DisplayText::minutes(value.toDateTime());
    case Hits:
        return QLocale().toString(value.toLongLong());
    case Size:
        if (value.toLongLong() < 1024)
            return tr("%1 B").arg(value.toLongLong());
        return sizeText(value.toLongLong());
    default:
        return value;
    }
}

QString CacheEntriesModel::sizeText(qint64 bytes)
{
    // Our own units: Qt 6.4's Swahili locale data garble formattedDataSize().
    const QLocale locale;
    if (bytes < 1024)
        return tr("%1 B").arg(locale.toString(bytes));
    if (bytes < 1024 * 1024)
        return tr("%1 kB").arg(locale.toString(bytes / 1024.0, 'f', 1));
    return tr("%1 MB").arg(locale.toString(bytes / (1024.0 * 1024.0), 'f', 1));
}
