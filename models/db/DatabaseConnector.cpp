#include "db/DatabaseConnector.h"

#include <poll.h>

#include <algorithm>

#include <QDeadlineTimer>
#include <QHash>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QRegularExpression>

#include <libpq-fe.h>

#include "db/SqlError.h"
#include "db/LibpqQuery.h"
#include "db/StatementCache.h"

namespace {

struct ParsedTarget
{
    QList<QPair<QString, QString>> options; // everything but the password, in order
    QString password;
    QString error;
};

QString quoteConninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

bool looksLikeUri(const QString &target)
{
    return target.startsWith(QLatin1String("postgresql://")) || target.startsWith(QLatin1String("postgres://"));
}

ParsedTarget parseTarget(const QString &rawTarget)
{
    ParsedTarget parsed;
    const QString target = rawTarget.trimmed();
    if (target.isEmpty())
        return parsed; // libpq defaults: PG* variables, service file, .pgpass

    // A bare word is a database name, as for psql.
    const QString conninfo = (looksLikeUri(target) || target.contains(u'='))
        ? target
        : QStringLiteral("dbname=") + quoteConninfoValue(target);

    char *errmsg = nullptr;
    const QByteArray utf8 = conninfo.toUtf8();
    PQconninfoOption *options = PQconninfoParse(utf8.constData(), &errmsg);
    if (!options) {
        parsed.error = errmsg ? QString::fromUtf8(errmsg).trimmed() : QStringLiteral("out of memory");
        PQfreemem(errmsg);
        return parsed;
    }
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString key = QString::fromLatin1(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (key == QLatin1String("password"))
            parsed.password = value;
        else
            parsed.options.append({key, value});
    }
    PQconninfoFree(options);
    return parsed;
}

bool hasOption(const ParsedTarget &parsed, const char *key)
{
    for (const auto &[k, v] : parsed.options)
        if (k == QLatin1String(key))
            return true;
    return false;
}

QString redact(QString text, const QString &password)
{
    if (!password.isEmpty())
        text.replace(password, QStringLiteral("********"));
    // A URI echoed back by libpq may carry user:password@.
    static const QRegularExpression uriPassword(QStringLiteral("(postgres(?:ql)?://[^:/@\\s]*):[^@\\s]*@"));
    text.replace(uriPassword, QStringLiteral("\\1:********@"));
    return text;
}

QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype nl = trimmed.indexOf(u'\n');
    return (nl < 0 ? trimmed : trimmed.left(nl)).trimmed();
}

} // namespace

Status DatabaseConnector::open(const QString &target, const QString &connectionName)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Status::failure(tr("The Qt PostgreSQL driver (QPSQL) is not installed: install the package libqt6sql6-psql."));

    const ParsedTarget parsed = parseTarget(target);
    if (!parsed.error.isEmpty())
        return Status::failure(tr("Cannot understand the connection string: %1. Use a postgresql:// URI, key=value pairs or a database name.")
                                   .arg(redact(parsed.error, parsed.password)));

    QStringList options;
    for (const auto &[key, value] : parsed.options)
        options << key + u'=' + quoteConninfoValue(value);
    // An unreachable server must not hang a tool for minutes.
    if (!hasOption(parsed, "connect_timeout") && qEnvironmentVariableIsEmpty("PGCONNECT_TIMEOUT"))
        options << QStringLiteral("connect_timeout=10");
    if (!hasOption(parsed, "fallback_application_name"))
        options << QStringLiteral("fallback_application_name=quotadesk");
    // A peer that died without a word (a dropped network, a VPN gone) surfaces within
    // about 15 s instead of the kernel's two hours: keepalives, and unacknowledged data
    // gives up after tcp_user_timeout. Ignored on Unix sockets; what the target sets wins.
    const std::pair<const char *, const char *> liveness[] = {{"keepalives", "1"}, {"keepalives_idle", "5"},
                                                              {"keepalives_interval", "2"}, {"keepalives_count", "3"},
                                                              {"tcp_user_timeout", "15000"}};
    for (const auto &[key, value] : liveness)
        if (!hasOption(parsed, key))
            options << QString::fromLatin1(key) + u'=' + QString::fromLatin1(value);

    close(connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    // QPSQL appends these to its conninfo; it would turn ';' into spaces, so we use spaces.
    db.setConnectOptions(options.join(u' '));
    if (!parsed.password.isEmpty())
        db.setPassword(parsed.password);

    if (!db.open()) {
        QStringList withPassword = options;
        if (!parsed.password.isEmpty())
            withPassword << QStringLiteral("password=") + quoteConninfoValue(parsed.password);
        const QString message =
            redact(explainFailedOpen(withPassword.join(u' '), db.lastError().databaseText()), parsed.password);
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return Status::failure(message);
    }

    QSqlQuery utc(db);
    // UTC, as the data. No JIT: Quotadesk's queries are short, and compiling the overview's
    // expressions cost more (0.36 s at 100,000 users) than running them.
    // A transaction left open by a client that vanished ends by itself (a net under the
    // keepalives: its locks must not outlive it for long).
    if (!utc.exec(QStringLiteral("SET TIME ZONE 'UTC'")) || !utc.exec(QStringLiteral("SET jit = off"))
        || !utc.exec(QStringLiteral("SET idle_in_transaction_session_timeout = '5min'"))) {
        const QString message = SqlError::message(utc);
        utc = QSqlQuery();
        db.close();
        return Status::failure(message);
    }
    return {};
}

