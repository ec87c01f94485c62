// Audited admin actions on the cache: delete, expired-row clean-up in batches, clean-up of
// one user, warm-up; refusal of non-staff with nothing changed.
#include <QAtomicInt>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "cache/CacheService.h"
#include "cache/PromptSet.h"
#include "CacheTestData.h"
#include "db/SqlTime.h"
#include "TestDatabase.h"

using namespace CacheTest;

class TestCacheAdmin final : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_at = utc("2030-03-15T10:20:00Z");

    static QJsonObject auditDetails(const TestDatabase &db, const QString &action)
    {
        return QJsonDocument::fromJson(db.scalar(QStringLiteral("SELECT details::text FROM admin_action_logs WHERE action = ? ORDER BY id DESC LIMIT 1"),
                                                 {action})
                                           .toString()
                                           .toUtf8())
            .object();
    }

    // `expired` rows already expired at m_at (one exactly at m_at), `live` rows still valid,
    // `system` permanent rows. Returns the error, empty on success.
    static QString seedExpiry(const TestDatabase &db, int user, int expired, int live, int system)
    {
        QString error = db.exec(QStringLiteral(
            "INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at, created_at)"
            " SELECT 'old_' || g, 'session', '{}', ?, '2030-03-15 10:20:00'::timestamp - (g - 1) * interval '1 minute',"
            "        '2030-03-15 08:00' FROM generate_series(1, ?) g"),
            {user, expired});
        if (error.isEmpty())
            error = db.exec(QStringLiteral(
                "INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at, created_at)"
                " SELECT 'live_' || g, 'content', '{}', ?, '2030-03-15 10:20:00.001'::timestamp + g * interval '1 minute',"
                "        '2030-03-15 10:00' FROM generate_series(1, ?) g"),
                {user, live});
        if (error.isEmpty())
            error = db.exec(QStringLiteral(
                "INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at)"
                " SELECT 'sys_' || g, 'system', '\"p\"', NULL, NULL FROM generate_series(1, ?) g"),
                {system});
        return error;
    }

    static QString survivorIds(const TestDatabase &db)
    {
        return db.scalar(QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY id) FROM ai_cache")).toString();
    }

    static QString liveIds(const TestDatabase &db, const QDateTime &at)
    {
        return db.scalar(QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY id) FROM ai_cache "
                                        "WHERE expires_at IS NULL OR expires_at > ?::timestamp"),
                         {SqlTime::bind(at)})
            .toString();
    }

