#pragma once

#include <functional>
#include <optional>

#include <QSet>

#include "dialogs/ResetQuotaDialog.h"
#include "pages/Page.h"

class AdminAction;
class AppContext;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QuotaBarChart;
class QuotaFilterModel;
class QuotaLevelBarsModel;
class QuotaTableModel;
class QuotaTableStyle;
class UserQuotaPanel;
struct UserRef;

/// Every user's quota: the top users by daily percentage as bars colored by level, a
/// sortable, filterable table of all users (daily, monthly, hourly), the selected user's
/// alert and last 30 days, and the audited reset of one or several users' quotas.
///
/// One QuotaService::overview() per refresh; the selected user's history loads after it.
class QuotasPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotasPage)

public:
    /// Asks what to reset for the users named by `emails`; nullopt cancels.
    using ResetAsker = std::function<std::optional<ResetRequest>(QWidget *parent, const QStringList &emails)>;

    explicit QuotasPage(AppContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("quotas"); }
    QString title() const override { return tr("Quotas"); }
    QAbstractItemView *exportableView() const override;
    QList<QWidget *> charts() const override;
    QLineEdit *findField() const override { return m_filter; }

    /// Test seam: replaces the reset dialog (default: ResetQuotaDialog::ask).
    void setResetAsker(ResetAsker asker) { m_askReset = std::move(asker); }

    QuotaTableModel *model() const { return m_model; }
    QuotaFilterModel *filterModel() const { return m_filterModel; }
    QuotaLevelBarsModel *barsModel() const { return m_bars; }
    QuotaBarChart *topUsersChart() const { return m_chart; }
    UserQuotaPanel *userPanel() const { return m_panel; }
    QTableView *table() const { return m_table; }

    /// Ids of the selected users, in table order.
    QList<int> selectedUserIds() const;
    /// Selects these users (those the filter shows); the first becomes current.
    void selectUsers(const QList<int> &userIds);
    /// True while a history load or a reset is under way.
    bool isBusy() const;

public slots:
    void resetSelected();

protected:
    void load() override;

private:
    void applyStatuses();
    void fitColumns();
    void updatePlanFilter();
    void updateCount();
    void updateResetButton();
    void showCurrentUser();
    void loadHistory(bool finishesLoad);
    // What a reset is about: the users (ids and emails, in table order) and the request.
    struct ResetPlan
    {
        QList<int> userIds;
        QStringList emails;
        ResetRequest request;
    };
    static QString resetQuestion(const ResetPlan &plan, const QString &staff);
    int currentUserId() const;

    AppContext &m_context;
    ResetAsker m_askReset;
    AdminAction *m_reset = nullptr;
    QuotaTableModel *m_model = nullptr;
    QuotaTableStyle *m_style = nullptr;
    QuotaFilterModel *m_filterModel = nullptr;
    QuotaLevelBarsModel *m_bars = nullptr;
    QuotaBarChart *m_chart = nullptr;
    UserQuotaPanel *m_panel = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_plan = nullptr;
    QComboBox *m_level = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_evaluated = nullptr;
    QPushButton *m_resetButton = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    quint64 m_historyToken = 0;  // results for an older selection are dropped
    int m_historyUser = 0;       // whose history is shown
    bool m_historyPending = false;
    bool m_firstLoad = true;
    bool m_applying = false; // a load is putting its results on screen
};
