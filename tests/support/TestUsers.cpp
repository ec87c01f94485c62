#include "TestUsers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include "TestDatabase.h"

namespace TestUsers {

namespace {

QString failure(const QString &error, const QString &sql)
{
    return error + QStringLiteral(" in: ") + sql;
}

Status run(const TestDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    const QString error = db.exec(sql, binds);
    return error.isEmpty() ? Status() : Status::failure(failure(error, sql));
}

// TestDatabase::scalar() drops the error text; inserts want it.
Result<int> insertReturningId(const TestDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(db.db());
    query.prepare(sql);
    for (const QVariant &v : binds)
        query.addBindValue(v);
    if (!query.exec() || !query.next())
        return Result<int>::failure(failure(query.lastError().text(), sql));
    return query.value(0).toInt();
}

} // namespace

bool isUpstreamPlan(const QString &plan)
{
    static const QStringList upstream = {QStringLiteral("freemium"), QStringLiteral("paygo"), QStringLiteral("pro"),
                                         QStringLiteral("annual")};
    return upstream.contains(plan);
}

Status addPlanType(const TestDatabase &db, const QString &plan)
{
    return run(db, QStringLiteral("ALTER TYPE plan_type_enum ADD VALUE IF NOT EXISTS '%1'").arg(plan));
}

Result<int> ensurePlan(const TestDatabase &db, const QString &plan, int price)
{
    const QVariant existing = db.scalar(QStringLiteral("SELECT id FROM plans WHERE plan_type::text = ?"), {plan});
    if (existing.isValid() && !existing.isNull())
        return existing.toInt();
    return insertReturningId(db,
                             QStringLiteral("INSERT INTO plans (plan_type, name, price, period) "
                                            "VALUES (?::plan_type_enum, ?, ?, 'monthly') RETURNING id"),
                             {plan, plan, price});
}

Result<int> insertUser(const TestDatabase &db, const NewUser &user)
{
    return insertReturningId(db,
                             QStringLiteral("INSERT INTO users (email, full_name, hashed_password, referral_code, role, is_admin, is_active) "
                                            "VALUES (?, ?, 'x', ?, ?::user_role, ?, ?) RETURNING id"),
                             {user.email, user.fullName, user.referralCode, user.role, user.isAdmin, user.isActive});
}

Status subscribe(const TestDatabase &db, int userId, int planId, const QString &status)
{
    return run(db, QStringLiteral("INSERT INTO subscriptions (user_id, plan_id, status) VALUES (?, ?, ?::subscription_status_enum)"),
               {userId, planId, status});
}

} // namespace TestUsers
