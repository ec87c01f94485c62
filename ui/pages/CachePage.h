#pragma once

#include <atomic>
#include <memory>

#include <QDateTime>

#include "pages/Page.h"

class AppContext;
class CacheEntriesModel;
class CacheEntryPreview;
class CacheTypeStatsModel;
class HitRateByDayModel;
class HitRateDonut;
class StatTile;
class QAction;
class QCategoryAxis;
class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;
struct CacheStats;
struct UserRef;

/// The AI response cache: hit rate (donut and per day, against the 60 % target), savings
/// and storage, a per-type breakdown, the entries (lazy, filterable) with a preview of the
/// selected one, and the admin actions — clean up expired rows, warm up system caches,
/// delete an entry, clean up a user's entries. Admin actions run on the admin worker as
/// the staff member at the keyboard; the page stays usable meanwhile.
class CachePage final : public Page
{
    Q_OBJECT

public:
    explicit CachePage(AppContext &context, QWidget *parent = nullptr);
    ~CachePage() override;

    QString pageId() const override { return QStringLiteral("cache"); }
    QString title() const override { return tr("Cache"); }
    QAbstractItemView *exportableView() const override;
    QList<QWidget *> charts() const override;
    QLineEdit *findField() const override;

    CacheEntriesModel *entriesModel() const { return m_entries; }
    CacheTypeStatsModel *typeStatsModel() const { return m_typeStats; }
    HitRateByDayModel *hitRateByDayModel() const { return m_days; }
    HitRateDonut *donut() const { return m_donut; }
    CacheEntryPreview *preview() const { return m_preview; }
    /// Start of the statistics window on screen (UTC; invalid = all recorded lookups).
    QDateTime windowStart() const { return m_shownSince; }
    /// The instant the statistics on screen were taken at.
    QDateTime statsAt() const { return m_shownAt; }
    bool isBusy() const { return m_busy; }

    // Test seams: smaller clean-up batches, and a pause after each one so a test can
    // press Cancel while a clean-up runs.
    void setCleanupBatchSize(int rows) { m_batchSize = rows; }
    void setCleanupBatchPause(int ms) { m_batchPauseMs = ms; }

public slots:
    void cleanUpExpired();
    void warmUpDefault();
    void warmUpFromFile();
    void deleteEntry();
    void cleanUpUser();
    void cancelCleanup();

signals:
    /// An admin action ended (done, refused, failed or cancelled); `message` is its report.
    void actionFinished(const QString &message);
    /// Rows a running clean-up has deleted so far, on the GUI thread.
    void cleanupProgressed(qint64 deleted, qint64 total);

protected:
    void load() override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createStatistics();
    QWidget *createEntries();
    void applyFilter();
    bool entriesNeedReload() const;
    void showStats(const CacheStats &stats);
    void updateDayAxis();
    void applyChartPalette();
    void partLoaded();
    void showPreview();
    void updateActions();
    void setBusy(bool busy, const QString &status = {});
    void finishAction(const QString &title, const QString &message, bool failed);
    void warmUp(const QString &path);
    void runCleanup(const UserRef &staff, const QDateTime &at, qint64 total);
    QDateTime windowStartAt(const QDateTime &at) const;
    QString windowName() const;

    AppContext &m_context;
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

    QComboBox *m_typeFilter = nullptr;
    QComboBox *m_expiryFilter = nullptr;
    QLineEdit *m_userFilter = nullptr;
    QLineEdit *m_keyFilter = nullptr;
    CacheEntriesModel *m_entries = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_rowsLabel = nullptr;
    CacheEntryPreview *m_preview = nullptr;
    QTimer *m_typing = nullptr;

    QPushButton *m_cleanupButton = nullptr;
    QToolButton *m_warmupButton = nullptr;
    QAction *m_warmupDefault = nullptr;
    QAction *m_warmupFile = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_cleanupUserButton = nullptr;
    QWidget *m_progressBox = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_resultLabel = nullptr;

    QDateTime m_shownSince;
    QDateTime m_shownAt;
    bool m_waitingStats = false;
    bool m_waitingEntries = false;
    QString m_loadError;
    bool m_entriesStale = true; // reload the entries on the next load, whatever the view shows
    qint64 m_restoreId = 0;     // the entry to select again after a reload
    quint64 m_previewRequest = 0;
    bool m_busy = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_batchSize = 5000;
    int m_batchPauseMs = 0;
};
