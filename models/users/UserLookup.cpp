#include "users/UserLookup.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "db/SqlError.h"
#include "db/LibpqQuery.h"

namespace {

// One SELECT list and one reader for every lookup of a user.
const QString UserColumns = QStringLiteral(
    "SELECT id, email, full_name, is_active, quotadesk.is_staff(is_admin, role::text) AS is_staff FROM public.users ");

template <typename Query> // QSqlQuery or LibpqQuery
UserRef userFrom(const Query &query)
{
    UserRef user;
    user.id = query.value(0).toInt();
    user.email = query.value(1).toString();
    user.fullName = query.value(2).toString();
    user.isActive = query.value(3).toBool();
    user.isStaff = query.value(4).toBool();
    return user;
}

} // namespace

Result<UserRef> UserLookup::find(const QString &idOrEmail) const
{
    const QString needle = idOrEmail.trimmed();
    if (needle.isEmpty())
        return Result<UserRef>::failure(tr("No user given: name a user by id or email."));

    static const QRegularExpression digits(QStringLiteral("^\\d{1,10}$"));
    const bool byId = digits.match(needle).hasMatch();
    if (byId && needle.toLongLong() > std::numeric_limits<int>::max())
        return Result<UserRef>::failure(tr("No user with id %1.").arg(needle), Failure::NotFound);

    // On the REST server's hot path (every JWT caller): libpq's extended protocol.
    LibpqQuery query(m_connectionName, (UserColumns + (byId ? QStringLiteral("WHERE id = $1::integer")
                                                            : QStringLiteral("WHERE lower(email) = lower($1) ORDER BY id LIMIT 1"))).toUtf8());
    query.addBindValue(byId ? QString::number(needle.toInt()) : needle);
    if (!query.exec())
        return Result<UserRef>::failure(query.errorMessage(), query.failure());
    if (!query.next())
        return Result<UserRef>::failure(byId ? tr("No user with id %1.").arg(needle) : tr("No user with email %1.").arg(needle),
                                        Failure::NotFound);

    return userFrom(query);
}

Result<UserRef> UserLookup::findStaff(const QString &idOrEmail) const
{
    const Result<UserRef> user = find(idOrEmail);
    if (!user)
        return user;
    if (!user->isStaff)
        return Result<UserRef>::failure(tr("%1 is not a staff account: admin actions need a user with is_admin or a super_admin, support_agent or finance_admin role.")
                                            .arg(user->email));
    if (!user->isActive)
        return Result<UserRef>::failure(tr("Staff account %1 is deactivated.").arg(user->email));
    return user;
}

Result<QList<UserRef>> UserLookup::staffAccounts() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(UserColumns + QStringLiteral("WHERE is_active AND quotadesk.is_staff(is_admin, role::text) ORDER BY lower(email)")))
        return Result<QList<UserRef>>::failure(SqlError::message(query));
    QList<UserRef> staff;
    while (query.next())
        staff << userFrom(query);
    return staff;
}
