#include "QuotaCommands.h"

#include <algorithm>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "audit/ActionId.h"
#include "CommandTable.h"
#include "common/DisplayText.h"
#include "db/SqlTime.h"
#include "Invocation.h"
#include "quota/QuotaLevel.h"
#include "quota/QuotaListing.h"
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

    // Streamed: the summary from one aggregate, then each user written as it is read, so
    // memory stays bounded however many users there are. Both at one moment.
    const QuotaListingQuery query(Invocation::connection());
    QDateTime moment = at.value();
    if (!moment.isValid()) {
        const auto now = query.now();
        if (!now)
            return run.fail(now.error());
        moment = now.value();
    }
    const auto summary = query.dailySummary(moment);
    if (!summary)
        return run.fail(summary.error());

    if (run.json()) {
        QJsonObject levelCounts;
        for (const auto &[level, n] : summary->levels)
            levelCounts.insert(level, n);
        // The document QJsonDocument would write, with "users" (the last key) streamed.
        QByteArray head = QJsonDocument(QJsonObject{{QStringLiteral("total_users"), summary->total},
                                                    {QStringLiteral("daily_levels"), levelCounts}})
                              .toJson(QJsonDocument::Indented);
        head.chop(3); // "\n}\n"
        run.out() << head << ",\n    \"users\": [";
        qint64 written = 0;
        const auto rows = query.forEachByPercentage(moment, sortBy, minLevel, limit.value(), [&](const QuotaStatus &s) {
            QByteArray user = QJsonDocument(s.toJson()).toJson(QJsonDocument::Indented);
            user.chop(1);
            user.replace("\n", "\n        ");
            run.out() << (written++ ? ",\n        " : "\n        ") << user;
            if (written % 1000 == 0)
                run.out().flush();
            return run.out().status() == QTextStream::Ok;
        });
        if (!rows)
            return run.fail(rows.error()); // stdout holds a partial document; the exit code says so
        run.out() << "\n    ]\n}\n";
        run.out().flush();
        return ExitCode::Done;
    }

    const auto countOf = [&summary](const char *level) {
        for (const auto &[name, n] : summary->levels)
            if (name == QLatin1String(level))
                return n;
        return qint64(0);
    };
    run.out() << tr("%Ln users. Daily level: %1 ok, %2 warning, %3 critical, %4 exceeded.", nullptr, int(summary->total))
                     .arg(Invocation::count(countOf("ok")), Invocation::count(countOf("warning")), Invocation::count(countOf("critical")),
                          Invocation::count(countOf("exceeded")))
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
    // Column widths from the first rows; later rows stream in those widths.
    constexpr qsizetype RowsForWidths = 1000;
    const auto rows = query.forEachByPercentage(moment, sortBy, minLevel, limit.value(), [&](const QuotaStatus &s) {
        table.addRow({QString::number(s.userId), s.email, s.limitsKnown ? s.plan : tr("%1 (no limits: freemium)").arg(s.plan),
                      Invocation::count(s.daily.used), Invocation::limit(s.daily.limit), QString::number(s.daily.percentage),
                      levelTag(s.daily.warningLevel), Invocation::count(s.monthly.used), Invocation::limit(s.monthly.limit),
                      QString::number(s.monthly.percentage), Invocation::count(s.hourlyCalls.used), Invocation::limit(s.hourlyCalls.limit)});
        if (table.rowCount() >= RowsForWidths)
            run.out() << table.takeRendered();
        return run.out().status() == QTextStream::Ok;
    });
    if (!rows)
        return run.fail(rows.error());
    run.out() << table.takeRendered();
    if (rows.value() < summary->total)
        run.out() << tr("(%1 of %Ln users shown)", nullptr, int(summary->total)).arg(Invocation::count(rows.value())) << '\n';
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
    const QuotaService quotas(Invocation::connection());
    const auto s = quotas.status(who->id, at.value());
    if (!s)
        return run.fail(s.error());
    const auto projection = quotas.projection(who->id, s->evaluatedAt);
    if (!projection)
        return run.fail(projection.error());
    if (run.json()) {
        QJsonObject json = s->toJson();
        json.insert(QStringLiteral("projection"), projection->toJson());
        run.printJson(json);
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
    run.out() << table.render()
              << tr("At this rate (daily: the last 60 minutes, monthly: the last 7 days): daily quota %1; monthly quota %2.")
                     .arg(DisplayText::exhaustion(projection->dailyExhaustedAt, projection->evaluatedAt),
                          DisplayText::exhaustion(projection->monthlyExhaustedAt, projection->evaluatedAt))
              << '\n';
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
    if (!resets) {
        if (resets.why() == Failure::ConnectionLost) // whether anything was reset is for the database to say
            return run.failAction(resets.error(), resets.why(), action.value());
        return run.fail(tr("%1 Nothing was reset.").arg(resets.error()), resets.why());
    }
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
