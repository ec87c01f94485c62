#include "charts/QuotaBarChart.h"

#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSet>
#include <QVBarModelMapper>
#include <QValueAxis>

#include "charts/ChartStyle.h"
#include "charts/LevelColors.h"
#include "quota/QuotaLevel.h"
#include "quota/QuotaLevelBarsModel.h"

QuotaBarChart::QuotaBarChart(QuotaLevelBarsModel *model, QWidget *parent) : QChartView(parent), m_model(model)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Top %1 users by daily quota used").arg(model->topCount()));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 12, 4));
    chart->setAnimationOptions(QChart::NoAnimation);

    m_series = new QHorizontalStackedBarSeries(chart);
    m_series->setBarWidth(0.72);
    // Colors and click handling are attached whenever the mapper (re)creates the sets.
    connect(m_series, &QAbstractBarSeries::barsetsAdded, this, &QuotaBarChart::colorBarSets);
    connect(m_series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (const int id = m_model->userIdAt(index))
            emit userClicked(id);
    });
    m_mapper = new QVBarModelMapper(this);
    m_mapper->setFirstBarSetColumn(QuotaLevelBarsModel::Ok);
    m_mapper->setLastBarSetColumn(QuotaLevelBarsModel::Exceeded);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(m_model);
    chart->addSeries(m_series);

    m_userAxis = new QBarCategoryAxis(chart);
    m_userAxis->setGridLineVisible(false);
    m_userAxis->setTruncateLabels(false); // updateAxes() elides them, in the middle
    m_percentAxis = new QValueAxis(chart);
    // A short axis title (it is elided, not wrapped, and long in Swahili); the dashed
    // lines are explained by the tooltip, their colors by the legend.
    m_percentAxis->setTitleText(tr("% of daily quota used"));
    setToolTip(tr("Dashed lines: the warning, critical and exceeded thresholds (%1, %2 and %3 %).")
                   .arg(QString::number(QuotaLevel::WarningAt), QString::number(QuotaLevel::CriticalAt), QString::number(QuotaLevel::ExceededAt)));
    m_percentAxis->setLabelFormat(QStringLiteral("%d"));
    m_percentAxis->setTickType(QValueAxis::TicksDynamic);
    m_percentAxis->setTickAnchor(0);
    m_percentAxis->setTickInterval(25);
    m_percentAxis->setMinorTickCount(0);
    chart->addAxis(m_userAxis, Qt::AlignLeft);
    chart->addAxis(m_percentAxis, Qt::AlignBottom);
    m_series->attachAxis(m_userAxis);
    m_series->attachAxis(m_percentAxis);

    m_lineAxis = new QValueAxis(chart);
    m_lineAxis->setRange(0, 1);
    chart->addAxis(m_lineAxis, Qt::AlignRight);
    m_lineAxis->setVisible(false);
    for (const auto &[level, percent] : QuotaLevel::thresholds()) {
        // A halo in the background color under each dashed line keeps it visible where it
        // crosses a bar of the same color (95 % over red bars).
        auto *halo = new QLineSeries(chart);
        halo->append(percent, 0);
        halo->append(percent, 1);
        chart->addSeries(halo);
        halo->attachAxis(m_percentAxis);
        halo->attachAxis(m_lineAxis);
        m_halos << halo;
        auto *line = new QLineSeries(chart);
        line->setName(tr("%1% threshold").arg(percent));
        line->append(percent, 0);
        line->append(percent, 1);
        line->setPen(QPen(LevelColors::forLevel(level), 1.5, Qt::DashLine));
        chart->addSeries(line);
        line->attachAxis(m_percentAxis);
        line->attachAxis(m_lineAxis);
        m_thresholds << line;
    }
    // The legend is the level key; the axis title explains the lines.
    for (QLineSeries *line : m_thresholds + m_halos)
        for (QLegendMarker *marker : chart->legend()->markers(line))
            marker->setVisible(false);

    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    applyPalette();
    colorBarSets();
    connect(m_model, &QuotaLevelBarsModel::barsChanged, this, &QuotaBarChart::updateAxes);
    updateAxes();
}

void QuotaBarChart::colorBarSets()
{
    const QList<QBarSet *> sets = m_series->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        const QColor color = LevelColors::forLevel(QuotaLevelBarsModel::levelOfColumn(i));
        sets.at(i)->setColor(color);
        sets.at(i)->setBorderColor(color);
    }
}

void QuotaBarChart::updateAxes()
{
    // Labels: emails elided in the middle, unique (a category axis drops duplicates).
    const QFontMetrics metrics(m_userAxis->labelsFont());
    QStringList labels;
    QSet<QString> seen;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QString label = metrics.elidedText(m_model->emailAt(row), Qt::ElideMiddle, LabelWidth);
        if (seen.contains(label))
            label = tr("%1 (#%2)").arg(metrics.elidedText(m_model->emailAt(row), Qt::ElideMiddle, LabelWidth - 50), QString::number(m_model->userIdAt(row)));
        seen.insert(label);
        labels << label;
    }
    // Axis labels are rich text: an email "<b>x</b>" must read as written.
    for (QString &label : labels)
        label = label.toHtmlEscaped();
    m_userAxis->setCategories(labels);

    // Past 100 % when needed, with room after the longest bar; ticks of 25 %, or wider
    // steps (50, 100, 250, 500, 1,000 …) so that at most 8 labels share the axis (553 %
    // would otherwise crowd 23 labels into "…").
    const double top = std::max(110.0, double(m_model->maximumPercentage()) * 1.05 + 8);
    double step = 25;
    for (int i = 0; top / step > 8; ++i)
        step *= (i % 3 == 2) ? 2.5 : 2; // 25, 50, 100, 250, 500, 1000, 2500 …
    m_percentAxis->setTickInterval(step);
    m_percentAxis->setRange(0, std::ceil(top / step) * step);
    const bool empty = m_model->rowCount() == 0;
    chart()->setTitle(empty ? tr("No user has used any of a daily quota yet")
                            : tr("Top %1 users by daily quota used").arg(m_model->rowCount()));
}

void QuotaBarChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void QuotaBarChart::applyPalette()
{
    ChartStyle::apply(chart(), palette());
    for (QLineSeries *halo : std::as_const(m_halos))
        halo->setPen(QPen(palette().color(QPalette::Window), 5));
}
