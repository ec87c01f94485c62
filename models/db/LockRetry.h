#pragma once

#include <functional>
#include <memory>

#include <QCoreApplication>
#include <QString>

class BlockingSessionWatch;
class QSqlDatabase;
class QSqlQuery;

/// What one try of a step came to: done, or its error and SQLSTATE.
struct StepOutcome
{
    QString error;
    QString sqlState;

    bool ok() const { return error.isEmpty(); }
    static StepOutcome of(const QSqlQuery &failed);
    static StepOutcome of(const QSqlDatabase &failed); // transaction(), commit()
};

/// Schema changes on a live database: while a LockRetry lives, every statement of its
/// connection gives up on a lock after TimeoutMs (lock_timeout, this session only), so the
/// application's writers queued behind a migration's lock request wait at most that long.
/// run() tries a step again after such a timeout, a few times with a growing pause, and
/// then fails naming the sessions that blocked it (watched from a second connection).
class LockRetry final
{
    Q_DISABLE_COPY_MOVE(LockRetry)
    Q_DECLARE_TR_FUNCTIONS(LockRetry)

public:
    static constexpr int TimeoutMs = 1000;
    static constexpr int Attempts = 5;
    static constexpr int FirstPauseMs = 250; // doubled after each timeout, at most MaxPauseMs
    static constexpr int MaxPauseMs = 2000;

    /// `connectionName`: an open connection of the calling thread, not in a transaction.
    explicit LockRetry(QString connectionName);
    ~LockRetry(); // restores the session's lock_timeout

    /// Runs `attempt` (which must leave no transaction open when it fails) until it
    /// succeeds, fails otherwise than by a lock timeout, or timed out Attempts times.
    StepOutcome run(const std::function<StepOutcome()> &attempt);

private:
    QString m_connectionName;
    QString m_previousTimeout;
    std::unique_ptr<BlockingSessionWatch> m_watch; // from the first timeout on
};
