#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "common/Result.h"

/// A private PostgreSQL cluster for tests, the demo and benchmarks: initdb into a fresh
/// directory, pg_ctl start on a private Unix socket (and a free loopback port, so
/// password logins can be tested), stopped and removed by stop() or the destructor.
/// As root the server runs as the `postgres` user, since PostgreSQL refuses root.
///
/// Local (socket) logins are trusted for the superuser `quotadesk`; TCP logins need a
/// password (scram-sha-256).
class ThrowawayPostgres final
{
    Q_DECLARE_TR_FUNCTIONS(ThrowawayPostgres)
    Q_DISABLE_COPY_MOVE(ThrowawayPostgres)

public:
    ThrowawayPostgres() = default;
    ~ThrowawayPostgres();

    /// Creates and starts the cluster. `keep` leaves it running after this object dies
    /// (for a ctest fixture that starts it in one process and stops it in another).
    Status start(bool keep = false);
    /// Creates and starts a hot standby of the cluster in `primaryDirectory` (listening on
    /// `primaryPort`): a base backup streamed over the primary's socket, replicating from
    /// it (pg_basebackup -R). Removed like any other.
    Status startStandbyOf(const QString &primaryDirectory, int primaryPort);
    /// Stops the server of the cluster in `directory` and removes the directory.
    static Status stopAndRemove(const QString &directory);
    Status stop();
    /// Stops the server (pg_ctl stop -m fast: sessions are ended) and keeps the cluster,
    /// to start it again on the same port and socket: a real server restart.
    Status stopServer();
    Status startServer();

    bool isRunning() const { return m_running; }
    QString directory() const { return m_directory; }
    QString socketDirectory() const { return m_directory; }
    int port() const { return m_port; }
    static QString superuser() { return QStringLiteral("quotadesk"); }

    /// libpq conninfo for a database of this cluster, over the Unix socket.
    QString conninfo(const QString &database = QStringLiteral("postgres")) const;
    static QString conninfo(const QString &directory, int port, const QString &database);

    /// Runs one SQL statement as the superuser on the `postgres` database.
    Status execAdmin(const QString &sql) const;

    /// Where initdb and pg_ctl live: $QUOTADESK_PG_BINDIR, pg_config --bindir, the newest
    /// /usr/lib/postgresql/*/bin, or PATH.
    static QString binDirectory();

private:
    Status makeDirectory();
    Status launch(int port = 0); // pg_ctl start of the data directory on `port`, 0: a free one
    Status runTool(const QString &tool, const QStringList &arguments, int timeoutMs) const;
    static Status runAsServerUser(const QString &program, const QStringList &arguments, int timeoutMs);

    QString m_directory;
    int m_port = 0;
    bool m_running = false;
    bool m_keep = false;
};
