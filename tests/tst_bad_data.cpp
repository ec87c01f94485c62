// Bad data and bad input, through the real widgets and quotactl against a real database:
// each case gets a correct result or a clear message, no crash, no frozen window, and the
// tables' checksums are the same before and after (nothing lost, nothing changed).
//
//   bad input                                     test
//   'infinity' / '-infinity' in timestamps        infiniteTimestamps (rows per column)
//   counts above 2^53                             countsAbove2To53AreShownExactly
//   NULL and negative tokens                      negativeTokensShowTheBadRowCountOnTheQuotasPage
//   a 50 MB cache_data                            a50MegabyteCacheDataIsPreviewedByABoundedPrefix
//   NUL bytes and invalid UTF-8                   nulAndInvalidUtf8InQuotactlInput (rows per case)
//   HTML in keys, names and reasons               htmlInDataIsShownAsPlainText, messageBoxesArePlainText
//   CSV cells beginning with = + - @ tab CR       csvCellsThatWouldRunAsFormulas (rows), csvExportOfTheQuotasPage
//   a user deleted while selected                 aUserDeletedWhileSelected
//   a Quotadesk table dropped while running       aDroppedTableFailsItsPageOnly
//   a 1 MB search string                          aMegabyteSearchIsBounded (rows per field)
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "audit/AuditLogModel.h"
#include "cache/CacheEntriesModel.h"
#include "charts/QuotaBarChart.h"
#include "common/CsvExport.h"
#include "common/DisplayText.h"
#include "DashboardFixture.h"
#include "pages/AuditPage.h"
#include "pages/CachePage.h"
#include "pages/cache/CacheEntryPreview.h"
#include "pages/OverviewPage.h"
#include "pages/QuotasPage.h"
#include "pages/StatTile.h"
#include "pages/UserQuotaPanel.h"
#include "quota/QuotaPagedModel.h"
#include "quota/QuotaTableModel.h"
#include "QuotactlProcess.h"
#include "QuotaTestData.h"
#include "shell/Dialogs.h"
#include "shell/MainWindow.h"

using namespace Qt::StringLiterals;

namespace {

const QString StaffEmail = u"staff@example.com"_s;

/// Every table the app reads or an admin action writes: rows, and an md5 over them.
QString checksums(const TestDatabase &db)
{
    QStringList sums;
    for (const char *table : {"users", "subscriptions", "ai_provider_usage_logs", "ai_cache", "admin_action_logs",
                              "quotadesk.plan_limits", "quotadesk.quota_resets", "quotadesk.audit_chain"}) {
        const QString t = QString::fromLatin1(table);
        sums << t + u'=' + db.scalar(u"SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM %1 t"_s.arg(t)).toString();
    }
    return sums.join(u' ');
}

/// Shows the page, refreshes it, and waits for it to load; the failure message if it failed.
QString loadPage(Page &page)
{
    QSignalSpy loaded(&page, &Page::loaded);
    QSignalSpy failed(&page, &Page::failed);
    page.resize(1200, 760);
    page.show();
    page.refresh();
    if (!QTest::qWaitFor([&] { return loaded.count() + failed.count() > 0; }, 30000))
        return u"neither loaded nor failed in 30 s"_s;
    return failed.isEmpty() ? QString() : failed.first().first().toString();
}

QTableView *cacheTable(CachePage &page)
{
    return page.findChild<QTableView *>(u"cacheEntriesTable"_s);
}

/// Filters the Cache page by key and selects the first row; false when none came.
bool selectCacheKey(CachePage &page, const QString &key)
{
    page.findField()->setText(key);
    if (!QTest::qWaitFor([&] {
            return !page.entriesModel()->isLoading() && page.entriesModel()->filter().key == key && page.entriesModel()->rowCount() > 0;
        }, 15000))
        return false;
    cacheTable(page)->selectRow(0);
    const qint64 id = page.entriesModel()->rowValues(0).value(CacheEntriesModel::Id).toLongLong();
    return QTest::qWaitFor([&] { return page.preview()->entryId() == id; }, 15000);
}

QString expiresColumnOfFirstRow(CachePage &page)
{
    return page.entriesModel()->index(0, CacheEntriesModel::Expires).data().toString();
}

/// A fresh dashboard database with one plain user (user1@example.com, freemium).
struct World
{
    DashboardFixture f{StaffEmail};
    QuotaTestData data{f.db()};
    int user = data.addUser();
};

} // namespace

