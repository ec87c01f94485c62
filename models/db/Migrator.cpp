#include "db/Migrator.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "db/ConcurrentStep.h"
#include "db/LockRetry.h"
#include "db/SqlError.h"
#include "db/SqlScript.h"

namespace {

// Any constant: serialises concurrent `migrate` runs on one database.
constexpr qint64 MigrationLockKey = 0x71644D6967726174; // "qdMigrat"

// Backfill batch sizes, in usage row ids.
constexpr qint64 FirstBatch = 20000;
constexpr qint64 SmallestBatch = 1000;
constexpr qint64 LargestBatch = 500000;

} // namespace

QStringList Migrator::upstreamTables()
{
    return {QStringLiteral("users"), QStringLiteral("plans"), QStringLiteral("subscriptions"),
            QStringLiteral("ai_provider_configs"), QStringLiteral("ai_provider_usage_logs"),
            QStringLiteral("ai_cache"), QStringLiteral("admin_action_logs")};
}

QList<Migrator::Migration> Migrator::bundledMigrations()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch m = pattern.match(file);
        if (m.hasMatch())
            migrations.append({m.captured(1).toInt(), m.captured(2), dir.filePath(file)});
    }
    std::sort(migrations.begin(), migrations.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return migrations;
}

int Migrator::latestVersion()
{
    const QList<Migration> all = bundledMigrations();
    return all.isEmpty() ? 0 : all.constLast().version;
}

Result<int> Migrator::installedVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT to_regclass('quotadesk.schema_migrations') IS NOT NULL")) || !query.next())
        return Result<int>::failure(SqlError::message(query), SqlError::failureOf(query));
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM quotadesk.schema_migrations")) || !query.next())
        return Result<int>::failure(SqlError::message(query), SqlError::failureOf(query));
    return query.value(0).toInt();
}

Result<Migrator::Report> Migrator::migrate(const BackfillObserver &observer, int upToVersion, const BackfillObserver &costObserver) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return Result<Report>::failure(SqlError::notConnected());

    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT pg_advisory_lock(?)"));
    query.addBindValue(MigrationLockKey);
    if (!query.exec())
        return Result<Report>::failure(SqlError::message(query));
    auto unlock = qScopeGuard([&db] {
        QSqlQuery release(db);
        release.prepare(QStringLiteral("SELECT pg_advisory_unlock(?)"));
        release.addBindValue(MigrationLockKey);
        release.exec();
    });

    // The migrations create cluster-wide roles (0009): say so up front, in one line,
    // rather than fail half-way through one of them.
    if (const Result<int> before = installedVersion(); before && before.value() < latestVersion()) {
        if (!query.exec(QStringLiteral("SELECT rolsuper OR rolcreaterole FROM pg_catalog.pg_roles WHERE rolname = current_user"))
            || !query.next())
            return Result<Report>::failure(SqlError::message(query));
        if (!query.value(0).toBool())
            return Result<Report>::failure(tr("Migrating needs a superuser or a role with CREATEROLE (it creates the quotadesk_* roles): run quotactl migrate as one; nothing was changed."),
                                           Failure::NotPermitted);
    }

    query.exec(QStringLiteral("SET client_min_messages = warning")); // no "already exists, skipping" noise
    if (!query.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS quotadesk"))
        || !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS quotadesk.schema_migrations ("
                                      " version integer PRIMARY KEY,"
                                      " name text NOT NULL,"
                                      " checksum text NOT NULL,"
                                      " applied_at timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'))"))
        // What remains of a migration whose transaction committed: its statements that run
        // outside a transaction (ConcurrentStep), in order. The version is recorded in
        // schema_migrations only when they all ran. A DO block may add its own (the version
        // then comes from the setting the Migrator makes in that migration's transaction).
        || !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS quotadesk.schema_migration_steps ("
                                      " version integer NOT NULL DEFAULT current_setting('quotadesk.migration_version')::integer,"
                                      " ordinal bigint GENERATED BY DEFAULT AS IDENTITY,"
                                      " statement text NOT NULL,"
                                      " done_at timestamp,"
                                      " PRIMARY KEY (version, ordinal))")))
        return Result<Report>::failure(tr("Cannot create Quotadesk's bookkeeping table: %1").arg(SqlError::message(query)));

    const Result<int> installed = installedVersion();
    if (!installed)
        return Result<Report>::failure(installed.error());

    Report report;
    report.fromVersion = report.toVersion = installed.value();
    const int latest = latestVersion();
    if (installed.value() > latest)
        return Result<Report>::failure(tr("This database's Quotadesk schema is version %1, newer than this program knows (%2): upgrade Quotadesk; nothing was changed.")
                                           .arg(installed.value())
                                           .arg(latest));

    LockRetry locks(m_connectionName);
    for (const Migration &migration : bundledMigrations()) {
        if (migration.version <= installed.value())
            continue;
        if (upToVersion > 0 && migration.version > upToVersion)
            break;
        if (const Status applied = apply(migration, locks); !applied)
            return Result<Report>::failure(applied.error());
        report.applied << QStringLiteral("%1_%2").arg(migration.version, 4, 10, QLatin1Char('0')).arg(migration.name);
        report.toVersion = migration.version;
    }

    const Result<CounterBackfill> counters = backfillCounters(observer);
    if (!counters)
        return Result<Report>::failure(counters.error(), counters.why());
    report.counters = counters.value();
    // The cost rollups next, unless the counters' backfill was stopped (stop means stop).
    const Result<CounterBackfill> costs = counters->installed && !counters->complete() ? costRollupBackfill() : backfillCostRollups(costObserver);
    if (!costs)
        return Result<Report>::failure(costs.error(), costs.why());
    report.costRollups = costs.value();
    return report;
}

