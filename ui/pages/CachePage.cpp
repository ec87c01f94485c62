#include "pages/CachePage.h"

#include <algorithm>
#include <cmath>

#include <QAction>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVXYModelMapper>
#include <QValueAxis>

#include "cache/CacheEntriesModel.h"
#include "cache/CacheService.h"
#include "cache/CacheTypeStatsModel.h"
#include "cache/HitRateByDayModel.h"
#include "charts/ChartStyle.h"
#include "charts/HitRateDonut.h"
#include "db/DatabaseWorker.h"
#include "db/SqlTime.h"
#include "pages/CacheEntryPreview.h"
#include "pages/StatTile.h"
#include "shell/AppContext.h"
#include "shell/Dialogs.h"
#include "users/UserLookup.h"

namespace {

// The user a clean-up of one user's entries is about, and how many entries it deletes.
struct UserCleanupPlan
{
    UserRef user;
    qint64 entries = 0;
};

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QLabel *heading(const QString &text, QWidget *parent, double scale)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

CachePage::CachePage(AppContext &context, QWidget *parent) : Page(parent), m_context(context)
{
    setObjectName(QStringLiteral("cachePage"));
    auto *layout = new QVBoxLayout(this);

    // Heading, window of the statistics, progress of a running action, page-wide actions.
    auto *top = new QHBoxLayout;
    top->addWidget(heading(tr("Cache"), this, 1.5));
    top->addSpacing(16);
    auto *windowLabel = new QLabel(tr("Lookups of:"), this);
    m_window = new QComboBox(this);
    m_window->setObjectName(QStringLiteral("windowSelector"));
    m_window->addItem(tr("Today"), 1);
    m_window->addItem(tr("Last 7 days"), 7);
    m_window->addItem(tr("Last 30 days"), 30);
    m_window->addItem(tr("All recorded"), -1);
    m_window->setCurrentIndex(1);
    windowLabel->setBuddy(m_window);
    top->addWidget(windowLabel);
    top->addWidget(m_window);
    top->addStretch(1);

    m_progressBox = new QWidget(this);
    m_progressBox->setObjectName(QStringLiteral("cleanupProgressBox"));
    auto *progressLayout = new QHBoxLayout(m_progressBox);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_progressLabel = new QLabel(m_progressBox);
    m_progressLabel->setObjectName(QStringLiteral("cleanupStatus"));
    m_progressLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // takes the room there is
    m_progressLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_progress = new QProgressBar(m_progressBox);
    m_progress->setObjectName(QStringLiteral("cleanupProgress"));
    m_progress->setFixedWidth(150);
    m_cancelButton = new QPushButton(tr("Cancel"), m_progressBox);
    m_cancelButton->setObjectName(QStringLiteral("cleanupCancelButton"));
    progressLayout->addWidget(m_progressLabel, 1);
    progressLayout->addWidget(m_progress);
    progressLayout->addWidget(m_cancelButton);
    m_progressBox->hide();
    top->addWidget(m_progressBox, 1);
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("actionResult"));
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_resultLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long report must not widen the window
    m_resultLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    top->addWidget(m_resultLabel, 1);

    m_warmupButton = new QToolButton(this);
    m_warmupButton->setObjectName(QStringLiteral("warmupButton"));
    m_warmupDefault = new QAction(tr("Warm up system caches…"), this);
    m_warmupDefault->setObjectName(QStringLiteral("warmupDefaultAction"));
    m_warmupDefault->setToolTip(tr("Store the default system prompts as permanent shared cache entries"));
    m_warmupFile = new QAction(tr("Warm up from a prompts file…"), this);
    m_warmupFile->setObjectName(QStringLiteral("warmupFromFileAction"));
    auto *warmupMenu = new QMenu(m_warmupButton);
    warmupMenu->addAction(m_warmupDefault);
    warmupMenu->addAction(m_warmupFile);
    m_warmupButton->setMenu(warmupMenu);
    m_warmupButton->setDefaultAction(m_warmupDefault);
    m_warmupButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_warmupButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_cleanupButton = new QPushButton(tr("Clean up expired…"), this);
    m_cleanupButton->setObjectName(QStringLiteral("cleanupButton"));
    m_cleanupButton->setToolTip(tr("Delete the cache rows whose time is up, in batches; recorded in the audit log"));
    top->addWidget(m_warmupButton);
    top->addWidget(m_cleanupButton);
    layout->addLayout(top);

    // Statistics in a band across the page, the entries and the preview below it.
    layout->addWidget(createStatistics());
    layout->addWidget(createEntries(), 1);