class TestBadData final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Dialogs::setScripted(true);
    }

    // One bad timestamp per row; every page loads, shows it for what it is, and nothing changes.
    void infiniteTimestamps_data()
    {
        QTest::addColumn<QString>("inject");      // SQL run on the seeded database (%1 = user id)
        QTest::addColumn<QString>("key");         // the cache key to look at, if any
        QTest::addColumn<QString>("expiresCell"); // the Expires column of that key
        QTest::addColumn<int>("expiredDelta");    // how many more rows cleanup --dry-run counts

        QTest::newRow("ai_cache.expires_at = infinity never expires")
            << u"INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at) VALUES ('inf_key', 'session', '{}', %1, 'infinity')"_s
            << u"inf_key"_s << u"never"_s << 0;
        QTest::newRow("ai_cache.expires_at = -infinity has always expired")
            << u"INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at) VALUES ('neginf_key', 'content', '{}', %1, '-infinity')"_s
            << u"neginf_key"_s << u"−∞ (minus infinity) (expired)"_s << 1;
        QTest::newRow("ai_cache.created_at and last_accessed_at infinite")
            << u"INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at, created_at, last_accessed_at) "
               "VALUES ('odd_key', 'extraction', '{}', %1, now() AT TIME ZONE 'UTC' + interval '1 day', '-infinity', 'infinity')"_s
            << u"odd_key"_s << QString() << 0;
        QTest::newRow("usage created_at = infinity")
            << u"INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, total_tokens, created_at) "
               "SELECT %1, max(id), 'x', 5, 'infinity' FROM ai_provider_configs"_s
            << QString() << QString() << 0;
        QTest::newRow("usage created_at = -infinity")
            << u"INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, total_tokens, created_at) "
               "SELECT %1, max(id), 'x', 7, '-infinity' FROM ai_provider_configs"_s
            << QString() << QString() << 0;
        QTest::newRow("quota reset at -infinity and at infinity")
            << u"INSERT INTO quotadesk.quota_resets (user_id, period, reset_at, reason) VALUES (%1, 'daily', '-infinity', 'x'), (%1, 'monthly', 'infinity', 'y')"_s
            << QString() << QString() << 0;
        QTest::newRow("audit created_at = infinity")
            << u"INSERT INTO admin_action_logs (admin_user_id, action, created_at) VALUES (%1, 'upstream_action', 'infinity')"_s
            << QString() << QString() << 0;
    }
    void infiniteTimestamps()
    {
        QFETCH(QString, inject);
        QFETCH(QString, key);
        QFETCH(QString, expiresCell);
        QFETCH(int, expiredDelta);
        World w;
        auto &[f, data, user] = w;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        data.exec(u"INSERT INTO users (email, full_name, hashed_password, referral_code, is_admin) VALUES (?, 'Staff', 'x', 'STAFF001', true)"_s, {StaffEmail});
        data.usage(user, QDateTime::currentDateTimeUtc().addSecs(-60), 100);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        // The conninfo captured, not the binding `f`: clang before 16 cannot capture a structured binding.
        const auto dryRun = [conninfo = f.db().conninfo()] { return quotactl({u"--json"_s, u"cleanup"_s, u"--dry-run"_s}, conninfo); };
        const QuotactlRun before = dryRun();
        QCOMPARE(before.exitCode, 0);

        QCOMPARE(f.db().exec(inject.arg(user)), QString());
        const QString sums = checksums(f.db());

        OverviewPage overview(f.context());
        QCOMPARE(loadPage(overview), QString());
        QCOMPARE(overview.tile(u"tokensToday"_s)->value(), QLocale().toString(100));
        QuotasPage quotas(f.context());
        QCOMPARE(loadPage(quotas), QString());
        quotas.selectUsers({user});
        QTRY_VERIFY(quotas.userPanel()->status() && quotas.userPanel()->status()->userId == user);
        AuditPage audit(f.context());
        QCOMPARE(loadPage(audit), QString());
        CachePage cache(f.context());
        QCOMPARE(loadPage(cache), QString());
        if (!key.isEmpty()) {
            QVERIFY(selectCacheKey(cache, key));
            if (!expiresCell.isEmpty()) {
                QCOMPARE(expiresColumnOfFirstRow(cache), expiresCell);
                QCOMPARE(cache.findChild<QLabel *>(u"entryPreviewExpires"_s)->text(), expiresCell);
            } else {
                QCOMPARE(cache.findChild<QLabel *>(u"entryPreviewCreated"_s)->text(), DisplayText::infinite(-1));
                QCOMPARE(cache.findChild<QLabel *>(u"entryPreviewAccessed"_s)->text(), DisplayText::infinite(1));
            }
        }
        if (inject.contains(u"admin_action_logs"_s))
            QTRY_COMPARE(audit.model()->index(0, AuditLogModel::When).data().toString(), DisplayText::infinite(1));

        // quotactl: the same reads, and the clean-up counts -infinity as expired, infinity not.
        for (const QStringList &args : {QStringList{u"cache-stats"_s}, QStringList{u"overview"_s},
                                        QStringList{u"--json"_s, u"status"_s, QString::number(user)}, QStringList{u"--json"_s, u"cache-stats"_s}}) {
            const QuotactlRun run = quotactl(args, f.db().conninfo());
            QVERIFY2(run.exitCode == 0, qPrintable(args.join(u' ') + u": "_s + run.err));
        }
        const QuotactlRun after = dryRun();
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(after.json().value(u"expired_entries"_s).toInteger() - before.json().value(u"expired_entries"_s).toInteger(), qint64(expiredDelta));
        QCOMPARE(checksums(f.db()), sums);
    }

    void countsAbove2To53AreShownExactly()
    {
        World w;
        auto &[f, data, user] = w;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        data.subscribe(user, u"pro"_s);
        // 2^53 + 1 is the first integer a double cannot hold.
        data.exec(u"UPDATE quotadesk.plan_limits SET daily_tokens = 9007199254740993, monthly_tokens = 123456789012345678 WHERE plan = 'pro'"_s);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const QString sums = checksums(f.db());

        QuotasPage page(f.context());
        QCOMPARE(loadPage(page), QString());
        page.selectUsers({user});
        QTRY_VERIFY(page.userPanel()->status() && page.userPanel()->status()->userId == user);
        QCOMPARE(page.userPanel()->status()->daily.limit.value(), Q_INT64_C(9007199254740993));
        const QString limit = QLocale().toString(Q_INT64_C(9007199254740993));
        QVERIFY2(page.userPanel()->alertText().contains(limit), qPrintable(page.userPanel()->alertText()));
        const QModelIndex cell = page.table()->model()->index(0, QuotaTableModel::DailyLimit);
        QCOMPARE(cell.data().toString(), limit);

        const QuotactlRun text = quotactl({u"limits"_s, QString::number(user)}, f.db().conninfo());
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"9,007,199,254,740,993"_s) || text.out.contains(u"9007199254740993"_s), qPrintable(text.out));
        const QuotactlRun json = quotactl({u"--json"_s, u"limits"_s, QString::number(user)}, f.db().conninfo());
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(json.out.contains(u"9007199254740993"_s), qPrintable(json.out));
        QVERIFY2(json.out.contains(u"123456789012345678"_s), qPrintable(json.out));

        // Costs are whole cents, shown without a double's rounding.
        QString digits = DisplayText::usdFromCents(Q_INT64_C(9007199254740993));
        QVERIFY2(digits.contains(u'$') && digits.contains(QLocale().decimalPoint() + u"93"_s), qPrintable(digits));
        digits.removeIf([](QChar c) { return !c.isDigit(); });
        QCOMPARE(digits, u"9007199254740993"_s);
        const QLocale shown = QLocale().language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale();
        QCOMPARE(DisplayText::usdFromCents(5), shown.toCurrencyString(0.05, u"$"_s, 2));
        QCOMPARE(checksums(f.db()), sums);
    }

    void negativeTokensShowTheBadRowCountOnTheQuotasPage()
    {
        World w;
        auto &[f, data, user] = w;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-30);
        data.usage(user, now, -500);
        data.usage(user, now, -1);
        data.usage(user, now, QVariant(), QVariant(), QVariant()); // NULL: 0 tokens, not bad data
        data.usage(user, now, 40);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const QString sums = checksums(f.db());

        QuotasPage page(f.context());
        QCOMPARE(loadPage(page), QString());
        page.selectUsers({user});
        QTRY_VERIFY(page.userPanel()->status() && page.userPanel()->status()->userId == user);
        const QString windows = page.findChild<QLabel *>(u"userWindows"_s)->text();
        QVERIFY2(windows.contains(u"2 usage rows this month have negative token counts; they count as 0."_s), qPrintable(windows));
        QCOMPARE(page.userPanel()->status()->daily.used, qint64(40));

        const QuotactlRun run = quotactl({u"status"_s, QString::number(user)}, f.db().conninfo());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"2 usage rows this month have negative token counts"_s), qPrintable(run.out));
        QCOMPARE(checksums(f.db()), sums);
    }

    void a50MegabyteCacheDataIsPreviewedByABoundedPrefix()
    {
        World w;
        auto &[f, data, user] = w;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        QCOMPARE(f.db().exec(u"INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, expires_at) "
                             "VALUES ('huge', 'content', '{\"response\": \"' || repeat('x', 50 * 1024 * 1024) || '\"}', ?, NULL)"_s, {user}),
                 QString());
        const QString sums = checksums(f.db());

        // The loader reads a prefix: the data it returns is that long, not 50 MB.
        const qint64 id = f.db().scalar(u"SELECT id FROM ai_cache WHERE cache_key = 'huge'"_s).toLongLong();
        const auto entry = CacheEntriesModel::loadEntry(f.db().connectionName(), id);
        QVERIFY2(entry.ok(), qPrintable(entry.error()));
        QVERIFY(entry.value()->truncated);
        QCOMPARE(entry.value()->entry.data.size(), qsizetype(CacheEntriesModel::PreviewCharacters));
        QCOMPARE(entry.value()->bytes, qint64(50 * 1024 * 1024 + 16));

        CachePage page(f.context());
        QCOMPARE(loadPage(page), QString());
        QElapsedTimer shown;
        shown.start();
        QVERIFY(selectCacheKey(page, u"huge"_s));
        qInfo("50 MB entry previewed in %lld ms", shown.elapsed());
        QVERIFY2(shown.elapsed() < 10000, "the window froze"); // a 1 MB prefix took 110 s to lay out
        CacheEntryPreview *preview = page.preview();
        QVERIFY2(preview->formatText().contains(u"Too large to show whole"_s), qPrintable(preview->formatText()));
        QVERIFY(preview->formatText().contains(u"50.0 MB"_s));
        QVERIFY(!preview->isMarkedNotJson()); // a prefix of JSON is not called invalid
        QVERIFY(preview->dataText().size() <= CacheEntryPreview::MaxShownCharacters);
        QVERIFY(preview->dataText().startsWith(u"{\"response\": \"xxx"_s));
        QCOMPARE(checksums(f.db()), sums);
    }

    void nulAndInvalidUtf8InQuotactlInput_data()
    {
        QTest::addColumn<QByteArray>("prompts"); // a warm-up prompts file
        QTest::addColumn<QString>("message");    // what stderr says
        QTest::newRow("NUL escaped in a prompt") << QByteArray(R"({"greeting": "a\u0000b"})") << u"NUL"_s;
        QTest::newRow("NUL escaped in a key") << QByteArray(R"({"gree\u0000ting": "hello"})") << u"NUL"_s;
        QTest::newRow("invalid UTF-8 bytes") << QByteArray("{\"greeting\": \"a\xff\xfe b\"}") << u"UTF"_s;
        QTest::newRow("a raw NUL byte") << "{\"greeting\": \"a\0b\"}"_ba << u""_s;
    }
    void nulAndInvalidUtf8InQuotactlInput()
    {
        QFETCH(QByteArray, prompts);
        QFETCH(QString, message);
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        data.exec(u"INSERT INTO users (email, full_name, hashed_password, referral_code, is_admin) VALUES (?, 'Staff', 'x', 'STAFF001', true)"_s, {StaffEmail});
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const QString sums = checksums(db);
        QTemporaryDir dir;
        QFile file(dir.filePath(u"prompts.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(prompts);
        file.close();
        const QuotactlRun run = quotactl({u"warmup"_s, u"--prompts"_s, file.fileName(), u"--as"_s, StaffEmail}, db.conninfo());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!run.err.trimmed().isEmpty() && run.err.count(u'\n') <= 2, qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.contains(file.fileName()), qPrintable(run.err));
        QCOMPARE(checksums(db), sums);
    }

    void htmlInDataIsShownAsPlainText()
    {
        World w;
        auto &[f, data, user] = w;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QString name = u"<b>bold</b> <img src=\"x\">"_s;
        const QString email = u"<i>it</i>@example.com"_s;
        data.exec(u"INSERT INTO users (email, full_name, hashed_password, referral_code) VALUES (?, ?, 'x', 'HTML0001')"_s, {email, name});
        const int html = f.db().scalar(u"SELECT id FROM users WHERE referral_code = 'HTML0001'"_s).toInt();
        data.usage(html, QDateTime::currentDateTimeUtc().addSecs(-30), 9000);
        data.exec(u"INSERT INTO ai_cache (cache_key, cache_type, cache_data, user_id, cache_metadata) "
                  "VALUES ('<b>key</b>', 'content', '<h1>data</h1>', ?, '{\"note\": \"<u>meta</u>\"}')"_s, {html});
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const QString sums = checksums(f.db());

        const auto everyLabelIsPlain = [](QWidget *root) {
            int checked = 0;
            for (QLabel *label : root->findChildren<QLabel *>()) {
                if (!label->text().contains(u'<'))
                    continue;
                ++checked;
                if (label->textFormat() != Qt::PlainText)
                    return u"%1 shows \"%2\" as rich text"_s.arg(label->objectName(), label->text());
            }
            return checked > 0 ? QString() : u"no label showed the data"_s;
        };
        QuotasPage quotas(f.context());
        QCOMPARE(loadPage(quotas), QString());
        quotas.selectUsers({html});
        QTRY_VERIFY(quotas.userPanel()->status() && quotas.userPanel()->status()->userId == html);
        QVERIFY(quotas.findChild<QLabel *>(u"userHeader"_s)->text().contains(name));
        QCOMPARE(everyLabelIsPlain(&quotas), QString());
        // The table's tooltip is escaped HTML; the chart's axis label too.
        const QString tip = quotas.table()->model()->index(0, QuotaTableModel::Email).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"&lt;b&gt;bold&lt;/b&gt;"_s) && !tip.contains(u"<b>"_s), qPrintable(tip));
        auto *chart = quotas.findChild<QuotaBarChart *>(u"topUsersChart"_s);
        QVERIFY(chart->userAxis()->categories().join(u' ').contains(u"&lt;i&gt;it&lt;/i&gt;"_s));

        CachePage cache(f.context());
        QCOMPARE(loadPage(cache), QString());
        QVERIFY(selectCacheKey(cache, u"<b>key</b>"_s));
        QCOMPARE(cache.findChild<QLabel *>(u"entryPreviewTitle"_s)->text(), u"Key <b>key</b>"_s);
        QCOMPARE(everyLabelIsPlain(&cache), QString());
        QVERIFY(cache.findChild<QLabel *>(u"entryPreviewTitle"_s)->toolTip().contains(u"&lt;b&gt;key&lt;/b&gt;"_s));
        QCOMPARE(cache.preview()->dataText(), u"<h1>data</h1>"_s);
        QCOMPARE(checksums(f.db()), sums);
    }

    void messageBoxesArePlainText()
    {
        // The real (not scripted) dialogs, closed as soon as they are up.
        Dialogs::setScripted(false);
        const QString text = u"Reset <b>alice</b> <img src=\"x\">?"_s;
        Qt::TextFormat seen = Qt::RichText;
        QString shown;
        std::function<void()> closeBox = [&] {
            QTimer::singleShot(10, qApp, [&] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return closeBox(); // not up yet
                seen = box->textFormat();
                shown = box->text();
                box->reject();
            });
        };
        closeBox();
        Dialogs::error(nullptr, u"Error"_s, text);
        QCOMPARE(seen, Qt::PlainText);
        QCOMPARE(shown, text);
        seen = Qt::RichText;
        closeBox();
        QVERIFY(!Dialogs::confirm(nullptr, u"Confirm"_s, text, u"Reset"_s));
        QCOMPARE(seen, Qt::PlainText);
        seen = Qt::RichText;
        closeBox();
        Dialogs::information(nullptr, u"Done"_s, text);
        QCOMPARE(seen, Qt::PlainText);
        Dialogs::setScripted(true);
    }

    void csvCellsThatWouldRunAsFormulas_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("=") << u"=1+1"_s << u"\"'=1+1\""_s;
        QTest::newRow("+") << u"+cmd|' /C calc'!A0"_s << u"\"'+cmd|' /C calc'!A0\""_s;
        QTest::newRow("-") << u"-2+3"_s << u"\"'-2+3\""_s;
        QTest::newRow("@") << u"@SUM(A1:A9)"_s << u"\"'@SUM(A1:A9)\""_s;
        QTest::newRow("tab") << u"\t=1"_s << u"\"'\t=1\""_s;
        QTest::newRow("carriage return") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("HYPERLINK with a comma") << u"=HYPERLINK(\"http://x\",\"y\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s;
        QTest::newRow("a negative number stays a number") << u"-5"_s << u"-5"_s;
        QTest::newRow("a grouped negative number stays a number") << u"-1,234.5"_s << u"\"-1,234.5\""_s;
        QTest::newRow("a percentage stays") << u"-12 %"_s << u"-12 %"_s;
        QTest::newRow("text with = inside") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void csvCellsThatWouldRunAsFormulas()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(CsvExport::field(cell), written);
    }

    void csvExportOfTheQuotasPage()
    {
        World w;
        auto &[f, data, user] = w;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        data.exec(u"INSERT INTO users (email, full_name, hashed_password, referral_code) VALUES ('@evil@example.com', '=HYPERLINK(\"http://x\")', 'x', 'CSV00001')"_s);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const QString sums = checksums(f.db());
        MainWindow window(f.context());
        auto *page = new QuotasPage(f.context());
        window.addPage(page);
        window.show();
        window.showPage(u"quotas"_s);
        QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded(), 30000);
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"quotas.csv"_s);
        QVERIFY(f.exportTable(window, csv));
        QFile file(csv);
        QTRY_VERIFY(file.exists());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(u"\"'@evil@example.com\""_s), qPrintable(text));
        QVERIFY2(!text.contains(u",@evil"_s) && !text.contains(u",=HYPERLINK"_s), qPrintable(text));
        QCOMPARE(checksums(f.db()), sums);
    }

    void aUserDeletedWhileSelected()
    {
        World w;
        auto &[f, data, user] = w;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const int keep = user;
        const int gone = data.addUser();
        data.usage(keep, QDateTime::currentDateTimeUtc().addSecs(-30), 700);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QuotasPage page(f.context());
        QCOMPARE(loadPage(page), QString());
        page.selectUsers({gone});
        QTRY_VERIFY(page.userPanel()->status() && page.userPanel()->status()->userId == gone);

        QCOMPARE(f.db().exec(u"DELETE FROM users WHERE id = ?"_s, {gone}), QString());
        const QString sums = checksums(f.db());
        QCOMPARE(loadPage(page), QString());
        QVERIFY(f.waitIdle());
        QTRY_VERIFY(!page.userPanel()->status() || page.userPanel()->status()->userId != gone);
        for (int row = 0; row < page.table()->model()->rowCount(); ++row)
            QVERIFY(page.table()->model()->index(row, 0).data(QuotaTableModel::UserIdRole).toInt() != gone);
        // The page goes on: another user selects and shows.
        page.selectUsers({keep});
        QTRY_VERIFY(page.userPanel()->status() && page.userPanel()->status()->userId == keep);
        QCOMPARE(page.userPanel()->status()->daily.used, qint64(700));
        QCOMPARE(checksums(f.db()), sums);
    }

    void aDroppedTableFailsItsPageOnly()
    {
        World w;
        auto &[f, data, user] = w;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        data.usage(user, QDateTime::currentDateTimeUtc().addSecs(-30), 300);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        CachePage cache(f.context());
        QCOMPARE(loadPage(cache), QString());
        QuotasPage quotas(f.context());
        QCOMPARE(loadPage(quotas), QString());

        QCOMPARE(f.db().exec(u"DROP TABLE quotadesk.cache_lookups CASCADE"_s), QString());
        const QString sums = checksums(f.db());
        const QString message = loadPage(cache);
        QVERIFY2(message.contains(u"cache_lookups"_s), qPrintable(message));
        QVERIFY2(message.count(u'\n') <= 1, qPrintable(message));
        // Elsewhere the app keeps working.
        QCOMPARE(loadPage(quotas), QString());
        quotas.selectUsers({user});
        QTRY_VERIFY(quotas.userPanel()->status() && quotas.userPanel()->status()->daily.used == 300);
        QCOMPARE(checksums(f.db()), sums);
    }

    void aMegabyteSearchIsBounded_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("field");
        QTest::newRow("quotas filter") << u"quotas"_s << u"quotaFilter"_s;
        QTest::newRow("cache key filter") << u"cache"_s << u"cacheFilter"_s;
        QTest::newRow("cache user filter") << u"cache"_s << u"cacheUserFilter"_s;
        QTest::newRow("audit staff filter") << u"audit"_s << u"staffFilter"_s;
    }
    void aMegabyteSearchIsBounded()
    {
        QFETCH(QString, page);
        QFETCH(QString, field);
        World w;
        auto &[f, data, user] = w;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const QString sums = checksums(f.db());
        std::unique_ptr<Page> p;
        if (page == u"quotas"_s)
            p = std::make_unique<QuotasPage>(f.context());
        else if (page == u"cache"_s)
            p = std::make_unique<CachePage>(f.context());
        else
            p = std::make_unique<AuditPage>(f.context());
        QCOMPARE(loadPage(*p), QString());
        auto *edit = p->findChild<QLineEdit *>(field);
        QVERIFY(edit);
        const QString megabyte(1024 * 1024, u'a');
        QElapsedTimer typed;
        typed.start();
        edit->setText(megabyte);
        QCOMPARE(edit->text().size(), qsizetype(255));
        // The typing pause passes (the debounce timers stop), then the filtered load ends.
        const QList<QTimer *> timers = p->findChildren<QTimer *>();
        QTRY_VERIFY(std::none_of(timers.cbegin(), timers.cend(),
                                 [](const QTimer *t) { return t->isSingleShot() && t->interval() <= 1000 && t->isActive(); }));
        QVERIFY(f.waitIdle());
        qInfo("1 MB pasted into %s, filtered and idle in %lld ms", qPrintable(field), typed.elapsed());
        QVERIFY(typed.elapsed() < 20000);
        QCOMPARE(checksums(f.db()), sums);
    }
};

QTEST_MAIN(TestBadData)
#include "tst_bad_data.moc"
