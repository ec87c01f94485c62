#pragma once

#include <functional>

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariantList>

#include "common/Result.h"

class DatabaseWorker;

/// A table model that loads its rows lazily, a page at a time, on a DatabaseWorker:
/// fast on a million rows, and the GUI thread never waits. Rows are ordered by a key
/// column; the next page starts after the last key loaded (keyset pagination).
///
/// The loader runs in the worker thread: it must capture what it needs (filters) by
/// value and touch nothing of the model.
class PagedQueryModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedQueryModel)

public:
    using Page = QList<QVariantList>;
    /// (connection, key of the last row loaded or null for the first page, page size) → rows
    using Loader = std::function<Result<Page>(const QString &connection, const QVariant &afterKey, int limit)>;

    explicit PagedQueryModel(DatabaseWorker &worker, QStringList headers, int keyColumn, QObject *parent = nullptr);

    /// Drops all rows and loads the first page with `loader`.
    void setLoader(Loader loader);
    /// Drops the rows and loads the first page again (after the filter changed).
    void reload();
    /// Loads again as many rows as are shown (at least a page) and swaps them in when
    /// they arrive: the view never goes blank while live data are refreshed.
    void refresh();

    bool isLoading() const { return m_loading; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = rows; }
    QVariantList rowValues(int row) const;

    /// A LIKE/ILIKE pattern matching `text` anywhere, its %, _ and \\ taken literally.
    static QString containsPattern(const QString &text);
    /// Loader parameters: `text`, or a text NULL when it is empty.
    static QVariant textOrNull(const QString &text);
    /// Loader parameters: the integer key of the last row loaded, or an integer NULL for the first page.
    static QVariant idOrNull(const QVariant &afterKey);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void pageLoaded(int rowsInPage);
    void loadFailed(const QString &message);

protected:
    /// How a stored value shows (DisplayRole); raw values stay available via Qt::UserRole.
    virtual QVariant display(int column, const QVariant &value) const;

private:
    void requestPage(const QVariant &afterKey);

    DatabaseWorker &m_worker;
    QStringList m_headers;
    int m_keyColumn = 0;
    int m_pageSize = 200;
    Loader m_loader;
    Page m_rows;
    bool m_atEnd = true;
    bool m_loading = false;
    quint64 m_generation = 0; // results of an older loader are dropped
};
