#pragma once
// Fixed instants for every test: one definition.

#include <QDateTime>
#include <QString>

/// "2026-11-24T23:59:59.999Z" (or without Z, or without milliseconds) as a UTC QDateTime.
inline QDateTime utc(const char *iso)
{
    QString text = QString::fromLatin1(iso);
    if (!text.endsWith(u'Z'))
        text += u'Z';
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

/// The SQL text form of a UTC time, for ?::timestamp.
inline QString sqlTime(const QDateTime &dt)
{
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}
