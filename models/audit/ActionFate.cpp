#include "audit/ActionFate.h"

#include <algorithm>
#include <climits>

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include "audit/ActionId.h"
#include "db/SqlError.h"

QString ActionFate::message() const
{
    const QString id = ActionId::text(actionId);
    switch (kind) {
    case Kind::Applied:
        // A clean-up commits batch by batch: say how far the committed ones went.
        if (record && record->outcome.contains(QStringLiteral("total_deleted")))
            return ActionFates::tr("The connection was lost, but the database confirms that the clean-up deleted %Ln rows "
                                   "before that (batches committed: %1; action %2). Run it again for the rest.",
                                   nullptr, int(std::min<qint64>(record->outcome.value(QStringLiteral("total_deleted")).toInteger(), INT_MAX)))
                .arg(QString::number(record->steps), id);
        return ActionFates::tr("The connection was lost before the reply came, but the database confirms that the action was "
                               "applied (action %1).")
            .arg(id);
    case Kind::NotApplied:
        return ActionFates::tr("The connection was lost, and the database confirms that the action was not applied: nothing "
                               "changed (action %1). You can run it again.")
            .arg(id);
    case Kind::Unknown:
        break;
    }
    return ActionFates::tr("The connection was lost, and the database could not be asked whether the action was applied "
                           "(%1). The outcome is unknown: check action %2.")
        .arg(why, id);
}

ActionFate ActionFates::settle(const QString &connectionName, const QUuid &actionId, int patienceMs)
{
    ActionFate fate;
    fate.actionId = actionId;
    const QString name = connectionName + QStringLiteral("-fate");
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(connectionName, name);
        QElapsedTimer waited;
        waited.start();
        // A restarting server takes a few seconds: try again, less and less often.
        int pause = 250;
        while (!db.open()) {
            fate.why = SqlError::message(db.lastError());
            if (waited.elapsed() + pause > patienceMs)
                break;
            QThread::msleep(pause);
            pause = std::min(pause * 2, 4000);
        }
        if (db.isOpen()) {
            QSqlQuery query(db);
            const qint64 lockWait = std::max<qint64>(1000, patienceMs - waited.elapsed());
            query.prepare(QStringLiteral("SELECT set_config('lock_timeout', ?, false), quotadesk.action_applied(?::uuid)"));
            query.addBindValue(QString(QString::number(lockWait) + QStringLiteral("ms")));
            query.addBindValue(ActionId::text(actionId));
            if (query.exec() && query.next()) {
                if (query.value(1).toBool()) {
                    fate.kind = ActionFate::Kind::Applied;
                    if (const auto found = AdminActions(name).find(actionId); found && found->has_value())
                        fate.record = **found;
                } else {
                    fate.kind = ActionFate::Kind::NotApplied;
                }
            } else {
                fate.why = SqlError::message(query);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return fate;
}
