#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "common/Result.h"

/// The database's trust set-up (0009_roles.sql): which login holds which Quotadesk group
/// role and acts as which staff account. What `quotactl grant`, `revoke` and `grants`
/// run; the caller is a DBA (a superuser or a role with CREATEROLE).
class StaffLogins final
{
    Q_DECLARE_TR_FUNCTIONS(StaffLogins)

public:
    struct Grant
    {
        QString login;
        QStringList roles; // short names: admin, delegate, service, viewer
        QString staffEmail; // empty: no staff account
    };

    explicit StaffLogins(QString connectionName) : m_connectionName(std::move(connectionName)) {}

    /// The short role names `--role` takes, in the order help lists them.
    static QStringList roleNames();
    /// "viewer" -> "quotadesk_viewer".
    static QString groupRole(const QString &roleName);

    /// Grants the group roles to `login` and, with `staffId`, maps it to that staff account
    /// (replacing an earlier mapping): one transaction. viewer and admin need a staff account.
    Status grant(const QString &login, const QStringList &roles, std::optional<int> staffId) const;
    /// Revokes every quotadesk_* role from `login` and drops its staff mapping; returns the
    /// short names of the roles it held.
    Result<QStringList> revoke(const QString &login) const;
    /// Every login holding a Quotadesk role or mapped to a staff account, by login.
    Result<QList<Grant>> list() const;

private:
    QString m_connectionName;
};