    connect(m_window, &QComboBox::currentIndexChanged, this, &Page::refresh);
    connect(m_cleanupButton, &QPushButton::clicked, this, &CachePage::cleanUpExpired);
    connect(m_warmupDefault, &QAction::triggered, this, &CachePage::warmUpDefault);
    connect(m_warmupFile, &QAction::triggered, this, &CachePage::warmUpFromFile);
    connect(m_deleteButton, &QPushButton::clicked, this, &CachePage::deleteEntry);
    connect(m_cleanupUserButton, &QPushButton::clicked, this, &CachePage::cleanUpUser);
    connect(m_cancelButton, &QPushButton::clicked, this, &CachePage::cancelCleanup);
    applyChartPalette();
    updateActions();
}

CachePage::~CachePage()
{
    if (m_cancel)
        *m_cancel = true; // a clean-up still running stops after its batch
}

QWidget *CachePage::createStatistics()
{
    auto *panel = new QWidget(this);
    auto *layout = new QHBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);

    m_donut = new HitRateDonut(panel);
    m_donut->setMinimumWidth(220); // minimum widths: the window must fit a 1280 px screen and less
    m_donut->setMaximumWidth(270);
    layout->addWidget(m_donut, 3);

    auto *tiles = new QVBoxLayout;
    tiles->setSpacing(6);
    m_costTile = new StatTile(tr("Cost saved"), panel);
    m_costTile->setObjectName(QStringLiteral("costSavedTile"));
    m_storageTile = new StatTile(tr("Storage"), panel);
    m_storageTile->setObjectName(QStringLiteral("storageTile"));
    m_entriesTile = new StatTile(tr("Entries"), panel);
    m_entriesTile->setObjectName(QStringLiteral("entriesTile"));
    for (StatTile *tile : {m_costTile, m_storageTile, m_entriesTile}) {
        tile->setMinimumWidth(150);
        tile->setMaximumWidth(190);
        tiles->addWidget(tile);
    }
    layout->addLayout(tiles, 2);

    auto *byType = new QVBoxLayout;
    byType->setSpacing(4);
    auto *byTypeTitle = new QLabel(tr("By type"), panel);
    byTypeTitle->setAlignment(Qt::AlignHCenter);
    byType->addWidget(byTypeTitle);
    m_typeStats = new CacheTypeStatsModel(this);
    m_typeTable = new QTableView(panel);
    m_typeTable->setObjectName(QStringLiteral("typeStatsTable"));
    m_typeTable->setModel(m_typeStats);
    m_typeTable->verticalHeader()->hide();
    m_typeTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_typeTable->setFocusPolicy(Qt::NoFocus);
    m_typeTable->setAlternatingRowColors(true);
    m_typeTable->setWordWrap(false);
    m_typeTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_typeTable->horizontalHeader()->setSectionResizeMode(CacheTypeStatsModel::Type, QHeaderView::ResizeToContents);
    m_typeTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_typeTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_typeTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_typeTable->setMinimumWidth(300);
    byType->addWidget(m_typeTable);
    // Two kinds of hits: per entry, all time (the table, the savings), and lookups in the
    // window (the rate). Say which is which.
    auto *hitsNote = new QLabel(tr("Entries, hits and savings are those of the rows in the cache now, all time. "
                                   "The hit rate counts the lookups recorded in the chosen window, misses included."),
                                panel);
    hitsNote->setObjectName(QStringLiteral("typeStatsNote"));
    hitsNote->setWordWrap(true);
    hitsNote->setForegroundRole(QPalette::PlaceholderText);
    byType->addWidget(hitsNote);
    byType->addStretch(1);
    layout->addLayout(byType, 5);

    m_days = new HitRateByDayModel(this);
    auto *chart = new QChart;
    chart->setTitle(tr("Hit rate per day (UTC)"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    m_targetSeries = new QLineSeries(chart);
    m_targetSeries->setName(tr("Target 60 %"));
    m_targetSeries->setPen(QPen(QColor(0x90, 0x90, 0x90), 1.5, Qt::DashLine));
    m_rateSeries = new QLineSeries(chart);
    m_rateSeries->setName(tr("Hit rate"));
    m_rateSeries->setPen(QPen(QColor(0x15, 0x65, 0xc0), 2.5));
    m_rateSeries->setPointsVisible(true); // a day between days without lookups stands alone
    auto *mapper = new QVXYModelMapper(this);
    mapper->setXColumn(HitRateByDayModel::DayOffset);
    mapper->setYColumn(HitRateByDayModel::HitRatePercent);
    mapper->setSeries(m_rateSeries);
    mapper->setModel(m_days);
    chart->addSeries(m_targetSeries);
    chart->addSeries(m_rateSeries);
    m_dayAxis = new QCategoryAxis(chart);
    m_dayAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    auto *yAxis = new QValueAxis(chart);
    yAxis->setRange(0, 100);
    yAxis->setTickCount(6);
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->setTitleText(tr("Hit rate (%)"));
    chart->addAxis(m_dayAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(m_dayAxis);
        series->attachAxis(yAxis);
    }
    m_dayChartView = new QChartView(chart, panel);
    m_dayChartView->setObjectName(QStringLiteral("hitRateByDayChart"));
    m_dayChartView->setRenderHint(QPainter::Antialiasing);
    m_dayChartView->setMinimumSize(220, 270);
    m_dayChartView->installEventFilter(this); // fewer day labels when narrow
    layout->addWidget(m_dayChartView, 4);
    updateDayAxis();
    return panel;
}

QWidget *CachePage::createEntries()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 6, 0, 0);

    auto *filters = new QHBoxLayout;
    m_typeFilter = new QComboBox(panel);
    m_typeFilter->setObjectName(QStringLiteral("cacheTypeFilter"));
    m_typeFilter->addItem(tr("All types"), QString());
    for (const QString &type : CacheService::types())
        m_typeFilter->addItem(type, type);
    m_expiryFilter = new QComboBox(panel);
    m_expiryFilter->setObjectName(QStringLiteral("cacheExpiryFilter"));
    m_expiryFilter->addItem(tr("Live and expired"), int(CacheEntriesModel::Expiry::All));
    m_expiryFilter->addItem(tr("Live only"), int(CacheEntriesModel::Expiry::LiveOnly));
    m_expiryFilter->addItem(tr("Expired only"), int(CacheEntriesModel::Expiry::ExpiredOnly));
    m_userFilter = new QLineEdit(panel);
    m_userFilter->setObjectName(QStringLiteral("cacheUserFilter"));
    m_userFilter->setPlaceholderText(tr("User: id, email or “system”"));
    m_userFilter->setClearButtonEnabled(true);
    m_keyFilter = new QLineEdit(panel);
    m_keyFilter->setObjectName(QStringLiteral("cacheFilter"));
    m_keyFilter->setPlaceholderText(tr("Key contains…"));
    m_keyFilter->setClearButtonEnabled(true);
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_expiryFilter);
    filters->addWidget(m_userFilter, 1);
    filters->addWidget(m_keyFilter, 1);

    m_entries = new CacheEntriesModel(m_context.reader(), this);
    m_table = new QTableView(panel);
    m_table->setObjectName(QStringLiteral("cacheEntriesTable"));
    m_table->setModel(m_entries);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setColumnHidden(CacheEntriesModel::Id, true);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CacheEntriesModel::Key, QHeaderView::Stretch); // key and owner share what is left
    header->setSectionResizeMode(CacheEntriesModel::User, QHeaderView::Stretch);
    header->setMinimumSectionSize(50);
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(CacheEntriesModel::Type, metrics.horizontalAdvance(QStringLiteral("extraction")) + 14);
    m_table->setColumnWidth(CacheEntriesModel::Created, metrics.horizontalAdvance(QStringLiteral("2030-12-31 23:59")) + 12);
    m_table->setColumnWidth(CacheEntriesModel::Expires, metrics.horizontalAdvance(tr("%1 (expired)").arg(QStringLiteral("2030-12-31 23:59"))) + 12);
    m_table->setColumnWidth(CacheEntriesModel::Hits, metrics.horizontalAdvance(QStringLiteral("0,000")) + 14);
    m_table->setColumnWidth(CacheEntriesModel::Size, metrics.horizontalAdvance(QStringLiteral("00.0 KB")) + 12);
    m_table->setTextElideMode(Qt::ElideMiddle); // keys and emails differ at both ends

    auto *actions = new QHBoxLayout;
    m_rowsLabel = new QLabel(panel);
    m_rowsLabel->setObjectName(QStringLiteral("cacheEntriesCount"));
    m_rowsLabel->setForegroundRole(QPalette::PlaceholderText);
    m_deleteButton = new QPushButton(tr("Delete entry…"), panel);
    m_deleteButton->setObjectName(QStringLiteral("deleteEntryButton"));
    m_deleteButton->setToolTip(tr("Delete the selected entry (for a system key: every shared row of that key)"));
    m_cleanupUserButton = new QPushButton(tr("Clean up user's caches…"), panel);
    m_cleanupUserButton->setObjectName(QStringLiteral("cleanupUserButton"));
    m_cleanupUserButton->setToolTip(tr("Delete every non-system entry of the selected entry's user, or of the user typed in the filter"));
    auto *deleteKey = new QAction(m_table);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut); // the table's Delete key, not a text field's
    connect(deleteKey, &QAction::triggered, this, [this] {
        if (m_deleteButton->isEnabled())
            deleteEntry();
    });
    m_table->addAction(deleteKey);
    actions->addWidget(m_rowsLabel, 1);
    actions->addWidget(m_deleteButton);
    actions->addWidget(m_cleanupUserButton);

    auto *tableBox = new QWidget(panel);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filters);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addLayout(actions);

    m_preview = new CacheEntryPreview(panel);
    auto *split = new QSplitter(Qt::Horizontal, panel);
    split->setChildrenCollapsible(false);
    split->addWidget(tableBox);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setSizes({850, 360});
    layout->addWidget(split, 1);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_typing, &QTimer::timeout, this, &CachePage::applyFilter);
    connect(m_keyFilter, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_userFilter, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_userFilter, &QLineEdit::textChanged, this, &CachePage::updateActions);
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &CachePage::applyFilter);
    connect(m_expiryFilter, &QComboBox::currentIndexChanged, this, &CachePage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CachePage::showPreview);
    connect(m_entries, &PagedQueryModel::pageLoaded, this, [this] {
        const int rows = m_entries->rowCount();
        if (m_entries->canFetchMore({}))
            m_rowsLabel->setText(tr("%1 entries loaded; scroll for more").arg(number(rows)));
        else
            m_rowsLabel->setText(rows == 1 ? tr("1 entry") : tr("%1 entries").arg(number(rows)));
        if (m_restoreId > 0) {
            const int row = m_entries->rowOfId(m_restoreId);
            m_restoreId = 0;
            if (row >= 0)
                m_table->selectRow(row);
            else
                showPreview();
        }
        if (m_waitingEntries) {
            m_waitingEntries = false;
            partLoaded();
        }
    });
    connect(m_entries, &QAbstractItemModel::modelReset, this, [this] {
        // A reset clears the selection without a signal: the preview follows by hand,
        // unless the same entry is about to be selected again.
        if (m_restoreId == 0)
            showPreview();
        else
            updateActions();
    });
    connect(m_entries, &PagedQueryModel::loadFailed, this, [this](const QString &message) {
        m_restoreId = 0;
        m_rowsLabel->setText(tr("Could not load the entries: %1").arg(message));
        if (m_waitingEntries) {
            m_waitingEntries = false;
            m_loadError = message;
            partLoaded();
        }
    });
    return panel;
}

