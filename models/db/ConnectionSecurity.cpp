#include "db/ConnectionSecurity.h"

#include <QHostAddress>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

Result<ConnectionSecurity::Info> ConnectionSecurity::probe(const QString &connectionName)
{
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    const QSqlDriver *driver = db.driver();
    const QVariant handle = driver ? driver->handle() : QVariant();
    // QPSQL hands out its PGconn* (see SqlError::connectionBroken).
    if (!db.isOpen() || !handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return Result<Info>::failure(tr("Not connected to PostgreSQL."));
    PGconn *conn = *static_cast<PGconn *const *>(handle.data());
    if (!conn || PQstatus(conn) != CONNECTION_OK)
        return Result<Info>::failure(tr("Not connected to PostgreSQL."));

    Info info;
    info.host = QString::fromLocal8Bit(PQhost(conn));
    info.local = isLocalHost(info.host);
    info.encrypted = PQsslInUse(conn) == 1;
    info.sslMode = QStringLiteral("prefer");
    if (PQconninfoOption *options = PQconninfo(conn)) {
        for (PQconninfoOption *o = options; o->keyword; ++o)
            if (qstrcmp(o->keyword, "sslmode") == 0 && o->val && *o->val)
                info.sslMode = QString::fromLatin1(o->val);
        PQconninfoFree(options);
    }
    info.hostChecked = info.encrypted && info.sslMode == QLatin1String("verify-full");
    info.verified = info.hostChecked || (info.encrypted && info.sslMode == QLatin1String("verify-ca"));
    return info;
}

bool ConnectionSecurity::isLocalHost(const QString &host)
{
    const QString h = host.trimmed();
    if (h.isEmpty() || h.startsWith(u'/') || h.startsWith(u'@'))
        return true; // libpq's default and explicit Unix sockets
    if (h.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString address = h;
    if (address.startsWith(u'[') && address.endsWith(u']'))
        address = address.mid(1, address.size() - 2);
    const QHostAddress parsed(address);
    return !parsed.isNull() && parsed.isLoopback();
}

QString ConnectionSecurity::statusText(const Info &info)
{
    if (info.encrypted && info.hostChecked)
        return tr("Encrypted, server verified");
    if (info.encrypted && info.verified)
        return tr("Encrypted, certificate verified (host name not checked)");
    if (info.encrypted)
        return tr("Encrypted, server not verified");
    if (info.local)
        return tr("Local connection, not encrypted");
    return tr("Not encrypted");
}

QString ConnectionSecurity::detailText(const Info &info)
{
    if (info.encrypted && info.hostChecked)
        return tr("TLS is in use and the server's certificate and host name were checked (sslmode %1).").arg(info.sslMode);
    if (info.encrypted && info.verified)
        return tr("TLS is in use and the server's certificate was checked, but not its host name (sslmode %1). Use verify-full to check both.")
            .arg(info.sslMode);
    if (info.encrypted)
        return tr("TLS is in use, but the server's certificate was not checked (sslmode %1): another server could pose as this one. "
                  "Use verify-full with the server's root certificate.")
            .arg(info.sslMode);
    if (info.local && info.host.isEmpty())
        return tr("Connected through a local socket: the data do not cross the network.");
    if (info.local)
        return tr("Connected to %1 on this computer: the data do not cross the network.").arg(info.host);
    return tr("Connected to %1 without TLS: passwords and data cross the network in clear. Use sslmode verify-full.").arg(info.host);
}
