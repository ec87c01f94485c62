#pragma once

#include <QChartView>
#include <QList>

class QuotaLevelBarsModel;
class QBarCategoryAxis;
class QHorizontalStackedBarSeries;
class QLineSeries;
class QVBarModelMapper;
class QValueAxis;

/// The seed's quota warning widget as a chart: the top users by daily percentage as
/// horizontal bars colored by warning level (one bar set per level, mapped from a
/// QuotaLevelBarsModel), the 50 / 80 / 95 % thresholds as vertical lines, and an axis
/// that grows past 100 % when someone is over quota. Clicking a bar emits userClicked.
class QuotaBarChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotaBarChart)

public:
    explicit QuotaBarChart(QuotaLevelBarsModel *model, QWidget *parent = nullptr);

    QuotaLevelBarsModel *model() const { return m_model; }
    QHorizontalStackedBarSeries *series() const { return m_series; }
    QBarCategoryAxis *userAxis() const { return m_userAxis; }
    QValueAxis *percentAxis() const { return m_percentAxis; }
    QList<QLineSeries *> thresholdLines() const { return m_thresholds; }

    /// Widest a user label may be, in pixels; longer emails are elided in the middle.
    static constexpr int LabelWidth = 190;

signals:
    void userClicked(int userId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateAxes();
    void colorBarSets();
    void applyPalette();

    QuotaLevelBarsModel *m_model = nullptr;
    QHorizontalStackedBarSeries *m_series = nullptr;
    QVBarModelMapper *m_mapper = nullptr;
    QBarCategoryAxis *m_userAxis = nullptr;
    QValueAxis *m_percentAxis = nullptr;
    QValueAxis *m_lineAxis = nullptr; // hidden 0..1 axis the threshold lines span
    QList<QLineSeries *> m_thresholds;
    QList<QLineSeries *> m_halos;
};
