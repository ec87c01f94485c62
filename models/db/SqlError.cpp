#include "db/SqlError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace {

// require_staff() raises a clause ("x is not a staff account (...)"), not a sentence.
const QLatin1String RequireStaffState("QD001");

// The DETAIL line of a server error: our refusals put their value there.
QString detailOf(const QSqlError &error)
{
    static const QRegularExpression detail(QStringLiteral("^DETAIL:[ \\t]*([^\\n]*)$"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = detail.match(error.databaseText());
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

// QD040's DETAIL: {kind, since, staff, login, client}, what is known of the job running.
QString jobRunningText(const QString &detail)
{
    const QJsonObject job = QJsonDocument::fromJson(detail.toUtf8()).object();
    const QString kind = job.value(QLatin1String("kind")).toString();
    const QString what = kind == QLatin1String("cache.warmup") ? SqlError::tr("A warm-up of the system prompts")
                                                                 : SqlError::tr("A clean-up of expired cache rows");
    const QString since = job.value(QLatin1String("since")).toString().mid(11, 5); // HH:MM of the ISO time
    QString who = job.value(QLatin1String("staff")).toString();
    if (who.isEmpty())
        who = job.value(QLatin1String("login")).toString();
    const QString client = job.value(QLatin1String("client")).toString();
    if (!client.isEmpty())
        who = SqlError::tr("%1 (%2)").arg(who, client);
    if (since.isEmpty() || who.isEmpty())
        return SqlError::tr("%1 is already running in another session: try again when it has finished.").arg(what);
    return SqlError::tr("%1 is already running since %2 UTC, by %3: try again when it has finished.").arg(what, since, who);
}

// QPSQL hands out its PGconn*; the type's name depends on how Qt spelled it.
bool isLibpqHandle(const QVariant &handle)
{
    return handle.isValid() && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0);
}

} // namespace

QString SqlError::refusalText(const QString &state, const QString &detail)
{
    // The refusals of the admin functions that a user meets, in the user's language. The
    // SQL wording stays for psql and logs; any other code shows the server's text.
    if (state == QLatin1String("QD031"))
        return tr("The period to reset must be daily, monthly or hourly, not \"%1\".").arg(detail);
    if (state == QLatin1String("QD032"))
        return tr("A quota reset needs a reason: say why it is reset.");
    if (state == QLatin1String("QD033"))
        return tr("No user was selected to reset.");
    if (state == QLatin1String("QD034"))
        return tr("The list of users to reset contains an empty id.");
    if (state == QLatin1String("QD004"))
        return tr("No user with id %1: nothing was reset.").arg(detail);
    if (state == QLatin1String("QD022"))
        return tr("Action id %1 was already used for another request: use a new action id.").arg(detail);
    if (state == QLatin1String("QD040"))
        return jobRunningText(detail);
    // API tokens (0017).
    if (state == QLatin1String("QD050"))
        return tr("A token needs a name of 1 to 100 characters.");
    if (state == QLatin1String("QD051"))
        return tr("A token's role must be service, viewer or admin, not \"%1\".").arg(detail);
    if (state == QLatin1String("QD052"))
        return tr("No active staff account with id %1 for the token to act as.").arg(detail);
    if (state == QLatin1String("QD053"))
        return tr("An admin token needs the staff account it acts as.");
    if (state == QLatin1String("QD054"))
        return tr("There is already an active token named \"%1\": revoke it first or choose another name.").arg(detail);
    if (state == QLatin1String("QD055"))
        return tr("There is no active token named \"%1\".").arg(detail);
    return {};
}

SqlError::Kind SqlError::kindOfState(const QString &state)
{
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") || state == QLatin1String("57P02")
        || state == QLatin1String("57P03"))
        return Kind::ConnectionLost;
    if (state == QLatin1String("42501"))
        return Kind::PermissionDenied;
    if (state == QLatin1String("23505"))
        return Kind::Conflict;
    if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
        return Kind::Retryable;
    if (state == QLatin1String("57014"))
        return Kind::Cancelled;
    if (state.startsWith(QLatin1String("QD")))
        return Kind::Refused;
    return Kind::Database;
}

