// The Quotas page's models: every user's quota as a table (formatting, numeric sort,
// filters), the top users as level-colored bar sets, and a user's 30-day history by SQL
// (days without usage, resets, bad rows), each under QAbstractItemModelTester.
#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include "demo/DemoData.h"
#include "quota/QuotaFilterModel.h"
#include "quota/QuotaLevelBarsModel.h"
#include "quota/QuotaService.h"
#include "quota/QuotaTableModel.h"
#include "quota/UserUsageHistory.h"
#include "quota/UserUsageHistoryModel.h"
#include "QuotaTestData.h"
#include "TestDatabase.h"

using namespace Qt::StringLiterals;

namespace {

/// A status built by hand with the quota rules of QuotaWindow::fromUsage.
QuotaStatus makeStatus(int id, const QString &email, const QString &plan, qint64 dailyUsed, std::optional<qint64> dailyLimit,
                       qint64 monthlyUsed = 0, std::optional<qint64> monthlyLimit = 100000, qint64 calls = 0,
                       std::optional<qint64> callLimit = 100, bool limitsKnown = true)
{
    QuotaStatus s;
    s.userId = id;
    s.email = email;
    s.fullName = u"Name %1"_s.arg(id);
    s.plan = plan;
    s.limitsKnown = limitsKnown;
    s.daily = QuotaWindow::fromUsage(dailyUsed, dailyLimit);
    s.monthly = QuotaWindow::fromUsage(monthlyUsed, monthlyLimit);
    s.hourlyCalls = QuotaWindow::fromUsage(calls, callLimit);
    s.evaluatedAt = utc("2026-11-24T12:00:00");
    s.dailyResetsAt = utc("2026-11-25T00:00:00");
    s.monthlyResetsAt = utc("2026-12-01T00:00:00");
    return s;
}

QList<QuotaStatus> sampleStatuses()
{
    return {
        makeStatus(1, u"ann@example.com"_s, u"freemium"_s, 9000, 10000),               // 90 % critical
        makeStatus(2, u"bob@example.com"_s, u"freemium"_s, 100, 10000),                // 1 % ok
        makeStatus(3, u"cyd@example.org"_s, u"pro"_s, 550000, 1000000),                // 55 % warning
        makeStatus(10, u"dee@example.org"_s, u"enterprise"_s, 5000000, std::nullopt,   // unlimited
                   0, std::nullopt, 0, std::nullopt),
        makeStatus(11, u"eve@example.com"_s, u"student"_s, 12000, 10000, 0, 100000, 0, 100, false), // 120 % exceeded, unknown plan
        makeStatus(12, u"fay@example.com"_s, u"paygo"_s, 0, 50000, 480000, 500000),    // monthly 96 % exceeded, daily 0
    };
}

/// User ids of the bars, highest first.
QList<int> ranked(const QuotaLevelBarsModel &bars)
{
    QList<int> ids;
    for (int rank = 0; rank < bars.rowCount(); ++rank)
        ids << bars.userIdAt(bars.rowOfRank(rank));
    return ids;
}

QList<int> idsInOrder(const QAbstractItemModel &model)
{
    QList<int> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(QuotaTableModel::UserIdRole).toInt();
    return ids;
}

} // namespace

