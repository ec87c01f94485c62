#include "quota/QuotaLevelBarsModel.h"

#include <algorithm>

#include "quota/QuotaLevel.h"

QuotaLevelBarsModel::QuotaLevelBarsModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void QuotaLevelBarsModel::setTopCount(int count)
{
    m_topCount = std::max(1, count);
    setStatuses(QList<QuotaStatus>(m_lastStatuses));
}

void QuotaLevelBarsModel::setStatuses(const QList<QuotaStatus> &statuses)
{
    m_lastStatuses = statuses;

    // Rank by daily percentage (then tokens, then id): a partial sort of pointers.
    QList<const QuotaStatus *> ranked;
    ranked.reserve(statuses.size());
    for (const QuotaStatus &s : statuses)
        if (s.daily.percentage > 0 && !s.daily.isUnlimited())
            ranked.append(&s);
    const auto before = [](const QuotaStatus *a, const QuotaStatus *b) {
        if (a->daily.percentage != b->daily.percentage)
            return a->daily.percentage > b->daily.percentage;
        if (a->daily.used != b->daily.used)
            return a->daily.used > b->daily.used;
        return a->userId < b->userId;
    };
    const qsizetype n = std::min<qsizetype>(m_topCount, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + n, ranked.end(), before);
    QList<Bar> bars;
    bars.reserve(n);
    for (qsizetype i = n - 1; i >= 0; --i) // the highest last
        bars.append({ranked.at(i)->userId, ranked.at(i)->email, ranked.at(i)->daily.warningLevel, ranked.at(i)->daily.percentage});

    if (bars.size() == m_bars.size()) {
        if (bars != m_bars) {
            m_bars = std::move(bars);
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
            emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        }
    } else {
        beginResetModel();
        m_bars = std::move(bars);
        endResetModel();
    }
    emit barsChanged();
}

int QuotaLevelBarsModel::userIdAt(int row) const
{
    return row >= 0 && row < m_bars.size() ? m_bars.at(row).userId : 0;
}

QString QuotaLevelBarsModel::emailAt(int row) const
{
    return row >= 0 && row < m_bars.size() ? m_bars.at(row).email : QString();
}

QString QuotaLevelBarsModel::levelAt(int row) const
{
    return row >= 0 && row < m_bars.size() ? m_bars.at(row).level : QString();
}

int QuotaLevelBarsModel::percentageAt(int row) const
{
    return row >= 0 && row < m_bars.size() ? m_bars.at(row).percentage : 0;
}

int QuotaLevelBarsModel::maximumPercentage() const
{
    int top = 0;
    for (const Bar &bar : m_bars)
        top = std::max(top, bar.percentage);
    return top;
}

int QuotaLevelBarsModel::columnOfLevel(const QString &level)
{
    const int rank = QuotaLevel::rank(level);
    return rank < 0 ? Ok : rank;
}

QString QuotaLevelBarsModel::levelOfColumn(int column)
{
    return QuotaLevel::all().value(column);
}

int QuotaLevelBarsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bars.size());
}

int QuotaLevelBarsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuotaLevelBarsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Bar &bar = m_bars.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: // a number even for DisplayRole: bar model mappers read that role
        return columnOfLevel(bar.level) == index.column() ? double(bar.percentage) : 0.0;
    case UserIdRole:
        return bar.userId;
    case LevelRole:
        return bar.level;
    case EmailRole:
        return bar.email;
    case PercentageRole:
        return bar.percentage;
    default:
        return {};
    }
}

QVariant QuotaLevelBarsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_bars.size() ? QVariant(m_bars.at(section).email) : QVariant();
    if (section < 0 || section >= ColumnCount)
        return {};
    return QuotaLevel::displayName(levelOfColumn(section));
}
