#include "Quotactl.h"

#include <atomic>
#include <csignal>

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QThread>

#include "ai/LocalResponseGenerator.h"
#include "cache/CacheService.h"
#include "db/DatabaseConnector.h"
#include "db/Migrator.h"
#include "db/SqlTime.h"
#include "demo/DemoData.h"
#include "demo/ThrowawayPostgres.h"
#include "demo/TrafficSimulator.h"
#include "quota/QuotaService.h"
#include "TextTable.h"
#include "users/UserLookup.h"

namespace {

const QString Connection = QStringLiteral("quotactl");

std::atomic_bool interrupted{false};

void onInterrupt(int)
{
    interrupted = true;
}

QString levelTag(const QString &level)
{
    return level.isEmpty() ? QStringLiteral("-") : level;
}

QDateTime parseAt(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (at.isValid() && at.timeSpec() == Qt::LocalTime)
        at.setTimeZone(QTimeZone::utc()); // a time without zone is UTC, like the data
    return at;
}

} // namespace

Quotactl::Quotactl() : m_out(stdout), m_err(stderr) {}

Quotactl::~Quotactl()
{
    DatabaseConnector::close(Connection);
}

QList<Quotactl::Command> Quotactl::commands() const
{
    const auto staffOption = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("as"), tr("Staff account (id or email) taking the action; default $QUOTADESK_STAFF."), tr("STAFF")});
    };
    return {
        {QStringLiteral("migrate"), QString(), tr("Create or update Quotadesk's schema (upstream tables only where missing)."),
         {}, &Quotactl::migrate, false},
        {QStringLiteral("overview"), QString(), tr("Quota status of every user, from one query."),
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("level"), tr("Only users at this daily level or above: ok, warning, critical, exceeded."), tr("LEVEL")});
             p.addOption({QStringLiteral("sort"), tr("Sort by daily, monthly or hourly percentage (default daily)."), tr("WINDOW"), QStringLiteral("daily")});
             p.addOption({QStringLiteral("limit"), tr("Show at most N users (0 = all)."), tr("N"), QStringLiteral("0")});
             p.addOption({QStringLiteral("at"), tr("Evaluate at this UTC time (ISO 8601) instead of now."), tr("TIME")});
         },
         &Quotactl::overview},
        {QStringLiteral("status"), tr("USER"), tr("Daily, monthly and hourly usage of one user against their plan."),
         [](QCommandLineParser &p) { p.addOption({QStringLiteral("at"), tr("Evaluate at this UTC time (ISO 8601)."), tr("TIME")}); },
         &Quotactl::status},
        {QStringLiteral("limits"), tr("USER"), tr("The quota limits of a user's plan."), {}, &Quotactl::limits},
        {QStringLiteral("check"), tr("USER"), tr("Would a task be allowed now? Exit 0 allowed, 3 refused, 2 error."),
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("task"), tr("Task type: extraction, cv_draft, cover_letter, validation, ..."), tr("TASK")});
             p.addOption({QStringLiteral("tokens"), tr("Estimated tokens (default: the task's estimate)."), tr("N")});
         },
         &Quotactl::check},
        {QStringLiteral("reset"), tr("USER..."), tr("Reset the quota of one or more users (recorded and audited; usage is kept)."),
         [staffOption](QCommandLineParser &p) {
             p.addOption({QStringLiteral("period"), tr("daily, monthly or hourly."), tr("PERIOD")});
             p.addOption({QStringLiteral("reason"), tr("Why (required; goes to the audit log)."), tr("TEXT")});
             staffOption(p);
         },
         &Quotactl::reset},
        {QStringLiteral("cache-stats"), QString(), tr("Cache size, hits, savings and hit rate (SQL aggregates)."),
         [](QCommandLineParser &p) { p.addOption({QStringLiteral("since"), tr("Hit rate from this UTC time (default: all recorded lookups)."), tr("TIME")}); },
         &Quotactl::cacheStats},
        {QStringLiteral("cleanup"), QString(), tr("Delete expired cache rows, in batches (audited)."),
         [staffOption](QCommandLineParser &p) {
             p.addOption({QStringLiteral("batch"), tr("Rows per batch (default 5000)."), tr("N"), QStringLiteral("5000")});
             p.addOption({QStringLiteral("dry-run"), tr("Only count what would be deleted.")});
             staffOption(p);
         },
         &Quotactl::cleanup},
        {QStringLiteral("cleanup-user"), tr("USER"), tr("Delete one user's non-system cache rows (audited)."),
         staffOption, &Quotactl::cleanupUser},
        {QStringLiteral("delete-cache"), tr("KEY"), tr("Delete one cache entry (audited)."),
         [staffOption](QCommandLineParser &p) {
             p.addOption({QStringLiteral("type"), tr("Cache type: system, session, content, extraction."), tr("TYPE")});
             p.addOption({QStringLiteral("user"), tr("Owner of the entry (id or email)."), tr("USER")});
             staffOption(p);
         },
         &Quotactl::deleteCache},
        {QStringLiteral("warmup"), QString(), tr("Upsert the system prompts (default set, or a JSON file key → text; audited)."),
         [staffOption](QCommandLineParser &p) {
             p.addOption({QStringLiteral("prompts"), tr("JSON file of prompts (default: the built-in set)."), tr("FILE")});
             staffOption(p);
         },
         &Quotactl::warmup},
        {QStringLiteral("demo-data"), QString(), tr("Load deterministic demo data (users, usage, cache rows)."),
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("users"), tr("Number of users (default 2000)."), tr("N"), QStringLiteral("2000")});
             p.addOption({QStringLiteral("days"), tr("Days of usage history (default 30)."), tr("D"), QStringLiteral("30")});
             p.addOption({QStringLiteral("seed"), tr("Random seed (default 1)."), tr("S"), QStringLiteral("1")});
             p.addOption({QStringLiteral("at"), tr("Pretend it is this UTC time (default now)."), tr("TIME")});
         },
         &Quotactl::demoData},
        {QStringLiteral("simulate"), QString(), tr("Send realistic traffic through quota check, cache and generator."),
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("requests"), tr("Stop after N requests (default 500; 0 = until --duration)."), tr("N"), QStringLiteral("500")});
             p.addOption({QStringLiteral("duration"), tr("Stop after S seconds (default: no limit)."), tr("S"), QStringLiteral("0")});
             p.addOption({QStringLiteral("rate"), tr("Requests per second (default: as fast as possible)."), tr("R"), QStringLiteral("0")});
             p.addOption({QStringLiteral("seed"), tr("Random seed (default 1)."), tr("S"), QStringLiteral("1")});
         },
         &Quotactl::simulate},
    };
}

