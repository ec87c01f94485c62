#include "users/AccessCheck.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include "db/SqlError.h"

Result<Access> AccessCheck::check() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return Result<Access>::failure(SqlError::notConnected());
    QSqlQuery query(db);
    // Catalogs only: readable by every login, whatever it was granted.
    if (!query.exec(QStringLiteral(
            "SELECT session_user, r.rolsuper,"
            " EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            "         WHERE n.nspname = 'quotadesk' AND c.relname = 'staff_logins')"
            " FROM pg_catalog.pg_roles r WHERE r.rolname = session_user"))
        || !query.next())
        return Result<Access>::failure(SqlError::message(query), SqlError::failureOf(query));

    Access access;
    access.login = query.value(0).toString();
    const bool superuser = query.value(1).toBool();
    if (!query.value(2).toBool())
        return access; // no roles in this database yet: unknown, allowed

    access.known = true;
    QStringList held;
    if (!superuser) {
        // Only the groups that exist: pg_has_role() raises on a missing role name.
        if (!query.exec(QStringLiteral(
                "SELECT substr(g.rolname, length('quotadesk_') + 1) FROM pg_catalog.pg_roles g"
                " WHERE g.rolname IN ('quotadesk_owner', 'quotadesk_admin', 'quotadesk_viewer', 'quotadesk_service', 'quotadesk_delegate')"
                " AND pg_catalog.pg_has_role(session_user, g.oid, 'MEMBER') ORDER BY g.rolname")))
            return Result<Access>::failure(SqlError::message(query), SqlError::failureOf(query));
        while (query.next())
            held.append(query.value(0).toString());
    }

    // The login's own staff account, as the admin functions resolve it; an error (no
    // account, no EXECUTE) just means there is none.
    if (query.exec(QStringLiteral("SELECT u.id, u.email, coalesce(u.full_name, ''), u.is_active"
                                  " FROM public.users u WHERE u.id = quotadesk.acting_staff(NULL)"))
        && query.next()) {
        UserRef staff;
        staff.id = query.value(0).toInt();
        staff.email = query.value(1).toString();
        staff.fullName = query.value(2).toString();
        staff.isStaff = true;
        staff.isActive = query.value(3).toBool();
        access.staff = staff;
    }

    const bool owner = held.contains(QLatin1String("owner"));
    const bool admin = held.contains(QLatin1String("admin"));
    const bool delegate = held.contains(QLatin1String("delegate"));
    held.removeAll(QStringLiteral("owner"));
    const QString roles = held.join(QStringLiteral(", "));
    access.mayActForOthers = superuser || owner || delegate;
    if (superuser) {
        access.roleName = tr("superuser");
    } else if (owner) {
        access.roleName = tr("owner");
    } else if (admin) {
        access.roleName = roles;
        access.canAct = access.staff.has_value() || delegate;
        if (!access.canAct)
            access.reason = tr("Your login %1 holds quotadesk_admin but has no staff account to act as: "
                               "a DBA runs quotactl grant %1 --role admin --staff STAFF.")
                                .arg(access.login);
    } else {
        access.canAct = false;
        if (held.contains(QLatin1String("viewer"))) {
            access.roleName = tr("%1 (read only)").arg(roles);
            access.reason = tr("Your login %1 holds quotadesk_viewer: admin actions need quotadesk_admin "
                               "(quotactl grant %1 --role admin --staff STAFF).")
                                .arg(access.login);
        } else if (!held.isEmpty()) {
            access.roleName = tr("%1 (no admin actions)").arg(roles);
            access.reason = tr("Your login %1 holds %2: admin actions need quotadesk_admin "
                               "(quotactl grant %1 --role admin --staff STAFF).")
                                .arg(access.login, roles);
        } else {
            access.roleName = tr("no Quotadesk role");
            access.reason = tr("Your login %1 holds no Quotadesk role: admin actions need quotadesk_admin "
                               "(quotactl grant %1 --role admin --staff STAFF).")
                                .arg(access.login);
        }
    }
    return access;
}
