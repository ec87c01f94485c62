#include "db/DatabaseWorker.h"

#include <thread>

#include <QDeadlineTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>

#include "db/DatabaseConnector.h"
#include "db/SqlError.h"

#include <libpq-fe.h>

/// libpq's cancel key of the worker's current connection: set in the worker's thread on
/// each connect, used from any thread.
class CancelHandle final
{
public:
    ~CancelHandle() { set(nullptr); }

    void set(PGcancel *cancel)
    {
        QMutexLocker lock(&m_mutex);
        if (m_cancel)
            PQfreeCancel(m_cancel);
        m_cancel = cancel;
    }

    /// Blocks while libpq connects to send the request: call it off the GUI thread.
    void cancel()
    {
        QMutexLocker lock(&m_mutex);
        char error[256];
        if (m_cancel)
            PQcancel(m_cancel, error, sizeof error);
    }

private:
    QMutex m_mutex;
    PGcancel *m_cancel = nullptr;
};

/// The part of a DatabaseWorker that lives in its thread.
class WorkerCore final : public QObject
{
    Q_OBJECT

public:
    WorkerCore(QString target, QString name, QString channel)
        : m_target(std::move(target)), m_name(std::move(name)), m_channel(std::move(channel))
    {
    }

    void begin()
    {
        m_health = new QTimer(this);
        m_health->setInterval(m_interval);
        connect(m_health, &QTimer::timeout, this, &WorkerCore::checkHealth);
        m_health->start();
        tryConnect();
    }

    void finish()
    {
        DatabaseConnector::close(m_name);
    }

    QStringList m_sessionStatements; // set before the thread starts
    std::shared_ptr<CancelHandle> m_cancel;
    // Set from the owner's thread when it goes: jobs still queued are skipped.
    std::atomic_bool m_retiring{false};

signals:
    // Queued to the owner (which may be gone: Qt then drops them), never emitted on it.
    void connected();
    void connectionLost(const QString &message);
    void notified(const QString &channel, const QString &payload);
    void stateChanged(bool connected, const QString &error);
    void jobEnded();

public:

    void setInterval(int ms)
    {
        m_interval = ms;
        if (m_health)
            m_health->setInterval(ms);
    }

    void runJob(const std::function<void(const QString &)> &job)
    {
        if (m_retiring)
            return;
        if (!m_open)
            tryConnect();
        job(m_name);
        if (m_open && connectionBroken())
            lose(tr("The connection to the database was lost."));
    }

private:
    // libpq knows when a connection has gone bad; Qt's isOpen() does not.
    bool connectionBroken() const
    {
        if (!QSqlDatabase::contains(m_name))
            return true;
        return SqlError::connectionBroken(QSqlDatabase::database(m_name, false).driver());
    }

    void tryConnect()
    {
        const Status opened = DatabaseConnector::open(m_target, m_name);
        if (!opened) {
            lose(opened.error());
            return;
        }
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (PGconn *conn = SqlError::libpqConnection(db.driver()))
            m_cancel->set(PQgetCancel(conn));
        for (const QString &statement : std::as_const(m_sessionStatements)) {
            QSqlQuery setting(db);
            if (!setting.exec(statement)) {
                const QString message = SqlError::message(setting);
                setting = QSqlQuery();
                lose(message);
                return;
            }
        }
        if (!m_channel.isEmpty()) {
            // Closing a connection drops its subscriptions: subscribe again every time.
            db.driver()->subscribeToNotification(m_channel);
            connect(db.driver(), &QSqlDriver::notification, this,
                    [this](const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload) {
                        emit notified(channel, payload.toString());
                    });
        }
        m_open = true;
        emit stateChanged(true, QString());
        emit connected();
    }

    void lose(const QString &message)
    {
        const bool wasOpen = m_open;
        m_open = false;
        if (QSqlDatabase::contains(m_name))
            DatabaseConnector::close(m_name);
        emit stateChanged(false, message);
        if (wasOpen || !m_reportedFailure)
            emit connectionLost(message);
        m_reportedFailure = true;
    }

