#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "cache/CacheService.h"

/// The cache per type (system, session, content, extraction, then any other type found)
/// and a last row for all types: entries, hits, storage, cost saved, expired rows.
/// DisplayRole is formatted text for a table; Qt::UserRole the number (for sorting,
/// charts or tests).
class CacheTypeStatsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheTypeStatsModel)

public:
    enum Column { Type, Entries, Hits, StorageMb, CostSavedUsd, Expired, ColumnCount };

    explicit CacheTypeStatsModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setStats(const CacheStats &stats);
    /// The type of a row; empty for the all-types row.
    QString typeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString type; // empty = all types
        CacheTypeStats stats;
    };
    QList<Row> m_rows;
};
