// A real server restart while the dashboard is open (the test's own cluster, stopped and
// started again on the same port with pg_ctl), and the admin connection killed with
// pg_terminate_backend in the middle of a clean-up: the dashboard says what happened,
// comes back by itself, and the report says only what the database confirms.
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "audit/ActionFate.h"
#include "audit/ActionId.h"
#include "cache/CacheService.h"
#include "db/DatabaseConnector.h"
#include "db/DatabaseWorker.h"
#include "db/Migrator.h"
#include "db/SqlError.h"
#include "demo/ThrowawayPostgres.h"
#include "pages/OverviewPage.h"
#include "pages/QuotasPage.h"
#include "shell/AppContext.h"
#include "shell/Dialogs.h"
#include "shell/MainWindow.h"
#include "shell/Settings.h"

class TestServerRestart final : public QObject
{
    Q_OBJECT

private:
    ThrowawayPostgres m_cluster;
    QString m_conninfo;

    // Runs `sql` on a connection of its own, opened and closed here.
    QString exec(const QString &sql)
    {
        const QString name = QStringLiteral("restart-setup");
        QString error;
        {
            const Status opened = DatabaseConnector::open(m_conninfo, name);
            if (!opened)
                return opened.error();
            QSqlQuery query(QSqlDatabase::database(name, false));
            if (!query.exec(sql))
                error = SqlError::message(query);
        }
        DatabaseConnector::close(name);
        return error;
    }

    qint64 count(const QString &sql)
    {
        const QString name = QStringLiteral("restart-count");
        qint64 value = -1;
        {
            if (!DatabaseConnector::open(m_conninfo, name))
                return -1;
            QSqlQuery query(QSqlDatabase::database(name, false));
            if (query.exec(sql) && query.next())
                value = query.value(0).toLongLong();
        }
        DatabaseConnector::close(name);
        return value;
    }

private slots:
    void initTestCase()
    {
        const Status started = m_cluster.start();
        QVERIFY2(started, qPrintable(started.error()));
        QVERIFY(m_cluster.execAdmin(QStringLiteral("CREATE DATABASE app")));
        m_conninfo = m_cluster.conninfo(QStringLiteral("app"));
        {
            QVERIFY(DatabaseConnector::open(m_conninfo, QStringLiteral("restart-migrate")));
            const Result<Migrator::Report> migrated = Migrator(QStringLiteral("restart-migrate")).migrate();
            QVERIFY2(migrated, qPrintable(migrated.error()));
        }
        DatabaseConnector::close(QStringLiteral("restart-migrate"));
        QCOMPARE(exec(QStringLiteral(
                     "INSERT INTO users (id, email, full_name, hashed_password, referral_code, role, is_admin) VALUES"
                     " (1, 'free@example.com', 'Fran Free', 'x', 'REF00001', 'candidate', false),"
                     " (3, 'staff@example.com', 'Sam Staff', 'x', 'REF00003', 'support_agent', false);"
                     "INSERT INTO ai_provider_configs (id, provider_type, model_name) VALUES (1, 'gemini', 'flash')")),
                 QString());
    }

    void cleanupTestCase() { QVERIFY(m_cluster.stop()); }

    // A test that failed while the server was down leaves it down: the next starts it.
    void init() { QVERIFY(m_cluster.startServer()); }