void DatabaseConnector::close(const QString &connectionName)
{
    StatementCache::forget(connectionName); // its kept statements go before it
    LibpqQuery::forget(connectionName);
    if (!QSqlDatabase::contains(connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QString DatabaseConnector::describe(const QString &target)
{
    const ParsedTarget parsed = parseTarget(target);
    if (!parsed.error.isEmpty())
        return tr("(invalid connection string)");
    if (parsed.options.isEmpty())
        return tr("(PG* environment defaults)");
    QStringList parts;
    for (const auto &[key, value] : parsed.options)
        parts << key + u'=' + value;
    return parts.join(u' ');
}

QString DatabaseConnector::identity(const QString &target)
{
    const ParsedTarget parsed = parseTarget(target);
    if (!parsed.error.isEmpty())
        return {};
    QHash<QString, QString> values;
    for (const auto &[key, value] : parsed.options)
        values.insert(key, value);
    const QString explicitUser = values.value(QStringLiteral("user"));
    if (const QString service = values.value(QStringLiteral("service")); !service.isEmpty())
        return (explicitUser.isEmpty() ? QString() : explicitUser + u'@') + QStringLiteral("service=") + service;

    // What the target leaves out, libpq takes from PG* variables (and PGSERVICE) and the OS user.
    if (PQconninfoOption *defaults = PQconndefaults()) {
        for (PQconninfoOption *o = defaults; o->keyword; ++o) {
            const QString key = QString::fromLatin1(o->keyword);
            if (o->val && *o->val && values.value(key).isEmpty())
                values.insert(key, QString::fromUtf8(o->val));
        }
        PQconninfoFree(defaults);
    }
    const auto value = [&values](const char *key, const QString &fallback) {
        const QString v = values.value(QString::fromLatin1(key));
        return v.isEmpty() ? fallback : v;
    };
    const QString user = value("user", QString());
    return user + u'@' + value("host", QStringLiteral("localhost")) + u':' + value("port", QStringLiteral("5432")) + u'/'
           + value("dbname", user);
}

bool DatabaseConnector::hasPassword(const QString &target)
{
    return !parseTarget(target).password.isEmpty();
}

QString DatabaseConnector::withPassword(const QString &target, const QString &password)
{
    const ParsedTarget parsed = parseTarget(target);
    if (!parsed.error.isEmpty())
        return target; // open() reports why
    QStringList options;
    for (const auto &[key, value] : parsed.options)
        options << key + u'=' + quoteConninfoValue(value);
    if (!password.isEmpty())
        options << QStringLiteral("password=") + quoteConninfoValue(password);
    return options.join(u' ');
}

// QPSQL passes on only the text of a failed connection (no SQLSTATE), so after a failure
// the attempt is repeated with libpq itself, with verbose errors: libpq then writes the
// server's SQLSTATE after the severity ("FATAL:  28P01: ..."), in a format of its own,
// not a translated text. The repeat is bounded by a short deadline: a server that
// answered the first attempt with an error answers again at once; one that did not is
// unreachable either way.
QString DatabaseConnector::explainFailedOpen(const QString &conninfo, const QString &qpsqlText)
{
    const QString qpsqlLine = firstLine(qpsqlText).left(200);
    const QByteArray utf8 = conninfo.toUtf8();
    PGconn *conn = PQconnectStart(utf8.constData());
    if (!conn)
        return tr("Cannot connect: libpq is out of memory.");
    const auto finish = qScopeGuard([conn] { PQfinish(conn); });
    PQsetErrorVerbosity(conn, PQERRORS_VERBOSE);

    bool timedOut = false;
    if (PQstatus(conn) != CONNECTION_BAD) {
        QDeadlineTimer deadline(3000);
        PostgresPollingStatusType state = PGRES_POLLING_WRITING;
        while (state != PGRES_POLLING_OK && state != PGRES_POLLING_FAILED) {
            pollfd fd{PQsocket(conn), short(state == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
            const int ready = ::poll(&fd, 1, int(std::max<qint64>(deadline.remainingTime(), 0)));
            if (ready <= 0) {
                timedOut = true;
                break;
            }
            state = PQconnectPoll(conn);
        }
        if (state == PGRES_POLLING_OK)
            return tr("PostgreSQL error: %1").arg(qpsqlLine); // it works now: say what failed before
    }

    const QString libpqText = QString::fromUtf8(PQerrorMessage(conn));
    static const QRegularExpression serverError(QStringLiteral("[A-Z]+:  ([0-9A-Z]{5}): ([^\\n]*)"));
    const QRegularExpressionMatch server = serverError.match(libpqText);
    const QString user = QString::fromUtf8(PQuser(conn));
    const QString database = QString::fromUtf8(PQdb(conn));

    if (!timedOut && server.hasMatch()) {
        const QString state = server.captured(1);
        const QString text = server.captured(2).trimmed().left(200);
        if (state == QLatin1String("28P01"))
            return tr("Wrong password for PostgreSQL user \"%1\": check PGPASSWORD, ~/.pgpass or the service file.").arg(user);
        if (state == QLatin1String("3D000"))
            return tr("Database \"%1\" does not exist: create it (createdb) or name another one with --database.").arg(database);
        if (state == QLatin1String("28000")) // no such role, or no pg_hba.conf entry
            return tr("The server refuses this login (%1): connect as another user (user=... or PGUSER) or ask its administrator for access.")
                .arg(text);
        if (SqlError::kindOfState(state) == SqlError::Kind::ConnectionLost)
            return tr("The PostgreSQL server cannot take this connection now (%1): try again later.").arg(text);
        return tr("PostgreSQL refused the connection: %1").arg(text);
    }
    if (!timedOut && PQconnectionNeedsPassword(conn))
        return tr("The server asks for a password: put it in ~/.pgpass (or PGPASSWORD, or a service file).");

    // Settings libpq cannot use are reported only as text, without an SQLSTATE or a status
    // of their own (PQconnectStart fails the same way for an unknown host): these two
    // narrow checks keep the advice to fix the settings rather than the network.
    const QString libpqLine = firstLine(libpqText).left(200);
    if (!timedOut && libpqLine.contains(QLatin1String("definition of service"))) {
        static const QRegularExpression serviceName(QStringLiteral("definition of service \"([^\"]*)\""));
        return tr("Service \"%1\" is not defined: add it to ~/.pg_service.conf or set PGSERVICEFILE.")
            .arg(serviceName.match(libpqLine).captured(1));
    }
    if (!timedOut && (libpqLine.contains(QLatin1String("for connection option")) || libpqLine.contains(QLatin1String("service file"))))
        return tr("Invalid connection setting: %1. Fix the connection string.").arg(libpqLine);

    // No SQLSTATE: libpq never reached a server that answered (unknown host, refused,
    // no such socket, timeout, SSL handshake). Its own words say which.
    return tr("Cannot reach the PostgreSQL server (%1): is it running, and are host, port and sslmode right?")
        .arg(timedOut || libpqLine.isEmpty() ? qpsqlLine : libpqLine);
}
