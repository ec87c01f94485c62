#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

#include "cache/CacheService.h"

/// The cache hit rate per UTC day from recorded lookups, for a chart and its table.
/// Only days with lookups have a row: a day without any has no rate, and no invented
/// zero either. Columns DayOffset (days since firstDay(), the x of a chart) and
/// HitRatePercent return numbers for DisplayRole too: QVXYModelMapper reads that role.
class HitRateByDayModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HitRateByDayModel)

public:
    enum Column { DayOffset, HitRatePercent, Hits, Misses, Day, ColumnCount };

    explicit HitRateByDayModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    /// Days from `first` to `last` (UTC) make the window; `first` invalid = the first
    /// day with lookups (or `last`).
    void setDays(const QList<CacheDayHitRate> &days, QDate first, QDate last);

    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    /// Days in the window, at least 1.
    int dayCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void windowChanged();

private:
    QList<CacheDayHitRate> m_days; // with a rate only, by day
    QDate m_first;
    QDate m_last;
};
