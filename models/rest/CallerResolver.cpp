#include "rest/CallerResolver.h"

#include <QDateTime>

#include "api/ApiTokens.h"
#include "quota/QuotaService.h"
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

Found CallerResolver::resolve(const QByteArray &authorization, const QString &connectionName, bool withOwnStatus) const
{
    static const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (authorization.size() <= scheme.size() || !authorization.left(scheme.size()).toLower().startsWith(scheme))
        return std::optional<RestCaller>();
    const QByteArray token = authorization.mid(scheme.size()).trimmed();
    if (looksLikeJwt(token))
        return userOf(token, connectionName, withOwnStatus);
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

Found CallerResolver::userOf(const QByteArray &jwt, const QString &connectionName, bool withOwnStatus) const
{
    const std::optional<int> userId = m_jwt.subject(jwt, QDateTime::currentSecsSinceEpoch());
    if (!userId)
        return std::optional<RestCaller>();
    UserRef user;
    std::optional<QuotaStatus> ownStatus;
    if (withOwnStatus) {
        const Result<AccountStatus> account = QuotaService(connectionName).accountStatus(*userId);
        if (!account)
            return account.why() == Failure::NotFound ? Found(std::optional<RestCaller>()) : Found::failure(account.error(), account.why());
        user.id = account->status.userId;
        user.isActive = account->status.isActive;
        user.isStaff = account->isStaff;
        ownStatus = account->status;
    } else {
        const Result<UserRef> found = UserLookup(connectionName).find(QString::number(*userId));
        if (!found)
            return found.why() == Failure::NotFound ? Found(std::optional<RestCaller>()) : Found::failure(found.error(), found.why());
        user = found.value();
    }
    if (!user.isActive)
        return std::optional<RestCaller>(); // as for a deleted user: the signature is valid, the account is not
    RestCaller caller;
    caller.kind = RestCaller::Kind::User;
    caller.name = QStringLiteral("user:%1").arg(user.id);
    caller.userId = user.id;
    if (user.isStaff)
        caller.staffId = user.id;
    caller.ownStatus = std::move(ownStatus);
    return std::optional<RestCaller>(caller);
}
