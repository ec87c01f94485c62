// Connecting the way libpq users expect, and failing with one actionable line.
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "db/DatabaseConnector.h"
#include "db/Migrator.h"
#include "TestDatabase.h"

class TestConnection final : public QObject
{
    Q_OBJECT

private:
    static QString showTimeZone(const QString &connection)
    {
        QSqlQuery q(QSqlDatabase::database(connection, false));
        if (!q.exec(QStringLiteral("SHOW TimeZone")) || !q.next())
            return QStringLiteral("<error>");
        return q.value(0).toString();
    }

    // A role that must log in with a password over TCP (the cluster trusts only the socket).
    static void createPasswordRole(TestDatabase &db, const QString &role, const QString &password)
    {
        QCOMPARE(db.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role)), QString());
        QCOMPARE(db.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password)), QString());
    }

private slots:
    void opensEveryLibpqForm_data()
    {
        QTest::addColumn<QString>("form");
        QTest::newRow("key=value") << QStringLiteral("kv");
        QTest::newRow("postgresql:// URI") << QStringLiteral("uri");
        QTest::newRow("postgres:// URI with percent-encoded socket") << QStringLiteral("uri-socket");
        QTest::newRow("bare database name with PG* variables") << QStringLiteral("bare");
        QTest::newRow("empty string: PG* variables only") << QStringLiteral("env");
        QTest::newRow("service name") << QStringLiteral("service");
    }
    void opensEveryLibpqForm()
    {
        QFETCH(QString, form);
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const QString dir = TestDatabase::clusterDirectory();
        const QString port = QString::number(TestDatabase::clusterPort());
        QTemporaryDir tmp;

        QString target;
        QList<QByteArray> setVars;
        auto setEnv = [&setVars](const char *name, const QString &value) {
            qputenv(name, value.toUtf8());
            setVars << name;
        };
        if (form == QLatin1String("kv")) {
            target = db.conninfo();
        } else if (form == QLatin1String("uri")) {
            target = QStringLiteral("postgresql://quotadesk@/%1?host=%2&port=%3").arg(db.name(), dir, port);
        } else if (form == QLatin1String("uri-socket")) {
            target = QStringLiteral("postgres://quotadesk@%1:%2/%3")
                         .arg(QString::fromLatin1(QUrl::toPercentEncoding(dir)), port, db.name());
        } else if (form == QLatin1String("bare")) {
            setEnv("PGHOST", dir);
            setEnv("PGPORT", port);
            setEnv("PGUSER", QStringLiteral("quotadesk"));
            target = db.name();
        } else if (form == QLatin1String("env")) {
            setEnv("PGHOST", dir);
            setEnv("PGPORT", port);
            setEnv("PGUSER", QStringLiteral("quotadesk"));
            setEnv("PGDATABASE", db.name());
        } else if (form == QLatin1String("service")) {
            QFile services(tmp.filePath(QStringLiteral("pg_service.conf")));
            QVERIFY(services.open(QIODevice::WriteOnly));
            services.write(QStringLiteral("[quotadesk-test]\nhost=%1\nport=%2\nuser=quotadesk\ndbname=%3\n")
                               .arg(dir, port, db.name())
                               .toUtf8());
            services.close();
            setEnv("PGSERVICEFILE", services.fileName());
            target = QStringLiteral("service=quotadesk-test");
        }

        const Status opened = DatabaseConnector::open(target, QStringLiteral("form"));
        for (const QByteArray &name : setVars)
            qunsetenv(name.constData());
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(showTimeZone(QStringLiteral("form")), QStringLiteral("UTC"));
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("form"), false));
        QVERIFY(q.exec(QStringLiteral("SELECT current_database()")) && q.next());
        QCOMPARE(q.value(0).toString(), db.name());
        DatabaseConnector::close(QStringLiteral("form"));
    }

    void usesPgpassForPasswordLogins()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        createPasswordRole(db, QStringLiteral("pgpass_user"), QStringLiteral("s3cret:pass"));
        QTemporaryDir tmp;
        QFile pgpass(tmp.filePath(QStringLiteral("pgpass")));
        QVERIFY(pgpass.open(QIODevice::WriteOnly));
        pgpass.write(QStringLiteral("127.0.0.1:%1:*:pgpass_user:s3cret\\:pass\n").arg(TestDatabase::clusterPort()).toUtf8());
        pgpass.close();
        pgpass.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        qputenv("PGPASSFILE", pgpass.fileName().toUtf8());
        const Status opened = DatabaseConnector::open(
            QStringLiteral("host=127.0.0.1 port=%1 user=pgpass_user dbname=%2").arg(TestDatabase::clusterPort()).arg(db.name()),
            QStringLiteral("pgpass"));
        qunsetenv("PGPASSFILE");
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(showTimeZone(QStringLiteral("pgpass")), QStringLiteral("UTC"));
        DatabaseConnector::close(QStringLiteral("pgpass"));
        QCOMPARE(db.exec(QStringLiteral("DROP ROLE pgpass_user")), QString());
    }

    // What the dashboard does with a password from the system keychain: added to the saved
    // target in memory, it logs in; the target without it does not.
    void logsInWithAPasswordAddedInMemory_data()
    {
        QTest::addColumn<QString>("target");
        const int port = TestDatabase::clusterPort();
        QTest::newRow("key=value") << QStringLiteral("host='127.0.0.1' port='%1' user='kc_user' dbname='postgres'").arg(port);
        QTest::newRow("uri") << QStringLiteral("postgresql://kc_user@127.0.0.1:%1/postgres").arg(port);
    }
    void logsInWithAPasswordAddedInMemory()
    {
        QFETCH(QString, target);
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        createPasswordRole(db, QStringLiteral("kc_user"), QStringLiteral("Key''chain pass"));
        QTemporaryDir tmp;
        qputenv("PGPASSFILE", tmp.filePath(QStringLiteral("none")).toUtf8()); // the developer's .pgpass must not help
        const Status without = DatabaseConnector::open(target, QStringLiteral("keychain"));
        const Status with = DatabaseConnector::open(DatabaseConnector::withPassword(target, QStringLiteral("Key'chain pass")),
                                                    QStringLiteral("keychain"));
        qunsetenv("PGPASSFILE");
        QVERIFY(!without.ok());
        QVERIFY2(with.ok(), qPrintable(with.error()));
        DatabaseConnector::close(QStringLiteral("keychain"));
        QCOMPARE(db.exec(QStringLiteral("DROP ROLE kc_user")), QString());
    }

    void failsWithOneActionableLine_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("expected");
        const int port = TestDatabase::clusterPort();
        QTest::newRow("wrong password in URI")
            << QStringLiteral("postgresql://pw_user:Wr0ngSecret@127.0.0.1:%1/postgres").arg(port) << QStringLiteral("Wrong password");
        QTest::newRow("wrong password in key=value")
            << QStringLiteral("host=127.0.0.1 port=%1 user=pw_user password=Wr0ngSecret dbname=postgres").arg(port)
            << QStringLiteral("Wrong password");
        QTest::newRow("no password at all")
            << QStringLiteral("host=127.0.0.1 port=%1 user=pw_user dbname=postgres").arg(port) << QStringLiteral("asks for a password");
        QTest::newRow("unreachable server") << QStringLiteral("host=127.0.0.1 port=1 connect_timeout=3") << QStringLiteral("Cannot reach");
        QTest::newRow("missing database")
            << QStringLiteral("host=%1 port=%2 user=quotadesk dbname=no_such_db").arg(TestDatabase::clusterDirectory()).arg(port)
            << QStringLiteral("Database \"no_such_db\" does not exist");
        QTest::newRow("unknown role")
            << QStringLiteral("host=%1 port=%2 user=nobody_here dbname=postgres").arg(TestDatabase::clusterDirectory()).arg(port)
            << QStringLiteral("role \"nobody_here\" does not exist");
        QTest::newRow("unknown service") << QStringLiteral("service=no-such-service") << QStringLiteral("Service \"no-such-service\"");
        QTest::newRow("malformed URI") << QStringLiteral("postgresql://u:Wr0ngSecret@host:notaport/db") << QStringLiteral("Invalid connection setting");
        QTest::newRow("unparsable string") << QStringLiteral("host=x password='Wr0ngSecret") << QStringLiteral("Cannot understand");
    }
    void failsWithOneActionableLine()
    {
        QFETCH(QString, target);
        QFETCH(QString, expected);
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        createPasswordRole(db, QStringLiteral("pw_user"), QStringLiteral("RightSecret"));
        QTemporaryDir tmp;
        qputenv("PGPASSFILE", tmp.filePath(QStringLiteral("none")).toUtf8()); // the developer's .pgpass must not help
        QFile emptyServices(tmp.filePath(QStringLiteral("pg_service.conf")));
        QVERIFY(emptyServices.open(QIODevice::WriteOnly));
        emptyServices.close();
        qputenv("PGSERVICEFILE", emptyServices.fileName().toUtf8());
        const Status opened = DatabaseConnector::open(target, QStringLiteral("bad"));
        qunsetenv("PGPASSFILE");
        qunsetenv("PGSERVICEFILE");
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(expected), qPrintable(opened.error()));
        QVERIFY2(!opened.error().contains(QLatin1String("Wr0ngSecret")), qPrintable(opened.error()));
        QVERIFY2(!opened.error().contains(u'\n'), qPrintable(opened.error()));
        QVERIFY(!QSqlDatabase::contains(QStringLiteral("bad")));
        QCOMPARE(db.exec(QStringLiteral("DROP ROLE pw_user")), QString());
    }

    void missingSchemaOrTableIsExplained()
    {
        TestDatabase empty(TestDatabase::Schema::Empty);
        QVERIFY2(empty.isValid(), qPrintable(empty.error()));
        Status verified = Migrator(empty.connectionName()).verify();
        QVERIFY(!verified.ok());
        QVERIFY2(verified.error().contains(QLatin1String("quotactl migrate")), qPrintable(verified.error()));

        TestDatabase migrated;
        QVERIFY2(migrated.isValid(), qPrintable(migrated.error()));
        QVERIFY2(Migrator(migrated.connectionName()).verify().ok(), "a migrated database verifies");
        QCOMPARE(migrated.exec(QStringLiteral("DROP TABLE ai_cache CASCADE")), QString());
        verified = Migrator(migrated.connectionName()).verify();
        QVERIFY(!verified.ok());
        QVERIFY2(verified.error().contains(QLatin1String("\"ai_cache\" is missing")), qPrintable(verified.error()));
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
