// The Cache page offscreen against a real PostgreSQL: the donut and charts show the
// engine's statistics, the preview shows invalid JSON raw under a marker, and the admin
// actions (clean-up with progress and cancel, warm-up, delete, user clean-up) change
// exactly what they confirm, audited, and nothing for an account that is not staff.
#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>
#include <QToolButton>

#include "cache/CacheEntriesModel.h"
#include "cache/CacheService.h"
#include "cache/PromptSet.h"
#include "cache/CacheTypeStatsModel.h"
#include "cache/HitRateByDayModel.h"
#include "CacheTestData.h"
#include "charts/HitRateDonut.h"
#include "DashboardFixture.h"
#include "db/DatabaseWorker.h"
#include "demo/DemoData.h"
#include "pages/cache/CacheEntryPreview.h"
#include "pages/CachePage.h"
#include "pages/StatTile.h"
#include "shell/Dialogs.h"
#include "users/UserLookup.h"

#include <QPieSlice>

using namespace CacheTest;

namespace {
const QString StaffEmail = QStringLiteral("staff@example.com");
const QString AnnaEmail = QStringLiteral("anna@example.com");
const QString BobEmail = QStringLiteral("bob@example.com");
} // namespace

class TestCachePage final : public QObject
{
    Q_OBJECT

private:
    struct World
    {
        int staff = 0;
        int anna = 0;
        int bob = 0;
    };

    static QString addWorld(const TestDatabase &db, World &w)
    {
        w.staff = addStaff(db, StaffEmail);
        w.anna = addUser(db, {AnnaEmail, QStringLiteral("pro")});
        w.bob = addUser(db, {BobEmail, QStringLiteral("annual")});
        return w.staff && w.anna && w.bob ? QString() : QStringLiteral("users not created");
    }

    // `expired` rows expired an hour or more ago, `live` rows expiring a day or more from
    // now, `system` permanent rows; the owners alternate between anna and bob.
    static QString seedRows(const TestDatabase &db, const World &w, int expired, int live, int system)
    {
        const QString now = QStringLiteral("(now() AT TIME ZONE 'UTC')");
        QString error = db.exec(QStringLiteral(
            "INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at, access_count, created_at)"
            " SELECT 'old_' || g, (ARRAY['session', 'content', 'extraction'])[1 + g % 3], '{\"response\": \"old\"}',"
            "        CASE WHEN g % 2 = 0 THEN ?::int ELSE ?::int END, %1 - interval '1 hour' - g * interval '1 second', g % 4,"
            "        %1 - interval '3 hours' FROM generate_series(1, ?::int) g").arg(now),
            {w.anna, w.bob, expired});
        if (error.isEmpty())
            error = db.exec(QStringLiteral(
                "INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at, access_count, created_at)"
                " SELECT 'live_' || g, (ARRAY['session', 'content', 'extraction'])[1 + g % 3], '{\"response\": \"new\"}',"
                "        CASE WHEN g % 2 = 0 THEN ?::int ELSE ?::int END, %1 + interval '1 day' + g * interval '1 second', g % 3,"
                "        %1 - interval '5 minutes' FROM generate_series(1, ?::int) g").arg(now),
                {w.anna, w.bob, live});
        if (error.isEmpty())
            error = db.exec(QStringLiteral(
                "INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at, access_count)"
                " SELECT 'sys_' || g, 'system', '\"prompt\"', NULL, NULL, 5 FROM generate_series(1, ?::int) g"),
                {system});
        return error;
    }

    static QString ids(const TestDatabase &db, const QString &where = QStringLiteral("true"))
    {
        return db.scalar(QStringLiteral("SELECT coalesce(string_agg(id::text, ',' ORDER BY id), '') FROM ai_cache WHERE %1").arg(where))
            .toString();
    }

    static void loadDemo(DashboardFixture &f)
    {
        QVERIFY2(f.db().markAsDemo().ok(), "not marked as a demo database");
        const auto loaded = DemoData::generate(f.db().connectionName(), DemoData::Options{120, 3, 5, {}});
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    }

    // Shows the page and waits for its first complete load.
    static bool loadPage(CachePage &page)
    {
        QSignalSpy loaded(&page, &Page::loaded);
        page.resize(1210, 760);
        page.show();
        page.refresh();
        return QTest::qWaitFor([&] { return loaded.count() >= 1; }, 30000);
    }

    static bool waitEntries(CachePage &page)
    {
        return QTest::qWaitFor([&] { return !page.entriesModel()->isLoading(); }, 10000);
    }

    // Filters the entries by key and selects the first row; its id.
    static qint64 selectByKey(CachePage &page, const QString &key)
    {
        page.findField()->setText(key);
        if (!QTest::qWaitFor([&] {
                return !page.entriesModel()->isLoading() && page.entriesModel()->filter().key == key && page.entriesModel()->rowCount() > 0;
            }, 10000))
            return 0;
        auto *table = page.findChild<QTableView *>(QStringLiteral("cacheEntriesTable"));
        table->selectRow(0);
        return page.entriesModel()->rowValues(0).value(CacheEntriesModel::Id).toLongLong();
    }

