// The tamper-evident audit chain (every kind of tampering found, nothing found on an
// honest trail) and exactly-once admin actions (replay, race, a reused id refused).

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include "audit/ActionId.h"
#include "audit/AdminActions.h"
#include "audit/AuditChain.h"
#include "cache/CacheService.h"
#include "db/Migrator.h"
#include "db/SqlError.h"
#include "quota/QuotaService.h"
#include "CacheTestData.h"
#include "QuotactlProcess.h"
#include "TestDatabase.h"

using namespace CacheTest;
using namespace Qt::StringLiterals;
using Run = QuotactlRun;

class TestAudit : public QObject
{
    Q_OBJECT

private:
    struct World
    {
        int staff = 0;
        int other = 0; // a second staff account, whose rows go with it
        int user = 0;
    };

    // Staff, a user with cache rows, and one of each admin action (two clean-up batches).
    static World actOnce(const TestDatabase &db)
    {
        World w;
        w.staff = addStaff(db);
        w.other = addStaff(db, QStringLiteral("other-staff@example.com"));
        w.user = addUser(db, {QStringLiteral("u@example.com"), QStringLiteral("pro")});
        db.exec(QStringLiteral("INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at) "
                               "SELECT 'old_' || g, 'content', '\"x\"', ?, now() AT TIME ZONE 'UTC' - interval '1 day' FROM generate_series(1, 15) g"),
                {w.user});
        db.exec(QStringLiteral("INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at) "
                               "VALUES ('mine', 'session', '\"y\"', ?, NULL), ('k ü ✓', 'content', '\"z\"', ?, NULL)"),
                {w.user, w.user});
        const QuotaService quota(db.connectionName());
        const CacheService cache(db.connectionName());
        quota.reset({w.user}, QStringLiteral("daily"), QStringLiteral("support ticket #1 — ü"), w.staff);
        quota.reset({w.user}, QStringLiteral("monthly"), QStringLiteral("by the other"), w.other);
        cache.cleanupExpired(w.staff, 10);
        cache.remove(w.staff, QStringLiteral("k ü ✓"), QStringLiteral("content"), w.user);
        cache.warmup(w.staff, QJsonObject{{QStringLiteral("greeting"), QStringLiteral("Hello")}});
        cache.cleanupUser(w.staff, w.user);
        return w;
    }

    static Result<AuditVerification> verify(const TestDatabase &db) { return AuditChain(db.connectionName()).verify(); }

