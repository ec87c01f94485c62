#pragma once

#include <atomic>
#include <memory>

#include <QCoreApplication>
#include <QString>

class RestApi;
class RestWorkers;
namespace httplib {
class Server;
}

/// Serves a RestApi over HTTP with cpp-httplib: a pool of connection threads (a keep-alive
/// connection holds one) that read requests and hand them to the database workers
/// (RestWorkers), read and write timeouts, the body limit, and one JSON log line per
/// request on stderr (id, method, route, status, ms, caller — never a token).
class HttpBinding final
{
    Q_DECLARE_TR_FUNCTIONS(HttpBinding)

public:
    static constexpr int TimeoutSeconds = 10;

    /// Serves up to `connections` HTTP connections at once; more wait to be accepted.
    HttpBinding(RestApi &api, RestWorkers &workers, int connections);
    ~HttpBinding();
    HttpBinding(const HttpBinding &) = delete;
    HttpBinding &operator=(const HttpBinding &) = delete;

    /// Binds; the port actually bound (useful with port 0), or -1.
    int bind(const QString &host, int port);
    /// Serves until stop(); returns after the requests in flight were answered.
    bool serve();
    /// From any thread: stop accepting, let the pool finish what it has.
    void stop();

private:
    void log(const char *method, const QString &route, int status, double ms, const QString &caller);

    RestApi &m_api;
    RestWorkers &m_workers;
    std::unique_ptr<httplib::Server> m_server;
    std::atomic<quint64> m_nextId{1};
};