    static QString lastFinished(const QSignalSpy &spy)
    {
        return spy.isEmpty() ? QString() : spy.last().first().toString();
    }

private slots:
    void theDonutShowsTheEngineNumbers_data()
    {
        QTest::addColumn<int>("window");
        QTest::addColumn<int>("days"); // 0 = all recorded
        QTest::newRow("today") << 0 << 1;
        QTest::newRow("last 7 days (default)") << 1 << 7;
        QTest::newRow("last 30 days") << 2 << 30;
        QTest::newRow("all recorded") << 3 << 0;
    }
    void theDonutShowsTheEngineNumbers()
    {
        QFETCH(int, window);
        QFETCH(int, days);
        DashboardFixture f(DemoData::staffEmail());
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        loadDemo(f);
        CachePage page(f.context());
        QVERIFY(loadPage(page));
        auto *selector = page.findChild<QComboBox *>(QStringLiteral("windowSelector"));
        QVERIFY(selector);
        QSignalSpy loaded(&page, &Page::loaded);
        if (selector->currentIndex() == window)
            page.refresh();
        else
            selector->setCurrentIndex(window);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);

        const QDateTime at = page.statsAt();
        const QDateTime midnight(at.date(), QTime(0, 0), QTimeZone::utc());
        QCOMPARE(page.windowStart(), days > 0 ? midnight.addDays(1 - days) : QDateTime());
        const auto stats = CacheService(f.db().connectionName()).stats(at, page.windowStart());
        QVERIFY2(stats.ok(), qPrintable(stats.error()));
        QVERIFY(stats->hitRate); // the demo records lookups
        QVERIFY(stats->lookupHits > 0 && stats->lookupMisses > 0);

        HitRateDonut *donut = page.donut();
        QCOMPARE(donut->objectName(), QStringLiteral("hitRateDonut"));
        QVERIFY(donut->isRateKnown());
        QCOMPARE(donut->hitsSlice()->value(), double(stats->lookupHits));
        QCOMPARE(donut->missesSlice()->value(), double(stats->lookupMisses));
        QCOMPARE(donut->centerText(), QStringLiteral("%1 %").arg(QLocale().toString(*stats->hitRate * 100.0, 'f', 1)));
        QVERIFY(donut->noteText().contains(QLocale().toString(stats->lookupHits + stats->lookupMisses)));
        QVERIFY(donut->noteText().contains(QLatin1String("60 %")));

        qsizetype daysWithRate = 0;
        for (const CacheDayHitRate &day : stats->hitRateByDay)
            daysWithRate += day.hitRate ? 1 : 0;
        QCOMPARE(page.hitRateByDayModel()->rowCount(), int(daysWithRate));
        for (int r = 0; r < page.hitRateByDayModel()->rowCount(); ++r) {
            const QDate day = page.hitRateByDayModel()->data(page.hitRateByDayModel()->index(r, HitRateByDayModel::Day)).toDate();
            const auto match = std::find_if(stats->hitRateByDay.cbegin(), stats->hitRateByDay.cend(),
                                            [&](const CacheDayHitRate &d) { return d.day == day; });
            QVERIFY(match != stats->hitRateByDay.cend());
            QCOMPARE(page.hitRateByDayModel()->data(page.hitRateByDayModel()->index(r, HitRateByDayModel::HitRatePercent)).toDouble(),
                     *match->hitRate * 100.0);
        }

