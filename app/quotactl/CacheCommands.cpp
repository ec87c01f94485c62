#include "CacheCommands.h"

#include <QJsonObject>
#include <QLocale>

#include "audit/ActionId.h"
#include "cache/CacheService.h"
#include "cache/PromptSet.h"
#include "CommandTable.h"
#include "Invocation.h"
#include "TextTable.h"
#include "users/UserLookup.h"

int CacheCommands::stats(Invocation &run)
{
    const auto since = run.time(QStringLiteral("since"));
    if (!since)
        return run.fail(since.error());
    const auto stats = CacheService(Invocation::connection()).stats(QDateTime(), since.value());
    if (!stats)
        return run.fail(stats.error());
    const QJsonObject j = stats->toJson();
    if (run.json()) {
        run.printJson(j);
        return ExitCode::Done;
    }
    const QLocale locale;
    QTextStream &out = run.out();
    out << tr("Entries        %1 (%2 expired)").arg(Invocation::count(stats->totalEntries), Invocation::count(stats->expiredEntries)) << '\n'
        << tr("Hits           %1").arg(Invocation::count(stats->totalHits)) << '\n'
        << tr("Cost saved     $%1").arg(locale.toString(stats->costSavedUsd, 'f', 2)) << '\n'
        << tr("Storage        %1 MB").arg(locale.toString(stats->storageMb, 'f', 2)) << '\n'
        << (stats->averageTtlMinutes ? tr("Average TTL    %1 min").arg(locale.toString(*stats->averageTtlMinutes, 'f', 1))
                                     : tr("Average TTL    none expire"))
        << '\n';
    if (stats->hitRate)
        out << tr("Hit rate       %1% (recorded hits: %2, misses: %3)")
                   .arg(locale.toString(*stats->hitRate * 100, 'f', 1), Invocation::count(stats->lookupHits), Invocation::count(stats->lookupMisses))
            << '\n';
    else
        out << tr("Hit rate       unknown: no lookups recorded (entry reuse: %1 hits per entry)")
                   .arg(locale.toString(stats->totalEntries ? double(stats->totalHits) / double(stats->totalEntries) : 0.0, 'f', 2))
            << '\n';
    out << '\n';
    TextTable table({{tr("TYPE")},
                     {tr("ENTRIES"), TextTable::Align::Right},
                     {tr("EXPIRED"), TextTable::Align::Right},
                     {tr("HITS"), TextTable::Align::Right},
                     {tr("STORAGE MB"), TextTable::Align::Right},
                     {tr("SAVED USD"), TextTable::Align::Right}});
    const QJsonObject byType = j.value(QStringLiteral("by_type")).toObject();
    for (auto it = byType.constBegin(); it != byType.constEnd(); ++it) {
        const QJsonObject t = it.value().toObject();
        table.addRow({it.key(), Invocation::count(t.value(QStringLiteral("entries")).toInteger()),
                      Invocation::count(t.value(QStringLiteral("expired_entries")).toInteger()), Invocation::count(t.value(QStringLiteral("hits")).toInteger()),
                      locale.toString(t.value(QStringLiteral("storage_mb")).toDouble(), 'f', 2),
                      locale.toString(t.value(QStringLiteral("cost_saved_usd")).toDouble(), 'f', 2)});
    }
    out << table.render();
    return ExitCode::Done;
}

