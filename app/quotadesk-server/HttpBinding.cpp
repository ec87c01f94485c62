#include "HttpBinding.h"

#include <algorithm>
#include <cstdio>

#include <httplib.h>

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "rest/RestApi.h"
#include "rest/RestFailure.h"
#include "rest/RestWorkers.h"

namespace {

RestRequest restRequestOf(const httplib::Request &req)
{
    RestRequest request;
    request.method = QByteArray::fromStdString(req.method);
    request.path = QString::fromStdString(req.path); // httplib decodes it
    for (const auto &[name, value] : req.params)
        request.query.addQueryItem(QString::fromStdString(name), QString::fromStdString(value));
    for (const auto &[name, value] : req.headers)
        request.headers.insert(QByteArray::fromStdString(name).toLower(), QByteArray::fromStdString(value));
    request.body = QByteArray::fromStdString(req.body);
    return request;
}

void writeResponse(const RestResponse &response, httplib::Response &res)
{
    res.status = response.status;
    for (const auto &[name, value] : response.headers)
        res.set_header(name.toStdString(), value.toStdString());
    res.set_content(response.body.toStdString(), response.contentType.toStdString());
}

// A JSON string: quoted as it is when it needs no escaping (routes, "user:42"), else by QJsonDocument.
QByteArray jsonString(const QString &text)
{
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
    });
    if (plain)
        return '"' + text.toLatin1() + '"';
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

HttpBinding::HttpBinding(RestApi &api, RestWorkers &workers, int connections)
    : m_api(api), m_workers(workers), m_server(std::make_unique<httplib::Server>())
{
    httplib::Server &server = *m_server;
    // A keep-alive connection holds its thread while it is open, waiting on its client
    // most of the time: these threads bound the connections, the workers the sessions.
    server.new_task_queue = [connections] { return new httplib::ThreadPool(size_t(connections)); };
    // Headers and body go out in separate writes: with Nagle's algorithm the second waits
    // for the client's delayed ACK, 40 ms per request on Linux.
    server.set_tcp_nodelay(true);
    server.set_read_timeout(TimeoutSeconds, 0);
    server.set_write_timeout(TimeoutSeconds, 0);
    server.set_keep_alive_timeout(5);
    server.set_keep_alive_max_count(100000);
    server.set_payload_max_length(size_t(api.maxBodyBytes()));

    const auto handler = [this](const httplib::Request &req, httplib::Response &res) {
        QElapsedTimer timer;
        timer.start();
        const RestResponse response = m_workers.handle(restRequestOf(req));
        writeResponse(response, res);
        log(req.method.c_str(), response.route, response.status, double(timer.nsecsElapsed()) / 1e6, response.caller);
    };
    server.Get(".*", handler);
    server.Post(".*", handler);
    server.Delete(".*", handler);
    server.Put(".*", handler);
    server.Patch(".*", handler);
    // What httplib answers itself (413 over the body limit, 400 unreadable request): as JSON too.
    server.set_error_handler([this](const httplib::Request &req, httplib::Response &res) {
        if (!res.body.empty())
            return;
        // A POST without a body must still say so (Content-Length: 0; curl -d ''):
        // httplib cannot tell a missing body from one that never ends.
        const bool lengthMissing = res.status == 400 && !req.has_header("Content-Length") && !req.has_header("Transfer-Encoding")
                                   && (req.method == "POST" || req.method == "PUT" || req.method == "PATCH");
        if (lengthMissing)
            res.status = 411;
        const RestResponse response = res.status == 413 ? RestFailure::tooLarge(m_api.maxBodyBytes())
            : lengthMissing ? RestResponse::error(411, tr("Length required: send Content-Length (0 for no body)."))
                            : RestResponse::error(res.status, tr("Bad request."));
        res.set_content(response.body.toStdString(), "application/json");
        log(req.method.c_str(), QStringLiteral("unmatched"), res.status, 0, {});
    });
}

HttpBinding::~HttpBinding() = default;

int HttpBinding::bind(const QString &host, int port)
{
    if (port == 0)
        return m_server->bind_to_any_port(host.toStdString());
    return m_server->bind_to_port(host.toStdString(), port) ? port : -1;
}

bool HttpBinding::serve()
{
    return m_server->listen_after_bind();
}

void HttpBinding::stop()
{
    m_server->stop();
}

void HttpBinding::log(const char *method, const QString &route, int status, double ms, const QString &caller)
{
    // Built by hand: a QJsonObject per request cost more than some requests' own work.
    QByteArray line;
    line.reserve(160);
    line += "{\"id\":";
    line += QByteArray::number(m_nextId++);
    line += ",\"method\":";
    line += jsonString(QString::fromLatin1(method));
    line += ",\"route\":";
    line += jsonString(route);
    line += ",\"status\":";
    line += QByteArray::number(status);
    line += ",\"ms\":";
    line += QByteArray::number(ms, 'f', 2);
    line += ",\"caller\":";
    line += caller.isEmpty() ? QByteArray("null") : jsonString(caller);
    line += "}\n";
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr); // one write per line: lines never interleave
}
