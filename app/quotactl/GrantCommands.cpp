#include "GrantCommands.h"

#include <QJsonArray>
#include <QJsonObject>

#include "CommandTable.h"
#include "Invocation.h"
#include "TextTable.h"
#include "users/StaffLogins.h"
#include "users/UserLookup.h"

namespace {

// The one LOGIN argument of grant and revoke.
Result<QString> onlyLogin(const Invocation &run, const QString &command)
{
    if (run.arguments().size() != 1)
        return Result<QString>::failure(GrantCommands::tr("%1 needs exactly one LOGIN (a database role that can log in).").arg(command));
    return run.arguments().first();
}

} // namespace

int GrantCommands::grant(Invocation &run)
{
    const auto login = onlyLogin(run, QStringLiteral("grant"));
    if (!login)
        return run.fail(login.error());
    QStringList roles = run.parser().values(QStringLiteral("role"));
    roles.removeDuplicates();
    std::optional<int> staffId;
    QString staffEmail;
    if (run.isSet(QStringLiteral("staff"))) {
        const auto staff = UserLookup(Invocation::connection()).findStaff(run.value(QStringLiteral("staff")));
        if (!staff)
            return run.fail(staff.error());
        staffId = staff->id;
        staffEmail = staff->email;
    }
    const Status granted = StaffLogins(Invocation::connection()).grant(login.value(), roles, staffId);
    if (!granted)
        return run.fail(granted.error(), granted.why());
    if (run.json())
        run.printJson(QJsonObject{{QStringLiteral("login"), login.value()},
                                  {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                                  {QStringLiteral("staff"), staffId ? QJsonValue(staffEmail) : QJsonValue()}});
    else if (staffId)
        run.out() << tr("%1 now holds %2 and acts as %3.").arg(login.value(), roles.join(QStringLiteral(", ")), staffEmail) << '\n';
    else
        run.out() << tr("%1 now holds %2.").arg(login.value(), roles.join(QStringLiteral(", "))) << '\n';
    return ExitCode::Done;
}

int GrantCommands::revoke(Invocation &run)
{
    const auto login = onlyLogin(run, QStringLiteral("revoke"));
    if (!login)
        return run.fail(login.error());
    const auto revoked = StaffLogins(Invocation::connection()).revoke(login.value());
    if (!revoked)
        return run.fail(revoked.error(), revoked.why());
    if (run.json())
        run.printJson(QJsonObject{{QStringLiteral("login"), login.value()}, {QStringLiteral("revoked"), QJsonArray::fromStringList(revoked.value())}});
    else if (revoked->isEmpty())
        run.out() << tr("%1 held no Quotadesk role; its staff account mapping, if any, is removed.").arg(login.value()) << '\n';
    else
        run.out() << tr("%1 no longer holds %2 and acts as no staff account.").arg(login.value(), revoked->join(QStringLiteral(", "))) << '\n';
    return ExitCode::Done;
}

int GrantCommands::grants(Invocation &run)
{
    const auto all = StaffLogins(Invocation::connection()).list();
    if (!all)
        return run.fail(all.error(), all.why());
    if (run.json()) {
        QJsonArray rows;
        for (const StaffLogins::Grant &g : all.value())
            rows.append(QJsonObject{{QStringLiteral("login"), g.login},
                                    {QStringLiteral("roles"), QJsonArray::fromStringList(g.roles)},
                                    {QStringLiteral("staff"), g.staffEmail.isEmpty() ? QJsonValue() : QJsonValue(g.staffEmail)}});
        run.printJson(rows);
        return ExitCode::Done;
    }
    if (all->isEmpty()) {
        run.out() << tr("No login holds a Quotadesk role yet: see quotactl grant --help.") << '\n';
        return ExitCode::Done;
    }
    TextTable table({{tr("Login")}, {tr("Roles")}, {tr("Staff account")}});
    for (const StaffLogins::Grant &g : all.value())
        table.addRow({g.login, g.roles.join(QStringLiteral(", ")), g.staffEmail.isEmpty() ? tr("none") : g.staffEmail});
    run.out() << table.render();
    return ExitCode::Done;
}
