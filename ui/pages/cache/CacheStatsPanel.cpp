#include "pages/cache/CacheStatsPanel.h"

#include <algorithm>
#include <cmath>

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QVXYModelMapper>
#include <QValueAxis>

#include "cache/CacheService.h"
#include "cache/CacheTypeStatsModel.h"
#include "cache/HitRateByDayModel.h"
#include "charts/ChartStyle.h"
#include "common/DisplayText.h"
#include "charts/HitRateDonut.h"
#include "pages/PageParts.h"
#include "pages/StatTile.h"

CacheStatsPanel::CacheStatsPanel(QWidget *parent) : QWidget(parent)
{
    m_windowLabel = new QLabel(tr("Lookups of:"), this);
    m_window = new QComboBox(this);
    m_window->setObjectName(QStringLiteral("windowSelector"));
    m_window->addItem(tr("Today"), 1);
    m_window->addItem(tr("Last 7 days"), 7);
    m_window->addItem(tr("Last 30 days"), 30);
    m_window->addItem(tr("All recorded"), -1);
    m_window->setCurrentIndex(1);
    m_windowLabel->setBuddy(m_window);
    connect(m_window, &QComboBox::currentIndexChanged, this, &CacheStatsPanel::windowChanged);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_donut = new HitRateDonut(this);
    m_donut->setMinimumWidth(220); // minimum widths: the window must fit a 1280 px screen and less
    m_donut->setMaximumWidth(270);
    layout->addWidget(m_donut, 3);

    auto *tiles = new QVBoxLayout;
    tiles->setSpacing(6);
    m_costTile = new StatTile(tr("Cost saved"), this);
    m_costTile->setObjectName(QStringLiteral("costSavedTile"));
    m_storageTile = new StatTile(tr("Storage"), this);
    m_storageTile->setObjectName(QStringLiteral("storageTile"));
    m_entriesTile = new StatTile(tr("Entries"), this);
    m_entriesTile->setObjectName(QStringLiteral("entriesTile"));
    for (StatTile *tile : {m_costTile, m_storageTile, m_entriesTile}) {
        tile->setMinimumWidth(150);
        tile->setMaximumWidth(190);
        tiles->addWidget(tile);
    }
    layout->addLayout(tiles, 2);

    auto *byType = new QVBoxLayout;
    byType->setSpacing(4);
    auto *byTypeTitle = new QLabel(tr("By type"), this);
    byTypeTitle->setAlignment(Qt::AlignHCenter);
    byType->addWidget(byTypeTitle);
    m_typeStats = new CacheTypeStatsModel(this);
    m_typeTable = new QTableView(this);
    m_typeTable->setObjectName(QStringLiteral("typeStatsTable"));
    m_typeTable->setModel(m_typeStats);
    m_typeTable->verticalHeader()->hide();
    m_typeTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_typeTable->setFocusPolicy(Qt::NoFocus);
    m_typeTable->setAlternatingRowColors(true);
    m_typeTable->setWordWrap(false);
    // Every figure whole: columns as wide as their widest value, the table at least as
    // wide as all of them (showStats()), spare width to the last column.
    m_typeTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_typeTable->horizontalHeader()->setStretchLastSection(true);
    m_typeTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_typeTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_typeTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_typeTable->setMinimumWidth(300);
    byType->addWidget(m_typeTable);
    // Two kinds of hits: per entry, all time (the table, the savings), and lookups in the
    // window (the rate). Say which is which.
    auto *hitsNote = new QLabel(tr("Entries, hits and savings are those of the rows in the cache now, all time. "
                                   "The hit rate counts the lookups recorded in the chosen window, misses included."),
                                this);
    hitsNote->setObjectName(QStringLiteral("typeStatsNote"));
    hitsNote->setWordWrap(true);
    hitsNote->setForegroundRole(QPalette::PlaceholderText);
    byType->addWidget(hitsNote);
    byType->addStretch(1);
    layout->addLayout(byType, 5);

    layout->addWidget(createDayChart(), 4);
    updateDayAxis();
}

