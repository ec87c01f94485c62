#pragma once

#include <QCoreApplication>
#include <QString>

#include "common/Result.h"

/// The database connection of the calling thread: each server worker thread has its own
/// (QSqlDatabase connections belong to the thread that opened them), opened on its first
/// request and kept, so a request sets up no connection. After the server went away the
/// broken connection is dropped and the next request opens a new one: the API recovers
/// by itself.
class ThreadConnection final
{
    Q_DECLARE_TR_FUNCTIONS(ThreadConnection)

public:
    explicit ThreadConnection(QString target) : m_target(std::move(target)) {}
    ~ThreadConnection() { release(); }
    Q_DISABLE_COPY_MOVE(ThreadConnection)

    /// The calling thread's connection name, opened if needed. Failure: the database
    /// cannot be reached now (Failure::ConnectionLost).
    Result<QString> acquire() const;
    /// Whether the thread's connection has gone bad (libpq says so); then it is closed,
    /// so the next acquire() connects again.
    bool dropIfBroken() const;
    /// Closes the calling thread's connection (a worker thread ending; the destructor
    /// closes the destroying thread's).
    void release() const;

private:
    QString nameForThisThread() const;

    QString m_target;
};
