#include "rest/JwtVerifier.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <limits>
#include <memory>

#include <jwt.h>

namespace {

struct JwtFree
{
    void operator()(jwt_t *jwt) const { jwt_free(jwt); }
};
using JwtPtr = std::unique_ptr<jwt_t, JwtFree>;

// A grant that is a JSON integer. libjwt sets errno when it is missing; for a string it
// would answer 0, so strings are told apart first (other types read as 0: refused below).
std::optional<long> integerGrant(jwt_t *jwt, const char *name)
{
    if (jwt_get_grant(jwt, name))
        return std::nullopt;
    errno = 0;
    const long value = jwt_get_grant_int(jwt, name);
    if (errno != 0)
        return std::nullopt;
    return value;
}

std::optional<int> userIdOf(jwt_t *jwt)
{
    const char *text = jwt_get_grant(jwt, "sub");
    if (!text) {
        const std::optional<long> number = integerGrant(jwt, "sub");
        if (number && *number > 0 && *number <= std::numeric_limits<int>::max())
            return int(*number);
        return std::nullopt;
    }
    const QByteArray digits(text);
    if (digits.isEmpty() || digits.size() > 10 || !std::all_of(digits.cbegin(), digits.cend(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    bool ok = false;
    const int id = digits.toInt(&ok);
    return ok && id > 0 ? std::optional<int>(id) : std::nullopt;
}

} // namespace

std::optional<int> JwtVerifier::subject(const QByteArray &token, qint64 nowEpochSeconds) const
{
    if (m_secret.isEmpty() || token.isEmpty() || token.size() > 8192)
        return std::nullopt;
    std::optional<Verified> verified;
    {
        std::lock_guard lock(m_mutex);
        if (const auto known = m_verified.constFind(token); known != m_verified.cend())
            verified = known.value();
    }
    if (!verified) {
        verified = verify(token);
        if (!verified)
            return std::nullopt;
        std::lock_guard lock(m_mutex);
        if (m_verified.size() >= MaxRemembered)
            m_verified.clear(); // bounded; the busy sessions' tokens come back at once
        m_verified.insert(token, *verified);
    }
    if (verified->expires <= nowEpochSeconds)
        return std::nullopt;
    return verified->userId;
}

std::optional<JwtVerifier::Verified> JwtVerifier::verify(const QByteArray &token) const
{
    jwt_t *raw = nullptr;
    // With a key, libjwt refuses alg "none" and checks the signature of the header's algorithm.
    const int failed = jwt_decode(&raw, token.constData(), reinterpret_cast<const unsigned char *>(m_secret.constData()),
                                  int(m_secret.size()));
    const JwtPtr jwt(raw);
    if (failed || !jwt)
        return std::nullopt;
    // Pinned: the secret is an HMAC key, so only HS256 may use it.
    if (jwt_get_alg(jwt.get()) != JWT_ALG_HS256)
        return std::nullopt;
    const std::optional<long> expires = integerGrant(jwt.get(), "exp");
    const std::optional<int> userId = userIdOf(jwt.get());
    if (!expires || !userId)
        return std::nullopt;
    return Verified{*userId, qint64(*expires)};
}

QByteArray JwtVerifier::sign(const QByteArray &secret, int userId, qint64 expiresAtEpochSeconds)
{
    jwt_t *raw = nullptr;
    if (jwt_new(&raw) != 0)
        return {};
    const JwtPtr jwt(raw);
    if (jwt_add_grant(jwt.get(), "sub", QByteArray::number(userId).constData()) != 0
        || jwt_add_grant_int(jwt.get(), "exp", long(expiresAtEpochSeconds)) != 0
        || jwt_set_alg(jwt.get(), JWT_ALG_HS256, reinterpret_cast<const unsigned char *>(secret.constData()), int(secret.size())) != 0)
        return {};
    char *encoded = jwt_encode_str(jwt.get());
    if (!encoded)
        return {};
    const QByteArray result(encoded);
    std::free(encoded); // libjwt 1.10 allocates it with malloc
    return result;
}
