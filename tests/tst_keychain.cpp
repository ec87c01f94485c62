// Passwords in the OS keychain only: without one (CI, headless) every keychain call
// answers with an error instead of hanging, nothing falls back to a file, the key names
// the connection and never its password, the connect dialog asks before keeping one, and
// the dashboard connects as before (saying why in the status bar).
#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "db/DatabaseConnector.h"
#include "dialogs/ConnectDialog.h"
#include "shell/AppContext.h"
#include "shell/Dashboard.h"
#include "shell/MainWindow.h"
#include "shell/PasswordKeychain.h"
#include "shell/Settings.h"

namespace {
// Written to the keychain by the tests; no file under HOME may ever contain it.
const QByteArray DistinctivePassword = "Qd-kEyChAiN-9f3e1c-NeverOnDisk";
const QString Key = QStringLiteral("ann@db.example:5433/app");
constexpr int AnswerWithin = 15000; // the backends fail in milliseconds without a bus
} // namespace

class TestKeychain final : public QObject
{
    Q_OBJECT

public:
    explicit TestKeychain(QString home) : m_home(std::move(home)) {}

private:
    // Every file under the test's HOME (XDG dirs, ~/.qttest of QStandardPaths' test mode).
    QStringList filesContainingThePassword() const
    {
        QStringList found;
        QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(DistinctivePassword))
                found << file.fileName();
        }
        return found;
    }

    QString m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(QStandardPaths::isTestModeEnabled());
        QVERIFY2(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation).startsWith(m_home),
                 qPrintable(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)));
    }

    void readingWithoutAKeychainAnswersInsteadOfHanging()
    {
        PasswordKeychain keychain;
        QSignalSpy found(&keychain, &PasswordKeychain::found);
        QSignalSpy notFound(&keychain, &PasswordKeychain::notFound);
        QSignalSpy unavailable(&keychain, &PasswordKeychain::unavailable);
        keychain.read(Key);
        QTRY_VERIFY_WITH_TIMEOUT(notFound.count() + unavailable.count() == 1, AnswerWithin);
        QCOMPARE(found.count(), 0);
        if (!unavailable.isEmpty()) {
            QCOMPARE(unavailable.first().at(0).toString(), Key);
            QVERIFY(!unavailable.first().at(1).toString().isEmpty()); // a reason for the status bar
        }
    }

    void storingWithoutAKeychainFailsAndWritesNoFile()
    {
        PasswordKeychain keychain;
        QSignalSpy stored(&keychain, &PasswordKeychain::stored);
        QSignalSpy failed(&keychain, &PasswordKeychain::failed);
        keychain.store(Key, QString::fromLatin1(DistinctivePassword));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, AnswerWithin);
        QCOMPARE(stored.count(), 0);
        QCOMPARE(failed.first().at(0).toString(), Key);
        QVERIFY(!failed.first().at(1).toString().contains(QString::fromLatin1(DistinctivePassword)));

        // Nor can it be read back from anywhere.
        QSignalSpy found(&keychain, &PasswordKeychain::found);
        QSignalSpy notFound(&keychain, &PasswordKeychain::notFound);
        QSignalSpy unavailable(&keychain, &PasswordKeychain::unavailable);
        keychain.read(Key);
        QTRY_VERIFY_WITH_TIMEOUT(notFound.count() + unavailable.count() == 1, AnswerWithin);
        QCOMPARE(found.count(), 0);

        const QStringList files = filesContainingThePassword();
        QVERIFY2(files.isEmpty(), qPrintable(files.join(u' ')));
    }

    void forgettingWithoutAKeychainAnswers()
    {
        PasswordKeychain keychain;
        QSignalSpy forgotten(&keychain, &PasswordKeychain::forgotten);
        QSignalSpy failed(&keychain, &PasswordKeychain::failed);
        keychain.forget(Key);
        QTRY_VERIFY_WITH_TIMEOUT(forgotten.count() + failed.count() == 1, AnswerWithin);
    }

    void aReadPastItsDeadlineAnswersOnce()
    {
        PasswordKeychain keychain;
        QSignalSpy found(&keychain, &PasswordKeychain::found);
        QSignalSpy notFound(&keychain, &PasswordKeychain::notFound);
        QSignalSpy unavailable(&keychain, &PasswordKeychain::unavailable);
        keychain.setReadTimeout(0);
        keychain.read(Key);
        QTRY_COMPARE_WITH_TIMEOUT(notFound.count() + unavailable.count(), 1, AnswerWithin);
        // QtKeychain runs its jobs one after another: once the second read has answered,
        // the first one's job has finished too, and its late answer was dropped.
        keychain.setReadTimeout(AnswerWithin);
        keychain.read(Key);
        QTRY_COMPARE_WITH_TIMEOUT(notFound.count() + unavailable.count(), 2, AnswerWithin);
        QCOMPARE(found.count(), 0);
    }

    void keyNamesTheConnectionNeverItsPassword_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("key");
        const QString ann = QStringLiteral("ann@db.example:5433/app");
        QTest::newRow("uri") << QStringLiteral("postgresql://ann:s3cr3t@db.example:5433/app") << ann;
        QTest::newRow("uri parameter") << QStringLiteral("postgres://ann@db.example:5433/app?password=s3cr3t&sslmode=require") << ann;
        QTest::newRow("key=value") << QStringLiteral("host=db.example port=5433 dbname=app user=ann password=s3cr3t") << ann;
        QTest::newRow("as the dialog writes it")
            << QStringLiteral("host='db.example' port='5433' dbname='app' user='ann' sslmode='prefer' password='s3cr3t'") << ann;
        QTest::newRow("quoted, with spaces") << QStringLiteral("host=db.example port=5433 dbname=app user=ann password='s3 cr\\'3t'") << ann;
        QTest::newRow("service") << QStringLiteral("service=prod password=s3cr3t") << QStringLiteral("service=prod");
        QTest::newRow("service and user") << QStringLiteral("service=prod user=ann password=s3cr3t") << QStringLiteral("ann@service=prod");
    }

    void keyNamesTheConnectionNeverItsPassword()
    {
        QFETCH(QString, target);
        QFETCH(QString, key);
        QCOMPARE(PasswordKeychain::keyFor(target), key);
        QVERIFY(!PasswordKeychain::keyFor(target).contains(QLatin1String("s3")));
        QVERIFY(!PasswordKeychain::keyFor(target).contains(QLatin1String("3t")));
        // The saved connection (password removed) finds the same key as the one typed.
        QCOMPARE(PasswordKeychain::keyFor(Settings::withoutPassword(target)), key);
    }

    void keyFillsInWhatLibpqWould()
    {
        const QByteArray names[] = {"PGUSER", "PGPORT", "PGHOST", "PGDATABASE", "PGSERVICE", "PGPASSWORD"};
        QList<QPair<QByteArray, std::optional<QByteArray>>> saved;
        for (const QByteArray &name : names)
            saved.append({name, qEnvironmentVariableIsSet(name.constData()) ? std::optional(qgetenv(name.constData())) : std::nullopt});
        const auto restore = qScopeGuard([&saved] {
            for (const auto &[name, value] : saved)
                value ? qputenv(name.constData(), *value) : qunsetenv(name.constData());
        });
        for (const QByteArray &name : names)
            qunsetenv(name.constData());
        qputenv("PGUSER", "envuser");
        qputenv("PGPORT", "6543");
        qputenv("PGPASSWORD", "s3cr3t");
        QCOMPARE(PasswordKeychain::keyFor(QString()), QStringLiteral("envuser@localhost:6543/envuser"));
        QCOMPARE(PasswordKeychain::keyFor(QStringLiteral("host=db dbname=app")), QStringLiteral("envuser@db:6543/app"));
        QCOMPARE(PasswordKeychain::keyFor(QStringLiteral("app")), QStringLiteral("envuser@localhost:6543/app"));
        QVERIFY(PasswordKeychain::keyFor(QStringLiteral("host=x password='s3cr3t")).isEmpty()); // unparsable: no key
    }

    void passwordGoesIntoTheConninfoOnlyInMemory_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("uri") << QStringLiteral("postgresql://ann@db.example:5433/app?sslmode=require");
        QTest::newRow("key=value") << QStringLiteral("host='db.example' port='5433' dbname='app' user='ann' sslmode='require'");
        QTest::newRow("database name") << QStringLiteral("app");
        QTest::newRow("environment") << QString();
    }

    void passwordGoesIntoTheConninfoOnlyInMemory()
    {
        QFETCH(QString, target);
        const QString password = QStringLiteral("p w'\\x");
        const QString conninfo = DatabaseConnector::withPassword(target, password);
        QVERIFY(!DatabaseConnector::hasPassword(target));
        QVERIFY2(DatabaseConnector::hasPassword(conninfo), qPrintable(conninfo));
        QCOMPARE(PasswordKeychain::keyFor(conninfo), PasswordKeychain::keyFor(target));
        QCOMPARE(DatabaseConnector::describe(conninfo), DatabaseConnector::describe(target));
        QVERIFY(!DatabaseConnector::describe(conninfo).contains(QLatin1String("p w")));

        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("s.ini"));
        {
            Settings settings(ini);
            settings.setLastConnection(conninfo);
            settings.setPasswordInKeychain(PasswordKeychain::keyFor(conninfo), true);
            settings.sync();
            QVERIFY(settings.passwordInKeychain(PasswordKeychain::keyFor(target)));
            QCOMPARE(PasswordKeychain::keyFor(settings.lastConnection()), PasswordKeychain::keyFor(target));
        }
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("p w"));
    }

    void connectDialogKeepsThePasswordOnlyWhenAsked()
    {
        ConnectDialog dialog;
        auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("host"));
        auto *port = dialog.findChild<QSpinBox *>(QStringLiteral("port"));
        auto *database = dialog.findChild<QLineEdit *>(QStringLiteral("database"));
        auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("user"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
        auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberInKeychain"));
        QVERIFY(host && port && database && user && password && remember);
        QCOMPARE(remember->text(), QStringLiteral("Remember the password in the system keychain"));
        host->setText(QStringLiteral("db.example"));
        port->setValue(5433);
        database->setText(QStringLiteral("app"));
        user->setText(QStringLiteral("ann"));
        password->setText(QString::fromLatin1(DistinctivePassword));
        QCOMPARE(dialog.keychainKey(), Key);
        QVERIFY(!remember->isChecked()); // opt-in
        QVERIFY(!dialog.rememberPassword());
        QVERIFY(!dialog.forgetPassword());

        remember->click();
        QVERIFY(dialog.rememberPassword());
        QCOMPARE(dialog.password(), QString::fromLatin1(DistinctivePassword));
        QVERIFY(!dialog.keychainKey().contains(QString::fromLatin1(DistinctivePassword)));
        password->clear();
        QVERIFY(!dialog.rememberPassword()); // nothing to keep
    }

    void connectDialogForgetsWhenUnticked()
    {
        ConnectDialog dialog;
        auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("host"));
        auto *port = dialog.findChild<QSpinBox *>(QStringLiteral("port"));
        auto *database = dialog.findChild<QLineEdit *>(QStringLiteral("database"));
        auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("user"));
        auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberInKeychain"));
        QVERIFY(host && port && database && user && remember);
        dialog.setRememberedKeys({Key});
        host->setText(QStringLiteral("db.example"));
        port->setValue(5433);
        database->setText(QStringLiteral("app"));
        QVERIFY(!remember->isChecked());
        user->setText(QStringLiteral("ann"));
        QVERIFY(remember->isChecked()); // this connection's password is remembered
        QVERIFY(!dialog.forgetPassword());
        QVERIFY(!dialog.rememberPassword()); // no new password typed: the keychain's is used
        remember->click();
        QVERIFY(dialog.forgetPassword());
        user->setText(QStringLiteral("bob")); // the user's choice stays while the fields change
        QVERIFY(!remember->isChecked());
        QVERIFY(!dialog.forgetPassword()); // bob had none
    }

    // The dashboard asks the keychain before connecting to a connection whose password it
    // keeps; without a keychain it connects as libpq would and says why in the status bar.
    void aRememberedConnectionWithoutAKeychainConnectsAsBefore()
    {
        const QString target = QStringLiteral("host=/nonexistent-socket-dir port=5 user=ann dbname=app");
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        {
            Settings settings(ini);
            settings.setPasswordInKeychain(PasswordKeychain::keyFor(target), true);
        }
        Dashboard::Options options;
        options.database = target;
        options.settingsFile = ini;
        Dashboard dashboard(options);
        QVERIFY(dashboard.start());
        QTRY_VERIFY_WITH_TIMEOUT(dashboard.window() != nullptr, AnswerWithin);
        QCOMPARE(dashboard.context()->target(), target); // no password added
        QVERIFY2(dashboard.window()->statusBar()->currentMessage().startsWith(QLatin1String("System keychain unavailable")),
                 qPrintable(dashboard.window()->statusBar()->currentMessage()));
    }

    void cleanupTestCase()
    {
        const QStringList files = filesContainingThePassword();
        QVERIFY2(files.isEmpty(), qPrintable(files.join(u' ')));
    }
};

int main(int argc, char *argv[])
{
    // CI conditions on any machine: no session bus (so no Secret Service, no KWallet), no
    // display to autolaunch one, and a private HOME whose files the tests search.
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    const QByteArray path = QFile::encodeName(home.path());
    qputenv("HOME", path);
    qputenv("XDG_CONFIG_HOME", path + "/config");
    qputenv("XDG_DATA_HOME", path + "/data");
    qputenv("XDG_CACHE_HOME", path + "/cache");
    qputenv("XDG_STATE_HOME", path + "/state");
    qputenv("XDG_RUNTIME_DIR", path);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + path + "/no-session-bus");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    // QtKeychain picks its backend by desktop, once per process: libsecret (when installed)
    // by default, or its KWallet path (the one with a plain-file fallback to refuse).
    if (qEnvironmentVariable("QUOTADESK_TEST_KEYCHAIN") == QLatin1String("kwallet")) {
        qputenv("XDG_CURRENT_DESKTOP", "KDE");
        qputenv("KDE_SESSION_VERSION", "4");
    } else {
        qunsetenv("XDG_CURRENT_DESKTOP");
        qunsetenv("KDE_SESSION_VERSION");
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QuotadeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_keychain"));
    TestKeychain test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
