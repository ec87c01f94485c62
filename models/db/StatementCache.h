#pragma once

#include <memory>

#include <QSqlQuery>
#include <QString>

/// Statements prepared once per connection and kept, for threads that run the same few
/// statements all the time (the REST server's workers): PostgreSQL then parses them once
/// and, after a few runs, plans them once. Other threads get a fresh statement each time,
/// as before (a kept statement would outlive a migration that changes its result type).
class StatementCache final
{
public:
    /// From now on, the calling thread keeps its statements.
    static void keepForThisThread();
    static bool keepsStatements();
    /// A forward-only query on `connectionName` prepared with `sql`, values to bind next:
    /// the calling thread's kept one, or a fresh one (QSqlQuery is not to be copied).
    static std::shared_ptr<QSqlQuery> prepared(const QString &connectionName, const QString &sql);
    /// Drops the calling thread's statements on `connectionName` (it is being closed).
    static void forget(const QString &connectionName);
};
