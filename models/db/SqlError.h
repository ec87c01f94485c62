#pragma once

#include <QCoreApplication>
#include <QString>

#include "common/Result.h"

class QSqlDatabase;
class QSqlDriver;
class QSqlError;
class QSqlQuery;
struct pg_conn; // libpq's PGconn

/// The one SQL error mapper of the core: classifies a QSqlError by its SQLSTATE
/// (QSqlError::nativeErrorCode()), never by its message text, and words it as one line
/// a user can act on.
class SqlError final
{
    Q_DECLARE_TR_FUNCTIONS(SqlError)

public:
    enum class Kind {
        None,             ///< no error
        ConnectionLost,   ///< class 08, 57P01-57P03, or libpq reports the connection bad
        PermissionDenied, ///< 42501
        Conflict,         ///< 23505 unique violation
        Retryable,        ///< 40001 serialization failure, 40P01 deadlock
        Cancelled,        ///< 57014 (user request or statement timeout)
        Refused,          ///< our own QD... codes: the message is written for users
        Database,         ///< anything else: the server's first line
    };

    /// The kind of an SQLSTATE; an empty state is Database (the caller knows no more).
    static Kind kindOfState(const QString &sqlState);
    static Kind kindOf(const QSqlError &error);
    /// As kindOf(error), but a failure without SQLSTATE on a connection libpq reports
    /// bad is ConnectionLost (e.g. the server went away between two queries).
    static Kind kindOf(const QSqlQuery &query);
    /// As kindOf(query), for an error read without a QSqlQuery (LibpqQuery).
    static Kind kindOf(const QSqlError &error, const QSqlDriver *driver);

    /// NotPermitted for 42501 (the database refused the login), else Error.
    static Failure failureOf(const QSqlQuery &query);
    static Failure failureOf(const QSqlError &error, const QSqlDriver *driver);

    /// One line for people.
    static QString message(const QSqlError &error);
    static QString message(const QSqlQuery &query);
    static QString message(const QSqlError &error, const QSqlDriver *driver);
    /// For failures of QSqlDatabase::transaction(), commit() and rollback().
    static QString message(const QSqlDatabase &db);

    /// The server's first line without its severity ("ERROR:") and the "(CODE)" QPSQL appends.
    static QString serverText(const QSqlError &error);
    /// True when `driver` is a QPSQL driver whose libpq connection has gone bad.
    static bool connectionBroken(const QSqlDriver *driver);
    /// The libpq connection of a QPSQL driver; null for another driver or none.
    static pg_conn *libpqConnection(const QSqlDriver *driver);

    static QString notConnected();

    /// Our own refusal `state` (QD...) in the user's language, with `detail` (the value
    /// the SQL put in DETAIL); empty for a code without its own wording.
    static QString refusalText(const QString &state, const QString &detail);

private:
    static QString message(const QSqlError &error, Kind kind);
};
