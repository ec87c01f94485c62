// A real hot standby (pg_basebackup -R of the test cluster): with --read-database the
// pages read from it, while admin actions and LISTEN stay on the primary.
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "db/DatabaseWorker.h"
#include "demo/ThrowawayPostgres.h"
#include "pages/QuotasPage.h"
#include "quota/QuotaService.h"
#include "shell/AppContext.h"
#include "shell/Dialogs.h"
#include "shell/Settings.h"
#include "TestDatabase.h"
#include "TestUsers.h"

class TestReadReplica final : public QObject
{
    Q_OBJECT

private:
    // Runs `sql` on a worker's connection (in its thread) and returns the first value.
    static QVariant ask(DatabaseWorker &worker, const QString &sql)
    {
        QVariant answer;
        bool done = false;
        QObject context;
        worker.run<QVariant>(
            &context,
            [sql](const QString &connection) {
                QSqlQuery query(QSqlDatabase::database(connection, false));
                return query.exec(sql) && query.next() ? query.value(0) : QVariant(QStringLiteral("error"));
            },
            [&](const QVariant &value) {
                answer = value;
                done = true;
            });
        if (!QTest::qWaitFor([&done] { return done; }, 20000))
            return QStringLiteral("timeout");
        return answer;
    }

private slots:
    void readsGoToTheStandbyAndEverythingElseToThePrimary()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const auto staff = TestUsers::insertUser(db, {QStringLiteral("staff@example.com"), QStringLiteral("Staff"), QStringLiteral("RS1"),
                                                      QStringLiteral("support_agent")});
        const auto user = TestUsers::insertUser(db, {QStringLiteral("user@example.com"), QStringLiteral("User"), QStringLiteral("RU1")});
        QVERIFY2(staff && user, qPrintable(staff.error() + user.error()));

        ThrowawayPostgres standby;
        const Status started = standby.startStandbyOf(TestDatabase::clusterDirectory(), TestDatabase::clusterPort());
        QVERIFY2(started, qPrintable(started.error()));

        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        Dialogs::setScripted(true);
        AppContext context(db.conninfo(), settings, nullptr, standby.conninfo(db.name()));
        context.setDebounce(50);
        QCOMPARE(context.readTarget(), standby.conninfo(db.name()));
        context.start();
        QTRY_VERIFY_WITH_TIMEOUT(context.isConnected(), 20000);

        // The reader sits on the standby, the admin worker on the primary.
        QCOMPARE(ask(context.reader(), QStringLiteral("SELECT pg_is_in_recovery()")).toBool(), true);
        QCOMPARE(ask(context.admin(), QStringLiteral("SELECT pg_is_in_recovery()")).toBool(), false);
        QCOMPARE(ask(context.reader(), QStringLiteral("SELECT count(*) FROM users")).toInt(), 2);

        // A change on the primary is announced by the primary's NOTIFY (a standby cannot
        // LISTEN) and then read from the standby.
        QuotasPage page(context);
        QSignalSpy loaded(&page, &Page::loaded);
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000); // the page loads from the standby
        QSignalSpy changed(&context, &AppContext::dataChanged);
        QVERIFY(TestUsers::insertUser(db, {QStringLiteral("new@example.com"), QStringLiteral("New"), QStringLiteral("RN1")}));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(ask(context.reader(), QStringLiteral("SELECT count(*) FROM users")).toInt() == 3, 20000);

        // An admin action runs on the primary and is then seen on the standby.
        Result<QList<qint64>> reset = Result<QList<qint64>>::failure(QStringLiteral("not run"));
        bool done = false;
        context.admin().run<Result<QList<qint64>>>(
            &context,
            [u = user.value(), s = staff.value()](const QString &connection) {
                return QuotaService(connection).reset({u}, QStringLiteral("daily"), QStringLiteral("replica test"), s);
            },
            [&](const Result<QList<qint64>> &r) {
                reset = r;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY2(reset.ok(), qPrintable(reset.error()));
        QTRY_VERIFY_WITH_TIMEOUT(ask(context.reader(), QStringLiteral("SELECT count(*) FROM quotadesk.quota_resets")).toInt() == 1, 20000);
        Dialogs::setScripted(false);
    }
};

QTEST_MAIN(TestReadReplica)
#include "tst_read_replica.moc"
