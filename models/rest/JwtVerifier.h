#pragma once

#include <mutex>
#include <optional>

#include <QByteArray>
#include <QHash>

/// Verifies the JWTs the app issues to its users: HS256 signed with the app's SECRET_KEY,
/// `sub` = the user id, `exp` required. Decoding and the signature check (constant time)
/// are Debian's libjwt; the algorithm is pinned here (libjwt takes it from the token's
/// header, so a token saying "none", "HS512" or "RS256" is refused), and so are `exp` and
/// `sub`. Thread-safe.
///
/// The app's backend sends the same token with every call of a session: a token that
/// passed is remembered (its exact bytes, up to MaxRemembered tokens) with its `sub` and
/// `exp`, so the next request skips decoding and HMAC; `exp` is checked on every request.
class JwtVerifier final
{
public:
    explicit JwtVerifier(QByteArray secret) : m_secret(std::move(secret)) {}
    Q_DISABLE_COPY_MOVE(JwtVerifier)

    static constexpr qsizetype MaxRemembered = 10000;

    bool isConfigured() const { return !m_secret.isEmpty(); }

    /// The user id of a valid token at `nowEpochSeconds`; nothing for any other token
    /// (callers never learn which part failed). `sub` is a JSON integer or a string of
    /// decimal digits (the app's backend writes it as a string), > 0.
    std::optional<int> subject(const QByteArray &token, qint64 nowEpochSeconds) const;

    /// An HS256 token for `userId` expiring at `expiresAtEpochSeconds`: for the demo and tests.
    static QByteArray sign(const QByteArray &secret, int userId, qint64 expiresAtEpochSeconds);

private:
    struct Verified
    {
        int userId = 0;
        qint64 expires = 0; ///< epoch seconds
    };
    std::optional<Verified> verify(const QByteArray &token) const;

    QByteArray m_secret;
    mutable std::mutex m_mutex;
    mutable QHash<QByteArray, Verified> m_verified;
};