QChartView *CacheStatsPanel::createDayChart()
{
    m_days = new HitRateByDayModel(this);
    auto *chart = new QChart;
    chart->setTitle(tr("Hit rate per day (UTC)"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    m_targetSeries = new QLineSeries(chart);
    m_targetSeries->setName(tr("Target 60 %"));
    m_targetSeries->setPen(QPen(QColor(0x90, 0x90, 0x90), 1.5, Qt::DashLine));
    m_rateSeries = new QLineSeries(chart);
    m_rateSeries->setName(tr("Hit rate"));
    m_rateSeries->setPen(QPen(QColor(0x15, 0x65, 0xc0), 2.5));
    m_rateSeries->setPointsVisible(true); // a day between days without lookups stands alone
    auto *mapper = new QVXYModelMapper(this);
    mapper->setXColumn(HitRateByDayModel::DayOffset);
    mapper->setYColumn(HitRateByDayModel::HitRatePercent);
    mapper->setSeries(m_rateSeries);
    mapper->setModel(m_days);
    chart->addSeries(m_targetSeries);
    chart->addSeries(m_rateSeries);
    m_dayAxis = new QCategoryAxis(chart);
    m_dayAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    auto *yAxis = new QValueAxis(chart);
    yAxis->setRange(0, 100);
    yAxis->setTickCount(6);
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->setTitleText(tr("Hit rate (%)"));
    chart->addAxis(m_dayAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(m_dayAxis);
        series->attachAxis(yAxis);
    }
    m_dayChartView = new QChartView(chart, this);
    m_dayChartView->setObjectName(QStringLiteral("hitRateByDayChart"));
    m_dayChartView->setRenderHint(QPainter::Antialiasing);
    m_dayChartView->setMinimumSize(220, 270);
    m_dayChartView->installEventFilter(this); // fewer day labels when narrow
    return m_dayChartView;
}

QDateTime CacheStatsPanel::windowStartAt(const QDateTime &at) const
{
    const int days = m_window->currentData().toInt();
    if (days < 0)
        return {};
    const QDateTime midnight(at.toUTC().date(), QTime(0, 0), QTimeZone::utc());
    return midnight.addDays(-(std::max(days, 1) - 1));
}

QString CacheStatsPanel::windowName() const
{
    switch (m_window->currentData().toInt()) {
    case 1:
        return tr("today");
    case 7:
        return tr("last 7 days");
    case 30:
        return tr("last 30 days");
    default:
        return tr("all recorded");
    }
}

void CacheStatsPanel::showStats(const CacheStats &s)
{
    const QLocale locale;
    m_shownAt = s.at;
    m_shownSince = s.since;
    m_donut->setFigures(s.lookupHits, s.lookupMisses, s.hitRate, s.hitsPerEntry, windowName());
    m_costTile->setValue(DisplayText::usd(s.costSavedUsd), tr("hits × saving per hit, all entries"));
    m_storageTile->setValue(tr("%1 MB").arg(locale.toString(s.storageMb, 'f', 2)),
                            tr("cache data of %Ln entries", nullptr, PageParts::pluralCount(s.totalEntries)));
    m_entriesTile->setValue(DisplayText::count(s.totalEntries),
                            s.expiredEntries > 0 ? tr("%Ln expired, waiting for a clean-up", nullptr, PageParts::pluralCount(s.expiredEntries))
                                                 : tr("none expired"));
    m_entriesTile->setAccent(s.expiredEntries > 0 ? QStringLiteral("warning") : QString());

    m_typeStats->setStats(s);
    int contentWidth = 2 * m_typeTable->frameWidth();
    for (int column = 0; column < m_typeStats->columnCount(); ++column)
        contentWidth += std::max(static_cast<const QAbstractItemView *>(m_typeTable)->sizeHintForColumn(column),
                                 m_typeTable->horizontalHeader()->sectionSizeHint(column));
    m_typeTable->setMinimumWidth(std::max(300, contentWidth));
    const int rowHeight = m_typeTable->verticalHeader()->defaultSectionSize();
    m_typeTable->setFixedHeight(m_typeTable->horizontalHeader()->sizeHint().height() + rowHeight * m_typeStats->rowCount()
                                + 2 * m_typeTable->frameWidth());

    const QDate first = s.since.isValid() ? s.since.date() : QDate();
    m_days->setDays(s.hitRateByDay, first, s.at.date());
    updateDayAxis();
}

void CacheStatsPanel::updateDayAxis()
{
    const QLocale locale;
    const int days = m_days->dayCount();
    const QDate first = m_days->firstDay();
    for (const QString &label : m_dayAxis->categoriesLabels())
        m_dayAxis->remove(label);
    // As many day labels as fit (about 64 px each), on whole steps.
    const int fit = std::max(2, (m_dayChartView->width() - 80) / 64);
    const int step = std::max(1, int(std::ceil(double(days) / fit)));
    for (int i = 0; i < days && first.isValid(); i += step)
        m_dayAxis->append(locale.toString(first.addDays(i), tr("MMM d", "day of the hit-rate axis")), i);
    m_dayAxis->setRange(-0.5, days - 0.5);
    m_targetSeries->replace({QPointF(-0.5, HitRateDonut::Target * 100), QPointF(days - 0.5, HitRateDonut::Target * 100)});
    m_dayChartView->chart()->setTitle(m_days->rowCount() > 0 ? tr("Hit rate per day (UTC), %1").arg(windowName())
                                                             : tr("Hit rate per day: none recorded, %1").arg(windowName()));
    applyChartPalette();
}

void CacheStatsPanel::applyChartPalette()
{
    ChartStyle::apply(m_dayChartView->chart(), palette());
}

bool CacheStatsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dayChartView && event->type() == QEvent::Resize)
        updateDayAxis();
    return QWidget::eventFilter(watched, event);
}

void CacheStatsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyChartPalette();
    QWidget::changeEvent(event);
}
