#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "quota/QuotaTypes.h"

/// The top users by daily percentage, shaped for a stacked bar chart colored by level:
/// one row per user, one column per warning level (ok, warning, critical, exceeded).
/// Rows run from the N-th user up to the highest in the last row, because horizontal bar
/// charts draw the first category at the bottom (and Qt 6.4 does not reverse a bar
/// category axis). A user's percentage is in the column of its daily level and 0 in
/// the other three, so mapping each column to a bar set (QVBarModelMapper: a column is a
/// bar set, a row a category) gives every bar the color of its level.
///
/// DisplayRole is a number (bar mappers read that role). Users at 0 % get no bar.
/// Takes the statuses to rank (setStatuses): the Quotas page gives it the database's top
/// users (QuotaListingQuery::topByDailyPercentage), which this ranking agrees with.
class QuotaLevelBarsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotaLevelBarsModel)

public:
    enum Column { Ok, Warning, Critical, Exceeded, ColumnCount };
    enum Role { UserIdRole = Qt::UserRole + 1, LevelRole, EmailRole, PercentageRole };

    explicit QuotaLevelBarsModel(QObject *parent = nullptr);

    void setStatuses(const QList<QuotaStatus> &statuses);
    void setTopCount(int count);
    int topCount() const { return m_topCount; }

    int userIdAt(int row) const;
    int rowOfRank(int rank) const { return int(m_bars.size()) - 1 - rank; } ///< rank 0: the highest
    QString emailAt(int row) const;
    QString levelAt(int row) const;
    int percentageAt(int row) const;
    int maximumPercentage() const; ///< 0 without bars
    static int columnOfLevel(const QString &level);
    static QString levelOfColumn(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// After every update: the users, their order or their values may have changed.
    void barsChanged();

private:
    struct Bar
    {
        int userId = 0;
        QString email;
        QString level;
        int percentage = 0;
        bool operator==(const Bar &) const = default;
    };

    QList<QuotaStatus> m_lastStatuses; // for setTopCount
    QList<Bar> m_bars;
    int m_topCount = 15;
};
