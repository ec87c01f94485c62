#pragma once

#include <QJsonObject>

class RestRouter;

/// The OpenAPI 3.1 document of the API, generated from the routes (their methods,
/// patterns, summaries, parameters, bodies and statuses): served at
/// /api/v1/openapi.json and committed as docs/openapi.json.
class OpenApiDocument final
{
public:
    static QJsonObject build(const RestRouter &router);
};