SqlError::Kind SqlError::kindOf(const QSqlError &error)
{
    if (!error.isValid())
        return Kind::None;
    return kindOfState(error.nativeErrorCode());
}

SqlError::Kind SqlError::kindOf(const QSqlQuery &query)
{
    return kindOf(query.lastError(), query.driver());
}

SqlError::Kind SqlError::kindOf(const QSqlError &error, const QSqlDriver *driver)
{
    if (error.isValid() && error.nativeErrorCode().isEmpty() && connectionBroken(driver))
        return Kind::ConnectionLost;
    return kindOf(error);
}

Failure SqlError::failureOf(const QSqlQuery &query)
{
    return failureOf(query.lastError(), query.driver());
}

Failure SqlError::failureOf(const QSqlError &error, const QSqlDriver *driver)
{
    switch (kindOf(error, driver)) {
    case Kind::PermissionDenied:
        return Failure::NotPermitted;
    case Kind::ConnectionLost:
        return Failure::ConnectionLost;
    default:
        return error.nativeErrorCode() == QLatin1String("QD040") ? Failure::Busy : Failure::Error;
    }
}

pg_conn *SqlError::libpqConnection(const QSqlDriver *driver)
{
    const QVariant handle = driver ? driver->handle() : QVariant();
    return isLibpqHandle(handle) ? *static_cast<PGconn *const *>(handle.data()) : nullptr;
}

bool SqlError::connectionBroken(const QSqlDriver *driver)
{
    if (!driver || !isLibpqHandle(driver->handle()))
        return false; // not QPSQL: nothing to ask
    PGconn *conn = libpqConnection(driver);
    return !conn || PQstatus(conn) != CONNECTION_OK;
}

QString SqlError::serverText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    const qsizetype newline = text.indexOf(u'\n');
    if (newline >= 0)
        text.truncate(newline);
    static const QRegularExpression severity(QStringLiteral("^(ERROR|FATAL|PANIC):\\s*"));
    text.remove(severity);
    const QString code = error.nativeErrorCode();
    if (!code.isEmpty()) {
        const QString suffix = u'(' + code + u')';
        if (text.endsWith(suffix))
            text.chop(suffix.size());
    }
    return text.trimmed();
}

QString SqlError::message(const QSqlError &error, Kind kind)
{
    const QString text = serverText(error).left(300);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::ConnectionLost:
        return tr("Lost the connection to the PostgreSQL server (%1): reconnect and try again.").arg(text);
    case Kind::PermissionDenied:
        return tr("Permission denied (%1): ask a database administrator for the Quotadesk role this needs.").arg(text);
    case Kind::Conflict:
        return tr("Conflict with data already there (%1): refresh and try again.").arg(text);
    case Kind::Retryable:
        return tr("The database stopped this because of concurrent work (%1): try again.").arg(text);
    case Kind::Cancelled:
        return tr("The database cancelled the query (%1).").arg(text);
    case Kind::Refused:
        if (error.nativeErrorCode() == RequireStaffState)
            return tr("Refused: %1.").arg(text);
        if (const QString translated = refusalText(error.nativeErrorCode(), detailOf(error)); !translated.isEmpty())
            return translated;
        return text;
    case Kind::Database:
        break;
    }
    return tr("PostgreSQL error: %1").arg(text);
}

QString SqlError::message(const QSqlError &error)
{
    return message(error, kindOf(error));
}

QString SqlError::message(const QSqlQuery &query)
{
    return message(query.lastError(), kindOf(query));
}

QString SqlError::message(const QSqlError &error, const QSqlDriver *driver)
{
    return message(error, kindOf(error, driver));
}

QString SqlError::message(const QSqlDatabase &db)
{
    const QSqlError error = db.lastError();
    Kind kind = kindOf(error);
    if (kind != Kind::None && error.nativeErrorCode().isEmpty() && connectionBroken(db.driver()))
        kind = Kind::ConnectionLost;
    return message(error, kind);
}

QString SqlError::notConnected()
{
    return tr("Not connected to a database.");
}
