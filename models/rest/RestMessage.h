#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

/// One HTTP request as the API sees it: whatever server received it.
struct RestRequest
{
    QByteArray method;                    ///< "GET", "POST", "DELETE" …
    QString path;                         ///< decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

/// The answer: a status, extra headers and a body (JSON unless contentType says otherwise).
/// `route` and `caller` are for the request log and metrics, never sent.
struct RestResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray contentType = "application/json";
    QByteArray body;
    QString route;  ///< the route pattern that answered ("/api/v1/cache/{cache_key}"), or "unmatched"
    QString caller; ///< who asked ("user:42", "token:backend"), empty when unauthenticated

    static RestResponse json(int status, const QJsonObject &object);
    /// {"detail": detail}
    static RestResponse error(int status, const QString &detail);
    QByteArray header(const QByteArray &name) const;
};
