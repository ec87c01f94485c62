#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

/// How the whole product writes times, counts and lists of names for people: one place,
/// so the dashboard, its dialogs and quotactl say things the same way.
class DisplayText final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    /// "2026-12-02 14:05" in UTC (the data are UTC); empty for an invalid time.
    static QString minutes(const QDateTime &at);
    /// "2026-12-02 14:05:09" in UTC; empty for an invalid time.
    static QString seconds(const QDateTime &at);
    /// A count with the locale's digit grouping ("10,240"); the C locale gets English
    /// grouping, since "10240" is harder to read.
    static QString count(qint64 n);
    /// "a, b, c" or, past `shown` names, "a, b, c and 5 more".
    static QString names(const QStringList &names, int shown);
};
