#pragma once

#include <memory>

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "CommandTable.h"
#include "Invocation.h"

class ThrowawayPostgres;

/// quotactl: every engine of Quotadesk from the command line. One command a run; human
/// tables by default, the REST API's JSON with --json; errors on stderr. Finds the command
/// in the CommandTable, parses its options, connects, and runs it; generates all help.
class Quotactl final
{
    Q_DECLARE_TR_FUNCTIONS(Quotactl)

public:
    Quotactl();
    ~Quotactl();
    Q_DISABLE_COPY_MOVE(Quotactl)

    /// True when the command line asks for JSON: such runs load no translation, so scripts
    /// read the same words whatever the user's locale.
    static bool wantsJson(const QStringList &arguments);

    /// Runs the command line (arguments[0] is the program) and returns the exit code.
    int run(const QStringList &arguments);

private:
    QString generalHelp() const;
    const Command *findCommand(const QString &name) const;

    QList<Command> m_commands;
    Invocation m_invocation;
    std::unique_ptr<ThrowawayPostgres> m_demoCluster;
};
