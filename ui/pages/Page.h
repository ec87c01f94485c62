#pragma once

#include <functional>

#include <QList>
#include <QWidget>

#include "common/Result.h"

class QAbstractItemView;
class QLineEdit;

/// One page of the main window. A page loads its data off the GUI thread in load() and
/// calls loadFinished() when the results are on screen. refresh() coalesces: while a
/// load is running, further refreshes become one more load afterwards — so a busy
/// database never starves the page of results.
class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)

public:
    explicit Page(QWidget *parent = nullptr) : QWidget(parent) {}

    virtual QString pageId() const = 0; // "overview", "quotas", "costs", "cache", "audit"
    virtual QString title() const = 0;

    /// The table "Export CSV" writes, the charts "Save chart" offers, the field Find focuses.
    virtual QAbstractItemView *exportableView() const { return nullptr; }
    virtual QList<QWidget *> charts() const { return {}; }
    virtual QLineEdit *findField() const { return nullptr; }

    /// Called in the GUI thread with the rows written, or why nothing was.
    using ExportDone = std::function<void(const Result<qint64> &rows)>;
    /// Writes the page's table to `path` as CSV by itself — e.g. every matching row, from
    /// the database, off the GUI thread — and returns true; `done` follows. False: the
    /// page leaves it to the window, which writes exportableView()'s model.
    virtual bool exportCsv(const QString &path, ExportDone done)
    {
        Q_UNUSED(path)
        Q_UNUSED(done)
        return false;
    }

    bool hasLoaded() const { return m_loaded; }

public slots:
    void refresh()
    {
        if (m_inFlight) {
            m_again = true;
            return;
        }
        m_inFlight = true;
        load();
    }

signals:
    void loaded();
    void failed(const QString &message);

protected:
    /// Starts loading; must end in loadFinished() (success) or loadFailed().
    virtual void load() = 0;

    void loadFinished()
    {
        m_loaded = true;
        emit loaded();
        next();
    }
    void loadFailed(const QString &message)
    {
        emit failed(message);
        next();
    }

private:
    void next()
    {
        m_inFlight = false;
        if (m_again) {
            m_again = false;
            refresh();
        }
    }

    bool m_loaded = false;
    bool m_inFlight = false;
    bool m_again = false;
};
