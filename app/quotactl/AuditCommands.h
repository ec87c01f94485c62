#pragma once

#include <QCoreApplication>

class Invocation;

/// quotactl audit verify and action: whether the audit trail is intact, and what one
/// admin action did.
class AuditCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Quotactl) // one translation context for all of quotactl

public:
    AuditCommands() = delete;

    static int verify(Invocation &run);
    static int action(Invocation &run);
};
