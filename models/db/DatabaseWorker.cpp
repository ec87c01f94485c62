#include "db/DatabaseWorker.h"

#include <thread>

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
    WorkerCore(DatabaseWorker *owner, QString target, QString name, QString channel)
        : m_owner(owner), m_target(std::move(target)), m_name(std::move(name)), m_channel(std::move(channel))
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

    void setInterval(int ms)
    {
        m_interval = ms;
        if (m_health)
            m_health->setInterval(ms);
    }

    void runJob(const std::function<void(const QString &)> &job)
    {
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
                        emit m_owner->notified(channel, payload.toString());
                    });
        }
        m_open = true;
        publishState(true, QString());
        emit m_owner->connected();
    }

    // The owner's copy of the state is only touched in the owner's thread.
    void publishState(bool open, const QString &error)
    {
        QMetaObject::invokeMethod(m_owner, [owner = m_owner, open, error] { owner->setState(open, error); }, Qt::QueuedConnection);
    }

    void lose(const QString &message)
    {
        const bool wasOpen = m_open;
        m_open = false;
        if (QSqlDatabase::contains(m_name))
            DatabaseConnector::close(m_name);
        publishState(false, message);
        if (wasOpen || !m_reportedFailure)
            emit m_owner->connectionLost(message);
        m_reportedFailure = true;
    }

    void checkHealth()
    {
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

    DatabaseWorker *m_owner;
    QString m_target;
    QString m_name;
    QString m_channel;
    QTimer *m_health = nullptr;
    int m_interval = 3000;
    bool m_open = false;
    bool m_reportedFailure = false;
};

DatabaseWorker::DatabaseWorker(QString target, QString name, QString channel, QObject *parent)
    : QObject(parent), m_target(std::move(target)), m_name(std::move(name)), m_channel(std::move(channel))
{
    m_thread.setObjectName(m_name);
    m_cancel = std::make_shared<CancelHandle>();
    m_core = new WorkerCore(this, m_target, m_name, m_channel);
    m_core->m_cancel = m_cancel;
    m_core->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_core, &QObject::deleteLater);
}

DatabaseWorker::~DatabaseWorker()
{
    if (m_thread.isRunning()) {
        // Quitting or switching databases: a statement still running is cancelled rather
        // than waited for (a dead peer ends within the keepalive time).
        cancelRunningStatement();
        QMetaObject::invokeMethod(m_core, [core = m_core] { core->finish(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_core;
    }
}

void DatabaseWorker::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    QMetaObject::invokeMethod(m_core, [core = m_core] { core->begin(); }, Qt::QueuedConnection);
}

void DatabaseWorker::post(std::function<void(const QString &)> job)
{
    ++m_pending;
    // Queued after the job's own result, so idle() comes once that result was handled.
    QMetaObject::invokeMethod(
        m_core,
        [owner = this, core = m_core, job = std::move(job)] {
            core->runJob(job);
            QMetaObject::invokeMethod(owner, [owner] { owner->jobEnded(); }, Qt::QueuedConnection);
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
    Q_ASSERT(!m_thread.isRunning());
    m_core->m_sessionStatements = statements;
}

void DatabaseWorker::setState(bool connected, const QString &error)
{
    m_connected = connected;
    m_lastError = error;
}

#include "DatabaseWorker.moc"
