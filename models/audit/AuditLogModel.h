#pragma once

#include <QDate>

#include "db/PagedQueryModel.h"

/// admin_action_logs, newest first, with the login and the action id of each row (from
/// its details and its audit-chain link), filterable by action, staff member (email, name
/// or login, or an action id) and date; loaded a page at a time.
class AuditLogModel final : public PagedQueryModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column { Id, When, Staff, Login, Action, Target, ActionId, Details, ColumnCount };

    struct Filter
    {
        QString action;  // exact; empty = all
        QString staff;   // part of the staff member's email, name or login, or a whole action id; empty = all
        QDate from;      // UTC days, inclusive; invalid = open
        QDate to;
        bool operator==(const Filter &) const = default;
    };

    explicit AuditLogModel(DatabaseWorker &worker, QObject *parent = nullptr);

    void setFilter(const Filter &filter);
    Filter filter() const { return m_filter; }

    /// The page loader (public for tests that run it directly).
    static Result<Page> load(const QString &connection, const Filter &filter, const QVariant &afterId, int limit);
    /// Distinct actions recorded, for a filter list.
    static Result<QStringList> actions(const QString &connection);

protected:
    QVariant display(int column, const QVariant &value) const override;

private:
    Filter m_filter;
};