const Quotactl::Command *Quotactl::findCommand(const QString &name) const
{
    static const QList<Command> all = commands();
    for (const Command &c : all)
        if (c.name == name)
            return &c;
    return nullptr;
}

void Quotactl::addGlobalOptions(QCommandLineParser &parser) const
{
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({{QStringLiteral("d"), QStringLiteral("database")},
                      tr("Connection: postgresql:// URI, key=value string, service=NAME or database name (default: PG* environment)."),
                      tr("CONN")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON (the REST API's field names) instead of tables.")});
    parser.addOption({QStringLiteral("demo"), tr("Run on a private demo database (started, filled and removed on exit).")});
}

QString Quotactl::generalHelp() const
{
    QString text = tr("Usage: quotactl [--database CONN] [--json] COMMAND [ARGS] [OPTIONS]\n\n"
                      "Quota and AI-cache administration for PostgreSQL.\n\nCommands:\n");
    TextTable table;
    table.addColumn(QString());
    table.addColumn(QString());
    for (const Command &c : commands())
        table.addRow({QStringLiteral("  ") + c.name + (c.syntax.isEmpty() ? QString() : u' ' + c.syntax), c.summary});
    const QString rendered = table.render();
    text += rendered.mid(rendered.indexOf(u'\n', rendered.indexOf(u'\n') + 1) + 1); // drop header and rule
    text += tr("\nGlobal options:\n"
               "  -d, --database CONN  postgresql:// URI, key=value, service=NAME or a database name;\n"
               "                       default: libpq's PG* variables, service file and ~/.pgpass\n"
               "  --json               JSON output for scripts and cron\n"
               "  --demo               run on a private demo database\n"
               "  -h, --help           help (also: quotactl COMMAND --help)\n"
               "  -v, --version        version\n\n"
               "Exit codes: 0 done, 2 error, 3 refused (check).\n");
    return text;
}

int Quotactl::run(const QStringList &arguments)
{
    // The command is the first argument that is neither an option nor an option's value;
    // its own options are only known once it is found.
    QString name;
    bool wantsHelp = false;
    bool wantsVersion = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("-d") || arg == QLatin1String("--database")) {
            ++i;
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help") || arg == QLatin1String("-?")) {
            wantsHelp = true;
        } else if (arg == QLatin1String("-v") || arg == QLatin1String("--version")) {
            wantsVersion = true;
        } else if (!arg.startsWith(u'-')) {
            name = arg;
            break;
        }
    }

    if (name.isEmpty()) {
        if (wantsVersion) {
            m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
            return Done;
        }
        if (wantsHelp) {
            m_out << generalHelp();
            return Done;
        }
        m_err << generalHelp();
        return Failed;
    }
    const Command *command = findCommand(name);
    if (!command)
        return fail(tr("unknown command \"%1\"; see quotactl --help").arg(name));

    addGlobalOptions(m_parser);
    if (command->addOptions)
        command->addOptions(m_parser);
    m_parser.setApplicationDescription(command->summary);
    m_parser.addPositionalArgument(command->name, command->summary, command->name + (command->syntax.isEmpty() ? QString() : u' ' + command->syntax));
    if (!m_parser.parse(arguments))
        return fail(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        return Done;
    }

    m_target = m_parser.value(QStringLiteral("database"));
    if (m_parser.isSet(QStringLiteral("demo"))) {
        if (const Status demo = startDemo(); !demo)
            return fail(demo.error());
    } else if (const Status connected = connect(); !connected) {
        return fail(connected.error());
    }
    if (command->needsSchema) {
        if (const Status ready = Migrator(Connection).verify(); !ready)
            return fail(ready.error());
    }
    return command->run(*this);
}

Status Quotactl::connect()
{
    return DatabaseConnector::open(m_target, Connection);
}

Status Quotactl::startDemo()
{
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    m_err << tr("Starting a private PostgreSQL with demo data...") << Qt::endl;
    m_demoCluster = std::make_unique<ThrowawayPostgres>();
    if (const Status started = m_demoCluster->start(); !started)
        return started;
    if (const Status made = m_demoCluster->execAdmin(QStringLiteral("CREATE DATABASE quotadesk_demo")); !made)
        return made;
    m_target = m_demoCluster->conninfo(QStringLiteral("quotadesk_demo"));
    if (const Status connected = connect(); !connected)
        return connected;
    if (const auto migrated = Migrator(Connection).migrate(); !migrated)
        return Status::failure(migrated.error());
    QElapsedTimer timer;
    timer.start();
    const auto loaded = DemoData::generate(Connection, DemoData::Options{});
    if (!loaded)
        return Status::failure(loaded.error());
    m_err << tr("Demo database ready in %1 s: %2 users, %3 usage rows, %4 cache rows; staff account %5.")
                 .arg(QLocale().toString(timer.elapsed() / 1000.0, 'f', 1))
                 .arg(number(loaded->value(QStringLiteral("users")).toInteger()))
                 .arg(number(loaded->value(QStringLiteral("usage_rows")).toInteger()))
                 .arg(number(loaded->value(QStringLiteral("cache_rows")).toInteger()))
                 .arg(DemoData::staffEmail())
          << Qt::endl;
    qputenv("QUOTADESK_STAFF", DemoData::staffEmail().toUtf8());
    return {};
}

int Quotactl::fail(const QString &message)
{
    m_err << QStringLiteral("quotactl: ") << message << Qt::endl;
    return Failed;
}

void Quotactl::printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Indented);
    m_out.flush();
}