QAbstractItemView *CachePage::exportableView() const
{
    return m_table;
}

QList<QWidget *> CachePage::charts() const
{
    return {m_donut->chartView(), m_dayChartView};
}

QLineEdit *CachePage::findField() const
{
    return m_keyFilter;
}

// ---- loading -------------------------------------------------------------------------

QDateTime CachePage::windowStartAt(const QDateTime &at) const
{
    const int days = m_window->currentData().toInt();
    if (days < 0)
        return {};
    const QDateTime midnight(at.toUTC().date(), QTime(0, 0), QTimeZone::utc());
    return midnight.addDays(-(std::max(days, 1) - 1));
}

QString CachePage::windowName() const
{
    switch (m_window->currentData().toInt()) {
    case 1:
        return tr("today");
    case 7:
        return tr("last 7 days");
    case 30:
        return tr("last 30 days");
    default:
        return tr("all recorded");
    }
}

bool CachePage::entriesNeedReload() const
{
    // Live traffic changes the cache all the time: reload the listing when the user is
    // not looking at a row or further down than the first page, so a refresh never
    // pulls the entry being read from under the mouse.
    if (m_entriesStale)
        return true;
    if (m_table->selectionModel()->hasSelection())
        return false;
    return m_table->verticalScrollBar()->value() == 0 && m_entries->rowCount() <= m_entries->pageSize();
}

