#pragma once

#include <QCoreApplication>

class Invocation;

/// quotactl migrate: creates or updates Quotadesk's schema.
class SchemaCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Quotactl) // one translation context for all of quotactl

public:
    SchemaCommands() = delete;

    static int migrate(Invocation &run);
};
