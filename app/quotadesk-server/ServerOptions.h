#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "common/Result.h"

/// What quotadesk-server was asked to do: from the command line, else QUOTADESK_*
/// environment variables.
struct ServerOptions
{
    Q_DECLARE_TR_FUNCTIONS(ServerOptions)

public:
    static constexpr int DefaultConnections = 128;
    /// Database workers: one per core, at least 2. More busy sessions than cores only
    /// queue inside PostgreSQL (measured: 2 workers 2,450 checks/s at p99 17 ms on 2
    /// cores, 8 workers 1,650/s at p99 98 ms).
    static int defaultThreads();

    QString database;
    QString host = QStringLiteral("127.0.0.1");
    int port = 8080;
    QByteArray jwtSecret;
    int threads = defaultThreads();
    int connections = DefaultConnections;
    bool demo = false;

    /// Parses `arguments` (help and version print and exit).
    static Result<ServerOptions> parse(const QStringList &arguments);
};
