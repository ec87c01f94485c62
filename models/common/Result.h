#pragma once

#include <optional>
#include <utility>

#include <QString>

/// What kind of failure, where a caller acts on the difference (quotactl's exit codes).
enum class Failure {
    Error,        ///< anything
    NotPermitted, ///< the database refused: SQLSTATE 42501, or an actor that is not the login's
    ConnectionLost, ///< the connection broke: whether the statement took effect is not known here
    Busy,         ///< a job that runs alone (clean-up, warm-up) already runs: QD040
    NotFound,     ///< no such user or cache entry (the REST API answers 404)
};

/// The one error model of the core: a value, or a one-line message a user can act on.
/// Never thrown; it crosses threads by value.
template <typename T>
class Result final
{
public:
    Result(T value) : m_value(std::move(value)) {}

    static Result failure(QString message, Failure why = Failure::Error)
    {
        Result r;
        r.m_error = std::move(message);
        r.m_why = why;
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }
    const QString &error() const { return m_error; }
    Failure why() const { return m_why; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
    Failure m_why = Failure::Error;
};

template <>
class Result<void> final
{
public:
    Result() = default;

    static Result failure(QString message, Failure why = Failure::Error)
    {
        Result r;
        r.m_failed = true;
        r.m_error = std::move(message);
        r.m_why = why;
        return r;
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    Failure why() const { return m_why; }

private:
    bool m_failed = false;
    QString m_error;
    Failure m_why = Failure::Error;
};

using Status = Result<void>;
