// Whether a connection is encrypted and verified, and whether its server is local.
#include <QTest>

#include "db/ConnectionSecurity.h"
#include "db/DatabaseConnector.h"
#include "TestDatabase.h"

class TestConnectionSecurity final : public QObject
{
    Q_OBJECT

private slots:
    void classifiesLocalAndRemoteHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("local");
        QTest::newRow("no host: libpq's default socket") << QString() << true;
        QTest::newRow("socket directory") << QStringLiteral("/var/run/postgresql") << true;
        QTest::newRow("abstract socket") << QStringLiteral("@pgsocket") << true;
        QTest::newRow("localhost") << QStringLiteral("localhost") << true;
        QTest::newRow("LOCALHOST") << QStringLiteral("LOCALHOST") << true;
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("127.1.2.3") << QStringLiteral("127.1.2.3") << true;
        QTest::newRow("::1") << QStringLiteral("::1") << true;
        QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
        QTest::newRow("private address") << QStringLiteral("10.0.0.5") << false;
        QTest::newRow("public address") << QStringLiteral("203.0.113.7") << false;
        QTest::newRow("IPv6 address") << QStringLiteral("2001:db8::1") << false;
        QTest::newRow("name") << QStringLiteral("db.internal") << false;
        QTest::newRow("name that starts like localhost") << QStringLiteral("localhost.evil.example") << false;
        QTest::newRow("relative path is a name") << QStringLiteral("var/run") << false;
    }

    void classifiesLocalAndRemoteHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, local);
        QCOMPARE(ConnectionSecurity::isLocalHost(host), local);
    }

    void unixSocketConnectionIsLocalAndUnencrypted()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const auto probed = ConnectionSecurity::probe(db.connectionName());
        QVERIFY2(probed.ok(), qPrintable(probed.error()));
        QVERIFY2(probed->host.startsWith(u'/'), qPrintable(probed->host));
        QVERIFY(probed->local);
        QVERIFY(!probed->encrypted);
        QVERIFY(!probed->verified);
        QVERIFY(!probed->exposed());
        QCOMPARE(ConnectionSecurity::statusText(*probed), QStringLiteral("Local connection, not encrypted"));
        QVERIFY(ConnectionSecurity::detailText(*probed).contains(probed->host));
    }

    void loopbackTcpConnectionIsLocal()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        // TCP logins need a password in the test cluster.
        const QString role = QStringLiteral("tls_probe_%1").arg(QCoreApplication::applicationPid());
        QCOMPARE(db.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'probe'").arg(role)), QString());
        const QString name = QStringLiteral("tcp");
        const Status opened = DatabaseConnector::open(QStringLiteral("host=127.0.0.1 port=%1 user=%2 password=probe dbname=%3 sslmode=disable")
                                                          .arg(TestDatabase::clusterPort())
                                                          .arg(role, db.name()),
                                                      name);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const auto probed = ConnectionSecurity::probe(name);
        DatabaseConnector::close(name);
        QCOMPARE(db.exec(QStringLiteral("DROP ROLE %1").arg(role)), QString());
        QVERIFY2(probed.ok(), qPrintable(probed.error()));
        QCOMPARE(probed->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(probed->sslMode, QStringLiteral("disable"));
        QVERIFY(probed->local && !probed->encrypted && !probed->exposed());
    }

    void aClosedConnectionIsAnError()
    {
        QVERIFY(!ConnectionSecurity::probe(QStringLiteral("never-opened")).ok());
    }

    void statusTextSaysWhatWasChecked_data()
    {
        QTest::addColumn<bool>("encrypted");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("local");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("exposed");
        QTest::newRow("verify-full") << true << QStringLiteral("verify-full") << false << QStringLiteral("Encrypted, server verified") << false;
        QTest::newRow("verify-ca") << true << QStringLiteral("verify-ca") << false
                                   << QStringLiteral("Encrypted, certificate verified (host name not checked)") << false;
        QTest::newRow("require") << true << QStringLiteral("require") << false << QStringLiteral("Encrypted, server not verified") << false;
        QTest::newRow("remote in clear") << false << QStringLiteral("prefer") << false << QStringLiteral("Not encrypted") << true;
        QTest::newRow("local in clear") << false << QStringLiteral("prefer") << true << QStringLiteral("Local connection, not encrypted") << false;
    }

    void statusTextSaysWhatWasChecked()
    {
        QFETCH(bool, encrypted);
        QFETCH(QString, mode);
        QFETCH(bool, local);
        QFETCH(QString, text);
        QFETCH(bool, exposed);
        ConnectionSecurity::Info info;
        info.host = local ? QStringLiteral("/tmp") : QStringLiteral("db.example.com");
        info.sslMode = mode;
        info.encrypted = encrypted;
        info.hostChecked = encrypted && mode == QLatin1String("verify-full");
        info.verified = info.hostChecked || (encrypted && mode == QLatin1String("verify-ca"));
        info.local = local;
        QCOMPARE(ConnectionSecurity::statusText(info), text);
        QCOMPARE(info.exposed(), exposed);
    }
};

QTEST_GUILESS_MAIN(TestConnectionSecurity)
#include "tst_connection_security.moc"
