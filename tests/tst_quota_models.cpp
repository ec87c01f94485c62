// The Quotas page's models: every user's quota as a table (formatting), filtered, sorted,
// counted and paged by the database (each order against an ORDER BY of the full status,
// each filter against the rule applied to it), the top users as level-colored bar sets,
// CSV export, and a user's 30-day history by SQL (days without usage, resets, bad rows),
// each model under QAbstractItemModelTester.
#include <QAbstractItemModelTester>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "demo/DemoData.h"
#include "common/CsvExport.h"
#include "db/DatabaseWorker.h"
#include "quota/QuotaListing.h"
#include "quota/QuotaLevelBarsModel.h"
#include "quota/QuotaPagedModel.h"
#include "quota/QuotaLevel.h"
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

/// Demo users, plus one on a plan without limits and one whose name holds LIKE wildcards.
struct World
{
    int student = 0;
    int wildcard = 0;
};

World makeWorld(TestDatabase &db, int users = 150)
{
    World world;
    [&] {
        QVERIFY2(db.markAsDemo().ok(), "not marked as a demo database");
        const auto loaded = DemoData::generate(db.connectionName(), DemoData::Options{users, 3, 7, {}});
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QuotaTestData data(db);
        data.spreadTodayOverEveryLevel();
        data.addPlanType(u"student"_s);
        world.student = data.addUser();
        data.subscribe(world.student, u"student"_s);
        world.wildcard = data.addUser();
        data.exec(u"UPDATE users SET full_name = 'Wild 100%_sure\\' WHERE id = ?"_s, {world.wildcard});
        QVERIFY2(data.ok(), qPrintable(data.error()));
    }();
    return world;
}

/// The whole listing, read page by page (keyset) as the model does.
QList<int> pagedIds(const QString &connection, const QuotaListing &listing, const QDateTime &at, int pageSize)
{
    QList<int> ids;
    std::optional<QuotaListingKey> after;
    const QuotaListingQuery query(connection);
    for (int guard = 0; guard < 10000; ++guard) {
        const auto page = query.page(listing, at, after, pageSize);
        if (!page) {
            qWarning() << page.error();
            return {-1};
        }
        for (const QuotaStatus &s : page->rows)
            ids << s.userId;
        if (page->rows.size() < pageSize)
            break;
        after = page->last;
    }
    return ids;
}

/// The filter rule, applied to statuses in C++: the oracle of the SQL filters.
bool matches(const QuotaStatus &s, const QuotaListing &listing)
{
    const QString text = listing.text.trimmed();
    if (!text.isEmpty()) {
        bool isNumber = false;
        const int id = text.toInt(&isNumber);
        const bool hit = (isNumber && id == s.userId) || s.email.contains(text, Qt::CaseInsensitive)
                         || (!isNumber && s.fullName.contains(text, Qt::CaseInsensitive));
        if (!hit)
            return false;
    }
    if (listing.plan == QLatin1String(QuotaListing::UnknownPlans) ? s.limitsKnown : !listing.plan.isEmpty() && s.plan != listing.plan)
        return false;
    const int worst = QuotaLevel::rank(QuotaTableModel::worstLevel(s));
    if (listing.level == QLatin1String(QuotaListing::AtRisk))
        return worst >= 1;
    return listing.level.isEmpty() || worst == QuotaLevel::rank(listing.level);
}

/// Every user in `column`'s order computed independently: numbers by QuotaTableModel's
/// sort values in C++, text by an ORDER BY of its own over quota_status; ties by user id.
/// `all` with each user's time to exhaustion, from the one-user projection (quotactl's and
/// the user panel's), as the listing shows it.
QList<QuotaStatus> withProjections(TestDatabase &db, QList<QuotaStatus> all, const QDateTime &at)
{
    const QuotaService service(db.connectionName());
    for (QuotaStatus &s : all) {
        const auto projection = service.projection(s.userId, at);
        if (!projection) {
            qWarning() << projection.error();
            return {};
        }
        s.projected = true;
        s.dailyExhaustedAt = projection->dailyExhaustedAt;
        s.monthlyExhaustedAt = projection->monthlyExhaustedAt;
    }
    return all;
}

