// LibpqQuery (the REST server's hot path over libpq's extended protocol) on a real server:
// values typed by column type, parameters (NULL, UTF-8), errors mapped by SQLSTATE like
// QSqlQuery's, and statements kept per connection surviving a lost prepared statement
// and a reopened connection.
#include <QSqlQuery>
#include <QTest>

#include "db/DatabaseConnector.h"
#include "db/LibpqQuery.h"
#include "db/StatementCache.h"
#include "TestDatabase.h"

using namespace Qt::StringLiterals;

class TestLibpqQuery final : public QObject
{
    Q_OBJECT

private:
    static int keptStatements(const TestDatabase &db)
    {
        return db.scalar(u"SELECT count(*) FROM pg_prepared_statements WHERE name LIKE 'quotadesk_lq_%'"_s).toInt();
    }

private slots:
    void valuesComeBackTypedAndNullsAsNull()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        LibpqQuery query(db.connectionName(),
                         "SELECT true, false, 7::int2, 2147483647::int4, 9223372036854775807::int8, 'Wanjiru ñ ✓'::text, "
                         "NULL::bool, NULL::int8, NULL::text, 1.50::numeric");
        QVERIFY2(query.exec(), qPrintable(query.errorMessage()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).typeId(), QMetaType::Bool);
        QCOMPARE(query.value(0).toBool(), true);
        QCOMPARE(query.value(1).toBool(), false); // "f" is false, not a non-empty string
        QCOMPARE(query.value(2).typeId(), QMetaType::Int);
        QCOMPARE(query.value(2).toInt(), 7);
        QCOMPARE(query.value(3).toInt(), 2147483647);
        QCOMPARE(query.value(4).typeId(), QMetaType::LongLong);
        QCOMPARE(query.value(4).toLongLong(), Q_INT64_C(9223372036854775807));
        QCOMPARE(query.value(5).toString(), u"Wanjiru ñ ✓"_s);
        for (int column : {6, 7, 8}) {
            QVERIFY(query.isNull(column));
            QVERIFY(query.value(column).isNull());
        }
        QVERIFY(!query.isNull(5));
        QCOMPARE(query.value(9).toString(), u"1.50"_s); // other types: their text
        QVERIFY(!query.value(10).isValid());            // no such column
        QVERIFY(!query.next());
    }

    void parametersBindTextNullAndUtf8()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        LibpqQuery query(db.connectionName(), "SELECT $1::text IS NULL, $2::integer + 1, length($3::text), $3::text");
        query.addBindValue(QString());
        query.addBindValue(41);
        query.addBindValue(u"Zürich ✓"_s);
        QVERIFY2(query.exec(), qPrintable(query.errorMessage()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toBool(), true);
        QCOMPARE(query.value(1).toInt(), 42);
        QCOMPARE(query.value(2).toInt(), 8); // characters, not bytes: the text went as UTF-8
        QCOMPARE(query.value(3).toString(), u"Zürich ✓"_s);
    }

    void errorsCarryTheirSqlStateAndMessage()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        LibpqQuery missing(db.connectionName(), "SELECT * FROM no_such_table");
        QVERIFY(!missing.exec());
        QCOMPARE(missing.lastError().nativeErrorCode(), u"42P01"_s);
        QVERIFY(missing.errorMessage().contains(u"no_such_table"_s));
        QCOMPARE(missing.failure(), Failure::Error);
        QVERIFY(!missing.next());

        LibpqQuery refused(db.connectionName(), "SELECT quotadesk.require_staff(NULL)");
        QVERIFY(!refused.exec());
        QVERIFY(!refused.lastError().nativeErrorCode().isEmpty());

        LibpqQuery nowhere(u"no-such-connection"_s, "SELECT 1");
        QVERIFY(!nowhere.exec());
        QCOMPARE(nowhere.lastError().type(), QSqlError::ConnectionError);
    }

    // Last: it makes this thread keep its statements, as the REST server's workers do.
    void keptStatementsArePreparedOnceAndPreparedAgainWhenLost()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        StatementCache::keepForThisThread();
        const QByteArray sql = "SELECT $1::integer * 2";
        for (int i = 1; i <= 3; ++i) {
            LibpqQuery query(db.connectionName(), sql);
            query.addBindValue(i);
            QVERIFY2(query.exec(), qPrintable(query.errorMessage()));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 2 * i);
        }
        QCOMPARE(keptStatements(db), 1); // prepared once, bound three times

        // The session loses it (DISCARD ALL, a pooler's reset): prepared again, no error.
        QVERIFY(db.exec(u"DEALLOCATE ALL"_s).isEmpty());
        QCOMPARE(keptStatements(db), 0);
        LibpqQuery again(db.connectionName(), sql);
        again.addBindValue(5);
        QVERIFY2(again.exec(), qPrintable(again.errorMessage()));
        QVERIFY(again.next());
        QCOMPARE(again.value(0).toInt(), 10);
        QCOMPARE(keptStatements(db), 1);

        // Failures of the statement's run keep it: no new statement per failed request.
        for (int i = 0; i < 3; ++i) {
            LibpqQuery dividing(db.connectionName(), "SELECT 1 / $1::integer");
            dividing.addBindValue(0);
            QVERIFY(!dividing.exec());
            QCOMPARE(dividing.lastError().nativeErrorCode(), u"22012"_s);
        }
        QCOMPARE(keptStatements(db), 2);

        // A reopened connection (a new session): prepared there too.
        DatabaseConnector::close(db.connectionName());
        QVERIFY(db.openConnection(db.connectionName()).ok());
        QCOMPARE(keptStatements(db), 0);
        LibpqQuery reopened(db.connectionName(), sql);
        reopened.addBindValue(6);
        QVERIFY2(reopened.exec(), qPrintable(reopened.errorMessage()));
        QVERIFY(reopened.next());
        QCOMPARE(reopened.value(0).toInt(), 12);
        QCOMPARE(keptStatements(db), 1);

        // A result type changed under a kept statement (a migration replaced a view):
        // prepared again, the old one deallocated.
        QVERIFY(db.exec(u"CREATE VIEW lq_shape AS SELECT 1::integer AS a"_s).isEmpty());
        const QByteArray shaped = "SELECT * FROM lq_shape WHERE $1::integer IS NOT NULL";
        {
            LibpqQuery before(db.connectionName(), shaped);
            before.addBindValue(1);
            QVERIFY2(before.exec(), qPrintable(before.errorMessage()));
        }
        QCOMPARE(keptStatements(db), 2);
        QVERIFY(db.exec(u"CREATE OR REPLACE VIEW lq_shape AS SELECT 1::integer AS a, 'two'::text AS b"_s).isEmpty());
        LibpqQuery after(db.connectionName(), shaped);
        after.addBindValue(1);
        QVERIFY2(after.exec(), qPrintable(after.errorMessage()));
        QVERIFY(after.next());
        QCOMPARE(after.value(1).toString(), u"two"_s);
        QCOMPARE(keptStatements(db), 2);
    }
};

QTEST_GUILESS_MAIN(TestLibpqQuery)
#include "tst_libpq_query.moc"
