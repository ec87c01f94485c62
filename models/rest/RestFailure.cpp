#include "rest/RestFailure.h"

RestResponse RestFailure::of(const QString &error, Failure why)
{
    switch (why) {
    case Failure::NotFound:
        return RestResponse::error(404, error);
    case Failure::NotPermitted:
        return RestResponse::error(403, error);
    case Failure::Busy:
        return RestResponse::error(409, error);
    case Failure::ConnectionLost:
        return unavailable();
    case Failure::Error:
        break;
    }
    return RestResponse::error(500, error);
}

RestResponse RestFailure::unavailable()
{
    return unavailable(tr("The database cannot be reached; try again later."));
}

RestResponse RestFailure::unavailable(const QString &message)
{
    RestResponse response = RestResponse::error(503, message);
    response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(RetryAfterSeconds)});
    return response;
}

RestResponse RestFailure::unauthenticated()
{
    // Never which part failed: missing header, unknown token, bad signature, expired.
    RestResponse response = RestResponse::error(401, tr("Not authenticated."));
    response.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
    return response;
}

RestResponse RestFailure::forbidden(const QString &detail)
{
    return RestResponse::error(403, detail);
}

RestResponse RestFailure::tooLarge(qint64 maxBytes)
{
    return RestResponse::error(413, tr("The body is larger than %1 bytes.").arg(maxBytes));
}

RestResponse RestFailure::needsAdmin()
{
    return forbidden(tr("This action needs a staff account with admin rights."));
}

RestResponse RestFailure::badField(const QString &field, const QString &problem)
{
    return RestResponse::error(400, QStringLiteral("%1: %2").arg(field, problem));
}
