#include "audit/AuditLogModel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "common/DisplayText.h"
#include "db/SqlError.h"
#include "db/SqlTime.h"

AuditLogModel::AuditLogModel(DatabaseWorker &worker, QObject *parent)
    : PagedQueryModel(worker, {tr("ID"), tr("When (UTC)"), tr("Staff"), tr("Login"), tr("Action"), tr("Target"), tr("Action id"), tr("Details")}, Id,
                      parent)
{
}

void AuditLogModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    setLoader([filter](const QString &connection, const QVariant &afterId, int limit) { return load(connection, filter, afterId, limit); });
}

Result<PagedQueryModel::Page> AuditLogModel::load(const QString &connection, const Filter &filter, const QVariant &afterId, int limit)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT l.id, quotadesk.iso(l.created_at), coalesce(u.email, '#' || l.admin_user_id), coalesce(l.details->>'login', ''), l.action, "
        "       concat_ws(' ', l.target_type, '#' || l.target_id), coalesce(c.action_id::text, ''), coalesce(l.details::text, '{}') "
        "FROM public.admin_action_logs l LEFT JOIN public.users u ON u.id = l.admin_user_id "
        "     LEFT JOIN quotadesk.audit_chain c ON c.audit_log_id = l.id "
        "WHERE (?::text IS NULL OR l.action = ?::text) "
        "  AND (?::text IS NULL OR u.email ILIKE ?::text OR u.full_name ILIKE ?::text OR l.details->>'login' ILIKE ?::text "
        "       OR c.action_id::text = lower(?::text)) "
        "  AND (?::date IS NULL OR l.created_at >= ?::date) "
        "  AND (?::date IS NULL OR l.created_at < ?::date + 1) "
        "  AND (?::integer IS NULL OR l.id < ?::integer) "
        "ORDER BY l.id DESC LIMIT ?"));
    const QVariant action = textOrNull(filter.action);
    const QVariant staff = filter.staff.trimmed().isEmpty() ? textOrNull({}) : QVariant(containsPattern(filter.staff.trimmed()));
    const QVariant actionId = textOrNull(filter.staff.trimmed());
    const QVariant from = textOrNull(filter.from.isValid() ? filter.from.toString(Qt::ISODate) : QString());
    const QVariant to = textOrNull(filter.to.isValid() ? filter.to.toString(Qt::ISODate) : QString());
    const QVariant after = idOrNull(afterId);
    for (const QVariant &v : {action, action, staff, staff, staff, staff, actionId, from, from, to, to, after, after})
        query.addBindValue(v);
    query.addBindValue(limit);
    if (!query.exec())
        return Result<Page>::failure(SqlError::message(query));
    Page rows;
    while (query.next()) {
        rows << QVariantList{query.value(0).toInt(),     SqlTime::fromIso(query.value(1).toString()), query.value(2).toString(),
                             query.value(3).toString(), query.value(4).toString(),                  query.value(5).toString(),
                             query.value(6).toString(), query.value(7).toString()};
    }
    return rows;
}

Result<QStringList> AuditLogModel::actions(const QString &connection)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    if (!query.exec(QStringLiteral("SELECT DISTINCT action FROM public.admin_action_logs ORDER BY 1")))
        return Result<QStringList>::failure(SqlError::message(query));
    QStringList list;
    while (query.next())
        list << query.value(0).toString();
    return list;
}

QVariant AuditLogModel::display(int column, const QVariant &value) const
{
    if (column == When)
        return DisplayText::seconds(value.toDateTime());
    if (column == Details) {
        // Compact one-line JSON, keys in order, without what has its own column; the
        // details pane has it all.
        const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8());
        if (!doc.isObject())
            return value;
        QStringList parts;
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("action_id") || it.key() == QLatin1String("login"))
                continue; // they have their own columns
            parts << it.key() + QStringLiteral(": ") + (it->isString() ? it->toString() : QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("v"), *it}}).toJson(QJsonDocument::Compact)).mid(5).chopped(1));
        }
        return parts.join(QStringLiteral(" · "));
    }
    return value;
}
