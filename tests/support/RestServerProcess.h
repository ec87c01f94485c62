#pragma once
// This build's quotadesk-server as a user runs it: its own process, listening on a free
// loopback port (--listen 127.0.0.1:0; the port is read from its "Listening on" line),
// and a blocking HTTP client for it (cpp-httplib). The test target defines
// QUOTADESK_SERVER_PATH (tests/CMakeLists.txt).

#include <csignal>
#include <memory>
#include <string>

#include <httplib.h>

#include <QByteArray>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

struct HttpReply
{
    int status = 0; // 0: no answer (connection refused, timeout)
    QByteArray body;
    httplib::Headers headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const char *name) const
    {
        const auto it = headers.find(name);
        return it == headers.end() ? QByteArray() : QByteArray::fromStdString(it->second);
    }
};

class RestServerProcess final
{
public:
    RestServerProcess() = default;
    ~RestServerProcess() { terminate(); }
    Q_DISABLE_COPY_MOVE(RestServerProcess)

    /// Starts the server with `arguments` (plus --listen 127.0.0.1:0) and waits until it
    /// listens. Empty on success, else what went wrong with its output.
    QString start(const QStringList &arguments)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setReadChannel(QProcess::StandardError);
        m_process.start(QStringLiteral(QUOTADESK_SERVER_PATH), arguments + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        static const QRegularExpression listening(QStringLiteral("Listening on http://127\\.0\\.0\\.1:(\\d+)"));
        const QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(200);
            m_stderr += m_process.readAllStandardError();
            if (const QRegularExpressionMatch m = listening.match(QString::fromUtf8(m_stderr)); m.hasMatch()) {
                m_port = m.captured(1).toInt();
                return {};
            }
        }
        m_stderr += m_process.readAllStandardError();
        return QStringLiteral("quotadesk-server did not start: ") + QString::fromUtf8(m_stderr);
    }

    int port() const { return m_port; }
    QProcess &process() { return m_process; }
    /// Everything it wrote on stderr so far (the request log).
    QByteArray log()
    {
        m_stderr += m_process.readAllStandardError();
        return m_stderr;
    }

    HttpReply request(const char *method, const QString &path, const QByteArray &token = {}, const QByteArray &body = {}) const
    {
        return send(m_port, method, path, token, body);
    }

    /// One request on a connection of its own (usable from any thread).
    static HttpReply send(int port, const char *method, const QString &path, const QByteArray &token, const QByteArray &body)
    {
        httplib::Client client("127.0.0.1", port);
        client.set_read_timeout(60, 0);
        httplib::Headers headers;
        if (!token.isEmpty())
            headers.emplace("Authorization", "Bearer " + token.toStdString());
        const std::string target = path.toStdString();
        httplib::Result result = std::string(method) == "GET" ? client.Get(target, headers)
            : std::string(method) == "DELETE" ? client.Delete(target, headers, body.toStdString(), "application/json")
                                              : client.Post(target, headers, body.toStdString(), "application/json");
        HttpReply reply;
        if (!result)
            return reply;
        reply.status = result->status;
        reply.body = QByteArray::fromStdString(result->body);
        reply.headers = result->headers;
        return reply;
    }

    /// SIGTERM, then the exit code (-1: did not exit within `ms`, -2: crashed).
    int terminate(int ms = 30000)
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -2;
        ::kill(pid_t(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(ms)) {
            m_process.kill();
            m_process.waitForFinished();
            return -1;
        }
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -2;
    }

private:
    QProcess m_process;
    QByteArray m_stderr;
    int m_port = 0;
};
