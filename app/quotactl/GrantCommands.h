#pragma once

#include <QCoreApplication>

class Invocation;

/// quotactl grant, revoke and grants: which login holds which Quotadesk role and acts as
/// which staff account (run by a DBA).
class GrantCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Quotactl) // one translation context for all of quotactl

public:
    GrantCommands() = delete;

    static int grant(Invocation &run);
    static int revoke(Invocation &run);
    static int grants(Invocation &run);
};
