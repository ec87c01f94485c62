#pragma once

#include <functional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "common/Result.h"

class LockRetry;
struct StepOutcome;

/// Applies the versioned SQL files of resources/sql/ in order, each in one transaction,
/// recorded in quotadesk.schema_migrations. Creates the upstream tables only where they
/// are missing and never alters them. Refuses a database whose schema is newer than
/// this binary.
///
/// On a live database: its CREATE/DROP INDEX CONCURRENTLY statements run after its
/// transaction commits (ConcurrentStep; a version counts as applied only when they all
/// ran, and an interrupted run goes on with them), and every statement gives up on a lock
/// after LockRetry::TimeoutMs, is tried again a few times, then fails naming the session
/// that blocks it.
class Migrator final
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    /// How far the usage counters (migration 0012), or the cost rollups (0026), hold the rows
    /// that predate them: ids up to `through` are counted, of those up to `watermark`.
    struct CounterBackfill
    {
        bool installed = false; // the schema has the counters
        qint64 through = 0;
        qint64 watermark = 0;
        bool complete() const { return installed && through >= watermark; }
    };
    /// Called after each backfill batch; return false to stop (a later migrate goes on).
    using BackfillObserver = std::function<bool(const CounterBackfill &)>;

    struct Report
    {
        int fromVersion = 0;
        int toVersion = 0;
        QStringList applied; // names, in order
        CounterBackfill counters;
        CounterBackfill costRollups;
    };

    explicit Migrator(QString connectionName) : m_connectionName(std::move(connectionName)) {}

    static QList<Migration> bundledMigrations();
    static int latestVersion();

    /// Applies what is missing, then counts existing usage rows into the usage counters in
    /// short batches (each its own transaction: the application's inserts wait for a batch
    /// at most about BackfillBatchTarget), reporting to `observer` after each; then, once the
    /// counters are complete, into the cost rollups the same way, reporting to `costObserver`.
    /// upToVersion (tests): stop after that migration; 0 = all.
    Result<Report> migrate(const BackfillObserver &observer = {}, int upToVersion = 0, const BackfillObserver &costObserver = {}) const;
    /// Only the backfill (also part of migrate()).
    Result<CounterBackfill> backfillCounters(const BackfillObserver &observer = {}) const;
    /// Where the backfill stands.
    Result<CounterBackfill> counterBackfill() const;
    /// The cost rollups' backfill (also part of migrate()) and where it stands.
    Result<CounterBackfill> backfillCostRollups(const BackfillObserver &observer = {}) const;
    Result<CounterBackfill> costRollupBackfill() const;

    /// What one backfill batch aims to take; the batch size adapts to it.
    static constexpr int BackfillBatchTargetMs = 250;
    /// 0 when Quotadesk's schema was never installed.
    Result<int> installedVersion() const;
    /// Checks that the database is ready for use: schema current, upstream tables present.
    Status verify() const;

    static QStringList upstreamTables();

private:
    Status apply(const Migration &migration, LockRetry &locks) const;
    Status finishSteps(const Migration &migration, const QString &label, const QString &checksum, LockRetry &locks) const;
    StepOutcome record(const Migration &migration, const QString &checksum) const;
    struct Backfill; // which state table and batch function
    static const Backfill &counterKind();
    static const Backfill &costKind();
    Result<CounterBackfill> backfillState(const Backfill &kind) const;
    Result<CounterBackfill> backfill(const Backfill &kind, const BackfillObserver &observer) const;

    QString m_connectionName;
};