Status Migrator::apply(const Migration &migration, LockRetry &locks) const
{
    const QString label = QStringLiteral("%1 (%2)").arg(migration.version, 4, 10, QLatin1Char('0')).arg(migration.name);
    QFile file(migration.resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Migration %1 is missing from this build.").arg(migration.name));
    const QByteArray sql = file.readAll();
    const QString checksum = QString::fromLatin1(QCryptographicHash::hash(sql, QCryptographicHash::Sha256).toHex());
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);

    // A migration whose transaction committed has steps left: it goes on with them.
    QSqlQuery pending(db);
    pending.prepare(QStringLiteral("SELECT count(*) FROM quotadesk.schema_migration_steps WHERE version = ?"));
    pending.addBindValue(migration.version);
    if (!pending.exec() || !pending.next())
        return Status::failure(SqlError::message(pending));

    if (pending.value(0).toLongLong() == 0) {
        bool recorded = false;
        // The transaction: every statement but the concurrent ones, which it queues. With none
        // queued it records the version itself.
        const StepOutcome done = locks.run([&]() -> StepOutcome {
            if (!db.transaction())
                return StepOutcome::of(db);
            QSqlQuery step(db);
            QSqlQuery queue(db);
            // Declared after the queries: it rolls back before they free their statements.
            auto rollback = qScopeGuard([&db] { db.rollback(); });
            step.prepare(QStringLiteral("SELECT set_config('quotadesk.migration_version', ?, true)"));
            step.addBindValue(QString::number(migration.version));
            if (!step.exec())
                return StepOutcome::of(step);
            queue.prepare(QStringLiteral("INSERT INTO quotadesk.schema_migration_steps (version, statement) VALUES (?, ?)"));
            for (const QString &statement : SqlScript::split(QString::fromUtf8(sql))) {
                if (ConcurrentStep::matches(statement)) {
                    queue.addBindValue(migration.version);
                    queue.addBindValue(statement);
                    if (!queue.exec())
                        return StepOutcome::of(queue);
                } else if (!step.exec(statement)) {
                    return StepOutcome::of(step);
                }
            }
            if (!step.exec(QStringLiteral("SELECT count(*) FROM quotadesk.schema_migration_steps WHERE version = %1").arg(migration.version))
                || !step.next())
                return StepOutcome::of(step);
            const bool stepsQueued = step.value(0).toLongLong() > 0;
            if (!stepsQueued) {
                if (const StepOutcome recordedNow = record(migration, checksum); !recordedNow.ok())
                    return recordedNow;
            }
            rollback.dismiss();
            if (!db.commit()) {
                db.rollback();
                return StepOutcome::of(db);
            }
            recorded = !stepsQueued;
            return {};
        });
        if (!done.ok())
            return Status::failure(tr("Migration %1 failed and was rolled back: %2").arg(label, done.error));
        if (recorded)
            return {};
    }
    return finishSteps(migration, label, checksum, locks);
}

