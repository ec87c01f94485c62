#pragma once

#include <QAbstractTableModel>

#include "quota/UserUsageHistory.h"

/// A UserUsageHistory for charts: one row per day (oldest first); columns day index,
/// tokens counted, tokens a reset took off the count, and the daily limit — divided by
/// a unit (1, 1,000 or 1,000,000 tokens, chosen to keep axes readable).
/// DisplayRole is a number in every column (QVBarModelMapper and QVXYModelMapper read
/// that role); the day index is the row, the date is the vertical header and Qt::UserRole
/// of the Day column. The limit column is empty when the limit is unlimited.
class UserUsageHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserUsageHistoryModel)

public:
    enum Column { Day, Counted, BeforeReset, Limit, ColumnCount };

    explicit UserUsageHistoryModel(QObject *parent = nullptr);

    void setHistory(const UserUsageHistory &history);
    void clear();
    const UserUsageHistory &history() const { return m_history; }
    bool hasLimit() const { return m_history.dailyLimit.has_value(); }
    double unit() const { return m_unit; }
    qint64 maximum() const; ///< tokens: the highest day (both parts) or the limit
    QDate dayAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void historyChanged();

private:
    UserUsageHistory m_history;
    double m_unit = 1.0;
};
