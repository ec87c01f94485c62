#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThread>

class WorkerCore;

/// Runs database jobs off the GUI thread: its own QThread, its own named connection
/// (opened in that thread, never shared), LISTEN/NOTIFY on that connection, and
/// reconnection by itself after the server went away.
///
/// A job is a function of the connection name, run in the worker thread; its result
/// comes back to `done`, called in the thread of `context` — and dropped if `context`
/// died in the meantime.
class DatabaseWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWorker)

public:
    /// `target` as for DatabaseConnector::open; `channel` is LISTENed to (empty: none).
    explicit DatabaseWorker(QString target, QString name, QString channel = {}, QObject *parent = nullptr);

    /// Never blocks: a running statement is cancelled and the thread ends by itself.
    ~DatabaseWorker() override;
    /// Waits at most `timeoutMs` for the threads of destroyed workers to end (before the
    /// process exits); false when one is still stuck (e.g. on a dead network).
    static bool waitForRetired(int timeoutMs);

    /// Starts the thread and connects (asynchronously: watch connected()/connectionLost()).
    void start();

    template <typename T>
    void run(QObject *context, std::function<T(const QString &connectionName)> job, std::function<void(T)> done)
    {
        post([context = QPointer<QObject>(context), job = std::move(job), done = std::move(done)](const QString &connection) {
            T result = job(connection);
            if (context)
                QMetaObject::invokeMethod(context.data(), [done, result = std::move(result)] { done(result); }, Qt::QueuedConnection);
        });
    }

    /// A job without result.
    void post(std::function<void(const QString &connectionName)> job);

    /// No job waiting or running, and every result already handed to its context: a test
    /// waits for this (or idle()) before asserting that nothing happened.
    bool isIdle() const { return m_pending == 0; }

    bool isConnected() const { return m_connected; }
    QString lastError() const { return m_lastError; }
    QString connectionName() const { return m_name; }

    /// How often an idle connection is checked and a lost one retried (ms).
    void setHealthInterval(int ms);
    /// Asks the server to cancel the statement a job is running now (libpq's cancel
    /// request, from any thread, never blocking the caller): the job fails with
    /// "cancelled". Nothing happens when no statement runs.
    void cancelRunningStatement();

    /// Statements run on every (re)connection, before any job: per-session limits such as
    /// statement_timeout for interactive reads or lock_timeout for admin actions. Call
    /// before start().
    void setSessionStatements(const QStringList &statements);

signals:
    void connected();
    void connectionLost(const QString &message);
    void notified(const QString &channel, const QString &payload);
    /// The last pending job ended (after its result reached its context).
    void idle();

private:
    void setState(bool connected, const QString &error);
    void jobEnded();

    QString m_target;
    QString m_name;
    QString m_channel;
    QThread *m_thread = nullptr; // deletes itself once ended
    WorkerCore *m_core = nullptr; // lives in m_thread
    bool m_connected = false;
    QString m_lastError;
    std::atomic_int m_pending{0}; // posted jobs not yet ended
    std::shared_ptr<class CancelHandle> m_cancel; // shared with the worker's thread
};
