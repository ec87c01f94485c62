#pragma once

#include <optional>

#include <QWidget>

class AppContext;
class CacheEntriesModel;
class CacheEntryPreview;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

/// The entry a row of the listing shows, as an admin action needs it.
struct CacheEntryRef
{
    qint64 id = 0;
    QString key;
    QString type;
    std::optional<int> userId; // none: a shared system row
    QString owner;             // as the table shows it
};

/// The Cache page's entries: filters (type, expiry, user, key), the lazily loaded table
/// and a preview of the selected entry, loaded only once it is selected. Keeps the
/// selected entry across reloads.
class CacheEntriesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheEntriesPanel)

public:
    explicit CacheEntriesPanel(AppContext &context, QWidget *parent = nullptr);

    CacheEntriesModel *model() const { return m_entries; }
    CacheEntryPreview *preview() const { return m_preview; }
    QTableView *table() const { return m_table; }
    QLineEdit *keyFilter() const { return m_keyFilter; }

    /// Puts a button in the row under the table, right of the row count.
    void addEntryAction(QWidget *widget);

    /// The selected entry, if any.
    std::optional<CacheEntryRef> currentEntry() const;
    /// What the user filter holds, trimmed.
    QString typedUser() const;

    /// Whether a page refresh should reload the listing (see the rule in the .cpp).
    bool needsReload() const;
    /// Reloads the listing with the filters on screen; loadEnded() follows.
    void reload();
    /// The next refresh reloads the listing whatever the view shows (after an admin action).
    void markStale() { m_stale = true; }

signals:
    /// The selection or the user filter changed: what the entry actions apply to.
    void currentChanged();
    /// The Delete key in the table.
    void deleteRequested();
    /// A page of entries arrived (`error` empty) or could not be loaded.
    void loadEnded(const QString &error);

private:
    void showPreview();

    AppContext &m_context;
    QComboBox *m_typeFilter = nullptr;
    QComboBox *m_expiryFilter = nullptr;
    QLineEdit *m_userFilter = nullptr;
    QLineEdit *m_keyFilter = nullptr;
    CacheEntriesModel *m_entries = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_rowsLabel = nullptr;
    QHBoxLayout *m_actionRow = nullptr;
    CacheEntryPreview *m_preview = nullptr;
    QTimer *m_typing = nullptr;
    bool m_stale = true;        // reload on the next refresh, whatever the view shows
    qint64 m_restoreId = 0;     // the entry to select again after a reload
    quint64 m_previewRequest = 0;
};
