#include "SchemaCommands.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>

#include "CommandTable.h"
#include "db/Migrator.h"
#include "Invocation.h"
#include "quota/UsageCounters.h"

namespace {

int percentOf(const Migrator::CounterBackfill &state)
{
    return state.watermark <= 0 ? 100 : int(state.through * 100 / state.watermark);
}

} // namespace

int SchemaCommands::migrate(Invocation &run)
{
    // Backfill progress on stderr, at most every two seconds, and when it completes;
    // Ctrl-C stops a backfill between batches (the next migrate goes on from there).
    QDeadlineTimer nextNote(0);
    const auto progressOf = [&run, &nextNote](const char *note) {
        return [&run, &nextNote, note](const Migrator::CounterBackfill &state) {
            if (state.complete() || nextNote.hasExpired()) {
                run.err() << tr(note).arg(Invocation::count(state.through), Invocation::count(state.watermark)).arg(percentOf(state))
                          << Qt::endl;
                nextNote.setRemainingTime(2000);
            }
            return !Invocation::interrupted();
        };
    };
    const auto report = Migrator(Invocation::connection())
                            .migrate(progressOf(QT_TR_NOOP("Counting existing usage rows into the usage counters: up to id %1 of %2 (%3 %).")),
                                     0, progressOf(QT_TR_NOOP("Rolling up the costs of existing usage rows: up to id %1 of %2 (%3 %).")));
    if (!report)
        return run.fail(report.error());
    const Migrator::CounterBackfill &counters = report->counters;
    const Migrator::CounterBackfill &costs = report->costRollups;
    if (run.json()) {
        run.printJson(QJsonObject{{QStringLiteral("from_version"), report->fromVersion},
                                  {QStringLiteral("to_version"), report->toVersion},
                                  {QStringLiteral("applied"), QJsonArray::fromStringList(report->applied)},
                                  {QStringLiteral("counters_complete"), counters.complete()},
                                  {QStringLiteral("counters_backfilled_through"), counters.through},
                                  {QStringLiteral("counters_watermark"), counters.watermark},
                                  {QStringLiteral("cost_rollups_complete"), costs.complete()},
                                  {QStringLiteral("cost_rollups_backfilled_through"), costs.through},
                                  {QStringLiteral("cost_rollups_watermark"), costs.watermark}});
    } else {
        if (report->applied.isEmpty())
            run.out() << tr("Schema is at version %1; nothing to do.").arg(report->toVersion) << '\n';
        else
            run.out() << tr("Schema updated from version %1 to %2: %3")
                             .arg(QString::number(report->fromVersion), QString::number(report->toVersion), report->applied.join(QStringLiteral(", ")))
                      << '\n';
        if (counters.installed && !counters.complete())
            run.out() << tr("The usage counters hold rows up to id %1 of %2: status reads the raw rows until quotactl migrate completes them.")
                             .arg(Invocation::count(counters.through), Invocation::count(counters.watermark))
                      << '\n';
        if (costs.installed && !costs.complete())
            run.out() << tr("The cost rollups hold rows up to id %1 of %2: the Costs page reads the raw rows until quotactl migrate completes them.")
                             .arg(Invocation::count(costs.through), Invocation::count(costs.watermark))
                      << '\n';
    }
    return ExitCode::Done;
}

int SchemaCommands::verifyCounters(Invocation &run)
{
    if (!run.arguments().isEmpty())
        return run.fail(tr("verify-counters takes no arguments."));
    const auto result = UsageCounters(Invocation::connection()).verify();
    if (!result)
        return run.fail(result.error(), result.why());
    const CounterVerification &check = result.value();
    if (run.json()) {
        run.printJson(check.toJson());
        return check.clean() ? ExitCode::Done : ExitCode::No;
    }
    if (check.clean()) {
        run.out() << tr("Usage counters match the raw usage rows: %Ln counters checked.", nullptr, int(std::min<qint64>(check.checked, INT_MAX)))
                  << '\n';
    } else {
        run.out() << tr("Usage counters DRIFTED: %Ln counters differ from the raw usage rows.", nullptr,
                        int(std::min<qint64>(check.driftCount, INT_MAX)))
                  << '\n';
        for (const CounterDrift &drift : check.drifts) {
            const QString actual = tr("%1 tokens, %2 calls, %3 bad rows")
                                       .arg(Invocation::count(drift.actualTokens), Invocation::count(drift.actualCalls),
                                            Invocation::count(drift.actualBadRows));
            const QString user = QString::number(drift.userId);
            const bool daily = drift.period == CounterDrift::Period::Daily;
            const QString bucket = daily ? drift.bucket.toString(Qt::ISODate) : drift.bucket.toString(QStringLiteral("yyyy-MM"));
            if (drift.counterMissing) {
                run.out() << (daily ? tr("User %1, day %2: no counter, but the raw rows say %3.")
                                    : tr("User %1, month %2: no counter, but the raw rows say %3."))
                                   .arg(user, bucket, actual)
                          << '\n';
                continue;
            }
            const QString counted = tr("%1 tokens, %2 calls, %3 bad rows")
                                        .arg(Invocation::count(drift.countedTokens), Invocation::count(drift.countedCalls),
                                             Invocation::count(drift.countedBadRows));
            run.out() << (daily ? tr("User %1, day %2: the counter says %3; the raw rows say %4.")
                                : tr("User %1, month %2: the counter says %3; the raw rows say %4."))
                               .arg(user, bucket, counted, actual)
                      << '\n';
        }
    }
    if (!check.backfillComplete)
        run.out() << tr("The backfill is not complete: only rows it has counted (up to id %1 of %2) and newer ones were compared.")
                         .arg(Invocation::count(check.backfilledThrough), Invocation::count(check.watermark))
                  << '\n';
    return check.clean() ? ExitCode::Done : ExitCode::No;
}
