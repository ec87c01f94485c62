// The cache engine: TTL by plan tier, hits and misses, concurrency, keys, hash, raw data.
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include "cache/CacheService.h"
#include "CacheTestData.h"
#include "TestDatabase.h"

using namespace CacheTest;

class TestCache final : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_at = utc("2030-03-15T10:20:00Z");

    static qint64 lookups(const TestDatabase &db, const QString &bucket, const QString &type, const char *column)
    {
        return db.scalar(QStringLiteral("SELECT coalesce(sum(%1), 0) FROM quotadesk.cache_lookups "
                                        "WHERE bucket = ?::timestamp AND cache_type = ?")
                             .arg(QLatin1String(column)),
                         {bucket, type})
            .toLongLong();
    }

    static qint64 totalAccess(const TestDatabase &db)
    {
        return db.scalar(QStringLiteral("SELECT coalesce(sum(coalesce(access_count, 0)), 0) FROM ai_cache")).toLongLong();
    }

private slots:
    void typesAreTheFourDocumentedOnes()
    {
        QCOMPARE(CacheService::types(),
                 (QStringList{QStringLiteral("system"), QStringLiteral("session"), QStringLiteral("content"), QStringLiteral("extraction")}));
    }

    void unknownTypeIsRefused_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("plural") << QStringLiteral("sessions");
        QTest::newRow("upper case") << QStringLiteral("SYSTEM");
        QTest::newRow("made up") << QStringLiteral("prompt");
    }
    void unknownTypeIsRefused()
    {
        QFETCH(QString, type);
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int user = addUser(db, {QStringLiteral("u@example.com"), QStringLiteral("pro")});
        const CacheService cache(db.connectionName());

        const auto stored = cache.set(QStringLiteral("k"), type, user, QStringLiteral("{}"), {}, m_at);
        QVERIFY(!stored.ok());
        QVERIFY2(stored.error().contains(QLatin1String("Unknown cache type")), qPrintable(stored.error()));
        QVERIFY(stored.error().contains(type));
        const auto got = cache.get(QStringLiteral("k"), type, user, m_at);
        QVERIFY(!got.ok());
        QVERIFY2(got.error().contains(QLatin1String("Unknown cache type")), qPrintable(got.error()));
        // The SQL functions refuse on their own too (other clients call them).
        const QString sqlError = db.exec(QStringLiteral("SELECT * FROM quotadesk.cache_set('k', ?, ?, '{}')"), {type, user});
        QVERIFY2(sqlError.contains(QLatin1String("Unknown cache type")), qPrintable(sqlError));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache")).toInt(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM quotadesk.cache_lookups")).toInt(), 0);
    }

    void ttlFollowsThePlanTier_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("ttl"); // 0 = not cached
        QTest::addColumn<QString>("tier");

        const QString active = QStringLiteral("active");
        QTest::newRow("pro session") << QStringLiteral("pro") << active << QStringLiteral("session") << 30 << QStringLiteral("pro_monthly");
        QTest::newRow("pro content") << QStringLiteral("pro") << active << QStringLiteral("content") << 60 << QStringLiteral("pro_monthly");
        QTest::newRow("pro extraction") << QStringLiteral("pro") << active << QStringLiteral("extraction") << 45 << QStringLiteral("pro_monthly");
        QTest::newRow("annual session") << QStringLiteral("annual") << active << QStringLiteral("session") << 60 << QStringLiteral("pro_annual");
        QTest::newRow("annual content") << QStringLiteral("annual") << active << QStringLiteral("content") << 120 << QStringLiteral("pro_annual");
        QTest::newRow("annual extraction") << QStringLiteral("annual") << active << QStringLiteral("extraction") << 90 << QStringLiteral("pro_annual");
        QTest::newRow("enterprise session") << QStringLiteral("enterprise") << active << QStringLiteral("session") << 120 << QStringLiteral("enterprise");
        QTest::newRow("enterprise content") << QStringLiteral("enterprise") << active << QStringLiteral("content") << 240 << QStringLiteral("enterprise");
        QTest::newRow("enterprise extraction") << QStringLiteral("enterprise") << active << QStringLiteral("extraction") << 180 << QStringLiteral("enterprise");
        QTest::newRow("freemium: not cached") << QStringLiteral("freemium") << active << QStringLiteral("session") << 0 << QStringLiteral("free");
        QTest::newRow("paygo: not cached") << QStringLiteral("paygo") << active << QStringLiteral("content") << 0 << QStringLiteral("free");
        QTest::newRow("paused pro = freemium") << QStringLiteral("pro") << QStringLiteral("paused") << QStringLiteral("session") << 0 << QStringLiteral("free");
        QTest::newRow("cancelled enterprise = freemium") << QStringLiteral("enterprise") << QStringLiteral("cancelled") << QStringLiteral("content") << 0 << QStringLiteral("free");
        QTest::newRow("no subscription = freemium") << QString() << active << QStringLiteral("extraction") << 0 << QStringLiteral("free");
        QTest::newRow("unknown plan = freemium") << QStringLiteral("legacy_gold") << active << QStringLiteral("session") << 0 << QStringLiteral("free");
    }
    void ttlFollowsThePlanTier()
    {
        QFETCH(QString, plan);
        QFETCH(QString, status);
        QFETCH(QString, type);
        QFETCH(int, ttl);
        QFETCH(QString, tier);
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int user = addUser(db, {QStringLiteral("u@example.com"), plan, status});
        QVERIFY(user > 0);
        const CacheService cache(db.connectionName());

        const auto outcome = cache.set(QStringLiteral("cv_42"), type, user, QStringLiteral("{\"draft\":\"...\"}"),
                                       QJsonObject{{QStringLiteral("model"), QStringLiteral("gemini-pro")}}, m_at);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome->cacheTier, tier);
        const int rows = db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache")).toInt();
        if (ttl == 0) {
            QVERIFY(!outcome->stored);
            QVERIFY2(outcome->reason.contains(QLatin1String("Not cached")), qPrintable(outcome->reason));
            QVERIFY2(outcome->reason.contains(QStringLiteral("cache tier free")), qPrintable(outcome->reason));
            QVERIFY(outcome->reason.contains(type));
            QCOMPARE(outcome->ttlMinutes, 0);
            QVERIFY(!outcome->expiresAt.isValid());
            QCOMPARE(rows, 0);
            return;
        }
        QVERIFY(outcome->stored);
        QVERIFY(outcome->reason.isEmpty());
        QCOMPARE(outcome->ttlMinutes, ttl);
        QCOMPARE(outcome->expiresAt, m_at.addSecs(ttl * 60));
        QCOMPARE(outcome->plan, plan);
        QCOMPARE(rows, 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT quotadesk.iso(expires_at) FROM ai_cache")).toString(),
                 m_at.addSecs(ttl * 60).toString(Qt::ISODate));
        QCOMPARE(db.scalar(QStringLiteral("SELECT user_id FROM ai_cache")).toInt(), user);
        // Metadata keeps the caller's keys and records the tier and TTL.
        const QJsonObject meta = QJsonDocument::fromJson(
                                     db.scalar(QStringLiteral("SELECT cache_metadata::text FROM ai_cache")).toString().toUtf8())
                                     .object();
        QCOMPARE(meta.value(QStringLiteral("ttl_minutes")).toInt(), ttl);
        QCOMPARE(meta.value(QStringLiteral("cache_tier")).toString(), tier);
        QCOMPARE(meta.value(QStringLiteral("model")).toString(), QStringLiteral("gemini-pro"));
    }

    void systemEntriesArePermanentSharedAndIgnoreTheUser()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int freeUser = addUser(db, {QStringLiteral("free@example.com"), QStringLiteral("freemium")});
        const int proUser = addUser(db, {QStringLiteral("pro@example.com"), QStringLiteral("pro")});
        const CacheService cache(db.connectionName());

        // A user given with a system entry is ignored, even a free one or one that does not exist.
        const auto outcome = cache.set(QStringLiteral("cv_drafting_system"), QStringLiteral("system"), 99999,
                                       QStringLiteral("\"You are a CV writer.\""), {}, m_at);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QVERIFY(outcome->stored);
        QCOMPARE(outcome->cacheTier, QStringLiteral("system"));
        QVERIFY(!outcome->expiresAt.isValid());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache WHERE user_id IS NULL AND expires_at IS NULL")).toInt(), 1);

        for (const std::optional<int> &who : {std::optional<int>(freeUser), std::optional<int>(proUser), std::optional<int>()}) {
            const auto typed = cache.get(QStringLiteral("cv_drafting_system"), QStringLiteral("system"), who, m_at.addYears(50));
            QVERIFY2(typed.ok(), qPrintable(typed.error()));
            QVERIFY(typed->has_value());
            QVERIFY(!typed->value().userId.has_value());
            QVERIFY(!typed->value().expiresAt.isValid());
            QCOMPARE(typed->value().dataValue().toString(), QStringLiteral("You are a CV writer."));
            const auto untyped = cache.get(QStringLiteral("cv_drafting_system"), QString(), who, m_at);
            QVERIFY2(untyped.ok(), qPrintable(untyped.error()));
            QVERIFY(untyped->has_value());
            QCOMPARE(untyped->value().type, QStringLiteral("system"));
        }
        QCOMPARE(db.scalar(QStringLiteral("SELECT access_count FROM ai_cache")).toInt(), 6);
    }

    void settingAgainReplacesTheEntryAndKeepsItsHits()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int user = addUser(db, {QStringLiteral("u@example.com"), QStringLiteral("annual")});
        const CacheService cache(db.connectionName());
        QVERIFY(cache.set(QStringLiteral("job_1"), QStringLiteral("extraction"), user, QStringLiteral("{\"v\":1}"), {}, m_at).ok());
        QVERIFY(cache.get(QStringLiteral("job_1"), QStringLiteral("extraction"), user, m_at.addSecs(60))->has_value());
        const QDateTime later = m_at.addSecs(600);
        const auto again = cache.set(QStringLiteral("job_1"), QStringLiteral("extraction"), user, QStringLiteral("{\"v\":2}"), {}, later);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->expiresAt, later.addSecs(90 * 60));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache")).toInt(), 1);
        const auto got = cache.get(QStringLiteral("job_1"), QStringLiteral("extraction"), user, later);
        QVERIFY(got.ok() && got->has_value());
        QCOMPARE(got->value().data, QStringLiteral("{\"v\":2}"));
        QCOMPARE(got->value().accessCount, 2);
        QCOMPARE(got->value().createdAt, later);

        // System entries too: one row, new text.
        QVERIFY(cache.set(QStringLiteral("sys"), QStringLiteral("system"), {}, QStringLiteral("\"a\""), {}, m_at).ok());
        QVERIFY(cache.set(QStringLiteral("sys"), QStringLiteral("system"), {}, QStringLiteral("\"b\""), {}, later).ok());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache WHERE cache_type = 'system'")).toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT cache_data FROM ai_cache WHERE cache_type = 'system'")).toString(), QStringLiteral("\"b\""));
    }

    void nonSystemEntriesNeedAUser()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const CacheService cache(db.connectionName());
        const auto stored = cache.set(QStringLiteral("k"), QStringLiteral("session"), {}, QStringLiteral("{}"), {}, m_at);
        QVERIFY(!stored.ok());
        QVERIFY2(stored.error().contains(QLatin1String("give a user id")), qPrintable(stored.error()));
        const auto unknown = cache.set(QStringLiteral("k"), QStringLiteral("session"), 424242, QStringLiteral("{}"), {}, m_at);
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().contains(QLatin1String("No user with id 424242")), qPrintable(unknown.error()));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache")).toInt(), 0);
    }

    void expiredEntryIsAMiss()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int user = addUser(db, {QStringLiteral("u@example.com"), QStringLiteral("pro")});
        const CacheService cache(db.connectionName());
        QVERIFY(cache.set(QStringLiteral("s"), QStringLiteral("session"), user, QStringLiteral("{}"), {}, m_at)->stored);

        const auto before = cache.get(QStringLiteral("s"), QStringLiteral("session"), user, m_at.addSecs(30 * 60 - 1));
        QVERIFY2(before.ok(), qPrintable(before.error()));
        QVERIFY(before->has_value());
        const auto atExpiry = cache.get(QStringLiteral("s"), QStringLiteral("session"), user, m_at.addSecs(30 * 60));
        QVERIFY(atExpiry.ok());
        QVERIFY(!atExpiry->has_value());
        const auto after = cache.get(QStringLiteral("s"), QString(), user, m_at.addSecs(31 * 60));
        QVERIFY(after.ok());
        QVERIFY(!after->has_value());

        QCOMPARE(db.scalar(QStringLiteral("SELECT access_count FROM ai_cache")).toInt(), 1);
        const QString bucket = QStringLiteral("2030-03-15 10:00:00");
        QCOMPARE(lookups(db, bucket, QStringLiteral("session"), "hits"), 1);
        QCOMPARE(lookups(db, bucket, QStringLiteral("session"), "misses"), 1);
        QCOMPARE(lookups(db, bucket, QStringLiteral("any"), "misses"), 1);
    }

    void everyLookupIsCountedInItsHourAndType()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int user = addUser(db, {QStringLiteral("u@example.com"), QStringLiteral("enterprise")});
        const CacheService cache(db.connectionName());
        QVERIFY(cache.set(QStringLiteral("c"), QStringLiteral("content"), user, QStringLiteral("[1]"), {}, m_at)->stored);
        QVERIFY(cache.set(QStringLiteral("p"), QStringLiteral("system"), {}, QStringLiteral("\"p\""), {}, m_at)->stored);

        const QDateTime nextHour = utc("2030-03-15T11:05:00Z");
        for (int i = 0; i < 3; ++i)
            QVERIFY(cache.get(QStringLiteral("c"), QStringLiteral("content"), user, m_at)->has_value());
        QVERIFY(!cache.get(QStringLiteral("nope"), QStringLiteral("content"), user, m_at)->has_value());
        QVERIFY(cache.get(QStringLiteral("c"), QStringLiteral("content"), user, nextHour)->has_value());
        QVERIFY(!cache.get(QStringLiteral("c"), QStringLiteral("session"), user, nextHour)->has_value());
        QVERIFY(cache.get(QStringLiteral("p"), QString(), user, nextHour)->has_value()); // counted as a system hit
        QVERIFY(!cache.get(QStringLiteral("q"), QString(), user, nextHour)->has_value()); // counted under "any"

        const QString ten = QStringLiteral("2030-03-15 10:00:00");
        const QString eleven = QStringLiteral("2030-03-15 11:00:00");
        QCOMPARE(lookups(db, ten, QStringLiteral("content"), "hits"), 3);
        QCOMPARE(lookups(db, ten, QStringLiteral("content"), "misses"), 1);
        QCOMPARE(lookups(db, eleven, QStringLiteral("content"), "hits"), 1);
        QCOMPARE(lookups(db, eleven, QStringLiteral("content"), "misses"), 0);
        QCOMPARE(lookups(db, eleven, QStringLiteral("session"), "misses"), 1);
        QCOMPARE(lookups(db, eleven, QStringLiteral("system"), "hits"), 1);
        QCOMPARE(lookups(db, eleven, QStringLiteral("any"), "misses"), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT sum(hits + misses) FROM quotadesk.cache_lookups")).toInt(), 8);
    }

    void untypedLookupPrefersTheUsersRowAndNeverSeesOthers()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int alice = addUser(db, {QStringLiteral("alice@example.com"), QStringLiteral("pro")});
        const int bob = addUser(db, {QStringLiteral("bob@example.com"), QStringLiteral("pro")});
        const int carol = addUser(db, {QStringLiteral("carol@example.com"), QStringLiteral("pro")});
        const CacheService cache(db.connectionName());
        QVERIFY(cache.set(QStringLiteral("k"), QStringLiteral("system"), {}, QStringLiteral("\"shared\""), {}, m_at)->stored);
        // The user's row is older than the system row and still wins.
        QVERIFY(cache.set(QStringLiteral("k"), QStringLiteral("session"), alice, QStringLiteral("\"alice\""), {}, m_at.addSecs(-60))->stored);
        QVERIFY(cache.set(QStringLiteral("k"), QStringLiteral("content"), bob, QStringLiteral("\"bob\""), {}, m_at)->stored);

        const auto forAlice = cache.get(QStringLiteral("k"), QString(), alice, m_at);
        QVERIFY(forAlice.ok() && forAlice->has_value());
        QCOMPARE(forAlice->value().data, QStringLiteral("\"alice\""));
        QCOMPARE(forAlice->value().userId, std::optional<int>(alice));
        const auto forCarol = cache.get(QStringLiteral("k"), QString(), carol, m_at);
        QVERIFY(forCarol.ok() && forCarol->has_value());
        QCOMPARE(forCarol->value().data, QStringLiteral("\"shared\""));
        const auto nobody = cache.get(QStringLiteral("k"), QString(), {}, m_at);
        QVERIFY(nobody.ok() && nobody->has_value());
        QCOMPARE(nobody->value().data, QStringLiteral("\"shared\""));
        // Bob's content row is invisible to Alice, typed or not.
        const auto aliceContent = cache.get(QStringLiteral("k"), QStringLiteral("content"), alice, m_at);
        QVERIFY(aliceContent.ok());
        QVERIFY(!aliceContent->has_value());
        QCOMPARE(db.scalar(QStringLiteral("SELECT access_count FROM ai_cache WHERE user_id = ?"), {bob}).toInt(), 0);
    }

    void concurrentReadersCountEveryHit()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int user = addUser(db, {QStringLiteral("u@example.com"), QStringLiteral("enterprise")});
        QVERIFY(CacheService(db.connectionName()).set(QStringLiteral("hot"), QStringLiteral("content"), user, QStringLiteral("{}"), {}, m_at)->stored);
        // A NULL access_count (rows written by other programs) counts as 0.
        QCOMPARE(db.exec(QStringLiteral("UPDATE ai_cache SET access_count = NULL")), QString());

        constexpr int perThread = 200;
        const QDateTime at = m_at;
        const QStringList errors = runConcurrently(db, 2, [at, user](const QString &connection, int) -> QString {
            const CacheService cache(connection);
            for (int i = 0; i < perThread; ++i) {
                const auto got = cache.get(QStringLiteral("hot"), QStringLiteral("content"), user, at);
                if (!got.ok())
                    return got.error();
                if (!got->has_value())
                    return QStringLiteral("miss at read %1").arg(i);
            }
            return {};
        });
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(db.scalar(QStringLiteral("SELECT access_count FROM ai_cache")).toInt(), 2 * perThread);
        QCOMPARE(lookups(db, QStringLiteral("2030-03-15 10:00:00"), QStringLiteral("content"), "hits"), 2 * perThread);
        QCOMPARE(lookups(db, QStringLiteral("2030-03-15 10:00:00"), QStringLiteral("content"), "misses"), 0);
    }

    void duplicateSystemRowsGiveTheNewestAndOneHit()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        // Production data: the upstream UNIQUE constraint lets NULL user_id rows repeat.
        QCOMPARE(db.exec(QStringLiteral(
                     "INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at, created_at, access_count) VALUES"
                     " ('cv_drafting_system', 'system', '\"old\"', NULL, NULL, '2030-01-01', 5),"
                     " ('cv_drafting_system', 'system', '\"newest\"', NULL, NULL, '2030-02-01', NULL),"
                     " ('cv_drafting_system', 'system', '\"middle\"', NULL, NULL, '2030-01-15', 2)")),
                 QString());
        const CacheService cache(db.connectionName());
        const auto got = cache.get(QStringLiteral("cv_drafting_system"), QStringLiteral("system"), {}, m_at);
        QVERIFY2(got.ok(), qPrintable(got.error()));
        QVERIFY(got->has_value());
        QCOMPARE(got->value().data, QStringLiteral("\"newest\""));
        QCOMPARE(got->value().accessCount, 1);
        QCOMPARE(totalAccess(db), 5 + 1 + 2);
        QCOMPARE(lookups(db, QStringLiteral("2030-03-15 10:00:00"), QStringLiteral("system"), "hits"), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache")).toInt(), 3);

        // set() updates the row get() returns, so the next read sees the new text.
        QVERIFY(cache.set(QStringLiteral("cv_drafting_system"), QStringLiteral("system"), {}, QStringLiteral("\"v2\""), {}, m_at)->stored);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache")).toInt(), 3);
        QCOMPARE(cache.get(QStringLiteral("cv_drafting_system"), QString(), {}, m_at)->value().data, QStringLiteral("\"v2\""));
    }

    void racingSystemWritesLeaveOneRowPerKey()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        constexpr int keys = 40;
        const QDateTime at = m_at;
        const QStringList errors = runConcurrently(db, 2, [at](const QString &connection, int index) -> QString {
            const CacheService cache(connection);
            for (int k = 0; k < keys; ++k) {
                const auto stored = cache.set(QStringLiteral("sys_%1").arg(k), QStringLiteral("system"), {},
                                              QStringLiteral("\"from %1\"").arg(index), {}, at);
                if (!stored.ok())
                    return stored.error();
            }
            return {};
        });
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache")).toInt(), keys);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(DISTINCT cache_key) FROM ai_cache")).toInt(), keys);
    }

    void hashMatchesTheDatabase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QStringLiteral(""); // not a null QString: that would bind NULL
        QTest::newRow("ascii") << QStringLiteral("https://jobs.example.com/posting/123?ref=abc");
        QTest::newRow("latin-1") << QStringLiteral("Zürich, Café Crème");
        QTest::newRow("cjk and emoji") << QStringLiteral("東京の求人 🚀 Nairobi");
        QTest::newRow("quotes and percent") << QStringLiteral("it's 100% \"done\"; \\n");
        QTest::newRow("newlines") << QStringLiteral("line 1\nline 2\r\n\ttab");
        QTest::newRow("long") << QString(5000, u'x');
    }
    void hashMatchesTheDatabase()
    {
        QFETCH(QString, text);
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const QString cpp = CacheService::hash(text);
        QCOMPARE(cpp.size(), 16);
        QCOMPARE(cpp, cpp.toLower());
        QCOMPARE(db.scalar(QStringLiteral("SELECT quotadesk.cache_hash(?)"), {text}).toString(), cpp);
    }

    void hashIsTheSha256Prefix()
    {
        // Known vectors: sha256("") and sha256("hello").
        QCOMPARE(CacheService::hash(QString()), QStringLiteral("e3b0c44298fc1c14"));
        QCOMPARE(CacheService::hash(QStringLiteral("hello")), QStringLiteral("2cf24dba5fb0a30e"));
    }

    void invalidJsonDataIsReturnedRaw_data()
    {
        QTest::addColumn<QString>("data");
        QTest::addColumn<bool>("isJson");
        QTest::newRow("truncated object") << QStringLiteral("{\"title\": \"Engineer\", ") << false;
        QTest::newRow("plain text") << QStringLiteral("not json at all") << false;
        QTest::newRow("empty") << QStringLiteral("") << false;
        QTest::newRow("single quotes") << QStringLiteral("{'a': 1}") << false;
        QTest::newRow("two values") << QStringLiteral("1, 2") << false;
        QTest::newRow("bracket trick") << QStringLiteral("1] [2") << false;
        QTest::newRow("python repr") << QStringLiteral("{'x': None}") << false;
        QTest::newRow("object") << QStringLiteral("{\"a\": [1, 2, {\"b\": null}]}") << true;
        QTest::newRow("string") << QStringLiteral("\"a prompt\\nwith a newline\"") << true;
        QTest::newRow("number") << QStringLiteral("42.5") << true;
        QTest::newRow("null") << QStringLiteral("null") << true;
        QTest::newRow("padded array") << QStringLiteral("  [1]\n") << true;
    }
    void invalidJsonDataIsReturnedRaw()
    {
        QFETCH(QString, data);
        QFETCH(bool, isJson);
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QCOMPARE(db.exec(QStringLiteral("INSERT INTO ai_cache (cache_key, cache_type, cache_data) VALUES ('k', 'system', ?)"), {data}), QString());
        const auto got = CacheService(db.connectionName()).get(QStringLiteral("k"), QStringLiteral("system"), {}, m_at);
        QVERIFY2(got.ok(), qPrintable(got.error()));
        QVERIFY(got->has_value());
        const CacheEntry &entry = got->value();
        QCOMPARE(entry.data, data);
        QCOMPARE(entry.dataIsJson, isJson);
        const QJsonObject json = entry.toJson();
        QCOMPARE(json.value(QStringLiteral("data_is_json")).toBool(), isJson);
        if (!isJson)
            QCOMPARE(json.value(QStringLiteral("data")).toString(), data);
        else
            QCOMPARE(json.value(QStringLiteral("data")), CacheEntry::parseJson(data).value());
        QVERIFY(!QJsonDocument(json).toJson().isEmpty());
    }

    void metadataOfAnyShapeIsRead_data()
    {
        QTest::addColumn<QString>("metadata"); // SQL expression
        QTest::addColumn<QString>("expected"); // compact JSON of the value
        QTest::newRow("NULL") << QStringLiteral("NULL") << QStringLiteral("null");
        QTest::newRow("object") << QStringLiteral("'{\"plan\": \"pro\"}'") << QStringLiteral("{\"plan\":\"pro\"}");
        QTest::newRow("array") << QStringLiteral("'[1, 2]'") << QStringLiteral("[1,2]");
        QTest::newRow("string") << QStringLiteral("'\"legacy\"'") << QStringLiteral("\"legacy\"");
        QTest::newRow("number") << QStringLiteral("'7'") << QStringLiteral("7");
    }
    void metadataOfAnyShapeIsRead()
    {
        QFETCH(QString, metadata);
        QFETCH(QString, expected);
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QCOMPARE(db.exec(QStringLiteral("INSERT INTO ai_cache (cache_key, cache_type, cache_data, cache_metadata) "
                                        "VALUES ('k', 'system', '{}', %1::jsonb)").arg(metadata)),
                 QString());
        const auto got = CacheService(db.connectionName()).get(QStringLiteral("k"), QString(), {}, m_at);
        QVERIFY2(got.ok() && got->has_value(), qPrintable(got.error()));
        QVERIFY(got->value().metadataIsJson);
        const QJsonValue value = got->value().toJson().value(QStringLiteral("metadata"));
        QCOMPARE(QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)), u'[' + expected + u']');
    }

    void invalidJsonIsNeverWritten()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int user = addUser(db, {QStringLiteral("u@example.com"), QStringLiteral("pro")});
        const auto stored = CacheService(db.connectionName()).set(QStringLiteral("k"), QStringLiteral("session"), user,
                                                                  QStringLiteral("{broken"), {}, m_at);
        QVERIFY(!stored.ok());
        QVERIFY2(stored.error().contains(QLatin1String("not valid JSON")), qPrintable(stored.error()));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache")).toInt(), 0);
    }

    void overlongKeyGivesAClearMessage()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int user = addUser(db, {QStringLiteral("u@example.com"), QStringLiteral("pro")});
        const int staff = addStaff(db);
        const CacheService cache(db.connectionName());
        const QString key(10000, u'k');
        const QString expected = QStringLiteral("cache key is 10000 characters; the limit is 255");

        const auto stored = cache.set(key, QStringLiteral("session"), user, QStringLiteral("{}"), {}, m_at);
        QVERIFY(!stored.ok());
        QVERIFY2(stored.error().contains(expected), qPrintable(stored.error()));
        const auto got = cache.get(key, QStringLiteral("session"), user, m_at);
        QVERIFY(!got.ok());
        QVERIFY2(got.error().contains(expected), qPrintable(got.error()));
        const auto removed = cache.remove(staff, key, QString(), {});
        QVERIFY(!removed.ok());
        QVERIFY2(removed.error().contains(expected), qPrintable(removed.error()));
        // Through SQL directly: our message, not the driver's "value too long".
        const QString sqlError = db.exec(QStringLiteral("SELECT * FROM quotadesk.cache_set(?, 'system', NULL, '{}')"), {key});
        QVERIFY2(sqlError.contains(expected), qPrintable(sqlError));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache")).toInt(), 0);
        QCOMPARE(auditRows(db), 0);
    }

    void keysUpToTheLimitInCharactersAreAccepted_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("255 ascii") << QString(255, u'a');
        QTest::newRow("255 accented (2 bytes each)") << QString(255, u'é');
        QString emoji;
        for (int i = 0; i < 255; ++i)
            emoji += QStringLiteral("🙂"); // 510 UTF-16 units, 255 characters
        QTest::newRow("255 emoji (surrogate pairs)") << emoji;
    }
    void keysUpToTheLimitInCharactersAreAccepted()
    {
        QFETCH(QString, key);
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const CacheService cache(db.connectionName());
        const auto stored = cache.set(key, QStringLiteral("system"), {}, QStringLiteral("\"x\""), {}, m_at);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        const auto got = cache.get(key, QStringLiteral("system"), {}, m_at);
        QVERIFY(got.ok() && got->has_value());
        QCOMPARE(got->value().key, key);
        const auto tooLong = cache.set(key + u'a', QStringLiteral("system"), {}, QStringLiteral("\"x\""), {}, m_at);
        QVERIFY(!tooLong.ok());
        QVERIFY2(tooLong.error().contains(QLatin1String("256 characters")), qPrintable(tooLong.error()));
    }

    void quotesAndPercentRoundTrip_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("data");
        QTest::newRow("apostrophe") << QStringLiteral("it's") << QStringLiteral("\"O'Brien's CV\"");
        QTest::newRow("percent") << QStringLiteral("100%_off %s %d %%") << QStringLiteral("{\"discount\": \"100%\"}");
        QTest::newRow("double quotes") << QStringLiteral("say \"hi\"") << QStringLiteral("{\"q\": \"\\\"quoted\\\"\"}");
        QTest::newRow("backslashes") << QStringLiteral("C:\\path\\to") << QStringLiteral("\"C:\\\\path\"");
        QTest::newRow("injection") << QStringLiteral("'); DROP TABLE ai_cache; --") << QStringLiteral("\"'; DELETE FROM users; --\"");
        QTest::newRow("placeholders") << QStringLiteral("? $1 :name") << QStringLiteral("[\"?\", \"$1\", \":name\"]");
        QTest::newRow("unicode") << QStringLiteral("Zürich 東京") << QStringLiteral("{\"city\": \"Zürich 東京 🚀\"}");
    }
    void quotesAndPercentRoundTrip()
    {
        QFETCH(QString, key);
        QFETCH(QString, data);
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int user = addUser(db, {QStringLiteral("u@example.com"), QStringLiteral("pro")});
        const CacheService cache(db.connectionName());
        for (const QString &type : {QStringLiteral("system"), QStringLiteral("content")}) {
            const auto stored = cache.set(key, type, user, data, QJsonObject{{QStringLiteral("note"), key}}, m_at);
            QVERIFY2(stored.ok(), qPrintable(stored.error()));
            const auto got = cache.get(key, type, user, m_at);
            QVERIFY2(got.ok(), qPrintable(got.error()));
            QVERIFY(got->has_value());
            QCOMPARE(got->value().key, key);
            QCOMPARE(got->value().data, data);
            QVERIFY(got->value().dataIsJson);
            QCOMPARE(got->value().metadataValue().toObject().value(QStringLiteral("note")).toString(), key);
        }
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ai_cache WHERE cache_key = ?"), {key}).toInt(), 2);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM users")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
