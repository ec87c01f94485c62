#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "rest/CallerResolver.h"
#include "rest/JwtVerifier.h"
#include "rest/RestMessage.h"
#include "rest/RestMetrics.h"
#include "rest/RestRouter.h"
#include "rest/ThreadConnection.h"

/// The REST API as one function: a request in, a response out, no sockets. Thread-safe:
/// each calling thread uses its own database connection (ThreadConnection), so a server
/// calls handle() from every worker thread at once.
class RestApi final
{
    Q_DECLARE_TR_FUNCTIONS(RestApi)

public:
    static constexpr qint64 DefaultMaxBodyBytes = 1024 * 1024;

    struct Options
    {
        QString database;          ///< libpq target of the server's login
        QByteArray jwtSecret;      ///< the app's SECRET_KEY; empty: JWTs are not accepted
        qint64 maxBodyBytes = DefaultMaxBodyBytes;
    };

    explicit RestApi(Options options);
    Q_DISABLE_COPY_MOVE(RestApi)

    RestResponse handle(const RestRequest &request);
    /// Closes the calling thread's database connection (a worker thread ending).
    void threadFinished() const { m_connection.release(); }

    QJsonObject openApi() const;
    qint64 maxBodyBytes() const { return m_options.maxBodyBytes; }

private:
    RestResponse dispatch(const RestRequest &request, QString *caller);
    RestResponse health(const RestContext &context) const;
    RestResponse metricsText(const RestContext &context) const;

    Options m_options;
    JwtVerifier m_jwt;
    CallerResolver m_callers{m_jwt};
    ThreadConnection m_connection;
    RestMetrics m_metrics;
    RestRouter m_router;
};
