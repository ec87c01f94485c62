#include "pages/QuotasPage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "charts/QuotaBarChart.h"
#include "common/DisplayText.h"
#include "db/DatabaseWorker.h"
#include "pages/PageParts.h"
#include "pages/QuotaTableStyle.h"
#include "pages/UserQuotaPanel.h"
#include "quota/QuotaLevel.h"
#include "quota/QuotaLevelBarsModel.h"
#include "quota/QuotaPagedModel.h"
#include "quota/QuotaPeriod.h"
#include "quota/QuotaService.h"
#include "quota/UserUsageHistory.h"
#include "shell/AdminAction.h"
#include "shell/AppContext.h"
#include "shell/Dialogs.h"
#include "shell/Settings.h"

namespace {
const QString SplitterKey = QStringLiteral("quotas/vertical");
const QString ChartSplitterKey = QStringLiteral("quotas/charts");
constexpr int MaxNamesInConfirmation = 30;
constexpr int TopUsers = 15;
constexpr int TextFilterDelayMs = 150; // typing: one query when the typist pauses
constexpr int MaxSeekPages = 10;       // how far a user to select is looked for
} // namespace

QuotasPage::QuotasPage(AppContext &context, QWidget *parent)
    : Page(parent), m_context(context), m_askReset(&ResetQuotaDialog::ask), m_askLimits(&PlanLimitsDialog::ask)
{
    setObjectName(QStringLiteral("quotasPage"));
    m_reset = new AdminAction(m_context, this);
    auto *layout = new QVBoxLayout(this);

    auto *headingRow = new QHBoxLayout;
    auto *heading = PageParts::heading(tr("Quotas"), this);
    m_evaluated = new QLabel(this);
    m_evaluated->setTextFormat(Qt::PlainText);
    m_evaluated->setObjectName(QStringLiteral("quotaEvaluatedAt"));
    m_evaluated->setForegroundRole(QPalette::PlaceholderText);
    headingRow->addWidget(heading);
    headingRow->addSpacing(12);
    headingRow->addWidget(m_evaluated, 0, Qt::AlignBottom);
    headingRow->addStretch(1);
    layout->addLayout(headingRow);

    // Models: the database's pages of users → colors → the table; the top users → bars.
    m_model = new QuotaPagedModel(m_context.reader(), this);
    m_style = new QuotaTableStyle(this);
    m_style->setSourceModel(m_model);
    m_bars = new QuotaLevelBarsModel(this);
    m_bars->setTopCount(TopUsers);
    m_textDelay = new QTimer(this);
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(TextFilterDelayMs);

    m_chart = new QuotaBarChart(m_bars, this);
    m_chart->setObjectName(QStringLiteral("topUsersChart"));
    m_chart->setMinimumSize(360, 240);
    m_panel = new UserQuotaPanel(this);
    m_panel->setMinimumWidth(320);
    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->setObjectName(QStringLiteral("quotaChartsSplitter"));
    charts->setChildrenCollapsible(false);
    charts->addWidget(m_chart);
    charts->addWidget(m_panel);
    charts->setStretchFactor(0, 11);
    charts->setStretchFactor(1, 9);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_filter = new QLineEdit(bottom);
    m_filter->setObjectName(QStringLiteral("quotaFilter"));
    m_filter->setPlaceholderText(tr("Filter by email, name or user id"));
    m_filter->setClearButtonEnabled(true);
    PageParts::limitSearch(m_filter);
    m_plan = new QComboBox(bottom);
    m_plan->setObjectName(QStringLiteral("planFilter"));
    m_plan->addItem(tr("All plans"), QString());
    m_plan->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_level = new QComboBox(bottom);
    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_level->setToolTip(tr("The highest level of the user's daily, monthly and hourly quotas"));
    m_level->addItem(tr("All levels"), QString());
    m_level->addItem(tr("At risk: warning or above"), QString::fromLatin1(QuotaListing::AtRisk));
    for (const QString &level : QuotaLevel::all())
        m_level->addItem(QuotaLevel::displayName(level), level);
    m_level->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_count = new QLabel(bottom);
    m_count->setTextFormat(Qt::PlainText);
    m_count->setObjectName(QStringLiteral("quotaCount"));
    m_resetButton = new QPushButton(tr("Reset quota…"), bottom);
    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    m_resetButton->setToolTip(tr("Reset the daily, monthly or hourly quota of the selected users (audited)"));
    m_resetMatchingButton = new QPushButton(tr("Reset all matching…"), bottom);
    m_resetMatchingButton->setObjectName(QStringLiteral("resetMatchingButton"));
    m_resetMatchingButton->setToolTip(tr("Reset the quota of every user the filter matches, loaded or not (audited); needs a filter"));
    m_limitsButton = new QPushButton(tr("Plan limits…"), bottom);
    m_limitsButton->setObjectName(QStringLiteral("planLimitsButton"));
    m_limitsButton->setToolTip(tr("Edit a plan's daily, monthly and hourly limits, with a preview of who changes level (audited)"));
    auto *planLabel = new QLabel(tr("&Plan:"), bottom);
    planLabel->setTextFormat(Qt::PlainText);
    planLabel->setBuddy(m_plan);
    auto *levelLabel = new QLabel(tr("&Level:"), bottom);
    levelLabel->setTextFormat(Qt::PlainText);
    levelLabel->setBuddy(m_level);
    filters->addWidget(m_filter, 2);
    filters->addWidget(planLabel);
    filters->addWidget(m_plan);
    filters->addWidget(levelLabel);
    filters->addWidget(m_level);
    filters->addWidget(m_count, 1);
    filters->addWidget(m_resetButton);
    filters->addWidget(m_resetMatchingButton);
    filters->addWidget(m_limitsButton);
    bottomLayout->addLayout(filters);

    m_table = new QTableView(bottom);
    m_table->setObjectName(QStringLiteral("quotaTable"));
    m_table->setModel(m_style);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights and a bounded sample for column widths keep long tables fast.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter | Qt::Alignment(Qt::TextWordWrap));
    m_table->horizontalHeader()->setMinimumHeight(2 * fontMetrics().lineSpacing() + 10);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->sortByColumn(QuotaTableModel::DailyPercent, Qt::DescendingOrder);
    bottomLayout->addWidget(m_table, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("quotasSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(charts);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 4);
    layout->addWidget(m_splitter, 1);
    // Room for the chart's user labels and for the table; a moved splitter is remembered.
    m_splitter->setSizes({430, 330});
    charts->setSizes({560, 620});
    m_splitter->restoreState(m_context.settings().splitterState(SplitterKey));
    charts->restoreState(m_context.settings().splitterState(ChartSplitterKey));
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_context.settings().setSplitterState(SplitterKey, m_splitter->saveState()); });
    connect(charts, &QSplitter::splitterMoved, this, [this, charts] { m_context.settings().setSplitterState(ChartSplitterKey, charts->saveState()); });

    connect(m_filter, &QLineEdit::textChanged, m_textDelay, qOverload<>(&QTimer::start));
    connect(m_textDelay, &QTimer::timeout, this, &QuotasPage::applyFilters);
    connect(m_plan, &QComboBox::currentIndexChanged, this, &QuotasPage::applyFilters);
    connect(m_level, &QComboBox::currentIndexChanged, this, &QuotasPage::applyFilters);
    connect(m_model, &QuotaPagedModel::rowsAboutToBeReplaced, this, &QuotasPage::rememberSelection);
    connect(m_model, &QuotaPagedModel::rowsReplaced, this, &QuotasPage::rowsReplaced);
    connect(m_model, &QuotaPagedModel::pageAppended, this, &QuotasPage::pageAppended);
    connect(m_model, &QuotaPagedModel::loadFailed, this, [this](const QString &message) {
        if (m_loading) {
            m_loading = false;
            loadFailed(message);
        } else {
            m_count->setText(tr("The users could not be loaded: %1").arg(message));
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateResetButton();
        showCurrentUser();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QuotasPage::showCurrentUser);
    connect(m_resetButton, &QPushButton::clicked, this, &QuotasPage::resetSelected);
    connect(m_resetMatchingButton, &QPushButton::clicked, this, &QuotasPage::resetMatching);
    connect(m_limitsButton, &QPushButton::clicked, this, &QuotasPage::editPlanLimits);
    connect(m_chart, &QuotaBarChart::userClicked, this, [this](int userId) { selectUsers({userId}); });
    connect(m_reset, &AdminAction::busyChanged, this, &QuotasPage::updateResetButton);
    connect(m_reset, &AdminAction::permissionChanged, this, &QuotasPage::updateResetButton);
    connect(m_reset, &AdminAction::changed, this, &Page::refresh);

    updateCount();
    updateResetButton();
}

void QuotasPage::fitColumns()
{
    // Headers wrap onto two lines, so a column is as wide as its values or its longest
    // header word: all fifteen columns fit a 1360-pixel window.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics(header->font());
    const int padding = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header)
                        + style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + 6;
    for (int column = 0; column < m_style->columnCount(); ++column) {
        int word = 0;
        for (const QString &part : m_style->headerData(column, Qt::Horizontal).toString().split(u' '))
            word = std::max(word, metrics.horizontalAdvance(part));
        int content = 0;
        for (int row = 0; row < std::min(m_style->rowCount(), 200); ++row)
            content = std::max(content, m_table->sizeHintForIndex(m_style->index(row, column)).width());
        int width = std::max(content + 2, word + padding);
        if (column == QuotaTableModel::Email)
            width = std::min(width, 250);
        m_table->setColumnWidth(column, width);
    }
}

