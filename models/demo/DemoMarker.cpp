#include "demo/DemoMarker.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include "db/SqlError.h"

Status DemoMarker::mark(const QString &connectionName)
{
    // current_database() is quoted by format(%I) on the server: no name is built on the client.
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    if (!query.exec(QStringLiteral("DO $$ BEGIN EXECUTE pg_catalog.format('ALTER DATABASE %I SET quotadesk.demo_database = on',"
                                   " pg_catalog.current_database()); END $$")))
        return Status::failure(SqlError::message(query));
    return {};
}

Status DemoMarker::require(const QString &connectionName)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    if (!query.exec(QStringLiteral("SELECT pg_catalog.current_database(), EXISTS ("
                                   " SELECT 1 FROM pg_catalog.pg_db_role_setting s"
                                   " JOIN pg_catalog.pg_database d ON d.oid = s.setdatabase"
                                   " WHERE d.datname = pg_catalog.current_database() AND s.setrole = 0"
                                   " AND 'quotadesk.demo_database=on' = ANY (s.setconfig))"))
        || !query.next())
        return Status::failure(SqlError::message(query));
    if (query.value(1).toBool())
        return {};
    return Status::failure(tr("Refusing to write made-up users and usage: database \"%1\" was not created by Quotadesk as a demo database.")
                               .arg(query.value(0).toString()));
}
