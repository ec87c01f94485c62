#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "common/Result.h"

/// One usage counter (a user's day or month) that differs from the raw usage rows it holds.
struct CounterDrift
{
    enum class Period { Daily, Monthly };

    int userId = 0;
    Period period = Period::Daily;
    QDate bucket;             // the day, or the first day of the month
    bool counterMissing = false;
    qint64 countedTokens = 0; // what the counter says (0 when missing)
    qint64 countedCalls = 0;
    qint64 countedBadRows = 0;
    qint64 actualTokens = 0;  // what the raw rows say
    qint64 actualCalls = 0;
    qint64 actualBadRows = 0;

    static QString periodName(Period period); // "daily", "monthly"
    QJsonObject toJson() const;
};

/// The outcome of recomputing the usage counters from the raw rows.
struct CounterVerification
{
    static constexpr int MaxDriftsListed = 20;

    qint64 checked = 0;        // counters compared (daily and monthly rows)
    qint64 driftCount = 0;     // counters that differ
    QList<CounterDrift> drifts; // the first MaxDriftsListed, by user, period, bucket
    bool backfillComplete = true;
    qint64 backfilledThrough = 0; // while a backfill runs, only rows it has counted (and newer) are compared
    qint64 watermark = 0;

    bool clean() const { return driftCount == 0; }
    QJsonObject toJson() const;
};

/// The per-user running usage counters of migration 0011 (usage_daily, usage_monthly),
/// which quota status reads instead of a month of raw rows.
class UsageCounters final
{
    Q_DECLARE_TR_FUNCTIONS(UsageCounters)

public:
    explicit UsageCounters(QString connectionName) : m_connectionName(std::move(connectionName)) {}

    /// Recomputes every counter from the raw rows in one snapshot (a full pass over the
    /// usage log) and lists the ones that differ.
    Result<CounterVerification> verify() const;

private:
    QString m_connectionName;
};
