#pragma once

#include <optional>

#include <QDateTime>

#include "quota/QuotaListing.h"
#include "quota/QuotaTableModel.h"

class DatabaseWorker;

/// The Quotas page's table: a QuotaListing (filters and order) filtered, sorted and paged
/// by the database, a page at a time on a DatabaseWorker (PagedQueryModel's pattern:
/// keyset pages, ties by user id, stale results dropped by a generation). The client holds
/// the rows shown plus what was scrolled through; the GUI thread never waits.
///
/// sort() (a view's header click) and setListing() load the first page again; refresh()
/// loads as many rows as are held and puts them in place (the same users in the same order
/// update their cells only). Every load of a first page evaluates the quotas at a new
/// moment (evaluatedAt()); later pages use that same moment, so pages fit together.
class QuotaPagedModel final : public QuotaTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotaPagedModel)

public:
    explicit QuotaPagedModel(DatabaseWorker &worker, QObject *parent = nullptr);

    /// Loads nothing until start(), reload() or refresh().
    void setListing(const QuotaListing &listing);
    const QuotaListing &listing() const { return m_listing; }
    /// Loads the first page; the rows held stay until it arrives.
    void reload();
    /// Loads again as many rows as are held (at least a page) and swaps them in.
    void refresh();

    bool isLoading() const { return m_loading; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    /// The moment the rows describe (invalid before the first load).
    QDateTime evaluatedAt() const { return m_at; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    /// The rows are about to be replaced: selections still refer to them.
    void rowsAboutToBeReplaced();
    /// The rows were replaced by a reload() or a refresh() (selections refer to old rows).
    void rowsReplaced();
    /// A further page was appended.
    void pageAppended(int rows);
    void loadFailed(const QString &message);

private:
    void loadFirst(bool replaceInPlace);

    DatabaseWorker &m_worker;
    QuotaListing m_listing;
    QDateTime m_at;
    std::optional<QuotaListingKey> m_last;
    int m_pageSize = 200;
    bool m_started = false;
    bool m_atEnd = true;
    bool m_loading = false;
    quint64 m_generation = 0; // results of an older listing or load are dropped
};