QStringList Quotactl::positional() const
{
    return m_parser.positionalArguments().mid(1); // drop the command name
}

Result<UserRef> Quotactl::user(const QString &idOrEmail) const
{
    return UserLookup(Connection).find(idOrEmail);
}

Result<UserRef> Quotactl::staff() const
{
    QString who = m_parser.isSet(QStringLiteral("as")) ? m_parser.value(QStringLiteral("as")) : qEnvironmentVariable("QUOTADESK_STAFF");
    if (who.trimmed().isEmpty())
        return Result<UserRef>::failure(tr("Admin actions need the acting staff account: --as STAFF (id or email) or QUOTADESK_STAFF."));
    return UserLookup(Connection).findStaff(who);
}

Result<qint64> Quotactl::positiveNumber(const QString &option, qint64 fallback) const
{
    if (!m_parser.isSet(option) && m_parser.value(option).isEmpty())
        return fallback;
    bool ok = false;
    const qint64 value = m_parser.value(option).trimmed().toLongLong(&ok);
    if (!ok || value < 0)
        return Result<qint64>::failure(tr("--%1 must be a whole number of 0 or more, not \"%2\".").arg(option, m_parser.value(option)));
    return value;
}

QString Quotactl::number(qint64 value) const
{
    return QLocale().toString(value);
}

