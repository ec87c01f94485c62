#include "pages/CachePage.h"

#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "cache/CacheService.h"
#include "charts/HitRateDonut.h"
#include "db/DatabaseWorker.h"
#include "db/SqlTime.h"
#include "pages/PageParts.h"
#include "pages/cache/CacheActions.h"
#include "pages/cache/CacheEntriesPanel.h"
#include "pages/cache/CacheStatsPanel.h"
#include "shell/AppContext.h"

CachePage::CachePage(AppContext &context, QWidget *parent) : Page(parent), m_context(context)
{
    setObjectName(QStringLiteral("cachePage"));
    m_stats = new CacheStatsPanel(this);
    m_entries = new CacheEntriesPanel(m_context, this);
    m_actions = new CacheActions(m_context, *m_entries, this);

    // Heading, window of the statistics, progress of a running action, page-wide actions.
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(PageParts::heading(tr("Cache"), this));
    top->addSpacing(16);
    top->addWidget(m_stats->windowLabel());
    top->addWidget(m_stats->windowSelector());
    top->addStretch(1);
    top->addWidget(m_actions->progressBox(), 1);
    top->addWidget(m_actions->resultLabel(), 1);
    top->addWidget(m_actions->warmupButton());
    top->addWidget(m_actions->cleanupButton());
    layout->addLayout(top);

    // Statistics in a band across the page, the entries and the preview below it.
    layout->addWidget(m_stats);
    m_entries->addEntryAction(m_actions->deleteButton());
    m_entries->addEntryAction(m_actions->cleanupUserButton());
    layout->addWidget(m_entries, 1);

    connect(m_stats, &CacheStatsPanel::windowChanged, this, &Page::refresh);
    connect(m_entries, &CacheEntriesPanel::loadEnded, this, [this](const QString &error) {
        if (!m_waitingEntries)
            return; // a further page scrolled in, or a filter changed
        m_waitingEntries = false;
        if (!error.isEmpty())
            m_loadError = error;
        partLoaded();
    });
    connect(m_actions, &CacheActions::actionFinished, this, &CachePage::actionFinished);
    connect(m_actions, &CacheActions::cleanupProgressed, this, &CachePage::cleanupProgressed);
    connect(m_actions, &CacheActions::changed, this, &Page::refresh);
}

CachePage::~CachePage() = default;

QAbstractItemView *CachePage::exportableView() const
{
    return m_entries->table();
}

QList<QWidget *> CachePage::charts() const
{
    return {m_stats->donut()->chartView(), m_stats->dayChartView()};
}

QLineEdit *CachePage::findField() const
{
    return m_entries->keyFilter();
}

CacheEntriesModel *CachePage::entriesModel() const
{
    return m_entries->model();
}

CacheTypeStatsModel *CachePage::typeStatsModel() const
{
    return m_stats->typeStatsModel();
}

HitRateByDayModel *CachePage::hitRateByDayModel() const
{
    return m_stats->hitRateByDayModel();
}

HitRateDonut *CachePage::donut() const
{
    return m_stats->donut();
}

CacheEntryPreview *CachePage::preview() const
{
    return m_entries->preview();
}

QDateTime CachePage::windowStart() const
{
    return m_stats->shownSince();
}

QDateTime CachePage::statsAt() const
{
    return m_stats->shownAt();
}

bool CachePage::isBusy() const
{
    return m_actions->isBusy();
}

void CachePage::setCleanupBatchSize(int rows)
{
    m_actions->setCleanupBatchSize(rows);
}

void CachePage::setCleanupBatchPause(int ms)
{
    m_actions->setCleanupBatchPause(ms);
}

void CachePage::load()
{
    const QDateTime at = SqlTime::nowUtc();
    const QDateTime since = m_stats->windowStartAt(at);
    m_loadError.clear();
    m_waitingStats = true;
    m_context.reader().run<Result<CacheStats>>(
        this, [at, since](const QString &connection) { return CacheService(connection).stats(at, since); },
        [this](const Result<CacheStats> &stats) {
            m_waitingStats = false;
            if (stats) {
                m_stats->showStats(stats.value());
                m_actions->setExpiredCount(stats->expiredEntries);
            } else {
                m_loadError = stats.error();
            }
            partLoaded();
        });
    if (m_entries->needsReload()) {
        m_waitingEntries = true;
        m_entries->reload();
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
