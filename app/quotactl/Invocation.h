#pragma once

#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>
#include <QUuid>

#include "common/Result.h"

#include "users/UserLookup.h"

/// Who an admin command acts as: the staff account, and what to ask the database for
/// (nothing: the login's own account, which the database looks up itself).
struct Actor
{
    UserRef account;
    std::optional<int> named; // --as / QUOTADESK_STAFF, when given
};

/// One run of one quotactl command: the parsed command line, the output streams and the
/// helpers every command shares. Results go to stdout, notes and errors to stderr; an
/// error is one line, "quotactl: message".
class Invocation final
{
    Q_DECLARE_TR_FUNCTIONS(Quotactl) // one translation context for all of quotactl

public:
    Invocation();
    Q_DISABLE_COPY_MOVE(Invocation)

    /// The name of quotactl's one database connection.
    static QString connection();

    QCommandLineParser &parser() { return m_parser; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    bool json() const { return isSet(QStringLiteral("json")); }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    /// The command's own positional arguments (without the command name).
    QStringList arguments() const;

    /// Prints the error line and returns ExitCode::Failed (ExitCode::NotPermitted when
    /// the database refused the login).
    int fail(const QString &message, Failure why = Failure::Error);
    /// For the failure of admin action `action`: when the connection broke, asks the
    /// database again (ActionFates) and says "applied" (ExitCode::Done), "not applied"
    /// (Failed) or "unknown: check action ID" (Unknown), with --json as JSON; else fail().
    int failAction(const QString &message, Failure why, const QUuid &action);
    void printJson(const QJsonValue &value);
    /// The line after an admin command's result that names its action id.
    void printActionId(const QUuid &id);

    Result<UserRef> user(const QString &idOrEmail) const;
    /// The one USER argument of a command that takes exactly one.
    Result<UserRef> onlyUser() const;
    /// The acting staff account: --as, else $QUOTADESK_STAFF, else the login's own (as
    /// `quotactl grant` mapped it; the database refuses a login without one).
    Result<Actor> staff() const;
    /// --action-id, else a fresh one (printed with the result, so a retry can name it).
    Result<QUuid> actionId() const;
    /// A whole number of 0 or more (the option's default when it is not given).
    Result<qint64> wholeNumber(const QString &option) const;
    /// An ISO 8601 time (UTC when it names no zone); an invalid time when not given.
    Result<QDateTime> time(const QString &option) const;

    /// A count as the whole product writes it ("10,240").
    static QString count(qint64 value);
    /// A limit, or "unlimited".
    static QString limit(const std::optional<qint64> &limit);
    /// Milliseconds as seconds with one decimal ("1.3").
    static QString seconds(qint64 milliseconds);

    /// Ctrl+C and SIGTERM set interrupted() instead of killing quotactl, so long runs
    /// stop cleanly (and --demo removes its server).
    static void catchInterrupts();
    static bool interrupted();

private:
    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
};
