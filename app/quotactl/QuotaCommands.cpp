#include "QuotaCommands.h"

#include <algorithm>

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include "audit/ActionId.h"
#include "CommandTable.h"
#include "db/SqlTime.h"
#include "Invocation.h"
#include "quota/QuotaLevel.h"
#include "quota/QuotaPeriod.h"
#include "quota/QuotaService.h"
#include "TextTable.h"
#include "users/UserLookup.h"

namespace {

QString levelTag(const QString &level)
{
    return level.isEmpty() ? QStringLiteral("-") : level;
}

} // namespace

int QuotaCommands::overview(Invocation &run)
{
    const QStringList levels = QuotaLevel::all();
    const QString minLevel = run.value(QStringLiteral("level"));
    if (!minLevel.isEmpty() && !levels.contains(minLevel))
        return run.fail(tr("--level must be one of ok, warning, critical, exceeded."));
    const QString sortBy = run.value(QStringLiteral("sort"));
    if (!QuotaPeriod::all().contains(sortBy))
        return run.fail(tr("--sort must be daily, monthly or hourly."));
    const auto limit = run.wholeNumber(QStringLiteral("limit"));
    if (!limit)
        return run.fail(limit.error());
    const auto at = run.time(QStringLiteral("at"));
    if (!at)
        return run.fail(at.error());

    const auto all = QuotaService(Invocation::connection()).overview(at.value());
    if (!all)
        return run.fail(all.error());

    QHash<QString, int> counts;
    for (const QuotaStatus &s : all.value())
        ++counts[s.daily.warningLevel];

    QList<QuotaStatus> rows;
    const int minRank = minLevel.isEmpty() ? 0 : QuotaLevel::rank(minLevel);
    for (const QuotaStatus &s : all.value())
        if (QuotaLevel::rank(s.daily.warningLevel) >= minRank)
            rows << s;
    const auto window = [&sortBy](const QuotaStatus &s) -> const QuotaWindow & {
        return sortBy == QLatin1String("monthly") ? s.monthly : sortBy == QLatin1String("hourly") ? s.hourlyCalls : s.daily;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const QuotaStatus &a, const QuotaStatus &b) {
        if (window(a).percentage != window(b).percentage)
            return window(a).percentage > window(b).percentage;
        return a.userId < b.userId;
    });
    if (limit.value() > 0 && rows.size() > limit.value())
        rows.resize(limit.value());

    if (run.json()) {
        QJsonArray users;
        for (const QuotaStatus &s : rows)
            users.append(s.toJson());
        QJsonObject summary;
        for (const QString &level : levels)
            summary.insert(level, counts.value(level));
        run.printJson(QJsonObject{{QStringLiteral("total_users"), all->size()}, {QStringLiteral("daily_levels"), summary},
                                  {QStringLiteral("users"), users}});
        return ExitCode::Done;
    }

    run.out() << tr("%Ln users. Daily level: %1 ok, %2 warning, %3 critical, %4 exceeded.", nullptr, int(all->size()))
                     .arg(Invocation::count(counts.value(QStringLiteral("ok"))), Invocation::count(counts.value(QStringLiteral("warning"))),
                          Invocation::count(counts.value(QStringLiteral("critical"))), Invocation::count(counts.value(QStringLiteral("exceeded"))))
              << "\n\n";
    TextTable table({{tr("ID"), TextTable::Align::Right},
                     {tr("EMAIL")},
                     {tr("PLAN")},
                     {tr("TODAY"), TextTable::Align::Right},
                     {tr("DAY LIMIT"), TextTable::Align::Right},
                     {tr("DAY %"), TextTable::Align::Right},
                     {tr("DAY LEVEL")},
                     {tr("MONTH"), TextTable::Align::Right},
                     {tr("MONTH LIMIT"), TextTable::Align::Right},
                     {tr("MONTH %"), TextTable::Align::Right},
                     {tr("CALLS/H"), TextTable::Align::Right},
                     {tr("CALL LIMIT"), TextTable::Align::Right}});
    for (const QuotaStatus &s : rows) {
        table.addRow({QString::number(s.userId), s.email, s.limitsKnown ? s.plan : tr("%1 (no limits: freemium)").arg(s.plan),
                      Invocation::count(s.daily.used), Invocation::limit(s.daily.limit), QString::number(s.daily.percentage),
                      levelTag(s.daily.warningLevel), Invocation::count(s.monthly.used), Invocation::limit(s.monthly.limit),
                      QString::number(s.monthly.percentage), Invocation::count(s.hourlyCalls.used), Invocation::limit(s.hourlyCalls.limit)});
    }
    run.out() << table.render();
    if (rows.size() < all->size())
        run.out() << tr("(%1 of %Ln users shown)", nullptr, int(all->size())).arg(Invocation::count(rows.size())) << '\n';
    return ExitCode::Done;
}

