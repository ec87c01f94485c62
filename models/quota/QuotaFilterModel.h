#pragma once

#include <QSortFilterProxyModel>

/// Filters and sorts a QuotaTableModel: text (part of the email or name; digits: the user
/// id or part of the email), plan, and level (the highest level of the daily, monthly and
/// hourly windows). Sorts by QuotaTableModel::SortRole, so numbers sort as numbers; ties
/// by user id.
class QuotaFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotaFilterModel)

public:
    /// Level filter values besides a level name ("ok", "warning", ...).
    static constexpr const char *AtRisk = "at_risk"; ///< warning or worse
    static constexpr const char *UnknownPlans = "unknown"; ///< plan filter: plans without a limits row

    explicit QuotaFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    /// Empty: every plan; UnknownPlans: plans without a limits row.
    void setPlan(const QString &plan);
    QString plan() const { return m_plan; }
    /// Empty: every level; a level name: users whose worst level is that one; AtRisk.
    void setLevel(const QString &level);
    QString level() const { return m_level; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QString m_plan;
    QString m_level;
};