QAbstractItemView *QuotasPage::exportableView() const
{
    return m_table;
}

QList<QWidget *> QuotasPage::charts() const
{
    return {m_chart, m_panel->historyChart()};
}

bool QuotasPage::exportCsv(const QString &path, ExportDone done)
{
    // What the table shows, at the moment it shows, but every row of it.
    m_context.reader().run<Result<qint64>>(
        this,
        [listing = m_model->listing(), at = m_model->evaluatedAt(), path](const QString &connection) {
            return QuotaListingQuery(connection).writeCsv(listing, at, path);
        },
        std::move(done));
    return true;
}

void QuotasPage::load()
{
    m_loading = true;
    if (m_firstLoad)
        m_model->reload();
    else
        m_model->refresh();
}

QuotaListing QuotasPage::listingFromFilters() const
{
    QuotaListing listing = m_model->listing();
    listing.text = m_filter->text().trimmed();
    listing.plan = m_plan->currentData().toString();
    listing.level = m_level->currentData().toString();
    return listing;
}

void QuotasPage::applyFilters()
{
    m_textDelay->stop();
    const QuotaListing before = m_model->listing();
    const QuotaListing listing = listingFromFilters();
    if (listing.text != before.text || listing.plan != before.plan)
        m_countsStale = true; // the level counts follow the text and plan filters
    m_model->setListing(listing);
    updateCount(); // a level of the counts at hand
}

