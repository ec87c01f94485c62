#include "db/DatabaseConnector.h"

#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QRegularExpression>

#include <libpq-fe.h>

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

    close(connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    // QPSQL appends these to its conninfo; it would turn ';' into spaces, so we use spaces.
    db.setConnectOptions(options.join(u' '));
    if (!parsed.password.isEmpty())
        db.setPassword(parsed.password);

    if (!db.open()) {
        const QString message = explain(redact(db.lastError().databaseText() + u' ' + db.lastError().driverText(), parsed.password));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return Status::failure(message);
    }

    QSqlQuery utc(db);
    if (!utc.exec(QStringLiteral("SET TIME ZONE 'UTC'"))) {
        const QString message = explain(utc.lastError().databaseText());
        utc = QSqlQuery();
        db.close();
        return Status::failure(message);
    }
    return {};
}

void DatabaseConnector::close(const QString &connectionName)
{
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

QString DatabaseConnector::explain(const QString &libpqMessage)
{
    const QString text = libpqMessage.simplified();
    auto captured = [&text](const char *pattern) {
        const QRegularExpressionMatch m = QRegularExpression(QString::fromLatin1(pattern)).match(text);
        return m.hasMatch() ? m.captured(1) : QString();
    };

    if (text.contains(QLatin1String("password authentication failed")))
        return tr("Wrong password for PostgreSQL user \"%1\": check PGPASSWORD, ~/.pgpass or the service file.")
            .arg(captured("for user \"([^\"]*)\""));
    if (text.contains(QLatin1String("no password supplied")) || text.contains(QLatin1String("password is required")))
        return tr("The server asks for a password: put it in ~/.pgpass (or PGPASSWORD, or a service file).");
    if (text.contains(QLatin1String("service file")) && text.contains(QLatin1String("not found")))
        return tr("Service file %1 not found: create it or fix PGSERVICEFILE.").arg(captured("service file \"([^\"]*)\""));
    if (text.contains(QLatin1String("for connection option")))
        return tr("Invalid connection setting: %1. Fix the connection string.").arg(firstLine(libpqMessage).left(200));
    if (text.contains(QLatin1String("definition of service")))
        return tr("Service \"%1\" is not defined: add it to ~/.pg_service.conf or set PGSERVICEFILE.")
            .arg(captured("definition of service \"([^\"]*)\""));
    if (text.contains(QLatin1String("database \"")) && text.contains(QLatin1String("does not exist")))
        return tr("Database \"%1\" does not exist: create it (createdb) or name another one with --database.")
            .arg(captured("database \"([^\"]*)\" does not exist"));
    if (text.contains(QLatin1String("role \"")) && text.contains(QLatin1String("does not exist")))
        return tr("PostgreSQL role \"%1\" does not exist: connect as another user (user=... or PGUSER).")
            .arg(captured("role \"([^\"]*)\" does not exist"));
    if (text.contains(QLatin1String("no pg_hba.conf entry")))
        return tr("The server refuses this client (no pg_hba.conf entry): ask its administrator for access.");
    if (text.contains(QLatin1String("could not translate host name")))
        return tr("Unknown host: %1. Check the host name in the connection string or PGHOST.")
            .arg(captured("host name \"([^\"]*)\""));
    if (text.contains(QLatin1String("Connection refused")) || text.contains(QLatin1String("No such file or directory"))
        || text.contains(QLatin1String("timeout expired")) || text.contains(QLatin1String("could not connect"))
        || text.contains(QLatin1String("server closed the connection")) || text.contains(QLatin1String("no connection to the server"))
        || text.contains(QLatin1String("terminating connection")))
        return tr("Cannot reach the PostgreSQL server (%1): is it running, and are host and port right?")
            .arg(firstLine(libpqMessage).left(200));
    if (text.contains(QLatin1String("SSL")))
        return tr("SSL negotiation failed (%1): check sslmode and the server's certificates.").arg(firstLine(libpqMessage).left(200));
    return tr("PostgreSQL error: %1").arg(firstLine(libpqMessage).left(300));
}
