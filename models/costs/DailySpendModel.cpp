#include "costs/DailySpendModel.h"

#include <QLocale>

void DailySpendModel::setSummary(const CostSummary &summary)
{
    beginResetModel();
    m_days.clear();
    m_cents.clear();
    m_keys = summary.keys;
    for (QDate d = summary.firstDay; d.isValid() && d <= summary.lastDay; d = d.addDays(1)) {
        m_days << d;
        m_cents << QList<qint64>(m_keys.size(), 0);
    }
    for (const DaySpend &spend : summary.daily) {
        const qsizetype row = summary.firstDay.daysTo(spend.day);
        const qsizetype column = m_keys.indexOf(spend.key);
        if (row >= 0 && row < m_days.size() && column >= 0)
            m_cents[row][column] += spend.cents;
    }
    endResetModel();
}

qint64 DailySpendModel::highestDayCents() const
{
    qint64 highest = 0;
    for (const QList<qint64> &day : m_cents) {
        qint64 sum = 0;
        for (qint64 cents : day)
            sum += cents;
        highest = std::max(highest, sum);
    }
    return highest;
}

int DailySpendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

int DailySpendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size()) + 1;
}

QVariant DailySpendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QDate day = m_days.at(index.row());
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return day.toString(Qt::ISODate);
        if (role == Qt::UserRole)
            return day;
        return {};
    }
    const qint64 cents = m_cents.at(index.row()).at(index.column() - 1);
    if (role == Qt::DisplayRole)
        return double(cents) / 100.0;
    if (role == Qt::UserRole)
        return cents;
    return {};
}

QVariant DailySpendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_days.size() ? QVariant(QLocale().toString(m_days.at(section), QStringLiteral("MMM d"))) : QVariant();
    if (section == 0)
        return tr("Day (UTC)");
    return section > 0 && section <= m_keys.size() ? QVariant(m_keys.at(section - 1)) : QVariant();
}
