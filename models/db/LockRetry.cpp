#include "db/LockRetry.h"

#include <algorithm>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>

#include "db/BlockingSessionWatch.h"
#include "db/SqlError.h"

namespace {

const QString LockNotAvailable = QStringLiteral("55P03");

} // namespace

StepOutcome StepOutcome::of(const QSqlQuery &failed)
{
    return {SqlError::message(failed), failed.lastError().nativeErrorCode()};
}

StepOutcome StepOutcome::of(const QSqlDatabase &failed)
{
    return {SqlError::message(failed), failed.lastError().nativeErrorCode()};
}

LockRetry::LockRetry(QString connectionName) : m_connectionName(std::move(connectionName))
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(QStringLiteral("SELECT current_setting('lock_timeout')")) && query.next())
        m_previousTimeout = query.value(0).toString();
    query.prepare(QStringLiteral("SELECT set_config('lock_timeout', ?, false)"));
    query.addBindValue(QStringLiteral("%1ms").arg(TimeoutMs));
    query.exec();
}

LockRetry::~LockRetry()
{
    m_watch.reset();
    if (m_previousTimeout.isEmpty())
        return;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT set_config('lock_timeout', ?, false)"));
    query.addBindValue(m_previousTimeout);
    query.exec();
}

StepOutcome LockRetry::run(const std::function<StepOutcome()> &attempt)
{
    int pauseMs = FirstPauseMs;
    for (int tried = 1;; ++tried) {
        if (m_watch)
            m_watch->take(); // only what blocks this attempt
        const StepOutcome outcome = attempt();
        if (outcome.ok() || outcome.sqlState != LockNotAvailable)
            return outcome;
        if (tried == Attempts) {
            QStringList blockers;
            if (m_watch) {
                for (const BlockingSession &session : m_watch->take())
                    blockers << session.describe();
            }
            if (blockers.isEmpty())
                blockers << tr("a session that ended before it could be seen");
            return {tr("it waited for a lock %Ln times, %1 s each; blocked by %2. End that session or wait for it, then try again.",
                       nullptr, Attempts)
                        .arg(QString::number(TimeoutMs / 1000.0), blockers.join(QStringLiteral("; "))),
                    outcome.sqlState};
        }
        // From now on a second connection looks who holds the lock while this one waits.
        if (!m_watch)
            m_watch = std::make_unique<BlockingSessionWatch>(m_connectionName);
        QThread::msleep(pauseMs);
        pauseMs = std::min(pauseMs * 2, MaxPauseMs);
    }
}