void CachePage::load()
{
    const QDateTime at = SqlTime::nowUtc();
    const QDateTime since = windowStartAt(at);
    m_loadError.clear();
    m_waitingStats = true;
    m_context.reader().run<Result<CacheStats>>(
        this, [at, since](const QString &connection) { return CacheService(connection).stats(at, since); },
        [this](const Result<CacheStats> &stats) {
            m_waitingStats = false;
            if (stats)
                showStats(stats.value());
            else
                m_loadError = stats.error();
            partLoaded();
        });
    if (entriesNeedReload()) {
        m_waitingEntries = true;
        applyFilter();
    }
}

void CachePage::partLoaded()
{
    if (m_waitingStats || m_waitingEntries)
        return;
    if (m_loadError.isEmpty())
        loadFinished();
    else
        loadFailed(m_loadError);
}

void CachePage::applyFilter()
{
    m_typing->stop();
    if (m_table->currentIndex().isValid())
        m_restoreId = m_entries->rowValues(m_table->currentIndex().row()).value(CacheEntriesModel::Id).toLongLong();
    m_entriesStale = false;
    CacheEntriesModel::Filter filter;
    filter.type = m_typeFilter->currentData().toString();
    filter.expiry = CacheEntriesModel::Expiry(m_expiryFilter->currentData().toInt());
    filter.user = m_userFilter->text().trimmed();
    filter.key = m_keyFilter->text();
    m_rowsLabel->setText(tr("Loading entries…"));
    m_entries->setFilter(filter);
    updateActions();
}

