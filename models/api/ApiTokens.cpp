#include "api/ApiTokens.h"

#include <array>

#include <QCryptographicHash>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include "audit/ActionId.h"
#include "db/SqlError.h"
#include "db/SqlTime.h"

namespace {

const QString TokenPrefix = QStringLiteral("qdt_");
constexpr int TokenBytes = 32;

// 32 bytes of the OS's cryptographic generator, as qdt_ + base64url without padding.
QString newToken()
{
    std::array<quint32, TokenBytes / sizeof(quint32)> words;
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), TokenBytes);
    return TokenPrefix + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QVariant optionalId(std::optional<int> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<int>());
}

QString digestHex(const QString &token)
{
    return QString::fromLatin1(ApiTokens::digest(token).toHex());
}

// A role as the database returns it; the table's CHECK allows no other, and a caller is
// never given a role by default.
Result<ApiRole> storedRole(const QVariant &value)
{
    const std::optional<ApiRole> role = ApiTokens::roleFromName(value.toString());
    if (!role)
        return Result<ApiRole>::failure(ApiTokens::tr("The database holds a token with an unknown role \"%1\".").arg(value.toString()));
    return *role;
}

QJsonValue isoOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QJsonObject ApiTokenInfo::toJson() const
{
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("role"), ApiTokens::roleName(role)},
        {QStringLiteral("staff_id"), staffId ? QJsonValue(*staffId) : QJsonValue()},
        {QStringLiteral("staff"), textOrNull(staffEmail)},
        {QStringLiteral("active"), active()},
        {QStringLiteral("created_at"), isoOrNull(createdAt)},
        {QStringLiteral("created_by"), textOrNull(createdBy)},
        {QStringLiteral("last_used_at"), isoOrNull(lastUsedAt)},
        {QStringLiteral("revoked_at"), isoOrNull(revokedAt)},
        {QStringLiteral("revoked_by"), textOrNull(revokedBy)},
    };
}

QStringList ApiTokens::roleNames()
{
    return {QStringLiteral("service"), QStringLiteral("viewer"), QStringLiteral("admin")};
}

QString ApiTokens::roleName(ApiRole role)
{
    return roleNames().at(int(role));
}

std::optional<ApiRole> ApiTokens::roleFromName(const QString &name)
{
    const qsizetype index = roleNames().indexOf(name);
    return index < 0 ? std::nullopt : std::optional<ApiRole>(ApiRole(index));
}

bool ApiTokens::looksLikeToken(const QString &text)
{
    return text.startsWith(TokenPrefix);
}

QByteArray ApiTokens::digest(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

Result<IssuedToken> ApiTokens::create(std::optional<int> staffId, const QString &name, ApiRole role,
                                      std::optional<int> tokenStaff, const QUuid &actionId) const
{
    using R = Result<IssuedToken>;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return R::failure(SqlError::notConnected());
    IssuedToken issued;
    issued.role = role;
    issued.token = newToken();
    issued.actionId = ActionId::orFresh(actionId);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT quotadesk.admin_api_token_create(?, ?, ?, ?, decode(?, 'hex'), ?::uuid), btrim(?)"));
    query.addBindValue(optionalId(staffId));
    query.addBindValue(name);
    query.addBindValue(roleName(role));
    query.addBindValue(optionalId(tokenStaff));
    query.addBindValue(digestHex(issued.token));
    query.addBindValue(ActionId::text(issued.actionId));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return R::failure(SqlError::message(query), SqlError::failureOf(query));
    issued.id = query.value(0).toInt();
    issued.name = query.value(1).toString(); // as stored (trimmed by the database)
    return issued;
}

Result<int> ApiTokens::revoke(std::optional<int> staffId, const QString &name, const QUuid &actionId) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return Result<int>::failure(SqlError::notConnected());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT quotadesk.admin_api_token_revoke(?, ?, ?::uuid)"));
    query.addBindValue(optionalId(staffId));
    query.addBindValue(name);
    query.addBindValue(ActionId::text(ActionId::orFresh(actionId)));
    if (!query.exec() || !query.next())
        return Result<int>::failure(SqlError::message(query), SqlError::failureOf(query));
    return query.value(0).toInt();
}

Result<QList<ApiTokenInfo>> ApiTokens::list() const
{
    using R = Result<QList<ApiTokenInfo>>;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT t.id, t.name, t.role, t.staff_user_id, coalesce(s.email::text, ''),"
            "       quotadesk.iso(t.created_at), coalesce(c.email::text, ''),"
            "       quotadesk.iso(t.revoked_at), coalesce(r.email::text, ''), quotadesk.iso(t.last_used_at)"
            " FROM quotadesk.api_tokens t"
            " LEFT JOIN public.users s ON s.id = t.staff_user_id"
            " LEFT JOIN public.users c ON c.id = t.created_by"
            " LEFT JOIN public.users r ON r.id = t.revoked_by"
            " ORDER BY t.revoked_at IS NOT NULL, t.name, t.id")))
        return R::failure(SqlError::message(query), SqlError::failureOf(query));
    QList<ApiTokenInfo> tokens;
    while (query.next()) {
        ApiTokenInfo info;
        info.id = query.value(0).toInt();
        info.name = query.value(1).toString();
        const Result<ApiRole> role = storedRole(query.value(2));
        if (!role)
            return R::failure(role.error());
        info.role = role.value();
        if (!query.isNull(3))
            info.staffId = query.value(3).toInt();
        info.staffEmail = query.value(4).toString();
        info.createdAt = SqlTime::fromIso(query.value(5).toString());
        info.createdBy = query.value(6).toString();
        info.revokedAt = SqlTime::fromIso(query.value(7).toString());
        info.revokedBy = query.value(8).toString();
        info.lastUsedAt = SqlTime::fromIso(query.value(9).toString());
        tokens.append(info);
    }
    return tokens;
}

Result<std::optional<ApiCaller>> ApiTokens::callerOf(const QString &token) const
{
    using R = Result<std::optional<ApiCaller>>;
    if (!looksLikeToken(token))
        return std::optional<ApiCaller>();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT name, role, staff_id FROM quotadesk.api_token_caller(decode(?, 'hex'))"));
    query.addBindValue(digestHex(token));
    if (!query.exec())
        return R::failure(SqlError::message(query), SqlError::failureOf(query));
    if (!query.next())
        return std::optional<ApiCaller>();
    const Result<ApiRole> role = storedRole(query.value(1));
    if (!role)
        return R::failure(role.error());
    ApiCaller caller;
    caller.name = query.value(0).toString();
    caller.role = role.value();
    if (!query.isNull(2))
        caller.staffId = query.value(2).toInt();
    return std::optional<ApiCaller>(caller);
}
