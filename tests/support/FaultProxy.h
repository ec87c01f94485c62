#pragma once
// A network fault on cue, for real: a TCP proxy between a client (quotactl, the dashboard)
// and the test cluster's Unix socket. After the client sends a message that contains
// `marker`, the proxy either forwards it and then cuts the connection before the reply
// (the server acts, the client never hears: "the connection died during COMMIT"), or cuts
// it without forwarding (the server never acts). It fires once. It can also refuse every
// new connection (the database cannot be reached again). Runs in its own thread, so a test
// may block on a child process meanwhile.

#include <atomic>

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QThread>

class QTcpServer;

class FaultProxy final
{
public:
    enum class Cut { BeforeRequest, BeforeReply };

    /// Listens on 127.0.0.1 (a free port) and forwards to the cluster's socket.
    FaultProxy();
    ~FaultProxy();
    Q_DISABLE_COPY_MOVE(FaultProxy)

    quint16 port() const { return m_port; }
    /// `conninfo` (of the test cluster) routed through this proxy.
    QString route(const QString &conninfo) const;

    /// `thenRefuse`: from the cut on, refuse every new connection (the database is gone).
    void cutOn(const QByteArray &marker, Cut cut, bool thenRefuse = false);
    void refuseNewConnections(bool refuse) { m_refuse = refuse; }
    int cuts() const { return m_cuts; }

private:
    friend class FaultProxyCore;
    bool takeCut(const QByteArray &seen, Cut *cut); // in the proxy's thread

    QThread m_thread;
    class FaultProxyCore *m_core = nullptr;
    quint16 m_port = 0;
    QMutex m_mutex;
    QByteArray m_marker;
    Cut m_cut = Cut::BeforeReply;
    bool m_thenRefuse = false;
    std::atomic_bool m_refuse{false};
    std::atomic_int m_cuts{0};
};
