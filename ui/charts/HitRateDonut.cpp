#include "charts/HitRateDonut.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QPieLegendMarker>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QVBoxLayout>

#include "charts/ChartStyle.h"
#include "charts/LevelColors.h"

namespace {

constexpr double TickWidth = 0.005; // of the ring: under 2 degrees

// Accents: the slices keep the level colors; the big text takes a shade with enough
// contrast on the palette's window color.
QColor rateTextColor(bool onTarget, bool dark)
{
    if (onTarget)
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    return dark ? QColor(0xff, 0xca, 0x28) : QColor(0xa0, 0x5a, 0x00);
}

QColor missesColor()
{
    return QColor(0x9e, 0x9e, 0x9e);
}

void hideFromLegend(QChart *chart, QPieSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

} // namespace

HitRateDonut::HitRateDonut(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("hitRateDonut"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_chart = new QChart;
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = m_chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    m_chart->legend()->setFont(legendFont);
    m_chart->setAnimationOptions(QChart::NoAnimation);

    m_donut = new QPieSeries(m_chart);
    m_donut->setObjectName(QStringLiteral("hitRateSeries"));
    m_donut->setPieSize(0.72);
    m_donut->setHoleSize(0.56);
    m_hits = m_donut->append(tr("Hits"), 0);
    m_misses = m_donut->append(tr("Misses"), 0);
    m_noData = m_donut->append(tr("No lookups recorded"), 1);
    for (QPieSlice *slice : m_donut->slices())
        slice->setPen(Qt::NoPen);
    m_misses->setBrush(missesColor());
    m_chart->addSeries(m_donut);

    // The target: a thin tick across the ring at 60 %, on a ring of its own whose other
    // slices are invisible.
    m_targetRing = new QPieSeries(m_chart);
    m_targetRing->setPieSize(0.78);
    m_targetRing->setHoleSize(0.48);
    QPieSlice *before = m_targetRing->append(QString(), Target - TickWidth / 2);
    m_tick = m_targetRing->append(tr("60 %", "the target mark on the hit-rate ring"), TickWidth);
    QPieSlice *after = m_targetRing->append(QString(), 1.0 - Target - TickWidth / 2);
    for (QPieSlice *slice : {before, after}) {
        slice->setBrush(Qt::transparent);
        slice->setPen(Qt::NoPen);
    }
    m_tick->setPen(Qt::NoPen);
    m_tick->setLabelVisible(true);
    m_tick->setLabelPosition(QPieSlice::LabelOutside);
    m_tick->setLabelArmLengthFactor(0.05);
    m_chart->addSeries(m_targetRing);
    hideFromLegend(m_chart, m_targetRing);

    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("hitRateDonutChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(210, 230);
    layout->addWidget(m_view, 1);

    m_center = new QWidget(m_view);
    m_center->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *centerLayout = new QVBoxLayout(m_center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->setSpacing(0);
    m_value = new QLabel(QStringLiteral("…"), m_center);
    m_value->setTextFormat(Qt::PlainText);
    m_value->setObjectName(QStringLiteral("hitRateValue"));
    m_value->setAlignment(Qt::AlignCenter);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_value->setFont(big);
    m_caption = new QLabel(tr("hit rate"), m_center);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setObjectName(QStringLiteral("hitRateCaption"));
    m_caption->setAlignment(Qt::AlignCenter);
    centerLayout->addWidget(m_value);
    centerLayout->addWidget(m_caption);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("hitRateNote"));
    m_note->setWordWrap(true);
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setTextFormat(Qt::PlainText);
    layout->addWidget(m_note);

    m_view->installEventFilter(this);
    connect(m_chart, &QChart::plotAreaChanged, this, &HitRateDonut::placeCenter);
    applyPalette();
    setFigures(0, 0, std::nullopt, std::nullopt, QString());
    m_value->setText(QStringLiteral("…"));
}

void HitRateDonut::setFigures(qint64 hits, qint64 misses, std::optional<double> hitRate, std::optional<double> hitsPerEntry,
                              const QString &windowName)
{
    const QLocale locale;
    m_known = hitRate.has_value();
    m_rate = hitRate;
    m_hits->setValue(double(hits));
    m_misses->setValue(double(misses));
    m_noData->setValue(m_known ? 0.0 : 1.0);
    m_hits->setLabel(tr("Hits: %1").arg(locale.toString(hits)));
    m_misses->setLabel(tr("Misses: %1").arg(locale.toString(misses)));
    m_chart->setTitle(windowName.isEmpty() ? tr("Hit rate") : tr("Hit rate, %1").arg(windowName));

    QFont valueFont = font();
    valueFont.setBold(true);
    valueFont.setPointSizeF(valueFont.pointSizeF() * (m_known ? 1.9 : 1.3));
    m_value->setFont(valueFont);
    m_chart->legend()->setVisible(m_known); // unknown: the note says it all
    if (m_known) {
        m_value->setText(tr("%1 %").arg(locale.toString(*hitRate * 100.0, 'f', 1)));
        m_caption->setText(tr("hit rate"));
        m_note->setText(*hitRate >= Target ? tr("On target (60 %) · %1 lookups recorded").arg(locale.toString(hits + misses))
                                           : tr("Below the 60 % target · %1 lookups recorded").arg(locale.toString(hits + misses)));
    } else {
        m_value->setText(tr("unknown"));
        m_caption->setText(tr("no lookups"));
        m_note->setText(hitsPerEntry
                            ? tr("Hit rate unknown (no lookups recorded). Entry reuse instead: %1 hits per entry.")
                                  .arg(locale.toString(*hitsPerEntry, 'f', 2))
                            : tr("Hit rate unknown (no lookups recorded), and the cache has no entries."));
    }
    for (QLegendMarker *marker : m_chart->legend()->markers(m_donut)) {
        if (auto *pie = qobject_cast<QPieLegendMarker *>(marker))
            pie->setVisible(pie->slice() != m_noData || !m_known);
    }
    applyPalette();
    placeCenter();
}

QString HitRateDonut::centerText() const
{
    return m_value->text();
}

QString HitRateDonut::noteText() const
{
    return m_note->text();
}

void HitRateDonut::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
    QWidget::changeEvent(event);
}

bool HitRateDonut::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        placeCenter();
    return QWidget::eventFilter(watched, event);
}

void HitRateDonut::applyPalette()
{
    const QPalette pal = palette();
    const bool dark = ChartStyle::isDark(pal);
    ChartStyle::apply(m_chart, pal);
    const bool onTarget = m_rate && *m_rate >= Target;
    m_hits->setBrush(onTarget ? LevelColors::forLevel(QStringLiteral("ok")) : LevelColors::forLevel(QStringLiteral("warning")));
    m_noData->setBrush(ChartStyle::blend(pal.color(QPalette::Window), pal.color(QPalette::WindowText), 0.15));
    m_tick->setBrush(pal.color(QPalette::WindowText));
    m_tick->setLabelColor(pal.color(QPalette::WindowText));
    QPalette valuePalette = m_value->palette();
    valuePalette.setColor(QPalette::WindowText, m_known ? rateTextColor(onTarget, dark) : pal.color(QPalette::WindowText));
    m_value->setPalette(valuePalette);
}

void HitRateDonut::placeCenter()
{
    const QRectF plot = m_chart->plotArea();
    if (plot.isEmpty())
        return;
    const QPoint center = m_view->mapFromScene(m_chart->mapToScene(plot.center()));
    const double hole = std::min(plot.width(), plot.height()) * m_donut->pieSize() * m_donut->holeSize();
    const QSize size(int(std::max(90.0, hole * 1.1)), m_center->sizeHint().height());
    m_center->setGeometry(QRect(center - QPoint(size.width() / 2, size.height() / 2), size));
    m_center->raise();
}
