// The Cache page's models against a real PostgreSQL: the lazy entries listing (keyset
// pages, every filter against an SQL oracle, no cache_data in the rows), the one-entry
// preview load, the per-type statistics and the hit rate per day.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "cache/CacheEntriesModel.h"
#include "cache/CacheService.h"
#include "cache/CacheTypeStatsModel.h"
#include "cache/HitRateByDayModel.h"
#include "CacheTestData.h"
#include "db/DatabaseWorker.h"
#include "db/SqlTime.h"
#include "TestDatabase.h"

using namespace CacheTest;

class TestCacheModels final : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_at = utc("2030-03-15T10:20:00Z");

    struct World
    {
        int anna = 0;
        int bob = 0;
        int carl = 0;
    };

    // 3 users and 150 rows: every type, live, expired (one exactly at m_at) and permanent
    // rows, keys with LIKE wildcards and a backslash, one row of a type outside the four.
    static QString seed(const TestDatabase &db, World &w)
    {
        w.anna = addUser(db, {QStringLiteral("Anna.Berg@example.com"), QStringLiteral("pro")});
        w.bob = addUser(db, {QStringLiteral("bob@example.com"), QStringLiteral("annual")});
        w.carl = addUser(db, {QStringLiteral("carl_x@example.org"), QStringLiteral("pro")});
        if (!w.anna || !w.bob || !w.carl)
            return QStringLiteral("users not created");
        QString error = db.exec(QStringLiteral(
            "INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at, access_count, created_at)"
            " SELECT (ARRAY['session', 'content', 'extraction'])[1 + g % 3] || '_' || md5(g::text),"
            "        (ARRAY['session', 'content', 'extraction'])[1 + g % 3],"
            "        json_build_object('response', repeat('x', g * 10))::text,"
            "        (ARRAY[?, ?, ?]::int[])[1 + g % 4 % 3],"
            "        '2030-03-15 10:20:00'::timestamp + (g % 7 - 3) * interval '1 hour',"
            "        g % 5, '2030-03-15 08:00'::timestamp + g * interval '1 second'"
            " FROM generate_series(1, 140) g"),
            {w.anna, w.bob, w.carl});
        if (error.isEmpty())
            error = db.exec(QStringLiteral(
                "INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at, access_count) VALUES"
                " ('system_prompt_' || 1, 'system', '\"You are helpful.\"', NULL, NULL, 12),"
                " ('system_prompt_2', 'system', '\"You are terse.\"', NULL, NULL, 3),"
                " ('promo%50_off', 'content', '{}', ?, '2030-03-16', 0),"
                " ('promoX50Yoff', 'content', '{}', ?, '2030-03-16', 0),"
                " ('back\\slash', 'session', '{}', ?, '2030-03-15 10:20:00', 0),"
                " ('legacy_1', 'legacy', 'not json', ?, NULL, 1),"
                " ('broken_1', 'extraction', '{\"response\": \"truncated', ?, '2030-03-16', 4)"),
                {w.bob, w.bob, w.anna, w.carl, w.carl});
        return error;
    }

    static QList<qint64> oracle(const TestDatabase &db, const QString &where, const QVariantList &binds = {})
    {
        QSqlQuery q(db.db());
        q.prepare(QStringLiteral("SELECT c.id FROM ai_cache c LEFT JOIN users u ON u.id = c.user_id WHERE %1 ORDER BY c.id DESC").arg(where));
        for (const QVariant &b : binds)
            q.addBindValue(b);
        QList<qint64> ids;
        if (!q.exec())
            return {-1};
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }

    // Loads every page; the ids in model order.
    static QList<qint64> fetchAll(CacheEntriesModel &model)
    {
        if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 10000))
            return {-2};
        while (model.canFetchMore({})) {
            model.fetchMore({});
            if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 10000))
                return {-2};
        }
        QList<qint64> ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids << model.data(model.index(r, CacheEntriesModel::Id), Qt::UserRole).toLongLong();
        return ids;
    }

    static bool startWorker(DatabaseWorker &worker)
    {
        worker.start();
        return QTest::qWaitFor([&] { return worker.isConnected(); }, 10000);
    }

