// The Costs page on real data (the demo's generator, and a constructed month whose
// projection is worked out here): its tiles, chart model and tables against the database,
// the models under QAbstractItemModelTester, and a spender opening on the Quotas page.
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include "DashboardFixture.h"
#include "QuotaTestData.h"
#include "TestDatabase.h"
#include "common/DisplayText.h"
#include "costs/CostSummary.h"
#include "costs/DailySpendModel.h"
#include "costs/SpendersModel.h"
#include "demo/DemoData.h"
#include "pages/CostsPage.h"
#include "pages/StatTile.h"

using namespace Qt::StringLiterals;

namespace {

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("QUOTADESK_SHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(dir + u'/' + name + u".png"_s));
}

} // namespace

class TestCostsPage final : public QObject
{
    Q_OBJECT

private slots:
    void tilesTablesAndChartMatchTheDatabase()
    {
        DashboardFixture f(DemoData::staffEmail());
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        QVERIFY(f.db().markAsDemo().ok());
        const auto loaded = DemoData::generate(f.db().connectionName(), DemoData::Options{150, 10, 7, {}});
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));

        CostsPage page(f.context());
        QAbstractItemModelTester dailyTester(page.dailyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester spendersTester(page.spendersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy done(&page, &Page::loaded);
        page.resize(1360, 820);
        page.show();
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(done.count() >= 1, 30000);

        const QString monthSql = u"FROM ai_provider_usage_logs WHERE created_at >= date_trunc('month', quotadesk.utc_now()) "
                                 "AND created_at <= quotadesk.utc_now()"_s;
        const qint64 month = f.db().scalar(u"SELECT coalesce(sum(greatest(coalesce(estimated_cost_usd, 0), 0)), 0) "_s + monthSql).toLongLong();
        const qint64 failed = f.db().scalar(u"SELECT coalesce(sum(greatest(coalesce(estimated_cost_usd, 0), 0)), 0) "_s + monthSql
                                            + u" AND status IN ('error', 'timeout')"_s).toLongLong();
        QVERIFY(month > 0);
        QCOMPARE(page.tile(u"monthToDate"_s)->value(), DisplayText::usdFromCents(month));
        QCOMPARE(page.tile(u"failed"_s)->value(), DisplayText::usdFromCents(failed));
        QVERIFY(!page.tile(u"projected"_s)->toolTip().isEmpty()); // the method

        // Every cent of the last 30 days is in the chart's model, in its day and model.
        const qint64 days30 = f.db().scalar(u"SELECT coalesce(sum(greatest(coalesce(estimated_cost_usd, 0), 0)), 0) FROM ai_provider_usage_logs "
                                            "WHERE created_at >= date_trunc('day', quotadesk.utc_now()) - interval '29 days'"_s).toLongLong();
        DailySpendModel *daily = page.dailyModel();
        QCOMPARE(daily->rowCount(), 30);
        qint64 charted = 0;
        for (int r = 0; r < daily->rowCount(); ++r)
            for (int c = 1; c < daily->columnCount(); ++c)
                charted += daily->index(r, c).data(Qt::UserRole).toLongLong();
        QCOMPARE(charted, days30);
        QCOMPARE(daily->columnCount() - 1, int(f.db().scalar(u"SELECT count(DISTINCT provider_config_id) FROM ai_provider_usage_logs "
                                                             "WHERE created_at >= date_trunc('day', quotadesk.utc_now()) - interval '29 days'"_s).toLongLong()));

        // The top spenders: the database's order, at most 20.
        SpendersModel *spenders = page.spendersModel();
        const int withSpend = f.db().scalar(u"SELECT count(DISTINCT user_id) "_s + monthSql).toInt();
        QCOMPARE(spenders->rowCount(), std::min(withSpend, CostSummary::TopSpenders));
        const int top = f.db().scalar(u"SELECT user_id "_s + monthSql
                                      + u" GROUP BY user_id ORDER BY sum(greatest(coalesce(estimated_cost_usd, 0), 0)) DESC, user_id::text LIMIT 1"_s).toInt();
        QCOMPARE(spenders->userIdAt(0), top);
        for (int r = 1; r < spenders->rowCount(); ++r)
            QVERIFY(spenders->index(r - 1, SpendersModel::Cost).data(Qt::UserRole).toLongLong()
                    >= spenders->index(r, SpendersModel::Cost).data(Qt::UserRole).toLongLong());

        // By task type over 90 days: the same money, split otherwise.
        QSignalSpy reloaded(&page, &Page::loaded);
        page.findChild<QComboBox *>(u"costDays"_s)->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() >= 1, 30000);
        page.findChild<QComboBox *>(u"costStackBy"_s)->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() >= 2, 30000);
        QCOMPARE(daily->rowCount(), 90);
        QStringList tasks = daily->keys();
        tasks.sort();
        QCOMPARE(tasks, (QStringList{u"cover_letter"_s, u"cv_draft"_s, u"extraction"_s, u"validation"_s}));
        qint64 byTask = 0;
        for (int r = 0; r < daily->rowCount(); ++r)
            for (int c = 1; c < daily->columnCount(); ++c)
                byTask += daily->index(r, c).data(Qt::UserRole).toLongLong();
        QCOMPARE(byTask, f.db().scalar(u"SELECT coalesce(sum(greatest(coalesce(estimated_cost_usd, 0), 0)), 0) FROM ai_provider_usage_logs "
                                       "WHERE created_at >= date_trunc('day', quotadesk.utc_now()) - interval '89 days'"_s).toLongLong());

        QSignalSpy requested(&page, &CostsPage::userRequested);
        emit page.spendersView()->activated(spenders->index(0, SpendersModel::Email));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toInt(), top);
        saveShot(&page, u"costsPage"_s);
    }

    // A constructed month: 28 days of history at 100 cents a weekday and 40 a weekend day,
    // half of today gone. The projection computed here, day by day, from the rule.
    void theProjectionFollowsTheWeekdayProfile()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int user = data.addUser();
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const QDate today(2026, 3, 18);
        const auto costOf = [](const QDate &d) { return d.dayOfWeek() >= 6 ? 40 : 100; };
        for (QDate d = today.addDays(-40); d < today; d = d.addDays(1)) {
            const QVariantList row{user, costOf(d), QString(d.toString(Qt::ISODate) + u" 10:00"_s)};
            const QString error = db.exec(u"INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, total_tokens, "
                                          "estimated_cost_usd, status, created_at) "
                                          "SELECT ?, min(id), 'extraction', 10, ?, 'success', ?::timestamp FROM ai_provider_configs"_s,
                                          row);
            QCOMPARE(error, QString());
        }
        QCOMPARE(db.exec(u"INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, total_tokens, estimated_cost_usd, status, created_at) "
                         "SELECT ?, min(id), 'extraction', 10, 50, 'timeout', '2026-03-18 09:00' FROM ai_provider_configs"_s, {user}),
                 QString());
        QCOMPARE(db.exec(u"INSERT INTO quotadesk.cache_lookups (bucket, cache_type, hits, misses) VALUES "
                         "('2026-03-05 10:00', 'content', 100, 5), ('2026-02-20 10:00', 'content', 999, 0)"_s),
                 QString());

        qint64 monthToDate = 50;
        for (QDate d(2026, 3, 1); d < today; d = d.addDays(1))
            monthToDate += costOf(d);
        qint64 lastMonth = 0; // February 1 to February 18, 12:00
        for (QDate d = today.addDays(-40); d <= QDate(2026, 2, 18); d = d.addDays(1))
            if (d >= QDate(2026, 2, 1))
                lastMonth += costOf(d);
        double rest = costOf(today) * 0.5; // today's weekday, half a day to come
        for (QDate d = today.addDays(1); d.month() == 3; d = d.addDays(1))
            rest += costOf(d);

        QSqlQuery q(db.db());
        QVERIFY(q.exec(u"SELECT month_to_date_cents, last_month_same_point_cents, projected_month_cents, failed_month_cents, "
                       "cache_saved_month_usd::text FROM quotadesk.cost_month('2026-03-18 12:00')"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), monthToDate);
        QCOMPARE(q.value(1).toLongLong(), lastMonth);
        QCOMPARE(q.value(2).toLongLong(), monthToDate + qRound64(rest));
        QCOMPARE(q.value(3).toLongLong(), 50);
        QCOMPARE(q.value(4).toString(), u"0.500000"_s);
    }
};

QTEST_MAIN(TestCostsPage)
#include "tst_costs_page.moc"
