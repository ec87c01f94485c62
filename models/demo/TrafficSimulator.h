#pragma once

#include <random>

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include "ai/Orchestrator.h"
#include "common/Result.h"

/// Realistic live traffic through the real orchestrator: many users on all plans, a
/// few heavy users who run into their quotas, prompts that repeat (cache hits) and
/// some that never do, and the odd failing provider call.
class TrafficSimulator final
{
    Q_DECLARE_TR_FUNCTIONS(TrafficSimulator)
    Q_DISABLE_COPY_MOVE(TrafficSimulator)

public:
    struct Tally
    {
        qint64 requests = 0;
        qint64 hits = 0;
        qint64 misses = 0;
        qint64 refused = 0;
        qint64 errors = 0;
        QHash<QString, qint64> refusals; // by reason
        QJsonObject toJson() const;
    };

    explicit TrafficSimulator(QString connectionName, ResponseGenerator &generator, quint32 seed);

    /// Loads the users to simulate (customers, not staff). Fails when there are none.
    Status prepare();
    /// One request; a provider failure counts as an error, not a failure of the simulation.
    Status step(const QDateTime &at = {});
    const Tally &tally() const { return m_tally; }

private:
    QString m_connectionName;
    Orchestrator m_orchestrator;
    std::mt19937 m_random;
    QList<int> m_users;
    QList<int> m_heavyUsers;
    Tally m_tally;
};
