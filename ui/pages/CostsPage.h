#pragma once

#include "costs/Alerts.h"
#include "pages/Page.h"

class AppContext;
class DailySpendModel;
class SpendersModel;
class StatTile;
class QBarCategoryAxis;
class QCategoryAxis;
class QChartView;
class QStackedBarSeries;
class QTableView;
class QComboBox;
class QListWidget;
class QValueAxis;
class QVBarModelMapper;
struct CostSummary;

/// Where the AI money goes: the month to date against the same point of last month, the
/// projected month end (weekday profile), failed calls' spend, the cache's savings and
/// the net cost; spend per UTC day stacked by model over 30 days; the month's top
/// spenders (activating one opens them on the Quotas page) and each model's price.
class CostsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostsPage)

public:
    explicit CostsPage(AppContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("costs"); }
    QString title() const override { return tr("Costs"); }
    QAbstractItemView *exportableView() const override;
    QList<QWidget *> charts() const override;

    StatTile *tile(const QString &name) const;
    DailySpendModel *dailyModel() const { return m_daily; }
    SpendersModel *spendersModel() const { return m_spenders; }
    QTableView *spendersView() const { return m_spendersView; }
    QListWidget *alertsList() const { return m_alerts; }

public slots:
    /// The active alerts (AlertWatcher), most severe first.
    void setAlerts(const QList<Alert> &alerts);

signals:
    /// A spender was activated: show this user on the Quotas page.
    void userRequested(int userId);

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    void showSummary(const CostSummary &summary);
    void updateAxes();

    AppContext &m_context;
    DailySpendModel *m_daily = nullptr;
    SpendersModel *m_spenders = nullptr;
    QChartView *m_chartView = nullptr;
    QStackedBarSeries *m_bars = nullptr;
    QVBarModelMapper *m_mapper = nullptr;
    QBarCategoryAxis *m_dayAxis = nullptr;
    QCategoryAxis *m_dateAxis = nullptr;
    QValueAxis *m_costAxis = nullptr;
    QTableView *m_spendersView = nullptr;
    QTableView *m_ratesView = nullptr;
    QListWidget *m_alerts = nullptr;
    QComboBox *m_days = nullptr;    // 30 or 90 days of daily spend
    QComboBox *m_stackBy = nullptr; // model, task or plan
};
