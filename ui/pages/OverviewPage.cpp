#include "pages/OverviewPage.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QVXYModelMapper>
#include <QValueAxis>

#include "charts/ChartStyle.h"
#include "common/DisplayText.h"
#include "db/DatabaseWorker.h"
#include "overview/HourlyTokensModel.h"
#include "overview/OverviewSummary.h"
#include "pages/StatTile.h"
#include "pages/PageParts.h"
#include "quota/QuotaLevel.h"
#include "shell/AppContext.h"

OverviewPage::OverviewPage(AppContext &context, QWidget *parent) : Page(parent), m_context(context)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(PageParts::heading(tr("Overview"), this));

    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    const QList<QPair<QString, QString>> tiles{
        {QStringLiteral("tokensToday"), tr("Tokens today")},
        {QStringLiteral("costToday"), tr("AI cost today")},
        {QStringLiteral("costMonth"), tr("AI cost this month")},
        {QStringLiteral("hitRate"), tr("Cache hit rate today")},
        {QStringLiteral("usersWarning"), tr("Users at warning (≥ %1 %)").arg(QuotaLevel::WarningAt)},
        {QStringLiteral("usersCritical"), tr("Users critical (≥ %1 %)").arg(QuotaLevel::CriticalAt)},
        {QStringLiteral("usersExceeded"), tr("Users exceeded (≥ %1 %)").arg(QuotaLevel::ExceededAt)},
        {QStringLiteral("costSaved"), tr("Cost saved by the cache")},
        {QStringLiteral("storage"), tr("Cache storage")},
    };
    for (int i = 0; i < tiles.size(); ++i) {
        auto *tile = new StatTile(tiles.at(i).second, this);
        tile->setObjectName(tiles.at(i).first);
        grid->addWidget(tile, i / 5, i % 5);
    }
    layout->addLayout(grid);

    m_hourly = new HourlyTokensModel(this);
    auto *chart = new QChart;
    chart->setTitle(tr("Tokens per hour (UTC): today and yesterday"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *yesterday = new QLineSeries(chart);
    yesterday->setName(tr("Yesterday"));
    QPen dashed(QColor(0x90, 0x90, 0x90), 2, Qt::DashLine);
    yesterday->setPen(dashed);
    auto *today = new QLineSeries(chart);
    today->setName(tr("Today"));
    today->setPen(QPen(QColor(0x15, 0x65, 0xc0), 3));
    today->setPointsVisible(true); // early in the day there is a single point to show
    auto *yesterdayMapper = new QVXYModelMapper(this);
    yesterdayMapper->setXColumn(HourlyTokensModel::Hour);
    yesterdayMapper->setYColumn(HourlyTokensModel::Yesterday);
    yesterdayMapper->setSeries(yesterday);
    yesterdayMapper->setModel(m_hourly);
    m_todayMapper = new QVXYModelMapper(this);
    m_todayMapper->setXColumn(HourlyTokensModel::Hour);
    m_todayMapper->setYColumn(HourlyTokensModel::Today);
    m_todayMapper->setSeries(today);
    m_todayMapper->setModel(m_hourly);
    connect(m_hourly, &HourlyTokensModel::currentHourChanged, m_todayMapper, [this](int hour) { m_todayMapper->setRowCount(hour + 1); });
    chart->addSeries(yesterday);
    chart->addSeries(today);

    auto *xAxis = new QValueAxis(chart);
    xAxis->setRange(0, 23);
    xAxis->setTickType(QValueAxis::TicksDynamic); // a tick every 3 hours, on the hour
    xAxis->setTickAnchor(0);
    xAxis->setTickInterval(3);
    xAxis->setLabelFormat(QStringLiteral("%d:00"));
    xAxis->setTitleText(tr("Hour of the day (UTC)"));
    m_yAxis = new QValueAxis(chart);
    m_yAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_yAxis->setTitleText(tr("Thousand tokens"));
    m_yAxis->setRange(0, 1);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(xAxis);
        series->attachAxis(m_yAxis);
    }
    m_chartView = new QChartView(chart, this);
    m_chartView->setObjectName(QStringLiteral("hourlyTokensChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(300);
    ChartStyle::apply(chart, palette());
    layout->addWidget(m_chartView, 1);
}

QList<QWidget *> OverviewPage::charts() const
{
    return {m_chartView};
}

StatTile *OverviewPage::tile(const QString &name) const
{
    return findChild<StatTile *>(name);
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        ChartStyle::apply(m_chartView->chart(), palette());
    Page::changeEvent(event);
}

void OverviewPage::load()
{
    m_context.reader().run<Result<OverviewSummary>>(
        this, [](const QString &connection) { return OverviewSummary::load(connection); },
        [this](const Result<OverviewSummary> &summary) {
            if (!summary)
                return loadFailed(summary.error());
            show(summary.value());
            loadFinished();
        });
}

void OverviewPage::show(const OverviewSummary &s)
{
    const QLocale locale;
    tile(QStringLiteral("tokensToday"))->setValue(locale.toString(s.tokensToday), tr("successful calls since 00:00 UTC"));
    tile(QStringLiteral("costToday"))->setValue(DisplayText::usdFromCents(s.costTodayCents), tr("all calls, failed ones included"));
    tile(QStringLiteral("costMonth"))->setValue(DisplayText::usdFromCents(s.costMonthCents), locale.toString(s.at.date(), QStringLiteral("MMMM yyyy")));
    const auto users = [&](const QString &name, int count, const QString &level) {
        StatTile *t = tile(name);
        t->setValue(locale.toString(count), tr("of %1 users, daily quota").arg(locale.toString(s.usersTotal)));
        t->setAccent(count > 0 ? level : QString());
    };
    users(QStringLiteral("usersWarning"), s.usersWarning, QStringLiteral("warning"));
    users(QStringLiteral("usersCritical"), s.usersCritical, QStringLiteral("critical"));
    users(QStringLiteral("usersExceeded"), s.usersExceeded, QStringLiteral("exceeded"));
    if (s.hitRateToday) {
        tile(QStringLiteral("hitRate"))->setValue(tr("%1 %").arg(locale.toString(*s.hitRateToday * 100.0, 'f', 1)),
                                                  tr("%1 lookups today; target 60 %").arg(locale.toString(s.lookupsToday)));
        tile(QStringLiteral("hitRate"))->setAccent(*s.hitRateToday >= 0.6 ? QStringLiteral("ok") : QStringLiteral("warning"));
    } else {
        tile(QStringLiteral("hitRate"))->setValue(tr("unknown"), tr("no lookups recorded today"));
        tile(QStringLiteral("hitRate"))->setAccent(QString());
    }
    tile(QStringLiteral("costSaved"))->setValue(DisplayText::usd(s.costSavedUsd), tr("hits × saving per hit, all entries"));
    tile(QStringLiteral("storage"))->setValue(tr("%1 MB").arg(locale.toString(s.storageMb, 'f', 1)),
                                              tr("%1 entries").arg(locale.toString(s.cacheEntries)));

    m_hourly->setValues(s.tokensByHourToday, s.tokensByHourYesterday, s.at.time().hour());
    m_yAxis->setTitleText(m_hourly->unit() >= 1e6 ? tr("Million tokens") : m_hourly->unit() >= 1e3 ? tr("Thousand tokens") : tr("Tokens"));
    const double top = std::max<double>(1.0, double(m_hourly->maximum()) / m_hourly->unit());
    m_yAxis->setRange(0, top * 1.1);
    m_yAxis->applyNiceNumbers();
}
