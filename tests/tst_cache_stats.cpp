// Cache statistics: SQL aggregates equal an independent computation; hit rates only from
// recorded lookups, never invented.
#include <QJsonArray>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "cache/CacheService.h"
#include "CacheTestData.h"
#include "db/SqlTime.h"
#include "TestDatabase.h"

using namespace CacheTest;

namespace {

bool close(double actual, double expected)
{
    return qAbs(actual - expected) <= 1e-9 * qMax(1.0, qAbs(expected));
}

struct Expected
{
    qint64 entries = 0;
    qint64 hits = 0;
    double cost = 0;
    qint64 bytes = 0;
    double ttlMinutesSum = 0;
    qint64 ttlRows = 0;
    qint64 expired = 0;
};

} // namespace

class TestCacheStats final : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_at = utc("2030-03-15T10:20:00Z");

    static void checkStats(const CacheTypeStats &actual, const Expected &expected, const QString &what)
    {
        const QByteArray w = what.toUtf8();
        QVERIFY2(actual.entries == expected.entries, w.constData());
        QVERIFY2(actual.hits == expected.hits, w.constData());
        QVERIFY2(actual.expired == expected.expired, w.constData());
        QVERIFY2(close(actual.costSavedUsd, expected.cost),
                 qPrintable(QStringLiteral("%1 cost %2 vs %3").arg(what).arg(actual.costSavedUsd, 0, 'g', 17).arg(expected.cost, 0, 'g', 17)));
        QVERIFY2(close(actual.storageMb, double(expected.bytes) / 1048576.0), w.constData());
        if (expected.ttlRows == 0) {
            QVERIFY2(!actual.averageTtlMinutes.has_value(), w.constData());
        } else {
            QVERIFY2(actual.averageTtlMinutes.has_value(), w.constData());
            QVERIFY2(close(*actual.averageTtlMinutes, expected.ttlMinutesSum / double(expected.ttlRows)), w.constData());
        }
    }