QString Quotactl::limitText(const std::optional<qint64> &limit) const
{
    return limit ? number(*limit) : tr("unlimited");
}

// ---------------------------------------------------------------------------------------

int Quotactl::migrate()
{
    const auto report = Migrator(Connection).migrate();
    if (!report)
        return fail(report.error());
    if (json()) {
        printJson(QJsonObject{{QStringLiteral("from_version"), report->fromVersion},
                              {QStringLiteral("to_version"), report->toVersion},
                              {QStringLiteral("applied"), QJsonArray::fromStringList(report->applied)}});
    } else if (report->applied.isEmpty()) {
        m_out << tr("Schema is at version %1; nothing to do.").arg(report->toVersion) << '\n';
    } else {
        m_out << tr("Schema updated from version %1 to %2: %3").arg(report->fromVersion).arg(report->toVersion).arg(report->applied.join(QStringLiteral(", "))) << '\n';
    }
    return Done;
}

int Quotactl::overview()
{
    static const QStringList levels{QStringLiteral("ok"), QStringLiteral("warning"), QStringLiteral("critical"), QStringLiteral("exceeded")};
    const QString minLevel = m_parser.value(QStringLiteral("level"));
    if (!minLevel.isEmpty() && !levels.contains(minLevel))
        return fail(tr("--level must be one of ok, warning, critical, exceeded."));
    const QString sortBy = m_parser.value(QStringLiteral("sort"));
    if (sortBy != QLatin1String("daily") && sortBy != QLatin1String("monthly") && sortBy != QLatin1String("hourly"))
        return fail(tr("--sort must be daily, monthly or hourly."));
    const auto limit = positiveNumber(QStringLiteral("limit"), 0);
    if (!limit)
        return fail(limit.error());
    const QDateTime at = parseAt(m_parser.value(QStringLiteral("at")));
    if (m_parser.isSet(QStringLiteral("at")) && !at.isValid())
        return fail(tr("--at must be an ISO 8601 time, e.g. 2026-11-24T13:00:00Z."));

    const auto all = QuotaService(Connection).overview(at);
    if (!all)
        return fail(all.error());

    QHash<QString, int> counts;
    for (const QuotaStatus &s : all.value())
        ++counts[s.daily.warningLevel];

    QList<QuotaStatus> rows;
    const int minRank = minLevel.isEmpty() ? 0 : int(levels.indexOf(minLevel));
    for (const QuotaStatus &s : all.value())
        if (levels.indexOf(s.daily.warningLevel) >= minRank)
            rows << s;
    const auto window = [&sortBy](const QuotaStatus &s) -> const QuotaWindow & {
        return sortBy == QLatin1String("monthly") ? s.monthly : sortBy == QLatin1String("hourly") ? s.hourlyCalls : s.daily;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const QuotaStatus &a, const QuotaStatus &b) {
        if (window(a).percentage != window(b).percentage)
            return window(a).percentage > window(b).percentage;
        return a.userId < b.userId;
    });
    if (limit.value() > 0 && rows.size() > limit.value())
        rows.resize(limit.value());

    if (json()) {
        QJsonArray users;
        for (const QuotaStatus &s : rows)
            users.append(s.toJson());
        QJsonObject summary;
        for (const QString &level : levels)
            summary.insert(level, counts.value(level));
        printJson(QJsonObject{{QStringLiteral("total_users"), all->size()}, {QStringLiteral("daily_levels"), summary},
                              {QStringLiteral("users"), users}});
        return Done;
    }

    m_out << tr("%1 users. Daily level: %2 ok, %3 warning, %4 critical, %5 exceeded.")
                 .arg(number(all->size()), number(counts.value(QStringLiteral("ok"))), number(counts.value(QStringLiteral("warning"))),
                      number(counts.value(QStringLiteral("critical"))), number(counts.value(QStringLiteral("exceeded"))))
          << "\n\n";
    TextTable table;
    table.addColumn(tr("ID"), TextTable::Align::Right);
    table.addColumn(tr("EMAIL"));
    table.addColumn(tr("PLAN"));
    table.addColumn(tr("TODAY"), TextTable::Align::Right);
    table.addColumn(tr("DAY LIMIT"), TextTable::Align::Right);
    table.addColumn(tr("DAY %"), TextTable::Align::Right);
    table.addColumn(tr("DAY LEVEL"));
    table.addColumn(tr("MONTH"), TextTable::Align::Right);
    table.addColumn(tr("MONTH LIMIT"), TextTable::Align::Right);
    table.addColumn(tr("MONTH %"), TextTable::Align::Right);
    table.addColumn(tr("CALLS/H"), TextTable::Align::Right);
    table.addColumn(tr("CALL LIMIT"), TextTable::Align::Right);
    for (const QuotaStatus &s : rows) {
        table.addRow({QString::number(s.userId), s.email, s.limitsKnown ? s.plan : tr("%1 (no limits: freemium)").arg(s.plan),
                      number(s.daily.used), limitText(s.daily.limit), QString::number(s.daily.percentage), levelTag(s.daily.warningLevel),
                      number(s.monthly.used), limitText(s.monthly.limit), QString::number(s.monthly.percentage),
                      number(s.hourlyCalls.used), limitText(s.hourlyCalls.limit)});
    }
    m_out << table.render();
    if (rows.size() < all->size())
        m_out << tr("(%1 of %2 users shown)").arg(number(rows.size()), number(all->size())) << '\n';
    return Done;
}

