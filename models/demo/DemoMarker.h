#pragma once

#include <QCoreApplication>

#include "common/Result.h"

/// Whether a database was created by Quotadesk as a demo database: made-up users and usage
/// (DemoData, TrafficSimulator) are written only where this marker is set.
///
/// The marker is a database-level setting, `ALTER DATABASE … SET quotadesk.demo_database = on`,
/// made only by the code that CREATEs a demo database (DemoEnvironment, `quotactl --demo`,
/// the test fixtures). Why this and not a row or a comment:
/// - only the database owner or a superuser can set it, with a deliberate ALTER DATABASE;
///   a row in a table can be written by anyone with table rights, a comment is free text
///   that GUI tools edit;
/// - a plain `pg_dump` (the usual way to copy a demo's data somewhere) does not carry it,
///   while a marker row would travel with the data into production;
/// - it is read from the catalog (pg_db_role_setting, readable by every login), not with
///   current_setting(), so neither `SET` nor PGOPTIONS in a session can fake it.
class DemoMarker final
{
    Q_DECLARE_TR_FUNCTIONS(DemoMarker)

public:
    DemoMarker() = delete;

    /// Marks the database of this connection as a demo database (needs its owner or a superuser).
    static Status mark(const QString &connectionName);
    /// Succeeds on a marked database; otherwise fails with one line saying why nothing is written.
    static Status require(const QString &connectionName);
};
