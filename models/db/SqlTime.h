#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

/// Upstream timestamps are `timestamp without time zone` holding UTC, and QPSQL would
/// read them as local time. So timestamps cross the driver as text only: bound as
/// "YYYY-MM-DD HH:MM:SS.zzz" (cast with ::timestamp in SQL) and read back through
/// quotadesk.iso() ("...Z").
namespace SqlTime {

inline QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

/// For a bind value: `at` in UTC, or the current time when `at` is invalid.
inline QString bind(const QDateTime &at)
{
    const QDateTime utc = at.isValid() ? at.toUTC() : nowUtc();
    return utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

/// PostgreSQL's 'infinity' and '-infinity' as instants past any real timestamp (PostgreSQL
/// spans 4713 BC to 294276 AD; these are the years -1,000,000 and 1,000,000), so comparisons need no special case:
/// an expiry at infinity never comes, one at -infinity has always passed.
inline QDateTime infinity()
{
    return QDateTime(QDate(1000000, 1, 1), QTime(0, 0), QTimeZone::utc());
}

inline QDateTime minusInfinity()
{
    return QDateTime(QDate(-1000000, 1, 1), QTime(0, 0), QTimeZone::utc());
}

/// +1 for infinity(), -1 for minusInfinity(), 0 for any other time.
inline int infinitySign(const QDateTime &at)
{
    if (at == infinity())
        return 1;
    return at == minusInfinity() ? -1 : 0;
}

/// From quotadesk.iso() text ("infinity" and "-infinity" included); invalid for NULL/empty.
inline QDateTime fromIso(const QString &text)
{
    if (text.isEmpty())
        return {};
    if (text == QLatin1String("infinity"))
        return infinity();
    if (text == QLatin1String("-infinity"))
        return minusInfinity();
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    return dt.toUTC();
}

/// ISO 8601 with Z, seconds precision: the JSON form ("infinity" / "-infinity" as
/// PostgreSQL writes them).
inline QString toIso(const QDateTime &dt)
{
    if (const int sign = infinitySign(dt))
        return sign > 0 ? QStringLiteral("infinity") : QStringLiteral("-infinity");
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace SqlTime