void QuotasPage::rememberSelection()
{
    m_keep = selectedUserIds();
    if (const int current = currentUserId()) {
        m_keep.removeAll(current);
        m_keep.prepend(current);
    }
}

void QuotasPage::rowsReplaced()
{
    updateResetButton(); // a new listing: whether there is a filter to reset by
    m_applying = true;
    if (!m_seek.isEmpty()) {
        m_keep = m_seek;
        m_seekPages = 0;
    }
    if (m_firstLoad && m_style->rowCount() > 0) {
        m_firstLoad = false;
        fitColumns();
        m_table->selectionModel()->setCurrentIndex(m_style->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else if (!selectLoaded(m_keep) && !m_seek.isEmpty() && m_model->canFetchMore({})) {
        m_model->fetchMore({}); // look further for the user asked for
    } else {
        m_seek.clear();
    }
    const QDateTime at = m_model->evaluatedAt();
    if (at.isValid())
        m_evaluated->setText(tr("as of %1 local time (%2 UTC)")
                                 .arg(QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat), at.toUTC().toString(QStringLiteral("HH:mm"))));
    m_applying = false;
    showCurrentUser();
    if (m_loading) {
        loadSummary(true);
    } else if (m_countsStale) {
        loadSummary(false);
    }
}

void QuotasPage::pageAppended()
{
    if (m_seek.isEmpty())
        return;
    ++m_seekPages;
    if (selectLoaded(m_seek) || m_seekPages >= MaxSeekPages || !m_model->canFetchMore({}))
        m_seek.clear();
    else
        m_model->fetchMore({});
}

void QuotasPage::loadSummary(bool wholeLoad)
{
    // The counts, and with a refresh the plans and the top users, at the rows' moment.
    struct Summary
    {
        QuotaLevelCounts counts;
        QList<QuotaPlanChoice> plans;
        QList<QuotaStatus> top;
    };
    m_countsStale = false;
    const quint64 token = ++m_countsToken;
    m_context.reader().run<Result<Summary>>(
        this,
        [listing = m_model->listing(), at = m_model->evaluatedAt(), wholeLoad](const QString &connection) -> Result<Summary> {
            const QuotaListingQuery query(connection);
            Summary summary;
            const Result<QuotaLevelCounts> counts = query.levelCounts(listing, at);
            if (!counts)
                return Result<Summary>::failure(counts.error(), counts.why());
            summary.counts = counts.value();
            if (wholeLoad) {
                const Result<QList<QuotaPlanChoice>> plans = query.plans();
                if (!plans)
                    return Result<Summary>::failure(plans.error(), plans.why());
                const Result<QList<QuotaStatus>> top = query.topByDailyPercentage(TopUsers, at);
                if (!top)
                    return Result<Summary>::failure(top.error(), top.why());
                summary.plans = plans.value();
                summary.top = top.value();
            }
            return summary;
        },
        [this, token, wholeLoad](const Result<Summary> &summary) {
            if (!summary) {
                if (wholeLoad && m_loading) {
                    m_loading = false;
                    loadFailed(summary.error());
                }
                return;
            }
            if (token == m_countsToken)
                applyCounts(summary->counts);
            if (!wholeLoad)
                return;
            m_bars->setStatuses(summary->top);
            updatePlanFilter(summary->plans);
            m_loading = false;
            loadHistory(true);
        });
}

void QuotasPage::applyCounts(const QuotaLevelCounts &counts)
{
    m_counts = counts;
    m_countsKnown = true;
    // The level filter says how many users each choice shows.
    const QLocale locale;
    for (int i = 0; i < m_level->count(); ++i) {
        const QString level = m_level->itemData(i).toString();
        const QString name = level.isEmpty() ? tr("All levels")
                             : level == QLatin1String(QuotaListing::AtRisk) ? tr("At risk: warning or above")
                                                                             : QuotaLevel::displayName(level);
        m_level->setItemText(i, tr("%1 (%2)", "level filter: a level and how many users are at it").arg(name, locale.toString(counts.forLevel(level))));
    }
    updateCount();
}

void QuotasPage::updatePlanFilter(const QList<QuotaPlanChoice> &plans)
{
    const QString current = m_plan->currentData().toString();
    bool anyUnknown = false;
    for (const QuotaPlanChoice &plan : plans)
        anyUnknown = anyUnknown || !plan.limitsKnown;
    const QSignalBlocker block(m_plan);
    m_plan->clear();
    m_plan->addItem(tr("All plans"), QString());
    for (const QuotaPlanChoice &plan : plans)
        m_plan->addItem(plan.plan, plan.plan);
    if (anyUnknown || current == QLatin1String(QuotaListing::UnknownPlans))
        m_plan->addItem(tr("Plans without limits"), QString::fromLatin1(QuotaListing::UnknownPlans));
    const int index = m_plan->findData(current);
    m_plan->setCurrentIndex(std::max(0, index));
    if (index < 0)
        applyFilters();
}

void QuotasPage::updateCount()
{
    if (!m_countsKnown) {
        m_count->clear();
        return;
    }
    const QLocale locale;
    m_count->setText(tr("%1 of %Ln users", nullptr, int(m_counts.allUsers)).arg(locale.toString(m_counts.forLevel(m_level->currentData().toString()))));
}

void QuotasPage::updateResetButton()
{
    const int selected = int(selectedUserIds().size());
    m_reset->govern(m_resetButton, selected > 0 && !m_reset->isBusy());
    m_resetButton->setText(selected > 1 ? tr("Reset quota of %Ln users…", nullptr, selected) : tr("Reset quota…"));
    const QuotaListing &listing = m_model->listing();
    const bool filtered = !listing.text.isEmpty() || !listing.plan.isEmpty() || !listing.level.isEmpty();
    m_reset->govern(m_resetMatchingButton, filtered && !m_collecting && !m_reset->isBusy());
    m_reset->govern(m_limitsButton, !m_collecting && !m_reset->isBusy());
}

int QuotasPage::currentUserId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return 0;
    return current.data(QuotaTableModel::UserIdRole).toInt();
}