void CachePage::showStats(const CacheStats &s)
{
    const QLocale locale;
    m_shownAt = s.at;
    m_shownSince = s.since;
    m_donut->setFigures(s.lookupHits, s.lookupMisses, s.hitRate, s.hitsPerEntry, windowName());
    m_costTile->setValue(locale.toCurrencyString(s.costSavedUsd, QStringLiteral("$"), 2), tr("hits × saving per hit, all entries"));
    m_storageTile->setValue(tr("%1 MB").arg(locale.toString(s.storageMb, 'f', 2)), tr("cache data of %1 entries").arg(number(s.totalEntries)));
    m_entriesTile->setValue(number(s.totalEntries),
                            s.expiredEntries > 0 ? tr("%1 expired, waiting for a clean-up").arg(number(s.expiredEntries)) : tr("none expired"));
    m_entriesTile->setAccent(s.expiredEntries > 0 ? QStringLiteral("warning") : QString());
    m_cleanupButton->setToolTip(tr("Delete the %1 cache rows whose time is up, in batches; recorded in the audit log").arg(number(s.expiredEntries)));

    m_typeStats->setStats(s);
    const int rowHeight = m_typeTable->verticalHeader()->defaultSectionSize();
    m_typeTable->setFixedHeight(m_typeTable->horizontalHeader()->sizeHint().height() + rowHeight * m_typeStats->rowCount()
                                + 2 * m_typeTable->frameWidth());

    const QDate first = s.since.isValid() ? s.since.date() : QDate();
    m_days->setDays(s.hitRateByDay, first, s.at.date());
    updateDayAxis();
}

void CachePage::updateDayAxis()
{
    const QLocale locale;
    const int days = m_days->dayCount();
    const QDate first = m_days->firstDay();
    for (const QString &label : m_dayAxis->categoriesLabels())
        m_dayAxis->remove(label);
    // As many day labels as fit (about 64 px each), on whole steps.
    const int fit = std::max(2, (m_dayChartView->width() - 80) / 64);
    const int step = std::max(1, int(std::ceil(double(days) / fit)));
    for (int i = 0; i < days && first.isValid(); i += step)
        m_dayAxis->append(locale.toString(first.addDays(i), tr("MMM d", "day of the hit-rate axis")), i);
    m_dayAxis->setRange(-0.5, days - 0.5);
    m_targetSeries->replace({QPointF(-0.5, HitRateDonut::Target * 100), QPointF(days - 0.5, HitRateDonut::Target * 100)});
    m_dayChartView->chart()->setTitle(m_days->rowCount() > 0 ? tr("Hit rate per day (UTC), %1").arg(windowName())
                                                             : tr("Hit rate per day: none recorded, %1").arg(windowName()));
    applyChartPalette();
}

void CachePage::applyChartPalette()
{
    ChartStyle::apply(m_dayChartView->chart(), palette());
}

bool CachePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dayChartView && event->type() == QEvent::Resize)
        updateDayAxis();
    return Page::eventFilter(watched, event);
}

void CachePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyChartPalette();
    Page::changeEvent(event);
}

void CachePage::showPreview()
{
    updateActions();
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.isValid() ? m_entries->rowValues(current.row()).value(CacheEntriesModel::Id).toLongLong() : 0;
    const quint64 request = ++m_previewRequest;
    if (id <= 0) {
        m_preview->showMessage(tr("Select an entry to see its data."));
        return;
    }
    // The full cache_data of this one row, and only now that it is selected.
    m_context.reader().run<Result<std::optional<CacheEntryDetails>>>(
        this, [id](const QString &connection) { return CacheEntriesModel::loadEntry(connection, id); },
        [this, request](const Result<std::optional<CacheEntryDetails>> &entry) {
            if (request != m_previewRequest)
                return; // another row was selected meanwhile
            if (!entry)
                m_preview->showMessage(tr("Could not load the entry: %1").arg(entry.error()));
            else if (!entry->has_value())
                m_preview->showMessage(tr("This entry no longer exists."));
            else
                m_preview->showEntry(**entry);
        });
}

