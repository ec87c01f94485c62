#include "quota/UserUsageHistoryModel.h"

#include <algorithm>

UserUsageHistoryModel::UserUsageHistoryModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void UserUsageHistoryModel::setHistory(const UserUsageHistory &history)
{
    const bool sameShape = history.days.size() == m_history.days.size();
    if (!sameShape)
        beginResetModel();
    m_history = history;
    const qint64 top = maximum();
    m_unit = top >= 10'000'000 ? 1e6 : top >= 10'000 ? 1e3 : 1.0;
    if (!sameShape) {
        endResetModel();
    } else if (!m_history.days.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    }
    emit historyChanged();
}

void UserUsageHistoryModel::clear()
{
    setHistory({});
}

qint64 UserUsageHistoryModel::maximum() const
{
    qint64 top = m_history.dailyLimit.value_or(0);
    for (const DailyUsage &day : m_history.days)
        top = std::max(top, day.total());
    return top;
}

QDate UserUsageHistoryModel::dayAt(int row) const
{
    return row >= 0 && row < m_history.days.size() ? m_history.days.at(row).day : QDate();
}

int UserUsageHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_history.days.size());
}

int UserUsageHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserUsageHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DailyUsage &day = m_history.days.at(index.row());
    if (role == Qt::UserRole) { // raw values: the date and token counts
        switch (index.column()) {
        case Day:
            return day.day;
        case Counted:
            return day.counted;
        case BeforeReset:
            return day.beforeReset;
        case Limit:
            return m_history.dailyLimit ? QVariant(*m_history.dailyLimit) : QVariant();
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Day:
        return index.row();
    case Counted:
        return double(day.counted) / m_unit;
    case BeforeReset:
        return double(day.beforeReset) / m_unit;
    case Limit:
        return m_history.dailyLimit ? QVariant(double(*m_history.dailyLimit) / m_unit) : QVariant();
    default:
        return {};
    }
}

QVariant UserUsageHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_history.days.size() ? QVariant(m_history.days.at(section).day.toString(Qt::ISODate)) : QVariant();
    switch (section) {
    case Day:
        return tr("Day");
    case Counted:
        return tr("Counted against the daily limit");
    case BeforeReset:
        return tr("Before a reset (not counted)");
    case Limit:
        return tr("Daily limit");
    default:
        return {};
    }
}
