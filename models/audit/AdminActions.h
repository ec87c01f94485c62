#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include "common/Result.h"

/// What the database recorded of one admin action (quotadesk.admin_actions): who took it,
/// through which login and client, what was asked and what came of it.
struct ActionRecord
{
    QUuid id;
    QString kind; // the audit action: quota.reset, cache.cleanup_expired, ...
    int staffId = 0;
    QString staffEmail; // empty when the account was deleted since
    QString login;
    QString client;
    QDateTime appliedAt; // its first step
    int steps = 0;       // committed steps: batches of a clean-up, else 1
    QJsonObject request;  // of the first step
    QJsonObject outcome;  // of the last step (a clean-up's running total)
    QList<qint64> auditLogIds;

    QJsonObject toJson() const;
};

/// Looks admin actions up by their id (`quotactl action UUID`, the Audit page).
class AdminActions final
{
    Q_DECLARE_TR_FUNCTIONS(AdminActions)

public:
    explicit AdminActions(QString connectionName);

    /// The action, or nullopt when no step of it was ever applied.
    Result<std::optional<ActionRecord>> find(const QUuid &id) const;

private:
    QString m_connectionName;
};
