#pragma once
// Test data for the quota suites: users, plans, subscriptions, usage rows and resets,
// written with plain SQL into a TestDatabase. Errors are collected, not thrown: check
// ok()/error() after setting up.

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include "TestDatabase.h"
#include "TestTime.h"

class QuotaTestData final
{
public:
    explicit QuotaTestData(const TestDatabase &db)
        : m_db(db)
    {
        exec(QStringLiteral("INSERT INTO ai_provider_configs (provider_type, model_name) VALUES ('gemini', 'gemini-pro')"));
        m_provider = m_db.scalar(QStringLiteral("SELECT max(id) FROM ai_provider_configs")).toInt();
    }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    int addUser(const QString &role = QStringLiteral("candidate"), bool isAdmin = false, bool isActive = true)
    {
        const int n = ++m_userCounter;
        return insertReturningId(QStringLiteral(
                                     "INSERT INTO users (email, full_name, hashed_password, referral_code, role, is_admin, is_active) "
                                     "VALUES (?, ?, 'x', ?, ?::user_role, ?, ?) RETURNING id"),
                                 {QStringLiteral("user%1@example.com").arg(n), QStringLiteral("User %1").arg(n),
                                  QStringLiteral("R%1").arg(n, 7, 10, QLatin1Char('0')), role, isAdmin, isActive});
    }

    int addStaff() { return addUser(QStringLiteral("support_agent"), true); }

    /// Adds a value to plan_type_enum (committed on its own: a new enum value cannot be
    /// used in the transaction that adds it).
    void addPlanType(const QString &plan)
    {
        // The label is a test constant, never user text.
        exec(QStringLiteral("ALTER TYPE plan_type_enum ADD VALUE IF NOT EXISTS '%1'").arg(plan));
    }

    int planId(const QString &plan)
    {
        const QVariant existing = m_db.scalar(QStringLiteral("SELECT id FROM plans WHERE plan_type::text = ?"), {plan});
        if (existing.isValid() && !existing.isNull())
            return existing.toInt();
        return insertReturningId(QStringLiteral("INSERT INTO plans (plan_type, name, price, period) VALUES (?::plan_type_enum, ?, 0, 'monthly') RETURNING id"),
                                 {plan, plan});
    }

    void subscribe(int userId, const QString &plan, const QString &status = QStringLiteral("active"))
    {
        const int plan_id = planId(plan);
        exec(QStringLiteral("INSERT INTO subscriptions (user_id, plan_id, status) VALUES (?, ?, ?::subscription_status_enum)"),
             {userId, plan_id, status});
    }

    /// One usage row; an invalid QVariant is NULL.
    void usage(int userId, const QDateTime &createdAt, const QVariant &total, const QVariant &input = {},
               const QVariant &output = {}, const QString &status = QStringLiteral("success"))
    {
        exec(QStringLiteral("INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, input_tokens, output_tokens, "
                            "total_tokens, status, created_at) VALUES (?, ?, 'extraction', ?::integer, ?::integer, ?::integer, ?, ?::timestamp)"),
             {userId, m_provider, nullable(input), nullable(output), nullable(total), status, sqlTime(createdAt)});
    }

    /// `count` successful rows of `tokens` each, spread over the second before `createdAt`.
    void usageRows(int userId, const QDateTime &createdAt, int count, int tokens, const QString &status = QStringLiteral("success"))
    {
        exec(QStringLiteral("INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, total_tokens, status, created_at) "
                            "SELECT ?, ?, 'extraction', ?, ?, ?::timestamp - g * interval '1 microsecond' FROM generate_series(0, ? - 1) g"),
             {userId, m_provider, tokens, status, sqlTime(createdAt), count});
    }

    /// A reset row written directly (the service's reset() is tested on its own).
    void resetRow(int userId, const QString &period, const QDateTime &at, int staffId)
    {
        exec(QStringLiteral("INSERT INTO quotadesk.quota_resets (user_id, period, reset_at, reset_by, reason) VALUES (?, ?, ?::timestamp, ?, 'test')"),
             {userId, period, sqlTime(at), staffId});
    }

    /// Count and checksum of every usage row, in id order.
    QString usageChecksum() const
    {
        return m_db.scalar(QStringLiteral("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t.id)), '') "
                                          "FROM ai_provider_usage_logs t")).toString();
    }

    void exec(const QString &sql, const QVariantList &binds = {})
    {
        const QString error = m_db.exec(sql, binds);
        if (!error.isEmpty() && m_error.isEmpty())
            m_error = error + QStringLiteral(" in: ") + sql;
    }

private:
    static QVariant nullable(const QVariant &v)
    {
        return v.isValid() ? v : QVariant(QMetaType::fromType<int>());
    }

    int insertReturningId(const QString &sql, const QVariantList &binds)
    {
        QSqlQuery query(m_db.db());
        query.prepare(sql);
        for (const QVariant &v : binds)
            query.addBindValue(v);
        if (!query.exec() || !query.next()) {
            if (m_error.isEmpty())
                m_error = query.lastError().text() + QStringLiteral(" in: ") + sql;
            return -1;
        }
        return query.value(0).toInt();
    }

    const TestDatabase &m_db;
    int m_provider = 0;
    int m_userCounter = 0;
    QString m_error;
};