// ---- admin actions -------------------------------------------------------------------

void CachePage::updateActions()
{
    const QVariantList row = m_table->currentIndex().isValid() ? m_entries->rowValues(m_table->currentIndex().row()) : QVariantList();
    const bool rowHasUser = !row.isEmpty() && !row.value(CacheEntriesModel::UserIdValue).isNull();
    const QString typed = m_userFilter->text().trimmed();
    const bool typedUser = !typed.isEmpty() && typed.compare(QLatin1String("system"), Qt::CaseInsensitive) != 0;
    m_cleanupButton->setEnabled(!m_busy);
    m_warmupButton->setEnabled(!m_busy);
    m_warmupDefault->setEnabled(!m_busy);
    m_warmupFile->setEnabled(!m_busy);
    m_deleteButton->setEnabled(!m_busy && !row.isEmpty());
    m_cleanupUserButton->setEnabled(!m_busy && (rowHasUser || typedUser));
}

void CachePage::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    if (busy) {
        m_resultLabel->clear();
        m_progressLabel->setText(status);
        m_progress->setRange(0, 0); // busy until a clean-up reports a total
        m_cancelButton->hide();
        m_progressBox->show();
    } else {
        m_progressBox->hide();
    }
    updateActions();
}

void CachePage::finishAction(const QString &title, const QString &message, bool failed)
{
    setBusy(false);
    if (!message.isEmpty()) {
        m_resultLabel->setText(message);
        m_resultLabel->setToolTip(message);
        if (failed)
            Dialogs::error(this, title, message);
        else
            Dialogs::information(this, title, message);
    }
    emit actionFinished(message);
}

void CachePage::cleanUpExpired()
{
    if (m_busy)
        return;
    QPointer<CachePage> self(this);
    m_context.withStaff(this, [self](const UserRef &staff) {
        if (!self || self->m_busy)
            return;
        CachePage *page = self.data();
        const QString title = tr("Clean up expired cache rows");
        // One cut-off for the count, the confirmation and every batch of the clean-up.
        const QDateTime at = SqlTime::nowUtc();
        page->setBusy(true, tr("Counting expired rows…"));
        page->m_context.reader().run<Result<qint64>>(
            page, [at](const QString &connection) { return CacheService(connection).countExpired(at); },
            [page, staff, at, title](const Result<qint64> &count) {
                if (!count)
                    return page->finishAction(title, count.error(), true);
                if (*count == 0)
                    return page->finishAction(title, tr("There are no expired cache rows: nothing to delete."), false);
                page->setBusy(false);
                if (!Dialogs::confirm(page, title,
                                      tr("Delete %1 expired cache rows (expired before %2 UTC)?\n\n"
                                         "Live and system entries stay. The clean-up runs in batches and can be cancelled; "
                                         "it is recorded in the audit log under %3.")
                                          .arg(number(*count), QLocale().toString(at, QStringLiteral("yyyy-MM-dd HH:mm:ss")), staff.email),
                                      tr("Delete %1 rows").arg(number(*count))))
                    return page->finishAction(title, QString(), false);
                page->runCleanup(staff, at, *count);
            });
    });
}

void CachePage::runCleanup(const UserRef &staff, const QDateTime &at, qint64 total)
{
    const QString title = tr("Clean up expired cache rows");
    setBusy(true, tr("Deleting expired rows…"));
    m_progress->setRange(0, int(std::min<qint64>(total, std::numeric_limits<int>::max())));
    m_progress->setValue(0);
    m_progressLabel->setText(tr("Deleting expired rows: 0 of %1").arg(number(total)));
    m_cancelButton->setEnabled(true);
    m_cancelButton->show();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;

    QPointer<CachePage> self(this);
    const int batch = m_batchSize;
    const int pause = m_batchPauseMs;
    const int staffId = staff.id;
    // The progress callback runs in the admin worker's thread: it only posts the count to
    // the GUI thread and reads the cancel flag.
    const auto progress = [self, cancel, pause, total](qint64 deleted) {
        if (CachePage *page = self.data()) {
            QMetaObject::invokeMethod(
                page,
                [self, cancel, deleted, total] {
                    if (!self)
                        return;
                    self->m_progress->setValue(int(std::min<qint64>(deleted, self->m_progress->maximum())));
                    if (!*cancel)
                        self->m_progressLabel->setText(tr("Deleting expired rows: %1 of %2").arg(number(deleted), number(total)));
                    emit self->cleanupProgressed(deleted, total);
                },
                Qt::QueuedConnection);
        }
        if (pause > 0 && !*cancel)
            QThread::msleep(pause);
        return !*cancel;
    };
    m_context.admin().run<Result<CleanupReport>>(
        this,
        [staffId, batch, at, progress](const QString &connection) { return CacheService(connection).cleanupExpired(staffId, batch, at, progress); },
        [this, title, total](const Result<CleanupReport> &report) {
            m_cancel.reset();
            m_entriesStale = true;
            if (!report) {
                finishAction(title, report.error(), true);
            } else if (report->cancelled) {
                finishAction(title, tr("Clean-up cancelled: %1 of %2 expired rows deleted; the rest stay until the next clean-up.")
                                        .arg(number(report->deleted), number(total)),
                             false);
            } else {
                finishAction(title, report->deleted == 1 ? tr("1 expired row deleted") : tr("%1 expired rows deleted").arg(number(report->deleted)),
                             false);
            }
            refresh();
        });
}