    static QString firstProblem(const AuditVerification &v)
    {
        return v.problems.isEmpty() ? QString() : AuditProblem::kindName(v.problems.first().kind) + u' ' + QString::number(v.problems.first().auditLogId);
    }

private slots:
    void anHonestTrailIsIntactAndEveryRowIsALink()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        actOnce(db);
        const int rows = auditRows(db);
        QCOMPARE(rows, 7); // 2 resets, 2 clean-up batches, delete, warm-up, user clean-up
        const auto result = verify(db);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QVERIFY2(result->intact(), qPrintable(firstProblem(*result)));
        QCOMPARE(result->links, qint64(rows));
        QCOMPARE(result->head.size(), 64);
        // The hash the client computes is the one the database stored.
        QCOMPARE(QString::fromLatin1(result->head), db.scalar(QStringLiteral("SELECT encode(hash, 'hex') FROM quotadesk.audit_chain ORDER BY seq DESC LIMIT 1")).toString());
        // Every audit row names its action; each action's rows are its links.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM admin_action_logs a JOIN quotadesk.audit_chain c ON c.audit_log_id = a.id "
                                          "WHERE c.action_id::text = a.details->>'action_id'")).toInt(), rows);
    }

    void rowsWrittenBeforeTheChainAreAdopted()
    {
        TestDatabase db(TestDatabase::Schema::Empty);
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QFile upstream(testDataPath(QStringLiteral("upstream_schema.sql")));
        QVERIFY(upstream.open(QIODevice::ReadOnly));
        QCOMPARE(db.exec(QString::fromUtf8(upstream.readAll())), QString());
        QCOMPARE(db.exec(QStringLiteral("INSERT INTO users (email, full_name, hashed_password, referral_code, is_admin) VALUES ('s@example.com', 'S', 'x', 'S0000001', true);"
                                        "INSERT INTO admin_action_logs (admin_user_id, action, details, created_at) VALUES "
                                        " (1, 'legacy.action', '{\"a\": 1}', '2019-05-01 10:00:00.123456'), (1, 'legacy.other', NULL, now())")),
                 QString());
        const auto migrated = Migrator(db.connectionName()).migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
        const auto result = verify(db);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QVERIFY2(result->intact(), qPrintable(firstProblem(*result)));
        QCOMPARE(result->links, 2);
    }

    void everyKindOfTamperingIsFound_data()
    {
        QTest::addColumn<QString>("tamper");    // %1 the audit row, %2 the other staff account
        QTest::addColumn<QString>("kind");      // of the first problem
        QTest::addColumn<QString>("firstRow");  // "target" = the row tampered with, "none" = no row id
        QTest::newRow("details changed") << QStringLiteral("UPDATE admin_action_logs SET details = details || '{\"reason\": \"nothing\"}' WHERE id = %1")
                                         << QStringLiteral("changed") << QStringLiteral("target");
        QTest::newRow("time changed by a microsecond")
            << QStringLiteral("UPDATE admin_action_logs SET created_at = created_at + interval '1 microsecond' WHERE id = %1")
            << QStringLiteral("changed") << QStringLiteral("target");
        QTest::newRow("staff changed") << QStringLiteral("UPDATE admin_action_logs SET admin_user_id = %2 WHERE id = %1")
                                       << QStringLiteral("changed") << QStringLiteral("target");
        QTest::newRow("row deleted") << QStringLiteral("DELETE FROM admin_action_logs WHERE id = %1") << QStringLiteral("deleted")
                                     << QStringLiteral("target");
        QTest::newRow("row inserted outside Quotadesk")
            << QStringLiteral("INSERT INTO admin_action_logs (id, admin_user_id, action) VALUES (%1 + 1000, %2, 'forged')")
            << QStringLiteral("inserted") << QStringLiteral("inserted");
        QTest::newRow("staff account deleted: ON DELETE CASCADE")
            << QStringLiteral("DELETE FROM quotadesk.quota_resets WHERE reset_by = %2; DELETE FROM users WHERE id = %2")
            << QStringLiteral("deleted") << QStringLiteral("other");
        // The chain itself, by a superuser who switched its triggers off.
        QTest::newRow("link rewritten") << QStringLiteral("SET session_replication_role = replica; "
                                                          "UPDATE quotadesk.audit_chain SET content = replace(content, 'ticket', 'tricket') WHERE audit_log_id = %1; "
                                                          "RESET session_replication_role")
                                        << QStringLiteral("broken_link") << QStringLiteral("target");
        QTest::newRow("link and row removed together")
            << QStringLiteral("SET session_replication_role = replica; DELETE FROM quotadesk.audit_chain WHERE audit_log_id = %1; "
                              "DELETE FROM admin_action_logs WHERE id = %1; RESET session_replication_role")
            << QStringLiteral("broken_link") << QStringLiteral("none");
    }
    void everyKindOfTamperingIsFound()
    {
        QFETCH(QString, tamper);
        QFETCH(QString, kind);
        QFETCH(QString, firstRow);
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const World w = actOnce(db);
        QVERIFY(verify(db)->intact());
        // The first reset's row: the earliest.
        const qint64 target = db.scalar(QStringLiteral("SELECT min(id) FROM admin_action_logs")).toLongLong();
        const qint64 others = db.scalar(QStringLiteral("SELECT min(id) FROM admin_action_logs WHERE admin_user_id = ?"), {w.other}).toLongLong();
        QCOMPARE(db.exec(QString(tamper).replace(u"%1"_s, QString::number(target)).replace(u"%2"_s, QString::number(w.other))), QString());

        const auto result = verify(db);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QVERIFY(!result->intact());
        QVERIFY(result->problemCount >= 1);
        const AuditProblem &first = result->problems.first();
        QCOMPARE(AuditProblem::kindName(first.kind), kind);
        const qint64 expectedRow = firstRow == QLatin1String("target") ? target
                                 : firstRow == QLatin1String("inserted") ? target + 1000
                                 : firstRow == QLatin1String("other") ? others
                                                                       : 0;
        QVERIFY2(first.auditLogId == expectedRow, qPrintable(first.message));
        QVERIFY(!first.message.isEmpty());
    }

    void theChainRefusesChangesEvenFromSuperusers()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        actOnce(db);
        for (const QString &sql : {QStringLiteral("UPDATE quotadesk.audit_chain SET content = 'x'"), QStringLiteral("DELETE FROM quotadesk.audit_chain"),
                                   QStringLiteral("TRUNCATE quotadesk.audit_chain")}) {
            const QString error = db.exec(sql);
            QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(sql + u": " + error));
        }
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM quotadesk.audit_chain")).toInt(), 7);
        // And no function updates an audit row: the owner lost UPDATE on the table.
        QCOMPARE(db.scalar(QStringLiteral("SELECT has_table_privilege('quotadesk_owner', 'public.admin_action_logs', 'UPDATE')")).toBool(), false);
    }

    void aReplayedActionActsOnceAndReturnsTheFirstOutcome()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int staff = addStaff(db);
        const int user = addUser(db, {QStringLiteral("u@example.com"), QStringLiteral("pro")});
        const QuotaService quota(db.connectionName());
        const CacheService cache(db.connectionName());

        const QUuid reset = QUuid::createUuid();
        const auto first = quota.reset({user}, QStringLiteral("daily"), QStringLiteral("why"), staff, {}, reset);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        const auto again = quota.reset({user}, QStringLiteral("daily"), QStringLiteral("why"), staff, {}, reset);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again.value(), first.value());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM quotadesk.quota_resets")).toInt(), 1);
        QCOMPARE(auditRows(db), 1);

        // Delete: a row put back after the first call is not deleted by the replay.
        db.exec(QStringLiteral("INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id) VALUES ('k', 'content', '\"1\"', ?)"), {user});
        const QUuid remove = QUuid::createUuid();
        QCOMPARE(cache.remove(staff, QStringLiteral("k"), QStringLiteral("content"), user, remove).value(), 1);
        db.exec(QStringLiteral("INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id) VALUES ('k', 'content', '\"2\"', ?)"), {user});
        QCOMPARE(cache.remove(staff, QStringLiteral("k"), QStringLiteral("content"), user, remove).value(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache WHERE cache_key = 'k'")).toInt(), 1);

        // Clean-up: every batch replays; a row expired since is left for a new action.
        db.exec(QStringLiteral("INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at) "
                               "SELECT 'old_' || g, 'content', '\"x\"', ?, now() AT TIME ZONE 'UTC' - interval '1 day' FROM generate_series(1, 25) g"),
                {user});
        const QUuid cleanup = QUuid::createUuid();
        const auto cleaned = cache.cleanupExpired(staff, 10, {}, {}, cleanup);
        QVERIFY2(cleaned.ok(), qPrintable(cleaned.error()));
        QCOMPARE(cleaned->deleted, 25);
        const int auditedBefore = auditRows(db);
        db.exec(QStringLiteral("INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at) "
                               "VALUES ('late', 'content', '\"x\"', ?, now() AT TIME ZONE 'UTC' - interval '1 day')"),
                {user});
        const auto replayed = cache.cleanupExpired(staff, 10, {}, {}, cleanup);
        QVERIFY2(replayed.ok(), qPrintable(replayed.error()));
        QCOMPARE(replayed->deleted, 25);
        QCOMPARE(replayed->batches, cleaned->batches);
        QCOMPARE(replayed->auditLogId, cleaned->auditLogId);
        QCOMPARE(auditRows(db), auditedBefore);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache WHERE cache_key = 'late'")).toInt(), 1);

        // Warm-up and user clean-up alike.
        const QUuid warm = QUuid::createUuid();
        const QJsonObject prompts{{QStringLiteral("greeting"), QStringLiteral("Hello")}};
        QCOMPARE(cache.warmup(staff, prompts, warm)->inserted, 1);
        QCOMPARE(cache.warmup(staff, prompts, warm)->inserted, 1); // the first outcome, not "unchanged"
        const QUuid userCleanup = QUuid::createUuid();
        QCOMPARE(cache.cleanupUser(staff, user, userCleanup).value(), 2); // 'k' and 'late'
        db.exec(QStringLiteral("INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id) VALUES ('new', 'content', '\"1\"', ?)"), {user});
        QCOMPARE(cache.cleanupUser(staff, user, userCleanup).value(), 2);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache WHERE cache_key = 'new'")).toInt(), 1);

        // What the database recorded of it.
        const auto record = AdminActions(db.connectionName()).find(cleanup);
        QVERIFY2(record.ok(), qPrintable(record.error()));
        QVERIFY(record->has_value());
        QCOMPARE((*record)->kind, QStringLiteral("cache.cleanup_expired"));
        QCOMPARE((*record)->staffId, staff);
        QCOMPARE((*record)->steps, 3);
        QCOMPARE((*record)->outcome.value(QStringLiteral("total_deleted")).toInteger(), 25);
        QCOMPARE((*record)->auditLogIds.size(), 3);
        const auto never = AdminActions(db.connectionName()).find(QUuid::createUuid());
        QVERIFY(never.ok() && !never->has_value());
        QVERIFY(verify(db)->intact());
    }

    void anActionIdUsedForAnotherRequestIsRefused()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int staff = addStaff(db);
        const int user = addUser(db, {QStringLiteral("u@example.com"), QStringLiteral("pro")});
        const QuotaService quota(db.connectionName());
        const QUuid id = QUuid::createUuid();
        QVERIFY(quota.reset({user}, QStringLiteral("daily"), QStringLiteral("why"), staff, {}, id).ok());
        const auto other = quota.reset({user}, QStringLiteral("monthly"), QStringLiteral("why"), staff, {}, id);
        QVERIFY(!other.ok());
        QVERIFY2(other.error().contains(ActionId::text(id)) && other.error().contains(QLatin1String("another request")), qPrintable(other.error()));
        const auto cleanup = CacheService(db.connectionName()).cleanupUser(staff, user, id);
        QVERIFY(!cleanup.ok());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM quotadesk.quota_resets")).toInt(), 1);
        QCOMPARE(auditRows(db), 1);
    }

    void racingCallsWithOneIdGiveOneEffect()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int staff = addStaff(db);
        const int user = addUser(db, {QStringLiteral("u@example.com"), QStringLiteral("pro")});
        const QUuid id = QUuid::createUuid();
        QMutex mutex;
        QSet<qint64> outcomes;
        const QStringList errors = runConcurrently(db, 8, [&](const QString &connection, int) {
            const auto done = QuotaService(connection).reset({user}, QStringLiteral("hourly"), QStringLiteral("race"), staff, {}, id);
            if (!done)
                return done.error();
            const QMutexLocker lock(&mutex);
            outcomes.insert(done->value(0));
            return QString();
        });
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM quotadesk.quota_resets")).toInt(), 1);
        QCOMPARE(auditRows(db), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM quotadesk.audit_chain")).toInt(), 1);

        // Different ids racing: every one acts, and the chain stays one line.
        const QStringList many = runConcurrently(db, 8, [&](const QString &connection, int) {
            const auto done = QuotaService(connection).reset({user}, QStringLiteral("hourly"), QStringLiteral("race"), staff);
            return done ? QString() : done.error();
        });
        QVERIFY2(many.isEmpty(), qPrintable(many.join(u'\n')));
        QCOMPARE(auditRows(db), 9);
        const auto result = verify(db);
        QVERIFY2(result->intact(), qPrintable(firstProblem(*result)));
        QCOMPARE(result->links, 9);
    }

    void quotactlVerifiesAndLooksActionsUp()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const World w = actOnce(db);
        Run run = quotactl({QStringLiteral("audit"), QStringLiteral("verify")}, db.conninfo());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("Audit trail intact: 7 audit rows")), qPrintable(run.out));

        // --action-id: the same id twice resets once and prints the same.
        const QString id = ActionId::text(QUuid::createUuid());
        const QStringList reset{QStringLiteral("reset"), QString::number(w.user), QStringLiteral("--period"), QStringLiteral("hourly"),
                                QStringLiteral("--reason"), QStringLiteral("cli"), QStringLiteral("--as"), QString::number(w.staff),
                                QStringLiteral("--action-id"), id, QStringLiteral("--json")};
        const Run first = quotactl(reset, db.conninfo());
        QCOMPARE(first.exitCode, 0);
        const Run second = quotactl(reset, db.conninfo());
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.out, first.out);
        QCOMPARE(QJsonDocument::fromJson(first.out.toUtf8()).object().value(QStringLiteral("action_id")).toString(), id);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM quotadesk.quota_resets WHERE period = 'hourly'")).toInt(), 1);

        run = quotactl({QStringLiteral("action"), id, QStringLiteral("--json")}, db.conninfo());
        QCOMPARE(run.exitCode, 0);
        const QJsonObject action = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(action.value(QStringLiteral("applied")).toBool(), true);
        QCOMPARE(action.value(QStringLiteral("kind")).toString(), QStringLiteral("quota.reset"));
        QCOMPARE(action.value(QStringLiteral("staff_user_id")).toInt(), w.staff);
        QCOMPARE(action.value(QStringLiteral("audit_log_ids")).toArray().size(), 1);
        run = quotactl({QStringLiteral("action"), ActionId::text(QUuid::createUuid())}, db.conninfo());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("was never applied")), qPrintable(run.out));
        run = quotactl({QStringLiteral("reset"), QString::number(w.user), QStringLiteral("--period"), QStringLiteral("daily"), QStringLiteral("--reason"),
                        QStringLiteral("x"), QStringLiteral("--as"), QString::number(w.staff), QStringLiteral("--action-id"), QStringLiteral("not-a-uuid")},
                       db.conninfo());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--action-id must be a UUID")), qPrintable(run.err));

        // Tampered: exit 1, naming the first row.
        const qint64 target = db.scalar(QStringLiteral("SELECT min(id) FROM admin_action_logs")).toLongLong();
        QCOMPARE(db.exec(QStringLiteral("UPDATE admin_action_logs SET details = '{}' WHERE id = ?"), {target}), QString());
        run = quotactl({QStringLiteral("audit"), QStringLiteral("verify")}, db.conninfo());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("First: Audit row #%1 was changed after it was written.").arg(target)), qPrintable(run.out));
        run = quotactl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")}, db.conninfo());
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("intact")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("problem_count")).toInteger(), 1);
        QCOMPARE(json.value(QStringLiteral("problems")).toArray().first().toObject().value(QStringLiteral("audit_log_id")).toInteger(), target);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
