#pragma once

#include <QAbstractTableModel>
#include <QList>

/// Tokens per UTC hour, today against yesterday: 24 rows; columns hour, today, yesterday,
/// divided by a unit (1, 1,000 or 1,000,000 tokens: setValues picks the one that keeps
/// chart axes readable).
/// Charts map it with QVXYModelMapper; map today's series to the first
/// currentHour() + 1 rows only, the rest of today has not happened yet.
class HourlyTokensModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HourlyTokensModel)

public:
    enum Column { Hour, Today, Yesterday, ColumnCount };

    explicit HourlyTokensModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setValues(const QList<qint64> &today, const QList<qint64> &yesterday, int currentHour);
    qint64 maximum() const; // in tokens
    int currentHour() const { return m_currentHour; }
    double unit() const { return m_unit; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void currentHourChanged(int hour);

private:
    QList<qint64> m_today = QList<qint64>(24, 0);
    QList<qint64> m_yesterday = QList<qint64>(24, 0);
    int m_currentHour = 23;
    double m_unit = 1.0;
};