int Quotactl::status()
{
    if (positional().size() != 1)
        return fail(tr("status needs exactly one USER (id or email)."));
    const auto who = user(positional().first());
    if (!who)
        return fail(who.error());
    const QDateTime at = parseAt(m_parser.value(QStringLiteral("at")));
    if (m_parser.isSet(QStringLiteral("at")) && !at.isValid())
        return fail(tr("--at must be an ISO 8601 time, e.g. 2026-11-24T13:00:00Z."));
    const auto s = QuotaService(Connection).status(who->id, at);
    if (!s)
        return fail(s.error());
    if (json()) {
        printJson(s->toJson());
        return Done;
    }
    m_out << tr("User     %1  %2 (%3)").arg(s->userId).arg(s->email, s->fullName) << '\n';
    m_out << tr("Plan     %1%2").arg(s->plan, s->limitsKnown ? QString() : tr("  (no limits row: freemium limits apply)")) << '\n';
    TextTable table;
    table.addColumn(tr("WINDOW"));
    table.addColumn(tr("USED"), TextTable::Align::Right);
    table.addColumn(tr("LIMIT"), TextTable::Align::Right);
    table.addColumn(tr("REMAINING"), TextTable::Align::Right);
    table.addColumn(tr("%"), TextTable::Align::Right);
    table.addColumn(tr("LEVEL"));
    table.addColumn(tr("RESETS AT"));
    const auto row = [&](const QString &label, const QuotaWindow &w, const QString &resets) {
        table.addRow({label, number(w.used), limitText(w.limit), w.remaining ? number(*w.remaining) : tr("unlimited"),
                      QString::number(w.percentage), levelTag(w.warningLevel), resets});
    };
    row(tr("daily tokens"), s->daily, SqlTime::toIso(s->dailyResetsAt));
    row(tr("monthly tokens"), s->monthly, SqlTime::toIso(s->monthlyResetsAt));
    row(tr("calls, last hour"), s->hourlyCalls, tr("rolling"));
    m_out << table.render();
    if (s->badRows > 0)
        m_out << tr("Note: %1 usage rows this month have negative token counts; they count as 0.").arg(number(s->badRows)) << '\n';
    return Done;
}

int Quotactl::limits()
{
    if (positional().size() != 1)
        return fail(tr("limits needs exactly one USER (id or email)."));
    const auto who = user(positional().first());
    if (!who)
        return fail(who.error());
    const auto l = QuotaService(Connection).limits(who->id);
    if (!l)
        return fail(l.error());
    if (json()) {
        printJson(l->toJson());
        return Done;
    }
    m_out << tr("Plan            %1%2").arg(l->plan, l->limitsKnown ? QString() : tr("  (no limits row: freemium limits apply)")) << '\n'
          << tr("Daily tokens    %1").arg(limitText(l->dailyTokens)) << '\n'
          << tr("Monthly tokens  %1").arg(limitText(l->monthlyTokens)) << '\n'
          << tr("Calls per hour  %1").arg(limitText(l->hourlyCalls)) << '\n';
    return Done;
}

