#pragma once

#include <memory>

#include <QCoreApplication>
#include <QList>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

class QThread;

/// A session that held another up (pg_blocking_pids), as pg_stat_activity showed it.
struct BlockingSession
{
    int pid = 0; // 0: a prepared transaction (it has no session)
    QString user;
    QString applicationName;
    QString state;
    QString query;              // its last statement, one line, shortened
    QString transactionStart;   // ISO 8601 UTC; empty when unknown
    QString queryStart;         // ISO 8601 UTC; empty when unknown
    qint64 transactionAgeSeconds = -1;
    qint64 queryAgeSeconds = -1;

    /// One line for people: pid, user, application, state, transaction and statement age.
    QString describe() const;
};

/// Watches one backend from a connection of its own, in a thread of its own, and keeps the
/// sessions that blocked it. A statement that gave up on a lock can then say who held it:
/// once it has given up, nothing blocks it any more, and a waiting backend cannot ask.
class BlockingSessionWatch final
{
    Q_DISABLE_COPY_MOVE(BlockingSessionWatch)
    Q_DECLARE_TR_FUNCTIONS(BlockingSessionWatch)

public:
    /// How often the watcher looks while the backend waits.
    static constexpr int PollIntervalMs = 100;

    /// Watches the backend of `connectionName`, an open connection of the calling thread.
    explicit BlockingSessionWatch(const QString &connectionName);
    ~BlockingSessionWatch();

    /// The sessions seen blocking the backend since the last take() (latest view of each).
    QList<BlockingSession> take();

private:
    void watch(const QString &conninfo, int pid);
    void remember(const QList<BlockingSession> &now);

    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stopping = false;
    QList<BlockingSession> m_seen;
    std::unique_ptr<QThread> m_thread;
};
