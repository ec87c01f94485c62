#pragma once

#include <QCoreApplication>

class Invocation;

/// quotactl's cache commands: cache-stats, cleanup, cleanup-user, delete-cache and warmup.
class CacheCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Quotactl) // one translation context for all of quotactl

public:
    CacheCommands() = delete;

    static int stats(Invocation &run);
    static int cleanup(Invocation &run);
    static int cleanupUser(Invocation &run);
    static int deleteEntry(Invocation &run);
    static int warmup(Invocation &run);
};
