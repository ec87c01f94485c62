#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include "common/Result.h"

/// Whether an open connection is encrypted (TLS) and whether the server's certificate was
/// verified (sslmode verify-ca or verify-full), read from libpq; and whether the server
/// is local (a Unix socket or a loopback address), where no TLS is needed.
class ConnectionSecurity final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSecurity)

public:
    struct Info
    {
        QString host;    // as libpq connected: a socket directory, a name or an address
        QString sslMode; // in effect (libpq's default is prefer)
        bool encrypted = false;
        bool verified = false;     // the certificate was checked (verify-ca / verify-full)
        bool hostChecked = false;  // ...and the host name too (verify-full)
        bool local = true;
        /// Not local and not encrypted: passwords and data cross the network in clear.
        bool exposed() const { return !local && !encrypted; }
    };

    /// Reads the state of the connection `connectionName`: call it in that connection's
    /// thread (a DatabaseWorker job), never on the GUI thread.
    static Result<Info> probe(const QString &connectionName);

    /// A Unix socket (an absolute path or an abstract `@` socket, or no host at all),
    /// `localhost`, or a loopback address (127.0.0.0/8, ::1).
    static bool isLocalHost(const QString &host);

    /// One short line for the status bar, and a longer one for its tooltip.
    static QString statusText(const Info &info);
    static QString detailText(const Info &info);
};

Q_DECLARE_METATYPE(ConnectionSecurity::Info)
