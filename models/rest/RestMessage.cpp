#include "rest/RestMessage.h"

#include <QJsonDocument>

RestResponse RestResponse::json(int status, const QJsonObject &object)
{
    RestResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

RestResponse RestResponse::error(int status, const QString &detail)
{
    return json(status, {{QStringLiteral("detail"), detail}});
}

QByteArray RestResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}
