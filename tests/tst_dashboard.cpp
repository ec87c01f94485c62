// The dashboard shell offscreen: pages load off the GUI thread, the audit model behaves,
// a dropped connection shows the banner and recovers, every page renders with data.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "audit/AuditLogModel.h"
#include "DashboardFixture.h"
#include "QuotaTestData.h"
#include "db/DatabaseWorker.h"
#include "demo/DemoData.h"
#include "pages/AuditPage.h"
#include "pages/CachePage.h"
#include "pages/OverviewPage.h"
#include "pages/QuotasPage.h"
#include "pages/StatTile.h"
#include "quota/QuotaService.h"
#include "shell/Dialogs.h"
#include "shell/MainWindow.h"
#include "shell/Settings.h"

class TestDashboard final : public QObject
{
    Q_OBJECT

private:
    static void loadDemo(DashboardFixture &f, int users = 120)
    {
        QVERIFY2(f.db().markAsDemo().ok(), "not marked as a demo database");
        const auto loaded = DemoData::generate(f.db().connectionName(), DemoData::Options{users, 3, 5, {}});
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QuotaTestData today(f.db());
        today.spreadTodayOverEveryLevel();
        QVERIFY2(today.ok(), qPrintable(today.error()));
    }

    // A rendered page is not blank: many distinct colors, not one background.
    static int distinctColors(const QImage &image)
    {
        QSet<QRgb> colors;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                colors.insert(image.pixel(x, y));
        return int(colors.size());
    }

private slots:
    void auditModelPassesTheModelTesterAndPages()
    {
        DashboardFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        QCOMPARE(f.db().exec(QStringLiteral(
                     "INSERT INTO users (id, email, full_name, hashed_password, referral_code, is_admin) VALUES"
                     " (1, 'boss@example.com', 'Boss', 'x', 'REF00001', true), (2, 'sam@example.com', 'Sam', 'x', 'REF00002', true);"
                     "INSERT INTO admin_action_logs (admin_user_id, action, details, created_at)"
                     " SELECT 1 + g % 2, CASE WHEN g % 3 = 0 THEN 'quota.reset' ELSE 'cache.delete' END, jsonb_build_object('n', g),"
                     "        '2026-11-01'::timestamp + g * interval '1 hour' FROM generate_series(1, 450) g")),
                 QString());
        AuditLogModel model(f.context().reader());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(100);
        model.setFilter({});
        QTRY_COMPARE(model.rowCount(), 100);
        QCOMPARE(model.data(model.index(0, AuditLogModel::Id), Qt::UserRole).toInt(), 450); // newest first
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QTRY_VERIFY(!model.isLoading());
        }
        QCOMPARE(model.rowCount(), 450);

        // A live refresh keeps the rows on screen until the new ones are there.
        QCOMPARE(f.db().exec(QStringLiteral("INSERT INTO admin_action_logs (admin_user_id, action) VALUES (1, 'cache.cleanup_expired')")), QString());
        model.refresh();
        QCOMPARE(model.rowCount(), 450);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(model.data(model.index(0, AuditLogModel::Id), Qt::UserRole).toInt(), 451);