int Quotactl::check()
{
    if (positional().size() != 1)
        return fail(tr("check needs exactly one USER (id or email)."));
    const QString task = m_parser.value(QStringLiteral("task")).trimmed();
    if (task.isEmpty())
        return fail(tr("check needs --task (extraction, cv_draft, cover_letter, validation, ...)."));
    std::optional<qint64> tokens;
    if (m_parser.isSet(QStringLiteral("tokens"))) {
        bool ok = false;
        const qint64 n = m_parser.value(QStringLiteral("tokens")).trimmed().toLongLong(&ok);
        if (!ok || n <= 0)
            return fail(tr("--tokens must be a positive whole number, not \"%1\".").arg(m_parser.value(QStringLiteral("tokens"))));
        tokens = n;
    }
    const auto who = user(positional().first());
    if (!who)
        return fail(who.error());
    const auto decision = QuotaService(Connection).check(who->id, task, tokens);
    if (!decision)
        return fail(decision.error());
    if (json())
        printJson(decision->toJson());
    else if (decision->allowed)
        m_out << tr("allowed: %1 for %2 needs about %3 tokens.").arg(task, who->email, number(decision->estimate)) << '\n';
    else
        m_out << tr("refused (%1): %2").arg(decision->reason, decision->message) << '\n';
    return decision->allowed ? Done : Refused;
}

int Quotactl::reset()
{
    if (positional().isEmpty())
        return fail(tr("reset needs at least one USER (id or email)."));
    const QString period = m_parser.value(QStringLiteral("period"));
    if (period != QLatin1String("daily") && period != QLatin1String("monthly") && period != QLatin1String("hourly"))
        return fail(tr("reset needs --period daily, monthly or hourly."));
    const QString reason = m_parser.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty())
        return fail(tr("reset needs --reason: it goes to the audit log."));
    const auto actor = staff();
    if (!actor)
        return fail(actor.error());
    QList<int> ids;
    QStringList emails;
    for (const QString &arg : positional()) {
        const auto who = user(arg);
        if (!who)
            return fail(tr("%1 Nothing was reset.").arg(who.error()));
        ids << who->id;
        emails << who->email;
    }
    const auto resets = QuotaService(Connection).reset(ids, period, reason, actor->id);
    if (!resets)
        return fail(tr("%1 Nothing was reset.").arg(resets.error()));
    if (json()) {
        QJsonArray resetIds;
        for (qint64 id : resets.value())
            resetIds.append(id);
        printJson(QJsonObject{{QStringLiteral("period"), period}, {QStringLiteral("reason"), reason},
                              {QStringLiteral("users"), QJsonArray::fromStringList(emails)}, {QStringLiteral("reset_ids"), resetIds},
                              {QStringLiteral("by"), actor->email}});
    } else {
        m_out << tr("Reset the %1 quota of %2 user(s): %3. Recorded in the audit log as %4.")
                     .arg(period)
                     .arg(ids.size())
                     .arg(emails.join(QStringLiteral(", ")), actor->email)
              << '\n';
    }
    return Done;
}

int Quotactl::cacheStats()
{
    const QDateTime since = parseAt(m_parser.value(QStringLiteral("since")));
    if (m_parser.isSet(QStringLiteral("since")) && !since.isValid())
        return fail(tr("--since must be an ISO 8601 time, e.g. 2026-11-01T00:00:00Z."));
    const auto stats = CacheService(Connection).stats(QDateTime(), since);
    if (!stats)
        return fail(stats.error());
    const QJsonObject j = stats->toJson();
    if (json()) {
        printJson(j);
        return Done;
    }
    const QLocale locale;
    m_out << tr("Entries        %1 (%2 expired)").arg(number(stats->totalEntries), number(stats->expiredEntries)) << '\n'
          << tr("Hits           %1").arg(number(stats->totalHits)) << '\n'
          << tr("Cost saved     $%1").arg(locale.toString(stats->costSavedUsd, 'f', 2)) << '\n'
          << tr("Storage        %1 MB").arg(locale.toString(stats->storageMb, 'f', 2)) << '\n'
          << tr("Average TTL    %1").arg(stats->averageTtlMinutes ? tr("%1 min").arg(locale.toString(*stats->averageTtlMinutes, 'f', 1)) : tr("none expire")) << '\n';
    if (stats->hitRate)
        m_out << tr("Hit rate       %1% (%2 hits, %3 misses recorded)").arg(locale.toString(*stats->hitRate * 100, 'f', 1), number(stats->lookupHits), number(stats->lookupMisses)) << '\n';
    else
        m_out << tr("Hit rate       unknown: no lookups recorded (entry reuse: %1 hits per entry)")
                     .arg(locale.toString(stats->totalEntries ? double(stats->totalHits) / double(stats->totalEntries) : 0.0, 'f', 2))
              << '\n';
    m_out << '\n';
    TextTable table;
    table.addColumn(tr("TYPE"));
    table.addColumn(tr("ENTRIES"), TextTable::Align::Right);
    table.addColumn(tr("EXPIRED"), TextTable::Align::Right);
    table.addColumn(tr("HITS"), TextTable::Align::Right);
    table.addColumn(tr("STORAGE MB"), TextTable::Align::Right);
    table.addColumn(tr("SAVED USD"), TextTable::Align::Right);
    const QJsonObject byType = j.value(QStringLiteral("by_type")).toObject();
    for (auto it = byType.constBegin(); it != byType.constEnd(); ++it) {
        const QJsonObject t = it.value().toObject();
        table.addRow({it.key(), number(t.value(QStringLiteral("entries")).toInteger()), number(t.value(QStringLiteral("expired_entries")).toInteger()),
                      number(t.value(QStringLiteral("hits")).toInteger()), locale.toString(t.value(QStringLiteral("storage_mb")).toDouble(), 'f', 2),
                      locale.toString(t.value(QStringLiteral("cost_saved_usd")).toDouble(), 'f', 2)});
    }
    m_out << table.render();
    return Done;
}