Status Migrator::finishSteps(const Migration &migration, const QString &label, const QString &checksum, LockRetry &locks) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery steps(db);
    steps.prepare(QStringLiteral("SELECT ordinal, statement FROM quotadesk.schema_migration_steps"
                                 " WHERE version = ? AND done_at IS NULL ORDER BY ordinal"));
    steps.addBindValue(migration.version);
    if (!steps.exec())
        return Status::failure(SqlError::message(steps));
    QList<QPair<qint64, QString>> todo;
    while (steps.next())
        todo.append({steps.value(0).toLongLong(), steps.value(1).toString()});

    for (const auto &[ordinal, statement] : todo) {
        const ConcurrentStep step(statement);
        const StepOutcome done = locks.run([&] { return step.run(m_connectionName); });
        if (!done.ok())
            return Status::failure(tr("Migration %1 is not complete (its transaction was kept; quotactl migrate goes on from here): "
                                      "a statement it runs outside its transaction failed: %2")
                                       .arg(label, done.error));
        steps.prepare(QStringLiteral("UPDATE quotadesk.schema_migration_steps SET done_at = now() AT TIME ZONE 'UTC' WHERE version = ? AND ordinal = ?"));
        steps.addBindValue(migration.version);
        steps.addBindValue(ordinal);
        if (!steps.exec())
            return Status::failure(SqlError::message(steps));
    }

    // All of it ran: now, and only now, the version counts as applied.
    const StepOutcome recorded = locks.run([&]() -> StepOutcome {
        if (!db.transaction())
            return StepOutcome::of(db);
        QSqlQuery done(db);
        done.prepare(QStringLiteral("DELETE FROM quotadesk.schema_migration_steps WHERE version = ?"));
        done.addBindValue(migration.version);
        StepOutcome outcome = done.exec() ? record(migration, checksum) : StepOutcome::of(done);
        if (outcome.ok() && !db.commit())
            outcome = StepOutcome::of(db);
        if (!outcome.ok())
            db.rollback();
        return outcome;
    });
    if (!recorded.ok())
        return Status::failure(tr("Migration %1 ran completely but could not be recorded: %2").arg(label, recorded.error));
    return {};
}

StepOutcome Migrator::record(const Migration &migration, const QString &checksum) const
{
    QSqlQuery record(QSqlDatabase::database(m_connectionName, false));
    record.prepare(QStringLiteral("INSERT INTO quotadesk.schema_migrations (version, name, checksum) VALUES (?, ?, ?)"));
    record.addBindValue(migration.version);
    record.addBindValue(migration.name);
    record.addBindValue(checksum);
    return record.exec() ? StepOutcome{} : StepOutcome::of(record);
}

// A backfill of rows that predate their triggers (0012's counters, 0026's cost rollups):
// its state table (watermark, backfilled_through) and its batch function.
struct Migrator::Backfill
{
    QString stateTable;
    QString batchFunction;
    const char *stopped; // "... stopped: %1", translated
};

Result<Migrator::CounterBackfill> Migrator::counterBackfill() const
{
    return backfillState(counterKind());
}

Result<Migrator::CounterBackfill> Migrator::backfillCounters(const BackfillObserver &observer) const
{
    return backfill(counterKind(), observer);
}

Result<Migrator::CounterBackfill> Migrator::costRollupBackfill() const
{
    return backfillState(costKind());
}

Result<Migrator::CounterBackfill> Migrator::backfillCostRollups(const BackfillObserver &observer) const
{
    return backfill(costKind(), observer);
}