QList<int> QuotasPage::selectedUserIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<int> ids;
    ids.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows))
        ids << row.data(QuotaTableModel::UserIdRole).toInt();
    return ids;
}

bool QuotasPage::selectLoaded(const QList<int> &userIds)
{
    QItemSelection selection;
    QModelIndex first;
    bool all = true;
    for (int id : userIds) {
        const int row = m_model->rowOfUser(id);
        if (row < 0) {
            all = false;
            continue;
        }
        const QModelIndex index = m_style->index(row, 0);
        if (!first.isValid())
            first = index;
        selection.select(index, index.siblingAtColumn(QuotaTableModel::ColumnCount - 1));
    }
    QItemSelectionModel *selectionModel = m_table->selectionModel();
    if (!first.isValid()) {
        selectionModel->clearSelection();
        return userIds.isEmpty();
    }
    QList<int> now = selectedUserIds();
    QList<int> wanted = userIds;
    std::sort(now.begin(), now.end());
    std::sort(wanted.begin(), wanted.end());
    if (all && now == wanted && currentUserId() == userIds.constFirst())
        return true; // already so (a refresh in place keeps the selection): leave the view alone
    selectionModel->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(first);
    return all;
}

void QuotasPage::selectUsers(const QList<int> &userIds)
{
    m_seek.clear();
    if (userIds.size() == 1 && m_model->rowOfUser(userIds.constFirst()) < 0) {
        // Not loaded (e.g. clicked in the chart): everyone, by daily percentage like the
        // chart; the user is selected when the rows arrive.
        m_seek = userIds;
        m_seekPages = 0;
        {
            const QSignalBlocker blockText(m_filter);
            const QSignalBlocker blockPlan(m_plan);
            const QSignalBlocker blockLevel(m_level);
            m_filter->clear();
            m_plan->setCurrentIndex(0);
            m_level->setCurrentIndex(0);
        }
        m_textDelay->stop();
        QuotaListing listing;
        listing.sortColumn = QuotaTableModel::DailyPercent;
        listing.order = Qt::DescendingOrder;
        if (m_model->listing() == listing) { // nothing to reload: look in further pages
            if (m_model->canFetchMore({}))
                m_model->fetchMore({});
            else
                m_seek.clear();
            return;
        }
        if (m_model->listing().text != listing.text || m_model->listing().plan != listing.plan)
            m_countsStale = true;
        m_model->setListing(listing);
        m_table->sortByColumn(listing.sortColumn, listing.order); // the indicator; the listing is already so
        updateCount();
        return;
    }
    selectLoaded(userIds);
}