int CacheCommands::cleanup(Invocation &run)
{
    const auto batch = run.wholeNumber(QStringLiteral("batch"));
    if (!batch)
        return run.fail(batch.error());
    if (batch.value() < 1 || batch.value() > CacheService::MaxBatchSize)
        return run.fail(tr("--batch must be between 1 and %1.").arg(CacheService::MaxBatchSize));
    const CacheService cache(Invocation::connection());
    // Counted by the server's clock; the clean-up then deletes exactly these rows.
    const auto expired = cache.expiredSnapshot();
    if (!expired)
        return run.fail(expired.error(), expired.why());
    if (run.isSet(QStringLiteral("dry-run"))) {
        if (run.json())
            run.printJson(QJsonObject{{QStringLiteral("expired_entries"), expired->rows}, {QStringLiteral("deleted"), 0}});
        else
            run.out() << tr("%Ln expired cache rows would be deleted.", nullptr, int(expired->rows)) << '\n';
        return ExitCode::Done;
    }
    const auto action = run.actionId();
    if (!action)
        return run.fail(action.error());
    const auto actor = run.staff();
    if (!actor)
        return run.fail(actor.error(), actor.why());
    if (!run.json())
        run.err() << tr("%Ln expired cache rows to delete.", nullptr, int(expired->rows)) << Qt::endl;
    const auto report = cache.cleanupExpired(actor->named, int(batch.value()), expired->at, [](qint64) { return !Invocation::interrupted(); },
                                             action.value(), expired->maxId);
    if (!report)
        return run.failAction(report.error(), report.why(), action.value());
    if (run.json())
        run.printJson(report->toJson());
    else if (report->cancelled)
        run.out() << tr("Interrupted after %Ln expired rows were deleted (batches: %1); the audit log has the exact count.", nullptr, int(report->deleted))
                         .arg(Invocation::count(report->batches))
                  << '\n';
    else
        run.out() << tr("%Ln expired rows deleted (batches: %1).", nullptr, int(report->deleted)).arg(Invocation::count(report->batches)) << '\n';
    if (!run.json())
        run.printActionId(report->actionId);
    return ExitCode::Done;
}

int CacheCommands::cleanupUser(Invocation &run)
{
    const auto who = run.onlyUser();
    if (!who)
        return run.fail(who.error());
    const auto action = run.actionId();
    if (!action)
        return run.fail(action.error());
    const auto actor = run.staff();
    if (!actor)
        return run.fail(actor.error(), actor.why());
    const auto deleted = CacheService(Invocation::connection()).cleanupUser(actor->named, who->id, action.value());
    if (!deleted)
        return run.failAction(deleted.error(), deleted.why(), action.value());
    if (run.json()) {
        run.printJson(QJsonObject{{QStringLiteral("user_id"), who->id}, {QStringLiteral("deleted"), deleted.value()},
                                  {QStringLiteral("action_id"), ActionId::text(action.value())}});
    } else {
        run.out() << tr("%Ln cache rows of %1 deleted (system rows kept).", nullptr, int(deleted.value())).arg(who->email) << '\n';
        run.printActionId(action.value());
    }
    return ExitCode::Done;
}

int CacheCommands::deleteEntry(Invocation &run)
{
    if (run.arguments().size() != 1)
        return run.fail(tr("delete-cache needs exactly one KEY."));
    const QString key = run.arguments().first();
    const auto action = run.actionId();
    if (!action)
        return run.fail(action.error());
    const auto actor = run.staff();
    if (!actor)
        return run.fail(actor.error(), actor.why());
    std::optional<int> owner;
    if (run.isSet(QStringLiteral("user"))) {
        const auto who = run.user(run.value(QStringLiteral("user")));
        if (!who)
            return run.fail(who.error());
        owner = who->id;
    }
    const auto deleted = CacheService(Invocation::connection()).remove(actor->named, key, run.value(QStringLiteral("type")), owner, action.value());
    if (!deleted)
        return run.failAction(deleted.error(), deleted.why(), action.value());
    if (run.json()) {
        run.printJson(QJsonObject{{QStringLiteral("cache_key"), key}, {QStringLiteral("deleted"), deleted.value()},
                                  {QStringLiteral("action_id"), ActionId::text(action.value())}});
    } else {
        run.out() << tr("%Ln cache entries deleted.", nullptr, int(deleted.value())) << '\n';
        run.printActionId(action.value());
    }
    return deleted.value() > 0 ? ExitCode::Done : ExitCode::Failed;
}

int CacheCommands::warmup(Invocation &run)
{
    const auto action = run.actionId();
    if (!action)
        return run.fail(action.error());
    const auto actor = run.staff();
    if (!actor)
        return run.fail(actor.error(), actor.why());
    const auto prompts = PromptSet::load(run.value(QStringLiteral("prompts")));
    if (!prompts)
        return run.fail(prompts.error());
    const auto report = CacheService(Invocation::connection()).warmup(actor->named, prompts.value(), action.value());
    if (!report)
        return run.failAction(report.error(), report.why(), action.value());
    if (run.json())
        run.printJson(report->toJson());
    else
        run.out() << tr("System prompts: %1 inserted, %2 updated, %3 unchanged.")
                         .arg(Invocation::count(report->inserted), Invocation::count(report->updated), Invocation::count(report->unchanged))
                  << '\n';
    if (!run.json())
        run.printActionId(report->actionId);
    return ExitCode::Done;
}
