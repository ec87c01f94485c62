#include "CostCommands.h"

#include "CommandTable.h"
#include "Invocation.h"
#include "TextTable.h"
#include "common/DisplayText.h"
#include "costs/CostReport.h"

namespace {

QString keyHeader(const QString &by)
{
    if (by == QLatin1String("day"))
        return CostCommands::tr("Day (UTC)");
    if (by == QLatin1String("model"))
        return CostCommands::tr("Provider/model");
    if (by == QLatin1String("task"))
        return CostCommands::tr("Task");
    if (by == QLatin1String("plan"))
        return CostCommands::tr("Plan (now)");
    return CostCommands::tr("User");
}

} // namespace

int CostCommands::costs(Invocation &run)
{
    if (!run.arguments().isEmpty())
        return run.fail(tr("costs takes no arguments: use --days N and --by day, model, task, plan or user."));
    const auto days = run.wholeNumber(QStringLiteral("days"));
    if (!days)
        return run.fail(days.error());
    const QString by = run.value(QStringLiteral("by"));
    if (!CostService::breakdowns().contains(by))
        return run.fail(tr("--by must be one of %1.").arg(CostService::breakdowns().join(QStringLiteral(", "))));
    const Result<CostReport> report = CostService(Invocation::connection()).lastDays(int(std::min<qint64>(days.value(), 100000)), by);
    if (!report)
        return run.fail(report.error(), report.why());
    if (run.json()) {
        run.printJson(report->toJson());
        return ExitCode::Done;
    }
    TextTable table({{keyHeader(by)},
                     {tr("Calls"), TextTable::Align::Right},
                     {tr("Tokens"), TextTable::Align::Right},
                     {tr("Cost"), TextTable::Align::Right},
                     {tr("Failed calls' cost"), TextTable::Align::Right}});
    qint64 calls = 0;
    qint64 tokens = 0;
    for (const CostRow &row : report->rows) {
        table.addRow({row.key, DisplayText::count(row.calls), DisplayText::count(row.tokens), DisplayText::usdFromCents(row.costCents),
                      DisplayText::usdFromCents(row.failedCostCents)});
        calls += row.calls;
        tokens += row.tokens;
    }
    table.addRow({tr("Total"), DisplayText::count(calls), DisplayText::count(tokens), DisplayText::usdFromCents(report->totalCents()),
                  DisplayText::usdFromCents(report->totalFailedCents())});
    run.out() << tr("AI spend %1 to %2 (UTC days), by %3:").arg(report->from.toString(Qt::ISODate), report->to.toString(Qt::ISODate), by)
              << '\n'
              << table.render();
    return ExitCode::Done;
}
