#pragma once

#include <QCoreApplication>

class Invocation;

/// quotactl's quota commands: overview, status, limits, check and reset.
class QuotaCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Quotactl) // one translation context for all of quotactl

public:
    QuotaCommands() = delete;

    static int overview(Invocation &run);
    static int status(Invocation &run);
    static int limits(Invocation &run);
    static int check(Invocation &run);
    static int reset(Invocation &run);
};