void QuotasPage::showCurrentUser()
{
    const int id = currentUserId();
    const QuotaStatus *status = id ? m_model->statusOf(id) : nullptr;
    m_panel->setStatus(status ? std::optional<QuotaStatus>(*status) : std::nullopt, int(selectedUserIds().size()));
    // A new user's history (a pending one for another user is superseded); during a
    // load, the load fetches it itself.
    if (id != m_historyUser && !m_applying)
        loadHistory(false);
}

void QuotasPage::loadHistory(bool finishesLoad)
{
    const int id = currentUserId();
    const quint64 token = ++m_historyToken;
    m_historyUser = id;
    const QuotaStatus *status = id ? m_model->statusOf(id) : nullptr;
    if (!status) {
        m_panel->clearHistory();
        m_historyPending = false;
        if (finishesLoad)
            loadFinished();
        return;
    }
    m_historyPending = true;
    const QDateTime at = status->evaluatedAt;
    m_context.reader().run<Result<UserUsageHistory>>(
        this, [id, at](const QString &connection) { return UserUsageHistory::load(connection, id, at); },
        [this, token, finishesLoad](const Result<UserUsageHistory> &history) {
            if (token == m_historyToken) {
                m_historyPending = false;
                if (history)
                    m_panel->setHistory(history.value());
                else {
                    m_panel->clearHistory();
                    m_panel->setHistoryMessage(tr("The history could not be loaded: %1").arg(history.error()));
                }
            }
            if (finishesLoad)
                loadFinished();
        });
}

