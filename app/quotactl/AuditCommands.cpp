#include "AuditCommands.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "audit/ActionId.h"
#include "audit/AdminActions.h"
#include "audit/AuditChain.h"
#include "CommandTable.h"
#include "Invocation.h"
#include "common/DisplayText.h"

int AuditCommands::verify(Invocation &run)
{
    if (run.arguments() != QStringList{QStringLiteral("verify")})
        return run.fail(tr("audit needs one subcommand: quotactl audit verify."));
    const auto result = AuditChain(Invocation::connection()).verify([](qint64) { return !Invocation::interrupted(); });
    if (!result)
        return run.fail(result.error(), result.why());
    if (run.json()) {
        run.printJson(result->toJson());
    } else if (result->intact()) {
        run.out() << tr("Audit trail intact: %Ln audit rows, each as it was written.", nullptr, int(std::min<qint64>(result->links, INT_MAX)))
                  << '\n'
                  << tr("Head of the chain: %1 (keep it elsewhere: a later verify must end in it or a descendant).")
                         .arg(QString::fromLatin1(result->head))
                  << '\n';
    } else {
        const AuditProblem &first = result->problems.first();
        run.out() << tr("Audit trail NOT intact: %Ln problems.", nullptr, int(std::min<qint64>(result->problemCount, INT_MAX))) << '\n'
                  << tr("First: %1").arg(first.message) << '\n';
        for (qsizetype i = 1; i < std::min<qsizetype>(result->problems.size(), 10); ++i)
            run.out() << "  " << result->problems.at(i).message << '\n';
    }
    return result->intact() ? ExitCode::Done : ExitCode::No;
}

int AuditCommands::action(Invocation &run)
{
    if (run.arguments().size() != 1)
        return run.fail(tr("action needs exactly one UUID."));
    const QUuid id(run.arguments().first().trimmed());
    if (id.isNull())
        return run.fail(tr("\"%1\" is not an action id (a UUID).").arg(run.arguments().first()));
    const auto found = AdminActions(Invocation::connection()).find(id);
    if (!found)
        return run.fail(found.error(), found.why());
    if (!found.value()) {
        if (run.json())
            run.printJson(QJsonObject{{QStringLiteral("action_id"), ActionId::text(id)}, {QStringLiteral("applied"), false}});
        else
            run.out() << tr("Action %1 was never applied: this database has no record of it.").arg(ActionId::text(id)) << '\n';
        return ExitCode::No;
    }
    const ActionRecord &record = *found.value();
    if (run.json()) {
        run.printJson(record.toJson());
        return ExitCode::Done;
    }
    const auto compact = [](const QJsonObject &object) { return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)); };
    QStringList logs;
    for (qint64 log : record.auditLogIds)
        logs << u'#' + QString::number(log);
    QTextStream &out = run.out();
    out << tr("Action      %1").arg(ActionId::text(record.id)) << '\n'
        << tr("Kind        %1").arg(record.kind) << '\n'
        << tr("Staff       %1 (login %2, client %3)")
               .arg(record.staffEmail.isEmpty() ? tr("deleted account #%1").arg(record.staffId) : record.staffEmail, record.login,
                    record.client.isEmpty() ? tr("unnamed") : record.client)
        << '\n'
        << tr("Applied     %1").arg(DisplayText::seconds(record.appliedAt)) << '\n'
        << tr("Steps       %1").arg(record.steps) << '\n'
        << tr("Request     %1").arg(compact(record.request)) << '\n'
        << tr("Outcome     %1").arg(compact(record.outcome)) << '\n'
        << tr("Audit rows  %1").arg(logs.isEmpty() ? tr("none") : DisplayText::names(logs, 20)) << '\n';
    return ExitCode::Done;
}
