#include "users/StaffLogins.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include "db/SqlError.h"

namespace {

const QString GroupPrefix = QStringLiteral("quotadesk_");

// A failure of `query`, the transaction rolled back first.
Status rolledBack(QSqlDatabase &db, const QSqlQuery &query)
{
    const Status failed = Status::failure(SqlError::message(query), SqlError::failureOf(query));
    db.rollback();
    return failed;
}

// The login's name as an SQL identifier, quoted by the server from the catalog (role names
// cannot be bound); empty when there is no such login.
Result<QString> quotedLogin(QSqlQuery &query, const QString &login)
{
    query.prepare(QStringLiteral("SELECT quote_ident(rolname), rolcanlogin FROM pg_catalog.pg_roles WHERE rolname = ?"));
    query.addBindValue(login);
    if (!query.exec())
        return Result<QString>::failure(SqlError::message(query), SqlError::failureOf(query));
    if (!query.next() || !query.value(1).toBool() || login.startsWith(GroupPrefix))
        return QString();
    return query.value(0).toString();
}

} // namespace

QStringList StaffLogins::roleNames()
{
    return {QStringLiteral("viewer"), QStringLiteral("admin"), QStringLiteral("service"), QStringLiteral("delegate")};
}

QString StaffLogins::groupRole(const QString &roleName)
{
    return GroupPrefix + roleName;
}

Status StaffLogins::grant(const QString &login, const QStringList &roles, std::optional<int> staffId) const
{
    if (roles.isEmpty())
        return Status::failure(tr("Name at least one role to grant: %1.").arg(roleNames().join(QStringLiteral(", "))));
    for (const QString &role : roles)
        if (!roleNames().contains(role))
            return Status::failure(tr("Unknown role \"%1\": use %2.").arg(role, roleNames().join(QStringLiteral(", "))));
    const bool actsAsStaff = roles.contains(QStringLiteral("viewer")) || roles.contains(QStringLiteral("admin"));
    if (actsAsStaff && !staffId)
        return Status::failure(tr("The viewer and admin roles need the staff account the login acts as: add --staff STAFF."));

    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return Status::failure(SqlError::notConnected());
    QSqlQuery query(db);
    const Result<QString> quoted = quotedLogin(query, login);
    if (!quoted)
        return Status::failure(quoted.error(), quoted.why());
    if (quoted->isEmpty())
        return Status::failure(tr("There is no login role \"%1\" in this cluster: create it first (CREATE ROLE ... LOGIN).").arg(login));

    if (!db.transaction())
        return Status::failure(SqlError::message(db));
    for (const QString &role : roles) {
        // The group's name is one of ours, never user text; the login's comes quoted from the server.
        if (!query.exec(QStringLiteral("GRANT %1 TO %2").arg(groupRole(role), quoted.value())))
            return rolledBack(db, query);
    }
    if (staffId) {
        query.prepare(QStringLiteral(
            "INSERT INTO quotadesk.staff_logins AS s (login, staff_user_id) VALUES (?, ?) "
            "ON CONFLICT (login) DO UPDATE SET staff_user_id = EXCLUDED.staff_user_id,"
            " granted_at = EXCLUDED.granted_at, granted_by = EXCLUDED.granted_by"));
        query.addBindValue(login);
        query.addBindValue(*staffId);
        if (!query.exec())
            return rolledBack(db, query);
    }
    if (!db.commit())
        return Status::failure(SqlError::message(db));
    return {};
}

Result<QStringList> StaffLogins::revoke(const QString &login) const
{
    using R = Result<QStringList>;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return R::failure(SqlError::notConnected());
    QSqlQuery query(db);
    const Result<QString> quoted = quotedLogin(query, login);
    if (!quoted)
        return R::failure(quoted.error(), quoted.why());
    if (quoted->isEmpty())
        return R::failure(tr("There is no login role \"%1\" in this cluster.").arg(login));

    QStringList held;
    query.prepare(QStringLiteral(
        "SELECT g.rolname FROM pg_catalog.pg_auth_members m"
        " JOIN pg_catalog.pg_roles g ON g.oid = m.roleid JOIN pg_catalog.pg_roles u ON u.oid = m.member"
        " WHERE u.rolname = ? ORDER BY g.rolname"));
    query.addBindValue(login);
    if (!query.exec())
        return R::failure(SqlError::message(query), SqlError::failureOf(query));
    while (query.next()) {
        const QString group = query.value(0).toString();
        if (group.startsWith(GroupPrefix) && roleNames().contains(group.mid(GroupPrefix.size())))
            held << group.mid(GroupPrefix.size());
    }

    if (!db.transaction())
        return R::failure(SqlError::message(db));
    for (const QString &role : std::as_const(held)) {
        if (!query.exec(QStringLiteral("REVOKE %1 FROM %2").arg(groupRole(role), quoted.value()))) {
            const Status failed = rolledBack(db, query);
            return R::failure(failed.error(), failed.why());
        }
    }
    query.prepare(QStringLiteral("DELETE FROM quotadesk.staff_logins WHERE login = ?"));
    query.addBindValue(login);
    if (!query.exec()) {
        const Status failed = rolledBack(db, query);
        return R::failure(failed.error(), failed.why());
    }
    if (!db.commit())
        return R::failure(SqlError::message(db));
    return held;
}

Result<QList<StaffLogins::Grant>> StaffLogins::list() const
{
    using R = Result<QList<Grant>>;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // Direct memberships of logins only (quotadesk_admin's own membership in viewer is not a grant).
    if (!query.exec(QStringLiteral(
            "WITH m AS ("
            "  SELECT u.rolname::text AS login, string_agg(substr(g.rolname, 11), ',' ORDER BY g.rolname) AS roles"
            "  FROM pg_catalog.pg_auth_members am"
            "  JOIN pg_catalog.pg_roles g ON g.oid = am.roleid JOIN pg_catalog.pg_roles u ON u.oid = am.member"
            "  WHERE g.rolname IN ('quotadesk_viewer', 'quotadesk_admin', 'quotadesk_service', 'quotadesk_delegate')"
            "    AND u.rolcanlogin"
            "  GROUP BY u.rolname) "
            "SELECT coalesce(m.login, s.login::text) AS login, coalesce(m.roles, ''), coalesce(us.email::text, '') "
            "FROM m FULL JOIN quotadesk.staff_logins s ON s.login::text = m.login "
            "LEFT JOIN public.users us ON us.id = s.staff_user_id "
            "ORDER BY 1")))
        return R::failure(SqlError::message(query), SqlError::failureOf(query));
    QList<Grant> grants;
    while (query.next())
        grants.append({query.value(0).toString(), query.value(1).toString().split(u',', Qt::SkipEmptyParts), query.value(2).toString()});
    return grants;
}
