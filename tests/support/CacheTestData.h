#pragma once
// Shared fixtures of the cache tests: users with plans, fixed instants, worker threads
// with their own connections.

#include <functional>

#include <QCryptographicHash>
#include <QDateTime>
#include <QMutex>
#include <QSemaphore>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QThread>

#include "db/DatabaseConnector.h"
#include "TestDatabase.h"
#include "TestTime.h"
#include "TestUsers.h"

namespace CacheTest {

using ::utc; // TestTime.h

struct UserSpec
{
    QString email;
    QString plan;                                   // empty = no subscription
    QString status = QStringLiteral("active");
    bool admin = false;
    bool active = true;
};

/// Inserts a user (and the plan and subscription it needs); returns its id, 0 on error.
/// Plans outside the upstream enum (enterprise, a retired plan) are added to the enum
/// first, as production databases do. The user is named by its email; its referral code
/// is the start of the email's md5.
inline int addUser(const TestDatabase &db, const UserSpec &spec)
{
    int planId = 0;
    if (!spec.plan.isEmpty()) {
        if (!TestUsers::isUpstreamPlan(spec.plan) && !TestUsers::addPlanType(db, spec.plan))
            return 0;
        const Result<int> plan = TestUsers::ensurePlan(db, spec.plan, 1000);
        if (!plan)
            return 0;
        planId = plan.value();
    }
    const QString referralCode =
        QString::fromLatin1(QCryptographicHash::hash(spec.email.toUtf8(), QCryptographicHash::Md5).toHex().left(8));
    const Result<int> user = TestUsers::insertUser(db, {spec.email, spec.email, referralCode, QStringLiteral("candidate"), spec.admin, spec.active});
    if (!user)
        return 0;
    if (planId > 0 && !TestUsers::subscribe(db, user.value(), planId, spec.status))
        return 0;
    return user.value();
}

inline int addStaff(const TestDatabase &db, const QString &email = QStringLiteral("staff@example.com"))
{
    return addUser(db, {email, {}, QStringLiteral("active"), true, true});
}

/// Everything in ai_cache, as one fingerprint.
inline QString cacheFingerprint(const TestDatabase &db)
{
    return db.scalar(QStringLiteral("SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM ai_cache t"))
        .toString();
}

inline int auditRows(const TestDatabase &db, const QString &action = {})
{
    if (action.isEmpty())
        return db.scalar(QStringLiteral("SELECT count(*) FROM admin_action_logs")).toInt();
    return db.scalar(QStringLiteral("SELECT count(*) FROM admin_action_logs WHERE action = ?"), {action}).toInt();
}

/// Runs work(connectionName, index) on `threads` threads at once, each with its own
/// connection opened in that thread; returns the errors (empty = all fine).
inline QStringList runConcurrently(const TestDatabase &db, int threads,
                                   const std::function<QString(const QString &connectionName, int index)> &work)
{
    QSemaphore ready;
    QSemaphore go;
    QMutex mutex;
    QStringList errors;
    QList<QThread *> workers;
    for (int i = 0; i < threads; ++i) {
        workers << QThread::create([&, i] {
            const QString name = QStringLiteral("worker-%1-%2").arg(i).arg(db.name());
            const Status opened = db.openConnection(name);
            ready.release();
            go.acquire();
            const QString error = opened ? work(name, i) : opened.error();
            DatabaseConnector::close(name);
            if (!error.isEmpty()) {
                const QMutexLocker lock(&mutex);
                errors << QStringLiteral("thread %1: %2").arg(i).arg(error);
            }
        });
    }
    for (QThread *t : workers)
        t->start();
    ready.acquire(threads); // every connection open: start together
    go.release(threads);
    for (QThread *t : workers) {
        t->wait();
        delete t;
    }
    return errors;
}

} // namespace CacheTest
