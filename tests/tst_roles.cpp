// The trust set-up of 0009_roles.sql, checked as real logins (never as the owner or a
// superuser, who bypass grants): the privilege matrix of every role over every Quotadesk
// function and every table, the actor taken from the login, spoofing, the search_path
// hijack, and quotactl's grant commands and exit code 4.

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "TestDatabase.h"
#include "TestLogins.h"
#include "QuotactlProcess.h"
#include "TestUsers.h"
#include "db/SqlError.h"

using Run = QuotactlRun;
namespace {

enum class Outcome { Allowed, Denied, Failed };

struct Probe
{
    Outcome outcome = Outcome::Failed;
    QString state;
    QString text;
};

// Runs `sql` in a transaction that is always rolled back: allowed (ran, or failed for a
// reason other than privileges, e.g. a NOT NULL column of a DEFAULT VALUES insert),
// denied (42501), or failed (no connection).
Probe probe(const QString &connection, const QString &sql)
{
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    Probe result;
    if (!db.transaction()) {
        result.text = db.lastError().text();
        return result;
    }
    {
        QSqlQuery query(db);
        const bool ran = query.exec(sql);
        result.state = query.lastError().nativeErrorCode();
        result.text = SqlError::serverText(query.lastError());
        result.outcome = ran || SqlError::kindOf(query) != SqlError::Kind::PermissionDenied ? Outcome::Allowed : Outcome::Denied;
        if (!ran && SqlError::kindOf(query) == SqlError::Kind::ConnectionLost)
            result.outcome = Outcome::Failed;
    }
    db.rollback();
    return result;
}

const QStringList MatrixRoles{QStringLiteral("viewer"), QStringLiteral("admin"), QStringLiteral("service"),
                              QStringLiteral("delegate"), QStringLiteral("none")};

} // namespace

