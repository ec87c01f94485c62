// Who the dashboard acts as, with which role: a real viewer login sees every admin button
// disabled, saying why; the superuser keeps them. The database refuses anyway (tst_roles).
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "DashboardFixture.h"
#include "TestUsers.h"
#include "db/DatabaseConnector.h"
#include "dialogs/StaffDialog.h"
#include "pages/CachePage.h"
#include "pages/QuotasPage.h"
#include "shell/Dialogs.h"
#include "shell/MainWindow.h"
#include "users/StaffLogins.h"

class TestAccess final : public QObject
{
    Q_OBJECT

private:
    static QString superConnection() { return QStringLiteral("access:super"); }

    static QString super(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(superConnection(), false));
        return query.exec(sql) ? QString() : query.lastError().text();
    }

    QString viewerLogin() const { return QStringLiteral("qdt_%1_dashviewer").arg(QCoreApplication::applicationPid()); }

    // A viewer login mapped to a staff account of the fixture's fresh database.
    std::function<QString(TestDatabase &)> grantViewer() const
    {
        return [login = viewerLogin()](TestDatabase &db) {
            const auto staff = TestUsers::insertUser(db, {QStringLiteral("viewer@example.com"), QStringLiteral("Viewer"), QStringLiteral("RV1"),
                                                          QStringLiteral("support_agent")});
            if (!staff)
                return staff.error();
            const Status granted = StaffLogins(db.connectionName()).grant(login, {QStringLiteral("viewer")}, staff.value());
            return granted ? QString() : granted.error();
        };
    }

    static void addPages(MainWindow &window, AppContext &context)
    {
        window.addPage(new QuotasPage(context));
        window.addPage(new CachePage(context));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(DatabaseConnector::open(TestDatabase::superuserConninfo(QStringLiteral("postgres")), superConnection()));
        const QString created = super(QStringLiteral("CREATE ROLE %1 LOGIN").arg(viewerLogin()));
        QVERIFY2(created.isEmpty(), qPrintable(created));
    }

    void cleanupTestCase()
    {
        super(QStringLiteral("DROP ROLE IF EXISTS %1").arg(viewerLogin()));
        DatabaseConnector::close(superConnection());
    }

    void viewerSeesAdminButtonsDisabledWithTheReason()
    {
        DashboardFixture f(QString(), viewerLogin(), grantViewer());
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        MainWindow window(f.context());
        addPages(window, f.context());
        QTRY_VERIFY(f.context().access().known);
        QVERIFY(!f.context().access().canAct);
        QCOMPARE(f.context().access().login, viewerLogin());

        const QString reason = QStringLiteral("Your login %1 holds quotadesk_viewer: admin actions need quotadesk_admin "
                                              "(quotactl grant %1 --role admin --staff STAFF).")
                                   .arg(viewerLogin());
        for (const char *name : {"cleanupButton", "cleanupUserButton", "deleteEntryButton", "resetButton"}) {
            auto *button = window.findChild<QPushButton *>(QLatin1String(name));
            QVERIFY2(button, name);
            QTRY_VERIFY2(!button->isEnabled(), name);
            QCOMPARE(button->toolTip(), reason);
        }
        // The login acts as its own staff account, and the status bar says with which role.
        auto *staff = window.findChild<QLabel *>(QStringLiteral("staffLabel"));
        QVERIFY(staff);
        QTRY_COMPARE(staff->text(), QStringLiteral("Acting as viewer@example.com — viewer (read only)"));
        QCOMPARE(staff->toolTip(), reason);
        QVERIFY(f.waitIdle());
    }

    void aGrantOrRevokeWhileOpenIsSeenAndThePickerOffersOnlyTheOwnAccount()
    {
        DashboardFixture f(QString(), viewerLogin(), grantViewer());
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const auto other = TestUsers::insertUser(f.db(), {QStringLiteral("other@example.com"), QStringLiteral("Other"), QStringLiteral("RO1"),
                                                          QStringLiteral("support_agent")});
        QVERIFY2(other, qPrintable(other.error()));
        MainWindow window(f.context());
        addPages(window, f.context());
        QTRY_VERIFY(f.context().access().known);
        QVERIFY(!f.context().access().canAct);
        QVERIFY(!f.context().access().mayActForOthers);

        // The staff picker lists the login's own account only, though two exist.
        Dialogs::setScripted(false); // the real dialog, not the fixture's scripted answer
        StaffDialog::ask(&window, f.context(), [](const UserRef &) {});
        Dialogs::setScripted(true);
        StaffDialog *dialog = window.findChild<StaffDialog *>();
        QVERIFY(dialog);
        auto *accounts = dialog->findChild<QComboBox *>(QStringLiteral("staffAccounts"));
        QTRY_COMPARE(accounts->count(), 1);
        QVERIFY2(accounts->itemText(0).startsWith(QLatin1String("viewer@example.com")), qPrintable(accounts->itemText(0)));
        dialog->reject();

        // A DBA grants admin while the window is open: the buttons follow, no reconnect.
        const int staff = f.db().scalar(QStringLiteral("SELECT id FROM users WHERE email = 'viewer@example.com'")).toInt();
        const Status granted = StaffLogins(f.db().connectionName()).grant(viewerLogin(), {QStringLiteral("admin")}, staff);
        QVERIFY2(granted, qPrintable(granted.error()));
        QTRY_VERIFY_WITH_TIMEOUT(f.context().access().canAct, 15000);
        auto *label = window.findChild<QLabel *>(QStringLiteral("staffLabel"));
        QTRY_COMPARE(label->text(), QStringLiteral("Acting as viewer@example.com — admin, viewer"));

        // And a revoke takes them away again.
        const auto revoked = StaffLogins(f.db().connectionName()).revoke(viewerLogin());
        QVERIFY2(revoked, qPrintable(revoked.error()));
        QTRY_VERIFY_WITH_TIMEOUT(!f.context().access().canAct, 15000);
        auto *reset = window.findChild<QPushButton *>(QStringLiteral("resetButton"));
        QTRY_VERIFY(!reset->isEnabled());
        QVERIFY(f.waitIdle());
    }

    void superuserKeepsTheAdminButtons()
    {
        DashboardFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        MainWindow window(f.context());
        addPages(window, f.context());
        QTRY_VERIFY(f.context().access().known);
        QVERIFY(f.context().access().canAct);
        QVERIFY(f.context().access().mayActForOthers);

        auto *cleanup = window.findChild<QPushButton *>(QStringLiteral("cleanupButton"));
        auto *reset = window.findChild<QPushButton *>(QStringLiteral("resetButton"));
        QVERIFY(cleanup && reset);
        QVERIFY(f.waitIdle());
        QVERIFY(cleanup->isEnabled());
        QVERIFY(cleanup->toolTip().startsWith(QStringLiteral("Delete the")));
        QCOMPARE(reset->toolTip(), QStringLiteral("Reset the daily, monthly or hourly quota of the selected users (audited)"));
        auto *staff = window.findChild<QLabel *>(QStringLiteral("staffLabel"));
        QVERIFY(staff);
        QTRY_COMPARE(staff->text(), QStringLiteral("No staff account chosen — superuser"));
    }
};

QTEST_MAIN(TestAccess)
#include "tst_access.moc"
