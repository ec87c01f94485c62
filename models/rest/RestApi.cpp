#include "rest/RestApi.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "cache/CacheService.h"
#include "db/SqlError.h"
#include "rest/CacheEndpoints.h"
#include "rest/OpenApiDocument.h"
#include "rest/QuotaEndpoints.h"
#include "rest/RestFailure.h"

RestApi::RestApi(Options options)
    : m_options(std::move(options)), m_jwt(m_options.jwtSecret), m_connection(m_options.database)
{
    QuotaEndpoints::addTo(m_router, m_metrics);
    CacheEndpoints::addTo(m_router);
    m_router.add({"GET", QStringLiteral("/healthz"), false, true,
                  [this](const RestContext &context) { return health(context); },
                  QStringLiteral("Whether the database can be reached"), {200}, {}, {}});
    m_router.add({"GET", QStringLiteral("/metrics"), false, false,
                  [this](const RestContext &context) { return metricsText(context); },
                  QStringLiteral("Prometheus metrics: requests and latency by route and status, refusals by reason, cache lookups"),
                  {200}, {}, {}});
    m_router.add({"GET", QStringLiteral("/api/v1/openapi.json"), false, false,
                  [this](const RestContext &) { return RestResponse::json(200, openApi()); },
                  QStringLiteral("This document"), {200}, {}, {}});
}

QJsonObject RestApi::openApi() const
{
    return OpenApiDocument::build(m_router);
}

RestResponse RestApi::handle(const RestRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    QString caller;
    RestResponse response = dispatch(request, &caller);
    response.caller = caller;
    m_metrics.record(request.method, response.route, response.status, double(timer.nsecsElapsed()) / 1e9);
    return response;
}

RestResponse RestApi::dispatch(const RestRequest &request, QString *callerName)
{
    const RestRouter::Match match = m_router.match(request.method, request.path);
    if (!match.route) {
        RestResponse response = match.methodMismatch ? RestResponse::error(405, tr("Method %1 is not allowed here.").arg(QString::fromLatin1(request.method)))
                                                     : RestResponse::error(404, tr("No such endpoint: %1").arg(request.path));
        response.route = QStringLiteral("unmatched");
        return response;
    }
    const RestRoute &route = *match.route;
    auto answer = [&route](RestResponse response) {
        response.route = route.pattern;
        return response;
    };
    if (request.body.size() > m_options.maxBodyBytes)
        return answer(RestFailure::tooLarge(m_options.maxBodyBytes));

    QString connection;
    if (route.needsDatabase) {
        const Result<QString> acquired = m_connection.acquire();
        if (!acquired)
            return answer(RestFailure::unavailable());
        connection = acquired.value();
    }
    RestCaller caller;
    if (route.authenticated) {
        const Result<std::optional<RestCaller>> resolved = m_callers.resolve(request.header("authorization"), connection, route.readsOwnStatus);
        if (!resolved)
            return answer(m_connection.dropIfBroken() ? RestFailure::unavailable() : RestFailure::of(resolved));
        if (!resolved.value())
            return answer(RestFailure::unauthenticated());
        caller = *resolved.value();
        *callerName = caller.name;
    }
    RestResponse response = route.handler(RestContext{request, caller, match.params, connection});
    // A failed statement on a connection that went bad: the database is unreachable (503),
    // and the next request connects again.
    if (route.needsDatabase && response.status >= 500 && m_connection.dropIfBroken())
        response = RestFailure::unavailable();
    return answer(std::move(response));
}

RestResponse RestApi::health(const RestContext &context) const
{
    QSqlQuery query(QSqlDatabase::database(context.connection, false));
    if (!query.exec(QStringLiteral("SELECT 1")))
        return RestFailure::of(SqlError::message(query), SqlError::failureOf(query));
    return RestResponse::json(200, {{QStringLiteral("status"), QStringLiteral("ok")}});
}

RestResponse RestApi::metricsText(const RestContext &) const
{
    // The cache's hits and misses are recorded by the database; without it, the rest still answers.
    std::optional<std::pair<qint64, qint64>> lookups;
    if (const Result<QString> connection = m_connection.acquire()) {
        if (const Result<CacheStats> stats = CacheService(connection.value()).stats())
            lookups = std::make_pair(stats->lookupHits, stats->lookupMisses);
        else
            m_connection.dropIfBroken();
    }
    RestResponse response;
    response.contentType = "text/plain; version=0.0.4";
    response.body = m_metrics.prometheusText(lookups);
    return response;
}
