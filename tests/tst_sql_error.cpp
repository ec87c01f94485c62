// The one SQL error mapper: real errors from a real server, classified by SQLSTATE.
#include <QDeadlineTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>

#include "db/DatabaseConnector.h"
#include "db/SqlError.h"
#include "QuotaTestData.h"
#include "TestDatabase.h"

using namespace Qt::StringLiterals;
using Kind = SqlError::Kind;
Q_DECLARE_METATYPE(SqlError::Kind)

class TestSqlError final : public QObject
{
    Q_OBJECT

private:
    static QSqlQuery failing(const TestDatabase &db, const QString &sql)
    {
        QSqlQuery query(db.db());
        const bool ran = query.exec(sql);
        if (ran)
            qWarning("expected a failure: %s", qPrintable(sql));
        return query;
    }

private slots:
    void statesMapToKinds_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("08006 connection failure") << u"08006"_s << Kind::ConnectionLost;
        QTest::newRow("08P01 protocol violation") << u"08P01"_s << Kind::ConnectionLost;
        QTest::newRow("57P01 admin shutdown") << u"57P01"_s << Kind::ConnectionLost;
        QTest::newRow("57P02 crash shutdown") << u"57P02"_s << Kind::ConnectionLost;
        QTest::newRow("57P03 cannot connect now") << u"57P03"_s << Kind::ConnectionLost;
        QTest::newRow("57014 query cancelled") << u"57014"_s << Kind::Cancelled;
        QTest::newRow("42501 insufficient privilege") << u"42501"_s << Kind::PermissionDenied;
        QTest::newRow("23505 unique violation") << u"23505"_s << Kind::Conflict;
        QTest::newRow("23503 foreign key is not a conflict") << u"23503"_s << Kind::Database;
        QTest::newRow("40001 serialization failure") << u"40001"_s << Kind::Retryable;
        QTest::newRow("40P01 deadlock") << u"40P01"_s << Kind::Retryable;
        QTest::newRow("QD003 our refusal") << u"QD003"_s << Kind::Refused;
        QTest::newRow("QDC05 our cache refusal") << u"QDC05"_s << Kind::Refused;
        QTest::newRow("42601 syntax error") << u"42601"_s << Kind::Database;
        QTest::newRow("no state") << QString() << Kind::Database;
    }
    void statesMapToKinds()
    {
        QFETCH(QString, state);
        QFETCH(Kind, kind);
        QCOMPARE(SqlError::kindOfState(state), kind);
    }

    void noErrorIsNone()
    {
        QCOMPARE(SqlError::kindOf(QSqlError()), Kind::None);
        QCOMPARE(SqlError::message(QSqlError()), QString());
    }

    void uniqueViolationIsAConflict()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QCOMPARE(db.exec(u"CREATE TABLE t (x integer PRIMARY KEY); INSERT INTO t VALUES (1)"_s), QString());
        const QSqlQuery query = failing(db, u"INSERT INTO t VALUES (1)"_s);
        QCOMPARE(query.lastError().nativeErrorCode(), u"23505"_s);
        QCOMPARE(SqlError::kindOf(query), Kind::Conflict);
        const QString message = SqlError::message(query);
        QVERIFY2(message.startsWith(u"Conflict"_s), qPrintable(message));
        QVERIFY2(message.contains(u"duplicate key value violates unique constraint \"t_pkey\""_s), qPrintable(message));
        QVERIFY2(!message.contains(u'\n') && !message.contains(u"(23505)"_s) && !message.contains(u"ERROR:"_s), qPrintable(message));
    }

    void permissionErrorOfARoleThatOwnsNothing()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const QString role = u"qd_noperm_"_s + db.name();
        QCOMPARE(db.exec(u"DROP ROLE IF EXISTS %1; CREATE ROLE %1 NOLOGIN"_s.arg(role)), QString());
        QCOMPARE(db.exec(u"SET ROLE %1"_s.arg(role)), QString());
        const QSqlQuery query = failing(db, u"SELECT count(*) FROM public.ai_cache"_s);
        const QString message = SqlError::message(query);
        const Kind kind = SqlError::kindOf(query);
        QCOMPARE(db.exec(u"RESET ROLE; DROP ROLE %1"_s.arg(role)), QString());
        QCOMPARE(kind, Kind::PermissionDenied);
        QVERIFY2(message.startsWith(u"Permission denied"_s), qPrintable(message));
        QVERIFY2(message.contains(u"permission denied for table ai_cache"_s), qPrintable(message));
    }

    void ourRefusalsAreShownAsWritten()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int staff = data.addStaff();
        const int plain = data.addUser();
        QVERIFY2(data.ok(), qPrintable(data.error()));

        QSqlQuery query = failing(db, u"SELECT quotadesk.admin_reset_quota(%1, ARRAY[%2], 'weekly', 'why')"_s.arg(staff).arg(plain));
        QCOMPARE(SqlError::kindOf(query), Kind::Refused);
        QCOMPARE(SqlError::message(query), u"The period to reset must be daily, monthly or hourly, not \"weekly\"."_s);

        // require_staff() raises a clause: it becomes a sentence.
        query = failing(db, u"SELECT quotadesk.admin_reset_quota(%1, ARRAY[%1], 'daily', 'why')"_s.arg(plain));
        QCOMPARE(query.lastError().nativeErrorCode(), u"QD001"_s);
        const QString message = SqlError::message(query);
        QVERIFY2(message.startsWith(u"Refused: "_s) && message.endsWith(u"(needs is_admin or a super_admin, support_agent or finance_admin role)."_s),
                 qPrintable(message));
    }

    void refusalsAreWordedInTheUsersLanguageByTheirCode()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int staff = data.addStaff();
        const int plain = data.addUser();
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const QSqlQuery period = failing(db, u"SELECT quotadesk.admin_reset_quota(%1, ARRAY[%2], 'weekly', 'why')"_s.arg(staff).arg(plain));
        QCOMPARE(period.lastError().nativeErrorCode(), u"QD031"_s);
        const QSqlQuery reason = failing(db, u"SELECT quotadesk.admin_reset_quota(%1, ARRAY[%2], 'daily', '  ')"_s.arg(staff).arg(plain));
        QCOMPARE(reason.lastError().nativeErrorCode(), u"QD032"_s);
        const QSqlQuery missing = failing(db, u"SELECT quotadesk.admin_reset_quota(%1, ARRAY[%2, 99999], 'daily', 'why')"_s.arg(staff).arg(plain));
        QCOMPARE(missing.lastError().nativeErrorCode(), u"QD004"_s);
        QCOMPARE(SqlError::message(missing), u"No user with id 99999: nothing was reset."_s);

        QTranslator german;
        QVERIFY(german.load(u"quotadesk_de"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&german);
        const QString periodText = SqlError::message(period);
        const QString reasonText = SqlError::message(reason);
        const QString missingText = SqlError::message(missing);
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(periodText, u"Der zurückzusetzende Zeitraum muss daily, monthly oder hourly sein, nicht „weekly“."_s);
        QCOMPARE(reasonText, u"Ein Kontingent-Reset braucht einen Grund: sagen Sie, warum zurückgesetzt wird."_s);
        QCOMPARE(missingText, u"Kein Benutzer mit ID 99999: nichts wurde zurückgesetzt."_s);
    }

    void aCancelledStatementIsCancelled()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QCOMPARE(db.exec(u"SET statement_timeout = '50ms'"_s), QString());
        const QSqlQuery query = failing(db, u"SELECT pg_sleep(5)"_s);
        const Kind kind = SqlError::kindOf(query);
        QCOMPARE(db.exec(u"RESET statement_timeout"_s), QString());
        QCOMPARE(kind, Kind::Cancelled);
        QVERIFY2(SqlError::message(query).contains(u"statement timeout"_s), qPrintable(SqlError::message(query)));
    }

    void aTerminatedBackendIsALostConnection()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const QString victim = u"victim-"_s + db.name();
        const Status opened = db.openConnection(victim);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        {
            QSqlQuery pid(QSqlDatabase::database(victim, false));
            QVERIFY(pid.exec(u"SELECT pg_backend_pid()"_s) && pid.next());
            const int backend = pid.value(0).toInt();
            pid.finish();
            QCOMPARE(db.scalar(u"SELECT pg_terminate_backend(?)"_s, {backend}).toBool(), true);
            // Wait for the event, not for a time: the backend is gone from pg_stat_activity.
            QTRY_VERIFY_WITH_TIMEOUT(db.scalar(u"SELECT count(*) FROM pg_stat_activity WHERE pid = ?"_s, {backend}).toInt() == 0, 10000);

            QSqlQuery query(QSqlDatabase::database(victim, false));
            QVERIFY(!query.exec(u"SELECT 1"_s));
            QCOMPARE(SqlError::kindOf(query), Kind::ConnectionLost);
            const QString message = SqlError::message(query);
            QVERIFY2(message.startsWith(u"Lost the connection"_s), qPrintable(message));
        }
        DatabaseConnector::close(victim);
    }

    void anyOtherErrorGivesTheServersFirstLine()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const QSqlQuery query = failing(db, u"SELECT * FROM no_such_table"_s);
        QCOMPARE(SqlError::kindOf(query), Kind::Database);
        QCOMPARE(SqlError::message(query), u"PostgreSQL error: relation \"no_such_table\" does not exist"_s);
    }
};

QTEST_GUILESS_MAIN(TestSqlError)
#include "tst_sql_error.moc"
