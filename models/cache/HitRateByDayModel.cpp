#include "cache/HitRateByDayModel.h"

#include <algorithm>

#include <QLocale>

void HitRateByDayModel::setDays(const QList<CacheDayHitRate> &days, QDate first, QDate last)
{
    QList<CacheDayHitRate> known;
    for (const CacheDayHitRate &day : days) {
        if (day.hitRate && day.day.isValid())
            known << day;
    }
    std::sort(known.begin(), known.end(), [](const CacheDayHitRate &a, const CacheDayHitRate &b) { return a.day < b.day; });
    if (!last.isValid())
        last = known.isEmpty() ? QDate() : known.constLast().day;
    if (!first.isValid())
        first = known.isEmpty() ? last : known.constFirst().day;
    if (first.isValid() && last.isValid() && first > last)
        std::swap(first, last);

    beginResetModel();
    m_days = known;
    m_first = first;
    m_last = last;
    endResetModel();
    emit windowChanged();
}

int HitRateByDayModel::dayCount() const
{
    return m_first.isValid() && m_last.isValid() ? int(m_first.daysTo(m_last)) + 1 : 1;
}

int HitRateByDayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

int HitRateByDayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HitRateByDayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CacheDayHitRate &day = m_days.at(index.row());
    if (role == Qt::ToolTipRole) {
        const QLocale locale;
        return tr("%1: %2 % of %3 lookups").arg(locale.toString(day.day, QLocale::ShortFormat),
                                                 locale.toString(day.hitRate.value_or(0) * 100.0, 'f', 1),
                                                 locale.toString(day.hits + day.misses));
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case DayOffset:
        return double(m_first.isValid() ? m_first.daysTo(day.day) : 0);
    case HitRatePercent:
        return day.hitRate.value_or(0) * 100.0; // rows exist only for days with a rate
    case Hits:
        return day.hits;
    case Misses:
        return day.misses;
    case Day:
        return day.day;
    default:
        return {};
    }
}

QVariant HitRateByDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case DayOffset:
        return tr("Day of the window");
    case HitRatePercent:
        return tr("Hit rate (%)");
    case Hits:
        return tr("Hits");
    case Misses:
        return tr("Misses");
    case Day:
        return tr("Day (UTC)");
    default:
        return {};
    }
}
