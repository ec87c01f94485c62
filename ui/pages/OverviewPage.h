#pragma once

#include "pages/Page.h"

class AppContext;
class HourlyTokensModel;
class StatTile;
class QChartView;
class QValueAxis;
class QVXYModelMapper;
struct OverviewSummary;

/// Costs at a glance: tokens and AI cost today, users near or over quota, the cache's
/// hit rate, savings and size, and tokens per hour today against yesterday.
class OverviewPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(AppContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("overview"); }
    QString title() const override { return tr("Overview"); }
    QList<QWidget *> charts() const override;

    StatTile *tile(const QString &name) const;

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    void show(const OverviewSummary &summary);

    AppContext &m_context;
    HourlyTokensModel *m_hourly = nullptr;
    QChartView *m_chartView = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QVXYModelMapper *m_todayMapper = nullptr;
};
