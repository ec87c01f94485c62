#pragma once

#include <functional>

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "rest/RestCaller.h"
#include "rest/RestMessage.h"

/// What a handler gets: the request, who asked, the path's {parameters}, the thread's
/// database connection.
struct RestContext
{
    const RestRequest &request;
    const RestCaller &caller; ///< empty (kind User, no ids) on public routes
    QHash<QString, QString> params;
    QString connection;
};

using RestHandler = std::function<RestResponse(const RestContext &)>;

/// One endpoint: how it is matched, what it does, and what the OpenAPI document says of
/// it (the document is generated from the routes, so the two cannot drift apart).
struct RestRoute
{
    QByteArray method;
    QString pattern;          ///< "/api/v1/cache/{cache_key}": a {name} matches one path segment
    bool authenticated = true; ///< false: answers without a caller (health, metrics, the document)
    bool needsDatabase = true;
    RestHandler handler;
    // For the OpenAPI document:
    QString summary;
    QList<int> statuses;       ///< the statuses it may answer besides 401/503
    QJsonObject queryParameters; ///< name -> schema
    QJsonObject requestBody;     ///< JSON schema of the body; empty: none
    bool readsOwnStatus = false; ///< a JWT caller's quota status is read with the caller (RestCaller::ownStatus)
};

/// Finds the route of a method and path.
class RestRouter final
{
public:
    struct Match
    {
        const RestRoute *route = nullptr; ///< null: 404, or 405 when `methodMismatch`
        bool methodMismatch = false;
        QHash<QString, QString> params;
    };

    void add(RestRoute route) { m_routes.append(std::move(route)); }
    const QList<RestRoute> &routes() const { return m_routes; }
    Match match(const QByteArray &method, const QString &path) const;

private:
    QList<RestRoute> m_routes;
};
