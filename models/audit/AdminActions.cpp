#include "audit/AdminActions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "audit/ActionId.h"
#include "db/SqlError.h"
#include "db/SqlTime.h"

namespace {

QJsonObject jsonObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

} // namespace

QJsonObject ActionRecord::toJson() const
{
    QJsonArray logs;
    for (qint64 log : auditLogIds)
        logs.append(log);
    return {
        {QStringLiteral("action_id"), ActionId::text(id)},
        {QStringLiteral("applied"), true},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("staff_user_id"), staffId},
        {QStringLiteral("staff_email"), staffEmail.isEmpty() ? QJsonValue() : QJsonValue(staffEmail)},
        {QStringLiteral("login"), login},
        {QStringLiteral("client"), client},
        {QStringLiteral("applied_at"), SqlTime::toIso(appliedAt)},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("request"), request},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("audit_log_ids"), logs},
    };
}

AdminActions::AdminActions(QString connectionName) : m_connectionName(std::move(connectionName))
{
}

Result<std::optional<ActionRecord>> AdminActions::find(const QUuid &id) const
{
    using R = Result<std::optional<ActionRecord>>;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return R::failure(SqlError::notConnected());
    QSqlQuery steps(db);
    steps.prepare(QStringLiteral(
        "SELECT a.step, a.kind, a.staff_user_id, u.email, a.login::text, a.client, quotadesk.iso(a.applied_at),"
        "       a.request::text, a.outcome::text "
        "FROM quotadesk.admin_actions a LEFT JOIN public.users u ON u.id = a.staff_user_id "
        "WHERE a.action_id = ?::uuid AND a.outcome IS NOT NULL ORDER BY a.step"));
    steps.addBindValue(ActionId::text(id));
    if (!steps.exec())
        return R::failure(SqlError::message(steps), SqlError::failureOf(steps));
    if (!steps.next())
        return std::optional<ActionRecord>();
    ActionRecord record;
    record.id = id;
    record.kind = steps.value(1).toString();
    record.staffId = steps.value(2).toInt();
    record.staffEmail = steps.value(3).toString();
    record.login = steps.value(4).toString();
    record.client = steps.value(5).toString();
    record.appliedAt = SqlTime::fromIso(steps.value(6).toString());
    record.request = jsonObject(steps.value(7));
    do {
        ++record.steps;
        record.outcome = jsonObject(steps.value(8));
    } while (steps.next());

    QSqlQuery logs(db);
    logs.prepare(QStringLiteral("SELECT c.audit_log_id FROM quotadesk.audit_chain c WHERE c.action_id = ?::uuid ORDER BY c.seq"));
    logs.addBindValue(ActionId::text(id));
    if (!logs.exec())
        return R::failure(SqlError::message(logs), SqlError::failureOf(logs));
    while (logs.next())
        record.auditLogIds.append(logs.value(0).toLongLong());
    return std::optional<ActionRecord>(record);
}
