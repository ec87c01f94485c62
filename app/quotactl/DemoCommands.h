#pragma once

#include <QCoreApplication>

#include "common/Result.h"

class Invocation;
class ThrowawayPostgres;

/// quotactl's demo commands: demo-data, simulate, and the private database of --demo.
class DemoCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Quotactl) // one translation context for all of quotactl

public:
    DemoCommands() = delete;

    static int demoData(Invocation &run);
    static int simulate(Invocation &run);

    /// --demo: starts `cluster`, fills a database in it with demo data and opens
    /// quotactl's connection to it; the demo staff account becomes $QUOTADESK_STAFF.
    static Status openDemoDatabase(Invocation &run, ThrowawayPostgres &cluster);
};
