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
    /// "2026-12-02 14:05:09" in UTC; empty for an invalid time. Both name PostgreSQL's
    /// infinite timestamps (SqlTime::infinity()) as infinite().
    static QString seconds(const QDateTime &at);
    /// "∞ (infinity)" for sign > 0, "−∞ (minus infinity)" otherwise.
    static QString infinite(int sign);
    /// A count with the locale's digit grouping ("10,240"); the C locale gets English
    /// grouping, since "10240" is harder to read.
    static QString count(qint64 n);
    /// A tooltip that shows `text` as written: Qt reads a tooltip that looks like HTML as
    /// HTML, so a name "<b>x</b>" would turn bold. Escaped, in a paragraph that keeps line
    /// breaks; empty for empty text (no tooltip).
    static QString plainToolTip(const QString &text);
    /// US cents as dollars in the locale's currency format ("$1,234.56"), exact at any
    /// size: a double holds whole cents only up to 2^53.
    static QString usdFromCents(qint64 cents);
    /// Dollars with cents as the locale writes money ("$579.76"; the C locale as English),
    /// for amounts that are not whole cents (the cache's savings).
    static QString usd(double dollars);
    /// A span of time, rounded for people: "about 45 min", "about 2 h 10 min",
    /// "about 3 days 4 h"; "less than a minute" below one.
    static QString aboutDuration(qint64 seconds);
    /// When a quota runs out at the current pace, from `from` (a QuotaProjection time):
    /// "out now", "out in about 2 h 10 min (14:35 UTC)", or "lasts until it resets".
    static QString exhaustion(const QDateTime &exhaustedAt, const QDateTime &from);
    /// "a, b, c" or, past `shown` names, "a, b, c and 5 more".
    static QString names(const QStringList &names, int shown);
};