        model.setFilter({QStringLiteral("quota.reset"), QStringLiteral("sam@"), QDate(2026, 11, 2), QDate(2026, 11, 3)});
        QTRY_VERIFY(!model.isLoading() && model.rowCount() > 0);
        const int expected = f.db().scalar(QStringLiteral(
            "SELECT count(*) FROM admin_action_logs WHERE action = 'quota.reset' AND admin_user_id = 2 "
            "AND created_at >= '2026-11-02' AND created_at < '2026-11-04'")).toInt();
        QCOMPARE(model.rowCount(), expected);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.data(model.index(r, AuditLogModel::Staff)).toString(), QStringLiteral("sam@example.com"));

        model.setFilter({QString(), QStringLiteral("100%_'\""), {}, {}}); // wildcards are literal
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
    }

    void auditPageShowsLoginAndActionIdAndVerifiesIntegrity()
    {
        DashboardFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        QCOMPARE(f.db().exec(QStringLiteral(
                     "INSERT INTO users (id, email, full_name, hashed_password, referral_code, is_admin) VALUES"
                     " (1, 'boss@example.com', 'Boss', 'x', 'REF00001', true), (2, 'u@example.com', 'U', 'x', 'REF00002', false)")),
                 QString());
        const QUuid actionId = QUuid::createUuid();
        const auto reset = QuotaService(f.db().connectionName()).reset({2}, QStringLiteral("daily"), QStringLiteral("ticket"), 1, {}, actionId);
        QVERIFY2(reset.ok(), qPrintable(reset.error()));
        QVERIFY(QuotaService(f.db().connectionName()).reset({2}, QStringLiteral("hourly"), QStringLiteral("other"), 1).ok());
        const QString login = f.db().scalar(QStringLiteral("SELECT session_user::text")).toString();

        Dialogs::setScripted(true);
        AuditPage page(f.context());
        QSignalSpy loaded(&page, &Page::loaded);
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
        AuditLogModel *model = page.model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->data(model->index(1, AuditLogModel::Login)).toString(), login);
        QCOMPARE(model->data(model->index(1, AuditLogModel::ActionId)).toString(), actionId.toString(QUuid::WithoutBraces));
        // The search field finds an action by its id.
        page.findChild<QLineEdit *>(QStringLiteral("staffFilter"))->setText(actionId.toString(QUuid::WithoutBraces).toUpper());
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->data(model->index(0, AuditLogModel::Action)).toString(), QStringLiteral("quota.reset"));

        auto *verify = page.findChild<QPushButton *>(QStringLiteral("verifyButton"));
        auto *result = page.findChild<QLabel *>(QStringLiteral("integrityResult"));
        QVERIFY(verify && result);
        verify->click();
        QVERIFY(!verify->isEnabled()); // the check runs off the GUI thread
        QTRY_VERIFY_WITH_TIMEOUT(verify->isEnabled(), 20000);
        QVERIFY2(result->text().startsWith(QLatin1String("Audit trail intact: 2 rows")), qPrintable(result->text()));

        const int first = f.db().scalar(QStringLiteral("SELECT min(id) FROM admin_action_logs")).toInt();
        QCOMPARE(f.db().exec(QStringLiteral("UPDATE admin_action_logs SET details = details - 'reason' WHERE id = ?"), {first}), QString());
        verify->click();
        QTRY_VERIFY_WITH_TIMEOUT(verify->isEnabled(), 20000);
        QVERIFY2(result->text().contains(QStringLiteral("NOT intact")) && result->text().contains(QStringLiteral("Audit row #%1 was changed").arg(first)),
                 qPrintable(result->text()));
        QVERIFY(Dialogs::takeMessages().last().startsWith(QLatin1String("Verify integrity: Audit trail NOT intact")));
        Dialogs::setScripted(false);
    }

    void overviewTilesShowTheDatabaseFigures()
    {
        DashboardFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        loadDemo(f);
        OverviewPage page(f.context());
        QSignalSpy loaded(&page, &Page::loaded);
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
        const int exceeded = f.db().scalar(QStringLiteral(
            "SELECT count(*) FROM quotadesk.quota_status(now() AT TIME ZONE 'UTC') WHERE daily_level = 'exceeded'")).toInt();
        QVERIFY(exceeded > 0);
        QCOMPARE(page.tile(QStringLiteral("usersExceeded"))->value(), QLocale().toString(exceeded));
    }

    void droppedConnectionShowsTheBannerAndRecovers()
    {
        DashboardFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        f.context().reader().setHealthInterval(200);
        MainWindow window(f.context());
        window.addPage(new AuditPage(f.context()));
        window.showPage(QStringLiteral("audit"));
        window.show();
        auto *banner = window.findChild<QLabel *>(QStringLiteral("connectionBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        QSignalSpy lost(&f.context(), &AppContext::connectionLost);
        QSignalSpy restored(&f.context(), &AppContext::connectionRestored);
        // The reconnect can be quicker than any polling: look at the banner when the loss
        // is announced (the window's own handler ran first: it connected first).
        bool bannerShown = false;
        QString bannerText;
        connect(&f.context(), &AppContext::connectionLost, this, [&] {
            bannerShown = banner->isVisible();
            bannerText = banner->text();
        });

        // Terminate the dashboard's backends from outside, as a server restart would.
        QCOMPARE(f.db().exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                            "WHERE datname = current_database() AND application_name = 'quotadesk' AND pid <> pg_backend_pid()")),
                 QString());
        QTRY_VERIFY_WITH_TIMEOUT(lost.count() >= 1, 10000);
        QVERIFY(bannerShown);
        QVERIFY2(bannerText.contains(QLatin1String("Reconnecting")), qPrintable(bannerText));
        QTRY_VERIFY_WITH_TIMEOUT(restored.count() >= 1, 15000);
        QTRY_VERIFY(!banner->isVisible());
        QVERIFY(f.context().isConnected());
    }

    void statusBarSaysTheSocketConnectionIsLocalAndUnencrypted()
    {
        DashboardFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        MainWindow window(f.context());
        window.show();
        auto *label = window.findChild<QLabel *>(QStringLiteral("securityLabel"));
        auto *banner = window.findChild<QLabel *>(QStringLiteral("securityBanner"));
        QVERIFY(label && banner);
        QTRY_COMPARE(label->text(), QStringLiteral("Local connection, not encrypted"));
        QVERIFY(label->toolTip().contains(QLatin1String("do not cross the network")));
        QVERIFY(!banner->isVisible());
        QVERIFY(!f.settings().plaintextWarned(f.context().target()));
    }

    void unencryptedRemoteConnectionWarnsOncePerTarget()
    {
        DashboardFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        QVERIFY(f.waitIdle());
        ConnectionSecurity::Info remote;
        remote.host = QStringLiteral("db.example.com");
        remote.sslMode = QStringLiteral("prefer");
        remote.local = false;
        {
            MainWindow window(f.context());
            window.show();
            auto *banner = window.findChild<QLabel *>(QStringLiteral("securityBanner"));
            emit f.context().securityChecked(remote); // what the probe reports for such a server
            QVERIFY(banner->isVisible());
            QVERIFY2(banner->text().contains(QLatin1String("db.example.com")), qPrintable(banner->text()));
            QVERIFY(banner->text().contains(QLatin1String("verify-full")));
            QCOMPARE(window.findChild<QLabel *>(QStringLiteral("securityLabel"))->text(), QStringLiteral("Not encrypted"));
            QVERIFY(f.settings().plaintextWarned(f.context().target()));
        }
        MainWindow again(f.context());
        again.show();
        emit f.context().securityChecked(remote);
        QVERIFY(!again.findChild<QLabel *>(QStringLiteral("securityBanner"))->isVisible());
    }

    void unmigratedDatabaseSaysWhatToDo()
    {
        TestDatabase db(TestDatabase::Schema::Empty);
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        AppContext context(db.conninfo(), settings);
        MainWindow window(context);
        window.addPage(new AuditPage(context));
        window.show();
        context.start();
        auto *banner = window.findChild<QLabel *>(QStringLiteral("connectionBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY2(banner->text().contains(QLatin1String("quotactl migrate")), qPrintable(banner->text()));
        QVERIFY(context.isConnected());
    }

    void exportsTheTableAsCsvAndAChosenChartAsPng()
    {
        DashboardFixture f(DemoData::staffEmail());
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        loadDemo(f, 40);
        MainWindow window(f.context());
        window.addPage(new CachePage(f.context()));
        window.addPage(new AuditPage(f.context()));
        window.show();
        const auto action = [&window](const QString &text) {
            for (QAction *a : window.findChildren<QAction *>())
                if (a->text() == text)
                    return a;
            return static_cast<QAction *>(nullptr);
        };
        QTemporaryDir dir;

        window.showPage(QStringLiteral("audit"));
        QTRY_VERIFY_WITH_TIMEOUT(window.page(QStringLiteral("audit"))->hasLoaded(), 20000);
        const QString csv = dir.filePath(QStringLiteral("audit.csv"));
        Dialogs::queueAnswer(csv);
        action(QStringLiteral("&Export table as CSV…"))->trigger();
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.first().contains("Action"));
        QCOMPARE(lines.size() - 2, f.db().scalar(QStringLiteral("SELECT count(*) FROM admin_action_logs")).toInt()); // header, trailing newline

        window.showPage(QStringLiteral("cache"));
        QTRY_VERIFY_WITH_TIMEOUT(window.page(QStringLiteral("cache"))->hasLoaded(), 20000);
        QVERIFY(window.page(QStringLiteral("cache"))->charts().size() > 1);
        const QString png = dir.filePath(QStringLiteral("chart.png"));
        Dialogs::queueAnswer(1); // the second chart
        Dialogs::queueAnswer(png);
        action(QStringLiteral("Save &chart as PNG…"))->trigger();
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), window.page(QStringLiteral("cache"))->charts().at(1)->size() * window.devicePixelRatio());
    }

    void everyPageRendersWithData_data()
    {
        QTest::addColumn<QString>("pageId");
        for (const char *id : {"overview", "quotas", "cache", "audit"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }
    void everyPageRendersWithData()
    {
        QFETCH(QString, pageId);
        DashboardFixture f(DemoData::staffEmail());
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        loadDemo(f);
        MainWindow window(f.context());
        window.addPage(new OverviewPage(f.context()));
        window.addPage(new QuotasPage(f.context()));
        window.addPage(new CachePage(f.context()));
        window.addPage(new AuditPage(f.context()));
        window.resize(1280, 800);
        window.show();
        window.showPage(pageId);
        Page *page = window.page(pageId);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded(), 30000);
        QTest::qWait(300);
        const QImage shot = window.grab().toImage();
        QCOMPARE(shot.size(), QSize(1280, 800));
        QVERIFY2(distinctColors(shot) > 40, qPrintable(QString::number(distinctColors(shot))));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
