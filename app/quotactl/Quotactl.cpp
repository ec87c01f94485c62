#include "Quotactl.h"

#include "db/DatabaseConnector.h"
#include "db/Migrator.h"
#include "demo/ThrowawayPostgres.h"
#include "DemoCommands.h"
#include "TextTable.h"

namespace {

// What can be told from the command line before the command's own options are known:
// the command is the first argument that is neither an option nor an option's value.
struct Scan
{
    QString command;
    bool help = false;
    bool version = false;
    bool json = false;
};

Scan scan(const QStringList &arguments)
{
    Scan found;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg == QLatin1String("--json"))
            found.json = true;
        if (!found.command.isEmpty())
            continue;
        if (arg == QLatin1String("-d") || arg == QLatin1String("--database"))
            ++i;
        else if (arg == QLatin1String("-h") || arg == QLatin1String("--help") || arg == QLatin1String("-?"))
            found.help = true;
        else if (arg == QLatin1String("-v") || arg == QLatin1String("--version"))
            found.version = true;
        else if (!arg.startsWith(u'-'))
            found.command = arg;
    }
    return found;
}

// "-d, --database CONN" and its description, one row an option.
void addOptionRows(TextTable &table, const QList<QCommandLineOption> &options)
{
    for (const QCommandLineOption &option : options) {
        QStringList names;
        for (const QString &name : option.names())
            names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
        QString call = QStringLiteral("  ") + names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            call += u' ' + option.valueName();
        table.addRow({call, option.description()});
    }
}

} // namespace

Quotactl::Quotactl() = default;

Quotactl::~Quotactl()
{
    DatabaseConnector::close(Invocation::connection());
}

bool Quotactl::wantsJson(const QStringList &arguments)
{
    return scan(arguments).json;
}

const Command *Quotactl::findCommand(const QString &name) const
{
    for (const Command &c : m_commands)
        if (c.name == name)
            return &c;
    return nullptr;
}

QString Quotactl::generalHelp() const
{
    TextTable commands({{}, {}});
    for (const Command &c : m_commands)
        commands.addRow({QStringLiteral("  ") + c.name + (c.synopsis.isEmpty() ? QString() : u' ' + c.synopsis), c.description});

    QCommandLineParser builtIn; // for the help and version options as QCommandLineParser words them
    const QCommandLineOption help = builtIn.addHelpOption();
    const QCommandLineOption version = builtIn.addVersionOption();
    TextTable options({{}, {}});
    addOptionRows(options, CommandTable::globalOptions() + QList<QCommandLineOption>{help, version});

    return tr("Usage: quotactl [--database CONN] [--json] COMMAND [ARGS] [OPTIONS]\n\n"
              "Quota and AI-cache administration for PostgreSQL.\n\nCommands:\n")
        + commands.render(TextTable::Header::Hidden) + u'\n'
        + tr("Global options:") + u'\n' + options.render(TextTable::Header::Hidden) + u'\n'
        + tr("Each command has its own help: quotactl COMMAND --help.") + u'\n'
        + tr("Exit codes: 0 done, 1 no (audit verify: not intact; action: never applied; verify-counters: drift), 2 error, 3 refused by the quota check, 4 not permitted, 5 busy (another clean-up or warm-up runs), 6 unknown (the connection broke during an admin action: check the action id).") + u'\n';
}

int Quotactl::run(const QStringList &arguments)
{
    m_commands = CommandTable::commands();
    const Scan found = scan(arguments);
    if (found.command.isEmpty()) {
        if (found.version) {
            m_invocation.out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
            return ExitCode::Done;
        }
        if (found.help) {
            m_invocation.out() << generalHelp();
            return ExitCode::Done;
        }
        m_invocation.err() << generalHelp();
        return ExitCode::Failed;
    }
    const Command *command = findCommand(found.command);
    if (!command)
        return m_invocation.fail(tr("unknown command \"%1\"; see quotactl --help").arg(found.command));

    QCommandLineParser &parser = m_invocation.parser();
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(CommandTable::globalOptions());
    parser.addOptions(command->options);
    parser.setApplicationDescription(command->description);
    parser.addPositionalArgument(command->name, command->description,
                                 command->name + (command->synopsis.isEmpty() ? QString() : u' ' + command->synopsis));
    if (!parser.parse(arguments))
        return m_invocation.fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_invocation.out() << parser.helpText();
        return ExitCode::Done;
    }

    if (m_invocation.isSet(QStringLiteral("demo"))) {
        m_demoCluster = std::make_unique<ThrowawayPostgres>();
        if (const Status demo = DemoCommands::openDemoDatabase(m_invocation, *m_demoCluster); !demo)
            return m_invocation.fail(demo.error());
    } else if (const Status connected = DatabaseConnector::open(m_invocation.value(QStringLiteral("database")), Invocation::connection());
               !connected) {
        return m_invocation.fail(connected.error());
    }
    if (command->needsSchema) {
        if (const Status ready = Migrator(Invocation::connection()).verify(); !ready)
            return m_invocation.fail(ready.error(), ready.why());
    }
    return command->run(m_invocation);
}
