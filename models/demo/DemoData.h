#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include "common/Result.h"

/// Fills a migrated database with realistic demo data: users on every plan and at every
/// warning level, 30 days of usage (with the messy rows production has: NULL and
/// negative tokens, failed calls, duplicates), live and expired cache rows, recorded
/// lookups, past resets, and the default system prompts warmed up by the demo admin.
/// Deterministic for a given (users, days, seed, at); set-based SQL, so 2,000 users take
/// seconds.
class DemoData final
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    struct Options
    {
        int users = 2000;
        int days = 30;
        int seed = 1;
        QDateTime at; // invalid = now
    };

    static QString staffEmail() { return QStringLiteral("admin@demo.quotadesk.test"); }

    /// Counts of what was written, as JSON (users, usage_rows, cache_rows, ...).
    static Result<QJsonObject> generate(const QString &connectionName, const Options &options);
};
