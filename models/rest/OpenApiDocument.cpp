#include "rest/OpenApiDocument.h"

#include <QJsonArray>
#include <QRegularExpression>

#include "rest/RestRouter.h"

namespace {

QString reasonOf(int status)
{
    switch (status) {
    case 200: return QStringLiteral("OK");
    case 400: return QStringLiteral("Bad request: the detail names the field");
    case 401: return QStringLiteral("Not authenticated (never says which part failed)");
    case 403: return QStringLiteral("Not permitted");
    case 404: return QStringLiteral("No such user, entry or route");
    case 409: return QStringLiteral("Busy: another clean-up or warm-up runs");
    case 413: return QStringLiteral("Body too large");
    case 429: return QStringLiteral("Quota refused: {detail}, and the status JSON in X-Quota-Status");
    case 503: return QStringLiteral("The database cannot be reached: try again after Retry-After seconds");
    default: return QStringLiteral("Status %1").arg(status);
    }
}

QJsonObject errorContent()
{
    return {{QStringLiteral("application/json"),
             QJsonObject{{QStringLiteral("schema"), QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/components/schemas/Error")}}}}}};
}

QJsonObject operationOf(const RestRoute &route)
{
    QJsonObject op{{QStringLiteral("summary"), route.summary}};
    QJsonArray parameters;
    static const QRegularExpression pathParam(QStringLiteral("\\{([a-z_]+)\\}"));
    for (auto it = pathParam.globalMatch(route.pattern); it.hasNext();) {
        const QString name = it.next().captured(1);
        const QString type = name.endsWith(QStringLiteral("_id")) ? QStringLiteral("integer") : QStringLiteral("string");
        parameters.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("in"), QStringLiteral("path")},
                                      {QStringLiteral("required"), true},
                                      {QStringLiteral("schema"), QJsonObject{{QStringLiteral("type"), type}}}});
    }
    for (auto it = route.queryParameters.begin(); it != route.queryParameters.end(); ++it)
        parameters.append(QJsonObject{{QStringLiteral("name"), it.key()}, {QStringLiteral("in"), QStringLiteral("query")},
                                      {QStringLiteral("required"), false}, {QStringLiteral("schema"), it.value()}});
    if (!parameters.isEmpty())
        op.insert(QStringLiteral("parameters"), parameters);
    if (!route.requestBody.isEmpty())
        op.insert(QStringLiteral("requestBody"),
                  QJsonObject{{QStringLiteral("content"),
                               QJsonObject{{QStringLiteral("application/json"), QJsonObject{{QStringLiteral("schema"), route.requestBody}}}}}});
    QList<int> statuses = route.statuses;
    if (route.authenticated)
        statuses << 401;
    if (route.needsDatabase)
        statuses << 503;
    QJsonObject responses;
    for (int status : statuses) {
        QJsonObject response{{QStringLiteral("description"), reasonOf(status)}};
        if (status >= 400)
            response.insert(QStringLiteral("content"), errorContent());
        responses.insert(QString::number(status), response);
    }
    op.insert(QStringLiteral("responses"), responses);
    op.insert(QStringLiteral("security"),
              route.authenticated ? QJsonArray{QJsonObject{{QStringLiteral("bearer"), QJsonArray()}}} : QJsonArray());
    return op;
}

} // namespace

QJsonObject OpenApiDocument::build(const RestRouter &router)
{
    QJsonObject paths;
    for (const RestRoute &route : router.routes()) {
        QJsonObject path = paths.value(route.pattern).toObject();
        path.insert(QString::fromLatin1(route.method).toLower(), operationOf(route));
        paths.insert(route.pattern, path);
    }
    const QJsonObject errorSchema{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("detail")}},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("detail"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}}};
    return {
        {QStringLiteral("openapi"), QStringLiteral("3.1.0")},
        {QStringLiteral("info"),
         QJsonObject{{QStringLiteral("title"), QStringLiteral("Quotadesk REST API")},
                     {QStringLiteral("version"), QStringLiteral(QUOTADESK_VERSION)},
                     {QStringLiteral("description"),
                      QStringLiteral("Token quotas and the AI response cache. Bearer: the app's JWT (HS256, sub = user id) "
                                     "or an API token (quotactl token create).")}}},
        {QStringLiteral("paths"), paths},
        {QStringLiteral("components"),
         QJsonObject{{QStringLiteral("schemas"), QJsonObject{{QStringLiteral("Error"), errorSchema}}},
                     {QStringLiteral("securitySchemes"),
                      QJsonObject{{QStringLiteral("bearer"), QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
                                                                         {QStringLiteral("scheme"), QStringLiteral("bearer")}}}}}}},
    };
}
