#pragma once

#include <QWidget>

struct CacheEntry;
struct CacheEntryDetails;
class QGridLayout;
class QLabel;
class QPlainTextEdit;

/// The selected cache entry in full: its data pretty-printed when it is JSON, or the raw
/// text as stored under a clear "not valid JSON" marker (CacheEntryText), and its metadata.
class CacheEntryPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheEntryPreview)

public:
    /// Longer data is cut in the preview (with a note): a text widget is no place for 100 MB.
    /// (A text widget lays out a long line slowly: a megabyte of JSON without line breaks
    /// froze the window for over a minute.)
    static constexpr qsizetype MaxShownCharacters = 64 * 1024;

    explicit CacheEntryPreview(QWidget *parent = nullptr);

    void showEntry(const CacheEntryDetails &details);
    /// No entry: a line saying why (nothing selected, the row is gone, an error).
    void showMessage(const QString &message);

    qint64 entryId() const { return m_entryId; }
    QString dataText() const;
    bool isMarkedNotJson() const;
    QString formatText() const;
    QString markerText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    QLabel *addField(QGridLayout *grid, int row, int column, const QString &caption, const QString &name);

    qint64 m_entryId = 0;
    QLabel *m_title = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_owner = nullptr;
    QLabel *m_hits = nullptr;
    QLabel *m_size = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_expires = nullptr;
    QLabel *m_accessed = nullptr;
    QLabel *m_metadata = nullptr;
    QLabel *m_format = nullptr;
    QLabel *m_marker = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QWidget *m_fields = nullptr;
};