bool QuotasPage::isBusy() const
{
    return m_historyPending || m_reset->isBusy();
}

void QuotasPage::resetSelected()
{
    const QList<int> ids = selectedUserIds();
    if (ids.isEmpty() || m_reset->isBusy())
        return;
    QStringList emails;
    for (int id : ids)
        if (const QuotaStatus *s = m_model->statusOf(id))
            emails << s->email;
    askAndReset(ids, emails);
}

void QuotasPage::resetMatching()
{
    const QuotaListing listing = m_model->listing();
    if (m_collecting || m_reset->isBusy() || (listing.text.isEmpty() && listing.plan.isEmpty() && listing.level.isEmpty()))
        return;
    m_collecting = true;
    updateResetButton();
    struct Matching
    {
        QList<int> ids;
        QStringList emails;
    };
    // Every matching user, by the same query as the table, at the moment the table shows.
    m_context.reader().run<Result<Matching>>(
        this,
        [listing, at = m_model->evaluatedAt()](const QString &connection) -> Result<Matching> {
            Matching matching;
            const Result<qint64> read = QuotaListingQuery(connection).forEach(listing, at, [&matching](const QuotaStatus &s) {
                matching.ids << s.userId;
                matching.emails << s.email;
                return true;
            });
            if (!read)
                return Result<Matching>::failure(read.error(), read.why());
            return matching;
        },
        [this](const Result<Matching> &matching) {
            m_collecting = false;
            updateResetButton();
            if (!matching) {
                Dialogs::error(this, tr("Reset quota"), tr("The matching users could not be read: %1 Nothing was reset.").arg(matching.error()));
                return;
            }
            if (matching->ids.isEmpty()) {
                Dialogs::error(this, tr("Reset quota"), tr("No user matches the filter. Nothing was reset."));
                return;
            }
            askAndReset(matching->ids, matching->emails);
        });
}

void QuotasPage::editPlanLimits()
{
    if (m_collecting || m_reset->isBusy())
        return;
    m_collecting = true;
    updateResetButton();
    m_context.reader().run<Result<QList<PlanLimitsRow>>>(
        this, [](const QString &connection) { return QuotaService(connection).planLimits(); },
        [this](const Result<QList<PlanLimitsRow>> &rows) {
            m_collecting = false;
            updateResetButton();
            if (!rows) {
                Dialogs::error(this, tr("Plan limits"), tr("The plans could not be read: %1").arg(rows.error()));
                return;
            }
            QStringList tiers{QStringLiteral("free")};
            for (const PlanLimitsRow &row : rows.value())
                if (!tiers.contains(row.cacheTier))
                    tiers << row.cacheTier;
            const PlanLimitsDialog::Previewer previewer = [this](const PlanLimitsRow &row, PlanLimitsDialog::PreviewDone done) {
                m_context.reader().run<Result<PlanLimitsPreview>>(
                    this, [row](const QString &connection) { return QuotaService(connection).previewPlanLimits(row); }, done);
            };
            const std::optional<PlanLimitsRow> row = m_askLimits(this, rows.value(), tiers, previewer);
            if (!row)
                return;
            AdminAction::Steps<PlanLimitsRow, Status> steps;
            steps.title = tr("Plan limits");
            steps.given = *row;
            steps.question = [](const PlanLimitsRow &r, const UserRef &staff) {
                const auto limit = [](const std::optional<qint64> &value) { return value ? DisplayText::count(*value) : tr("unlimited"); };
                return AdminAction::Question{
                    tr("Set the limits of plan %1 to %2 tokens a day, %3 a month and %4 calls an hour, cache tier %5? "
                       "It applies to all its users at once; recorded in the audit log as %6.")
                        .arg(r.plan, limit(r.dailyTokens), limit(r.monthlyTokens), limit(r.hourlyCalls), r.cacheTier, staff.email),
                    tr("Save")};
            };
            steps.run = [](const QString &connection, const PlanLimitsRow &r, int staffId, const QUuid &actionId, const AdminAction::Progress &) {
                return QuotaService(connection).setPlanLimits(staffId, r, actionId);
            };
            steps.report = [](const Status &done, const PlanLimitsRow &r) {
                if (!done)
                    return AdminAction::Report{tr("The limits were not saved: %1").arg(done.error()), true, false};
                return AdminAction::Report{tr("The limits of plan %1 were saved.").arg(r.plan)};
            };
            m_reset->start(std::move(steps));
        });
}

