#pragma once

#include <QCoreApplication>

class Invocation;

/// quotactl budget and alerts: monthly AI budgets (admins set them, audited) and the
/// alerts a cron job lists or sends to a webhook.
class AlertCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Quotactl) // one translation context for all of quotactl

public:
    AlertCommands() = delete;

    /// budget; budget set USD [--plan P]; budget remove [--plan P].
    static int budget(Invocation &run);
    /// alerts [--json] [--webhook URL]: exit 0 none active, 1 some.
    static int alerts(Invocation &run);

private:
    static int listBudgets(Invocation &run);
    static int setBudget(Invocation &run, std::optional<qint64> cents);
    static int sendNew(Invocation &run, const QString &url, const QList<struct Alert> &active);
};