void CachePage::cancelCleanup()
{
    if (!m_cancel)
        return;
    *m_cancel = true;
    m_cancelButton->setEnabled(false);
    m_progressLabel->setText(tr("Cancelling after this batch…"));
}

void CachePage::warmUpDefault()
{
    warmUp(QString());
}

void CachePage::warmUpFromFile()
{
    if (m_busy)
        return;
    const QString path = Dialogs::openFileName(this, tr("Choose a prompts file"), tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    warmUp(path);
}

void CachePage::warmUp(const QString &path)
{
    if (m_busy)
        return;
    QPointer<CachePage> self(this);
    m_context.withStaff(this, [self, path](const UserRef &staff) {
        if (!self || self->m_busy)
            return;
        CachePage *page = self.data();
        const QString title = tr("Warm up system caches");
        page->setBusy(true, tr("Reading the prompts…"));
        // Files are read off the GUI thread too: a prompts file may be on a slow share.
        page->m_context.admin().run<Result<QJsonObject>>(
            page, [path](const QString &) { return CacheService::loadPrompts(path); },
            [page, staff, path, title](const Result<QJsonObject> &prompts) {
                if (!prompts)
                    return page->finishAction(title, prompts.error(), true);
                QStringList keys = prompts->keys();
                const qsizetype count = keys.size();
                if (keys.size() > 8) {
                    keys = keys.mid(0, 8);
                    keys << tr("…");
                }
                page->setBusy(false);
                if (!Dialogs::confirm(page, title,
                                      tr("Warm up %1 permanent system cache entries from %2?\n\nKeys: %3\n\n"
                                         "Entries that already hold the same text stay unchanged. "
                                         "The warm-up is recorded in the audit log under %4.")
                                          .arg(number(count), path.isEmpty() ? tr("the default prompt set") : path,
                                               keys.join(QStringLiteral(", ")), staff.email),
                                      tr("Warm up")))
                    return page->finishAction(title, QString(), false);
                page->setBusy(true, tr("Warming up system caches…"));
                const int staffId = staff.id;
                page->m_context.admin().run<Result<WarmupReport>>(
                    page, [staffId, prompts = prompts.value()](const QString &connection) { return CacheService(connection).warmup(staffId, prompts); },
                    [page, title](const Result<WarmupReport> &report) {
                        page->m_entriesStale = true;
                        if (!report) {
                            page->finishAction(title, report.error(), true);
                        } else {
                            QString message = tr("System caches warmed up: %1 inserted, %2 updated, %3 unchanged.")
                                                  .arg(number(report->inserted), number(report->updated), number(report->unchanged));
                            if (report->duplicatesRemoved > 0)
                                message = tr("%1 Duplicate rows removed: %2.").arg(message, number(report->duplicatesRemoved));
                            page->finishAction(title, message, false);
                        }
                        page->refresh();
                    });
            });
    });
}

void CachePage::deleteEntry()
{
    if (m_busy || !m_table->currentIndex().isValid())
        return;
    const int row = m_table->currentIndex().row();
    const QVariantList values = m_entries->rowValues(row);
    const QString key = values.value(CacheEntriesModel::Key).toString();
    const QString type = values.value(CacheEntriesModel::Type).toString();
    const QVariant userValue = values.value(CacheEntriesModel::UserIdValue);
    const std::optional<int> user = userValue.isNull() ? std::nullopt : std::optional<int>(userValue.toInt());
    const QString owner = m_entries->data(m_entries->index(row, CacheEntriesModel::User)).toString();

    QPointer<CachePage> self(this);
    m_context.withStaff(this, [self, key, type, user, owner](const UserRef &staff) {
        if (!self || self->m_busy)
            return;
        CachePage *page = self.data();
        const QString title = tr("Delete cache entry");
        page->setBusy(true, tr("Counting matching rows…"));
        page->m_context.reader().run<Result<qint64>>(
            page, [key, type, user](const QString &connection) { return CacheService(connection).countMatching(key, type, user); },
            [page, staff, key, type, user, owner, title](const Result<qint64> &count) {
                if (!count)
                    return page->finishAction(title, count.error(), true);
                if (*count == 0) {
                    page->m_entriesStale = true;
                    page->refresh();
                    return page->finishAction(title, tr("The entry \"%1\" no longer exists: nothing to delete.").arg(key), false);
                }
                page->setBusy(false);
                if (!Dialogs::confirm(page, title,
                                      tr("Delete the cache entry \"%1\" (type %2, owner %3)?\n\nRows deleted: %4. "
                                         "The deletion is recorded in the audit log under %5.")
                                          .arg(key, type, owner, number(*count), staff.email),
                                      tr("Delete")))
                    return page->finishAction(title, QString(), false);
                page->setBusy(true, tr("Deleting the entry…"));
                const int staffId = staff.id;
                page->m_context.admin().run<Result<qint64>>(
                    page, [staffId, key, type, user](const QString &connection) { return CacheService(connection).remove(staffId, key, type, user); },
                    [page, title](const Result<qint64> &deleted) {
                        page->m_entriesStale = true;
                        if (!deleted)
                            page->finishAction(title, deleted.error(), true);
                        else
                            page->finishAction(title, *deleted == 1 ? tr("1 cache entry deleted") : tr("%1 cache rows deleted").arg(number(*deleted)), false);
                        page->refresh();
                    });
            });
    });
}

void CachePage::cleanUpUser()
{
    if (m_busy)
        return;
    // The selected entry's user, else the one typed in the user filter.
    QString who;
    if (m_table->currentIndex().isValid()) {
        const QVariant user = m_entries->rowValues(m_table->currentIndex().row()).value(CacheEntriesModel::UserIdValue);
        if (!user.isNull())
            who = QString::number(user.toInt());
    }
    if (who.isEmpty())
        who = m_userFilter->text().trimmed();
    const QString title = tr("Clean up a user's caches");
    if (who.isEmpty() || who.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0) {
        Dialogs::information(this, title, tr("Select an entry of the user, or type the user's id or email in the user filter."));
        return;
    }

    QPointer<CachePage> self(this);
    m_context.withStaff(this, [self, who, title](const UserRef &staff) {
        if (!self || self->m_busy)
            return;
        CachePage *page = self.data();
        page->setBusy(true, tr("Counting the user's entries…"));
        page->m_context.reader().run<Result<UserCleanupPlan>>(
            page,
            [who](const QString &connection) {
                const Result<UserRef> user = UserLookup(connection).find(who);
                if (!user)
                    return Result<UserCleanupPlan>::failure(user.error());
                const Result<qint64> entries = CacheEntriesModel::countUserEntries(connection, user->id);
                if (!entries)
                    return Result<UserCleanupPlan>::failure(entries.error());
                return Result<UserCleanupPlan>(UserCleanupPlan{user.value(), entries.value()});
            },
            [page, staff, title](const Result<UserCleanupPlan> &plan) {
                if (!plan)
                    return page->finishAction(title, plan.error(), true);
                const UserRef user = plan->user;
                if (plan->entries == 0)
                    return page->finishAction(title, tr("%1 (#%2) has no non-system cache entries: nothing to delete.").arg(user.email).arg(user.id),
                                              false);
                page->setBusy(false);
                if (!Dialogs::confirm(page, title,
                                      tr("Delete all %1 non-system cache entries of %2 (#%3), live and expired?\n\n"
                                         "Shared system entries stay. The deletion is recorded in the audit log under %4.")
                                          .arg(number(plan->entries), user.email)
                                          .arg(user.id)
                                          .arg(staff.email),
                                      tr("Delete %1 entries").arg(number(plan->entries))))
                    return page->finishAction(title, QString(), false);
                page->setBusy(true, tr("Deleting the user's entries…"));
                const int staffId = staff.id;
                const int userId = user.id;
                page->m_context.admin().run<Result<qint64>>(
                    page, [staffId, userId](const QString &connection) { return CacheService(connection).cleanupUser(staffId, userId); },
                    [page, title, user](const Result<qint64> &deleted) {
                        page->m_entriesStale = true;
                        if (!deleted)
                            page->finishAction(title, deleted.error(), true);
                        else
                            page->finishAction(title, tr("%1 cache entries of %2 deleted").arg(number(*deleted), user.email), false);
                        page->refresh();
                    });
            });
    });
}
