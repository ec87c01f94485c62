#include "costs/Alerts.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "common/DisplayText.h"
#include "db/SqlError.h"

QString Alert::text() const
{
    const QLocale locale;
    if (kind == QLatin1String("budget")) {
        const QString scope = subject == QLatin1String("all") ? tr("all calls") : tr("plan %1").arg(subject);
        return tr("Projected AI spend for %1 this month: %2, over the budget of %3.")
            .arg(scope, DisplayText::usdFromCents(qint64(figure)), DisplayText::usdFromCents(qint64(threshold)));
    }
    if (kind == QLatin1String("user_exceeded"))
        return tr("%1 is at %2 % of the daily quota.").arg(subject, locale.toString(qint64(figure)));
    if (kind == QLatin1String("cache_hit_rate"))
        return tr("Today's cache hit rate is %1 %, under the target of %2 %.")
            .arg(locale.toString(figure * 100.0, 'f', 1), locale.toString(threshold * 100.0, 'f', 0));
    if (kind == QLatin1String("expired_cache_rows"))
        return tr("%1 expired cache rows wait for a clean-up (threshold %2).")
            .arg(DisplayText::count(qint64(figure)), DisplayText::count(qint64(threshold)));
    return tr("%1: %2").arg(kind, subject);
}

QJsonObject Alert::toJson() const
{
    return {{QStringLiteral("key"), key},       {QStringLiteral("kind"), kind},     {QStringLiteral("severity"), severity},
            {QStringLiteral("subject"), subject}, {QStringLiteral("figure"), figure}, {QStringLiteral("threshold"), threshold},
            {QStringLiteral("text"), text()}};
}

Result<QList<Alert>> AlertService::active() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT alert_key, kind, severity, subject, figure::float8, threshold::float8 "
                                   "FROM quotadesk.active_alerts(NULL) ORDER BY kind, alert_key")))
        return Result<QList<Alert>>::failure(SqlError::message(query), SqlError::failureOf(query));
    QList<Alert> alerts;
    while (query.next())
        alerts.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                       query.value(4).toDouble(), query.value(5).toDouble()});
    if (query.lastError().isValid())
        return Result<QList<Alert>>::failure(SqlError::message(query), SqlError::failureOf(query));
    return alerts;
}

Result<QList<Alert>> AlertService::undelivered(const QList<Alert> &alerts, const QString &target) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT alert_key FROM quotadesk.alert_deliveries WHERE target = ?"));
    query.addBindValue(target);
    if (!query.exec())
        return Result<QList<Alert>>::failure(SqlError::message(query), SqlError::failureOf(query));
    QSet<QString> sent;
    while (query.next())
        sent.insert(query.value(0).toString());
    QList<Alert> fresh;
    for (const Alert &alert : alerts)
        if (!sent.contains(alert.key))
            fresh << alert;
    return fresh;
}

Status AlertService::recordDelivered(const QStringList &keys, const QString &target) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT quotadesk.record_alert_delivery(?::text[], ?)"));
    QStringList quoted;
    for (QString key : keys)
        quoted << u'"' + key.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")) + u'"';
    query.addBindValue(QString(u'{' + quoted.join(u',') + u'}'));
    query.addBindValue(target);
    if (!query.exec())
        return Status::failure(SqlError::message(query), SqlError::failureOf(query));
    return {};
}

QString AlertService::targetOf(const QString &url)
{
    return QString::fromLatin1(QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex());
}
