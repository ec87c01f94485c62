#include "Invocation.h"

#include <atomic>
#include <csignal>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

#include "CommandTable.h"
#include "audit/ActionFate.h"
#include "audit/ActionId.h"
#include "common/DisplayText.h"
#include "db/SqlError.h"
#include "users/UserLookup.h"

namespace {

std::atomic_bool interruptRequested{false};

void onInterrupt(int)
{
    interruptRequested = true;
}

} // namespace

Invocation::Invocation() : m_out(stdout), m_err(stderr) {}

QString Invocation::connection()
{
    return QStringLiteral("quotactl");
}

QStringList Invocation::arguments() const
{
    return m_parser.positionalArguments().mid(1); // the first is the command's name
}

int Invocation::fail(const QString &message, Failure why)
{
    m_err << QStringLiteral("quotactl: ") << message << Qt::endl;
    switch (why) {
    case Failure::NotPermitted:
        return ExitCode::NotPermitted;
    case Failure::Busy:
        return ExitCode::Busy;
    default:
        return ExitCode::Failed;
    }
}

int Invocation::failAction(const QString &message, Failure why, const QUuid &action)
{
    if (why != Failure::ConnectionLost)
        return fail(message, why);
    m_err << QStringLiteral("quotactl: ") << message << Qt::endl;
    const ActionFate fate = ActionFates::settle(connection(), action);
    if (json()) {
        static const QString fates[] = {QStringLiteral("applied"), QStringLiteral("not_applied"), QStringLiteral("unknown")};
        QJsonObject report{{QStringLiteral("action_id"), ActionId::text(action)}, {QStringLiteral("fate"), fates[int(fate.kind)]}};
        if (fate.record)
            report.insert(QStringLiteral("action"), fate.record->toJson());
        printJson(report);
    } else {
        (fate.kind == ActionFate::Kind::Applied ? m_out : m_err) << fate.message() << Qt::endl;
    }
    switch (fate.kind) {
    case ActionFate::Kind::Applied:
        return ExitCode::Done;
    case ActionFate::Kind::NotApplied:
        return ExitCode::Failed;
    case ActionFate::Kind::Unknown:
        break;
    }
    return ExitCode::Unknown;
}

void Invocation::printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Indented);
    m_out.flush();
}

Result<UserRef> Invocation::user(const QString &idOrEmail) const
{
    return UserLookup(connection()).find(idOrEmail);
}

Result<UserRef> Invocation::onlyUser() const
{
    if (arguments().size() != 1)
        return Result<UserRef>::failure(tr("%1 needs exactly one USER (id or email).").arg(m_parser.positionalArguments().value(0)));
    return user(arguments().first());
}

Result<Actor> Invocation::staff() const
{
    const QString who = isSet(QStringLiteral("as")) ? value(QStringLiteral("as")) : qEnvironmentVariable("QUOTADESK_STAFF");
    if (!who.trimmed().isEmpty()) {
        const Result<UserRef> named = UserLookup(connection()).findStaff(who);
        if (!named)
            return Result<Actor>::failure(named.error());
        return Actor{named.value(), named->id};
    }
    // The login's own staff account, by the database's rule (refused when it has none).
    QSqlQuery query(QSqlDatabase::database(connection(), false));
    if (!query.exec(QStringLiteral("SELECT quotadesk.acting_staff(NULL)")) || !query.next())
        return Result<Actor>::failure(SqlError::message(query), SqlError::failureOf(query));
    const Result<UserRef> own = UserLookup(connection()).find(QString::number(query.value(0).toInt()));
    if (!own)
        return Result<Actor>::failure(own.error());
    return Actor{own.value(), std::nullopt};
}

void Invocation::printActionId(const QUuid &id)
{
    m_out << tr("Action id: %1 (quotactl action %1 shows it; --action-id %1 repeats nothing).").arg(ActionId::text(id)) << '\n';
}

Result<QUuid> Invocation::actionId() const
{
    if (!isSet(QStringLiteral("action-id")))
        return QUuid::createUuid();
    const QString text = value(QStringLiteral("action-id")).trimmed();
    const QUuid id(text);
    if (id.isNull())
        return Result<QUuid>::failure(tr("--action-id must be a UUID such as 1b4e28ba-2fa1-11d2-883f-0016d3cca427, not \"%1\".").arg(text));
    return id;
}

Result<qint64> Invocation::wholeNumber(const QString &option) const
{
    bool ok = false;
    const qint64 number = value(option).trimmed().toLongLong(&ok);
    if (!ok || number < 0)
        return Result<qint64>::failure(tr("--%1 must be a whole number of 0 or more, not \"%2\".").arg(option, value(option)));
    return number;
}

Result<QDateTime> Invocation::time(const QString &option) const
{
    if (!isSet(option))
        return QDateTime();
    QDateTime at = QDateTime::fromString(value(option), Qt::ISODateWithMs);
    if (at.isValid() && at.timeSpec() == Qt::LocalTime)
        at.setTimeZone(QTimeZone::utc()); // a time without zone is UTC, like the data
    if (!at.isValid())
        return Result<QDateTime>::failure(tr("--%1 must be an ISO 8601 time, e.g. 2026-11-24T13:00:00Z.").arg(option));
    return at;
}

QString Invocation::count(qint64 value)
{
    return DisplayText::count(value);
}

QString Invocation::limit(const std::optional<qint64> &limit)
{
    return limit ? count(*limit) : tr("unlimited");
}

QString Invocation::seconds(qint64 milliseconds)
{
    return QLocale().toString(double(milliseconds) / 1000.0, 'f', 1);
}

void Invocation::catchInterrupts()
{
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

bool Invocation::interrupted()
{
    return interruptRequested.load();
}
