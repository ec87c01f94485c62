#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

#include "common/Result.h"
#include "rest/JwtVerifier.h"
#include "rest/RestCaller.h"

/// Who is asking, from the Authorization header: "Bearer JWT" (an app user, staff when
/// their users row has admin rights) or "Bearer API-TOKEN" (a service or script).
/// Nothing when the header is missing or does not authenticate: the API answers 401
/// without saying which part failed. A failure is a database problem.
class CallerResolver final
{
public:
    explicit CallerResolver(const JwtVerifier &jwt) : m_jwt(jwt) {}

    /// `withOwnStatus`: a user's quota status is read with their account (RestCaller::ownStatus).
    Result<std::optional<RestCaller>> resolve(const QByteArray &authorization, const QString &connectionName,
                                              bool withOwnStatus = false) const;

private:
    Result<std::optional<RestCaller>> userOf(const QByteArray &jwt, const QString &connectionName, bool withOwnStatus) const;
    static Result<std::optional<RestCaller>> holderOf(const QString &apiToken, const QString &connectionName);

    const JwtVerifier &m_jwt;
};
