#include "CommandTable.h"

#include "AlertCommands.h"
#include "AuditCommands.h"
#include "CacheCommands.h"
#include "CostCommands.h"
#include "DemoCommands.h"
#include "GrantCommands.h"
#include "QuotaCommands.h"
#include "SchemaCommands.h"
#include "TokenCommands.h"
#include "cache/CacheService.h"

QList<QCommandLineOption> CommandTable::globalOptions()
{
    return {
        {{QStringLiteral("d"), QStringLiteral("database")},
         tr("Connection: postgresql:// URI, key=value string, service=NAME or database name (default: libpq's PG* variables, service file and ~/.pgpass)."),
         tr("CONN")},
        {QStringLiteral("json"), tr("Print JSON (the REST API's field names) instead of tables.")},
        {QStringLiteral("demo"), tr("Run on a private demo database (started, filled and removed on exit).")},
    };
}

QList<Command> CommandTable::commands()
{
    // Options several commands share, defined once.
    const QCommandLineOption as{QStringLiteral("as"), tr("Staff account (id or email) taking the action; default $QUOTADESK_STAFF, else the login's own (quotactl grant)."), tr("STAFF")};
    const QCommandLineOption at{QStringLiteral("at"), tr("Evaluate at this UTC time (ISO 8601) instead of now."), tr("TIME")};
    const QCommandLineOption actionId{QStringLiteral("action-id"),
                                      tr("Id of this action (UUID; default: a fresh one, printed). The same id again acts not again: it prints the first outcome."),
                                      tr("UUID")};
    const QCommandLineOption seed{QStringLiteral("seed"), tr("Random seed (default 1)."), tr("S"), QStringLiteral("1")};

    return {
        {QStringLiteral("migrate"), QString(), tr("Create or update Quotadesk's schema (upstream tables only where missing)."),
         {},
         &SchemaCommands::migrate, false},
        {QStringLiteral("verify-counters"), QString(),
         tr("Recompute the usage counters from the raw usage rows: exit 0 no drift, 1 naming the first user and day or month that differs."),
         {},
         &SchemaCommands::verifyCounters},
        {QStringLiteral("grant"), tr("LOGIN"), tr("Give a database login Quotadesk roles and the staff account it acts as (run by a DBA)."),
         {{QStringLiteral("role"), tr("viewer, admin, service or delegate; repeat for several."), tr("ROLE")},
          {QStringLiteral("staff"), tr("Staff account (id or email) the login acts as; viewer and admin need one."), tr("STAFF")}},
         &GrantCommands::grant},
        {QStringLiteral("revoke"), tr("LOGIN"), tr("Take every Quotadesk role and the staff account from a login."),
         {},
         &GrantCommands::revoke},
        {QStringLiteral("grants"), QString(), tr("Logins with Quotadesk roles and the staff accounts they act as."),
         {},
         &GrantCommands::grants},
        {QStringLiteral("token"), tr("create | revoke NAME"),
         tr("Create an API token for quotadesk-server (printed once; only its SHA-256 is stored), or revoke one (audited)."),
         {{QStringLiteral("name"), tr("Name of the new token (unique among active tokens)."), tr("NAME")},
          {QStringLiteral("role"), tr("What the token may do: service, viewer or admin."), tr("ROLE")},
          {QStringLiteral("staff"), tr("Staff account (id or email) the token acts as; an admin token needs one."), tr("STAFF")},
          as},
         &TokenCommands::token},
        {QStringLiteral("tokens"), QString(), tr("The API tokens: name, role, staff account, created, last used, revoked (never the tokens)."),
         {},
         &TokenCommands::tokens},
        {QStringLiteral("overview"), QString(), tr("Quota status of every user, from one query."),
         {{QStringLiteral("level"), tr("Only users at this daily level or above: ok, warning, critical, exceeded."), tr("LEVEL")},
          {QStringLiteral("sort"), tr("Sort by daily, monthly or hourly percentage (default daily)."), tr("WINDOW"), QStringLiteral("daily")},
          {QStringLiteral("limit"), tr("Show at most N users (0 = all)."), tr("N"), QStringLiteral("0")},
          at},
         &QuotaCommands::overview},
        {QStringLiteral("status"), tr("USER"), tr("Daily, monthly and hourly usage of one user against their plan."),
         {at},
         &QuotaCommands::status},
        {QStringLiteral("limits"), tr("USER"), tr("The quota limits of a user's plan."),
         {},
         &QuotaCommands::limits},
        {QStringLiteral("check"), tr("USER"), tr("Would a task be allowed now? Exit 0 allowed, 3 refused, 2 error."),
         {{QStringLiteral("task"), tr("Task type: extraction, cv_draft, cover_letter, validation, ..."), tr("TASK")},
          {QStringLiteral("tokens"), tr("Estimated tokens (default: the task's estimate)."), tr("N")}},
         &QuotaCommands::check},
        {QStringLiteral("reset"), tr("USER..."), tr("Reset the quota of one or more users (recorded and audited; usage is kept)."),
         {{QStringLiteral("period"), tr("daily, monthly or hourly."), tr("PERIOD")},
          {QStringLiteral("reason"), tr("Why (required; goes to the audit log)."), tr("TEXT")},
          as,
          actionId},
         &QuotaCommands::reset},
        {QStringLiteral("costs"), QString(),
         tr("AI spend of the last N UTC days: calls, tokens, cost and failed calls' cost, by day, model, task, plan or user."),
         {{QStringLiteral("days"), tr("The N UTC days ending today (default 30)."), tr("N"), QStringLiteral("30")},
          {QStringLiteral("by"), tr("day, model (provider/model), task, plan (the user's plan now) or user (default day)."), tr("KEY"),
           QStringLiteral("day")}},
         &CostCommands::costs},
        {QStringLiteral("budget"), tr("[set USD | remove]"),
         tr("Monthly AI budgets against this month's projection; set or remove one (admins; audited)."),
         {{QStringLiteral("plan"), tr("The budget of one plan (its users' calls) instead of all calls."), tr("PLAN")}, as, actionId},
         &AlertCommands::budget},
        {QStringLiteral("alerts"), QString(),
         tr("Active alerts (budget, users at exceeded, cache hit rate, expired rows): exit 0 none, 1 some."),
         {{QStringLiteral("webhook"), tr("POST each new alert once to this URL as JSON (Slack-compatible \"text\")."), tr("URL")}},
         &AlertCommands::alerts},
        {QStringLiteral("cache-stats"), QString(), tr("Cache size, hits, savings and hit rate (SQL aggregates)."),
         {{QStringLiteral("since"), tr("Hit rate from this UTC time (default: all recorded lookups)."), tr("TIME")}},
         &CacheCommands::stats},
        {QStringLiteral("cleanup"), QString(), tr("Delete expired cache rows, in batches (audited)."),
         {{QStringLiteral("batch"), tr("Rows per batch (default %1).").arg(CacheService::DefaultBatchSize), tr("N"),
           QString::number(CacheService::DefaultBatchSize)},
          {QStringLiteral("dry-run"), tr("Only count what would be deleted.")},
          as,
          actionId},
         &CacheCommands::cleanup},
        {QStringLiteral("cleanup-user"), tr("USER"), tr("Delete one user's non-system cache rows (audited)."),
         {as, actionId},
         &CacheCommands::cleanupUser},
        {QStringLiteral("delete-cache"), tr("KEY"), tr("Delete one cache entry (audited)."),
         {{QStringLiteral("type"), tr("Cache type: system, session, content, extraction."), tr("TYPE")},
          {QStringLiteral("user"), tr("Owner of the entry (id or email)."), tr("USER")},
          as,
          actionId},
         &CacheCommands::deleteEntry},
        {QStringLiteral("warmup"), QString(), tr("Upsert the system prompts (default set, or a JSON file key → text; audited)."),
         {{QStringLiteral("prompts"), tr("JSON file of prompts (default: the built-in set)."), tr("FILE")},
          as,
          actionId},
         &CacheCommands::warmup},
        {QStringLiteral("audit"), tr("verify"),
         tr("Recompute the tamper-evident audit chain: exit 0 intact, 1 naming the first row changed, deleted or inserted outside Quotadesk."),
         {},
         &AuditCommands::verify},
        {QStringLiteral("action"), tr("UUID"), tr("What an admin action did, or that it was never applied (exit 1)."),
         {},
         &AuditCommands::action},
        {QStringLiteral("demo-data"), QString(), tr("Load deterministic demo data (users, usage, cache rows)."),
         {{QStringLiteral("users"), tr("Number of users (default 2000)."), tr("N"), QStringLiteral("2000")},
          {QStringLiteral("days"), tr("Days of usage history (default 30)."), tr("D"), QStringLiteral("30")},
          seed,
          {QStringLiteral("at"), tr("Pretend it is this UTC time (default now)."), tr("TIME")}},
         &DemoCommands::demoData},
        {QStringLiteral("simulate"), QString(), tr("Send realistic traffic through quota check, cache and generator."),
         {{QStringLiteral("requests"), tr("Stop after N requests (default 500; 0 = until --duration)."), tr("N"), QStringLiteral("500")},
          {QStringLiteral("duration"), tr("Stop after S seconds (default: no limit)."), tr("S"), QStringLiteral("0")},
          {QStringLiteral("rate"), tr("Requests per second (default: as fast as possible)."), tr("R"), QStringLiteral("0")},
          seed},
         &DemoCommands::simulate},
    };
}