class TestRoles final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<TestLogins> m_logins;
    int m_staff = 0;
    int m_otherStaff = 0;
    int m_user = 0;
    int m_matrixChecks = 0;

    QString login(const QString &role) const { return m_logins->login(role); }
    QString connection(const QString &role) const { return m_logins->connection(role); }
    QString conninfoAs(const QString &role) const { return m_logins->conninfo(role); }

    // Every function of schema quotadesk with a call that succeeds when the caller may run
    // it, and the roles that may. %1 a staff id, %2 a plain user's id.
    struct FunctionCase
    {
        QString signature; // schema-qualified, argument types as oidvectortypes() prints them
        QString call;
        QStringList allowed;
    };

    QList<FunctionCase> functionCases() const
    {
        const QStringList reader{QStringLiteral("viewer"), QStringLiteral("admin")};
        const QStringList both{QStringLiteral("viewer"), QStringLiteral("admin"), QStringLiteral("service")};
        const QStringList service{QStringLiteral("service")};
        const QStringList admin{QStringLiteral("admin")};
        // 0018: the REST server's login (service + delegate) takes admin actions naming staff.
        const QStringList adminOrDelegate{QStringLiteral("admin"), QStringLiteral("delegate")};
        const QStringList nobody;
        const QString user = QString::number(m_user);
        const QString staff = QString::number(m_staff);
        return {
            {QStringLiteral("quotadesk.iso(timestamp without time zone)"), QStringLiteral("SELECT quotadesk.iso(localtimestamp)"), both},
            {QStringLiteral("quotadesk.utc_now()"), QStringLiteral("SELECT quotadesk.utc_now()"), both},
            {QStringLiteral("quotadesk.raw_tokens(integer,integer,integer)"), QStringLiteral("SELECT quotadesk.raw_tokens(1, 2, 3)"), both},
            {QStringLiteral("quotadesk.row_tokens(integer,integer,integer)"), QStringLiteral("SELECT quotadesk.row_tokens(1, 2, 3)"), both},
            {QStringLiteral("quotadesk.percentage(bigint,bigint)"), QStringLiteral("SELECT quotadesk.percentage(1, 2)"), both},
            {QStringLiteral("quotadesk.warning_level(integer)"), QStringLiteral("SELECT quotadesk.warning_level(60)"), both},
            {QStringLiteral("quotadesk.remaining(bigint,bigint)"), QStringLiteral("SELECT quotadesk.remaining(1, 2)"), both},
            {QStringLiteral("quotadesk.is_staff(boolean,text)"), QStringLiteral("SELECT quotadesk.is_staff(true, 'x')"), both},
            {QStringLiteral("quotadesk.latest_resets(timestamp without time zone,integer)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.latest_resets(localtimestamp, NULL)"), both},
            {QStringLiteral("quotadesk.quota_status_at(timestamp without time zone,integer)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.quota_status_at(localtimestamp, NULL)"), both},
            {QStringLiteral("quotadesk.quota_status(timestamp without time zone,integer)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.quota_status()"), both},
            {QStringLiteral("quotadesk.quota_status_one(timestamp without time zone,integer)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.quota_status_one(localtimestamp, %1)").arg(user), both},
            {QStringLiteral("quotadesk.quota_status_raw(timestamp without time zone,integer)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.quota_status_raw(localtimestamp, NULL)"), both},
            {QStringLiteral("quotadesk.usage_at(timestamp without time zone,integer)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.usage_at(localtimestamp, NULL)"), both},
            {QStringLiteral("quotadesk.usage_rates(timestamp without time zone,integer)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.usage_rates(localtimestamp, NULL)"), both},
            {QStringLiteral("quotadesk.exhaustion_times(timestamp without time zone,bigint,bigint,bigint,bigint)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.exhaustion_times(localtimestamp, 1, 2, 3, 4)"), both},
            {QStringLiteral("quotadesk.limits_of_plan(text)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.limits_of_plan('pro')"), both},
            {QStringLiteral("quotadesk.usage_one(timestamp without time zone,integer,timestamp without time zone)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.usage_one(localtimestamp, %1, NULL)").arg(user), both},
            {QStringLiteral("quotadesk.usage_counted(timestamp without time zone,integer)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.usage_counted(localtimestamp, NULL)"), both},
            {QStringLiteral("quotadesk.usage_raw(timestamp without time zone,integer)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.usage_raw(localtimestamp, NULL)"), both},
            {QStringLiteral("quotadesk.usage_between(integer,timestamp without time zone,timestamp without time zone)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.usage_between(%1, date_trunc('month', localtimestamp), localtimestamp)").arg(user), both},
            {QStringLiteral("quotadesk.usage_counters_ready()"), QStringLiteral("SELECT quotadesk.usage_counters_ready()"), both},
            {QStringLiteral("quotadesk.usage_backfill_lock()"), QStringLiteral("SELECT quotadesk.usage_backfill_lock()"), both},
            {QStringLiteral("quotadesk.usage_counter_drift()"), QStringLiteral("SELECT count(*) FROM quotadesk.usage_counter_drift()"), reader},
            {QStringLiteral("quotadesk.usage_counters_backfill(integer)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.usage_counters_backfill(1000)"), nobody},
            {QStringLiteral("quotadesk.exhaustion_time(timestamp without time zone,bigint,bigint,interval,timestamp without time zone)"),
             QStringLiteral("SELECT quotadesk.exhaustion_time(localtimestamp, 5, 1, interval '1 hour', localtimestamp + interval '1 day')"), both},
            {QStringLiteral("quotadesk.quota_projection(timestamp without time zone,integer)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.quota_projection(localtimestamp, %1)").arg(user), both},
            {QStringLiteral("quotadesk.cost_month(timestamp without time zone,text)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.cost_month(NULL)"), reader},
            {QStringLiteral("quotadesk.budget_status(timestamp without time zone)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.budget_status(NULL)"), reader},
            {QStringLiteral("quotadesk.active_alerts(timestamp without time zone)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.active_alerts(NULL)"), reader},
            {QStringLiteral("quotadesk.record_alert_delivery(text[],text)"),
             QStringLiteral("SELECT quotadesk.record_alert_delivery(ARRAY['matrix'], 'matrix')"), reader},
            {QStringLiteral("quotadesk.admin_set_budget(integer,text,bigint,uuid)"),
             QStringLiteral("SELECT quotadesk.admin_set_budget(%1, 'all', 100000)").arg(staff), admin},
            {QStringLiteral("quotadesk.row_cost_cents(integer)"), QStringLiteral("SELECT quotadesk.row_cost_cents(5)"), reader},
            {QStringLiteral("quotadesk.costed_calls(date,date)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.costed_calls(current_date, current_date)"), reader},
            {QStringLiteral("quotadesk.cost_breakdown(date,date,text)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.cost_breakdown(current_date - 6, current_date, 'model')"), reader},
            // 0026: the cost rollups' readers (viewers), backfill (nobody: the Migrator runs it as the owner).
            {QStringLiteral("quotadesk.call_failed(text)"), QStringLiteral("SELECT quotadesk.call_failed('error')"), reader},
            {QStringLiteral("quotadesk.cost_shard(integer)"), QStringLiteral("SELECT quotadesk.cost_shard(42)"), reader},
            {QStringLiteral("quotadesk.cost_rollup_lock()"), QStringLiteral("SELECT quotadesk.cost_rollup_lock()"), reader},
            {QStringLiteral("quotadesk.cost_rollups_ready()"), QStringLiteral("SELECT quotadesk.cost_rollups_ready()"), reader},
            {QStringLiteral("quotadesk.cost_by_user(date,date)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.cost_by_user(current_date - 40, current_date)"), reader},
            {QStringLiteral("quotadesk.cost_split(text)"), QStringLiteral("SELECT count(*) FROM quotadesk.cost_split('plan')"), reader},
            {QStringLiteral("quotadesk.few_users(bigint)"), QStringLiteral("SELECT quotadesk.few_users(3)"), reader},
            {QStringLiteral("quotadesk.plan_members(text,boolean)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.plan_members('freemium', true)"), reader},
            {QStringLiteral("quotadesk.daily_spend(date,date,text)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.daily_spend(current_date - 29, current_date, 'task')"), reader},
            {QStringLiteral("quotadesk.cost_rollups_backfill(integer)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.cost_rollups_backfill(1000)"), nobody},
            {QStringLiteral("quotadesk.missing_users(integer[])"), QStringLiteral("SELECT quotadesk.missing_users(ARRAY[%1])").arg(user), reader},
            {QStringLiteral("quotadesk.cache_hash(text)"), QStringLiteral("SELECT quotadesk.cache_hash('x')"), both},
            {QStringLiteral("quotadesk.check_cache_key(text)"), QStringLiteral("SELECT quotadesk.check_cache_key('k')"), both},
            {QStringLiteral("quotadesk.check_cache_type(text)"), QStringLiteral("SELECT quotadesk.check_cache_type('system')"), both},
            {QStringLiteral("quotadesk.cache_stats(timestamp without time zone)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.cache_stats(localtimestamp)"), both},
            {QStringLiteral("quotadesk.cache_stats_raw(timestamp without time zone)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.cache_stats_raw(localtimestamp)"), reader},
            {QStringLiteral("quotadesk.cache_ttl_seconds(timestamp without time zone,timestamp without time zone)"),
             QStringLiteral("SELECT quotadesk.cache_ttl_seconds(localtimestamp, localtimestamp)"), reader},
            {QStringLiteral("quotadesk.add_cache_totals(text[],integer[],bigint[],bigint[],numeric[])"),
             QStringLiteral("SELECT quotadesk.add_cache_totals(ARRAY['system'], ARRAY[1], ARRAY[0::bigint], ARRAY[0::bigint], ARRAY[NULL::numeric])"), nobody},
            {QStringLiteral("quotadesk.cache_lookups_by_day(timestamp without time zone,timestamp without time zone)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.cache_lookups_by_day(NULL, localtimestamp)"), both},
            {QStringLiteral("quotadesk.cache_matching_ids(text,text,integer)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.cache_matching_ids('k', NULL, NULL)"), reader},
            {QStringLiteral("quotadesk.user_cache_entries(integer)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.user_cache_entries(%1)").arg(user), reader},
            {QStringLiteral("quotadesk.count_user_cache_entries(integer)"),
             QStringLiteral("SELECT quotadesk.count_user_cache_entries(%1)").arg(user), reader},
            {QStringLiteral("quotadesk.acting_staff(integer)"), QStringLiteral("SELECT quotadesk.acting_staff(NULL)"), reader},
            {QStringLiteral("quotadesk.count_cache_lookup(timestamp without time zone,text,boolean)"),
             QStringLiteral("SELECT quotadesk.count_cache_lookup(localtimestamp, 'system', true)"), service},
            {QStringLiteral("quotadesk.cache_get(text,text,integer,timestamp without time zone)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.cache_get('k', 'system', NULL)"), service},
            {QStringLiteral("quotadesk.cache_set(text,text,integer,text,jsonb,timestamp without time zone)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.cache_set('k', 'system', NULL, 'data')"), service},
            {QStringLiteral("quotadesk.require_staff(integer)"), QStringLiteral("SELECT quotadesk.require_staff(%1)").arg(staff), nobody},
            {QStringLiteral("quotadesk.log_action(integer,text,text,integer,jsonb,uuid)"),
             QStringLiteral("SELECT quotadesk.log_action(%1, 'forged', NULL, NULL, NULL, NULL)").arg(staff), nobody},
            {QStringLiteral("quotadesk.audit_append(integer,uuid)"),
             QStringLiteral("SELECT quotadesk.audit_append((SELECT max(id) FROM public.admin_action_logs), NULL)"), nobody},
            {QStringLiteral("quotadesk.claim_action(uuid,integer,text,jsonb,integer)"),
             QStringLiteral("SELECT quotadesk.claim_action(gen_random_uuid(), 1, 'forged', '{}', %1)").arg(staff), nobody},
            {QStringLiteral("quotadesk.finish_action(uuid,integer,jsonb)"),
             QStringLiteral("SELECT quotadesk.finish_action(gen_random_uuid(), 1, '{}')"), nobody},
            {QStringLiteral("quotadesk.audit_content(admin_action_logs)"),
             QStringLiteral("SELECT count(quotadesk.audit_content(a)) FROM public.admin_action_logs a"), reader},
            {QStringLiteral("quotadesk.audit_link_input(bigint,uuid,integer,bytea,text)"),
             QStringLiteral("SELECT quotadesk.audit_link_input(1, NULL, 1, ''::bytea, 'x')"), reader},
            {QStringLiteral("quotadesk.admin_reset_quota(integer,integer[],text,text,timestamp without time zone,uuid)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.admin_reset_quota(NULL, ARRAY[%1], 'daily', 'matrix')").arg(user), adminOrDelegate},
            {QStringLiteral("quotadesk.admin_set_plan_limits(integer,text,bigint,bigint,integer,text,uuid)"),
             QStringLiteral("SELECT quotadesk.admin_set_plan_limits(NULL, 'pro', 1, 2, 3, 'pro_monthly')"), admin},
            {QStringLiteral("quotadesk.admin_cache_delete(integer,text,text,integer,uuid,bigint)"),
             QStringLiteral("SELECT quotadesk.admin_cache_delete(NULL, 'matrix', 'system')"), adminOrDelegate},
            {QStringLiteral("quotadesk.admin_cache_cleanup_expired(integer,integer,timestamp without time zone,uuid,integer,bigint)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.admin_cache_cleanup_expired(NULL, 10)"), adminOrDelegate},
            {QStringLiteral("quotadesk.action_lock_key(uuid)"), QStringLiteral("SELECT quotadesk.action_lock_key(gen_random_uuid())"), both},
            {QStringLiteral("quotadesk.action_applied(uuid)"), QStringLiteral("SELECT quotadesk.action_applied(gen_random_uuid())"), both},
            {QStringLiteral("quotadesk.job_lock_class()"), QStringLiteral("SELECT quotadesk.job_lock_class()"), both},
            {QStringLiteral("quotadesk.job_lock_id(text)"), QStringLiteral("SELECT quotadesk.job_lock_id('x')"), both},
            {QStringLiteral("quotadesk.job_held(text)"), QStringLiteral("SELECT quotadesk.job_held('x')"), both},
            // In one statement: a session lock taken would outlive the probe's rollback.
            {QStringLiteral("quotadesk.job_begin(text,uuid,integer)"),
             QStringLiteral("SELECT quotadesk.job_begin('x', gen_random_uuid(), %1), quotadesk.job_end('x')").arg(staff), adminOrDelegate},
            {QStringLiteral("quotadesk.job_end(text)"), QStringLiteral("SELECT quotadesk.job_end('x')"), adminOrDelegate},
            {QStringLiteral("quotadesk.job_hold(text,integer)"), QStringLiteral("SELECT quotadesk.job_hold('x', NULL)"), nobody},
            {QStringLiteral("quotadesk.job_refuse(text)"), QStringLiteral("SELECT quotadesk.job_refuse('x')"), nobody},
            {QStringLiteral("quotadesk.admin_cache_cleanup_user(integer,integer,uuid,bigint)"),
             QStringLiteral("SELECT quotadesk.admin_cache_cleanup_user(NULL, %1)").arg(user), admin},
            {QStringLiteral("quotadesk.admin_api_token_create(integer,text,text,integer,bytea,uuid)"),
             QStringLiteral("SELECT quotadesk.admin_api_token_create(NULL, 'matrix', 'service', NULL, sha256('matrix'::bytea))"), admin},
            {QStringLiteral("quotadesk.admin_api_token_revoke(integer,text,uuid)"),
             QStringLiteral("SELECT quotadesk.admin_api_token_revoke(NULL, 'matrix-kept')"), admin},
            {QStringLiteral("quotadesk.api_token_caller(bytea)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.api_token_caller(sha256('matrix'::bytea))"), service},
            {QStringLiteral("quotadesk.admin_cache_warmup(integer,jsonb,timestamp without time zone,uuid)"),
             QStringLiteral("SELECT count(*) FROM quotadesk.admin_cache_warmup(NULL, '{\"matrix\": \"prompt\"}')"), adminOrDelegate},
            {QStringLiteral("quotadesk.user_cache_delete(integer,text,text)"),
             QStringLiteral("SELECT quotadesk.user_cache_delete(%1, 'matrix', NULL)").arg(user), service},
        };
    }

    // Trigger functions run only as triggers: checked through the catalog instead.
    static QStringList triggerFunctions()
    {
        return {QStringLiteral("quotadesk.keep_freemium_limits()"), QStringLiteral("quotadesk.notify_change()"),
                QStringLiteral("quotadesk.audit_chain_is_append_only()"), QStringLiteral("quotadesk.cache_totals_change()"),
                QStringLiteral("quotadesk.usage_counters_gate()"),
                QStringLiteral("quotadesk.usage_counters_insert()"), QStringLiteral("quotadesk.usage_counters_update()"),
                QStringLiteral("quotadesk.usage_counters_delete()"), QStringLiteral("quotadesk.usage_counters_truncate()"),
                QStringLiteral("quotadesk.cost_rollups_gate()"), QStringLiteral("quotadesk.cost_rollups_insert()"),
                QStringLiteral("quotadesk.cost_rollups_update()"), QStringLiteral("quotadesk.cost_rollups_delete()"),
                QStringLiteral("quotadesk.cost_rollups_truncate()")};
    }

    struct TableCase
    {
        QString table;
        QString column; // for UPDATE
        QStringList select;
        QStringList insert;
        bool view = false;
    };

    static QList<TableCase> tableCases()
    {
        const QStringList reader{QStringLiteral("viewer"), QStringLiteral("admin")};
        const QStringList all{QStringLiteral("viewer"), QStringLiteral("admin"), QStringLiteral("service")};
        const QStringList service{QStringLiteral("service")};
        return {
            {QStringLiteral("public.users"), QStringLiteral("email"), all, {}},
            {QStringLiteral("public.plans"), QStringLiteral("name"), all, {}},
            {QStringLiteral("public.subscriptions"), QStringLiteral("status"), all, {}},
            {QStringLiteral("public.ai_provider_configs"), QStringLiteral("model_name"), all, service},
            {QStringLiteral("public.ai_provider_usage_logs"), QStringLiteral("status"), all, service},
            {QStringLiteral("public.ai_cache"), QStringLiteral("cache_data"), all, {}}, // service: cache_type, expires_at only (0018)
            {QStringLiteral("public.admin_action_logs"), QStringLiteral("details"), reader, {}},
            {QStringLiteral("quotadesk.plan_limits"), QStringLiteral("daily_tokens"), all, {}},
            {QStringLiteral("quotadesk.task_estimates"), QStringLiteral("tokens"), all, {}},
            {QStringLiteral("quotadesk.cache_ttls"), QStringLiteral("ttl_minutes"), all, {}},
            {QStringLiteral("quotadesk.cache_hit_savings"), QStringLiteral("saved_usd"), all, {}},
            {QStringLiteral("quotadesk.quota_resets"), QStringLiteral("reason"), all, {}},
            {QStringLiteral("quotadesk.cache_lookups"), QStringLiteral("hits"), all, {}},
            {QStringLiteral("quotadesk.schema_migrations"), QStringLiteral("name"), all, {}},
            {QStringLiteral("quotadesk.staff_logins"), QStringLiteral("staff_user_id"), {}, {}},
            {QStringLiteral("quotadesk.audit_chain"), QStringLiteral("content"), reader, {}},
            {QStringLiteral("quotadesk.admin_actions"), QStringLiteral("outcome"), reader, {}},
            {QStringLiteral("quotadesk.cache_totals"), QStringLiteral("hits"), all, {}},
            {QStringLiteral("quotadesk.usage_daily"), QStringLiteral("tokens"), all, {}},
            {QStringLiteral("quotadesk.usage_monthly"), QStringLiteral("tokens"), all, {}},
            {QStringLiteral("quotadesk.usage_counter_state"), QStringLiteral("watermark"), all, {}},
            {QStringLiteral("quotadesk.api_tokens"), QStringLiteral("name"), reader, {}},
            {QStringLiteral("quotadesk.cost_daily"), QStringLiteral("cents"), reader, {}},
            {QStringLiteral("quotadesk.cost_monthly_user"), QStringLiteral("cents"), reader, {}},
            {QStringLiteral("quotadesk.cost_daily_user"), QStringLiteral("failed_cents"), reader, {}},
            {QStringLiteral("quotadesk.cost_rollup_state"), QStringLiteral("watermark"), reader, {}},
            {QStringLiteral("quotadesk.cost_budgets"), QStringLiteral("cents"), reader, {}},
            {QStringLiteral("quotadesk.alert_thresholds"), QStringLiteral("value"), reader, {}},
            {QStringLiteral("quotadesk.alert_deliveries"), QStringLiteral("target"), reader, {}},
            {QStringLiteral("quotadesk.user_limits"), {}, all, {}, true},
            {QStringLiteral("quotadesk.user_plans"), {}, all, {}, true},
            {QStringLiteral("quotadesk.applied_plan_limits"), {}, all, {}, true},
        };
    }

    static QString expectation(bool allowed) { return allowed ? QStringLiteral("allowed") : QStringLiteral("denied"); }

    QString super(const QString &sql) const { return m_logins->super(sql); }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        m_logins = std::make_unique<TestLogins>(*m_db, QStringLiteral("roles"));

        const auto staff = TestUsers::insertUser(*m_db, {QStringLiteral("staff@example.com"), QStringLiteral("Staff"), QStringLiteral("RS1"),
                                                         QStringLiteral("support_agent")});
        const auto other = TestUsers::insertUser(*m_db, {QStringLiteral("other@example.com"), QStringLiteral("Other"), QStringLiteral("RS2"),
                                                         QStringLiteral("candidate"), true});
        const auto user = TestUsers::insertUser(*m_db, {QStringLiteral("user@example.com"), QStringLiteral("User"), QStringLiteral("RU1")});
        QVERIFY2(staff && other && user, qPrintable(staff.error() + other.error() + user.error()));
        m_staff = staff.value();
        m_otherStaff = other.value();
        m_user = user.value();
        // The token the matrix's revoke call finds (each probe rolls back, so it stays active).
        QCOMPARE(m_db->exec(QStringLiteral("INSERT INTO quotadesk.api_tokens (name, role, token_sha256, created_by)"
                                           " VALUES ('matrix-kept', 'service', sha256('matrix-kept'::bytea), ?)"), {m_staff}),
                 QString());

        // Logins of this run.
        const QList<std::pair<QString, QStringList>> logins{
            {QStringLiteral("viewer"), {QStringLiteral("viewer")}},
            {QStringLiteral("admin"), {QStringLiteral("admin")}},
            {QStringLiteral("service"), {QStringLiteral("service")}},
            {QStringLiteral("delegate"), {QStringLiteral("delegate")}},
            {QStringLiteral("none"), {}},
            {QStringLiteral("proxy"), {QStringLiteral("admin"), QStringLiteral("delegate")}},
            {QStringLiteral("nomap"), {}},
        };
        for (const auto &[name, roles] : logins) {
            const QString added = m_logins->add(name, roles, m_staff);
            QVERIFY2(added.isEmpty(), qPrintable(added));
        }
        // A login with the admin role but no staff account (GRANT only, as a DBA might).
        QVERIFY(super(QStringLiteral("GRANT quotadesk_admin TO %1").arg(login(QStringLiteral("nomap")))).isEmpty());
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_logins.reset();
        qInfo("privilege matrix: %d checks (%lld roles x functions, tables x verbs)", m_matrixChecks, qlonglong(MatrixRoles.size()));
    }

    void everyFunctionIsInTheMatrix()
    {
        QSqlQuery query(m_db->db());
        QVERIFY(query.exec(QStringLiteral("SELECT 'quotadesk.' || p.proname || '(' || replace(oidvectortypes(p.proargtypes), ', ', ',') || ')'"
                                   " FROM pg_proc p WHERE p.pronamespace = 'quotadesk'::regnamespace")));
        QSet<QString> inSchema;
        while (query.next())
            inSchema.insert(query.value(0).toString());
        QSet<QString> covered;
        for (const FunctionCase &c : functionCases())
            covered.insert(c.signature);
        for (const QString &trigger : triggerFunctions())
            covered.insert(trigger);
        QCOMPARE(inSchema - covered, QSet<QString>());
        QCOMPARE(covered - inSchema, QSet<QString>());
    }

    void functionMatrix_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("call");
        QTest::addColumn<bool>("allowed");
        for (const FunctionCase &c : functionCases())
            for (const QString &role : MatrixRoles)
                QTest::addRow("%s %s", qPrintable(role), qPrintable(c.signature)) << role << c.call << c.allowed.contains(role);
    }

    void functionMatrix()
    {
        QFETCH(QString, role);
        QFETCH(QString, call);
        QFETCH(bool, allowed);
        const Probe result = probe(connection(role), call);
        ++m_matrixChecks;
        QVERIFY2(result.outcome != Outcome::Failed, qPrintable(result.text));
        // An allowed call must also succeed: a missing grant of the owner shows up here.
        if (allowed)
            QVERIFY2(result.state.isEmpty(), qPrintable(QStringLiteral("%1: %2 %3").arg(call, result.state, result.text)));
        QCOMPARE(expectation(result.outcome == Outcome::Allowed), expectation(allowed));
    }

    void triggerFunctionsAreNobodysToCall()
    {
        for (const QString &role : MatrixRoles)
            for (const QString &function : triggerFunctions()) {
                const QVariant may = m_db->scalar(QStringLiteral("SELECT has_function_privilege(?, ?, 'EXECUTE')"), {login(role), function});
                QVERIFY2(!may.toBool(), qPrintable(role + u' ' + function));
                ++m_matrixChecks;
            }
    }

    void tableMatrix_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("allowed");
        for (const TableCase &t : tableCases())
            for (const QString &role : MatrixRoles) {
                QTest::addRow("%s SELECT %s", qPrintable(role), qPrintable(t.table))
                    << role << QStringLiteral("SELECT count(*) FROM %1").arg(t.table) << t.select.contains(role);
                if (t.view)
                    continue; // not updatable: the rewriter refuses writes before privileges are checked
                QTest::addRow("%s INSERT %s", qPrintable(role), qPrintable(t.table))
                    << role << QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(t.table) << t.insert.contains(role);
                QTest::addRow("%s UPDATE %s", qPrintable(role), qPrintable(t.table))
                    << role << QStringLiteral("UPDATE %1 SET %2 = NULL WHERE false").arg(t.table, t.column) << false;
                QTest::addRow("%s DELETE %s", qPrintable(role), qPrintable(t.table))
                    << role << QStringLiteral("DELETE FROM %1 WHERE false").arg(t.table) << false;
                QTest::addRow("%s TRUNCATE %s", qPrintable(role), qPrintable(t.table))
                    << role << QStringLiteral("TRUNCATE %1").arg(t.table) << false;
            }
        for (const QString &role : MatrixRoles)
            QTest::addRow("%s SELECT users.hashed_password", qPrintable(role))
                << role << QStringLiteral("SELECT hashed_password FROM public.users") << false;
        for (const QString &role : MatrixRoles)
            QTest::addRow("%s SELECT ai_cache.cache_data", qPrintable(role))
                << role << QStringLiteral("SELECT cache_data FROM public.ai_cache")
                << (role == QStringLiteral("viewer") || role == QStringLiteral("admin"));
        for (const QString &role : MatrixRoles)
            QTest::addRow("%s SELECT api_tokens.token_sha256", qPrintable(role))
                << role << QStringLiteral("SELECT token_sha256 FROM quotadesk.api_tokens") << false;
    }

    void tableMatrix()
    {
        QFETCH(QString, role);
        QFETCH(QString, sql);
        QFETCH(bool, allowed);
        const Probe result = probe(connection(role), sql);
        ++m_matrixChecks;
        QVERIFY2(result.outcome != Outcome::Failed, qPrintable(result.text));
        QCOMPARE(expectation(result.outcome == Outcome::Allowed), expectation(allowed));
    }

    // The service may INSERT usage rows but write no counter: the triggers keep them as the owner.
    void theServicesUsageRowUpdatesTheCountersItCannotWrite()
    {
        const QVariant before = m_db->scalar(QStringLiteral("SELECT coalesce(sum(tokens), 0) FROM quotadesk.usage_daily WHERE user_id = ?"), {m_user});
        QSqlQuery query(QSqlDatabase::database(connection(QStringLiteral("service")), false));
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO public.ai_provider_configs (provider_type, model_name) VALUES ('gemini', 'counters')")),
                 qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO public.ai_provider_usage_logs (user_id, provider_config_id, task_type, total_tokens)"
                                           " SELECT %1, min(id), 'extraction', 123 FROM public.ai_provider_configs").arg(m_user)),
                 qPrintable(query.lastError().text()));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT sum(tokens) FROM quotadesk.usage_daily WHERE user_id = ?"), {m_user}).toLongLong(),
                 before.toLongLong() + 123);
        QVERIFY(query.exec(QStringLiteral("SELECT daily_used FROM quotadesk.quota_status(NULL, %1)").arg(m_user)) && query.next());
        QCOMPARE(query.value(0).toLongLong(), before.toLongLong() + 123);
    }

    void adminActsAsItsOwnStaffAccountAndTheAuditRowNamesTheLogin()
    {
        QSqlQuery query(QSqlDatabase::database(connection(QStringLiteral("admin")), false));
        QVERIFY2(query.exec(QStringLiteral("SELECT quotadesk.admin_cache_cleanup_user(NULL, %1)").arg(m_user)), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("SELECT current_setting('application_name')")) && query.next());
        const QString client = query.value(0).toString();
        QSqlQuery audit(m_db->db());
        QVERIFY(audit.exec(QStringLiteral("SELECT admin_user_id, details->>'login', details->>'client', details->>'email' FROM admin_action_logs "
                                          "WHERE action = 'cache.cleanup_user' ORDER BY id DESC LIMIT 1")) && audit.next());
        QCOMPARE(audit.value(0).toInt(), m_staff);
        QCOMPARE(audit.value(1).toString(), login(QStringLiteral("admin")));
        QCOMPARE(audit.value(2).toString(), client);
        QCOMPARE(audit.value(3).toString(), QStringLiteral("user@example.com")); // existing keys kept
    }

    void namingAnotherStaffMemberIsRefusedUnlessDelegate()
    {
        const QString call = QStringLiteral("SELECT quotadesk.admin_cache_cleanup_user(%1, %2)").arg(m_otherStaff).arg(m_user);
        const Probe spoof = probe(connection(QStringLiteral("admin")), call);
        QCOMPARE(spoof.state, QStringLiteral("42501"));
        QVERIFY2(spoof.text.contains(QLatin1String("may act only as its own staff account staff@example.com")), qPrintable(spoof.text));
        // Its own id, named explicitly, is fine.
        QCOMPARE(probe(connection(QStringLiteral("admin")), QStringLiteral("SELECT quotadesk.admin_cache_cleanup_user(%1, %2)").arg(m_staff).arg(m_user)).state,
                 QString());

        QSqlQuery proxy(QSqlDatabase::database(connection(QStringLiteral("proxy")), false));
        QVERIFY2(proxy.exec(call), qPrintable(proxy.lastError().text()));
        QSqlQuery audit(m_db->db());
        QVERIFY(audit.exec(QStringLiteral("SELECT admin_user_id, details->>'login' FROM admin_action_logs ORDER BY id DESC LIMIT 1")) && audit.next());
        QCOMPARE(audit.value(0).toInt(), m_otherStaff);
        QCOMPARE(audit.value(1).toString(), login(QStringLiteral("proxy")));
    }

    void aLoginWithoutStaffAccountIsRefusedWithTheGrantToRun()
    {
        const Probe refused = probe(connection(QStringLiteral("nomap")), QStringLiteral("SELECT quotadesk.admin_cache_cleanup_user(NULL, %1)").arg(m_user));
        QCOMPARE(refused.state, QStringLiteral("42501"));
        QVERIFY2(refused.text.contains(QStringLiteral("quotactl grant %1 --role admin --staff STAFF").arg(login(QStringLiteral("nomap")))),
                 qPrintable(refused.text));
        const Probe named = probe(connection(QStringLiteral("nomap")), QStringLiteral("SELECT quotadesk.admin_cache_cleanup_user(%1, %2)").arg(m_staff).arg(m_user));
        QCOMPARE(named.state, QStringLiteral("42501"));
        // It can still read.
        QCOMPARE(probe(connection(QStringLiteral("nomap")), QStringLiteral("SELECT count(*) FROM quotadesk.quota_status()")).state, QString());
    }

    void temporaryObjectsShadowNothingInTheDefinerFunctions()
    {
        QSqlDatabase db = QSqlDatabase::database(connection(QStringLiteral("admin")), false);
        QSqlQuery query(db);
        const QStringList hijack{
            QStringLiteral("CREATE TEMP TABLE staff_logins (login name, staff_user_id integer)"),
            QStringLiteral("INSERT INTO staff_logins VALUES (session_user, %1)").arg(m_otherStaff),
            QStringLiteral("CREATE TEMP TABLE admin_action_logs (LIKE public.admin_action_logs)"),
            QStringLiteral("CREATE TEMP TABLE users (id integer, email text, is_admin boolean, is_active boolean, role text)"),
            QStringLiteral("CREATE TEMP TABLE ai_cache (LIKE public.ai_cache)"),
            QStringLiteral("CREATE FUNCTION pg_temp.acting_staff(integer) RETURNS integer LANGUAGE sql AS 'SELECT %1'").arg(m_otherStaff),
            QStringLiteral("CREATE FUNCTION pg_temp.require_staff(integer) RETURNS integer LANGUAGE sql AS 'SELECT %1'").arg(m_otherStaff),
            QStringLiteral("SET search_path = pg_temp, public, quotadesk"),
        };
        for (const QString &sql : hijack)
            QVERIFY2(query.exec(sql), qPrintable(sql + u' ' + query.lastError().text()));
        QVERIFY2(query.exec(QStringLiteral("SELECT count(*) FROM quotadesk.admin_reset_quota(NULL, ARRAY[%1], 'hourly', 'hijack')").arg(m_user)),
                 qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(QStringLiteral("SELECT quotadesk.admin_cache_cleanup_user(%1, %2)").arg(m_otherStaff).arg(m_user)) == false,
                 "the temporary staff_logins mapped the login to another account");
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM pg_temp.admin_action_logs")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        for (const QString &table : {QStringLiteral("staff_logins"), QStringLiteral("admin_action_logs"), QStringLiteral("users"), QStringLiteral("ai_cache")})
            query.exec(QStringLiteral("DROP TABLE pg_temp.%1").arg(table));
        query.exec(QStringLiteral("RESET search_path"));

        QSqlQuery audit(m_db->db());
        QVERIFY(audit.exec(QStringLiteral("SELECT admin_user_id, details->>'login', details->>'reason' FROM public.admin_action_logs "
                                          "WHERE action = 'quota.reset' ORDER BY id DESC LIMIT 1")) && audit.next());
        QCOMPARE(audit.value(0).toInt(), m_staff);
        QCOMPARE(audit.value(1).toString(), login(QStringLiteral("admin")));
        QCOMPARE(audit.value(2).toString(), QStringLiteral("hijack"));
    }

    void quotactlGrantsRevokesAndListsLogins()
    {
        const QString dba = m_db->conninfo();
        const QString who = login(QStringLiteral("none"));
        QCOMPARE(quotactl({QStringLiteral("grant"), who, QStringLiteral("--role"), QStringLiteral("admin")}, dba).exitCode, 2); // needs --staff
        QCOMPARE(quotactl({QStringLiteral("grant"), login(QStringLiteral("ghost")), QStringLiteral("--role"), QStringLiteral("service")}, dba).exitCode, 2);
        QCOMPARE(quotactl({QStringLiteral("grant"), who, QStringLiteral("--role"), QStringLiteral("root")}, dba).exitCode, 2);
        const Run granted = quotactl({QStringLiteral("grant"), who, QStringLiteral("--role"), QStringLiteral("viewer"), QStringLiteral("--role"),
                                      QStringLiteral("admin"), QStringLiteral("--staff"), QStringLiteral("staff@example.com")}, dba);
        QVERIFY2(granted.exitCode == 0, qPrintable(granted.err));

        const Run listed = quotactl({QStringLiteral("--json"), QStringLiteral("grants")}, dba);
        QCOMPARE(listed.exitCode, 0);
        bool found = false;
        for (const QJsonValue &row : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
            if (row.toObject().value(QStringLiteral("login")).toString() != who)
                continue;
            found = true;
            QCOMPARE(row.toObject().value(QStringLiteral("roles")).toArray(), QJsonArray({QStringLiteral("admin"), QStringLiteral("viewer")}));
            QCOMPARE(row.toObject().value(QStringLiteral("staff")).toString(), QStringLiteral("staff@example.com"));
        }
        QVERIFY2(found, qPrintable(listed.out));
        QVERIFY(quotactl({QStringLiteral("grants")}, dba).out.contains(who));

        // The login now acts as its staff account without --as.
        const QString as = conninfoAs(QStringLiteral("none"));
        const Run acted = quotactl({QStringLiteral("--json"), QStringLiteral("cleanup-user"), QString::number(m_user)}, as);
        QVERIFY2(acted.exitCode == 0, qPrintable(acted.err));

        const Run revoked = quotactl({QStringLiteral("revoke"), who}, dba);
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM quotadesk.staff_logins WHERE login = ?"), {who}).toInt(), 0);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT pg_has_role(?, 'quotadesk_viewer', 'MEMBER')"), {who}).toBool(), false);
        QCOMPARE(quotactl({QStringLiteral("cleanup-user"), QString::number(m_user)}, as).exitCode, 4);
    }

    void quotactlExitsFourWhenTheDatabaseRefuses()
    {
        const QString viewer = conninfoAs(QStringLiteral("viewer"));
        // Reads work as a viewer: the real read paths of quotactl.
        for (const QStringList &args : {QStringList{QStringLiteral("overview")}, QStringList{QStringLiteral("status"), QString::number(m_user)},
                                        QStringList{QStringLiteral("limits"), QString::number(m_user)}, QStringList{QStringLiteral("cache-stats")},
                                        QStringList{QStringLiteral("cleanup"), QStringLiteral("--dry-run")}}) {
            const Run read = quotactl(args, viewer);
            QVERIFY2(read.exitCode == 0, qPrintable(args.join(u' ') + QStringLiteral(": ") + read.err));
        }
        const Run reset = quotactl({QStringLiteral("reset"), QString::number(m_user), QStringLiteral("--period"), QStringLiteral("daily"),
                                    QStringLiteral("--reason"), QStringLiteral("viewer tries")}, viewer);
        QCOMPARE(reset.exitCode, 4);
        QVERIFY2(reset.err.contains(QLatin1String("ermission denied")), qPrintable(reset.err));
        const Run spoof = quotactl({QStringLiteral("cleanup"), QStringLiteral("--as"), QStringLiteral("other@example.com")},
                                   conninfoAs(QStringLiteral("admin")));
        QCOMPARE(spoof.exitCode, 4);
        // The service login: the per-request calls.
        const Run check = quotactl({QStringLiteral("check"), QString::number(m_user), QStringLiteral("--task"), QStringLiteral("cv_draft")},
                                   conninfoAs(QStringLiteral("service")));
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QCOMPARE(quotactl({QStringLiteral("grant"), login(QStringLiteral("none")), QStringLiteral("--role"), QStringLiteral("service")}, viewer).exitCode, 4);
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
