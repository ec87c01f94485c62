#pragma once

#include <QCoreApplication>

class Invocation;

/// quotactl costs: where the AI money goes, by day, model, task, plan or user.
class CostCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Quotactl) // one translation context for all of quotactl

public:
    CostCommands() = delete;

    /// costs [--days N] [--by day|model|task|plan|user] [--json]
    static int costs(Invocation &run);
};
