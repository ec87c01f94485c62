#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "common/Result.h"

/// One active alert (quotadesk.active_alerts, migration 0023). Its key names it for
/// delivery: the same condition on the same day (month, for budgets) has the same key.
struct Alert
{
    Q_DECLARE_TR_FUNCTIONS(Alert)

public:
    QString key;
    QString kind;     ///< budget, user_exceeded, cache_hit_rate, expired_cache_rows
    QString severity; ///< warning, critical
    QString subject;  ///< the budget's scope, the user's email, or "cache"
    double figure = 0;
    double threshold = 0;

    /// One sentence for people, e.g. "Projected AI spend for all calls: $21,000.00, over
    /// the budget of $15,000.00."
    QString text() const;
    /// {"key", "kind", "severity", "subject", "figure", "threshold", "text"}
    QJsonObject toJson() const;
};

/// The active alerts, and which were already sent to a webhook target.
class AlertService final
{
    Q_DECLARE_TR_FUNCTIONS(AlertService)

public:
    explicit AlertService(QString connectionName) : m_connectionName(std::move(connectionName)) {}

    Result<QList<Alert>> active() const;
    /// The keys among `alerts` not yet delivered to `target`.
    Result<QList<Alert>> undelivered(const QList<Alert> &alerts, const QString &target) const;
    Status recordDelivered(const QStringList &keys, const QString &target) const;

    /// What is kept of a webhook URL: its SHA-256 (a URL may hold a secret).
    static QString targetOf(const QString &url);

private:
    QString m_connectionName;
};
