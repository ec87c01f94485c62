#pragma once

#include <QCoreApplication>
#include <QString>

#include "common/Result.h"
#include "rest/RestMessage.h"

/// The one mapping of core failures to HTTP statuses, and the API's own refusals.
class RestFailure final
{
    Q_DECLARE_TR_FUNCTIONS(RestFailure)

public:
    /// Seconds a client waits before trying again while the database is unreachable.
    static constexpr int RetryAfterSeconds = 5;

    /// NotFound 404, NotPermitted 403, Busy 409, ConnectionLost 503 (+ Retry-After), else 500.
    static RestResponse of(const QString &error, Failure why);
    template <typename T>
    static RestResponse of(const Result<T> &result) { return of(result.error(), result.why()); }

    /// 200 with the value's JSON (toJson()), or the failure's status.
    template <typename T>
    static RestResponse okOr(const Result<T> &result) { return result ? RestResponse::json(200, result->toJson()) : of(result); }

    static RestResponse unavailable();
    /// 503 with Retry-After and `message`.
    static RestResponse unavailable(const QString &message);
    static RestResponse unauthenticated();
    static RestResponse forbidden(const QString &detail);
    /// 403 for an admin endpoint: the caller is not staff with admin rights.
    static RestResponse needsAdmin();
    /// 413: the body is over `maxBytes`.
    static RestResponse tooLarge(qint64 maxBytes);
    /// 400 naming the field: "field: problem".
    static RestResponse badField(const QString &field, const QString &problem);
};
