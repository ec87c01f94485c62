#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include "quota/QuotaTypes.h"

/// Every user's quota status (QuotaService::overview()), one row per user: daily and
/// monthly tokens, hourly calls, each with used, limit, percentage and warning level.
///
/// DisplayRole is text formatted for the default QLocale; SortRole is the number to sort
/// by (unlimited limits sort above every limit, levels by severity); LevelRole names the
/// warning level of a window's cells ("ok", "warning", "critical", "exceeded"), for the
/// UI to color. Widgets-free: colors are the UI's business.
///
/// setStatuses() with the same users in the same order (the usual refresh) updates the
/// cells in place, so views keep their selection, scroll position and sort.
///
/// Holds what it is given; QuotaPagedModel fills it a page at a time from the database.
class QuotaTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotaTableModel)

public:
    enum Column {
        UserId,
        Email,
        Plan,
        DailyUsed,
        DailyLimit,
        DailyPercent,
        DailyLevel,
        MonthlyUsed,
        MonthlyLimit,
        MonthlyPercent,
        MonthlyLevel,
        HourlyCalls,
        HourlyLimit,
        HourlyPercent,
        HourlyLevel,
        DailyOut,   ///< when the daily quota runs out at the last 60 minutes' pace
        MonthlyOut, ///< when the monthly quota runs out at the last 7 days' pace
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< qlonglong (numbers, level rank) or QString (text)
        LevelRole,                   ///< level of the cell's window; null for UserId, Email, Plan
        UserIdRole,                  ///< on every cell
        LimitsKnownRole,             ///< on every cell: false when the plan has no limits row
        WorstLevelRole,              ///< on every cell: highest level of the three windows
    };
    enum class Window { Daily, Monthly, Hourly };

    explicit QuotaTableModel(QObject *parent = nullptr);

    void setStatuses(QList<QuotaStatus> statuses);
    const QList<QuotaStatus> &statuses() const { return m_statuses; }
    const QuotaStatus *statusAt(int row) const;
    const QuotaStatus *statusOf(int userId) const;
    int rowOfUser(int userId) const; ///< -1 when unknown
    /// Plans present, sorted.
    QStringList plans() const;

    static QString worstLevel(const QuotaStatus &status);
    /// The text a cell shows (DisplayRole) and a column's title: also what CSV exports write.
    static QString displayText(const QuotaStatus &status, int column);
    static QString columnTitle(int column);
    static Window windowOf(int column);
    static bool isLevelColumn(int column);
    static bool isExhaustionColumn(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void statusesChanged();

protected:
    /// Adds rows at the end (the next page).
    void appendStatuses(const QList<QuotaStatus> &statuses);

private:
    QVariant sortValue(const QuotaStatus &s, int column) const;

    QList<QuotaStatus> m_statuses;
    QHash<int, int> m_rowOfUser;
};
