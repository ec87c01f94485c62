// The Quotas page offscreen against a real database: the top-users chart (one bar per
// user, in its level's color), the table's filters, sort and kept selection (all done by
// the database, a page at a time), CSV export of every matching row, the selected user's
// alert and history, and the audited reset with its refusals.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStyleFactory>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include "charts/LevelColors.h"
#include "charts/QuotaBarChart.h"
#include "DashboardFixture.h"
#include "demo/DemoData.h"
#include "dialogs/ResetQuotaDialog.h"
#include "pages/QuotasPage.h"
#include "pages/QuotaTableStyle.h"
#include "pages/UserQuotaPanel.h"
#include "quota/QuotaListing.h"
#include "quota/QuotaLevelBarsModel.h"
#include "quota/QuotaPagedModel.h"
#include "quota/QuotaService.h"
#include "quota/QuotaTableModel.h"
#include "quota/UserUsageHistoryModel.h"
#include "QuotaTestData.h"
#include "shell/Dialogs.h"
#include "shell/MainWindow.h"
#include "shell/WindowTheme.h"

using namespace Qt::StringLiterals;

namespace {

void loadDemo(DashboardFixture &f, int users = 120)
{
    QVERIFY2(f.db().markAsDemo().ok(), "not marked as a demo database");
    const auto loaded = DemoData::generate(f.db().connectionName(), DemoData::Options{users, 3, 5, {}});
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QuotaTestData today(f.db());
    today.spreadTodayOverEveryLevel();
    QVERIFY2(today.ok(), qPrintable(today.error()));
}

/// Shows the page and waits for its first load (overview and the selected user's history).
void showAndLoad(QuotasPage &page)
{
    QSignalSpy loaded(&page, &Page::loaded);
    page.resize(1200, 760);
    page.show();
    page.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 30000);
}

void reload(QuotasPage &page)
{
    QSignalSpy loaded(&page, &Page::loaded);
    page.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 30000);
}

QList<int> visibleIds(const QTableView *table)
{
    QList<int> ids;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        ids << table->model()->index(row, 0).data(QuotaTableModel::UserIdRole).toInt();
    return ids;
}

int count(DashboardFixture &f, const QString &sql)
{
    return f.db().scalar(sql).toInt();
}

/// Where a test saves what it rendered, for a person to look at (QUOTADESK_SHOT_DIR).
void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("QUOTADESK_SHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(dir + u'/' + name + u".png"_s));
}

} // namespace

class TestQuotasPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s)); // the same look on every machine
    }

    void topUsersChartHasOneBarPerUserInTheColorOfItsLevel()
    {
        DashboardFixture f(DemoData::staffEmail());
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        loadDemo(f);
        QuotasPage page(f.context());
        QAbstractItemModelTester barsTester(page.barsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        showAndLoad(page);

        auto *view = page.findChild<QuotaBarChart *>(u"topUsersChart"_s);
        QVERIFY(view);
        QVERIFY(page.charts().contains(view));
        QHorizontalStackedBarSeries *series = view->series();
        const QList<QBarSet *> sets = series->barSets();
        QCOMPARE(sets.size(), 4);

        // The expected top 15, from the quota engine itself.
        const auto overview = QuotaService(f.db().connectionName()).overview();
        QVERIFY2(overview.ok(), qPrintable(overview.error()));
        QHash<int, QuotaStatus> byId;
        int withUsage = 0;
        int highest = 0;
        for (const QuotaStatus &s : overview.value()) {
            byId.insert(s.userId, s);
            if (s.daily.percentage > 0 && !s.daily.isUnlimited())
                ++withUsage;
            highest = std::max(highest, s.daily.percentage);
        }
        const int bars = std::min(15, withUsage);
        QCOMPARE(view->userAxis()->count(), bars);
        for (QBarSet *set : sets)
            QCOMPARE(set->count(), bars);
        int previous = 0;
        QSet<QString> levelsSeen;
        for (int category = 0; category < bars; ++category) {
            const int userId = page.barsModel()->userIdAt(category);
            QVERIFY(byId.contains(userId));
            const QuotaStatus &s = byId.value(userId);
            QBarSet *coloured = nullptr;
            for (QBarSet *set : sets) {
                if (set->at(category) != 0.0) {
                    QVERIFY2(!coloured, "two sets have a value for one user");
                    coloured = set;
                }
            }
            QVERIFY2(coloured, qPrintable(u"no bar for %1"_s.arg(s.email)));
            QCOMPARE(coloured->at(category), double(s.daily.percentage));
            QCOMPARE(coloured->color(), LevelColors::forLevel(s.daily.warningLevel));
            QVERIFY(s.daily.percentage >= previous); // the highest last: drawn at the top
            previous = s.daily.percentage;
            levelsSeen.insert(s.daily.warningLevel);
            // The label names the user (elided in the middle when long).
            const QString label = view->userAxis()->at(category);
            QVERIFY2(label == s.email || (label.contains(u'…') && s.email.startsWith(label.section(u'…', 0, 0))), qPrintable(label));
        }
        QVERIFY(levelsSeen.contains(u"exceeded"_s));
        // Percentages past 100 fit on the axis; the thresholds are vertical lines.
        QVERIFY(highest > 100);
        QVERIFY(view->percentAxis()->max() >= highest);
        QCOMPARE(view->thresholdLines().size(), 3);
        QList<double> thresholds;
        for (QLineSeries *line : view->thresholdLines()) {
            QCOMPARE(line->count(), 2);
            QCOMPARE(line->at(0).x(), line->at(1).x());
            thresholds << line->at(0).x();
        }
        QCOMPARE(thresholds, (QList<double>{50, 80, 95}));
        saveShot(view, u"topUsersChart"_s);

        // Clicking a bar selects that user in the table.
        emit series->clicked(2, sets.at(3));
        QCOMPARE(page.selectedUserIds(), QList<int>{page.barsModel()->userIdAt(2)});
    }

    void tableFiltersAndSortsByNumbers()
    {
        DashboardFixture f(DemoData::staffEmail());
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        loadDemo(f);
        QuotasPage page(f.context());
        showAndLoad(page);
        auto *table = page.findChild<QTableView *>(u"quotaTable"_s);
        QVERIFY(table);
        QCOMPARE(page.exportableView(), table);
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int users = count(f, u"SELECT count(*) FROM users"_s);
        QCOMPARE(table->model()->rowCount(), users);

        // Text: part of an email, typed into the find field.
        auto *filter = page.findChild<QLineEdit *>(u"quotaFilter"_s);
        QVERIFY(filter);
        QCOMPARE(page.findField(), filter);
        QTest::keyClicks(filter, u"user0004"_s);
        QTRY_COMPARE(table->model()->rowCount(), count(f, u"SELECT count(*) FROM users WHERE email LIKE '%user0004%'"_s));
        QVERIFY(table->model()->rowCount() >= 10);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QVERIFY(table->model()->index(row, QuotaTableModel::Email).data().toString().contains(u"user0004"_s));
        auto *countLabel = page.findChild<QLabel *>(u"quotaCount"_s);
        QTRY_VERIFY(countLabel->text().startsWith(QLocale().toString(table->model()->rowCount()) + u" of"_s));
        // An id.
        const int someId = count(f, u"SELECT min(id) FROM users WHERE email LIKE 'user00042%'"_s);
        // Digits: that id, and emails with those digits.
        filter->setText(QString::number(someId));
        QTRY_COMPARE(table->model()->rowCount(),
                     count(f, u"SELECT count(*) FROM users WHERE id = %1 OR email LIKE '%%%1%'"_s.arg(someId)));
        QVERIFY(visibleIds(table).contains(someId));
        filter->clear();
        QTRY_COMPARE(table->model()->rowCount(), users);

        // Plan.
        auto *plan = page.findChild<QComboBox *>(u"planFilter"_s);
        QVERIFY(plan);
        plan->setCurrentIndex(plan->findData(u"pro"_s));
        const int pros = count(f, u"SELECT count(*) FROM quotadesk.user_limits WHERE plan = 'pro'"_s);
        QVERIFY(pros > 0);
        QTRY_COMPARE(table->model()->rowCount(), pros);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(table->model()->index(row, QuotaTableModel::Plan).data().toString(), u"pro"_s);

        // Level (the worst of the three windows), together with the plan.
        auto *level = page.findChild<QComboBox *>(u"levelFilter"_s);
        level->setCurrentIndex(level->findData(u"exceeded"_s));
        const int proExceeded = count(f, u"SELECT count(*) FROM quotadesk.quota_status() WHERE plan = 'pro' AND "
                                         "'exceeded' IN (daily_level, monthly_level, hourly_level)"_s);
        QTRY_COMPARE(table->model()->rowCount(), proExceeded);
        QVERIFY(f.waitIdle());
        // The level filter says how many users each choice shows, under the plan filter.
        QCOMPARE(level->currentText(), u"Exceeded (%1)"_s.arg(QLocale().toString(proExceeded)));
        QVERIFY(countLabel->text().startsWith(QLocale().toString(proExceeded) + u" of"_s));
        plan->setCurrentIndex(0);
        level->setCurrentIndex(0);
        QTRY_COMPARE(table->model()->rowCount(), users);

        // Sort by clicking a header: numbers by value (9,000 before 10,000), twice: descending.
        const int column = QuotaTableModel::DailyUsed;
        const QPoint header(table->horizontalHeader()->sectionViewportPosition(column) + 5, 5);
        QSignalSpy replaced(page.model(), &QuotaPagedModel::rowsReplaced);
        QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {}, header);
        QTRY_COMPARE(replaced.count(), 1); // sorted by the database
        QCOMPARE(page.model()->listing().sortColumn, column);
        const Qt::SortOrder first = table->horizontalHeader()->sortIndicatorOrder();
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), column);
        QList<qint64> values;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            values << table->model()->index(row, column).data(QuotaTableModel::SortRole).toLongLong();
        QList<qint64> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        if (first == Qt::DescendingOrder)
            std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(values, sorted);
        QVERIFY(values.constFirst() != values.constLast());
        QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {}, header);
        QVERIFY(table->horizontalHeader()->sortIndicatorOrder() != first);
        QTRY_COMPARE(replaced.count(), 2);
        QList<qint64> again;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            again << table->model()->index(row, column).data(QuotaTableModel::SortRole).toLongLong();
        std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(again, sorted);

        // Level cells are colored in the UI: warning and above in their color with readable
        // text, "ok" with a dot on the palette's background; other cells untouched.
        QSet<QString> levelsSeen;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex cell = table->model()->index(row, QuotaTableModel::DailyLevel);
            const QString level = cell.data(QuotaTableModel::LevelRole).toString();
            levelsSeen.insert(level);
            if (level == u"ok"_s) {
                QVERIFY(!cell.data(Qt::BackgroundRole).isValid());
                QVERIFY(!cell.data(Qt::ForegroundRole).isValid());
                QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
            } else {
                const QColor background = cell.data(Qt::BackgroundRole).value<QBrush>().color();
                QCOMPARE(background, LevelColors::forLevel(level));
                QCOMPARE(cell.data(Qt::ForegroundRole).value<QBrush>().color(), QuotaTableStyle::textOn(background));
            }
            QVERIFY(!table->model()->index(row, QuotaTableModel::DailyUsed).data(Qt::BackgroundRole).isValid());
        }
        QCOMPARE(levelsSeen.size(), 4);
    }

    void selectionSurvivesRefreshesByUserId()
    {
        DashboardFixture f(DemoData::staffEmail());
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        loadDemo(f);
        QuotasPage page(f.context());
        showAndLoad(page);
        const QList<int> chosen{visibleIds(page.table()).at(7), visibleIds(page.table()).at(3), visibleIds(page.table()).at(40)};
        page.selectUsers(chosen);
        QList<int> expected = chosen;
        std::sort(expected.begin(), expected.end(), [&page](int a, int b) {
            return visibleIds(page.table()).indexOf(a) < visibleIds(page.table()).indexOf(b);
        });
        QCOMPARE(page.selectedUserIds(), expected);
        QCOMPARE(page.userPanel()->status()->userId, chosen.constFirst()); // the current one

        reload(page); // same users: updated in place
        QCOMPARE(page.selectedUserIds(), expected);

        // A new user rebuilds the model; the selection is found again by id.
        QuotaTestData data(f.db());
        data.addUser();
        QVERIFY2(data.ok(), qPrintable(data.error()));
        reload(page);
        QCOMPARE(page.model()->rowCount(), count(f, u"SELECT count(*) FROM users"_s));
        QList<int> after = page.selectedUserIds();
        std::sort(after.begin(), after.end());
        QList<int> sortedChosen = chosen;
        std::sort(sortedChosen.begin(), sortedChosen.end());
        QCOMPARE(after, sortedChosen);
        QCOMPARE(page.userPanel()->status()->userId, chosen.constFirst());
        auto *button = page.findChild<QPushButton *>(u"resetButton"_s);
        QVERIFY(button->isEnabled());
        QVERIFY(button->text().contains(QLocale().toString(3)));
    }

    void usersOfPlansWithoutLimitsAreFlagged()
    {
        DashboardFixture f(DemoData::staffEmail());
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        loadDemo(f);
        QuotaTestData data(f.db());
        data.addPlanType(u"student"_s);
        const int student = data.addUser();
        data.subscribe(student, u"student"_s);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QuotasPage page(f.context());
        showAndLoad(page);

        auto *plan = page.findChild<QComboBox *>(u"planFilter"_s);
        const int unknown = plan->findData(QString::fromLatin1(QuotaListing::UnknownPlans));
        QVERIFY(unknown > 0);
        plan->setCurrentIndex(unknown);
        QTRY_COMPARE(visibleIds(page.table()), QList<int>{student});
        const QModelIndex cell = page.table()->model()->index(0, QuotaTableModel::Plan);
        QVERIFY(cell.data().toString().contains(u"student"_s));
        QVERIFY(cell.data().toString() != u"student"_s);
        QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
        // A known plan's cell carries no flag.
        plan->setCurrentIndex(plan->findData(u"pro"_s));
        QTRY_COMPARE(page.table()->model()->index(0, QuotaTableModel::Plan).data().toString(), u"pro"_s);
        QVERIFY(page.table()->model()->index(0, QuotaTableModel::Plan).data(Qt::DecorationRole).isNull());
        plan->setCurrentIndex(unknown);
        QTRY_COMPARE(visibleIds(page.table()), QList<int>{student});
        page.selectUsers({student});
        QVERIFY(page.findChild<QLabel *>(u"userWindows"_s)->text().contains(u"no limits row"_s));
    }

    void userAlertFollowsTheSeedsThresholds_data()
    {
        QTest::addColumn<int>("percent");
        QTest::addColumn<QString>("style");
        QTest::newRow("85 %: red") << 85 << u"destructive"_s;
        QTest::newRow("81 %: red") << 81 << u"destructive"_s;
        QTest::newRow("80 %: warning (the seed: > 80)") << 80 << u"warning"_s;
        QTest::newRow("50 %: warning") << 50 << u"warning"_s;
        QTest::newRow("49 %: neutral") << 49 << u"neutral"_s;
        QTest::newRow("130 %: red, nothing left") << 130 << u"destructive"_s;
    }
    void userAlertFollowsTheSeedsThresholds()
    {
        QFETCH(int, percent);
        QFETCH(QString, style);
        DashboardFixture f(DemoData::staffEmail());
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        QuotaTestData data(f.db());
        const int user = data.addUser(); // freemium: 10,000 tokens a day
        data.exec(u"INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, total_tokens, status, created_at) "
                  "SELECT ?, (SELECT max(id) FROM ai_provider_configs), 'extraction', ?, 'success', "
                  "       greatest(date_trunc('day', quotadesk.utc_now()), quotadesk.utc_now() - interval '1 second')"_s,
                  {user, percent * 100});
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QuotasPage page(f.context());
        showAndLoad(page);
        page.selectUsers({user});
        UserQuotaPanel *panel = page.userPanel();
        QCOMPARE(panel->status()->userId, user);

        auto *alert = page.findChild<QFrame *>(u"userAlert"_s);
        QVERIFY(alert);
        auto *title = alert->findChild<QLabel *>(u"userAlertTitle"_s);
        QCOMPARE(title->text(), u"%1% of daily quota used"_s.arg(QLocale().toString(percent)));
        QCOMPARE(panel->alertText(), u"%1 tokens remaining"_s.arg(QLocale().toString(std::max(0, 10000 - percent * 100))));
        QCOMPARE(UserQuotaPanel::styleName(panel->alertStyle()), style);
        QCOMPARE(alert->property("alertStyle").toString(), style);
        const QString accent = style == u"destructive"_s ? u"exceeded"_s : style == u"warning"_s ? u"warning"_s : u"ok"_s;
        QVERIFY(alert->styleSheet().contains(LevelColors::forLevel(accent).name()));
        // The accent is on screen: the alert's left border.
        const QImage shot = alert->grab().toImage();
        QCOMPARE(shot.pixelColor(2, shot.height() / 2), LevelColors::forLevel(accent));
        // When it resets, local time and UTC.
        const QString resets = alert->findChild<QLabel *>(u"userAlertResets"_s)->text();
        QVERIFY2(resets.contains(u"UTC"_s) && resets.contains(u"00:00"_s), qPrintable(resets));
        // The pace, with the history: all of today's tokens came in the last second.
        QTRY_VERIFY(panel->paceText().startsWith(u"At this rate: daily quota "_s));
        if (percent >= 100)
            QVERIFY2(panel->paceText().contains(u"daily quota out now"_s), qPrintable(panel->paceText()));
        else
            QVERIFY2(!panel->paceText().contains(u"out now"_s), qPrintable(panel->paceText()));
        if (percent == 85)
            saveShot(panel, u"userPanel85"_s);
    }

    void historyShowsThirtyDaysAgainstTheDailyLimit()
    {
        DashboardFixture f(DemoData::staffEmail());
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        loadDemo(f);
        QuotasPage page(f.context());
        showAndLoad(page);
        // The page opens on the top user, history loaded.
        const int user = page.selectedUserIds().value(0);
        QVERIFY(user > 0);
        const QuotaStatus *status = page.model()->statusOf(user);
        UserUsageHistoryModel *history = page.userPanel()->historyModel();
        QAbstractItemModelTester tester(history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(history->history().userId, user);
        QCOMPARE(history->rowCount(), 30);
        QCOMPARE(history->history().days.constLast().counted, status->daily.used);
        auto *view = page.findChild<QChartView *>(u"userHistoryChart"_s);
        QVERIFY(view);
        QVERIFY(page.charts().contains(view));
        QStackedBarSeries *bars = nullptr;
        QLineSeries *limit = nullptr;
        for (QAbstractSeries *series : view->chart()->series()) {
            if (auto *b = qobject_cast<QStackedBarSeries *>(series))
                bars = b;
            if (auto *l = qobject_cast<QLineSeries *>(series))
                limit = l;
        }
        QVERIFY(bars && limit);
        QCOMPARE(bars->barSets().constFirst()->count(), 30);
        QCOMPARE(bars->barSets().constFirst()->at(29), double(status->daily.used) / history->unit());
        QVERIFY(limit->isVisible());
        QCOMPARE(limit->count(), 30);
        QCOMPARE(limit->at(0).y(), double(*status->daily.limit) / history->unit());

        // Another user: their history replaces it, loaded off the GUI thread.
        const int other = visibleIds(page.table()).at(20);
        page.selectUsers({other});
        QVERIFY(page.isBusy() || history->history().userId == other);
        QTRY_COMPARE(history->history().userId, other);
        QVERIFY(!page.isBusy());
        QCOMPARE(history->history().days.constLast().counted, page.model()->statusOf(other)->daily.used);
    }

    void resetFromThePageIsConfirmedRunAndAudited()
    {
        DashboardFixture f(DemoData::staffEmail());
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        loadDemo(f);
        QuotasPage page(f.context());
        QStringList asked;
        page.setResetAsker([&asked](QWidget *, const QStringList &emails) {
            asked = emails;
            return std::optional<ResetRequest>(ResetRequest{u"daily"_s, u"Support ticket 4711"_s});
        });
        showAndLoad(page);
        const int resetsBefore = count(f, u"SELECT count(*) FROM quotadesk.quota_resets"_s);
        const int logsBefore = count(f, u"SELECT count(*) FROM admin_action_logs"_s);

        // Select three users in the table: a click, then ctrl-clicks.
        QTableView *table = page.table();
        const auto clickRow = [table](int row, Qt::KeyboardModifiers modifiers) {
            const QRect cell = table->visualRect(table->model()->index(row, QuotaTableModel::Email));
            QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, cell.center());
        };
        clickRow(0, {});
        clickRow(1, Qt::ControlModifier);
        clickRow(2, Qt::ControlModifier);
        const QList<int> ids = page.selectedUserIds();
        QCOMPARE(ids.size(), 3);
        QStringList emails;
        for (int id : ids)
            emails << page.model()->statusOf(id)->email;
        for (int id : ids)
            QVERIFY(page.model()->statusOf(id)->daily.used > 0);

        Dialogs::takeMessages();
        Dialogs::queueAnswer(true); // the confirmation
        auto *button = page.findChild<QPushButton *>(u"resetButton"_s);
        QVERIFY(button->isEnabled());
        QSignalSpy loaded(&page, &Page::loaded);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(asked, emails);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000); // refreshed after the reset
        const QStringList messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0), u"Reset quota: Reset the daily quota of 3 users: %1? Usage rows are kept; the reset is recorded in the audit "
                                 "log as %2."_s.arg(emails.join(u", "_s), DemoData::staffEmail()));
        QCOMPARE(messages.at(1), u"Reset quota: The daily quota of 3 users was reset."_s);

        // One reset row and one audit row per user, by the staff member, with the reason.
        const int staff = count(f, u"SELECT id FROM users WHERE email = '%1'"_s.arg(DemoData::staffEmail()));
        QCOMPARE(count(f, u"SELECT count(*) FROM quotadesk.quota_resets"_s), resetsBefore + 3);
        QCOMPARE(count(f, u"SELECT count(*) FROM admin_action_logs"_s), logsBefore + 3);
        for (int id : ids) {
            QCOMPARE(count(f, u"SELECT count(*) FROM quotadesk.quota_resets WHERE user_id = %1 AND period = 'daily' AND reset_by = %2 "
                               "AND reason = 'Support ticket 4711' AND reset_at > quotadesk.utc_now() - interval '5 minutes'"_s
                                 .arg(id)
                                 .arg(staff)),
                     1);
            QCOMPARE(count(f, u"SELECT count(*) FROM admin_action_logs WHERE action = 'quota.reset' AND admin_user_id = %1 "
                               "AND details->>'reason' = 'Support ticket 4711' AND details->>'email' = '%2'"_s
                                 .arg(staff)
                                 .arg(page.model()->statusOf(id)->email)),
                     1);
            // The page shows the effect: nothing used today since the reset.
            QCOMPARE(page.model()->statusOf(id)->daily.used, 0);
        }
        QCOMPARE(page.selectedUserIds().size(), 3);
        QVERIFY(button->isEnabled());
    }

    // Reset by filter: every user the filter matches, also those past the rows loaded; the
    // confirmation gives the exact count and a sample of names.
    void resetByFilterTakesEveryMatchingUser()
    {
        DashboardFixture f(DemoData::staffEmail());
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        loadDemo(f, 400);
        QuotasPage page(f.context());
        page.model()->setPageSize(50); // fewer rows loaded than match
        QStringList asked;
        page.setResetAsker([&asked](QWidget *, const QStringList &emails) {
            asked = emails;
            return std::optional<ResetRequest>(ResetRequest{u"monthly"_s, u"Billing error, ticket 5120"_s});
        });
        showAndLoad(page);
        auto *button = page.findChild<QPushButton *>(u"resetMatchingButton"_s);
        QVERIFY(button);
        QVERIFY(!button->isEnabled()); // no filter: never every user by accident

        auto *plan = page.findChild<QComboBox *>(u"planFilter"_s);
        plan->setCurrentIndex(plan->findData(u"freemium"_s));
        const int freemium = count(f, u"SELECT count(*) FROM quotadesk.user_limits WHERE plan = 'freemium'"_s);
        QVERIFY(freemium > 50);
        QTRY_VERIFY(button->isEnabled());
        QVERIFY(f.waitIdle());
        QVERIFY(page.table()->model()->rowCount() < freemium);

        const int resetsBefore = count(f, u"SELECT count(*) FROM quotadesk.quota_resets WHERE period = 'monthly'"_s);
        Dialogs::takeMessages();
        Dialogs::queueAnswer(true);
        QSignalSpy loaded(&page, &Page::loaded);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(asked.size(), freemium);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
        const QStringList messages = Dialogs::takeMessages();
        QVERIFY2(!messages.isEmpty() && messages.at(0).contains(u"of %1 users: "_s.arg(QLocale().toString(freemium)))
                     && messages.at(0).contains(u"and %1 more"_s.arg(freemium - 30)),
                 qPrintable(messages.join(u'\n')));
        QCOMPARE(count(f, u"SELECT count(*) FROM quotadesk.quota_resets WHERE period = 'monthly'"_s), resetsBefore + freemium);
        QCOMPARE(count(f, u"SELECT count(*) FROM quotadesk.quota_resets r JOIN quotadesk.user_limits l ON l.user_id = r.user_id "
                          "WHERE r.period = 'monthly' AND r.reason = 'Billing error, ticket 5120' AND l.plan <> 'freemium'"_s),
                 0);
    }

    // The plan limits editor: a preview of who changes level (against levels computed here
    // from the users' figures), a confirmation, the audited save.
    void planLimitsEditorPreviewsAndSavesAudited()
    {
        DashboardFixture f(DemoData::staffEmail());
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        loadDemo(f);
        QuotasPage page(f.context());
        QString preview;
        page.setLimitsAsker([&preview](QWidget *parent, const QList<PlanLimitsRow> &rows, const QStringList &tiers,
                                       PlanLimitsDialog::Previewer previewer) -> std::optional<PlanLimitsRow> {
            PlanLimitsDialog dialog(rows, tiers, std::move(previewer), parent);
            dialog.choosePlan(u"pro"_s);
            dialog.setLimits(20000, 400000, 50);
            if (!QTest::qWaitFor([&dialog] { return dialog.previewText().startsWith(u"Under these limits"_s); }, 20000))
                return std::nullopt;
            preview = dialog.previewText();
            return dialog.row();
        });
        showAndLoad(page);

        // What the preview must say, from the statuses: levels under the proposed limits.
        const Result<QList<QuotaStatus>> statuses = QuotaService(f.db().connectionName()).overview();
        QVERIFY2(statuses.ok(), qPrintable(statuses.error()));
        qint64 users = 0, daily = 0, monthly = 0, hourly = 0;
        for (const QuotaStatus &s : statuses.value()) {
            if (s.plan != u"pro"_s)
                continue;
            ++users;
            daily += QuotaWindow::fromUsage(s.daily.used, 20000).warningLevel != s.daily.warningLevel;
            monthly += QuotaWindow::fromUsage(s.monthly.used, 400000).warningLevel != s.monthly.warningLevel;
            hourly += QuotaWindow::fromUsage(s.hourlyCalls.used, 50).warningLevel != s.hourlyCalls.warningLevel;
        }
        QVERIFY(users > 0 && daily > 0);

        Dialogs::takeMessages();
        Dialogs::queueAnswer(true);
        auto *button = page.findChild<QPushButton *>(u"planLimitsButton"_s);
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(count(f, u"SELECT count(*) FROM admin_action_logs WHERE action = 'quota.plan_limits'"_s) == 1, 20000);
        QVERIFY2(preview.contains(u"of the plan's %1 users now: %2 change daily level, %3 monthly, %4 hourly"_s
                                      .arg(QLocale().toString(users), QLocale().toString(daily), QLocale().toString(monthly), QLocale().toString(hourly))),
                 qPrintable(preview));
        QCOMPARE(count(f, u"SELECT daily_tokens FROM quotadesk.plan_limits WHERE plan = 'pro'"_s), 20000);
        QCOMPARE(count(f, u"SELECT hourly_calls FROM quotadesk.plan_limits WHERE plan = 'pro'"_s), 50);
        const QStringList messages = Dialogs::takeMessages();
        QVERIFY2(!messages.isEmpty() && messages.at(0).contains(u"Set the limits of plan pro to 20,000 tokens a day"_s), qPrintable(messages.join(u'\n')));
    }

    void refusedResetsChangeNothing_data()
    {
        QTest::addColumn<QString>("refusal");
        QTest::addColumn<QString>("message");
        QTest::newRow("not staff (refused by the service)") << u"not staff"_s << u"Reset quota: Nothing was reset: "_s;
        QTest::newRow("blank reason") << u"blank reason"_s << u"Reset quota: A quota reset needs a reason"_s;
        QTest::newRow("confirmation declined") << u"declined"_s << QString();
        QTest::newRow("dialog cancelled") << u"cancelled"_s << QString();
        QTest::newRow("unknown staff account") << u"unknown staff"_s << u"Staff account: "_s;
    }
    void refusedResetsChangeNothing()
    {
        QFETCH(QString, refusal);
        QFETCH(QString, message);
        DashboardFixture f(refusal == u"unknown staff"_s ? u"nobody@nowhere.test"_s : DemoData::staffEmail());
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        loadDemo(f);
        if (refusal == u"not staff"_s) {
            const int candidate = count(f, u"SELECT min(id) FROM users WHERE NOT is_admin AND role = 'candidate'"_s);
            f.context().setStaff(UserRef{candidate, u"candidate@example.com"_s, u"Not Staff"_s, true, true});
        }
        QuotasPage page(f.context());
        bool asked = false;
        page.setResetAsker([&](QWidget *, const QStringList &) -> std::optional<ResetRequest> {
            asked = true;
            if (refusal == u"cancelled"_s)
                return std::nullopt;
            return ResetRequest{u"monthly"_s, refusal == u"blank reason"_s ? u"   "_s : u"ticket 1"_s};
        });
        showAndLoad(page);
        const QString before = f.db().scalar(u"SELECT (SELECT count(*) FROM quotadesk.quota_resets) || '/' || "
                                             "(SELECT count(*) FROM admin_action_logs) || '/' || "
                                             "(SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) FROM ai_provider_usage_logs t)"_s)
                                   .toString();
        page.selectUsers({visibleIds(page.table()).at(0), visibleIds(page.table()).at(1)});
        Dialogs::takeMessages();
        Dialogs::queueAnswer(refusal != u"declined"_s);
        page.findChild<QPushButton *>(u"resetButton"_s)->click();
        QVERIFY(asked);
        if (!message.isEmpty()) {
            QStringList messages; // collected: QTRY evaluates its condition once more at the end
            QTRY_VERIFY_WITH_TIMEOUT(!(messages << Dialogs::takeMessages()).filter(message).isEmpty(), 10000);
        } else {
            QVERIFY(f.waitIdle());
            const QStringList messages = Dialogs::takeMessages();
            QCOMPARE(messages.filter(u"was reset"_s), QStringList());
        }
        QTRY_VERIFY(!page.isBusy());
        QVERIFY(f.waitIdle());
        const QString after = f.db().scalar(u"SELECT (SELECT count(*) FROM quotadesk.quota_resets) || '/' || "
                                            "(SELECT count(*) FROM admin_action_logs) || '/' || "
                                            "(SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) FROM ai_provider_usage_logs t)"_s)
                                  .toString();
        QCOMPARE(after, before);
        QVERIFY(page.findChild<QPushButton *>(u"resetButton"_s)->isEnabled());
    }

    void resetDialogNeedsAReason()
    {
        ResetQuotaDialog dialog({u"a@x.test"_s, u"b@y.test"_s});
        auto *period = dialog.findChild<QComboBox *>(u"resetPeriod"_s);
        QVERIFY(period);
        QCOMPARE(period->count(), 3);
        QCOMPARE(dialog.period(), u"daily"_s);
        dialog.setPeriod(u"hourly"_s);
        QCOMPARE(dialog.period(), u"hourly"_s);
        QVERIFY(!dialog.okButton()->isEnabled());
        QTest::keyClicks(dialog.reasonField(), u"   "_s);
        QVERIFY(!dialog.okButton()->isEnabled());
        QTest::keyClicks(dialog.reasonField(), u"ticket 9"_s);
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.reason(), u"ticket 9"_s);
        dialog.show();
        saveShot(&dialog, u"resetDialog"_s);
        dialog.reasonField()->clear();
        QVERIFY(!dialog.okButton()->isEnabled());
    }

    void refreshKeepsTheSelectedUserWhenRowsMoveAndTheChartFindsUnloadedUsers()
    {
        DashboardFixture f(DemoData::staffEmail());
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        loadDemo(f);
        QuotasPage page(f.context());
        page.model()->setPageSize(10);
        showAndLoad(page);
        QVERIFY(f.waitIdle());
        QSignalSpy replaced(page.model(), &QuotaPagedModel::rowsReplaced);
        page.table()->sortByColumn(QuotaTableModel::DailyUsed, Qt::DescendingOrder);
        QTRY_COMPARE(replaced.count(), 1);
        QVERIFY(f.waitIdle());
        const int chosen = visibleIds(page.table()).at(3);
        const int climber = visibleIds(page.table()).at(8);
        page.selectUsers({chosen});
        QCOMPARE(page.selectedUserIds(), QList<int>{chosen});
        // New usage puts another user on top: a refresh reorders the rows, the selection stays on the user.
        QuotaTestData data(f.db());
        data.exec(u"INSERT INTO ai_provider_usage_logs (user_id, provider_config_id, task_type, total_tokens, status, created_at) "
                  "SELECT ?, (SELECT max(id) FROM ai_provider_configs), 'extraction', 50000000, 'success', "
                  "       greatest(date_trunc('day', quotadesk.utc_now()), quotadesk.utc_now() - interval '1 second')"_s,
                  {climber});
        QVERIFY2(data.ok(), qPrintable(data.error()));
        reload(page);
        QCOMPARE(visibleIds(page.table()).constFirst(), climber);
        QCOMPARE(visibleIds(page.table()).indexOf(chosen), 4);
        QCOMPARE(page.selectedUserIds(), QList<int>{chosen});
        QCOMPARE(page.userPanel()->status()->userId, chosen);

        // A user of the chart who is not among the rows held (sorted by email, 10 rows):
        // the table shows everyone by daily percentage and selects them.
        page.table()->sortByColumn(QuotaTableModel::Email, Qt::AscendingOrder);
        QTRY_COMPARE(replaced.count(), 2);
        QVERIFY(f.waitIdle());
        int outside = 0;
        for (int row = 0; row < page.barsModel()->rowCount() && !outside; ++row)
            if (page.model()->rowOfUser(page.barsModel()->userIdAt(row)) < 0)
                outside = page.barsModel()->userIdAt(row);
        QVERIFY(outside > 0);
        page.selectUsers({outside});
        QTRY_COMPARE(page.selectedUserIds(), QList<int>{outside});
        QCOMPARE(page.model()->listing().sortColumn, int(QuotaTableModel::DailyPercent));
        QCOMPARE(page.table()->horizontalHeader()->sortIndicatorSection(), int(QuotaTableModel::DailyPercent));
    }

    void exportWritesEveryMatchingRowFromTheDatabase()
    {
        DashboardFixture f(DemoData::staffEmail());
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        loadDemo(f);
        MainWindow window(f.context());
        auto *page = new QuotasPage(f.context());
        page->model()->setPageSize(25);
        window.addPage(page);
        window.show();
        window.showPage(u"quotas"_s);
        QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded(), 30000);
        auto *plan = page->findChild<QComboBox *>(u"planFilter"_s);
        plan->setCurrentIndex(plan->findData(u"freemium"_s));
        const int freemium = count(f, u"SELECT count(*) FROM quotadesk.user_limits WHERE plan = 'freemium'"_s);
        QVERIFY(freemium > 25);
        QTRY_VERIFY(page->model()->listing().plan == u"freemium"_s && !page->model()->isLoading());
        QVERIFY(page->table()->model()->rowCount() < freemium); // the table holds pages

        QTemporaryDir dir;
        const QString csv = dir.filePath(u"quotas.csv"_s);
        QVERIFY(f.exportTable(window, csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.first().contains("Daily %"));
        QCOMPARE(lines.size() - 2, freemium); // header, trailing newline
        // In the table's order: its first rows first.
        const QList<int> shown = visibleIds(page->table());
        for (int i = 0; i < shown.size(); ++i)
            QCOMPARE(lines.at(i + 1).split(',').constFirst().toInt(), shown.at(i));
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QLocale().toString(freemium)));
    }

    void twoThousandUsersLoadAndFilter()
    {
        DashboardFixture f(DemoData::staffEmail());
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        loadDemo(f, 2000);
        QuotasPage page(f.context());
        showAndLoad(page);
        // The table holds a page (and what the view asked for), the count says how many match.
        const int users = count(f, u"SELECT count(*) FROM users"_s);
        QVERIFY(users > 2000);
        QVERIFY(page.table()->model()->rowCount() >= page.model()->pageSize());
        QVERIFY(page.table()->model()->rowCount() < users);
        QCOMPARE(page.levelCounts().allUsers, users);
        QCOMPARE(page.levelCounts().matching(), users);
        QCOMPARE(page.findChild<QLabel *>(u"quotaCount"_s)->text(), u"%1 of %1 users"_s.arg(QLocale().toString(users)));
        page.findField()->setText(u"user01999"_s);
        QTRY_COMPARE(page.table()->model()->rowCount(), 1);
        QTRY_COMPARE(page.levelCounts().matching(), 1);
        page.findField()->clear();
        QTRY_VERIFY(page.table()->model()->rowCount() > 1);
        reload(page);
        QCOMPARE(page.barsModel()->rowCount(), 15);
        // Scrolling to the end loads the next pages, in order, without repeats.
        const int held = page.table()->model()->rowCount();
        page.table()->scrollToBottom();
        QTRY_VERIFY(page.table()->model()->rowCount() > held);
        QVERIFY(f.waitIdle());
        const QList<int> ids = visibleIds(page.table());
        QCOMPARE(QSet<int>(ids.begin(), ids.end()).size(), ids.size());
    }

    void windowRenders_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void windowRenders()
    {
        QFETCH(bool, dark);
        const QPalette original = QApplication::palette();
        const auto restore = qScopeGuard([&original] { QApplication::setPalette(original); });
        if (dark)
            QApplication::setPalette(WindowTheme::darkPalette());
        DashboardFixture f(DemoData::staffEmail());
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        loadDemo(f, 300);
        {
            MainWindow window(f.context());
            auto *page = new QuotasPage(f.context());
            window.addPage(page);
            window.resize(1360, 860);
            window.show();
            window.showPage(u"quotas"_s);
            QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded(), 30000);
            QTest::qWait(200);
            // The alert's text uses the palette's text color, whatever the theme.
            auto *title = page->findChild<QLabel *>(u"userAlertTitle"_s);
            QCOMPARE(title->palette().color(QPalette::WindowText), QApplication::palette().color(QPalette::WindowText));
            saveShot(&window, dark ? u"window-dark"_s : u"window-light"_s);
        }
    }
};

QTEST_MAIN(TestQuotasPage)
#include "tst_quotas_page.moc"
