#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "common/Result.h"
#include "users/UserLookup.h"

/// What the connected login may do (0009_roles.sql): whether its admin actions can succeed,
/// the role it holds, and the staff account it acts as. Shown by the dashboard; the
/// database decides anyway.
struct Access
{
    /// False on a database without the roles (older schema): then everything is allowed.
    bool known = false;
    bool canAct = true;
    /// Superusers, the owner role and quotadesk_delegate members may name any staff account.
    bool mayActForOthers = true;
    QString login;
    QString roleName; // "admin", "viewer (read only)", "superuser" …; empty when unknown
    QString reason;   // why admin actions are refused; empty when canAct
    std::optional<UserRef> staff; // the login's own staff account, if mapped
};

/// Asks the server about the session's login (session_user), on a worker's connection.
class AccessCheck final
{
    Q_DECLARE_TR_FUNCTIONS(AccessCheck)

public:
    explicit AccessCheck(QString connectionName) : m_connectionName(std::move(connectionName)) {}

    Result<Access> check() const;

private:
    QString m_connectionName;
};
