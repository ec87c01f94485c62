#include "TokenCommands.h"

#include <QJsonArray>
#include <QJsonObject>

#include "CommandTable.h"
#include "Invocation.h"
#include "TextTable.h"
#include "api/ApiTokens.h"
#include "common/DisplayText.h"

int TokenCommands::token(Invocation &run)
{
    const QStringList args = run.arguments();
    if (args == QStringList{QStringLiteral("create")})
        return create(run);
    if (args.size() == 2 && args.first() == QLatin1String("revoke"))
        return revoke(run, args.at(1));
    return run.fail(tr("token needs a subcommand: quotactl token create --name NAME --role ROLE, or quotactl token revoke NAME."));
}

int TokenCommands::create(Invocation &run)
{
    if (!run.isSet(QStringLiteral("name")) || !run.isSet(QStringLiteral("role")))
        return run.fail(tr("token create needs --name NAME and --role ROLE (service, viewer or admin)."));
    const QString roleText = run.value(QStringLiteral("role"));
    const std::optional<ApiRole> role = ApiTokens::roleFromName(roleText);
    if (!role)
        return run.fail(tr("Unknown token role \"%1\": use %2.").arg(roleText, ApiTokens::roleNames().join(QStringLiteral(", "))));
    std::optional<int> tokenStaff;
    if (run.isSet(QStringLiteral("staff"))) {
        const auto staff = run.user(run.value(QStringLiteral("staff")));
        if (!staff)
            return run.fail(staff.error());
        tokenStaff = staff->id; // whether it may act: the database decides
    }
    const auto actor = run.staff();
    if (!actor)
        return run.fail(actor.error(), actor.why());
    const auto issued = ApiTokens(Invocation::connection()).create(actor->named, run.value(QStringLiteral("name")), *role, tokenStaff);
    if (!issued)
        return run.fail(issued.error(), issued.why());
    if (run.json()) {
        run.printJson(QJsonObject{{QStringLiteral("name"), issued->name}, {QStringLiteral("token"), issued->token}});
        return ExitCode::Done;
    }
    // The token alone on stdout (TOKEN=$(quotactl token create ...)); the note on stderr.
    run.err() << tr("Token \"%1\" (%2) created. It is shown only now: store it safely.").arg(issued->name, roleText) << '\n';
    run.out() << issued->token << '\n';
    return ExitCode::Done;
}

int TokenCommands::revoke(Invocation &run, const QString &name)
{
    const auto actor = run.staff();
    if (!actor)
        return run.fail(actor.error(), actor.why());
    const auto revoked = ApiTokens(Invocation::connection()).revoke(actor->named, name);
    if (!revoked)
        return run.fail(revoked.error(), revoked.why());
    if (run.json())
        run.printJson(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("revoked"), true}});
    else
        run.out() << tr("Token \"%1\" revoked: it no longer authenticates anyone.").arg(name) << '\n';
    return ExitCode::Done;
}

int TokenCommands::tokens(Invocation &run)
{
    const auto all = ApiTokens(Invocation::connection()).list();
    if (!all)
        return run.fail(all.error(), all.why());
    if (run.json()) {
        QJsonArray rows;
        for (const ApiTokenInfo &token : all.value())
            rows.append(token.toJson());
        run.printJson(rows);
        return ExitCode::Done;
    }
    if (all->isEmpty()) {
        run.out() << tr("No API tokens yet: see quotactl token --help.") << '\n';
        return ExitCode::Done;
    }
    TextTable table({{tr("Name")}, {tr("Role")}, {tr("Staff account")}, {tr("Created (UTC)")}, {tr("Created by")},
                     {tr("Last used (UTC)")}, {tr("Revoked (UTC)")}});
    for (const ApiTokenInfo &token : all.value())
        table.addRow({token.name, ApiTokens::roleName(token.role), token.staffId ? token.staffEmail : tr("none"),
                      DisplayText::minutes(token.createdAt), token.createdBy,
                      token.lastUsedAt.isValid() ? DisplayText::minutes(token.lastUsedAt) : tr("never"),
                      token.active() ? tr("active") : DisplayText::minutes(token.revokedAt)});
    run.out() << table.render();
    return ExitCode::Done;
}
