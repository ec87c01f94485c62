#include "rest/CallerResolver.h"

#include <QDateTime>

#include "api/ApiTokens.h"
#include "users/UserLookup.h"

namespace {

using Found = Result<std::optional<RestCaller>>;

// A JWT is three base64url parts joined by dots; an API token has no dot.
bool looksLikeJwt(const QByteArray &token)
{
    return token.count('.') == 2;
}

RestCaller::Kind kindOf(ApiRole role)
{
    switch (role) {
    case ApiRole::Service:
        return RestCaller::Kind::Service;
    case ApiRole::Viewer:
        return RestCaller::Kind::Viewer;
    case ApiRole::Admin:
        return RestCaller::Kind::Admin;
    }
    return RestCaller::Kind::Viewer;
}

} // namespace

Found CallerResolver::resolve(const QByteArray &authorization, const QString &connectionName) const
{
    static const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (authorization.size() <= scheme.size() || !authorization.left(scheme.size()).toLower().startsWith(scheme))
        return std::optional<RestCaller>();
    const QByteArray token = authorization.mid(scheme.size()).trimmed();
    if (looksLikeJwt(token))
        return userOf(token, connectionName);
    const QString text = QString::fromLatin1(token);
    if (ApiTokens::looksLikeToken(text))
        return holderOf(text, connectionName);
    return std::optional<RestCaller>();
}

Found CallerResolver::holderOf(const QString &apiToken, const QString &connectionName)
{
    const Result<std::optional<ApiCaller>> holder = ApiTokens(connectionName).callerOf(apiToken);
    if (!holder)
        return Found::failure(holder.error(), holder.why());
    if (!holder.value())
        return std::optional<RestCaller>(); // unknown or revoked
    RestCaller caller;
    caller.kind = kindOf(holder.value()->role);
    caller.name = QStringLiteral("token:%1").arg(holder.value()->name);
    caller.staffId = holder.value()->staffId;
    return std::optional<RestCaller>(caller);
}

Found CallerResolver::userOf(const QByteArray &jwt, const QString &connectionName) const
{
    const std::optional<int> userId = m_jwt.subject(jwt, QDateTime::currentSecsSinceEpoch());
    if (!userId)
        return std::optional<RestCaller>();
    const Result<UserRef> user = UserLookup(connectionName).find(QString::number(*userId));
    if (!user) {
        if (user.why() == Failure::NotFound)
            return std::optional<RestCaller>(); // a valid signature for a deleted user
        return Found::failure(user.error(), user.why());
    }
    if (!user->isActive)
        return std::optional<RestCaller>();
    RestCaller caller;
    caller.kind = RestCaller::Kind::User;
    caller.name = QStringLiteral("user:%1").arg(user->id);
    caller.userId = user->id;
    if (user->isStaff)
        caller.staffId = user->id;
    return std::optional<RestCaller>(caller);
}
