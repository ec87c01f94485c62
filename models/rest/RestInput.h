#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include "rest/RestMessage.h"

/// Reads a request's JSON body, query and path parameters field by field. The first
/// problem is kept: after reading, ok() or problem() (400 naming the field).
class RestInput final
{
    Q_DECLARE_TR_FUNCTIONS(RestInput)

public:
    /// `bodyExpected`: an empty body is an empty object; anything else must be a JSON object.
    RestInput(const RestRequest &request, const QHash<QString, QString> &pathParams, bool bodyExpected);

    bool ok() const { return m_problem.isEmpty(); }
    RestResponse problem() const;

    const QJsonObject &body() const { return m_body; }
    bool has(const QString &field) const { return m_body.contains(field); }

    /// A non-empty string of at most `maxLength` characters.
    QString requiredText(const QString &field, qsizetype maxLength = 1000);
    /// An integer > 0 in the body; nothing when absent.
    std::optional<qint64> optionalPositive(const QString &field);
    /// A user id (integer > 0) in the body; nothing when absent.
    std::optional<int> optionalBodyUserId(const QString &field);
    /// A user id in the query (?user_id=); nothing when absent.
    std::optional<int> optionalQueryUserId(const QString &name);
    /// A user id in the path.
    int pathUserId(const QString &name);
    /// A UUID; null when absent.
    QUuid optionalUuid(const QString &field);
    /// A JSON object; empty when absent.
    QJsonObject optionalObject(const QString &field);

private:
    void fail(const QString &field, const QString &problem);
    std::optional<int> userIdFromText(const QString &field, const QString &text);

    const RestRequest &m_request;
    const QHash<QString, QString> &m_pathParams;
    QJsonObject m_body;
    QString m_field;
    QString m_problem;
};