const Migrator::Backfill &Migrator::counterKind()
{
    static const Migrator::Backfill kind{QStringLiteral("quotadesk.usage_counter_state"), QStringLiteral("quotadesk.usage_counters_backfill"),
                                         QT_TRANSLATE_NOOP("Migrator", "Counting the existing usage rows stopped: %1")};
    return kind;
}

const Migrator::Backfill &Migrator::costKind()
{
    static const Migrator::Backfill kind{QStringLiteral("quotadesk.cost_rollup_state"), QStringLiteral("quotadesk.cost_rollups_backfill"),
                                         QT_TRANSLATE_NOOP("Migrator", "Rolling up the costs of the existing usage rows stopped: %1")};
    return kind;
}

Result<Migrator::CounterBackfill> Migrator::backfillState(const Backfill &kind) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    CounterBackfill state;
    query.prepare(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"));
    query.addBindValue(kind.stateTable);
    if (!query.exec() || !query.next())
        return Result<CounterBackfill>::failure(SqlError::message(query), SqlError::failureOf(query));
    if (!query.value(0).toBool())
        return state;
    if (!query.exec(QStringLiteral("SELECT backfilled_through, watermark FROM %1").arg(kind.stateTable)))
        return Result<CounterBackfill>::failure(SqlError::message(query), SqlError::failureOf(query));
    if (query.next()) {
        state.installed = true;
        state.through = query.value(0).toLongLong();
        state.watermark = query.value(1).toLongLong();
    }
    return state;
}

Result<Migrator::CounterBackfill> Migrator::backfill(const Backfill &kind, const BackfillObserver &observer) const
{
    Result<CounterBackfill> state = backfillState(kind);
    if (!state || !state->installed || state->complete())
        return state;

    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery batch(db);
    batch.prepare(QStringLiteral("SELECT backfilled_through, watermark FROM %1(?::integer)").arg(kind.batchFunction));
    qint64 size = FirstBatch;
    QElapsedTimer timer;
    // A batch that waits for a writer's counter rows gives up after the lock timeout and is
    // tried again, rather than hold the rows it already locked.
    LockRetry locks(m_connectionName);
    while (!state->complete()) {
        timer.start();
        const StepOutcome ran = locks.run([&]() -> StepOutcome {
            batch.addBindValue(size);
            if (!batch.exec() || !batch.next()) // autocommit: each batch its own transaction
                return StepOutcome::of(batch);
            return {};
        });
        if (!ran.ok())
            return Result<CounterBackfill>::failure(tr(kind.stopped).arg(ran.error), SqlError::failureOf(batch));
        const qint64 elapsed = std::max<qint64>(timer.elapsed(), 1);
        state.value().through = batch.value(0).toLongLong();
        state.value().watermark = batch.value(1).toLongLong();
        batch.finish();
        // Aim at the target time per batch: a batch holds the counter rows it touches, and
        // an insert of the same user and day waits for it.
        size = std::clamp(size * BackfillBatchTargetMs / elapsed, SmallestBatch, std::min(LargestBatch, size * 4));
        if (observer && !observer(state.value()))
            break;
    }
    return state;
}

Status Migrator::verify() const
{
    const Result<int> installed = installedVersion();
    if (!installed)
        return Status::failure(installed.error(), installed.why());
    const int latest = latestVersion();
    if (installed.value() == 0)
        return Status::failure(tr("This database has no Quotadesk schema yet: run `quotactl migrate` first."));
    if (installed.value() < latest)
        return Status::failure(tr("This database's Quotadesk schema is version %1, older than this program's %2: run `quotactl migrate`.")
                                   .arg(installed.value())
                                   .arg(latest));
    if (installed.value() > latest)
        return Status::failure(tr("This database's Quotadesk schema is version %1, newer than this program knows (%2): upgrade Quotadesk.")
                                   .arg(installed.value())
                                   .arg(latest));

    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    for (const QString &table : upstreamTables()) {
        query.prepare(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"));
        query.addBindValue(QString(QStringLiteral("public.") + table));
        if (!query.exec() || !query.next())
            return Status::failure(SqlError::message(query));
        if (!query.value(0).toBool())
            return Status::failure(tr("Table \"%1\" is missing from this database: run `quotactl migrate` to create it.").arg(table));
    }
    return {};
}
