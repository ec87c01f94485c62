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

/// From quotadesk.iso() text; invalid for NULL/empty.
inline QDateTime fromIso(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    return dt.toUTC();
}

/// ISO 8601 with Z, seconds precision: the JSON form.
inline QString toIso(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace SqlTime
