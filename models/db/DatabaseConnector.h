#pragma once

#include <QCoreApplication>
#include <QString>

#include "common/Result.h"

/// Opens PostgreSQL connections the way libpq users expect: `postgresql://` URIs,
/// `key=value` strings (including `service=NAME`), a bare database name, or nothing
/// at all (then libpq's PG* variables, service file and .pgpass decide).
/// Every session it opens runs in UTC. Errors are one line, say what to do, and never
/// contain the password.
class DatabaseConnector final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseConnector)

public:
    /// Opens the connection `connectionName` in the calling thread (replacing one of the
    /// same name). Use it only from that thread.
    static Status open(const QString &target, const QString &connectionName);
    static void close(const QString &connectionName);

    /// The libpq conninfo that `target` stands for, password removed: for logs and titles.
    static QString describe(const QString &target);

    /// Who logs in where, never a password: "user@host:port/dbname" as libpq resolves
    /// `target` (what it leaves out comes from the PG* variables and the OS user; no host
    /// is "localhost", as in .pgpass), or "service=NAME" (with "user@" when given).
    /// Empty when `target` cannot be parsed.
    static QString identity(const QString &target);
    /// Whether `target` carries a password (URI user:password@, ?password=, password=).
    static bool hasPassword(const QString &target);
    /// `target` as a key=value conninfo with `password` (replacing any): for this
    /// session's memory only. An unparsable `target` is returned unchanged.
    static QString withPassword(const QString &target, const QString &password);

private:
    /// Why opening `conninfo` failed, as one actionable line (QPSQL said `qpsqlText`).
    static QString explainFailedOpen(const QString &conninfo, const QString &qpsqlText);
};