        CacheTypeStatsModel *types = page.typeStatsModel();
        for (int r = 0; r < types->rowCount() - 1; ++r) {
            const CacheTypeStats expected = stats->byType.value(types->typeAt(r));
            QCOMPARE(types->data(types->index(r, CacheTypeStatsModel::Entries), Qt::UserRole).toLongLong(), expected.entries);
            QCOMPARE(types->data(types->index(r, CacheTypeStatsModel::Expired), Qt::UserRole).toLongLong(), expected.expired);
        }
        QCOMPARE(page.findChild<StatTile *>(QStringLiteral("costSavedTile"))->value(),
                 (QLocale().language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale()).toCurrencyString(stats->costSavedUsd, QStringLiteral("$"), 2));
        QCOMPARE(page.findChild<StatTile *>(QStringLiteral("storageTile"))->value(),
                 QStringLiteral("%1 MB").arg(QLocale().toString(stats->storageMb, 'f', 2)));
    }

    void withoutRecordedLookupsTheRateIsUnknownAndReuseIsShown()
    {
        DashboardFixture f(StaffEmail);
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        World w;
        QCOMPARE(addWorld(f.db(), w), QString());
        QCOMPARE(seedRows(f.db(), w, 3, 4, 1), QString());
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT count(*) FROM quotadesk.cache_lookups")).toInt(), 0);
        CachePage page(f.context());
        QVERIFY(loadPage(page));

        const auto stats = CacheService(f.db().connectionName()).stats(page.statsAt(), page.windowStart());
        QVERIFY(stats.ok());
        QVERIFY(!stats->hitRate);
        QVERIFY(stats->hitsPerEntry);
        HitRateDonut *donut = page.donut();
        QVERIFY(!donut->isRateKnown());
        QCOMPARE(donut->centerText(), QStringLiteral("unknown"));
        QVERIFY(!donut->centerText().contains(u'%'));
        QVERIFY2(donut->noteText().contains(QLatin1String("Hit rate unknown (no lookups recorded)")), qPrintable(donut->noteText()));
        QVERIFY2(donut->noteText().contains(QLocale().toString(*stats->hitsPerEntry, 'f', 2)), qPrintable(donut->noteText()));
        QVERIFY(donut->noteText().contains(QLatin1String("hits per entry")));
        QCOMPARE(donut->hitsSlice()->value(), 0.0);
        QCOMPARE(donut->missesSlice()->value(), 0.0);
        QCOMPARE(page.hitRateByDayModel()->rowCount(), 0);

        // A lookup recorded now turns it into a rate.
        QVERIFY(CacheService(f.db().connectionName()).get(QStringLiteral("sys_1"), QStringLiteral("system"), std::nullopt).ok());
        QSignalSpy loaded(&page, &Page::loaded);
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
        QVERIFY(donut->isRateKnown());
        QCOMPARE(donut->centerText(), QStringLiteral("%1 %").arg(QLocale().toString(100.0, 'f', 1)));
        QCOMPARE(donut->hitsSlice()->value(), 1.0);
    }

    void cleanUpFromThePageDeletesExactlyTheExpiredRows()
    {
        DashboardFixture f(StaffEmail);
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        World w;
        QCOMPARE(addWorld(f.db(), w), QString());
        QCOMPARE(seedRows(f.db(), w, 1234, 300, 5), QString());
        const QString liveBefore = ids(f.db(), QStringLiteral("expires_at IS NULL OR expires_at > now() AT TIME ZONE 'UTC'"));
        const QString expiredBefore = ids(f.db(), QStringLiteral("expires_at <= now() AT TIME ZONE 'UTC'"));
        QCOMPARE(int(expiredBefore.count(u',')) + 1, 1234);
        const QString liveRows = f.db().scalar(QStringLiteral(
            "SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) FROM ai_cache t WHERE expires_at IS NULL OR expires_at > now() AT TIME ZONE 'UTC'")).toString();

        CachePage page(f.context());
        QVERIFY(loadPage(page));
        page.setCleanupBatchSize(100);
        QSignalSpy finished(&page, &CachePage::actionFinished);
        QSignalSpy progress(&page, &CachePage::cleanupProgressed);
        Dialogs::takeMessages();
        Dialogs::queueAnswer(true);
        page.findChild<QPushButton *>(QStringLiteral("cleanupButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);

        QCOMPARE(lastFinished(finished), QStringLiteral("1,234 expired rows deleted"));
        const QStringList messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 2);
        QVERIFY2(messages.first().contains(QLatin1String("Delete 1,234 expired cache rows")), qPrintable(messages.first()));
        QVERIFY(messages.first().contains(StaffEmail));
        QCOMPARE(messages.last(), QStringLiteral("Clean up expired cache rows: 1,234 expired rows deleted"));

        QCOMPARE(ids(f.db()), liveBefore); // exactly the expired rows went; live and system rows stay...
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) FROM ai_cache t")).toString(),
                 liveRows); // ...untouched
        // One audit row per committed batch, all under one action id, adding up to the rows deleted.
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT count(DISTINCT details->>'action_id') FROM admin_action_logs WHERE action = 'cache.cleanup_expired'")).toInt(),
                 1);
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT sum((details->>'deleted')::int) FROM admin_action_logs WHERE action = 'cache.cleanup_expired'")).toInt(),
                 1234);
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT min(admin_user_id) FROM admin_action_logs WHERE action = 'cache.cleanup_expired'")).toInt(),
                 w.staff);
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT max(admin_user_id) FROM admin_action_logs WHERE action = 'cache.cleanup_expired'")).toInt(),
                 w.staff);

        // Progress came batch by batch, on the GUI thread, up to the total.
        QTRY_VERIFY(progress.count() >= 13);
        QCOMPARE(progress.last().at(0).toLongLong(), 1234);
        QCOMPARE(progress.last().at(1).toLongLong(), 1234);
        QVERIFY(!page.isBusy());
        QVERIFY(page.findChild<QWidget *>(QStringLiteral("cleanupProgressBox"))->isHidden());
        // And the page shows the result.
        QTRY_COMPARE_WITH_TIMEOUT(page.findChild<StatTile *>(QStringLiteral("entriesTile"))->value(), QStringLiteral("305"), 20000);

        // Nothing left: says so, deletes nothing, writes no audit row, asks nothing.
        const int auditedBefore = auditRows(f.db(), QStringLiteral("cache.cleanup_expired"));
        page.findChild<QPushButton *>(QStringLiteral("cleanupButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QVERIFY(lastFinished(finished).contains(QLatin1String("no expired cache rows")));
        QCOMPARE(auditRows(f.db(), QStringLiteral("cache.cleanup_expired")), auditedBefore);
    }

    void cancellingACleanUpMidwayKeepsTheAuditEqualToTheRowsDeleted()
    {
        DashboardFixture f(StaffEmail);
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        World w;
        QCOMPARE(addWorld(f.db(), w), QString());
        QCOMPARE(seedRows(f.db(), w, 6000, 200, 3), QString());
        const QString liveBefore = ids(f.db(), QStringLiteral("expires_at IS NULL OR expires_at > now() AT TIME ZONE 'UTC'"));

        CachePage page(f.context());
        QVERIFY(loadPage(page));
        page.setCleanupBatchSize(50);
        page.setCleanupBatchPause(40); // 120 batches: seconds, time enough to refresh and press Cancel
        QSignalSpy finished(&page, &CachePage::actionFinished);
        QSignalSpy progress(&page, &CachePage::cleanupProgressed);
        Dialogs::queueAnswer(true);
        page.findChild<QPushButton *>(QStringLiteral("cleanupButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 1, 20000);
        QVERIFY(page.isBusy());
        auto *cancel = page.findChild<QPushButton *>(QStringLiteral("cleanupCancelButton"));
        QVERIFY(cancel->isVisible());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("deleteEntryButton"))->isEnabled());

        // The page stays usable meanwhile: a refresh loads on the reader worker.
        QSignalSpy loaded(&page, &Page::loaded);
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
        QVERIFY(page.isBusy()); // the clean-up still runs

        cancel->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const qint64 remaining = f.db().scalar(QStringLiteral("SELECT count(*) FROM ai_cache WHERE expires_at <= now() AT TIME ZONE 'UTC'")).toLongLong();
        const qint64 deleted = 6000 - remaining;
        QVERIFY2(deleted > 0 && deleted < 6000, qPrintable(QString::number(deleted)));
        QCOMPARE(deleted % 50, 0); // whole batches
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT sum((details->>'deleted')::bigint) FROM admin_action_logs WHERE action = 'cache.cleanup_expired'")).toLongLong(),
                 deleted);
        QCOMPARE(auditRows(f.db(), QStringLiteral("cache.cleanup_expired")), int(deleted / 50)); // one per committed batch
        QCOMPARE(lastFinished(finished),
                 QStringLiteral("Clean-up cancelled: %1 of 6,000 expired rows deleted; the rest stay until the next clean-up.")
                     .arg(QLocale().toString(deleted)));
        QCOMPARE(ids(f.db(), QStringLiteral("expires_at IS NULL OR expires_at > now() AT TIME ZONE 'UTC'")), liveBefore);
        QVERIFY(!page.isBusy());
    }

    void declinedConfirmationsChangeNothing_data()
    {
        QTest::addColumn<QString>("button");
        QTest::newRow("clean up expired") << "cleanupButton";
        QTest::newRow("warm up") << "warmupButton";
        QTest::newRow("delete entry") << "deleteEntryButton";
        QTest::newRow("clean up user") << "cleanupUserButton";
    }
    void declinedConfirmationsChangeNothing()
    {
        QFETCH(QString, button);
        DashboardFixture f(StaffEmail);
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        World w;
        QCOMPARE(addWorld(f.db(), w), QString());
        QCOMPARE(seedRows(f.db(), w, 20, 20, 2), QString());
        const QString before = cacheFingerprint(f.db());
        CachePage page(f.context());
        QVERIFY(loadPage(page));
        QVERIFY(selectByKey(page, QStringLiteral("live_10")) > 0);
        QSignalSpy finished(&page, &CachePage::actionFinished);
        Dialogs::takeMessages();
        Dialogs::queueAnswer(false);
        QVERIFY(page.findChild<QAbstractButton *>(button)->isEnabled());
        page.findChild<QAbstractButton *>(button)->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(lastFinished(finished), QString());
        QCOMPARE(Dialogs::takeMessages().size(), 1); // the question, no report
        QCOMPARE(cacheFingerprint(f.db()), before);
        QCOMPARE(auditRows(f.db()), 0);
    }

    void thePreviewShowsInvalidJsonRawUnderAMarker()
    {
        DashboardFixture f(StaffEmail);
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        World w;
        QCOMPARE(addWorld(f.db(), w), QString());
        const QString raw = QStringLiteral("{\"response\": \"truncated by a crash");
        QCOMPARE(f.db().exec(QStringLiteral(
                     "INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at, cache_metadata) VALUES"
                     " ('broken_entry', 'content', ?, ?, '2100-01-01', NULL),"
                     " ('valid_entry', 'session', '{\"response\": \"hello\", \"n\": [1, 2]}', ?, '2100-01-01', '{\"provider\": \"gemini\"}'),"
                     " ('prompt_entry', 'system', '\"Line one\\nLine two\"', NULL, NULL, '{\"permanent\": true}')"),
                     {raw, w.anna, w.bob}),
                 QString());
        CachePage page(f.context());
        QVERIFY(loadPage(page));
        CacheEntryPreview *preview = page.preview();
        QCOMPARE(preview->objectName(), QStringLiteral("entryPreview"));
        const QString before = cacheFingerprint(f.db());

        const qint64 broken = selectByKey(page, QStringLiteral("broken_entry"));
        QVERIFY(broken > 0);
        QTRY_COMPARE(preview->entryId(), broken);
        QCOMPARE(preview->dataText(), raw);
        QVERIFY(preview->isMarkedNotJson());
        QVERIFY(preview->findChild<QWidget *>(QStringLiteral("entryPreviewMarker"))->isVisible());
        QVERIFY(preview->markerText().contains(QLatin1String("Not valid JSON")));
        QCOMPARE(preview->findChild<QLabel *>(QStringLiteral("entryPreviewOwner"))->text(), QStringLiteral("%1 (#%2)").arg(AnnaEmail).arg(w.anna));
        QCOMPARE(preview->findChild<QLabel *>(QStringLiteral("entryPreviewMetadata"))->text(), QStringLiteral("none"));

        const qint64 valid = selectByKey(page, QStringLiteral("valid_entry"));
        QTRY_COMPARE(preview->entryId(), valid);
        const QJsonObject object = QJsonDocument::fromJson("{\"response\": \"hello\", \"n\": [1, 2]}").object();
        QCOMPARE(preview->dataText(), QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
        QVERIFY(!preview->isMarkedNotJson());
        QCOMPARE(preview->findChild<QLabel *>(QStringLiteral("entryPreviewMetadata"))->text(), QStringLiteral("{\"provider\":\"gemini\"}"));

        const qint64 prompt = selectByKey(page, QStringLiteral("prompt_entry"));
        QTRY_COMPARE(preview->entryId(), prompt);
        QCOMPARE(preview->dataText(), QStringLiteral("Line one\nLine two")); // a JSON string shows as its text
        QCOMPARE(preview->findChild<QLabel *>(QStringLiteral("entryPreviewExpires"))->text(), QStringLiteral("never"));

        // Previews count no lookups and touch no row.
        QCOMPARE(cacheFingerprint(f.db()), before);
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT count(*) FROM quotadesk.cache_lookups")).toInt(), 0);

        // The row goes away meanwhile: selected again, the preview says so.
        auto *table = page.findChild<QTableView *>(QStringLiteral("cacheEntriesTable"));
        QCOMPARE(f.db().exec(QStringLiteral("DELETE FROM ai_cache WHERE id = ?"), {prompt}), QString());
        table->setCurrentIndex(QModelIndex());
        QCOMPARE(preview->entryId(), 0);
        table->selectRow(0);
        auto *title = preview->findChild<QLabel *>(QStringLiteral("entryPreviewTitle"));
        QTRY_COMPARE(title->text(), QStringLiteral("This entry no longer exists."));
        QCOMPARE(preview->entryId(), 0);
        QVERIFY(preview->dataText().isEmpty());
    }

    void warmingUpTwiceFromThePageLeavesEverythingUnchangedTheSecondTime()
    {
        DashboardFixture f(StaffEmail);
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        World w;
        QCOMPARE(addWorld(f.db(), w), QString());
        const auto prompts = PromptSet::load(QString());
        QVERIFY(prompts.ok());
        const QString n = QLocale().toString(prompts->size());
        CachePage page(f.context());
        QVERIFY(loadPage(page));
        QSignalSpy finished(&page, &CachePage::actionFinished);
        auto *warmup = page.findChild<QToolButton *>(QStringLiteral("warmupButton"));
        QVERIFY(warmup);

        Dialogs::takeMessages();
        Dialogs::queueAnswer(true);
        warmup->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(lastFinished(finished), QStringLiteral("System caches warmed up: %1 inserted, 0 updated, 0 unchanged.").arg(n));
        QVERIFY2(Dialogs::takeMessages().first().contains(QStringLiteral("Warm up %1 permanent system cache entries from the default prompt set").arg(n)),
                 "the confirmation names the count and the source");
        const QString afterFirst = cacheFingerprint(f.db());

        Dialogs::queueAnswer(true);
        warmup->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QCOMPARE(lastFinished(finished), QStringLiteral("System caches warmed up: 0 inserted, 0 updated, %1 unchanged.").arg(n));
        QCOMPARE(cacheFingerprint(f.db()), afterFirst);
        QCOMPARE(auditRows(f.db(), QStringLiteral("cache.warmup")), 2);
    }

    void warmingUpFromAFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("valid");
        QTest::newRow("an array") << QByteArray("[\"a\", \"b\"]") << false;
        QTest::newRow("broken JSON") << QByteArray("{\"a\": \"x\",\n \"b\": }") << false;
        QTest::newRow("an empty prompt") << QByteArray("{\"a\": \"  \"}") << false;
        QTest::newRow("two prompts") << QByteArray("{\"team_prompt\": \"Be kind.\", \"other_prompt\": \"Be brief.\"}") << true;
    }
    void warmingUpFromAFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, valid);
        DashboardFixture f(StaffEmail);
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        World w;
        QCOMPARE(addWorld(f.db(), w), QString());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("prompts.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const QString before = cacheFingerprint(f.db());

        CachePage page(f.context());
        QVERIFY(loadPage(page));
        QSignalSpy finished(&page, &CachePage::actionFinished);
        auto *fromFile = page.findChild<QAction *>(QStringLiteral("warmupFromFileAction"));
        QVERIFY(fromFile);

        // No file chosen: nothing happens.
        Dialogs::queueAnswer(QString());
        fromFile->trigger();
        QVERIFY(f.waitIdle());
        QVERIFY(!page.isBusy());
        QCOMPARE(finished.count(), 0);

        Dialogs::takeMessages();
        Dialogs::queueAnswer(path);
        Dialogs::queueAnswer(true);
        fromFile->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        if (valid) {
            QCOMPARE(lastFinished(finished), QStringLiteral("System caches warmed up: 2 inserted, 0 updated, 0 unchanged."));
            QCOMPARE(f.db().scalar(QStringLiteral("SELECT cache_data FROM ai_cache WHERE cache_key = 'team_prompt' AND cache_type = 'system'")).toString(),
                     QStringLiteral("\"Be kind.\""));
        } else {
            const QString expected = PromptSet::load(path).error();
            QVERIFY(!expected.isEmpty());
            QCOMPARE(lastFinished(finished), expected);
            QCOMPARE(Dialogs::takeMessages(), QStringList{QStringLiteral("Warm up system caches: %1").arg(expected)});
            QCOMPARE(cacheFingerprint(f.db()), before);
            QCOMPARE(auditRows(f.db()), 0);
        }
    }

    void deletingTheSelectedEntryDeletesExactlyThatRow()
    {
        DashboardFixture f(StaffEmail);
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        World w;
        QCOMPARE(addWorld(f.db(), w), QString());
        QCOMPARE(seedRows(f.db(), w, 10, 10, 2), QString());
        CachePage page(f.context());
        QVERIFY(loadPage(page));
        const qint64 id = selectByKey(page, QStringLiteral("live_4"));
        QVERIFY(id > 0);
        const QString type = f.db().scalar(QStringLiteral("SELECT cache_type FROM ai_cache WHERE id = ?"), {id}).toString();
        const QString others = ids(f.db(), QStringLiteral("id <> %1").arg(id));
        QSignalSpy finished(&page, &CachePage::actionFinished);
        Dialogs::takeMessages();
        Dialogs::queueAnswer(true);
        page.findChild<QPushButton *>(QStringLiteral("deleteEntryButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(lastFinished(finished), QStringLiteral("1 cache entry deleted"));
        const QString question = Dialogs::takeMessages().first();
        QVERIFY2(question.contains(QLatin1String("\"live_4\"")) && question.contains(QStringLiteral("type %1").arg(type))
                     && question.contains(QStringLiteral("owner %1").arg(AnnaEmail)) && question.contains(QLatin1String("Rows deleted: 1")),
                 qPrintable(question));
        QCOMPARE(ids(f.db()), others);
        QCOMPARE(auditRows(f.db(), QStringLiteral("cache.delete")), 1);
        // The listing reloads without the row.
        QTRY_VERIFY(page.entriesModel()->rowOfId(id) < 0 && !page.entriesModel()->isLoading());
    }

    void theDeleteKeyOnTheTableAsksFirstToo()
    {
        DashboardFixture f(StaffEmail);
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        World w;
        QCOMPARE(addWorld(f.db(), w), QString());
        QCOMPARE(seedRows(f.db(), w, 3, 3, 1), QString());
        const QString before = cacheFingerprint(f.db());
        CachePage page(f.context());
        QVERIFY(loadPage(page));
        QVERIFY(selectByKey(page, QStringLiteral("live_2")) > 0);
        auto *table = page.findChild<QTableView *>(QStringLiteral("cacheEntriesTable"));
        page.activateWindow();
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QSignalSpy finished(&page, &CachePage::actionFinished);
        Dialogs::takeMessages();
        Dialogs::queueAnswer(false);
        QTest::keyClick(table, Qt::Key_Delete);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        const QStringList messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(QLatin1String("\"live_2\"")), qPrintable(messages.first()));
        QCOMPARE(cacheFingerprint(f.db()), before);
    }

    void deletingIsRefusedForAnAccountThatIsNotStaff_data()
    {
        QTest::addColumn<bool>("revokedAfterChoosing");
        QTest::newRow("the account chosen is no staff account") << false;
        QTest::newRow("staff rights revoked since (the database refuses)") << true;
    }
    void deletingIsRefusedForAnAccountThatIsNotStaff()
    {
        QFETCH(bool, revokedAfterChoosing);
        DashboardFixture f(revokedAfterChoosing ? StaffEmail : AnnaEmail);
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        World w;
        QCOMPARE(addWorld(f.db(), w), QString());
        QCOMPARE(seedRows(f.db(), w, 5, 5, 1), QString());
        if (revokedAfterChoosing) {
            const auto staff = UserLookup(f.db().connectionName()).findStaff(StaffEmail);
            QVERIFY(staff.ok());
            f.context().setStaff(staff.value());
            QCOMPARE(f.db().exec(QStringLiteral("UPDATE users SET is_admin = false WHERE id = ?"), {w.staff}), QString());
        }
        const QString before = cacheFingerprint(f.db());
        CachePage page(f.context());
        QVERIFY(loadPage(page));
        QVERIFY(selectByKey(page, QStringLiteral("live_3")) > 0);
        Dialogs::takeMessages();
        Dialogs::queueAnswer(true);
        page.findChild<QPushButton *>(QStringLiteral("deleteEntryButton"))->click();
        QStringList messages;
        QTRY_VERIFY_WITH_TIMEOUT((messages += Dialogs::takeMessages(), !messages.isEmpty() && messages.last().contains(QLatin1String("is not a staff account"))),
                                 20000);
        QVERIFY2(revokedAfterChoosing ? messages.last().contains(QLatin1String("Refused")) : messages.last().contains(QLatin1String("is not a staff account")),
                 qPrintable(messages.join(u'\n')));
        QVERIFY(f.waitIdle());
        QCOMPARE(cacheFingerprint(f.db()), before);
        QCOMPARE(auditRows(f.db()), 0);
        QVERIFY(!page.isBusy());
    }

    void cleaningUpAUserDeletesTheirNonSystemEntries_data()
    {
        QTest::addColumn<bool>("typed");
        QTest::newRow("the selected entry's user") << false;
        QTest::newRow("a user typed in the filter") << true;
    }
    void cleaningUpAUserDeletesTheirNonSystemEntries()
    {
        QFETCH(bool, typed);
        DashboardFixture f(StaffEmail);
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        World w;
        QCOMPARE(addWorld(f.db(), w), QString());
        QCOMPARE(seedRows(f.db(), w, 30, 30, 3), QString());
        const int annaRows = f.db().scalar(QStringLiteral("SELECT count(*) FROM ai_cache WHERE user_id = ?"), {w.anna}).toInt();
        const QString othersBefore = ids(f.db(), QStringLiteral("user_id IS DISTINCT FROM %1").arg(w.anna));
        CachePage page(f.context());
        QVERIFY(loadPage(page));
        auto *button = page.findChild<QPushButton *>(QStringLiteral("cleanupUserButton"));
        if (typed) {
            QVERIFY(!button->isEnabled()); // nobody selected or typed yet
            page.findChild<QLineEdit *>(QStringLiteral("cacheUserFilter"))->setText(AnnaEmail);
            QTRY_VERIFY(page.entriesModel()->filter().user == AnnaEmail && !page.entriesModel()->isLoading());
        } else {
            QVERIFY(selectByKey(page, QStringLiteral("old_30")) > 0); // even: anna's
        }
        QVERIFY(button->isEnabled());
        QSignalSpy finished(&page, &CachePage::actionFinished);
        Dialogs::takeMessages();
        Dialogs::queueAnswer(true);
        button->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        const QString question = Dialogs::takeMessages().first();
        QVERIFY2(question.contains(QStringLiteral("Delete all %1 non-system cache entries of %2 (#%3)").arg(annaRows).arg(AnnaEmail).arg(w.anna)),
                 qPrintable(question));
        QCOMPARE(lastFinished(finished), QStringLiteral("%1 cache entries of %2 deleted").arg(annaRows).arg(AnnaEmail));
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT count(*) FROM ai_cache WHERE user_id = ?"), {w.anna}).toInt(), 0);
        QCOMPARE(ids(f.db()), othersBefore);
        QCOMPARE(auditRows(f.db(), QStringLiteral("cache.cleanup_user")), 1);
    }

    void thePageExposesItsTableChartsAndFilters()
    {
        DashboardFixture f(StaffEmail);
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        World w;
        QCOMPARE(addWorld(f.db(), w), QString());
        QCOMPARE(seedRows(f.db(), w, 6, 6, 2), QString());
        CachePage page(f.context());
        QVERIFY(loadPage(page));
        QCOMPARE(page.pageId(), QStringLiteral("cache"));
        QCOMPARE(page.findField()->objectName(), QStringLiteral("cacheFilter"));
        QCOMPARE(page.exportableView()->objectName(), QStringLiteral("cacheEntriesTable"));
        QCOMPARE(page.exportableView()->model(), page.entriesModel());
        QStringList chartNames;
        for (QWidget *chart : page.charts())
            chartNames << chart->objectName();
        QCOMPARE(chartNames, (QStringList{QStringLiteral("hitRateDonutChart"), QStringLiteral("hitRateByDayChart")}));
        for (const char *name : {"hitRateDonut", "hitRateByDayChart", "typeStatsTable", "cacheEntriesTable", "cacheFilter", "entryPreview",
                                 "cleanupButton", "warmupButton", "deleteEntryButton", "cleanupUserButton", "windowSelector"})
            QVERIFY2(page.findChild<QWidget *>(QString::fromLatin1(name)), name);
        QCOMPARE(page.entriesModel()->rowCount(), 14);

        // Each filter reaches the model.
        page.findChild<QComboBox *>(QStringLiteral("cacheTypeFilter"))->setCurrentIndex(1); // system
        QTRY_VERIFY(!page.entriesModel()->isLoading() && page.entriesModel()->filter().type == QLatin1String("system"));
        QCOMPARE(page.entriesModel()->rowCount(), 2);
        page.findChild<QComboBox *>(QStringLiteral("cacheTypeFilter"))->setCurrentIndex(0);
        page.findChild<QComboBox *>(QStringLiteral("cacheExpiryFilter"))->setCurrentIndex(2); // expired only
        QTRY_VERIFY(!page.entriesModel()->isLoading() && page.entriesModel()->filter().expiry == CacheEntriesModel::Expiry::ExpiredOnly);
        QCOMPARE(page.entriesModel()->rowCount(), 6);
        page.findChild<QLineEdit *>(QStringLiteral("cacheUserFilter"))->setText(BobEmail);
        QTRY_VERIFY(!page.entriesModel()->isLoading() && page.entriesModel()->filter().user == BobEmail);
        QCOMPARE(page.entriesModel()->rowCount(), 3);
        page.findField()->setText(QStringLiteral("old_1"));
        QTRY_VERIFY(!page.entriesModel()->isLoading() && page.entriesModel()->filter().key == QLatin1String("old_1"));
        QCOMPARE(page.entriesModel()->rowCount(), 1);

        // The page fits a 1280 px wide window beside the page list (150 px).
        QVERIFY2(page.minimumSizeHint().width() <= 1280 - 150, qPrintable(QString::number(page.minimumSizeHint().width())));

        // The per-type table has the four types and the total.
        QCOMPARE(page.typeStatsModel()->rowCount(), 5);
        auto *typeTable = page.findChild<QTableView *>(QStringLiteral("typeStatsTable"));
        QCOMPARE(typeTable->model(), page.typeStatsModel());

        // Production-sized figures ($ thousands, billions of hits, hundreds of MB) are shown
        // whole: every column at least as wide as its widest value, the table as wide as them all.
        QCOMPARE(f.db().exec(QStringLiteral("UPDATE ai_cache SET access_count = 2000000000, cache_data = repeat('x', 3000000)")), QString());
        QSignalSpy reloaded(&page, &Page::loaded);
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() >= 1, 30000);
        QTRY_VERIFY(page.typeStatsModel()->data(page.typeStatsModel()->index(0, 2)).toString().contains(QLatin1String("000,000,000")));
        const auto columnsWidth = [&] {
            int width = 0;
            for (int column = 0; column < page.typeStatsModel()->columnCount(); ++column)
                width += std::max(static_cast<const QAbstractItemView *>(typeTable)->sizeHintForColumn(column),
                                  typeTable->horizontalHeader()->sectionSizeHint(column));
            return width;
        };
        // (The layout settles after the new minimum: wait for it.)
        QTRY_VERIFY2(columnsWidth() <= typeTable->viewport()->width(),
                     qPrintable(QStringLiteral("%1 > %2").arg(columnsWidth()).arg(typeTable->viewport()->width())));
        for (int column = 0; column < page.typeStatsModel()->columnCount(); ++column)
            QVERIFY2(typeTable->horizontalHeader()->sectionSize(column) >= static_cast<const QAbstractItemView *>(typeTable)->sizeHintForColumn(column),
                     qPrintable(QString::number(column)));
    }
};

QTEST_MAIN(TestCachePage)
#include "tst_cache_page.moc"