    void checkHealth()
    {
        if (m_retiring)
            return;
        if (!m_open) {
            tryConnect();
            if (m_open)
                m_reportedFailure = false;
            return;
        }
        QSqlQuery ping(QSqlDatabase::database(m_name, false));
        if (!ping.exec(QStringLiteral("SELECT 1")) || connectionBroken()) {
            ping = QSqlQuery();
            lose(tr("The connection to the database was lost."));
        }
    }

    QString m_target;
    QString m_name;
    QString m_channel;
    QTimer *m_health = nullptr;
    int m_interval = 3000;
    bool m_open = false;
    bool m_reportedFailure = false;
};

namespace {
std::atomic_int retiredThreadsRunning{0};
}

DatabaseWorker::DatabaseWorker(QString target, QString name, QString channel, QObject *parent)
    : QObject(parent), m_target(std::move(target)), m_name(std::move(name)), m_channel(std::move(channel))
{
    m_thread = new QThread; // outlives this object when a job still runs at its end
    m_thread->setObjectName(m_name);
    m_cancel = std::make_shared<CancelHandle>();
    m_core = new WorkerCore(m_target, m_name, m_channel);
    m_core->m_cancel = m_cancel;
    m_core->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_core, &QObject::deleteLater);
    connect(m_core, &WorkerCore::connected, this, &DatabaseWorker::connected);
    connect(m_core, &WorkerCore::connectionLost, this, &DatabaseWorker::connectionLost);
    connect(m_core, &WorkerCore::notified, this, &DatabaseWorker::notified);
    connect(m_core, &WorkerCore::stateChanged, this, &DatabaseWorker::setState);
    connect(m_core, &WorkerCore::jobEnded, this, &DatabaseWorker::jobEnded);
}

DatabaseWorker::~DatabaseWorker()
{
    if (!m_thread->isRunning()) {
        delete m_core;
        delete m_thread;
        return;
    }
    // Quitting or switching databases never waits here: the running statement is
    // cancelled, queued jobs are skipped, and the thread closes its connection and ends
    // by itself (a dead peer within the keepalive time), then deletes itself.
    m_core->m_retiring = true;
    cancelRunningStatement();
    ++retiredThreadsRunning;
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    QMetaObject::invokeMethod(
        m_core,
        [core = m_core, thread = m_thread] {
            core->finish();
            thread->quit();
            --retiredThreadsRunning;
        },
        Qt::QueuedConnection);
}

bool DatabaseWorker::waitForRetired(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (retiredThreadsRunning > 0 && !deadline.hasExpired())
        QThread::msleep(10);
    return retiredThreadsRunning == 0;
}

void DatabaseWorker::start()
{
    if (m_thread->isRunning())
        return;
    m_thread->start();
    QMetaObject::invokeMethod(m_core, [core = m_core] { core->begin(); }, Qt::QueuedConnection);
}

void DatabaseWorker::post(std::function<void(const QString &)> job)
{
    ++m_pending;
    // jobEnded is queued after the job's own result, so idle() comes once that result was handled.
    QMetaObject::invokeMethod(
        m_core,
        [core = m_core, job = std::move(job)] {
            core->runJob(job);
            emit core->jobEnded();
        },
        Qt::QueuedConnection);
}

void DatabaseWorker::jobEnded()
{
    if (--m_pending == 0)
        emit idle();
}

void DatabaseWorker::setHealthInterval(int ms)
{
    QMetaObject::invokeMethod(m_core, [core = m_core, ms] { core->setInterval(ms); }, Qt::QueuedConnection);
}

void DatabaseWorker::cancelRunningStatement()
{
    if (m_pending == 0)
        return;
    // libpq opens a connection to send the request: never on the caller's thread.
    std::thread([cancel = m_cancel] { cancel->cancel(); }).detach();
}

void DatabaseWorker::setSessionStatements(const QStringList &statements)
{
    Q_ASSERT(!m_thread->isRunning());
    m_core->m_sessionStatements = statements;
}

void DatabaseWorker::setState(bool connected, const QString &error)
{
    m_connected = connected;
    m_lastError = error;
}

#include "DatabaseWorker.moc"
