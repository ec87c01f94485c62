#include "SchemaCommands.h"

#include <QJsonArray>
#include <QJsonObject>

#include "CommandTable.h"
#include "db/Migrator.h"
#include "Invocation.h"

int SchemaCommands::migrate(Invocation &run)
{
    const auto report = Migrator(Invocation::connection()).migrate();
    if (!report)
        return run.fail(report.error());
    if (run.json())
        run.printJson(QJsonObject{{QStringLiteral("from_version"), report->fromVersion},
                                  {QStringLiteral("to_version"), report->toVersion},
                                  {QStringLiteral("applied"), QJsonArray::fromStringList(report->applied)}});
    else if (report->applied.isEmpty())
        run.out() << tr("Schema is at version %1; nothing to do.").arg(report->toVersion) << '\n';
    else
        run.out() << tr("Schema updated from version %1 to %2: %3")
                         .arg(QString::number(report->fromVersion), QString::number(report->toVersion), report->applied.join(QStringLiteral(", ")))
                  << '\n';
    return ExitCode::Done;
}