int Quotactl::cleanup()
{
    const auto batch = positiveNumber(QStringLiteral("batch"), 5000);
    if (!batch)
        return fail(batch.error());
    if (batch.value() < 1 || batch.value() > 1000000)
        return fail(tr("--batch must be between 1 and 1000000."));
    const CacheService cache(Connection);
    const auto expired = cache.countExpired();
    if (!expired)
        return fail(expired.error());
    if (m_parser.isSet(QStringLiteral("dry-run"))) {
        if (json())
            printJson(QJsonObject{{QStringLiteral("expired_entries"), expired.value()}, {QStringLiteral("deleted"), 0}});
        else
            m_out << tr("%1 expired cache rows would be deleted.").arg(number(expired.value())) << '\n';
        return Done;
    }
    const auto actor = staff();
    if (!actor)
        return fail(actor.error());
    if (!json())
        m_err << tr("%1 expired cache rows to delete.").arg(number(expired.value())) << Qt::endl;
    const auto report = cache.cleanupExpired(actor->id, int(batch.value()), QDateTime(), [this](qint64) { return !interrupted.load(); });
    if (!report)
        return fail(report.error());
    if (json())
        printJson(report->toJson());
    else
        m_out << tr("%1 expired rows deleted in %2 batch(es)%3.")
                     .arg(number(report->deleted))
                     .arg(report->batches)
                     .arg(report->cancelled ? tr(" (interrupted; the audit log has the exact count)") : QString())
              << '\n';
    return Done;
}

int Quotactl::cleanupUser()
{
    if (positional().size() != 1)
        return fail(tr("cleanup-user needs exactly one USER (id or email)."));
    const auto actor = staff();
    if (!actor)
        return fail(actor.error());
    const auto who = user(positional().first());
    if (!who)
        return fail(who.error());
    const auto deleted = CacheService(Connection).cleanupUser(actor->id, who->id);
    if (!deleted)
        return fail(deleted.error());
    if (json())
        printJson(QJsonObject{{QStringLiteral("user_id"), who->id}, {QStringLiteral("deleted"), deleted.value()}});
    else
        m_out << tr("%1 cache rows of %2 deleted (system rows kept).").arg(number(deleted.value()), who->email) << '\n';
    return Done;
}

int Quotactl::deleteCache()
{
    if (positional().size() != 1)
        return fail(tr("delete-cache needs exactly one KEY."));
    const auto actor = staff();
    if (!actor)
        return fail(actor.error());
    std::optional<int> owner;
    if (m_parser.isSet(QStringLiteral("user"))) {
        const auto who = user(m_parser.value(QStringLiteral("user")));
        if (!who)
            return fail(who.error());
        owner = who->id;
    }
    const QString type = m_parser.value(QStringLiteral("type"));
    const auto deleted = CacheService(Connection).remove(actor->id, positional().first(), type, owner);
    if (!deleted)
        return fail(deleted.error());
    if (json())
        printJson(QJsonObject{{QStringLiteral("cache_key"), positional().first()}, {QStringLiteral("deleted"), deleted.value()}});
    else
        m_out << tr("%1 cache entries deleted.").arg(number(deleted.value())) << '\n';
    return deleted.value() > 0 ? Done : Failed;
}

