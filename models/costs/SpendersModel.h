#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "costs/CostSummary.h"

/// The month's top spenders as a table: user id, email, plan (now), tokens, cost.
/// DisplayRole is text for people; Qt::UserRole the raw value (cents for the cost), by
/// which the table sorts.
class SpendersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpendersModel)

public:
    enum Column { UserId, Email, Plan, Tokens, Cost, ColumnCount };

    explicit SpendersModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setSpenders(const QList<Spender> &spenders);
    int userIdAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row).userId : 0; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Spender> m_rows;
};
