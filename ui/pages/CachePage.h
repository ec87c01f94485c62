#pragma once

#include <QDateTime>

#include "pages/Page.h"

class AppContext;
class CacheActions;
class CacheEntriesModel;
class CacheEntriesPanel;
class CacheEntryPreview;
class CacheStatsPanel;
class CacheTypeStatsModel;
class HitRateByDayModel;
class HitRateDonut;

/// The AI response cache: hit rate (donut and per day, against the 60 % target), savings
/// and storage, a per-type breakdown, the entries (lazy, filterable) with a preview of the
/// selected one, and the admin actions — clean up expired rows, warm up system caches,
/// delete an entry, clean up a user's entries. Composes a statistics panel, an entries
/// panel and the actions; loads the statistics and the entries as one page load.
class CachePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CachePage)

public:
    explicit CachePage(AppContext &context, QWidget *parent = nullptr);
    ~CachePage() override;

    QString pageId() const override { return QStringLiteral("cache"); }
    QString title() const override { return tr("Cache"); }
    QAbstractItemView *exportableView() const override;
    QList<QWidget *> charts() const override;
    QLineEdit *findField() const override;

    CacheEntriesModel *entriesModel() const;
    CacheTypeStatsModel *typeStatsModel() const;
    HitRateByDayModel *hitRateByDayModel() const;
    HitRateDonut *donut() const;
    CacheEntryPreview *preview() const;
    /// Start of the statistics window on screen (UTC; invalid = all recorded lookups).
    QDateTime windowStart() const;
    /// The instant the statistics on screen were taken at.
    QDateTime statsAt() const;
    bool isBusy() const;

    // Test seams: smaller clean-up batches, and a pause after each one so a test can
    // press Cancel while a clean-up runs.
    void setCleanupBatchSize(int rows);
    void setCleanupBatchPause(int ms);

signals:
    /// Passed on from the actions (see CacheActions): an admin action ended, and how far
    /// a running clean-up got.
    void actionFinished(const QString &message);
    void cleanupProgressed(qint64 deleted, qint64 total);

protected:
    void load() override;

private:
    void partLoaded();

    AppContext &m_context;
    CacheStatsPanel *m_stats = nullptr;
    CacheEntriesPanel *m_entries = nullptr;
    CacheActions *m_actions = nullptr;
    bool m_waitingStats = false;
    bool m_waitingEntries = false;
    QString m_loadError;
};
