#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QStringList>

#include "costs/CostSummary.h"

/// Spend per UTC day and key (model, task or plan), for a stacked bar chart: one row per
/// day of the summary's range (oldest first, days without spend at 0), column 0 the day,
/// then one column per key (by spend). DisplayRole is dollars as a number in the key
/// columns (QVBarModelMapper reads that role) and the date text in the day column;
/// Qt::UserRole holds the cents and the QDate.
class DailySpendModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailySpendModel)

public:
    explicit DailySpendModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setSummary(const CostSummary &summary);
    QStringList keys() const { return m_keys; }
    QDate dayAt(int row) const { return m_days.value(row); }
    qint64 highestDayCents() const; ///< the tallest stack

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QDate> m_days;
    QStringList m_keys;
    QList<QList<qint64>> m_cents; // [day][key]
};
