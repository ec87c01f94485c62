#include "AlertCommands.h"

#include <QJsonArray>
#include <QJsonObject>

#include "CommandTable.h"
#include "Invocation.h"
#include "TextTable.h"
#include "audit/ActionId.h"
#include "common/DisplayText.h"
#include "costs/AlertWebhook.h"
#include "costs/Alerts.h"
#include "costs/Budgets.h"

namespace {

constexpr int SomeAlerts = 1; // alerts: exit 1 when any is active (for cron)

QString scopeText(const QString &scope)
{
    return scope == QLatin1String(BudgetService::Overall) ? AlertCommands::tr("all calls") : AlertCommands::tr("plan %1").arg(scope);
}

} // namespace

int AlertCommands::budget(Invocation &run)
{
    const QStringList args = run.arguments();
    if (args.isEmpty())
        return listBudgets(run);
    if (args.size() == 2 && args.first() == QLatin1String("set")) {
        const std::optional<qint64> cents = BudgetService::centsFromDollars(args.at(1));
        if (!cents)
            return run.fail(tr("A budget is an amount of US dollars over 0, like 15000 or 15,000.00, not \"%1\".").arg(args.at(1)));
        return setBudget(run, cents);
    }
    if (args == QStringList{QStringLiteral("remove")})
        return setBudget(run, std::nullopt);
    return run.fail(tr("budget takes: nothing (list), set USD [--plan PLAN], or remove [--plan PLAN]."));
}

int AlertCommands::listBudgets(Invocation &run)
{
    const auto budgets = BudgetService(Invocation::connection()).statuses();
    if (!budgets)
        return run.fail(budgets.error(), budgets.why());
    if (run.json()) {
        QJsonArray list;
        for (const BudgetStatus &b : budgets.value())
            list.append(b.toJson());
        run.printJson(list);
        return ExitCode::Done;
    }
    if (budgets->isEmpty()) {
        run.out() << tr("No monthly budget set: quotactl budget set USD [--plan PLAN].") << '\n';
        return ExitCode::Done;
    }
    TextTable table({{tr("Budget for")},
                     {tr("Monthly budget"), TextTable::Align::Right},
                     {tr("Spent this month"), TextTable::Align::Right},
                     {tr("Projected"), TextTable::Align::Right},
                     {tr("Of the budget"), TextTable::Align::Right}});
    const QLocale locale;
    for (const BudgetStatus &b : budgets.value())
        table.addRow({scopeText(b.scope), DisplayText::usdFromCents(b.budgetCents), DisplayText::usdFromCents(b.monthToDateCents),
                      DisplayText::usdFromCents(b.projectedCents), tr("%1 %").arg(locale.toString(b.projectedShare * 100.0, 'f', 0))});
    run.out() << table.render();
    return ExitCode::Done;
}

int AlertCommands::setBudget(Invocation &run, std::optional<qint64> cents)
{
    const auto action = run.actionId();
    if (!action)
        return run.fail(action.error());
    const auto actor = run.staff();
    if (!actor)
        return run.fail(actor.error(), actor.why());
    const QString scope = run.isSet(QStringLiteral("plan")) ? run.value(QStringLiteral("plan")).trimmed() : QString::fromLatin1(BudgetService::Overall);
    const Status done = BudgetService(Invocation::connection()).set(actor->named, scope, cents, action.value());
    if (!done) {
        if (done.why() == Failure::ConnectionLost)
            return run.failAction(done.error(), done.why(), action.value());
        return run.fail(done.error(), done.why());
    }
    if (run.json()) {
        run.printJson(QJsonObject{{QStringLiteral("scope"), scope},
                                  {QStringLiteral("budget_usd"), cents ? QJsonValue(double(*cents) / 100.0) : QJsonValue()},
                                  {QStringLiteral("by"), actor->account.email},
                                  {QStringLiteral("action_id"), ActionId::text(action.value())}});
        return ExitCode::Done;
    }
    run.out() << (cents ? tr("Monthly budget for %1 set to %2.").arg(scopeText(scope), DisplayText::usdFromCents(*cents))
                        : tr("Monthly budget for %1 removed.").arg(scopeText(scope)))
              << '\n'
              << tr("Recorded in the audit log as %1.").arg(actor->account.email) << '\n';
    run.printActionId(action.value());
    return ExitCode::Done;
}

int AlertCommands::alerts(Invocation &run)
{
    if (!run.arguments().isEmpty())
        return run.fail(tr("alerts takes no arguments: quotactl alerts [--json] [--webhook URL]."));
    const auto active = AlertService(Invocation::connection()).active();
    if (!active)
        return run.fail(active.error(), active.why());
    if (run.isSet(QStringLiteral("webhook"))) {
        if (const int failed = sendNew(run, run.value(QStringLiteral("webhook")), active.value()); failed != ExitCode::Done)
            return failed;
    } else if (run.json()) {
        QJsonArray list;
        for (const Alert &alert : active.value())
            list.append(alert.toJson());
        run.printJson(list);
    } else if (active->isEmpty()) {
        run.out() << tr("No active alerts.") << '\n';
    } else {
        for (const Alert &alert : active.value())
            run.out() << (alert.severity == QLatin1String("critical") ? tr("CRITICAL") : tr("warning")) << "  " << alert.text() << '\n';
    }
    return active->isEmpty() ? int(ExitCode::Done) : SomeAlerts;
}

int AlertCommands::sendNew(Invocation &run, const QString &text, const QList<Alert> &active)
{
    const auto url = AlertWebhook::parse(text);
    if (!url)
        return run.fail(url.error());
    const QString target = AlertService::targetOf(url->toString());
    const AlertService alerts(Invocation::connection());
    const auto fresh = alerts.undelivered(active, target);
    if (!fresh)
        return run.fail(fresh.error(), fresh.why());
    // Each new alert in a message of its own; users newly at exceeded together in one.
    QList<QList<Alert>> messages;
    QList<Alert> users;
    for (const Alert &alert : fresh.value())
        (alert.kind == QLatin1String("user_exceeded") ? users : messages.emplaceBack()) << alert;
    if (!users.isEmpty())
        messages << users;
    int sent = 0;
    for (const QList<Alert> &message : std::as_const(messages)) {
        const Status posted = AlertWebhook::post(url.value(), AlertWebhook::payload(message));
        if (!posted)
            return run.fail(tr("%1 (%n alert(s) sent before it.)", nullptr, sent).arg(posted.error()));
        QStringList keys;
        for (const Alert &alert : message)
            keys << alert.key;
        if (const Status noted = alerts.recordDelivered(keys, target); !noted)
            return run.fail(noted.error(), noted.why());
        sent += int(message.size());
    }
    if (run.json())
        run.printJson(QJsonObject{{QStringLiteral("active"), int(active.size())}, {QStringLiteral("sent"), sent}});
    else
        run.out() << tr("%n new alert(s) sent, of %1 active.", nullptr, sent).arg(active.size()) << '\n';
    return ExitCode::Done;
}