QList<int> expectedOrder(TestDatabase &db, const QList<QuotaStatus> &all, const QDateTime &at, int column, Qt::SortOrder order)
{
    if (column == QuotaTableModel::Email || column == QuotaTableModel::Plan) {
        const QString key = column == QuotaTableModel::Email ? u"lower(email)"_s : u"plan"_s;
        QSqlQuery q(QSqlDatabase::database(db.connectionName()));
        q.prepare(u"SELECT user_id FROM quotadesk.quota_status(?::timestamp) ORDER BY %1 %2, user_id"_s.arg(
            key, order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s));
        q.addBindValue(at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s));
        QList<int> ids;
        if (!q.exec())
            qWarning() << q.lastError().text();
        while (q.next())
            ids << q.value(0).toInt();
        return ids;
    }
    QuotaTableModel model;
    model.setStatuses(QuotaTableModel::isExhaustionColumn(column) ? withProjections(db, all, at) : all);
    QList<std::pair<qlonglong, int>> keyed;
    for (int row = 0; row < model.rowCount(); ++row)
        keyed.append({model.index(row, column).data(QuotaTableModel::SortRole).toLongLong(), model.statusAt(row)->userId});
    std::sort(keyed.begin(), keyed.end(), [order](const auto &a, const auto &b) {
        if (a.first != b.first)
            return order == Qt::AscendingOrder ? a.first < b.first : a.first > b.first;
        return a.second < b.second;
    });
    QList<int> ids;
    for (const auto &k : keyed)
        ids << k.second;
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

    void pagedModelPassesTheTesterAndPagesInTheDatabase()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        makeWorld(db);
        DatabaseWorker worker(db.conninfo(), u"quota-paged"_s);
        worker.start();
        QTRY_VERIFY_WITH_TIMEOUT(worker.isConnected(), 10000);
        QuotaPagedModel model(worker);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(40);
        QSignalSpy replaced(&model, &QuotaPagedModel::rowsReplaced);
        model.reload();
        QTRY_COMPARE(replaced.count(), 1);
        QVERIFY(model.rowCount() < 155); // a page or two, not everyone
        const QDateTime at = model.evaluatedAt();
        QVERIFY(at.isValid());
        while (model.canFetchMore({}) || model.isLoading()) {
            if (model.canFetchMore({}))
                model.fetchMore({});
            QTest::qWait(5);
        }
        const auto all = QuotaService(db.connectionName()).overview(at);
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QCOMPARE(model.rowCount(), all->size());
        QCOMPARE(idsInOrder(model), expectedOrder(db, all.value(), at, QuotaTableModel::DailyPercent, Qt::DescendingOrder));
        for (int row = 0; row < model.rowCount(); ++row) // the rows of one moment
            QCOMPARE(model.statusAt(row)->evaluatedAt.toSecsSinceEpoch(), at.toSecsSinceEpoch());

        // A header click sorts in the database: the first page again.
        model.sort(QuotaTableModel::Email, Qt::AscendingOrder);
        QTRY_COMPARE(replaced.count(), 2);
        QVERIFY(worker.isIdle() || QTest::qWaitFor([&worker] { return worker.isIdle(); }, 10000));
        QVERIFY(model.rowCount() < all->size()); // a page or two (the tester may ask for one more)
        QCOMPARE(model.listing().sortColumn, int(QuotaTableModel::Email));
        QCOMPARE(idsInOrder(model), pagedIds(db.connectionName(), model.listing(), model.evaluatedAt(), 1000).mid(0, model.rowCount()));

        // A refresh of the same users in the same order changes cells, not rows.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        const QPersistentModelIndex kept = model.index(5, QuotaTableModel::Email);
        model.refresh();
        QTRY_COMPARE(replaced.count(), 3);
        QCOMPARE(resets.count(), 0);
        QVERIFY(changes.count() >= 1);
        QVERIFY(kept.isValid());

        // A filter: the database's answer, whatever was loaded.
        QuotaListing pros = model.listing();
        pros.plan = u"pro"_s;
        model.setListing(pros);
        QTRY_COMPARE(replaced.count(), 4);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.statusAt(row)->plan, u"pro"_s);
    }

    void listingSortsEveryColumnLikeAnOrderByOfTheFullStatus()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        makeWorld(db);
        const auto at = QuotaListingQuery(db.connectionName()).now();
        QVERIFY2(at.ok(), qPrintable(at.error()));
        const auto all = QuotaService(db.connectionName()).overview(at.value());
        QVERIFY2(all.ok(), qPrintable(all.error()));
        // The time-to-exhaustion columns have all three kinds of value to order.
        const QList<QuotaStatus> projected = withProjections(db, all.value(), at.value());
        const auto count = [&projected](auto pred) { return std::count_if(projected.cbegin(), projected.cend(), pred); };
        QVERIFY(count([](const QuotaStatus &s) { return !s.dailyExhaustedAt.isValid(); }) > 0);
        QVERIFY(count([](const QuotaStatus &s) { return s.dailyExhaustedAt.isValid() && s.dailyExhaustedAt > s.evaluatedAt; }) > 0);
        QVERIFY(count([](const QuotaStatus &s) { return s.dailyExhaustedAt.isValid() && s.dailyExhaustedAt <= s.evaluatedAt; }) > 0);
        QVERIFY(count([](const QuotaStatus &s) { return s.monthlyExhaustedAt.isValid(); }) > 0);
        for (int column = 0; column < QuotaTableModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QuotaListing listing;
                listing.sortColumn = column;
                listing.order = order;
                const QList<int> expected = expectedOrder(db, all.value(), at.value(), column, order);
                QCOMPARE(expected.size(), all->size());
                // Pages of 23 rows: every page boundary a keyset, many of them inside ties.
                const QList<int> paged = pagedIds(db.connectionName(), listing, at.value(), 23);
                if (paged != expected)
                    QFAIL(qPrintable(u"column %1 (%2), %3: the pages differ from the ORDER BY"_s.arg(column)
                                         .arg(QuotaTableModel::columnTitle(column), order == Qt::AscendingOrder ? u"ascending"_s : u"descending"_s)));
            }
        }
        QVERIFY(QuotaListingQuery::sortExpression(QuotaTableModel::ColumnCount).isEmpty()); // only whitelisted columns
        QuotaListing unknown;
        unknown.sortColumn = 99;
        QVERIFY(!QuotaListingQuery(db.connectionName()).page(unknown, at.value(), std::nullopt, 10).ok());
    }

    void listingFiltersAndCountsLikeTheRules()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const World world = makeWorld(db);
        const QuotaListingQuery query(db.connectionName());
        const auto at = query.now();
        QVERIFY2(at.ok(), qPrintable(at.error()));
        const auto all = QuotaService(db.connectionName()).overview(at.value());
        QVERIFY2(all.ok(), qPrintable(all.error()));
        const QString someId = QString::number(all->at(all->size() / 2).userId);
        struct Case
        {
            QString text;
            QString plan = {};
            QString level = {};
        };
        const QString atRisk = QString::fromLatin1(QuotaListing::AtRisk);
        const QString unknown = QString::fromLatin1(QuotaListing::UnknownPlans);
        const QList<Case> cases{
            {}, {u"USER0001"_s}, {u"demo.quotadesk"_s}, {someId}, {u" %1 "_s.arg(someId)}, {u"1"_s}, {u"amani"_s},
            {{}, u"pro"_s}, {{}, u"freemium"_s}, {{}, unknown}, {{}, {}, u"exceeded"_s}, {{}, {}, u"ok"_s}, {{}, {}, atRisk},
            {u"user00"_s, u"paygo"_s, u"critical"_s}, {u"nobody-at-all"_s}, {u"%"_s}, {u"_"_s}, {u"0%_s"_s}, {u"\\"_s},
        };
        for (const Case &c : cases) {
            QuotaListing listing;
            listing.text = c.text;
            listing.plan = c.plan;
            listing.level = c.level;
            listing.sortColumn = QuotaTableModel::UserId;
            listing.order = Qt::AscendingOrder;
            QList<int> expected;
            for (const QuotaStatus &s : all.value())
                if (matches(s, listing))
                    expected << s.userId;
            const QString name = u"text '%1', plan '%2', level '%3'"_s.arg(c.text, c.plan, c.level);
            if (pagedIds(db.connectionName(), listing, at.value(), 50) != expected)
                QFAIL(qPrintable(name + u": not the users the rule keeps"_s));
            // The level counts: the text and plan filters, every level.
            const auto counts = query.levelCounts(listing, at.value());
            QVERIFY2(counts.ok(), qPrintable(counts.error()));
            QCOMPARE(counts->allUsers, all->size());
            for (const QString &level : QuotaLevel::all() + QStringList{atRisk, QString()}) {
                QuotaListing atLevel = listing;
                atLevel.level = level;
                qint64 n = 0;
                for (const QuotaStatus &s : all.value())
                    n += matches(s, atLevel) ? 1 : 0;
                if (counts->forLevel(level) != n)
                    QFAIL(qPrintable(u"%1: %2 users at level '%3', counted %4"_s.arg(name).arg(n).arg(level).arg(counts->forLevel(level))));
            }
        }
        // The wildcards are literal, the unknown plan flagged.
        QuotaListing wild;
        wild.text = u"0%_sure\\"_s;
        QCOMPARE(pagedIds(db.connectionName(), wild, at.value(), 50), QList<int>{world.wildcard});
        QuotaListing students;
        students.plan = unknown;
        QCOMPARE(pagedIds(db.connectionName(), students, at.value(), 50), QList<int>{world.student});

        // The counts also equal a count written over quota_status in SQL.
        const auto counts = query.levelCounts({}, at.value());
        QVERIFY(counts.ok());
        QSqlQuery q(QSqlDatabase::database(db.connectionName()));
        q.prepare(u"SELECT count(*) FILTER (WHERE 'exceeded' IN (daily_level, monthly_level, hourly_level)), "
                  "count(*) FILTER (WHERE daily_level = 'ok' AND monthly_level = 'ok' AND hourly_level = 'ok'), count(*) "
                  "FROM quotadesk.quota_status(?::timestamp)"_s);
        q.addBindValue(at->toString(u"yyyy-MM-dd HH:mm:ss"_s));
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(counts->exceeded, q.value(0).toLongLong());
        QCOMPARE(counts->ok, q.value(1).toLongLong());
        QCOMPARE(counts->matching(), q.value(2).toLongLong());
        QVERIFY(counts->exceeded > 0 && counts->ok > 0);

        // The plans users are on, the plan without limits flagged.
        const auto plans = query.plans();
        QVERIFY2(plans.ok(), qPrintable(plans.error()));
        QStringList names;
        for (const QuotaPlanChoice &plan : plans.value()) {
            names << plan.plan;
            QCOMPARE(plan.limitsKnown, plan.plan != u"student"_s);
        }
        QVERIFY(names.contains(u"pro"_s) && names.contains(u"student"_s));
    }

    void topUsersAreTheBarsModelsRankingComputedByTheDatabase()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        makeWorld(db);
        const QuotaListingQuery query(db.connectionName());
        const auto at = query.now();
        QVERIFY2(at.ok(), qPrintable(at.error()));
        const auto all = QuotaService(db.connectionName()).overview(at.value());
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QuotaLevelBarsModel fromAll;
        fromAll.setStatuses(all.value()); // the ranking over everyone, in C++
        const auto top = query.topByDailyPercentage(15, at.value());
        QVERIFY2(top.ok(), qPrintable(top.error()));
        QCOMPARE(top->size(), 15);
        QList<int> ids;
        for (const QuotaStatus &s : top.value())
            ids << s.userId;
        QCOMPARE(ids, ranked(fromAll));
        QuotaLevelBarsModel bars;
        QAbstractItemModelTester tester(&bars, QAbstractItemModelTester::FailureReportingMode::QtTest);
        bars.setStatuses(top.value());
        QCOMPARE(ranked(bars), ids);
        for (int rank = 0; rank < 15; ++rank) {
            QCOMPARE(bars.percentageAt(bars.rowOfRank(rank)), top->at(rank).daily.percentage);
            QCOMPARE(bars.levelAt(bars.rowOfRank(rank)), top->at(rank).daily.warningLevel);
        }
    }

    void csvExportStreamsEveryMatchingRowWithQuotaStatusValues()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        makeWorld(db, 260);
        const QuotaListingQuery query(db.connectionName());
        const auto at = query.now();
        QVERIFY2(at.ok(), qPrintable(at.error()));
        QuotaListing listing;
        listing.text = u"demo"_s;
        listing.sortColumn = QuotaTableModel::MonthlyUsed;
        listing.order = Qt::DescendingOrder;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"quotas.csv"_s);
        const auto written = query.writeCsv(listing, at.value(), path);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        const QList<int> expected = pagedIds(db.connectionName(), listing, at.value(), 1000);
        QVERIFY(expected.size() > 250); // more than one page of the table
        QCOMPARE(written.value(), expected.size());

        const auto all = QuotaService(db.connectionName()).overview(at.value());
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QHash<int, QuotaStatus> byId;
        for (const QuotaStatus &s : withProjections(db, all.value(), at.value()))
            byId.insert(s.userId, s);
        QCOMPARE(byId.size(), all->size());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        QCOMPARE(lines.takeLast(), QString());
        QCOMPARE(lines.takeFirst().split(u',').value(QuotaTableModel::DailyPercent), u"Daily %"_s);
        QCOMPARE(lines.size(), expected.size());
        const QLocale locale;
        for (int i = 0; i < lines.size(); ++i) {
            // Numbers are grouped ("1,234"): read the unquoted id, then compare whole lines.
            const int id = lines.at(i).section(u',', 0, 0).toInt();
            QCOMPARE(id, expected.at(i));
            const QuotaStatus &s = byId.value(id);
            QStringList cells;
            for (int column = 0; column < QuotaTableModel::ColumnCount; ++column)
                cells << CsvExport::field(QuotaTableModel::displayText(s, column));
            QCOMPARE(lines.at(i), cells.join(u','));
            QVERIFY(lines.at(i).contains(locale.toString(s.monthly.used)));
        }
        // A failed export leaves nothing behind.
        QVERIFY(!query.writeCsv(listing, at.value(), dir.filePath(u"missing/dir/q.csv"_s)).ok());
    }

    void levelBarsHaveOneValuePerUserInTheColumnOfItsLevel()
    {
        QuotaTableModel table;
        QuotaLevelBarsModel bars;
        QAbstractItemModelTester tester(&bars, QAbstractItemModelTester::FailureReportingMode::QtTest);
        bars.setTopCount(3);
        QCOMPARE(bars.rowCount(), 0);
        QSignalSpy changed(&bars, &QuotaLevelBarsModel::barsChanged);
        table.setStatuses(sampleStatuses());
        bars.setStatuses(sampleStatuses());
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

        // New statuses: user 2 climbs to the top.
        QList<QuotaStatus> next = sampleStatuses();
        next[1] = makeStatus(2, u"bob@example.com"_s, u"freemium"_s, 20000, 10000);
        bars.setStatuses(next);
        QCOMPARE(ranked(bars), (QList<int>{2, 11, 1, 3}));
        QCOMPARE(bars.index(3, QuotaLevelBarsModel::Exceeded).data().toDouble(), 200.0);
        QCOMPARE(bars.index(3, QuotaLevelBarsModel::Ok).data().toDouble(), 0.0);
        QCOMPARE(bars.maximumPercentage(), 200);
        bars.setStatuses({});
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
