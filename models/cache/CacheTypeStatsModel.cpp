#include "cache/CacheTypeStatsModel.h"

#include <QLocale>

#include "common/DisplayText.h"

void CacheTypeStatsModel::setStats(const CacheStats &stats)
{
    QList<Row> rows;
    QStringList order = CacheService::types();
    for (auto it = stats.byType.constBegin(); it != stats.byType.constEnd(); ++it) {
        if (!order.contains(it.key()))
            order << it.key();
    }
    for (const QString &type : std::as_const(order))
        rows << Row{type, stats.byType.value(type)};
    CacheTypeStats total;
    total.entries = stats.totalEntries;
    total.hits = stats.totalHits;
    total.storageMb = stats.storageMb;
    total.costSavedUsd = stats.costSavedUsd;
    total.expired = stats.expiredEntries;
    total.averageTtlMinutes = stats.averageTtlMinutes;
    rows << Row{QString(), total};

    if (rows.size() == m_rows.size()) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString CacheTypeStatsModel::typeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).type : QString();
}

int CacheTypeStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CacheTypeStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CacheTypeStatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const CacheTypeStats &s = row.stats;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment((index.column() == Type ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Type:
            return row.type;
        case Entries:
            return s.entries;
        case Hits:
            return s.hits;
        case StorageMb:
            return s.storageMb;
        case CostSavedUsd:
            return s.costSavedUsd;
        case Expired:
            return s.expired;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() != Type)
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Type:
        if (role == Qt::ToolTipRole)
            return s.averageTtlMinutes ? tr("Average lifetime %1 minutes").arg(locale.toString(*s.averageTtlMinutes, 'f', 0))
                                       : tr("Never expires");
        return row.type.isEmpty() ? tr("All types") : row.type;
    case Entries:
        return locale.toString(s.entries);
    case Hits:
        return locale.toString(s.hits);
    case StorageMb:
        return tr("%1 MB").arg(locale.toString(s.storageMb, 'f', 2));
    case CostSavedUsd:
        return DisplayText::usd(s.costSavedUsd);
    case Expired:
        return locale.toString(s.expired);
    default:
        return {};
    }
}

QVariant CacheTypeStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Type:
        return tr("Type");
    case Entries:
        return tr("Entries");
    case Hits:
        return tr("Hits");
    case StorageMb:
        return tr("Storage");
    case CostSavedUsd:
        return tr("Cost saved");
    case Expired:
        return tr("Expired");
    default:
        return {};
    }
}