    // pg_ctl stop -m fast, a pause, pg_ctl start: the banner and the status bar say the
    // connection is gone; then the dashboard reconnects by itself, hides the banner,
    // reloads every page and hears notifications again (LISTEN restored).
    void theDashboardSurvivesARealServerRestart()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setRefreshSeconds(3600); // only notifications and reconnects refresh here
        Dialogs::setScripted(true);
        {
            AppContext context(m_conninfo, settings);
            context.setDebounce(50);
            context.reader().setHealthInterval(300);
            context.admin().setHealthInterval(300);
            MainWindow window(context);
            auto *overview = new OverviewPage(context);
            window.addPage(overview);
            window.addPage(new QuotasPage(context));
            window.showPage(QStringLiteral("overview"));
            window.show();
            context.start();
            QTRY_VERIFY_WITH_TIMEOUT(context.isConnected(), 20000);
            auto *banner = window.findChild<QLabel *>(QStringLiteral("connectionBanner"));
            auto *status = window.findChild<QLabel *>(QStringLiteral("securityLabel"));
            QVERIFY(banner && status);
            QTRY_VERIFY_WITH_TIMEOUT(!status->text().isEmpty(), 20000);
            const QString connectedText = status->text();
            QTRY_VERIFY_WITH_TIMEOUT(context.lastUpdated().isValid(), 20000);

            QSignalSpy lost(&context, &AppContext::connectionLost);
            QSignalSpy restored(&context, &AppContext::connectionRestored);
            const Status stopped = m_cluster.stopServer();
            QVERIFY2(stopped, qPrintable(stopped.error()));
            QTRY_VERIFY_WITH_TIMEOUT(lost.count() >= 1, 20000);
            QVERIFY(!context.isConnected());
            QVERIFY(banner->isVisible());
            QVERIFY2(banner->text().startsWith(QStringLiteral("Connection lost")), qPrintable(banner->text()));
            QCOMPARE(status->text(), QStringLiteral("Not connected"));
            QTest::qWait(1000); // down for a while: the workers keep trying, nothing blocks
            QCOMPARE(restored.count(), 0);

            const QDateTime restartedAt = QDateTime::currentDateTime();
            const Status started = m_cluster.startServer();
            QVERIFY2(started, qPrintable(started.error()));
            QTRY_VERIFY_WITH_TIMEOUT(restored.count() >= 1, 20000);
            QVERIFY(context.isConnected());
            QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
            QTRY_COMPARE_WITH_TIMEOUT(status->text(), connectedText, 10000);
            // Full reload: the page loaded again after the restart.
            QTRY_VERIFY_WITH_TIMEOUT(context.lastUpdated() >= restartedAt, 20000);

            // LISTEN restored: a change made elsewhere is announced at once (the fallback
            // timer is an hour away).
            QTRY_VERIFY_WITH_TIMEOUT(context.reader().isIdle(), 20000);
            QSignalSpy changed(&context, &AppContext::dataChanged);
            QCOMPARE(exec(QStringLiteral("INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, total_tokens, status)"
                                         " VALUES (1, 1, 'extraction', 10, 'success')")),
                     QString());
            QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 10000);
        }
        Dialogs::setScripted(false);
    }

    // The admin connection is terminated (pg_terminate_backend) after the clean-up's first
    // batch committed: the clean-up stops; asked by its action id, the database confirms
    // it applied, and the report counts exactly the rows that are gone.
    void anAdminConnectionKilledDuringACleanupIsReportedAsTheDatabaseSaysSo()
    {
        QCOMPARE(exec(QStringLiteral(
                     "INSERT INTO ai_cache (cache_key, cache_type, user_id, cache_data, expires_at, created_at)"
                     " SELECT 'k' || g, 'task', 1, '{}', now() AT TIME ZONE 'UTC' - interval '1 hour',"
                     "        now() AT TIME ZONE 'UTC' - interval '2 hours'"
                     " FROM generate_series(1, 50) g")),
                 QString());
        const QString admin = QStringLiteral("restart-admin");
        QVERIFY(DatabaseConnector::open(m_conninfo, admin));
        const QUuid actionId = QUuid::createUuid();
        int batches = 0;
        const Result<CleanupReport> cleaned = CacheService(admin).cleanupExpired(
            3, 10, {},
            [&](qint64) {
                if (++batches == 1) // the next batch finds its connection gone
                    exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                        " WHERE datname = 'app' AND pid <> pg_backend_pid() AND backend_type = 'client backend'"));
                return true;
            },
            actionId);
        QVERIFY(!cleaned);
        QCOMPARE(cleaned.why(), Failure::ConnectionLost);

        const ActionFate fate = ActionFates::settle(admin, actionId);
        DatabaseConnector::close(admin);
        QCOMPARE(fate.kind, ActionFate::Kind::Applied);
        QVERIFY(fate.record.has_value());
        const qint64 gone = 50 - count(QStringLiteral("SELECT count(*) FROM ai_cache"));
        QCOMPARE(gone, 10);
        QCOMPARE(fate.record->steps, 1);
        QCOMPARE(fate.record->outcome.value(QStringLiteral("total_deleted")).toInteger(), gone);
        QVERIFY2(fate.message().contains(QStringLiteral("10")), qPrintable(fate.message()));
    }
};

QTEST_MAIN(TestServerRestart)
#include "tst_server_restart.moc"
