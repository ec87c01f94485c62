#include "rest/ThreadConnection.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include "db/DatabaseConnector.h"
#include "db/SqlError.h"
#include "db/StatementCache.h"

namespace {

// A request never holds its worker for ever: a statement stuck on a lock or a runaway plan
// ends with an error the client sees, and the worker takes the next request. Empty: set.
QString limitStatements(const QString &connectionName)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    for (const char *statement : {"SET statement_timeout = '30s'", "SET lock_timeout = '5s'"})
        if (!query.exec(QString::fromLatin1(statement)))
            return SqlError::message(query);
    return {};
}

} // namespace

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
    if (const QString refused = limitStatements(name); !refused.isEmpty()) {
        DatabaseConnector::close(name);
        return Result<QString>::failure(refused, Failure::ConnectionLost);
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
