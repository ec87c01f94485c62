// Small parts of the dashboard: the hourly chart model, CSV export, settings that never
// keep a password (not even with the keychain's keys), and the SQL script splitter
// migrations rely on.
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QFile>
#include <QFontMetricsF>
#include <QLabel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include "common/DisplayText.h"

#include "common/CsvExport.h"
#include "db/SqlScript.h"
#include "dialogs/ConnectDialog.h"
#include "overview/HourlyTokensModel.h"
#include "pages/StatTile.h"
#include "shell/PasswordKeychain.h"
#include "shell/Settings.h"

class TestUiSupport final : public QObject
{
    Q_OBJECT

private slots:
    void connectDialogOffersVerifyFullWithARootCertificate()
    {
        ConnectDialog dialog;
        auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("sslMode"));
        auto *rootCert = dialog.findChild<QLineEdit *>(QStringLiteral("rootCertificate"));
        QVERIFY(mode && rootCert);
        QVERIFY(mode->findText(QStringLiteral("verify-full")) >= 0);
        rootCert->setText(QStringLiteral("/etc/ssl/company root.crt"));
        mode->setCurrentText(QStringLiteral("prefer"));
        QVERIFY(!rootCert->isEnabled());
        QVERIFY(!dialog.conninfo().contains(QLatin1String("sslrootcert")));
        mode->setCurrentText(QStringLiteral("verify-full"));
        QVERIFY(rootCert->isEnabled());
        QVERIFY2(dialog.conninfo().contains(QLatin1String("sslmode='verify-full' sslrootcert='/etc/ssl/company root.crt'")),
                 qPrintable(dialog.conninfo()));
    }

    void statTileShrinksAValueThatDoesNotFitInsteadOfClippingIt()
    {
        StatTile tile(QStringLiteral("Cost saved"));
        tile.resize(190, 110);
        tile.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tile));
        auto *value = tile.findChild<QLabel *>(QStringLiteral("tileValue"));
        QVERIFY(value);
        tile.setValue(QStringLiteral("12"));
        const qreal full = value->font().pointSizeF();
        QVERIFY(value->toolTip().isEmpty());
        for (const QString &big : {QStringLiteral("$14,599.99"), QStringLiteral("100,000"), QStringLiteral("919.58 MB"),
                                   QStringLiteral("TSh 38,123,456.78")}) {
            tile.setValue(big, QStringLiteral("detail"));
            QCOMPARE(value->text(), big);
            QVERIFY2(QFontMetricsF(value->font()).horizontalAdvance(big) <= value->contentsRect().width() || value->font().pointSizeF() <= QFont().pointSizeF(),
                     qPrintable(big));
        }
        QVERIFY(value->font().pointSizeF() < full);
        QVERIFY(value->toolTip().contains(QStringLiteral("TSh 38,123,456.78")));
        // Wide enough again: full size, no tooltip.
        tile.resize(600, 110);
        tile.setValue(QStringLiteral("12"));
        QCOMPARE(value->font().pointSizeF(), full);
        QVERIFY(value->toolTip().isEmpty());
    }

    void hourlyModelScalesAndPassesTheTester()
    {
        HourlyTokensModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<qint64> today(24, 0);
        QList<qint64> yesterday(24, 0);
        today[3] = 25'000'000;
        yesterday[3] = 5'000'000;
        model.setValues(today, yesterday, 10);
        QCOMPARE(model.rowCount(), 24);
        QCOMPARE(model.unit(), 1e6);
        QCOMPARE(model.data(model.index(3, HourlyTokensModel::Today)).toDouble(), 25.0);
        QCOMPARE(model.data(model.index(3, HourlyTokensModel::Yesterday)).toDouble(), 5.0);
        QCOMPARE(model.currentHour(), 10);
        today[3] = 900;
        yesterday[3] = 0;
        model.setValues(today, yesterday, 23);
        QCOMPARE(model.unit(), 1.0);
        QCOMPARE(model.data(model.index(3, HourlyTokensModel::Today)).toDouble(), 900.0);
        model.setValues({1, 2}, {}, 99); // malformed input: zeros, not a crash
        QCOMPARE(model.maximum(), 0);
        QCOMPARE(model.currentHour(), 23);
    }

    // US dollars: "$1,234.56" in English and under the C locale (LANG=C.UTF-8, where Qt
    // alone writes "1,234.56$"); German and Swahili write them their way.
    void dollarsFollowTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("C") << QLocale::c() << QStringLiteral("$1,234.56");
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("$1,234.56");
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("1.234,56\u00a0$");
        const QLocale swahili(QLocale::Swahili);
        QTest::newRow("sw") << swahili << swahili.toCurrencyString(1234.56, QStringLiteral("$"), 2);
    }

    void dollarsFollowTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        const QLocale before;
        QLocale::setDefault(locale);
        const QString shown = DisplayText::usdFromCents(123456);
        const QString small = DisplayText::usdFromCents(5);
        QLocale::setDefault(before);
        QCOMPARE(shown, expected);
        QVERIFY2(!small.endsWith(QStringLiteral("0.05$")), qPrintable(small));
    }

    void csvQuotesWhatNeedsQuoting()
    {
        QStandardItemModel model(2, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("email"), QStringLiteral("note")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("a@example.com")));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("said \"hi\", then left")));
        model.setItem(1, 0, new QStandardItem(QStringLiteral("b@example.com")));
        model.setItem(1, 1, new QStandardItem(QStringLiteral("two\nlines")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(CsvExport::write(model, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()),
                 QStringLiteral("email,note\na@example.com,\"said \"\"hi\"\", then left\"\nb@example.com,\"two\nlines\"\n"));
        QVERIFY(!CsvExport::write(model, dir.filePath(QStringLiteral("missing/dir/out.csv"))).ok());
    }

    void settingsNeverKeepAPassword_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("saved");
        QTest::newRow("uri") << QStringLiteral("postgresql://ann:s3cr3t@db/app") << QStringLiteral("postgresql://ann@db/app");
        QTest::newRow("uri parameter") << QStringLiteral("postgresql://db/app?password=s3cr3t&sslmode=require")
                                       << QStringLiteral("postgresql://db/app?sslmode=require");
        QTest::newRow("key=value") << QStringLiteral("host=db password=s3cr3t dbname=app") << QStringLiteral("host=db dbname=app");
        QTest::newRow("quoted") << QStringLiteral("host=db password='s3 cr\\'3t' user=ann") << QStringLiteral("host=db user=ann");
        QTest::newRow("service") << QStringLiteral("service=prod") << QStringLiteral("service=prod");
    }
    void settingsNeverKeepAPassword()
    {
        QFETCH(QString, target);
        QFETCH(QString, saved);
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("s.ini"));
        {
            Settings settings(ini);
            settings.setLastConnection(target);
            // A password kept in the keychain leaves only its key here.
            settings.setPasswordInKeychain(PasswordKeychain::keyFor(target), true);
            settings.sync();
            QCOMPARE(settings.lastConnection(), saved);
            QVERIFY(settings.passwordInKeychain(PasswordKeychain::keyFor(settings.lastConnection())));
        }
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("passwordInKeychain"));
        QVERIFY2(!written.contains("s3cr3t") && !written.contains("s3 cr"), written.constData());
    }

    void scriptSplitterKeepsBodiesAndQuotesWhole()
    {
        const QStringList statements = SqlScript::split(QStringLiteral(
            "-- comment; not a statement\n"
            "CREATE TABLE t (x text DEFAULT 'a;b');\n"
            "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$ BEGIN RETURN 1; END $body$;\n"
            "/* block; comment */ SELECT \"odd;name\" FROM t;  ;\n"
            "SELECT 'it''s; fine'"));
        QCOMPARE(statements.size(), 4);
        QVERIFY(statements.at(0).contains(QLatin1String("'a;b'")));
        QVERIFY(statements.at(1).contains(QLatin1String("RETURN 1; END $body$")));
        QVERIFY(statements.at(2).contains(QLatin1String("\"odd;name\"")));
        QCOMPARE(statements.at(3), QStringLiteral("SELECT 'it''s; fine'"));
    }
};

QTEST_MAIN(TestUiSupport)
#include "tst_ui_support.moc"
