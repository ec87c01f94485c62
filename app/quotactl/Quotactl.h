#pragma once

#include <functional>
#include <memory>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QTextStream>

#include "common/Result.h"

class ThrowawayPostgres;
struct UserRef;

/// quotactl: every engine of Quotadesk from the command line. One subcommand a run;
/// human tables by default, the seed's JSON with --json; errors on stderr.
/// Exit codes: 0 done (check: allowed), 3 check refused, 2 error.
class Quotactl final
{
    Q_DECLARE_TR_FUNCTIONS(Quotactl)

public:
    enum ExitCode { Done = 0, Failed = 2, Refused = 3 };

    Quotactl();
    ~Quotactl();
    int run(const QStringList &arguments);

private:
    struct Command
    {
        QString name;
        QString syntax;  // positional arguments, for --help
        QString summary;
        std::function<void(QCommandLineParser &)> addOptions;
        std::function<int(Quotactl &)> run;
        bool needsSchema = true; // false: works on an unmigrated database (migrate) or none
    };

    QList<Command> commands() const;
    const Command *findCommand(const QString &name) const;
    void addGlobalOptions(QCommandLineParser &parser) const;
    QString generalHelp() const;

    Status connect();
    Status startDemo();

    // Helpers for commands.
    int fail(const QString &message);
    void printJson(const QJsonValue &value);
    Result<UserRef> user(const QString &idOrEmail) const;
    Result<UserRef> staff() const;
    Result<qint64> positiveNumber(const QString &option, qint64 fallback) const;
    QString number(qint64 value) const;
    QString limitText(const std::optional<qint64> &limit) const;
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    QStringList positional() const;

    int migrate();
    int overview();
    int status();
    int limits();
    int check();
    int reset();
    int cacheStats();
    int cleanup();
    int cleanupUser();
    int deleteCache();
    int warmup();
    int demoData();
    int simulate();

    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
    QString m_target;
    std::unique_ptr<ThrowawayPostgres> m_demoCluster;
};
