#pragma once

#include <functional>
#include <optional>

#include <QSet>

#include "dialogs/PlanLimitsDialog.h"
#include "dialogs/ResetQuotaDialog.h"
#include "pages/Page.h"
#include "quota/QuotaListing.h"

class AdminAction;
class AppContext;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;
class QuotaBarChart;
class QuotaLevelBarsModel;
class QuotaPagedModel;
class QuotaTableStyle;
class UserQuotaPanel;
struct UserRef;

/// Every user's quota: the top users by daily percentage as bars colored by level, a
/// sortable, filterable table of all users (daily, monthly, hourly), the selected user's
/// alert and last 30 days, and the audited reset of one or several users' quotas.
///
/// The database sorts, filters, counts and pages (QuotaPagedModel, QuotaListingQuery):
/// what a refresh costs follows the rows on screen. A refresh loads the rows first, then
/// the level counts, the plans and the top users at the same moment, then the selected
/// user's history; all on the reader worker.
class QuotasPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotasPage)

public:
    /// Asks what to reset for the users named by `emails`; nullopt cancels.
    using ResetAsker = std::function<std::optional<ResetRequest>(QWidget *parent, const QStringList &emails)>;
    using LimitsAsker = std::function<std::optional<PlanLimitsRow>(QWidget *parent, const QList<PlanLimitsRow> &rows,
                                                                   const QStringList &cacheTiers, PlanLimitsDialog::Previewer previewer)>;

    explicit QuotasPage(AppContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("quotas"); }
    QString title() const override { return tr("Quotas"); }
    QAbstractItemView *exportableView() const override;
    QList<QWidget *> charts() const override;
    QLineEdit *findField() const override { return m_filter; }
    /// Every row the filters match, in the table's order, streamed from the database to
    /// the file on the reader worker.
    bool exportCsv(const QString &path, ExportDone done) override;

    /// Test seam: replaces the reset dialog (default: ResetQuotaDialog::ask).
    void setResetAsker(ResetAsker asker) { m_askReset = std::move(asker); }
    void setLimitsAsker(LimitsAsker asker) { m_askLimits = std::move(asker); }

    QuotaPagedModel *model() const { return m_model; }
    /// Users per worst level under the text and plan filters (the level filter's numbers).
    const QuotaLevelCounts &levelCounts() const { return m_counts; }
    QuotaLevelBarsModel *barsModel() const { return m_bars; }
    QuotaBarChart *topUsersChart() const { return m_chart; }
    UserQuotaPanel *userPanel() const { return m_panel; }
    QTableView *table() const { return m_table; }

    /// Ids of the selected users, in table order.
    QList<int> selectedUserIds() const;
    /// Selects these users (those loaded in the table); the first becomes current. One user
    /// who is not there (e.g. clicked in the chart): the filters are cleared, the table
    /// sorted by daily percentage, and the user selected once loaded.
    void selectUsers(const QList<int> &userIds);
    /// True while a history load or a reset is under way.
    bool isBusy() const;

public slots:
    void resetSelected();
    /// Resets every user the current filter matches (not only those loaded): their exact
    /// count and a sample of names in the confirmation. Needs a filter.
    void resetMatching();
    /// Opens the plan limits editor (admins), with a preview of who changes level; saves
    /// through the audited admin function after a confirmation.
    void editPlanLimits();

protected:
    void load() override;

private:
    QuotaListing listingFromFilters() const;
    void applyFilters();
    void rowsReplaced();
    void pageAppended();
    void loadSummary(bool wholeLoad);
    void applyCounts(const QuotaLevelCounts &counts);
    void fitColumns();
    void updatePlanFilter(const QList<QuotaPlanChoice> &plans);
    void updateCount();
    void updateResetButton();
    void showCurrentUser();
    void loadHistory(bool finishesLoad);
    void rememberSelection();
    bool selectLoaded(const QList<int> &userIds);
    // What a reset is about: the users (ids and emails, in table order) and the request.
    struct ResetPlan
    {
        QList<int> userIds;
        QStringList emails;
        ResetRequest request;
    };
    static QString resetQuestion(const ResetPlan &plan, const QString &staff);
    /// Asks period and reason, confirms and runs the reset of these users.
    void askAndReset(const QList<int> &ids, const QStringList &emails);
    int currentUserId() const;

    AppContext &m_context;
    ResetAsker m_askReset;
    LimitsAsker m_askLimits;
    AdminAction *m_reset = nullptr;
    QuotaPagedModel *m_model = nullptr;
    QuotaTableStyle *m_style = nullptr;
    QuotaLevelCounts m_counts;
    bool m_countsKnown = false;
    QTimer *m_textDelay = nullptr;
    QuotaLevelBarsModel *m_bars = nullptr;
    QuotaBarChart *m_chart = nullptr;
    UserQuotaPanel *m_panel = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_plan = nullptr;
    QComboBox *m_level = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_evaluated = nullptr;
    QPushButton *m_resetButton = nullptr;
    QPushButton *m_resetMatchingButton = nullptr;
    QPushButton *m_limitsButton = nullptr;
    bool m_collecting = false; // the users a filter matches are being read
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    quint64 m_historyToken = 0;  // results for an older selection are dropped
    int m_historyUser = 0;       // whose history is shown
    bool m_historyPending = false;
    quint64 m_countsToken = 0;   // counts for an older filter are dropped
    bool m_countsStale = false;  // the text or plan filter changed: count again with the rows
    bool m_loading = false;      // a refresh (load()) is under way
    bool m_firstLoad = true;
    bool m_applying = false;     // a load is putting its results on screen
    QList<int> m_keep;           // whom to select again when the rows are replaced, current first
    QList<int> m_seek;           // a user to find in further pages (selectUsers of one not loaded)
    int m_seekPages = 0;
};
