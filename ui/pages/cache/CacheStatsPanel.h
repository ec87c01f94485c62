#pragma once

#include <QDateTime>
#include <QWidget>

class CacheTypeStatsModel;
class HitRateByDayModel;
class HitRateDonut;
class QCategoryAxis;
class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;
class QTableView;
class StatTile;
struct CacheStats;

/// The Cache page's statistics band: hit-rate donut, cost/storage/entries tiles, the
/// per-type table and the hit rate per day against the 60 % target. Shows what the page
/// loaded; the window of lookups is chosen with windowSelector() (placed by the page).
class CacheStatsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheStatsPanel)

public:
    explicit CacheStatsPanel(QWidget *parent = nullptr);

    QLabel *windowLabel() const { return m_windowLabel; }
    QComboBox *windowSelector() const { return m_window; }
    /// Start of the chosen window for statistics taken at `at` (invalid = all recorded).
    QDateTime windowStartAt(const QDateTime &at) const;

    void showStats(const CacheStats &stats);

    CacheTypeStatsModel *typeStatsModel() const { return m_typeStats; }
    HitRateByDayModel *hitRateByDayModel() const { return m_days; }
    HitRateDonut *donut() const { return m_donut; }
    QChartView *dayChartView() const { return m_dayChartView; }
    QDateTime shownSince() const { return m_shownSince; }
    QDateTime shownAt() const { return m_shownAt; }

signals:
    void windowChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QChartView *createDayChart();
    void updateDayAxis();
    void applyChartPalette();
    QString windowName() const;

    QLabel *m_windowLabel = nullptr;
    QComboBox *m_window = nullptr;
    HitRateDonut *m_donut = nullptr;
    StatTile *m_costTile = nullptr;
    StatTile *m_storageTile = nullptr;
    StatTile *m_entriesTile = nullptr;
    CacheTypeStatsModel *m_typeStats = nullptr;
    QTableView *m_typeTable = nullptr;
    HitRateByDayModel *m_days = nullptr;
    QChartView *m_dayChartView = nullptr;
    QLineSeries *m_rateSeries = nullptr;
    QLineSeries *m_targetSeries = nullptr;
    QCategoryAxis *m_dayAxis = nullptr;
    QDateTime m_shownSince;
    QDateTime m_shownAt;
};
