#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include "common/Result.h"

/// What a token lets its holder do on quotadesk-server.
enum class ApiRole { Service, Viewer, Admin };

/// A token just created: `token` is shown once and stored nowhere.
struct IssuedToken
{
    int id = 0;
    QString name;
    ApiRole role = ApiRole::Service;
    QString token;
    QUuid actionId;
};

/// One row of the list; never the token nor its digest.
struct ApiTokenInfo
{
    int id = 0;
    QString name;
    ApiRole role = ApiRole::Service;
    std::optional<int> staffId;
    QString staffEmail;     // empty: no staff account (or the account is gone)
    QDateTime createdAt;
    QString createdBy;      // staff email
    QDateTime revokedAt;    // invalid: active
    QString revokedBy;
    QDateTime lastUsedAt;   // to the minute; invalid: never used

    bool active() const { return !revokedAt.isValid(); }
    /// quotactl --json tokens: snake_case keys, ISO 8601 UTC times, null for none.
    QJsonObject toJson() const;
};

/// Who called: the holder of an active token.
struct ApiCaller
{
    QString name;
    ApiRole role = ApiRole::Service;
    std::optional<int> staffId;
};

/// API tokens (migration 0017): random text `qdt_` + base64url of 32 bytes from the OS
/// generator, created in the client; the database keeps only its SHA-256. Creating and
/// revoking are admin actions (audited, an action id, the acting staff rules); listing is
/// for viewers; callerOf() is the server's lookup (quotadesk_service). Uses the named
/// connection of the calling thread.
class ApiTokens final
{
    Q_DECLARE_TR_FUNCTIONS(ApiTokens)

public:
    explicit ApiTokens(QString connectionName) : m_connectionName(std::move(connectionName)) {}

    /// "service", "viewer", "admin": as the database, --role and JSON spell them.
    static QStringList roleNames();
    static QString roleName(ApiRole role);
    static std::optional<ApiRole> roleFromName(const QString &name);

    /// Whether `text` has the form of a token (its prefix): a bearer credential that is
    /// not one is not looked up.
    static bool looksLikeToken(const QString &text);
    /// SHA-256 of the token's UTF-8 text: what the database stores and is asked for.
    static QByteArray digest(const QString &token);

    /// Creates a token as staff member `staffId` (null: the login's own account).
    /// `tokenStaff`: the staff account the token acts as; an admin token needs one.
    Result<IssuedToken> create(std::optional<int> staffId, const QString &name, ApiRole role,
                               std::optional<int> tokenStaff, const QUuid &actionId = {}) const;
    /// Revokes the active token called `name`; returns its id.
    Result<int> revoke(std::optional<int> staffId, const QString &name, const QUuid &actionId = {}) const;
    /// Every token, active first, then by name.
    Result<QList<ApiTokenInfo>> list() const;
    /// The holder of `token` when it is an active token; nothing otherwise. Only the
    /// digest goes to the database.
    Result<std::optional<ApiCaller>> callerOf(const QString &token) const;

private:
    QString m_connectionName;
};