private slots:
    void emptyCacheHasZerosAndUnknownRates()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const auto stats = CacheService(db.connectionName()).stats(m_at);
        QVERIFY2(stats.ok(), qPrintable(stats.error()));
        QCOMPARE(stats->totalEntries, 0);
        QCOMPARE(stats->totalHits, 0);
        QCOMPARE(stats->costSavedUsd, 0.0);
        QCOMPARE(stats->storageMb, 0.0);
        QVERIFY(!stats->averageTtlMinutes.has_value());
        QVERIFY(!stats->hitRate.has_value());
        QVERIFY(!stats->hitsPerEntry.has_value());
        QCOMPARE(stats->byType.keys(), (QStringList{QStringLiteral("content"), QStringLiteral("extraction"),
                                                    QStringLiteral("session"), QStringLiteral("system")}));

        const QJsonObject json = stats->toJson();
        for (const char *field : {"total_entries", "total_hits", "cost_saved_usd", "storage_mb", "average_ttl_minutes",
                                  "expired_entries", "by_type", "hit_rate", "lookup_hits", "lookup_misses", "hit_rate_by_day"})
            QVERIFY2(json.contains(QLatin1String(field)), field);
        QVERIFY(json.value(QStringLiteral("hit_rate")).isNull());
        QVERIFY(json.value(QStringLiteral("average_ttl_minutes")).isNull());
        QCOMPARE(json.value(QStringLiteral("by_type")).toObject().size(), 4);
        const QJsonObject session = json.value(QStringLiteral("by_type")).toObject().value(QStringLiteral("session")).toObject();
        for (const char *field : {"entries", "hits", "storage_mb", "cost_saved_usd", "expired_entries", "average_ttl_minutes"})
            QVERIFY2(session.contains(QLatin1String(field)), field);
        QVERIFY(json.value(QStringLiteral("hit_rate_by_day")).toArray().isEmpty());
    }

    void statsEqualAnIndependentAggregate()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QList<int> users;
        for (int i = 0; i < 3; ++i)
            users << addUser(db, {QStringLiteral("u%1@example.com").arg(i), QStringLiteral("pro")});

        const QMap<QString, double> saving = {{QStringLiteral("system"), 0.0002}, {QStringLiteral("session"), 0.0015},
                                              {QStringLiteral("content"), 0.0050}, {QStringLiteral("extraction"), 0.0008}};
        const QStringList types = {QStringLiteral("system"), QStringLiteral("session"), QStringLiteral("content"),
                                   QStringLiteral("extraction"), QStringLiteral("legacy_type")};
        const QStringList fillers = {QStringLiteral("a"), QStringLiteral("é"), QStringLiteral("東"), QStringLiteral("🙂")};

        QRandomGenerator random(20300315);
        QMap<QString, Expected> expectedByType;
        Expected total;
        auto add = [](Expected &e, qint64 hits, double cost, qint64 bytes, std::optional<double> ttl, bool expired) {
            ++e.entries;
            e.hits += hits;
            e.cost += cost;
            e.bytes += bytes;
            if (ttl) {
                e.ttlMinutesSum += *ttl;
                ++e.ttlRows;
            }
            e.expired += expired ? 1 : 0;
        };

        QVERIFY(db.db().transaction());
        QSqlQuery insert(db.db());
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at, access_count, created_at) "
            "VALUES (?, ?, ?, ?, ?::timestamp, ?, ?::timestamp)")));
        constexpr int rows = 1500;
        for (int i = 0; i < rows; ++i) {
            const QString type = types.at(random.bounded(int(types.size())));
            const bool system = type == QLatin1String("system");
            const QString data = fillers.at(random.bounded(int(fillers.size()))).repeated(1 + random.bounded(3000));
            const bool nullCount = random.bounded(10) == 0;
            const int hits = nullCount ? 0 : random.bounded(500);
            const QDateTime created = m_at.addSecs(-60 * qint64(random.bounded(10000)) - random.bounded(60));
            std::optional<QDateTime> expires;
            if (i == 0)
                expires = m_at; // exactly now: expired
            else if (!system && random.bounded(5) != 0)
                expires = created.addSecs(60 * qint64(1 + random.bounded(300)) + random.bounded(60));

            insert.bindValue(0, QStringLiteral("key_%1").arg(i));
            insert.bindValue(1, type);
            insert.bindValue(2, data);
            insert.bindValue(3, system ? QVariant(QMetaType::fromType<int>()) : QVariant(users.at(random.bounded(3))));
            insert.bindValue(4, expires ? QVariant(SqlTime::bind(*expires)) : QVariant(QMetaType::fromType<QString>()));
            insert.bindValue(5, nullCount ? QVariant(QMetaType::fromType<int>()) : QVariant(hits));
            insert.bindValue(6, SqlTime::bind(created));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));

            const double cost = hits * saving.value(type, 0.0);
            const qint64 bytes = data.toUtf8().size();
            const std::optional<double> ttl = expires ? std::optional<double>(created.secsTo(*expires) / 60.0) : std::nullopt;
            const bool expired = expires && *expires <= m_at;
            add(expectedByType[type], hits, cost, bytes, ttl, expired);
            add(total, hits, cost, bytes, ttl, expired);
        }
        QVERIFY(db.db().commit());

        const auto stats = CacheService(db.connectionName()).stats(m_at);
        QVERIFY2(stats.ok(), qPrintable(stats.error()));
        QCOMPARE(stats->totalEntries, qint64(rows));
        QCOMPARE(stats->totalEntries, total.entries);
        QCOMPARE(stats->totalHits, total.hits);
        QCOMPARE(stats->expiredEntries, total.expired);
        QVERIFY2(close(stats->costSavedUsd, total.cost), qPrintable(QString::number(stats->costSavedUsd, 'g', 17)));
        QVERIFY(close(stats->storageMb, double(total.bytes) / 1048576.0));
        QVERIFY(stats->averageTtlMinutes.has_value());
        QVERIFY(close(*stats->averageTtlMinutes, total.ttlMinutesSum / double(total.ttlRows)));
        QVERIFY(close(*stats->hitsPerEntry, double(total.hits) / double(total.entries)));

        QCOMPARE(stats->byType.size(), types.size());
        for (const QString &type : types) {
            QVERIFY2(stats->byType.contains(type), qPrintable(type));
            checkStats(stats->byType.value(type), expectedByType.value(type), type);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(!stats->byType.value(QStringLiteral("system")).averageTtlMinutes.has_value());

        // Lookups were never recorded: the rate is unknown, not hits / entries.
        QVERIFY(!stats->hitRate.has_value());
        QVERIFY(stats->toJson().value(QStringLiteral("hit_rate")).isNull());
        const QJsonObject content = stats->toJson().value(QStringLiteral("by_type")).toObject().value(QStringLiteral("content")).toObject();
        QCOMPARE(content.value(QStringLiteral("entries")).toInteger(), expectedByType.value(QStringLiteral("content")).entries);
        QCOMPARE(content.value(QStringLiteral("expired_entries")).toInteger(), expectedByType.value(QStringLiteral("content")).expired);
        QVERIFY(close(content.value(QStringLiteral("cost_saved_usd")).toDouble(), expectedByType.value(QStringLiteral("content")).cost));
    }

    // The maintained totals equal the aggregate over the rows after every kind of change:
    // inserts (NULL, negative and huge counts, infinite and NULL expiries), hits, updates
    // of data, type and expiry, deletes, truncate; also from concurrent writers.
    void maintainedTotalsAlwaysEqualTheRows()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int user = addUser(db, {QStringLiteral("u@example.com"), QStringLiteral("pro")});
        const auto compare = [&db](const QString &step) {
            const QString sql = QStringLiteral(
                "SELECT count(*) FROM ((SELECT * FROM quotadesk.cache_stats('2030-01-01') EXCEPT ALL SELECT * FROM quotadesk.cache_stats_raw('2030-01-01'))"
                " UNION ALL (SELECT * FROM quotadesk.cache_stats_raw('2030-01-01') EXCEPT ALL SELECT * FROM quotadesk.cache_stats('2030-01-01'))) d");
            const int differing = db.scalar(sql).toInt();
            return differing == 0 ? QString() : step + QStringLiteral(": %1 rows differ").arg(differing);
        };
        QRandomGenerator random(20261202);
        const QStringList types{QStringLiteral("system"), QStringLiteral("session"), QStringLiteral("content"), QStringLiteral("extraction")};
        const QStringList expiries{QStringLiteral("NULL"), QStringLiteral("'infinity'"), QStringLiteral("'-infinity'"),
                                   QStringLiteral("'2029-06-01 10:00:00.5'"), QStringLiteral("'2031-01-01'")};
        for (int step = 0; step < 120; ++step) {
            const QString type = types.at(random.bounded(types.size()));
            QString sql;
            switch (random.bounded(7)) {
            case 0:
            case 1:
                sql = QStringLiteral("INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at, access_count, created_at) "
                                     "SELECT 'k%1_' || g, '%2', repeat('x', %3), %4, %5, %6, '2029-05-01' FROM generate_series(1, %7) g")
                          .arg(step).arg(type).arg(random.bounded(3000)).arg(user).arg(expiries.at(random.bounded(expiries.size())))
                          .arg(random.bounded(3) == 0 ? QStringLiteral("NULL") : QString::number(random.bounded(-5, 100000)))
                          .arg(1 + random.bounded(40));
                break;
            case 2:
                sql = QStringLiteral("UPDATE ai_cache SET access_count = coalesce(access_count, 0) + 1 WHERE id %% 3 = %1").arg(random.bounded(3));
                break;
            case 3:
                sql = QStringLiteral("UPDATE ai_cache SET cache_data = cache_data || 'yy', cache_type = '%1', expires_at = %2 WHERE id %% 5 = %3")
                          .arg(type, expiries.at(random.bounded(expiries.size()))).arg(random.bounded(5));
                break;
            case 4:
                sql = QStringLiteral("DELETE FROM ai_cache WHERE id %% 7 = %1").arg(random.bounded(7));
                break;
            case 5:
                sql = QStringLiteral("UPDATE ai_cache SET created_at = '-infinity' WHERE id %% 11 = %1").arg(random.bounded(11));
                break;
            default:
                sql = random.bounded(10) == 0 ? QStringLiteral("TRUNCATE ai_cache") : QStringLiteral("SELECT 1");
            }
            sql.replace(QStringLiteral("%%"), QStringLiteral("%"));
            QCOMPARE(db.exec(sql), QString());
            const QString problem = compare(QStringLiteral("step %1 (%2)").arg(step).arg(sql.left(80)));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }

        // Concurrent writers of the same types: totals still exact.
        const QStringList errors = runConcurrently(db, 4, [user](const QString &connection, int index) {
            QSqlQuery query(QSqlDatabase::database(connection, false));
            for (int i = 0; i < 30; ++i) {
                const QString sql = i % 3 == 0 ? QStringLiteral("UPDATE ai_cache SET access_count = coalesce(access_count, 0) + 1 WHERE id IN "
                                                                "(SELECT id FROM ai_cache ORDER BY id LIMIT 20)")
                                   : QStringLiteral("INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at) "
                                                    "VALUES ('c%1_%2', 'session', 'data', %3, '2029-01-01')").arg(index).arg(i).arg(user);
                if (!query.exec(sql))
                    return query.lastError().text();
            }
            return QString();
        });
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        const QString problem = compare(QStringLiteral("after concurrent writers"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void theKeySearchIndexIsThereWhenPgTrgmIs()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const CacheService cache(db.connectionName());
        const bool trgm = db.scalar(QStringLiteral("SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_trgm'")).toInt() == 1;
        QCOMPARE(cache.hasKeySearchIndex().value(), trgm);
        if (trgm) { // the index serves the key filter's ILIKE
            QCOMPARE(db.exec(QStringLiteral("SET enable_seqscan = off")), QString());
            QSqlQuery explain(db.db());
            QVERIFY(explain.exec(QStringLiteral("EXPLAIN SELECT id FROM ai_cache WHERE cache_key ILIKE '%abc%'")));
            QString plan;
            while (explain.next())
                plan += explain.value(0).toString() + u'\n';
            QCOMPARE(db.exec(QStringLiteral("RESET enable_seqscan")), QString());
            QVERIFY2(plan.contains(QLatin1String("qd_ai_cache_key_trgm")), qPrintable(plan));
        }
        QCOMPARE(db.exec(QStringLiteral("DROP INDEX IF EXISTS qd_ai_cache_key_trgm")), QString());
        QCOMPARE(cache.hasKeySearchIndex().value(), false);
    }

    void hitRateComesOnlyFromRecordedLookups_data()
    {
        QTest::addColumn<QDateTime>("since");
        QTest::addColumn<qint64>("hits");
        QTest::addColumn<qint64>("misses");
        QTest::addColumn<QStringList>("days");
        QTest::newRow("all recorded") << QDateTime() << qint64(43) << qint64(19)
                                      << QStringList{QStringLiteral("2030-03-13"), QStringLiteral("2030-03-14"), QStringLiteral("2030-03-15")};
        QTest::newRow("since late on the 13th") << utc("2030-03-13T23:30:00Z") << qint64(13) << qint64(9)
                                                << QStringList{QStringLiteral("2030-03-13"), QStringLiteral("2030-03-14"), QStringLiteral("2030-03-15")};
        QTest::newRow("since the 14th") << utc("2030-03-14T00:00:00Z") << qint64(8) << qint64(4)
                                        << QStringList{QStringLiteral("2030-03-14"), QStringLiteral("2030-03-15")};
        QTest::newRow("window without lookups") << utc("2030-03-15T11:00:00Z") << qint64(0) << qint64(0) << QStringList();
    }
    void hitRateComesOnlyFromRecordedLookups()
    {
        QFETCH(QDateTime, since);
        QFETCH(qint64, hits);
        QFETCH(qint64, misses);
        QFETCH(QStringList, days);
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        // Entries with many hits: they must not leak into the rate.
        QCOMPARE(db.exec(QStringLiteral("INSERT INTO ai_cache (cache_key, cache_type, cache_data, access_count) VALUES ('p', 'system', '\"p\"', 1000)")),
                 QString());
        QCOMPARE(db.exec(QStringLiteral(
                     "INSERT INTO quotadesk.cache_lookups (bucket, cache_type, hits, misses) VALUES"
                     " ('2030-03-13 09:00', 'content', 30, 10),"
                     " ('2030-03-13 23:00', 'session', 5, 5),"
                     " ('2030-03-14 00:00', 'system', 8, 0),"
                     " ('2030-03-15 10:00', 'any', 0, 4),"
                     " ('2030-03-15 12:00', 'content', 100, 0)")), // after `at`: outside every window
                 QString());

        const auto stats = CacheService(db.connectionName()).stats(m_at, since);
        QVERIFY2(stats.ok(), qPrintable(stats.error()));
        QCOMPARE(stats->lookupHits, hits);
        QCOMPARE(stats->lookupMisses, misses);
        QCOMPARE(stats->totalHits, 1000);
        QCOMPARE(*stats->hitsPerEntry, 1000.0);
        if (hits + misses == 0) {
            QVERIFY(!stats->hitRate.has_value());
            QVERIFY(stats->toJson().value(QStringLiteral("hit_rate")).isNull());
        } else {
            QVERIFY(stats->hitRate.has_value());
            QCOMPARE(*stats->hitRate, double(hits) / double(hits + misses));
            QCOMPARE(stats->toJson().value(QStringLiteral("hit_rate")).toDouble(), double(hits) / double(hits + misses));
        }
        QStringList actualDays;
        qint64 dayHits = 0;
        for (const CacheDayHitRate &day : stats->hitRateByDay) {
            actualDays << day.day.toString(Qt::ISODate);
            dayHits += day.hits;
            QVERIFY(day.hitRate.has_value());
            QCOMPARE(*day.hitRate, double(day.hits) / double(day.hits + day.misses));
            if (day.day == QDate(2030, 3, 15))
                QCOMPARE(*day.hitRate, 0.0); // only misses that day: a rate of 0, not unknown
        }
        QCOMPARE(actualDays, days);
        QCOMPARE(dayHits, hits);
        const QJsonArray byDay = stats->toJson().value(QStringLiteral("hit_rate_by_day")).toArray();
        QCOMPARE(byDay.size(), days.size());
        if (!byDay.isEmpty())
            QCOMPARE(byDay.first().toObject().value(QStringLiteral("day")).toString(), days.first());
    }

    void lookupsThroughTheServiceFeedTheRate()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int user = addUser(db, {QStringLiteral("u@example.com"), QStringLiteral("pro")});
        const CacheService cache(db.connectionName());
        QVERIFY(cache.set(QStringLiteral("k"), QStringLiteral("content"), user, QStringLiteral("{}"), {}, m_at)->stored);
        for (int i = 0; i < 3; ++i)
            QVERIFY(cache.get(QStringLiteral("k"), QStringLiteral("content"), user, m_at)->has_value());
        QVERIFY(!cache.get(QStringLiteral("other"), QStringLiteral("content"), user, m_at)->has_value());

        const auto stats = cache.stats(m_at.addSecs(60));
        QVERIFY2(stats.ok(), qPrintable(stats.error()));
        QCOMPARE(stats->lookupHits, 3);
        QCOMPARE(stats->lookupMisses, 1);
        QCOMPARE(*stats->hitRate, 0.75);
        QCOMPARE(stats->totalHits, 3);
        QVERIFY(close(stats->costSavedUsd, 3 * 0.0050));
        QCOMPARE(stats->byType.value(QStringLiteral("content")).hits, 3);
        QCOMPARE(stats->expiredEntries, 0);
        QCOMPARE(cache.stats(m_at.addSecs(60 * 60))->expiredEntries, 1);
    }
};

QTEST_GUILESS_MAIN(TestCacheStats)
#include "tst_cache_stats.moc"
