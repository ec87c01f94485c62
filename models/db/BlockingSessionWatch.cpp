#include "db/BlockingSessionWatch.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include "db/DatabaseConnector.h"

namespace {

QString orUnknown(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("?") : text;
}

} // namespace

QString BlockingSession::describe() const
{
    if (pid == 0)
        return BlockingSessionWatch::tr("a prepared transaction (see pg_prepared_xacts)");
    const QString transaction = transactionStart.isEmpty()
        ? BlockingSessionWatch::tr("no transaction open")
        : BlockingSessionWatch::tr("transaction open since %1 (%2 s)").arg(transactionStart).arg(transactionAgeSeconds);
    const QString statement = queryStart.isEmpty()
        ? BlockingSessionWatch::tr("no statement seen")
        : BlockingSessionWatch::tr("last statement started %1 (%2 s ago): %3").arg(queryStart).arg(queryAgeSeconds).arg(orUnknown(query));
    // Multi-argument arg(): a "%1" in an application name or a query stays as it is.
    return BlockingSessionWatch::tr("session pid %1 (user %2, application \"%3\", %4, %5, %6)")
        .arg(QString::number(pid), orUnknown(user), applicationName, orUnknown(state), transaction, statement);
}

BlockingSessionWatch::BlockingSessionWatch(const QString &connectionName)
{
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QSqlQuery query(db);
    const int pid = query.exec(QStringLiteral("SELECT pg_backend_pid()")) && query.next() ? query.value(0).toInt() : 0;
    // The same server, database and login, by what the watched connection was opened with.
    const QString conninfo = DatabaseConnector::withPassword(db.connectOptions(), db.password())
        + QStringLiteral(" application_name=quotadesk_lock_watch");
    m_thread.reset(QThread::create([this, conninfo, pid] { watch(conninfo, pid); }));
    m_thread->start();
}

BlockingSessionWatch::~BlockingSessionWatch()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
}

QList<BlockingSession> BlockingSessionWatch::take()
{
    const QMutexLocker lock(&m_mutex);
    return std::exchange(m_seen, {});
}

void BlockingSessionWatch::remember(const QList<BlockingSession> &now)
{
    const QMutexLocker lock(&m_mutex);
    for (const BlockingSession &session : now) {
        const auto same = std::find_if(m_seen.begin(), m_seen.end(), [&session](const BlockingSession &s) { return s.pid == session.pid; });
        if (same == m_seen.end())
            m_seen << session;
        else
            *same = session;
    }
}

void BlockingSessionWatch::watch(const QString &conninfo, int pid)
{
    const QString name = QStringLiteral("quotadesk-lock-watch-%1").arg(quintptr(this));
    if (pid != 0 && DatabaseConnector::open(conninfo, name)) {
        {
            QSqlQuery query(QSqlDatabase::database(name, false));
            query.prepare(QStringLiteral(
                "SELECT b.pid, coalesce(a.usename::text, ''), coalesce(a.application_name, ''), coalesce(a.state, ''),"
                "       left(regexp_replace(coalesce(a.query, ''), '\\s+', ' ', 'g'), 120),"
                "       coalesce(to_char(a.xact_start AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), ''),"
                "       coalesce(to_char(a.query_start AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), ''),"
                "       coalesce(extract(epoch FROM now() - a.xact_start)::bigint, -1),"
                "       coalesce(extract(epoch FROM now() - a.query_start)::bigint, -1)"
                " FROM unnest(pg_catalog.pg_blocking_pids(?)) AS b(pid)"
                " LEFT JOIN pg_catalog.pg_stat_activity a ON a.pid = b.pid"));
            QMutexLocker lock(&m_mutex);
            while (!m_stopping) {
                lock.unlock();
                QList<BlockingSession> now;
                query.addBindValue(pid);
                if (query.exec()) {
                    while (query.next())
                        now << BlockingSession{query.value(0).toInt(), query.value(1).toString(), query.value(2).toString(),
                                               query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                                               query.value(6).toString(), query.value(7).toLongLong(), query.value(8).toLongLong()};
                }
                remember(now);
                lock.relock();
                if (!m_stopping)
                    m_wake.wait(&m_mutex, PollIntervalMs);
            }
        }
    }
    DatabaseConnector::close(name);
}
