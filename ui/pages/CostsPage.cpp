#include "pages/CostsPage.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QValueAxis>

#include "charts/ChartStyle.h"
#include "common/DisplayText.h"
#include "costs/CostSummary.h"
#include "costs/DailySpendModel.h"
#include "costs/SpendersModel.h"
#include "db/DatabaseWorker.h"
#include "pages/PageParts.h"
#include "pages/StatTile.h"
#include "shell/AppContext.h"

namespace {

// One color per model, in the order of their spend: distinct in light and dark palettes.
const QList<QColor> ModelColors{QColor(0x15, 0x65, 0xc0), QColor(0xef, 0x6c, 0x00), QColor(0x2e, 0x7d, 0x32),
                                QColor(0x6a, 0x1b, 0x9a), QColor(0x00, 0x83, 0x8f), QColor(0xc6, 0x28, 0x28),
                                QColor(0x79, 0x55, 0x48), QColor(0x55, 0x8b, 0x2f)};

QTableView *plainTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

CostsPage::CostsPage(AppContext &context, QWidget *parent) : Page(parent), m_context(context)
{
    setObjectName(QStringLiteral("costsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(PageParts::heading(tr("Costs"), this));

    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    const QList<QPair<QString, QString>> tiles{
        {QStringLiteral("monthToDate"), tr("AI spend this month")},
        {QStringLiteral("projected"), tr("Projected month end")},
        {QStringLiteral("failed"), tr("Failed calls this month")},
        {QStringLiteral("cacheSaved"), tr("Saved by the cache this month")},
        {QStringLiteral("net"), tr("Net cost this month")},
    };
    for (int i = 0; i < tiles.size(); ++i) {
        auto *tile = new StatTile(tiles.at(i).second, this);
        tile->setObjectName(tiles.at(i).first);
        grid->addWidget(tile, 0, i);
    }
    layout->addLayout(grid);

    // Spend per day, stacked by model, task or plan: bars on a hidden category axis, a
    // category axis over the same range labels every fifth day (30 labels do not fit).
    auto *choices = new QHBoxLayout;
    m_days = new QComboBox(this);
    m_days->setObjectName(QStringLiteral("costDays"));
    m_days->addItem(tr("Last 30 days"), 30);
    m_days->addItem(tr("Last 90 days"), 90);
    m_stackBy = new QComboBox(this);
    m_stackBy->setObjectName(QStringLiteral("costStackBy"));
    m_stackBy->addItem(tr("by provider/model"), QStringLiteral("model"));
    m_stackBy->addItem(tr("by task type"), QStringLiteral("task"));
    m_stackBy->addItem(tr("by plan (now)"), QStringLiteral("plan"));
    choices->addWidget(m_days);
    choices->addWidget(m_stackBy);
    choices->addStretch(1);
    layout->addLayout(choices);
    connect(m_days, &QComboBox::currentIndexChanged, this, &Page::refresh);
    connect(m_stackBy, &QComboBox::currentIndexChanged, this, &Page::refresh);
    m_daily = new DailySpendModel(this);
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_bars = new QStackedBarSeries(chart);
    m_bars->setBarWidth(0.8);
    connect(m_bars, &QAbstractBarSeries::barsetsAdded, this, [this] {
        const QList<QBarSet *> sets = m_bars->barSets();
        for (int i = 0; i < sets.size(); ++i) {
            sets.at(i)->setColor(ModelColors.at(i % ModelColors.size()));
            sets.at(i)->setBorderColor(ModelColors.at(i % ModelColors.size()));
        }
    });
    m_mapper = new QVBarModelMapper(this);
    m_mapper->setSeries(m_bars);
    chart->addSeries(m_bars);
    m_dayAxis = new QBarCategoryAxis(chart);
    m_dateAxis = new QCategoryAxis(chart);
    m_dateAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_dateAxis->setGridLineVisible(false);
    chart->setLocalizeNumbers(true); // axis labels as the locale writes numbers: 500,000 (en), 500.000 (de)
    m_costAxis = new QValueAxis(chart);
    m_costAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_costAxis->setTitleText(tr("US dollars"));
    m_costAxis->setRange(0, 1);
    chart->addAxis(m_dayAxis, Qt::AlignBottom);
    chart->addAxis(m_dateAxis, Qt::AlignBottom);
    chart->addAxis(m_costAxis, Qt::AlignLeft);
    m_bars->attachAxis(m_dayAxis);
    m_bars->attachAxis(m_costAxis);
    m_dayAxis->setVisible(false);
    m_chartView = new QChartView(chart, this);
    m_chartView->setObjectName(QStringLiteral("dailySpendChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    ChartStyle::apply(chart, palette());
    layout->addWidget(m_chartView, 3);

    auto *tables = new QHBoxLayout;
    auto *spendersBox = new QVBoxLayout;
    spendersBox->addWidget(new QLabel(tr("Top %n spenders this month (double-click: open on the Quotas page)", nullptr,
                                         CostSummary::TopSpenders), this));
    m_spenders = new SpendersModel(this);
    m_spendersView = plainTable(this);
    m_spendersView->setObjectName(QStringLiteral("spendersTable"));
    m_spendersView->setModel(m_spenders);
    connect(m_spendersView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const int user = m_spenders->userIdAt(index.row()))
            emit userRequested(user);
    });
    spendersBox->addWidget(m_spendersView);
    tables->addLayout(spendersBox, 3);

    auto *ratesBox = new QVBoxLayout;
    ratesBox->addWidget(new QLabel(tr("Models this month"), this));
    m_ratesView = plainTable(this);
    m_ratesView->setObjectName(QStringLiteral("modelRatesTable"));
    m_ratesView->setModel(new QStandardItemModel(0, 4, this));
    ratesBox->addWidget(m_ratesView);
    ratesBox->addWidget(new QLabel(tr("Alerts"), this));
    m_alerts = new QListWidget(this);
    m_alerts->setObjectName(QStringLiteral("alertsList"));
    m_alerts->setWordWrap(true);
    ratesBox->addWidget(m_alerts);
    setAlerts({});
    tables->addLayout(ratesBox, 2);
    layout->addLayout(tables, 2);
}

QAbstractItemView *CostsPage::exportableView() const
{
    return m_spendersView;
}

QList<QWidget *> CostsPage::charts() const
{
    return {m_chartView};
}

StatTile *CostsPage::tile(const QString &name) const
{
    return findChild<StatTile *>(name);
}

void CostsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        ChartStyle::apply(m_chartView->chart(), palette());
    Page::changeEvent(event);
}

void CostsPage::load()
{
    m_context.reader().run<Result<CostSummary>>(
        this,
        [days = m_days->currentData().toInt(), stackBy = m_stackBy->currentData().toString()](const QString &connection) {
            return CostSummary::load(connection, days, stackBy);
        },
        [this](const Result<CostSummary> &summary) {
            if (!summary)
                return loadFailed(summary.error());
            showSummary(summary.value());
            loadFinished();
        });
}

void CostsPage::showSummary(const CostSummary &s)
{
    const QLocale locale;
    const QString month = locale.toString(s.at.date(), QStringLiteral("MMMM yyyy"));
    const std::optional<double> change = s.changeOnLastMonth();
    tile(QStringLiteral("monthToDate"))
        ->setValue(DisplayText::usdFromCents(s.monthToDateCents),
                   change ? tr("%1 by this point last month (%2%3 %)")
                                .arg(DisplayText::usdFromCents(s.lastMonthSamePointCents), *change >= 0 ? QStringLiteral("+") : QString(),
                                     locale.toString(*change, 'f', 0))
                          : tr("nothing by this point last month"));
    StatTile *projected = tile(QStringLiteral("projected"));
    const BudgetStatus *overall = !s.budgets.isEmpty() && s.budgets.constFirst().scope == QLatin1String(BudgetService::Overall)
        ? &s.budgets.constFirst() : nullptr;
    projected->setValue(DisplayText::usdFromCents(s.projectedMonthCents),
                        overall ? tr("%1 % of the %2 budget").arg(locale.toString(overall->projectedShare * 100.0, 'f', 0),
                                                                   DisplayText::usdFromCents(overall->budgetCents))
                                : tr("%1; no budget set").arg(month));
    // Orange past 80 % of the budget, red past 100 %.
    projected->setAccent(overall ? overall->level() : QString());
    projected->setToolTip(DisplayText::plainToolTip(
        tr("Month to date, plus each remaining day of the month at the average spend of its weekday over the last 28 full "
           "UTC days (four of each weekday; days without calls count as 0), plus the rest of today at its weekday's average "
           "times the part of the day still to come.")));
    tile(QStringLiteral("failed"))
        ->setValue(DisplayText::usdFromCents(s.failedMonthCents),
                   s.monthToDateCents > 0 ? tr("%1 % of the spend: calls with status error or timeout")
                                                .arg(locale.toString(100.0 * double(s.failedMonthCents) / double(s.monthToDateCents), 'f', 1))
                                          : tr("calls with status error or timeout"));
    tile(QStringLiteral("failed"))->setAccent(s.failedMonthCents * 20 > s.monthToDateCents ? QStringLiteral("warning") : QString());
    tile(QStringLiteral("cacheSaved"))->setValue(DisplayText::usd(s.cacheSavedMonthUsd), tr("recorded hits × saving per hit"));
    const qint64 savedCents = qint64(std::llround(s.cacheSavedMonthUsd * 100.0));
    tile(QStringLiteral("net"))->setValue(DisplayText::usdFromCents(s.monthToDateCents - savedCents), tr("spend minus the cache's savings"));

    const int span = int(s.firstDay.daysTo(s.lastDay) + 1);
    m_chartView->chart()->setTitle(s.stackBy == QLatin1String("task")   ? tr("AI spend per UTC day, by task type: last %n days", nullptr, span)
                                   : s.stackBy == QLatin1String("plan") ? tr("AI spend per UTC day, by plan (now): last %n days", nullptr, span)
                                                                        : tr("AI spend per UTC day, by model: last %n days", nullptr, span));
    m_daily->setSummary(s);
    m_bars->clear();
    m_mapper->setModel(nullptr);
    if (m_daily->columnCount() > 1) {
        m_mapper->setFirstBarSetColumn(1);
        m_mapper->setLastBarSetColumn(m_daily->columnCount() - 1);
        m_mapper->setModel(m_daily);
    }
    updateAxes();

    m_spenders->setSpenders(s.top);
    m_spendersView->resizeColumnsToContents();

    auto *rates = static_cast<QStandardItemModel *>(m_ratesView->model());
    rates->clear();
    rates->setHorizontalHeaderLabels({tr("Provider/model"), tr("Tokens"), tr("Cost"), tr("Per 1,000 tokens")});
    for (const ModelRate &r : s.rates) {
        QList<QStandardItem *> row{new QStandardItem(r.model), new QStandardItem(DisplayText::count(r.tokens)),
                                   new QStandardItem(DisplayText::usdFromCents(r.cents)),
                                   new QStandardItem(tr("%1 ¢").arg(locale.toString(r.centsPer1k(), 'f', 3)))};
        for (int i = 1; i < row.size(); ++i)
            row.at(i)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        rates->appendRow(row);
    }
    m_ratesView->resizeColumnsToContents();
}

void CostsPage::setAlerts(const QList<Alert> &alerts)
{
    m_alerts->clear();
    if (alerts.isEmpty()) {
        m_alerts->addItem(tr("No active alerts."));
        return;
    }
    QList<Alert> ordered = alerts;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Alert &a, const Alert &b) {
        return (a.severity == QLatin1String("critical")) > (b.severity == QLatin1String("critical"));
    });
    for (const Alert &alert : ordered) {
        auto *item = new QListWidgetItem(style()->standardIcon(alert.severity == QLatin1String("critical") ? QStyle::SP_MessageBoxCritical
                                                                                                          : QStyle::SP_MessageBoxWarning),
                                         alert.text(), m_alerts);
        item->setData(Qt::UserRole, alert.key);
    }
}

void CostsPage::updateAxes()
{
    const QLocale locale;
    QStringList days;
    for (int row = 0; row < m_daily->rowCount(); ++row)
        days << m_daily->dayAt(row).toString(Qt::ISODate);
    m_dayAxis->setCategories(days);
    for (const QString &label : m_dateAxis->categoriesLabels())
        m_dateAxis->remove(label);
    const int n = m_daily->rowCount();
    m_dateAxis->setRange(-0.5, std::max<double>(0.5, double(n) - 0.5));
    m_dateAxis->setStartValue(-0.5);
    const int step = n > 45 ? 15 : 5; // labels that fit: every fifth day of 30, every fifteenth of 90
    for (int i = n ? (n - 1) % step : 0; i < n; i += step)
        m_dateAxis->append(locale.toString(m_daily->dayAt(i), QStringLiteral("MMM d")), double(i));
    m_dateAxis->setTitleText(tr("UTC day"));
    m_costAxis->setRange(0, std::max(1.0, double(m_daily->highestDayCents()) / 100.0 * 1.08));
    m_costAxis->applyNiceNumbers();
}
