#include "rest/ThreadConnection.h"

#include <QSqlDatabase>
#include <QThread>

#include "db/DatabaseConnector.h"
#include "db/SqlError.h"
#include "db/StatementCache.h"

QString ThreadConnection::nameForThisThread() const
{
    // Per object and thread: two APIs in one thread (tests) never share a connection.
    return QStringLiteral("rest-%1-%2").arg(quintptr(this), 0, 16).arg(quintptr(QThread::currentThreadId()), 0, 16);
}

Result<QString> ThreadConnection::acquire() const
{
    const QString name = nameForThisThread();
    if (QSqlDatabase::database(name, false).isOpen())
        return name;
    StatementCache::keepForThisThread(); // a worker runs the same few statements all day
    const Status opened = DatabaseConnector::open(m_target, name);
    if (!opened) {
        DatabaseConnector::close(name);
        return Result<QString>::failure(opened.error(), Failure::ConnectionLost);
    }
    return name;
}

bool ThreadConnection::dropIfBroken() const
{
    const QString name = nameForThisThread();
    const QSqlDatabase db = QSqlDatabase::database(name, false);
    if (db.isOpen() && !SqlError::connectionBroken(db.driver()))
        return false;
    release();
    return true;
}

void ThreadConnection::release() const
{
    DatabaseConnector::close(nameForThisThread());
}