private slots:
    void cleanupDeletesExactlyTheExpiredRowsInBatches_data()
    {
        QTest::addColumn<int>("expired");
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<int>("batches");
        QTest::newRow("1234 rows, batches of 100") << 1234 << 100 << 13;
        QTest::newRow("exact multiple ends with an empty batch") << 200 << 100 << 3;
        QTest::newRow("one batch") << 50 << 5000 << 1;
        QTest::newRow("nothing expired") << 0 << 100 << 1;
    }
    void cleanupDeletesExactlyTheExpiredRowsInBatches()
    {
        QFETCH(int, expired);
        QFETCH(int, batchSize);
        QFETCH(int, batches);
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int staff = addStaff(db);
        const int user = addUser(db, {QStringLiteral("u@example.com"), QStringLiteral("pro")});
        QCOMPARE(seedExpiry(db, user, expired, 300, 5), QString());
        const QString survivors = liveIds(db, m_at);
        const CacheService cache(db.connectionName());

        const auto count = cache.countExpired(m_at);
        QVERIFY2(count.ok(), qPrintable(count.error()));
        QCOMPARE(count.value(), qint64(expired));

        QList<qint64> progress;
        const auto report = cache.cleanupExpired(staff, batchSize, m_at, [&progress](qint64 soFar) {
            progress << soFar;
            return true;
        });
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->deleted, qint64(expired));
        QCOMPARE(report->batches, batches);
        QVERIFY(!report->cancelled);
        QCOMPARE(progress.size(), batches);
        QCOMPARE(progress.constLast(), qint64(expired));
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));

        QCOMPARE(survivorIds(db), survivors);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache")).toInt(), 305);
        QCOMPARE(cache.countExpired(m_at).value(), 0);

        // One audit row per committed batch that deleted (the first always), never updated
        // after: under one action id, adding up to the rows deleted.
        const int auditedBatches = expired == 0 ? 1 : (expired + batchSize - 1) / batchSize;
        QCOMPARE(auditRows(db), auditedBatches);
        QCOMPARE(auditRows(db, QStringLiteral("cache.cleanup_expired")), auditedBatches);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM admin_action_logs WHERE admin_user_id <> ?"), {staff}).toInt(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT min(id) FROM admin_action_logs")).toLongLong(), report->auditLogId);
        QCOMPARE(db.scalar(QStringLiteral("SELECT sum((details->>'deleted')::bigint) FROM admin_action_logs")).toLongLong(), qint64(expired));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM admin_action_logs WHERE details->>'action_id' = ?"),
                           {report->actionId.toString(QUuid::WithoutBraces)}).toInt(), auditedBatches);
        const QJsonObject details = auditDetails(db, QStringLiteral("cache.cleanup_expired"));
        QCOMPARE(details.value(QStringLiteral("total_deleted")).toInteger(), qint64(expired));
        QCOMPARE(details.value(QStringLiteral("batch")).toInt(), auditedBatches);
        QCOMPARE(details.value(QStringLiteral("batch_size")).toInt(), batchSize);
        QCOMPARE(details.value(QStringLiteral("expired_before")).toString(), QStringLiteral("2030-03-15T10:20:00Z"));
    }

    void cancellingKeepsTheAuditEqualToWhatWasDeleted()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int staff = addStaff(db);
        const int user = addUser(db, {QStringLiteral("u@example.com"), QStringLiteral("pro")});
        QCOMPARE(seedExpiry(db, user, 1000, 10, 0), QString());
        // A second connection sees only what each batch committed.
        const QString observer = QStringLiteral("observer-") + db.name();
        QVERIFY(db.openConnection(observer));
        const CacheService cache(db.connectionName());

        QStringList mismatches;
        const auto report = cache.cleanupExpired(staff, 100, m_at, [&](qint64 soFar) {
            QSqlQuery q(QSqlDatabase::database(observer, false));
            q.exec(QStringLiteral("SELECT (SELECT sum((details->>'deleted')::bigint) FROM admin_action_logs WHERE action = 'cache.cleanup_expired'),"
                                  "       (SELECT count(*) FROM ai_cache WHERE cache_key LIKE 'old\\_%')"));
            q.next();
            if (q.value(0).toLongLong() != soFar || q.value(1).toLongLong() != 1000 - soFar)
                mismatches << QStringLiteral("after %1: audit says %2, %3 expired rows left")
                                  .arg(soFar).arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong());
            return soFar < 300;
        });
        DatabaseConnector::close(observer);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
        QVERIFY(report->cancelled);
        QCOMPARE(report->deleted, 300);
        QCOMPARE(report->batches, 3);
        QCOMPARE(auditDetails(db, QStringLiteral("cache.cleanup_expired")).value(QStringLiteral("total_deleted")).toInteger(), 300);
        QCOMPARE(cache.countExpired(m_at).value(), 700);
        QCOMPARE(auditRows(db), 3);

        // A later run (a new action) finishes the job with its own audit row.
        const auto rest = cache.cleanupExpired(staff, 5000, m_at);
        QVERIFY2(rest.ok(), qPrintable(rest.error()));
        QCOMPARE(rest->deleted, 700);
        QVERIFY(rest->actionId != report->actionId);
        QCOMPARE(auditRows(db, QStringLiteral("cache.cleanup_expired")), 4);
        QCOMPARE(db.scalar(QStringLiteral("SELECT sum((details->>'deleted')::bigint) FROM admin_action_logs")).toLongLong(), 1000);
    }

    void cleanupRefusesABadBatchSize()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int staff = addStaff(db);
        const auto report = CacheService(db.connectionName()).cleanupExpired(staff, 0, m_at);
        QVERIFY(!report.ok());
        QVERIFY2(report.error().contains(QLatin1String("batch size")), qPrintable(report.error()));
        QCOMPARE(auditRows(db), 0);
    }

    void cleanupUserLeavesSystemRowsAndOtherUsers()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int staff = addStaff(db);
        const int alice = addUser(db, {QStringLiteral("alice@example.com"), QStringLiteral("pro")});
        const int bob = addUser(db, {QStringLiteral("bob@example.com"), QStringLiteral("pro")});
        QCOMPARE(db.exec(QStringLiteral(
                     "INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at) VALUES"
                     " ('a1', 'session', '{}', ?, '2030-03-15 11:00'), ('a2', 'content', '{}', ?, '2030-03-15 11:00'),"
                     " ('a3', 'extraction', '{}', ?, '2020-01-01'),"          // expired: goes too
                     " ('a4', 'system', '\"odd\"', ?, NULL),"                 // a system row with a user: stays
                     " ('b1', 'session', '{}', ?, '2030-03-15 11:00'), ('a1', 'session', '{}', ?, '2030-03-15 11:00'),"
                     " ('p', 'system', '\"shared\"', NULL, NULL)"),
                         {alice, alice, alice, alice, bob, bob}),
                 QString());
        const QString before = db.scalar(QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY id) FROM ai_cache WHERE user_id IS DISTINCT FROM ? OR cache_type = 'system'"),
                                         {alice})
                                   .toString();

        const auto deleted = CacheService(db.connectionName()).cleanupUser(staff, alice);
        QVERIFY2(deleted.ok(), qPrintable(deleted.error()));
        QCOMPARE(deleted.value(), 3);
        QCOMPARE(survivorIds(db), before);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache")).toInt(), 4);

        QCOMPARE(auditRows(db, QStringLiteral("cache.cleanup_user")), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT target_type || ':' || target_id FROM admin_action_logs")).toString(),
                 QStringLiteral("user:%1").arg(alice));
        const QJsonObject details = auditDetails(db, QStringLiteral("cache.cleanup_user"));
        QCOMPARE(details.value(QStringLiteral("deleted")).toInt(), 3);
        QCOMPARE(details.value(QStringLiteral("email")).toString(), QStringLiteral("alice@example.com"));
        QCOMPARE(details.value(QStringLiteral("by_type")).toObject().value(QStringLiteral("content")).toInt(), 1);

        // Nothing left to clean is still an audited action; an unknown user is an error.
        QCOMPARE(CacheService(db.connectionName()).cleanupUser(staff, alice).value(), 0);
        QCOMPARE(auditRows(db, QStringLiteral("cache.cleanup_user")), 2);
        const auto unknown = CacheService(db.connectionName()).cleanupUser(staff, 777777);
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().contains(QLatin1String("No user with id 777777")), qPrintable(unknown.error()));
        QCOMPARE(auditRows(db), 2);
    }

    // The confirmation counted; a row added before the deletion runs was not asked about
    // and stays; a counted row someone else deleted meanwhile is simply not counted twice.
    void deletionsTakeOnlyWhatTheirConfirmationCounted()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int staff = addStaff(db);
        const int alice = addUser(db, {QStringLiteral("alice@example.com"), QStringLiteral("pro")});
        QCOMPARE(db.exec(QStringLiteral("INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at) VALUES"
                                        " ('a1', 'session', '{}', ?, '2030-03-15 11:00'), ('a2', 'content', '{}', ?, '2030-03-15 11:00'),"
                                        " ('k', 'system', '\"s\"', NULL, NULL), ('k', 'session', '{}', ?, '2030-03-15 11:00')"),
                         {alice, alice, alice}),
                 QString());
        CacheService cache(db.connectionName());

        const auto userCount = cache.countUserEntries(alice);
        QVERIFY2(userCount.ok(), qPrintable(userCount.error()));
        QCOMPARE(userCount->rows, 3);
        QCOMPARE(userCount->maxId, db.scalar(QStringLiteral("SELECT max(id) FROM ai_cache")).toLongLong());
        QCOMPARE(db.exec(QStringLiteral("INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at)"
                                        " VALUES ('late', 'session', '{}', ?, '2030-03-15 11:00');"
                                        "DELETE FROM ai_cache WHERE cache_key = 'a2'"),
                         {alice}),
                 QString());
        const auto cleaned = cache.cleanupUser(staff, alice, {}, userCount->maxId);
        QVERIFY2(cleaned.ok(), qPrintable(cleaned.error()));
        QCOMPARE(cleaned.value(), 2); // a1 and k; a2 was gone already
        QCOMPARE(db.scalar(QStringLiteral("SELECT string_agg(cache_key, ',' ORDER BY id) FROM ai_cache")).toString(), QStringLiteral("k,late"));
        QCOMPARE(auditDetails(db, QStringLiteral("cache.cleanup_user")).value(QStringLiteral("max_id")).toInteger(), userCount->maxId);

        const auto keyCount = cache.countMatching(QStringLiteral("late"), QString(), {});
        QVERIFY2(keyCount.ok(), qPrintable(keyCount.error()));
        QCOMPARE(keyCount->rows, 1);
        QCOMPARE(db.exec(QStringLiteral("INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at)"
                                        " VALUES ('late', 'content', '{}', ?, '2030-03-15 11:00')"),
                         {alice}),
                 QString());
        QCOMPARE(cache.remove(staff, QStringLiteral("late"), QString(), {}, {}, keyCount->maxId).value(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT cache_type FROM ai_cache WHERE cache_key = 'late'")).toString(), QStringLiteral("content"));
    }

    void deleteRemovesWhatItNamesAndIsAudited_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("who"); // "", "alice"
        QTest::addColumn<QStringList>("gone");
        const QString k = QStringLiteral("k");
        QTest::newRow("session of alice") << QStringLiteral("session") << QStringLiteral("alice") << QStringList{QStringLiteral("alice-session")};
        QTest::newRow("every user's session") << QStringLiteral("session") << QString()
                                              << QStringList{QStringLiteral("alice-session"), QStringLiteral("bob-session")};
        QTest::newRow("system only") << QStringLiteral("system") << QStringLiteral("alice") << QStringList{QStringLiteral("system")};
        QTest::newRow("alice's rows of any type") << QString() << QStringLiteral("alice")
                                                  << QStringList{QStringLiteral("alice-content"), QStringLiteral("alice-session")};
        QTest::newRow("the key everywhere") << QString() << QString()
                                            << QStringList{QStringLiteral("alice-content"), QStringLiteral("alice-session"),
                                                           QStringLiteral("bob-session"), QStringLiteral("system")};
    }
    void deleteRemovesWhatItNamesAndIsAudited()
    {
        QFETCH(QString, type);
        QFETCH(QString, who);
        QFETCH(QStringList, gone);
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int staff = addStaff(db);
        const int alice = addUser(db, {QStringLiteral("alice@example.com"), QStringLiteral("pro")});
        const int bob = addUser(db, {QStringLiteral("bob@example.com"), QStringLiteral("pro")});
        // cache_metadata carries a label so the test can name rows.
        QCOMPARE(db.exec(QStringLiteral(
                     "INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, cache_metadata) VALUES"
                     " ('k', 'session', '{}', ?, '{\"label\": \"alice-session\"}'),"
                     " ('k', 'content', '{}', ?, '{\"label\": \"alice-content\"}'),"
                     " ('k', 'session', '{}', ?, '{\"label\": \"bob-session\"}'),"
                     " ('k', 'system', '{}', NULL, '{\"label\": \"system\"}'),"
                     " ('other', 'session', '{}', ?, '{\"label\": \"other-key\"}')"),
                         {alice, alice, bob, alice}),
                 QString());
        const std::optional<int> user = who.isEmpty() ? std::nullopt : std::optional<int>(alice);
        const CacheService cache(db.connectionName());

        QCOMPARE(cache.countMatching(QStringLiteral("k"), type, user).value().rows, qint64(gone.size()));
        const auto deleted = cache.remove(staff, QStringLiteral("k"), type, user);
        QVERIFY2(deleted.ok(), qPrintable(deleted.error()));
        QCOMPARE(deleted.value(), qint64(gone.size()));
        const QStringList left = db.scalar(QStringLiteral("SELECT string_agg(cache_metadata->>'label', ',' ORDER BY cache_metadata->>'label') FROM ai_cache"))
                                     .toString()
                                     .split(u',');
        for (const QString &label : gone)
            QVERIFY2(!left.contains(label), qPrintable(label));
        QCOMPARE(left.size(), 5 - gone.size());
        QVERIFY(left.contains(QStringLiteral("other-key")));

        QCOMPARE(auditRows(db), 1);
        QCOMPARE(auditRows(db, QStringLiteral("cache.delete")), 1);
        const QJsonObject details = auditDetails(db, QStringLiteral("cache.delete"));
        QCOMPARE(details.value(QStringLiteral("key")).toString(), QStringLiteral("k"));
        QCOMPARE(details.value(QStringLiteral("deleted")).toInt(), gone.size());
        QCOMPARE(details.value(QStringLiteral("ids")).toArray().size(), gone.size());
        QCOMPARE(details.value(QStringLiteral("type")).toString(), type);
        const QVariant target = db.scalar(QStringLiteral("SELECT target_id FROM admin_action_logs"));
        if (gone.size() == 1)
            QCOMPARE(target.toLongLong(), details.value(QStringLiteral("ids")).toArray().first().toInteger());
        else
            QVERIFY(target.isNull());
    }

    void deletingNothingIsAFailureWithoutAnAuditRow()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int staff = addStaff(db);
        const int user = addUser(db, {QStringLiteral("u@example.com"), QStringLiteral("pro")});
        QCOMPARE(db.exec(QStringLiteral("INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id) VALUES ('k', 'session', '{}', ?)"), {user}),
                 QString());
        const QString before = cacheFingerprint(db);
        const auto deleted = CacheService(db.connectionName()).remove(staff, QStringLiteral("k"), QStringLiteral("content"), user);
        QVERIFY(!deleted.ok());
        QVERIFY2(deleted.error().startsWith(QLatin1String("No cache entry matches key \"k\" of type content for user")), qPrintable(deleted.error()));
        QCOMPARE(cacheFingerprint(db), before);
        QCOMPARE(auditRows(db), 0);
    }

    void warmupInsertsUpdatesAndIsIdempotent()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int staff = addStaff(db);
        const CacheService cache(db.connectionName());
        QJsonObject prompts{{QStringLiteral("cv_drafting_system"), QStringLiteral("You are a CV writer.\nUse \"facts\" only; 100% true.")},
                            {QStringLiteral("job_extraction_system"), QStringLiteral("Extract jobs — précis, 東京 too.")},
                            {QStringLiteral("validation_system"), QStringLiteral("Validate.")}};

        const auto first = cache.warmup(staff, prompts);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->inserted, 3);
        QCOMPARE(first->updated, 0);
        QCOMPARE(first->unchanged, 0);
        QCOMPARE(first->duplicatesRemoved, 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache WHERE cache_type = 'system' AND user_id IS NULL AND expires_at IS NULL")).toInt(), 3);
        // Stored as the JSON encoding of the text, as to_jsonb(text)::text writes it.
        QCOMPARE(db.scalar(QStringLiteral("SELECT bool_and(cache_data = to_jsonb(cache_data::jsonb #>> '{}')::text) FROM ai_cache")).toBool(), true);
        for (auto it = prompts.constBegin(); it != prompts.constEnd(); ++it) {
            const auto got = cache.get(it.key(), QStringLiteral("system"), {}, m_at);
            QVERIFY(got.ok() && got->has_value());
            QVERIFY(got->value().dataIsJson);
            QCOMPARE(got->value().dataValue().toString(), it.value().toString());
        }

        const auto second = cache.warmup(staff, prompts);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(second->inserted, 0);
        QCOMPARE(second->updated, 0);
        QCOMPARE(second->unchanged, 3);

        prompts.insert(QStringLiteral("validation_system"), QStringLiteral("Validate strictly."));
        prompts.insert(QStringLiteral("cover_letter_system"), QStringLiteral("Write cover letters."));
        const auto third = cache.warmup(staff, prompts);
        QVERIFY2(third.ok(), qPrintable(third.error()));
        QCOMPARE(third->inserted, 1);
        QCOMPARE(third->updated, 1);
        QCOMPARE(third->unchanged, 2);
        QCOMPARE(cache.get(QStringLiteral("validation_system"), QStringLiteral("system"), {}, m_at)->value().dataValue().toString(),
                 QStringLiteral("Validate strictly."));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache")).toInt(), 4);

        QCOMPARE(auditRows(db, QStringLiteral("cache.warmup")), 3);
        const QJsonObject details = auditDetails(db, QStringLiteral("cache.warmup"));
        QCOMPARE(details.value(QStringLiteral("inserted")).toInt(), 1);
        QCOMPARE(details.value(QStringLiteral("updated")).toInt(), 1);
        QCOMPARE(details.value(QStringLiteral("unchanged")).toInt(), 2);
        QCOMPARE(details.value(QStringLiteral("keys")).toArray().size(), 4);
    }

    void warmupRemovesDuplicateSystemRows()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int staff = addStaff(db);
        QCOMPARE(db.exec(QStringLiteral(
                     "INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at) VALUES"
                     " ('cv_drafting_system', 'system', '\"old\"', NULL, NULL),"
                     " ('cv_drafting_system', 'system', '\"Draft CVs.\"', NULL, NULL),"
                     " ('cv_drafting_system', 'system', 'broken {', NULL, NULL),"
                     " ('job_extraction_system', 'system', '\"Extract.\"', NULL, NULL),"
                     " ('job_extraction_system', 'system', '\"Extract.\"', NULL, NULL)")),
                 QString());
        const qint64 lowestCv = db.scalar(QStringLiteral("SELECT min(id) FROM ai_cache WHERE cache_key = 'cv_drafting_system'")).toLongLong();

        const auto report = CacheService(db.connectionName())
                                .warmup(staff, {{QStringLiteral("cv_drafting_system"), QStringLiteral("Draft CVs.")},
                                                {QStringLiteral("job_extraction_system"), QStringLiteral("Extract.")}});
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->duplicatesRemoved, 3);
        QCOMPARE(report->updated, 1);   // the lowest id held "old"
        QCOMPARE(report->unchanged, 1);
        QCOMPARE(report->inserted, 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache")).toInt(), 2);
        QCOMPARE(db.scalar(QStringLiteral("SELECT id FROM ai_cache WHERE cache_key = 'cv_drafting_system'")).toLongLong(), lowestCv);
        QCOMPARE(db.scalar(QStringLiteral("SELECT cache_data FROM ai_cache WHERE cache_key = 'cv_drafting_system'")).toString(),
                 QStringLiteral("\"Draft CVs.\""));
        QCOMPARE(auditDetails(db, QStringLiteral("cache.warmup")).value(QStringLiteral("duplicates_removed")).toInt(), 3);
    }

    void racingWarmupsLeaveOneRowPerKey()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int staff = addStaff(db);
        QJsonObject prompts;
        for (int i = 0; i < 30; ++i)
            prompts.insert(QStringLiteral("prompt_%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("Prompt number %1.").arg(i));

        // One warm-up runs at a time: a racing one is refused at once (Busy) and tried again.
        QAtomicInt inserted;
        const QStringList errors = runConcurrently(db, 2, [&](const QString &connection, int) -> QString {
            const CacheService cache(connection);
            for (int round = 0; round < 5; ++round) {
                auto report = cache.warmup(staff, prompts);
                while (!report.ok() && report.why() == Failure::Busy) {
                    QThread::msleep(5);
                    report = cache.warmup(staff, prompts);
                }
                if (!report.ok())
                    return report.error();
                inserted.fetchAndAddRelaxed(report->inserted);
                if (report->inserted + report->updated + report->unchanged != 30)
                    return QStringLiteral("round %1 accounted for %2 keys").arg(round).arg(report->inserted + report->updated + report->unchanged);
            }
            return {};
        });
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(inserted.loadRelaxed(), 30);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache")).toInt(), 30);
        QCOMPARE(db.scalar(QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM ai_cache GROUP BY cache_key) c")).toInt(), 1);
        QCOMPARE(auditRows(db, QStringLiteral("cache.warmup")), 10);
    }

    void warmupAndSystemWritesRacingLeaveOneRowPerKey()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int staff = addStaff(db);
        QJsonObject prompts;
        for (int i = 0; i < 30; ++i)
            prompts.insert(QStringLiteral("k%1").arg(i), QStringLiteral("text %1").arg(i));
        const QDateTime at = m_at;
        const QStringList errors = runConcurrently(db, 2, [&](const QString &connection, int index) -> QString {
            const CacheService cache(connection);
            for (int round = 0; round < 3; ++round) {
                if (index == 0) {
                    const auto report = cache.warmup(staff, prompts);
                    if (!report.ok())
                        return report.error();
                } else {
                    for (auto it = prompts.constBegin(); it != prompts.constEnd(); ++it) {
                        const auto stored = cache.set(it.key(), QStringLiteral("system"), {}, QStringLiteral("\"other\""), {}, at);
                        if (!stored.ok())
                            return stored.error();
                    }
                }
            }
            return {};
        });
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache")).toInt(), 30);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(DISTINCT cache_key) FROM ai_cache")).toInt(), 30);
    }

    void refusedStaffChangeNothing_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("message");
        const QStringList actions = {QStringLiteral("delete"), QStringLiteral("cleanup_expired"), QStringLiteral("cleanup_user"),
                                     QStringLiteral("warmup")};
        for (const QString &action : actions) {
            QTest::addRow("ordinary user, %s", qPrintable(action)) << QStringLiteral("candidate") << action << QStringLiteral("is not a staff account");
            QTest::addRow("unknown id, %s", qPrintable(action)) << QStringLiteral("unknown") << action << QStringLiteral("no user with id 999999");
            QTest::addRow("deactivated admin, %s", qPrintable(action)) << QStringLiteral("deactivated") << action << QStringLiteral("is deactivated");
        }
    }
    void refusedStaffChangeNothing()
    {
        QFETCH(QString, who);
        QFETCH(QString, action);
        QFETCH(QString, message);
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int candidate = addUser(db, {QStringLiteral("cand@example.com"), QStringLiteral("pro")});
        const int deactivated = addUser(db, {QStringLiteral("gone@example.com"), {}, QStringLiteral("active"), true, false});
        QCOMPARE(seedExpiry(db, candidate, 20, 5, 2), QString());
        const int actor = who == QLatin1String("candidate") ? candidate : who == QLatin1String("deactivated") ? deactivated : 999999;
        const QString before = cacheFingerprint(db);
        const CacheService cache(db.connectionName());

        QString error;
        if (action == QLatin1String("delete"))
            error = cache.remove(actor, QStringLiteral("old_1"), QString(), {}).error();
        else if (action == QLatin1String("cleanup_expired"))
            error = cache.cleanupExpired(actor, 5, m_at).error();
        else if (action == QLatin1String("cleanup_user"))
            error = cache.cleanupUser(actor, candidate).error();
        else
            error = cache.warmup(actor, {{QStringLiteral("sys_1"), QStringLiteral("new text")}}).error();

        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.startsWith(QLatin1String("Refused: ")), qPrintable(error));
        QCOMPARE(cacheFingerprint(db), before);
        QCOMPARE(auditRows(db), 0);
    }

    void promptsFilesAreValidated_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("not JSON") << QByteArray("{\n  \"cv_drafting_system\": \"x\",\n  \"job\": \n}\n")
                                  << QStringList{QStringLiteral("not valid JSON"), QStringLiteral("line 4")};
        QTest::newRow("plain text") << QByteArray("You are a CV writer.") << QStringList{QStringLiteral("not valid JSON"), QStringLiteral("line 1")};
        QTest::newRow("array") << QByteArray("[\"You are a CV writer.\"]") << QStringList{QStringLiteral("JSON array")};
        QTest::newRow("number value") << QByteArray("{\n  \"cv_drafting_system\": \"x\",\n  \"job_extraction_system\": 42\n}")
                                      << QStringList{QStringLiteral("line 3"), QStringLiteral("\"job_extraction_system\" is a number")};
        QTest::newRow("object value") << QByteArray("{\"a\": {\"text\": \"x\"}}") << QStringList{QStringLiteral("\"a\" is an object")};
        QTest::newRow("null value") << QByteArray("{\"a\": \"x\", \"b\": null}") << QStringList{QStringLiteral("\"b\" is null")};
        QTest::newRow("empty prompt") << QByteArray("{\n\"a\": \"x\",\n\n\"blank\": \"   \"}")
                                      << QStringList{QStringLiteral("line 4"), QStringLiteral("\"blank\" is empty")};
        QTest::newRow("empty key") << QByteArray("{\"\": \"x\"}") << QStringList{QStringLiteral("empty key")};
        QTest::newRow("overlong key") << (QByteArray("{\"") + QByteArray(256, 'k') + QByteArray("\": \"x\"}"))
                                      << QStringList{QStringLiteral("256 characters"), QStringLiteral("limit is 255")};
        // Keys are quoted escaped, so that a message stays one line (found by fuzz_prompt_set).
        QTest::newRow("newline in key") << QByteArray("{\"a\\nb\": 1}") << QStringList{QStringLiteral("\"a\\nb\" is a number")};
        QTest::newRow("NUL in key") << QByteArray("{\"a\\u0000b\": \"x\"}")
                                    << QStringList{QStringLiteral("\"a\\u0000b\" contains a NUL character")};
        QTest::newRow("empty object") << QByteArray("{ }") << QStringList{QStringLiteral("no prompts")};
        QTest::newRow("empty file") << QByteArray("") << QStringList{QStringLiteral("is empty")};
        QTest::newRow("whitespace only") << QByteArray("\n  \n") << QStringList{QStringLiteral("is empty")};
    }
    void promptsFilesAreValidated()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("prompts.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        const auto loaded = PromptSet::load(path);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(path), qPrintable(loaded.error()));
        for (const QString &part : expected)
            QVERIFY2(loaded.error().contains(part), qPrintable(loaded.error()));
        QVERIFY2(!loaded.error().contains(u'\n') && !loaded.error().contains(QChar(0)), qPrintable(loaded.error()));
    }

    void missingPromptsFileIsNamed()
    {
        const auto loaded = PromptSet::load(QStringLiteral("/nonexistent/prompts.json"));
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(QLatin1String("/nonexistent/prompts.json does not exist")), qPrintable(loaded.error()));
    }

    void invalidPromptsAreRefusedBeforeTheDatabase()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int staff = addStaff(db);
        const auto report = CacheService(db.connectionName()).warmup(staff, {{QStringLiteral("a"), 5}});
        QVERIFY(!report.ok());
        QVERIFY2(report.error().contains(QLatin1String("\"a\" is a number")), qPrintable(report.error()));
        // The SQL function checks on its own, for other callers.
        const QString sqlError = db.exec(QStringLiteral("SELECT * FROM quotadesk.admin_cache_warmup(?, '{\"a\": 5}')"), {staff});
        QVERIFY2(sqlError.contains(QLatin1String("must be a non-empty text")), qPrintable(sqlError));
        QCOMPARE(auditRows(db), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache")).toInt(), 0);
    }

    void defaultPromptsAreBundledAndWarmUp()
    {
        const auto prompts = PromptSet::load(QString());
        QVERIFY2(prompts.ok(), qPrintable(prompts.error()));
        QVERIFY(prompts->size() >= 5 && prompts->size() <= 8);
        for (const char *key : {"cv_drafting_system", "job_extraction_system", "cover_letter_system", "validation_system"})
            QVERIFY2(prompts->value(QLatin1String(key)).toString().size() > 100, key);
        QVERIFY(PromptSet::validate(prompts.value()).isEmpty());

        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int staff = addStaff(db);
        const auto report = CacheService(db.connectionName()).warmup(staff, prompts.value());
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->inserted, int(prompts->size()));
        const auto got = CacheService(db.connectionName()).get(QStringLiteral("cv_drafting_system"), QString(), {}, m_at);
        QVERIFY(got.ok() && got->has_value());
        QCOMPARE(got->value().dataValue().toString(), prompts->value(QStringLiteral("cv_drafting_system")).toString());
    }
};

QTEST_GUILESS_MAIN(TestCacheAdmin)
#include "tst_cache_admin.moc"
