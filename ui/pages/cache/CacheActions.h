#pragma once

#include <QObject>

#include "cache/CacheService.h"

class AdminAction;
class AppContext;
class CacheEntriesPanel;
class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;
class QWidget;

/// The Cache page's admin actions: clean up expired rows (batched, with progress and
/// cancel), warm up system caches (default set or a prompts file), delete the selected
/// entry, clean up a user's entries. Each runs through one AdminAction as the staff member
/// at the keyboard. Makes the buttons and the progress/result line; the page places them.
class CacheActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheActions)

public:
    /// `page` parents the widgets and the boxes; `entries` says what the entry actions apply to.
    explicit CacheActions(AppContext &context, CacheEntriesPanel &entries, QWidget *page);

    QWidget *progressBox() const { return m_progressBox; }
    QLabel *resultLabel() const { return m_resultLabel; }
    QToolButton *warmupButton() const { return m_warmupButton; }
    QPushButton *cleanupButton() const { return m_cleanupButton; }
    QPushButton *deleteButton() const { return m_deleteButton; }
    QPushButton *cleanupUserButton() const { return m_cleanupUserButton; }

    bool isBusy() const;
    /// The expired rows the statistics counted, for the clean-up's tooltip.
    void setExpiredCount(qint64 expired);

    // Test seams: smaller clean-up batches, and a pause after each one.
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
    /// An action may have changed the cache: the page reloads.
    void changed();

private:
    void warmUp(const QString &path);
    void updateButtons();
    void setBusy(bool busy);

    AppContext &m_context;
    CacheEntriesPanel &m_entries;
    QWidget *m_page = nullptr;
    AdminAction *m_admin = nullptr;
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
    int m_batchSize = CacheService::DefaultBatchSize;
    int m_batchPauseMs = 0;
};
