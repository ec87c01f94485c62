#pragma once

#include <optional>

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QPieSeries;
class QPieSlice;

/// The cache hit rate as a donut: hits against misses recorded in a window, the rate in
/// the middle (green at or above the 60 % target, amber below), a tick on the ring at the
/// target. When no lookup was recorded it says the rate is unknown and shows entry reuse
/// (hits per entry) instead — never an invented rate.
class HitRateDonut final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HitRateDonut)

public:
    static constexpr double Target = 0.6;

    explicit HitRateDonut(QWidget *parent = nullptr);

    /// `windowName` names the window ("last 7 days"). `hitsPerEntry` matters when the
    /// rate is unknown (no lookups): none when there are no entries either.
    void setFigures(qint64 hits, qint64 misses, std::optional<double> hitRate, std::optional<double> hitsPerEntry,
                    const QString &windowName);

    QChartView *chartView() const { return m_view; }
    QPieSlice *hitsSlice() const { return m_hits; }
    QPieSlice *missesSlice() const { return m_misses; }
    /// The big figure in the middle ("63.2 %" or "unknown") and the note under the donut.
    QString centerText() const;
    QString noteText() const;
    bool isRateKnown() const { return m_known; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyPalette();
    void placeCenter();

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QPieSeries *m_donut = nullptr;
    QPieSeries *m_targetRing = nullptr;
    QPieSlice *m_hits = nullptr;
    QPieSlice *m_misses = nullptr;
    QPieSlice *m_noData = nullptr;
    QPieSlice *m_tick = nullptr;
    QWidget *m_center = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_note = nullptr;
    bool m_known = false;
    std::optional<double> m_rate;
};