int Quotactl::warmup()
{
    const auto actor = staff();
    if (!actor)
        return fail(actor.error());
    const auto prompts = CacheService::loadPrompts(m_parser.value(QStringLiteral("prompts")));
    if (!prompts)
        return fail(prompts.error());
    const auto report = CacheService(Connection).warmup(actor->id, prompts.value());
    if (!report)
        return fail(report.error());
    if (json())
        printJson(report->toJson());
    else
        m_out << tr("System prompts: %1 inserted, %2 updated, %3 unchanged.").arg(report->inserted).arg(report->updated).arg(report->unchanged) << '\n';
    return Done;
}

int Quotactl::demoData()
{
    DemoData::Options options;
    const auto users = positiveNumber(QStringLiteral("users"), options.users);
    const auto days = positiveNumber(QStringLiteral("days"), options.days);
    const auto seed = positiveNumber(QStringLiteral("seed"), options.seed);
    for (const auto *n : {&users, &days, &seed})
        if (!*n)
            return fail(n->error());
    options.users = int(std::min<qint64>(users.value(), 1000000));
    options.days = int(std::min<qint64>(days.value(), 10000));
    options.seed = int(seed.value() % 2147483647);
    options.at = parseAt(m_parser.value(QStringLiteral("at")));
    if (m_parser.isSet(QStringLiteral("at")) && !options.at.isValid())
        return fail(tr("--at must be an ISO 8601 time, e.g. 2026-11-24T13:00:00Z."));
    QElapsedTimer timer;
    timer.start();
    const auto counts = DemoData::generate(Connection, options);
    if (!counts)
        return fail(counts.error());
    if (json()) {
        printJson(*counts);
    } else {
        m_out << tr("Loaded %1 users, %2 usage rows, %3 cache rows (%4 expired) in %5 s. Staff account: %6")
                     .arg(number(counts->value(QStringLiteral("users")).toInteger()),
                          number(counts->value(QStringLiteral("usage_rows")).toInteger()),
                          number(counts->value(QStringLiteral("cache_rows")).toInteger()),
                          number(counts->value(QStringLiteral("expired_cache_rows")).toInteger()),
                          QLocale().toString(timer.elapsed() / 1000.0, 'f', 1), DemoData::staffEmail())
              << '\n';
    }
    return Done;
}

int Quotactl::simulate()
{
    const auto requests = positiveNumber(QStringLiteral("requests"), 500);
    const auto duration = positiveNumber(QStringLiteral("duration"), 0);
    const auto rate = positiveNumber(QStringLiteral("rate"), 0);
    const auto seed = positiveNumber(QStringLiteral("seed"), 1);
    for (const auto *n : {&requests, &duration, &rate, &seed})
        if (!*n)
            return fail(n->error());
    if (requests.value() == 0 && duration.value() == 0)
        return fail(tr("simulate needs --requests or --duration, or it would never stop."));

    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    LocalResponseGenerator generator;
    TrafficSimulator simulator(Connection, generator, quint32(seed.value()));
    if (const Status ready = simulator.prepare(); !ready)
        return fail(ready.error());

    QDeadlineTimer deadline = duration.value() > 0 ? QDeadlineTimer(duration.value() * 1000) : QDeadlineTimer(QDeadlineTimer::Forever);
    QElapsedTimer clock;
    clock.start();
    qint64 sent = 0;
    while (!interrupted && !deadline.hasExpired() && (requests.value() == 0 || sent < requests.value())) {
        if (const Status stepped = simulator.step(); !stepped)
            return fail(stepped.error());
        ++sent;
        if (rate.value() > 0) {
            const qint64 due = sent * 1000 / rate.value();
            if (due > clock.elapsed())
                QThread::msleep(quint64(due - clock.elapsed()));
        }
    }
    const auto &t = simulator.tally();
    if (json()) {
        printJson(t.toJson());
    } else {
        m_out << tr("%1 requests in %2 s: %3 cache hits, %4 misses, %5 refused by quota, %6 provider errors.")
                     .arg(number(t.requests), QLocale().toString(clock.elapsed() / 1000.0, 'f', 1), number(t.hits), number(t.misses),
                          number(t.refused), number(t.errors))
              << '\n';
    }
    return Done;
}
