#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

class Invocation;

/// quotactl's exit codes: scripts and cron jobs depend on them. (A plain enum: lupdate
/// loses track of the classes below after an `enum : int`.)
namespace ExitCode {
enum {
    Done = 0,
    No = 1, // the answer is no: the audit trail is not intact; the action was never applied; the usage counters drifted
    Failed = 2,
    Refused = 3,
    NotPermitted = 4,
    Busy = 5,    // a job that runs alone (clean-up, warm-up) already runs
    Unknown = 6, // the connection broke during an admin action, and its fate could not be asked
};
}

/// One quotactl command as a user calls it. The dispatch, `quotactl --help` and
/// `quotactl COMMAND --help` are all generated from the table of these.
struct Command
{
    QString name;
    QString synopsis;                  // its positional arguments, e.g. "USER..."
    QString description;
    QList<QCommandLineOption> options; // besides the global ones
    int (*run)(Invocation &) = nullptr;
    bool needsSchema = true;           // false: works on a database not yet migrated
};

/// The one table of quotactl's interface: the global options and every command, in the
/// order help lists them. Built on call, so its texts follow the installed translation.
class CommandTable final
{
    Q_DECLARE_TR_FUNCTIONS(Quotactl) // one translation context for all of quotactl

public:
    CommandTable() = delete;

    /// --database, --json, --demo (help and version come from QCommandLineParser).
    static QList<QCommandLineOption> globalOptions();
    static QList<Command> commands();
};