private slots:
    void entriesModelPassesTheTesterAndPagesThroughEveryRow()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        World w;
        QCOMPARE(seed(db, w), QString());
        DatabaseWorker worker(db.conninfo(), QStringLiteral("entries-model"));
        QVERIFY(startWorker(worker));

        CacheEntriesModel model(worker);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(20);
        QSignalSpy pages(&model, &PagedQueryModel::pageLoaded);
        model.setFilter({{}, {}, {}, CacheEntriesModel::Expiry::All, m_at});
        QTRY_COMPARE(model.rowCount(), 20);
        QVERIFY(model.canFetchMore({}));
        const QList<qint64> ids = fetchAll(model);
        QCOMPARE(ids, oracle(db, QStringLiteral("true")));
        QCOMPARE(ids.size(), 147);
        QCOMPARE(pages.count(), 8); // 7 full pages and the last, partial one
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.rowOfId(ids.at(33)), 33);
        QCOMPARE(model.rowOfId(-5), -1);

        // A reload starts over from the first page.
        model.reload();
        QTRY_COMPARE(model.rowCount(), 20);
        QCOMPARE(model.data(model.index(0, CacheEntriesModel::Id), Qt::UserRole).toLongLong(), ids.first());
    }

    void entriesModelFilters_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("user");   // "@anna" etc. is replaced by the id
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("expiry");
        QTest::addColumn<QString>("where"); // the oracle; ?1..?3 = anna, bob, carl; ?at = m_at
        QTest::addColumn<int>("atLeast");

        const int all = int(CacheEntriesModel::Expiry::All);
        const int expired = int(CacheEntriesModel::Expiry::ExpiredOnly);
        const int live = int(CacheEntriesModel::Expiry::LiveOnly);
        QTest::newRow("type content") << "content" << "" << "" << all << "c.cache_type = 'content'" << 40;
        QTest::newRow("type system") << "system" << "" << "" << all << "c.cache_type = 'system'" << 2;
        QTest::newRow("user by id") << "" << "@bob" << "" << all << "c.user_id = ?2" << 30;
        QTest::newRow("user by email part, any case") << "" << "anna.BERG" << "" << all << "c.user_id = ?1" << 30;
        QTest::newRow("user email with a literal underscore") << "" << "carl_x" << "" << all << "c.user_id = ?3" << 30;
        QTest::newRow("underscore is no wildcard") << "" << "carl_y" << "" << all << "false" << 0;
        QTest::newRow("user system") << "" << "system" << "" << all << "c.user_id IS NULL" << 2;
        QTest::newRow("key part") << "" << "" << "SYSTEM_prompt" << all << "c.cache_key LIKE 'system_prompt%'" << 2;
        QTest::newRow("percent is literal") << "" << "" << "o%5" << all << "c.cache_key = 'promo%50_off'" << 1;
        QTest::newRow("underscore in key is literal") << "" << "" << "0_o" << all << "c.cache_key = 'promo%50_off'" << 1;
        QTest::newRow("backslash is literal") << "" << "" << "k\\s" << all << "c.cache_key = 'back\\slash'" << 1;
        QTest::newRow("expired only (at the instant counts)") << "" << "" << "" << expired << "c.expires_at <= ?at" << 40;
        QTest::newRow("live only (permanent included)") << "" << "" << "" << live << "c.expires_at IS NULL OR c.expires_at > ?at" << 60;
        QTest::newRow("type, user and live") << "session" << "@anna" << "" << live
                                             << "c.cache_type = 'session' AND c.user_id = ?1 AND c.expires_at > ?at" << 3;
        QTest::newRow("expired of a user by email") << "" << "bob@" << "" << expired << "c.user_id = ?2 AND c.expires_at <= ?at" << 10;
        QTest::newRow("unknown type") << "legacy" << "" << "" << all << "c.cache_type = 'legacy'" << 1;
        QTest::newRow("nothing matches") << "" << "" << "no such key" << all << "false" << 0;
        QTest::newRow("quote and semicolon are data") << "" << "'; DROP TABLE ai_cache; --" << "" << all << "false" << 0;
    }

    void entriesModelFilters()
    {
        QFETCH(QString, type);
        QFETCH(QString, user);
        QFETCH(QString, key);
        QFETCH(int, expiry);
        QFETCH(QString, where);
        QFETCH(int, atLeast);
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        World w;
        QCOMPARE(seed(db, w), QString());
        DatabaseWorker worker(db.conninfo(), QStringLiteral("entries-filter"));
        QVERIFY(startWorker(worker));

        user.replace(QLatin1String("@anna"), QString::number(w.anna)).replace(QLatin1String("@bob"), QString::number(w.bob));
        where.replace(QLatin1String("?1"), QString::number(w.anna))
            .replace(QLatin1String("?2"), QString::number(w.bob))
            .replace(QLatin1String("?3"), QString::number(w.carl))
            .replace(QLatin1String("?at"), QStringLiteral("'2030-03-15 10:20:00'::timestamp"));
        const QList<qint64> expected = oracle(db, where);
        QVERIFY(!expected.contains(-1));
        QVERIFY2(expected.size() >= atLeast, qPrintable(QString::number(expected.size())));

        CacheEntriesModel model(worker);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(7);
        model.setFilter({type, user, key, CacheEntriesModel::Expiry(expiry), m_at});
        QCOMPARE(fetchAll(model), expected);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QVariantList row = model.rowValues(r);
            if (!type.isEmpty())
                QCOMPARE(row.value(CacheEntriesModel::Type).toString(), type);
            const bool expiredRow = row.value(CacheEntriesModel::ExpiredValue).toBool();
            const QDateTime expires = row.value(CacheEntriesModel::Expires).toDateTime();
            QCOMPARE(expiredRow, expires.isValid() && expires <= m_at);
            if (expiry == int(CacheEntriesModel::Expiry::ExpiredOnly))
                QVERIFY(expiredRow);
            if (expiry == int(CacheEntriesModel::Expiry::LiveOnly))
                QVERIFY(!expiredRow);
        }
    }

    void aRareTypeIsReadThroughTheTypeIndex()
    {
        // 0006: pages of one type are a range of (cache_type, id), not a scan of the table.
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int user = addUser(db, {QStringLiteral("many@example.com"), QStringLiteral("pro")});
        QCOMPARE(db.exec(QStringLiteral(
                     "INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at)"
                     " SELECT 's_' || g, 'session', '{}', ?, '2030-03-16' FROM generate_series(1, 30000) g"),
                     {user}),
                 QString());
        QCOMPARE(db.exec(QStringLiteral("INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id)"
                                        " VALUES ('p1', 'system', '\"a\"', NULL), ('p2', 'system', '\"b\"', NULL)")),
                 QString());
        QCOMPARE(db.exec(QStringLiteral("ANALYZE ai_cache")), QString());
        const auto scans = [&] {
            return db.scalar(QStringLiteral("SELECT idx_scan FROM pg_stat_user_indexes WHERE indexrelname = 'qd_ai_cache_type_id'")).toLongLong();
        };
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'qd_ai_cache_type_id'")).toInt(), 1);
        const qint64 before = scans();
        const auto page = CacheEntriesModel::load(db.connectionName(), {QStringLiteral("system"), {}, {}, CacheEntriesModel::Expiry::All, m_at},
                                                  QVariant(), 200);
        QVERIFY2(page.ok(), qPrintable(page.error()));
        QCOMPARE(page->size(), 2);
        db.scalar(QStringLiteral("SELECT pg_stat_force_next_flush()"));
        QTRY_VERIFY(scans() > before);
    }

    void entriesRowsCarryTheSizeButNotTheData()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        World w;
        QCOMPARE(seed(db, w), QString());
        DatabaseWorker worker(db.conninfo(), QStringLiteral("entries-size"));
        QVERIFY(startWorker(worker));
        CacheEntriesModel model(worker);
        model.setFilter({QStringLiteral("extraction"), {}, QStringLiteral("broken_1"), CacheEntriesModel::Expiry::All, m_at});
        QTRY_COMPARE(model.rowCount(), 1);
        const QVariantList row = model.rowValues(0);
        QCOMPARE(row.size(), int(CacheEntriesModel::ExpiredValue) + 1);
        for (const QVariant &value : row)
            QVERIFY(!value.toString().contains(QLatin1String("truncated")));
        QCOMPARE(row.value(CacheEntriesModel::Size).toLongLong(), qint64(QByteArray("{\"response\": \"truncated").size()));
        QCOMPARE(row.value(CacheEntriesModel::UserIdValue).toInt(), w.carl);
        QCOMPARE(model.data(model.index(0, CacheEntriesModel::User)).toString(), QStringLiteral("carl_x@example.org"));
        QCOMPARE(model.data(model.index(0, CacheEntriesModel::Expires)).toString(), QStringLiteral("2030-03-16 00:00"));
        QCOMPARE(model.data(model.index(0, CacheEntriesModel::Hits)).toString(), QStringLiteral("4"));

        model.setFilter({QStringLiteral("system"), {}, {}, CacheEntriesModel::Expiry::All, m_at});
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, CacheEntriesModel::User)).toString(), QStringLiteral("system"));
        QCOMPARE(model.data(model.index(0, CacheEntriesModel::Expires)).toString(), QStringLiteral("never"));
        QVERIFY(model.rowValues(0).value(CacheEntriesModel::UserIdValue).isNull());

        model.setFilter({{}, {}, QStringLiteral("back\\slash"), CacheEntriesModel::Expiry::All, m_at});
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, CacheEntriesModel::Expires)).toString(), QStringLiteral("2030-03-15 10:20 (expired)"));
    }

    void loadEntryReadsOneRowInFullWithoutCountingALookup()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        World w;
        QCOMPARE(seed(db, w), QString());
        const qint64 broken = db.scalar(QStringLiteral("SELECT id FROM ai_cache WHERE cache_key = 'broken_1'")).toLongLong();
        const qint64 valid = db.scalar(QStringLiteral("SELECT id FROM ai_cache WHERE cache_type = 'session' ORDER BY id LIMIT 1")).toLongLong();
        const qint64 system = db.scalar(QStringLiteral("SELECT id FROM ai_cache WHERE cache_key = 'system_prompt_2'")).toLongLong();
        const QString before = cacheFingerprint(db);

        auto entry = CacheEntriesModel::loadEntry(db.connectionName(), broken, m_at);
        QVERIFY2(entry.ok(), qPrintable(entry.error()));
        QVERIFY(entry->has_value());
        const CacheEntryDetails &b = **entry;
        QCOMPARE(b.entry.data, QStringLiteral("{\"response\": \"truncated"));
        QVERIFY(!b.entry.dataIsJson);
        QCOMPARE(b.entry.key, QStringLiteral("broken_1"));
        QCOMPARE(b.entry.userId.value_or(0), w.carl);
        QCOMPARE(b.ownerEmail, QStringLiteral("carl_x@example.org"));
        QCOMPARE(b.entry.accessCount, 4);
        QCOMPARE(b.bytes, qint64(b.entry.data.toUtf8().size()));
        QVERIFY(!b.expired);
        QCOMPARE(b.entry.metadata, QStringLiteral("null"));

        entry = CacheEntriesModel::loadEntry(db.connectionName(), valid, m_at);
        QVERIFY(entry.ok() && entry->has_value());
        QVERIFY((*entry)->entry.dataIsJson);
        QVERIFY((*entry)->entry.dataValue().isObject());

        entry = CacheEntriesModel::loadEntry(db.connectionName(), system, m_at);
        QVERIFY(entry.ok() && entry->has_value());
        QVERIFY(!(*entry)->entry.userId);
        QVERIFY(!(*entry)->entry.expiresAt.isValid());
        QCOMPARE((*entry)->entry.dataValue().toString(), QStringLiteral("You are terse."));

        entry = CacheEntriesModel::loadEntry(db.connectionName(), 999999, m_at);
        QVERIFY(entry.ok());
        QVERIFY(!entry->has_value());

        // A preview is no lookup: no hit counted, nothing recorded.
        QCOMPARE(cacheFingerprint(db), before);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM quotadesk.cache_lookups")).toInt(), 0);
    }

    void countUserEntriesCountsWhatAUserCleanUpDeletes()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        World w;
        QCOMPARE(seed(db, w), QString());
        const auto count = CacheService(db.connectionName()).countUserEntries(w.bob);
        QVERIFY2(count.ok(), qPrintable(count.error()));
        const int staff = addStaff(db);
        const auto deleted = CacheService(db.connectionName()).cleanupUser(staff, w.bob);
        QVERIFY2(deleted.ok(), qPrintable(deleted.error()));
        QCOMPARE(count->rows, *deleted);
        QVERIFY(count->rows > 30);
        QCOMPARE(CacheService(db.connectionName()).countUserEntries(w.bob)->rows, 0);
    }

    void typeStatsModelShowsTheEngineStatistics()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        World w;
        QCOMPARE(seed(db, w), QString());
        const auto stats = CacheService(db.connectionName()).stats(m_at);
        QVERIFY2(stats.ok(), qPrintable(stats.error()));

        CacheTypeStatsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setStats(*stats);
        // The four types in their order, the one found besides, then all types.
        QCOMPARE(model.rowCount(), 6);
        const QStringList order{QStringLiteral("system"), QStringLiteral("session"), QStringLiteral("content"),
                                QStringLiteral("extraction"), QStringLiteral("legacy"), QString()};
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.typeAt(r), order.at(r));
            const CacheTypeStats expected = order.at(r).isEmpty()
                ? CacheTypeStats{stats->totalEntries, stats->totalHits, stats->storageMb, stats->costSavedUsd, stats->expiredEntries, {}}
                : stats->byType.value(order.at(r));
            const auto value = [&](int column) { return model.data(model.index(r, column), Qt::UserRole); };
            QCOMPARE(value(CacheTypeStatsModel::Entries).toLongLong(), expected.entries);
            QCOMPARE(value(CacheTypeStatsModel::Hits).toLongLong(), expected.hits);
            QCOMPARE(value(CacheTypeStatsModel::StorageMb).toDouble(), expected.storageMb);
            QCOMPARE(value(CacheTypeStatsModel::CostSavedUsd).toDouble(), expected.costSavedUsd);
            QCOMPARE(value(CacheTypeStatsModel::Expired).toLongLong(), expected.expired);
            QCOMPARE(model.data(model.index(r, CacheTypeStatsModel::Entries)).toString(), QLocale().toString(expected.entries));
        }
        QCOMPARE(model.data(model.index(5, CacheTypeStatsModel::Type)).toString(), QStringLiteral("All types"));
        QCOMPARE(model.data(model.index(0, CacheTypeStatsModel::Hits)).toLongLong(), 15);
        QCOMPARE(model.data(model.index(5, CacheTypeStatsModel::Entries)).toString(), QStringLiteral("147"));
        QCOMPARE(model.data(model.index(2, CacheTypeStatsModel::CostSavedUsd)).toString(), (QLocale().language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale()).toCurrencyString(stats->byType.value(QStringLiteral("content")).costSavedUsd, QStringLiteral("$"), 2));
        QVERIFY(model.data(model.index(2, CacheTypeStatsModel::CostSavedUsd)).toString().contains(u'$'));

        // Same shape again: values change in place; a new shape resets.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setStats(*stats);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);
        model.setStats(CacheStats());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 5);
    }

    void hitRateByDayModelHasARowOnlyForDaysWithLookups()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        // Lookups on the 10th and 12th (none on the 11th); a bucket of zeros on the 13th.
        QCOMPARE(db.exec(QStringLiteral(
                     "INSERT INTO quotadesk.cache_lookups (bucket, cache_type, hits, misses) VALUES"
                     " ('2030-03-10 08:00', 'system', 30, 10), ('2030-03-10 09:00', 'session', 0, 10),"
                     " ('2030-03-12 23:00', 'content', 7, 3), ('2030-03-13 01:00', 'content', 0, 0)")),
                 QString());
        const QDateTime since = utc("2030-03-09T00:00:00Z");
        const auto stats = CacheService(db.connectionName()).stats(m_at, since);
        QVERIFY2(stats.ok(), qPrintable(stats.error()));

        HitRateByDayModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy window(&model, &HitRateByDayModel::windowChanged);
        model.setDays(stats->hitRateByDay, since.date(), m_at.date());
        QCOMPARE(window.count(), 1);
        QCOMPARE(model.firstDay(), QDate(2030, 3, 9));
        QCOMPARE(model.dayCount(), 7);
        QCOMPARE(model.rowCount(), 2); // no invented zero for the 11th or the 13th
        const auto at = [&](int row, int column) { return model.data(model.index(row, column)); };
        QCOMPARE(at(0, HitRateByDayModel::DayOffset).toDouble(), 1.0);
        QCOMPARE(at(0, HitRateByDayModel::HitRatePercent).toDouble(), 60.0);
        QCOMPARE(at(0, HitRateByDayModel::Hits).toLongLong(), 30);
        QCOMPARE(at(0, HitRateByDayModel::Misses).toLongLong(), 20);
        QCOMPARE(at(1, HitRateByDayModel::DayOffset).toDouble(), 3.0);
        QCOMPARE(at(1, HitRateByDayModel::HitRatePercent).toDouble(), 70.0);
        QCOMPARE(at(1, HitRateByDayModel::Day).toDate(), QDate(2030, 3, 12));
        // Chart columns are numbers for DisplayRole (QVXYModelMapper reads that role).
        QCOMPARE(at(1, HitRateByDayModel::HitRatePercent).typeId(), QMetaType::Double);

        // The whole history: the window starts at the first day with lookups.
        model.setDays(stats->hitRateByDay, QDate(), m_at.date());
        QCOMPARE(model.firstDay(), QDate(2030, 3, 10));
        QCOMPARE(at(0, HitRateByDayModel::DayOffset).toDouble(), 0.0);
        QCOMPARE(model.dayCount(), 6);

        // Nothing recorded: no rows, a window of the given day.
        model.setDays({}, QDate(), m_at.date());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.dayCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCacheModels)
#include "tst_cache_models.moc"
