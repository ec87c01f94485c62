#pragma once
// Test data for the quota suites: users, plans, subscriptions, usage rows and resets,
// written with plain SQL into a TestDatabase. Errors are collected, not thrown: check
// ok()/error() after setting up.

#include <QDateTime>
#include <QString>
#include <QVariant>

#include "TestDatabase.h"
#include "TestTime.h"
#include "TestUsers.h"

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

    /// user<n>@example.com, "User <n>", referral code R<n> (zero-padded to 8 characters).
    int addUser(const QString &role = QStringLiteral("candidate"), bool isAdmin = false, bool isActive = true)
    {
        const int n = ++m_userCounter;
        return idOf(TestUsers::insertUser(m_db, {QStringLiteral("user%1@example.com").arg(n), QStringLiteral("User %1").arg(n),
                                                 QStringLiteral("R%1").arg(n, 7, 10, QLatin1Char('0')), role, isAdmin, isActive}));
    }

    int addStaff() { return addUser(QStringLiteral("support_agent"), true); }

    /// Adds a value to plan_type_enum (committed on its own: a new enum value cannot be
    /// used in the transaction that adds it).
    void addPlanType(const QString &plan) { note(TestUsers::addPlanType(m_db, plan)); }

    /// The plan's id, a free monthly plan inserted when missing; -1 on error.
    int planId(const QString &plan) { return idOf(TestUsers::ensurePlan(m_db, plan, 0)); }

    void subscribe(int userId, const QString &plan, const QString &status = QStringLiteral("active"))
    {
        const int id = planId(plan);
        if (id > 0) // else planId() has kept the error
            note(TestUsers::subscribe(m_db, userId, id, status));
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

    /// The demo's today follows the day's hourly profile: just after midnight UTC hardly
    /// anyone has used anything yet. For tests that need every warning level today at any
    /// hour: the 40 users with the least usage today get one call now of 20, 60, 85 or
    /// 110 % of their daily limit (ok, warning, critical, exceeded).
    void spreadTodayOverEveryLevel()
    {
        exec(QStringLiteral(
            "WITH clock AS (SELECT quotadesk.utc_now() AS now_utc), "
            "picked AS (SELECT l.user_id, l.daily_limit, row_number() OVER (ORDER BY coalesce(d.tokens, 0), l.user_id) AS n "
            "           FROM quotadesk.user_limits l "
            "           LEFT JOIN quotadesk.usage_daily d ON d.user_id = l.user_id AND d.day = (SELECT now_utc FROM clock)::date "
            "           WHERE l.daily_limit > 0 ORDER BY 3 LIMIT 40) "
            "INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, total_tokens, status, created_at) "
            "SELECT p.user_id, ?, 'extraction', ceil(p.daily_limit * (ARRAY[0.2, 0.6, 0.85, 1.1])[1 + p.n % 4])::int, 'success', "
            "       greatest(date_trunc('day', c.now_utc), c.now_utc - interval '1 minute') "
            "FROM picked p, clock c"),
             {m_provider});
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
        if (!error.isEmpty())
            note(Status::failure(error + QStringLiteral(" in: ") + sql));
    }

private:
    static QVariant nullable(const QVariant &v)
    {
        return v.isValid() ? v : QVariant(QMetaType::fromType<int>());
    }

    // The first error is kept: it is the cause of the others.
    void note(const Status &status)
    {
        if (!status && m_error.isEmpty())
            m_error = status.error();
    }

    int idOf(const Result<int> &id)
    {
        if (!id) {
            note(Status::failure(id.error()));
            return -1;
        }
        return id.value();
    }

    const TestDatabase &m_db;
    int m_provider = 0;
    int m_userCounter = 0;
    QString m_error;
};
