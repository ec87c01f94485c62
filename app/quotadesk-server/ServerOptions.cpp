#include "ServerOptions.h"

#include <QCommandLineParser>
#include <QFile>
#include <QThread>

namespace {

QString optionOrEnvironment(const QCommandLineParser &parser, const QString &name, const char *variable)
{
    return parser.isSet(name) ? parser.value(name) : qEnvironmentVariable(variable);
}

// A count option (or its environment variable) between 1 and 1024; `*value` is left
// alone when neither is given.
bool readCount(const QCommandLineParser &parser, const QString &name, const char *variable, int *value)
{
    const QString text = optionOrEnvironment(parser, name, variable);
    if (text.isEmpty())
        return true;
    bool ok = false;
    const int given = text.toInt(&ok);
    if (!ok || given < 1 || given > 1024)
        return false;
    *value = given;
    return true;
}

} // namespace

int ServerOptions::defaultThreads()
{
    return std::max(2, QThread::idealThreadCount());
}

Result<ServerOptions> ServerOptions::parse(const QStringList &arguments)
{
    using R = Result<ServerOptions>;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Serves Quotadesk's REST API (quotas and the AI cache) over HTTP."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("database"), tr("PostgreSQL target (URI, key=value or service=NAME) of a login holding quotadesk_service and quotadesk_delegate. Also QUOTADESK_DATABASE."), tr("conn")},
        {QStringLiteral("listen"), tr("Address and port to listen on (default 127.0.0.1:8080). Also QUOTADESK_LISTEN."), tr("host:port")},
        {QStringLiteral("jwt-secret-file"), tr("File holding the app's SECRET_KEY, which signs its users' JWTs (HS256). Also QUOTADESK_JWT_SECRET_FILE."), tr("file")},
        {QStringLiteral("threads"), tr("Database workers, each with its own database connection (default %1: one per core, at least 2). Also QUOTADESK_THREADS.").arg(defaultThreads()), tr("n")},
        {QStringLiteral("connections"), tr("HTTP connections served at once; more wait to be accepted (default %1). Also QUOTADESK_CONNECTIONS.").arg(DefaultConnections), tr("n")},
        {QStringLiteral("demo"), tr("Serve a private demo database and print tokens to try it with.")},
    });
    parser.process(arguments);

    ServerOptions options;
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.database = optionOrEnvironment(parser, QStringLiteral("database"), "QUOTADESK_DATABASE");
    if (options.database.isEmpty() && !options.demo)
        return R::failure(tr("No database: give --database CONN or QUOTADESK_DATABASE (or --demo)."));

    if (const QString listen = optionOrEnvironment(parser, QStringLiteral("listen"), "QUOTADESK_LISTEN"); !listen.isEmpty()) {
        const qsizetype colon = listen.lastIndexOf(u':');
        bool ok = false;
        const int port = listen.mid(colon + 1).toInt(&ok);
        if (colon <= 0 || !ok || port < 0 || port > 65535)
            return R::failure(tr("--listen takes HOST:PORT, e.g. 127.0.0.1:8080, not %1.").arg(listen));
        options.host = listen.left(colon);
        options.port = port;
    }
    if (const QString file = optionOrEnvironment(parser, QStringLiteral("jwt-secret-file"), "QUOTADESK_JWT_SECRET_FILE"); !file.isEmpty()) {
        QFile secret(file);
        if (!secret.open(QIODevice::ReadOnly))
            return R::failure(tr("Cannot read the JWT secret file %1: %2").arg(file, secret.errorString()));
        options.jwtSecret = secret.readAll().trimmed();
        if (options.jwtSecret.isEmpty())
            return R::failure(tr("The JWT secret file %1 is empty.").arg(file));
    }
    if (!readCount(parser, QStringLiteral("threads"), "QUOTADESK_THREADS", &options.threads))
        return R::failure(tr("--threads takes a number from 1 to 1024."));
    if (!readCount(parser, QStringLiteral("connections"), "QUOTADESK_CONNECTIONS", &options.connections))
        return R::failure(tr("--connections takes a number from 1 to 1024."));
    return options;
}
