#include "rest/RestInput.h"

#include <limits>

#include <QJsonDocument>
#include <QJsonParseError>

#include "rest/RestFailure.h"

RestInput::RestInput(const RestRequest &request, const QHash<QString, QString> &pathParams, bool bodyExpected)
    : m_request(request), m_pathParams(pathParams)
{
    if (!bodyExpected || request.body.trimmed().isEmpty())
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        fail(QStringLiteral("body"), tr("not valid JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset));
    else if (!doc.isObject())
        fail(QStringLiteral("body"), tr("must be a JSON object"));
    else
        m_body = doc.object();
}

RestResponse RestInput::problem() const
{
    return RestFailure::badField(m_field, m_problem);
}

void RestInput::fail(const QString &field, const QString &problem)
{
    if (!ok())
        return; // the first problem is the one reported
    m_field = field;
    m_problem = problem;
}

QString RestInput::requiredText(const QString &field, qsizetype maxLength)
{
    const QJsonValue value = m_body.value(field);
    if (value.isUndefined() || value.isNull()) {
        fail(field, tr("required"));
        return {};
    }
    const QString text = value.toString().trimmed();
    if (!value.isString() || text.isEmpty())
        fail(field, tr("must be a non-empty string"));
    else if (text.size() > maxLength)
        fail(field, tr("must be at most %1 characters").arg(maxLength));
    return text;
}

std::optional<qint64> RestInput::optionalPositive(const QString &field)
{
    const QJsonValue value = m_body.value(field);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double number = value.toDouble();
    // JSON numbers are doubles; integers beyond 2^53 are not exact.
    if (!value.isDouble() || number != double(qint64(number)) || number < 1 || number > 9007199254740992.0) {
        fail(field, tr("must be a positive integer"));
        return std::nullopt;
    }
    return qint64(number);
}

std::optional<int> RestInput::optionalBodyUserId(const QString &field)
{
    const std::optional<qint64> id = optionalPositive(field);
    if (id && *id > std::numeric_limits<int>::max()) {
        fail(field, tr("must be a user id"));
        return std::nullopt;
    }
    return id ? std::optional<int>(int(*id)) : std::nullopt;
}

std::optional<int> RestInput::userIdFromText(const QString &field, const QString &text)
{
    bool ok = false;
    const int id = text.toInt(&ok);
    if (!ok || id <= 0) {
        fail(field, tr("must be a user id"));
        return std::nullopt;
    }
    return id;
}

std::optional<int> RestInput::optionalQueryUserId(const QString &name)
{
    if (!m_request.query.hasQueryItem(name))
        return std::nullopt;
    return userIdFromText(name, m_request.query.queryItemValue(name, QUrl::FullyDecoded));
}

int RestInput::pathUserId(const QString &name)
{
    return userIdFromText(name, m_pathParams.value(name)).value_or(0);
}

QUuid RestInput::optionalUuid(const QString &field)
{
    const QJsonValue value = m_body.value(field);
    if (value.isUndefined() || value.isNull())
        return {};
    const QUuid id = QUuid::fromString(value.toString());
    if (!value.isString() || id.isNull())
        fail(field, tr("must be a UUID"));
    return id;
}

QJsonObject RestInput::optionalObject(const QString &field)
{
    const QJsonValue value = m_body.value(field);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject())
        fail(field, tr("must be a JSON object"));
    return value.toObject();
}
