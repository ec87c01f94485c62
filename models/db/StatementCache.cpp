#include "db/StatementCache.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>

namespace {

struct ThreadStatements
{
    bool keep = false;
    QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>> byConnection; // connection -> sql -> query
};

ThreadStatements &statements()
{
    thread_local ThreadStatements mine;
    return mine;
}

std::shared_ptr<QSqlQuery> freshlyPrepared(const QString &connectionName, const QString &sql)
{
    auto query = std::make_shared<QSqlQuery>(QSqlDatabase::database(connectionName, false));
    query->setForwardOnly(true);
    query->prepare(sql);
    return query;
}

} // namespace

void StatementCache::keepForThisThread()
{
    statements().keep = true;
}

bool StatementCache::keepsStatements()
{
    return statements().keep;
}

std::shared_ptr<QSqlQuery> StatementCache::prepared(const QString &connectionName, const QString &sql)
{
    ThreadStatements &mine = statements();
    if (!mine.keep)
        return freshlyPrepared(connectionName, sql);
    std::shared_ptr<QSqlQuery> &kept = mine.byConnection[connectionName][sql];
    if (!kept || kept->lastError().isValid()) // a failed one is prepared again
        kept = freshlyPrepared(connectionName, sql);
    kept->finish(); // the last run's rows go; the prepared statement stays
    return kept;
}

void StatementCache::forget(const QString &connectionName)
{
    statements().byConnection.remove(connectionName);
}
