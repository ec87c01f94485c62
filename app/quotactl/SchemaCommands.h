#pragma once

#include <QCoreApplication>

class Invocation;

/// quotactl migrate: creates or updates Quotadesk's schema (and backfills the usage
/// counters); quotactl verify-counters: recomputes them from the raw usage rows.
class SchemaCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Quotactl) // one translation context for all of quotactl

public:
    SchemaCommands() = delete;

    static int migrate(Invocation &run);
    static int verifyCounters(Invocation &run);
};
