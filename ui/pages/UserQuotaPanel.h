#pragma once

#include <optional>

#include <QFrame>
#include <QWidget>

#include "quota/QuotaTypes.h"

class QBarCategoryAxis;
class QBarSet;
class QCategoryAxis;
class QChartView;
class QLabel;
class QLineSeries;
class QStackedBarSeries;
class QValueAxis;
struct UserUsageHistory;
class UserUsageHistoryModel;

/// The selected user: the seed's quota warning ("85% of daily quota used", tokens
/// remaining, when the quota resets in local time and UTC) styled by how close the user
/// is to the limit, the monthly and hourly figures, and the last 30 days of daily usage
/// against the daily limit.
class UserQuotaPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserQuotaPanel)

public:
    /// The seed's Alert variants, plus neutral below the warning threshold.
    enum class AlertStyle { Neutral, Warning, Destructive };
    /// > 80 % destructive (red), >= 50 % warning, else neutral; unlimited is neutral.
    static AlertStyle alertStyleFor(const QuotaWindow &daily);
    static QString styleName(AlertStyle style); // "neutral", "warning", "destructive"

    explicit UserQuotaPanel(QWidget *parent = nullptr);

    /// nullopt: nothing selected. `selectedCount` > 1 adds "and N more selected".
    void setStatus(const std::optional<QuotaStatus> &status, int selectedCount = 1);
    std::optional<QuotaStatus> status() const { return m_status; }
    void setHistory(const UserUsageHistory &history);
    void clearHistory();
    void setHistoryMessage(const QString &message); ///< e.g. loading or an error

    AlertStyle alertStyle() const { return m_style; }
    QString alertTitle() const;
    QString alertText() const;
    /// "At this rate: daily quota out in about 2 h 10 min …", from the history's projection.
    QString paceText() const;
    QChartView *historyChart() const { return m_historyView; }
    UserUsageHistoryModel *historyModel() const { return m_history; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyAlertStyle();
    void updateHistoryAxes();

    std::optional<QuotaStatus> m_status;
    AlertStyle m_style = AlertStyle::Neutral;
    QLabel *m_header = nullptr;
    QFrame *m_alert = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_resets = nullptr;
    QLabel *m_windows = nullptr;
    QLabel *m_pace = nullptr;
    UserUsageHistoryModel *m_history = nullptr;
    QChartView *m_historyView = nullptr;
    QStackedBarSeries *m_bars = nullptr;
    QLineSeries *m_limitLine = nullptr;
    QBarCategoryAxis *m_dayAxis = nullptr;
    QCategoryAxis *m_dateAxis = nullptr;
    QValueAxis *m_tokenAxis = nullptr;
};