class TestQuotaModels final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // grouping, whatever the machine
    }

    void tableModelPassesTheTesterOnDemoDataAndUpdatesInPlace()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QVERIFY2(db.markAsDemo().ok(), "not marked as a demo database");
        const auto loaded = DemoData::generate(db.connectionName(), DemoData::Options{150, 3, 7, {}});
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        const auto overview = QuotaService(db.connectionName()).overview();
        QVERIFY2(overview.ok(), qPrintable(overview.error()));
        QVERIFY(overview->size() >= 150);

        QuotaTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QuotaFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.sort(QuotaTableModel::DailyPercent, Qt::DescendingOrder);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setStatuses(overview.value());
        QCOMPARE(model.rowCount(), overview->size());
        QCOMPARE(resets.count(), 1);
        // The same users again (a refresh): cells change in place, persistent indexes stay.
        const QPersistentModelIndex kept = model.index(5, QuotaTableModel::Email);
        const QString email = kept.data().toString();
        model.setStatuses(overview.value());
        QCOMPARE(resets.count(), 1);
        QCOMPARE(changes.count(), 1);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data().toString(), email);
        // A user fewer: rebuilt.
        QList<QuotaStatus> fewer = overview.value();
        fewer.removeAt(3);
        model.setStatuses(fewer);
        QCOMPARE(resets.count(), 2);
        QCOMPARE(model.rowOfUser(overview->at(3).userId), -1);
        QCOMPARE(model.rowOfUser(overview->at(4).userId), 3);

        filter.setLevel(u"exceeded"_s);
        QVERIFY(filter.rowCount() > 0);
        filter.setText(u"user0001"_s);
        filter.setPlan(u"pro"_s);
        filter.setText(QString());
        filter.setPlan(QString());
        filter.setLevel(QString());
        QCOMPARE(filter.rowCount(), model.rowCount());
        // Sorted by daily percentage, highest first.
        for (int row = 1; row < filter.rowCount(); ++row)
            QVERIFY(filter.index(row - 1, QuotaTableModel::DailyPercent).data(QuotaTableModel::SortRole).toLongLong()
                    >= filter.index(row, QuotaTableModel::DailyPercent).data(QuotaTableModel::SortRole).toLongLong());
    }

    void tableCellsAreFormattedForTheLocaleWithLevelsAndFlags()
    {
        QuotaTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStatuses(sampleStatuses());
        const auto cell = [&model](int userId, int column, int role = Qt::DisplayRole) {
            return model.index(model.rowOfUser(userId), column).data(role);
        };
        QCOMPARE(cell(3, QuotaTableModel::DailyUsed).toString(), u"550,000"_s);
        QCOMPARE(cell(3, QuotaTableModel::DailyLimit).toString(), u"1,000,000"_s);
        QCOMPARE(cell(3, QuotaTableModel::DailyPercent).toString(), u"55%"_s);
        QCOMPARE(cell(3, QuotaTableModel::DailyLevel).toString(), u"Warning"_s);
        QCOMPARE(cell(3, QuotaTableModel::DailyLevel, QuotaTableModel::LevelRole).toString(), u"warning"_s);
        QCOMPARE(cell(11, QuotaTableModel::DailyPercent).toString(), u"120%"_s); // past 100
        QCOMPARE(cell(11, QuotaTableModel::DailyLevel, QuotaTableModel::LevelRole).toString(), u"exceeded"_s);
        QCOMPARE(cell(10, QuotaTableModel::DailyLimit).toString(), u"unlimited"_s);
        QCOMPARE(cell(10, QuotaTableModel::DailyUsed).toString(), u"5,000,000"_s);
        // Unknown plans are flagged, in the text and by role.
        QCOMPARE(cell(11, QuotaTableModel::Plan, QuotaTableModel::LimitsKnownRole).toBool(), false);
        QVERIFY(cell(11, QuotaTableModel::Plan).toString().contains(u"student"_s));
        QVERIFY(cell(11, QuotaTableModel::Plan).toString() != u"student"_s);
        QVERIFY(!cell(11, QuotaTableModel::Plan, Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(cell(1, QuotaTableModel::Plan).toString(), u"freemium"_s);
        // The worst level of the three windows.
        QCOMPARE(cell(12, QuotaTableModel::Email, QuotaTableModel::WorstLevelRole).toString(), u"exceeded"_s);
        QCOMPARE(cell(2, QuotaTableModel::Email, QuotaTableModel::WorstLevelRole).toString(), u"ok"_s);
        // Sort values are numbers: unlimited above every limit, levels by severity.
        QCOMPARE(cell(10, QuotaTableModel::DailyLimit, QuotaTableModel::SortRole).toLongLong(), std::numeric_limits<qint64>::max());
        QCOMPARE(cell(11, QuotaTableModel::DailyLevel, QuotaTableModel::SortRole).toLongLong(), 3);
        QCOMPARE(cell(2, QuotaTableModel::DailyLevel, QuotaTableModel::SortRole).toLongLong(), 0);
        QCOMPARE(model.plans(), (QStringList{u"enterprise"_s, u"freemium"_s, u"paygo"_s, u"pro"_s, u"student"_s}));
        QCOMPARE(model.headerData(QuotaTableModel::DailyPercent, Qt::Horizontal).toString(), u"Daily %"_s);
    }

    void tableSortsByNumberNotByText_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QList<int>>("ascending");
        QTest::newRow("daily used") << int(QuotaTableModel::DailyUsed) << QList<int>{12, 2, 1, 11, 3, 10};
        QTest::newRow("daily percent, unlimited lowest") << int(QuotaTableModel::DailyPercent) << QList<int>{10, 12, 2, 3, 1, 11};
        QTest::newRow("daily limit, unlimited highest") << int(QuotaTableModel::DailyLimit) << QList<int>{1, 2, 11, 12, 3, 10};
        QTest::newRow("monthly level, ties by id") << int(QuotaTableModel::MonthlyLevel) << QList<int>{1, 2, 3, 10, 11, 12};
        QTest::newRow("id") << int(QuotaTableModel::UserId) << QList<int>{1, 2, 3, 10, 11, 12};
        QTest::newRow("email") << int(QuotaTableModel::Email) << QList<int>{1, 2, 3, 10, 11, 12};
    }
    void tableSortsByNumberNotByText()
    {
        QFETCH(int, column);
        QFETCH(QList<int>, ascending);
        QuotaTableModel model;
        QuotaFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStatuses(sampleStatuses());
        filter.sort(column, Qt::AscendingOrder);
        QCOMPARE(idsInOrder(filter), ascending);
        filter.sort(column, Qt::DescendingOrder);
        QList<int> descending(ascending.rbegin(), ascending.rend());
        QCOMPARE(idsInOrder(filter), descending);
    }

    void tableFilters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QList<int>>("ids");
        QTest::newRow("everyone") << QString() << QString() << QString() << QList<int>{1, 2, 3, 10, 11, 12};
        QTest::newRow("email part, any case") << u"EXAMPLE.ORG"_s << QString() << QString() << QList<int>{3, 10};
        QTest::newRow("id is exact") << u"1"_s << QString() << QString() << QList<int>{1};
        QTest::newRow("id 11") << u" 11 "_s << QString() << QString() << QList<int>{11};
        QTest::newRow("name") << u"name 12"_s << QString() << QString() << QList<int>{12};
        QTest::newRow("plan") << QString() << u"freemium"_s << QString() << QList<int>{1, 2};
        QTest::newRow("unknown plans") << QString() << QString::fromLatin1(QuotaFilterModel::UnknownPlans) << QString() << QList<int>{11};
        QTest::newRow("worst level exceeded") << QString() << QString() << u"exceeded"_s << QList<int>{11, 12};
        QTest::newRow("worst level ok") << QString() << QString() << u"ok"_s << QList<int>{2, 10};
        QTest::newRow("at risk") << QString() << QString() << QString::fromLatin1(QuotaFilterModel::AtRisk) << QList<int>{1, 3, 11, 12};
        QTest::newRow("all three") << u"example.com"_s << u"freemium"_s << u"critical"_s << QList<int>{1};
        QTest::newRow("nothing") << u"nobody"_s << QString() << QString() << QList<int>{};
        QTest::newRow("wildcards are literal") << u"*"_s << QString() << QString() << QList<int>{};
    }
    void tableFilters()
    {
        QFETCH(QString, text);
        QFETCH(QString, plan);
        QFETCH(QString, level);
        QFETCH(QList<int>, ids);
        QuotaTableModel model;
        QuotaFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStatuses(sampleStatuses());
        filter.sort(QuotaTableModel::UserId, Qt::AscendingOrder);
        filter.setText(text);
        filter.setPlan(plan);
        filter.setLevel(level);
        QCOMPARE(idsInOrder(filter), ids);
        // The filter holds across a refresh of the data.
        model.setStatuses(sampleStatuses());
        QCOMPARE(idsInOrder(filter), ids);
    }

    void levelBarsHaveOneValuePerUserInTheColumnOfItsLevel()
    {
        QuotaTableModel table;
        QuotaLevelBarsModel bars;
        QAbstractItemModelTester tester(&bars, QAbstractItemModelTester::FailureReportingMode::QtTest);
        bars.setTopCount(3);
        bars.setSource(&table);
        QCOMPARE(bars.rowCount(), 0);
        QSignalSpy changed(&bars, &QuotaLevelBarsModel::barsChanged);
        table.setStatuses(sampleStatuses());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(bars.columnCount(), 4);
        // The highest in the last row (drawn at the top); unlimited and 0 % users get no bar.
        QCOMPARE(bars.rowCount(), 3);
        QCOMPARE((QList<int>{bars.userIdAt(0), bars.userIdAt(1), bars.userIdAt(2)}), (QList<int>{3, 1, 11}));
        QCOMPARE(ranked(bars), (QList<int>{11, 1, 3}));
        const QStringList levels{u"warning"_s, u"critical"_s, u"exceeded"_s};
        const QList<int> percents{55, 90, 120};
        for (int row = 0; row < bars.rowCount(); ++row) {
            int nonZero = 0;
            for (int column = 0; column < bars.columnCount(); ++column) {
                const QVariant value = bars.index(row, column).data();
                QVERIFY(value.canConvert<double>());
                if (value.toDouble() != 0.0) {
                    ++nonZero;
                    QCOMPARE(QuotaLevelBarsModel::levelOfColumn(column), levels.at(row));
                    QCOMPARE(value.toDouble(), double(percents.at(row)));
                }
            }
            QCOMPARE(nonZero, 1);
            QCOMPARE(bars.headerData(row, Qt::Vertical).toString(), table.statusOf(bars.userIdAt(row))->email);
        }
        QCOMPARE(bars.headerData(QuotaLevelBarsModel::Exceeded, Qt::Horizontal).toString(), u"Exceeded"_s);
        QCOMPARE(bars.maximumPercentage(), 120);

        bars.setTopCount(15);
        QCOMPARE(bars.rowCount(), 4); // 1 %, but not 0 % or unlimited
        QCOMPARE(ranked(bars), (QList<int>{11, 1, 3, 2}));
        QCOMPARE(bars.userIdAt(0), 2);

        // Follows the source: user 2 climbs to the top.
        QList<QuotaStatus> next = sampleStatuses();
        next[1] = makeStatus(2, u"bob@example.com"_s, u"freemium"_s, 20000, 10000);
        table.setStatuses(next);
        QCOMPARE(ranked(bars), (QList<int>{2, 11, 1, 3}));
        QCOMPARE(bars.index(3, QuotaLevelBarsModel::Exceeded).data().toDouble(), 200.0);
        QCOMPARE(bars.index(3, QuotaLevelBarsModel::Ok).data().toDouble(), 0.0);
        QCOMPARE(bars.maximumPercentage(), 200);
        table.setStatuses({});
        QCOMPARE(bars.rowCount(), 0);
    }

    void levelBarsBreakTiesByTokensThenId()
    {
        QuotaLevelBarsModel bars;
        QAbstractItemModelTester tester(&bars, QAbstractItemModelTester::FailureReportingMode::QtTest);
        bars.setStatuses({makeStatus(5, u"a@x"_s, u"freemium"_s, 5000, 10000), makeStatus(4, u"b@x"_s, u"freemium"_s, 5000, 10000),
                          makeStatus(6, u"c@x"_s, u"freemium"_s, 5009, 10000)});
        QCOMPARE(ranked(bars), (QList<int>{6, 4, 5}));
        QCOMPARE(bars.levelAt(0), u"warning"_s);
    }

    void historyCountsEachDayAsTheDailyQuotaDid()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QuotaTestData data(db);
        const int staff = data.addStaff();
        const int user = data.addUser();
        const int other = data.addUser();
        data.subscribe(user, u"pro"_s);
        const QDateTime at = utc("2026-11-24T12:00:00");
        // Today: 500 before the 09:00 reset, 300 after, and rows after `at` don't count.
        data.usage(user, utc("2026-11-24T08:00:00"), 500);
        data.resetRow(user, u"daily"_s, utc("2026-11-24T09:00:00"), staff);
        data.usage(user, utc("2026-11-24T10:00:00"), 300);
        data.usage(user, utc("2026-11-24T12:00:01"), 7000);
        // Yesterday: NULL total (input + output), a failed call, a negative row (0), two resets (the latest wins).
        data.usage(user, utc("2026-11-23T01:00:00"), 1000);
        data.resetRow(user, u"daily"_s, utc("2026-11-23T02:00:00"), staff);
        data.usage(user, utc("2026-11-23T03:00:00"), {}, 40, 2);
        data.resetRow(user, u"daily"_s, utc("2026-11-23T04:00:00"), staff);
        data.usage(user, utc("2026-11-23T05:00:00"), 900, {}, {}, u"error"_s);
        data.usage(user, utc("2026-11-23T06:00:00"), -50);
        data.usage(user, utc("2026-11-23T23:59:59.999"), 25);
        // A monthly reset does not touch the daily counts; the first day is 29 days back.
        data.resetRow(user, u"monthly"_s, utc("2026-11-20T12:00:00"), staff);
        data.usage(user, utc("2026-11-20T11:00:00"), 111);
        data.usage(user, utc("2026-10-26T00:00:00"), 9); // first day of the 30
        data.usage(user, utc("2026-10-25T23:59:59"), 99999); // before it
        data.usage(other, utc("2026-11-22T10:00:00"), 123456); // someone else
        QVERIFY2(data.ok(), qPrintable(data.error()));

        const auto loaded = UserUsageHistory::load(db.connectionName(), user, at);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        const UserUsageHistory &h = loaded.value();
        QCOMPARE(h.userId, user);
        QCOMPARE(h.plan, u"pro"_s);
        QCOMPARE(h.dailyLimit, std::optional<qint64>(1000000));
        QCOMPARE(h.days.size(), 30);
        QCOMPARE(h.days.constFirst().day, QDate(2026, 10, 26));
        QCOMPARE(h.days.constLast().day, QDate(2026, 11, 24));
        const auto day = [&h](int month, int d) {
            for (const DailyUsage &u : h.days)
                if (u.day == QDate(2026, month, d))
                    return u;
            return DailyUsage{};
        };
        QCOMPARE(day(11, 24).counted, 300);
        QCOMPARE(day(11, 24).beforeReset, 500);
        QCOMPARE(day(11, 24).lastReset, utc("2026-11-24T09:00:00"));
        QCOMPARE(day(11, 23).counted, 25);
        QCOMPARE(day(11, 23).beforeReset, 1042);
        QCOMPARE(day(11, 23).lastReset, utc("2026-11-23T04:00:00"));
        QCOMPARE(day(11, 22).counted, 0);
        QCOMPARE(day(11, 20).counted, 111);
        QCOMPARE(day(11, 20).beforeReset, 0);
        QCOMPARE(day(10, 26).counted, 9);
        qint64 total = 0;
        for (const DailyUsage &u : h.days)
            total += u.total();
        QCOMPARE(total, 300 + 500 + 25 + 1042 + 111 + 9);

        // Today's count is what the quota engine says.
        const auto status = QuotaService(db.connectionName()).status(user, at);
        QVERIFY(status.ok());
        QCOMPARE(h.days.constLast().counted, status->daily.used);

        QVERIFY(!UserUsageHistory::load(db.connectionName(), 987654, at).ok());
        QCOMPARE(UserUsageHistory::load(db.connectionName(), 987654, at).error(), u"No user with id 987654."_s);
        const auto week = UserUsageHistory::load(db.connectionName(), user, at, 7);
        QVERIFY(week.ok());
        QCOMPARE(week->days.size(), 7);
        QVERIFY(!UserUsageHistory::load(db.connectionName(), user, at, 0).ok());
    }

    void historyTodayMatchesTheQuotaEngineOnDemoData()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QVERIFY2(db.markAsDemo().ok(), "not marked as a demo database");
        const QDateTime at = utc("2026-11-24T15:30:00");
        const auto loaded = DemoData::generate(db.connectionName(), DemoData::Options{60, 30, 3, at});
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        // Resets today for a few users, so the split matters.
        QCOMPARE(db.exec(u"INSERT INTO quotadesk.quota_resets (user_id, period, reset_at, reset_by, reason) "
                         "SELECT id, 'daily', '2026-11-24 11:00', NULL, 'test' FROM users WHERE id % 5 = 0"_s),
                 QString());
        const auto overview = QuotaService(db.connectionName()).overview(at);
        QVERIFY(overview.ok());
        int withUsage = 0;
        for (const QuotaStatus &s : overview.value()) {
            const auto h = UserUsageHistory::load(db.connectionName(), s.userId, at);
            QVERIFY2(h.ok(), qPrintable(h.error()));
            QCOMPARE(h->days.size(), 30);
            QCOMPARE(h->days.constLast().counted, s.daily.used);
            QCOMPARE(h->dailyLimit, s.daily.limit);
            withUsage += h->days.constLast().total() > 0 ? 1 : 0;
        }
        QVERIFY(withUsage > 30);
    }

    void historyModelServesChartsNumbers()
    {
        UserUsageHistory h;
        h.userId = 7;
        h.email = u"ann@example.com"_s;
        h.dailyLimit = 50000;
        for (int i = 0; i < 30; ++i)
            h.days.append({QDate(2026, 10, 26).addDays(i), qint64(i) * 1000, i == 29 ? 2500 : 0, {}});
        UserUsageHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistory(h);
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(model.unit(), 1000.0); // max 50,000 tokens: thousands
        QCOMPARE(model.index(29, UserUsageHistoryModel::Day).data().toInt(), 29);
        QCOMPARE(model.index(29, UserUsageHistoryModel::Day).data(Qt::UserRole).toDate(), QDate(2026, 11, 24));
        QCOMPARE(model.index(29, UserUsageHistoryModel::Counted).data().toDouble(), 29.0);
        QCOMPARE(model.index(29, UserUsageHistoryModel::BeforeReset).data().toDouble(), 2.5);
        QCOMPARE(model.index(0, UserUsageHistoryModel::Limit).data().toDouble(), 50.0);
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"2026-10-26"_s);
        QCOMPARE(model.maximum(), 50000);

        h.dailyLimit.reset(); // unlimited: no limit values
        h.days[3].counted = 20'000'000;
        model.setHistory(h);
        QVERIFY(!model.hasLimit());
        QVERIFY(!model.index(0, UserUsageHistoryModel::Limit).data().isValid());
        QCOMPARE(model.unit(), 1e6);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestQuotaModels)
#include "tst_quota_models.moc"
