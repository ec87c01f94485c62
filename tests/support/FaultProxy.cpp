#include "FaultProxy.h"

#include <QLocalSocket>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>

#include "TestDatabase.h"

class FaultProxyCore final : public QObject
{
public:
    explicit FaultProxyCore(FaultProxy *owner) : m_owner(owner) {}

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        QObject::connect(m_server, &QTcpServer::newConnection, this, &FaultProxyCore::accept);
        m_server->listen(QHostAddress::LocalHost, 0);
        return m_server->serverPort();
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            if (m_owner->m_refuse) {
                client->abort();
                client->deleteLater();
                continue;
            }
            auto *server = new QLocalSocket(this);
            server->connectToServer(QStringLiteral("%1/.s.PGSQL.%2").arg(TestDatabase::clusterDirectory()).arg(TestDatabase::clusterPort()));
            server->waitForConnected(2000); // a local socket connects at once
            QObject::connect(client, &QTcpSocket::readyRead, server, [this, client, server] {
                const QByteArray data = client->readAll();
                FaultProxy::Cut cut;
                if (!m_owner->takeCut(data, &cut)) {
                    server->write(data);
                    return;
                }
                QObject::disconnect(server, nullptr, client, nullptr);
                QObject::disconnect(client, nullptr, server, nullptr);
                client->abort();
                client->deleteLater();
                if (cut == FaultProxy::Cut::BeforeRequest) {
                    server->abort();
                    server->deleteLater();
                    return;
                }
                // The server acts and answers to nobody; then the line goes dead for it too.
                server->write(data);
                QObject::connect(server, &QLocalSocket::readyRead, server, [server] {
                    server->readAll();
                    server->disconnectFromServer();
                    server->deleteLater();
                });
            });
            QObject::connect(server, &QLocalSocket::readyRead, client, [client, server] { client->write(server->readAll()); });
            QObject::connect(client, &QTcpSocket::disconnected, server, [client, server] {
                server->disconnectFromServer();
                server->deleteLater();
                client->deleteLater();
            });
            QObject::connect(server, &QLocalSocket::disconnected, client, [client] {
                client->disconnectFromHost();
            });
        }
    }

    FaultProxy *m_owner;
    QTcpServer *m_server = nullptr;
};

FaultProxy::FaultProxy()
{
    m_core = new FaultProxyCore(this);
    m_core->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_core, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_core, [this] { m_port = m_core->listen(); }, Qt::BlockingQueuedConnection);
}

FaultProxy::~FaultProxy()
{
    m_thread.quit();
    m_thread.wait();
}

QString FaultProxy::route(const QString &conninfo) const
{
    // Later keywords win in a libpq conninfo.
    return conninfo + QStringLiteral(" host=127.0.0.1 port=%1 sslmode=disable").arg(m_port);
}

void FaultProxy::cutOn(const QByteArray &marker, Cut cut, bool thenRefuse)
{
    QMutexLocker lock(&m_mutex);
    m_marker = marker;
    m_cut = cut;
    m_thenRefuse = thenRefuse;
}

bool FaultProxy::takeCut(const QByteArray &seen, Cut *cut)
{
    QMutexLocker lock(&m_mutex);
    if (m_marker.isEmpty() || !seen.contains(m_marker))
        return false;
    m_marker.clear(); // once
    *cut = m_cut;
    if (m_thenRefuse)
        m_refuse = true;
    ++m_cuts;
    return true;
}