void QuotasPage::askAndReset(const QList<int> &ids, const QStringList &emails)
{
    const std::optional<ResetRequest> request = m_askReset(this, emails);
    if (!request)
        return;
    if (request->reason.trimmed().isEmpty()) {
        Dialogs::error(this, tr("Reset quota"), tr("A quota reset needs a reason: say why it is reset. Nothing was reset."));
        return;
    }

    AdminAction::Steps<ResetPlan, Result<QList<qint64>>> steps;
    steps.title = tr("Reset quota");
    steps.given = ResetPlan{ids, emails, *request};
    steps.question = [](const ResetPlan &plan, const UserRef &staff) {
        return AdminAction::Question{resetQuestion(plan, staff.email), tr("Reset")};
    };
    steps.run = [](const QString &connection, const ResetPlan &plan, int staffId, const QUuid &actionId, const AdminAction::Progress &) {
        return QuotaService(connection).reset(plan.userIds, plan.request.period, plan.request.reason, staffId, {}, actionId);
    };
    steps.report = [](const Result<QList<qint64>> &done, const ResetPlan &plan) {
        if (!done)
            return AdminAction::Report{tr("Nothing was reset: %1").arg(done.error()), true, false};
        return AdminAction::Report{QuotaPeriod::resetReport(plan.request.period, plan.emails)};
    };
    m_reset->start(std::move(steps));
}

QString QuotasPage::resetQuestion(const ResetPlan &plan, const QString &staff)
{
    // One whole sentence per period, for one user and for several.
    const QString &period = plan.request.period;
    if (plan.emails.size() == 1) {
        const QString &user = plan.emails.constFirst();
        if (period == QLatin1String("daily"))
            return tr("Reset the daily quota of %1? Usage rows are kept; the reset is recorded in the audit log as %2.").arg(user, staff);
        if (period == QLatin1String("monthly"))
            return tr("Reset the monthly quota of %1? Usage rows are kept; the reset is recorded in the audit log as %2.").arg(user, staff);
        if (period == QLatin1String("hourly"))
            return tr("Reset the hourly quota of %1? Usage rows are kept; the reset is recorded in the audit log as %2.").arg(user, staff);
        return tr("Reset the quota “%1” of %2? Usage rows are kept; the reset is recorded in the audit log as %3.").arg(period, user, staff);
    }
    const int n = int(plan.emails.size());
    const QString names = DisplayText::names(plan.emails, MaxNamesInConfirmation);
    if (period == QLatin1String("daily"))
        return tr("Reset the daily quota of %Ln users: %1? Usage rows are kept; the reset is recorded in the audit log as %2.", nullptr, n)
            .arg(names, staff);
    if (period == QLatin1String("monthly"))
        return tr("Reset the monthly quota of %Ln users: %1? Usage rows are kept; the reset is recorded in the audit log as %2.", nullptr, n)
            .arg(names, staff);
    if (period == QLatin1String("hourly"))
        return tr("Reset the hourly quota of %Ln users: %1? Usage rows are kept; the reset is recorded in the audit log as %2.", nullptr, n)
            .arg(names, staff);
    return tr("Reset the quota “%1” of %Ln users: %2? Usage rows are kept; the reset is recorded in the audit log as %3.", nullptr, n)
        .arg(period, names, staff);
}