int QuotaCommands::status(Invocation &run)
{
    const auto who = run.onlyUser();
    if (!who)
        return run.fail(who.error());
    const auto at = run.time(QStringLiteral("at"));
    if (!at)
        return run.fail(at.error());
    const auto s = QuotaService(Invocation::connection()).status(who->id, at.value());
    if (!s)
        return run.fail(s.error());
    if (run.json()) {
        run.printJson(s->toJson());
        return ExitCode::Done;
    }
    run.out() << tr("User     %1  %2 (%3)").arg(QString::number(s->userId), s->email, s->fullName) << '\n'
              << (s->limitsKnown ? tr("Plan     %1") : tr("Plan     %1  (no limits row: freemium limits apply)")).arg(s->plan) << '\n';
    TextTable table({{tr("WINDOW")},
                     {tr("USED"), TextTable::Align::Right},
                     {tr("LIMIT"), TextTable::Align::Right},
                     {tr("REMAINING"), TextTable::Align::Right},
                     {tr("%"), TextTable::Align::Right},
                     {tr("LEVEL")},
                     {tr("RESETS AT")}});
    const auto row = [&](const QString &label, const QuotaWindow &w, const QString &resets) {
        table.addRow({label, Invocation::count(w.used), Invocation::limit(w.limit), Invocation::limit(w.remaining),
                      QString::number(w.percentage), levelTag(w.warningLevel), resets});
    };
    row(tr("daily tokens"), s->daily, SqlTime::toIso(s->dailyResetsAt));
    row(tr("monthly tokens"), s->monthly, SqlTime::toIso(s->monthlyResetsAt));
    row(tr("calls, last hour"), s->hourlyCalls, tr("rolling"));
    run.out() << table.render();
    if (s->badRows > 0)
        run.out() << tr("Note: %Ln usage rows this month have negative token counts; they count as 0.", nullptr, int(s->badRows)) << '\n';
    return ExitCode::Done;
}

int QuotaCommands::limits(Invocation &run)
{
    const auto who = run.onlyUser();
    if (!who)
        return run.fail(who.error());
    const auto l = QuotaService(Invocation::connection()).limits(who->id);
    if (!l)
        return run.fail(l.error());
    if (run.json()) {
        run.printJson(l->toJson());
        return ExitCode::Done;
    }
    run.out() << (l->limitsKnown ? tr("Plan            %1") : tr("Plan            %1  (no limits row: freemium limits apply)")).arg(l->plan) << '\n'
              << tr("Daily tokens    %1").arg(Invocation::limit(l->dailyTokens)) << '\n'
              << tr("Monthly tokens  %1").arg(Invocation::limit(l->monthlyTokens)) << '\n'
              << tr("Calls per hour  %1").arg(Invocation::limit(l->hourlyCalls)) << '\n';
    return ExitCode::Done;
}

int QuotaCommands::check(Invocation &run)
{
    const auto who = run.onlyUser();
    if (!who)
        return run.fail(who.error());
    const QString task = run.value(QStringLiteral("task")).trimmed();
    if (task.isEmpty())
        return run.fail(tr("check needs --task (extraction, cv_draft, cover_letter, validation, ...)."));
    std::optional<qint64> tokens;
    if (run.isSet(QStringLiteral("tokens"))) {
        bool ok = false;
        const qint64 n = run.value(QStringLiteral("tokens")).trimmed().toLongLong(&ok);
        if (!ok || n <= 0)
            return run.fail(tr("--tokens must be a positive whole number, not \"%1\".").arg(run.value(QStringLiteral("tokens"))));
        tokens = n;
    }
    const auto decision = QuotaService(Invocation::connection()).check(who->id, task, tokens);
    if (!decision)
        return run.fail(decision.error());
    if (run.json())
        run.printJson(decision->toJson());
    else if (decision->allowed)
        run.out() << tr("allowed: %1 for %2 needs about %Ln tokens.", nullptr, int(decision->estimate)).arg(task, who->email) << '\n';
    else
        run.out() << tr("refused (%1): %2").arg(decision->reason, decision->message) << '\n';
    return decision->allowed ? ExitCode::Done : ExitCode::Refused;
}

int QuotaCommands::reset(Invocation &run)
{
    if (run.arguments().isEmpty())
        return run.fail(tr("reset needs at least one USER (id or email)."));
    const QString period = run.value(QStringLiteral("period"));
    if (!QuotaPeriod::all().contains(period))
        return run.fail(tr("reset needs --period daily, monthly or hourly."));
    const QString reason = run.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty())
        return run.fail(tr("reset needs --reason: it goes to the audit log."));
    const auto action = run.actionId();
    if (!action)
        return run.fail(action.error());
    const auto actor = run.staff();
    if (!actor)
        return run.fail(actor.error(), actor.why());
    QList<int> ids;
    QStringList emails;
    for (const QString &arg : run.arguments()) {
        const auto who = run.user(arg);
        if (!who)
            return run.fail(tr("%1 Nothing was reset.").arg(who.error()));
        ids << who->id;
        emails << who->email;
    }
    const auto resets = QuotaService(Invocation::connection()).reset(ids, period, reason, actor->named, {}, action.value());
    if (!resets)
        return run.fail(tr("%1 Nothing was reset.").arg(resets.error()), resets.why());
    if (run.json()) {
        QJsonArray resetIds;
        for (qint64 id : resets.value())
            resetIds.append(id);
        run.printJson(QJsonObject{{QStringLiteral("period"), period}, {QStringLiteral("reason"), reason},
                                  {QStringLiteral("users"), QJsonArray::fromStringList(emails)}, {QStringLiteral("reset_ids"), resetIds},
                                  {QStringLiteral("by"), actor->account.email},
                                  {QStringLiteral("action_id"), ActionId::text(action.value())}});
    } else {
        run.out() << QuotaPeriod::resetReport(period, emails) << '\n';
        if (emails.size() > 1)
            run.out() << tr("Users: %1").arg(emails.join(QStringLiteral(", "))) << '\n';
        run.out() << tr("Recorded in the audit log as %1.").arg(actor->account.email) << '\n';
        run.printActionId(action.value());
    }
    return ExitCode::Done;
}
