#include "overview/HourlyTokensModel.h"

void HourlyTokensModel::setValues(const QList<qint64> &today, const QList<qint64> &yesterday, int currentHour)
{
    m_today = today.size() == 24 ? today : QList<qint64>(24, 0);
    m_yesterday = yesterday.size() == 24 ? yesterday : QList<qint64>(24, 0);
    m_currentHour = qBound(0, currentHour, 23);
    const qint64 top = maximum();
    m_unit = top >= 10'000'000 ? 1e6 : top >= 10'000 ? 1e3 : 1.0;
    emit currentHourChanged(m_currentHour);
    emit dataChanged(index(0, 0), index(23, ColumnCount - 1));
}

qint64 HourlyTokensModel::maximum() const
{
    qint64 top = 0;
    for (int h = 0; h < 24; ++h)
        top = std::max({top, m_today.at(h), m_yesterday.at(h)});
    return top;
}

int HourlyTokensModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 24;
}

int HourlyTokensModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HourlyTokensModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const int hour = index.row();
    switch (index.column()) {
    case Hour:
        return hour;
    case Today: // numbers even for DisplayRole: QVXYModelMapper reads that role
        return double(m_today.at(hour)) / m_unit;
    case Yesterday:
        return double(m_yesterday.at(hour)) / m_unit;
    default:
        return {};
    }
}

QVariant HourlyTokensModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section;
    switch (section) {
    case Hour:
        return tr("Hour (UTC)");
    case Today:
        return tr("Today");
    case Yesterday:
        return tr("Yesterday");
    default:
        return {};
    }
}
