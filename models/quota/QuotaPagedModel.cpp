#include "quota/QuotaPagedModel.h"

#include "db/DatabaseWorker.h"

namespace {

struct FirstPage
{
    QDateTime at;
    QuotaListingPage page;
};

} // namespace

QuotaPagedModel::QuotaPagedModel(DatabaseWorker &worker, QObject *parent) : QuotaTableModel(parent), m_worker(worker)
{
}

void QuotaPagedModel::setListing(const QuotaListing &listing)
{
    if (listing == m_listing)
        return;
    m_listing = listing;
    if (m_started)
        reload();
}

void QuotaPagedModel::sort(int column, Qt::SortOrder order)
{
    if (QuotaListingQuery::sortExpression(column).isEmpty())
        return;
    QuotaListing listing = m_listing;
    listing.sortColumn = column;
    listing.order = order;
    setListing(listing);
}

void QuotaPagedModel::reload()
{
    loadFirst(false);
}

void QuotaPagedModel::refresh()
{
    loadFirst(true);
}

void QuotaPagedModel::loadFirst(bool replaceInPlace)
{
    m_started = true;
    const quint64 generation = ++m_generation;
    const int limit = replaceInPlace ? std::max(m_pageSize, rowCount()) : m_pageSize;
    m_loading = true;
    m_worker.run<Result<FirstPage>>(
        this,
        [listing = m_listing, limit](const QString &connection) -> Result<FirstPage> {
            const QuotaListingQuery query(connection);
            const Result<QDateTime> at = query.now();
            if (!at)
                return Result<FirstPage>::failure(at.error(), at.why());
            const Result<QuotaListingPage> page = query.page(listing, at.value(), std::nullopt, limit);
            if (!page)
                return Result<FirstPage>::failure(page.error(), page.why());
            return FirstPage{at.value(), page.value()};
        },
        [this, generation, limit](const Result<FirstPage> &first) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!first) {
                emit loadFailed(first.error());
                return;
            }
            m_at = first->at;
            m_last = first->page.last;
            m_atEnd = first->page.rows.size() < limit;
            emit rowsAboutToBeReplaced();
            setStatuses(first->page.rows); // in place when the same users come back in the same order
            emit rowsReplaced();
        });
}

bool QuotaPagedModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_started && !m_atEnd && !m_loading && m_last.has_value();
}

void QuotaPagedModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const quint64 generation = m_generation;
    const int limit = m_pageSize;
    m_loading = true;
    m_worker.run<Result<QuotaListingPage>>(
        this,
        [listing = m_listing, at = m_at, after = m_last, limit](const QString &connection) {
            return QuotaListingQuery(connection).page(listing, at, after, limit);
        },
        [this, generation, limit](const Result<QuotaListingPage> &page) {
            if (generation != m_generation)
                return;
            if (!page) {
                m_loading = false;
                m_atEnd = true;
                emit loadFailed(page.error());
                return;
            }
            m_atEnd = page->rows.size() < limit;
            if (page->last)
                m_last = page->last;
            // Still "loading" while rows go in: a view reacting to the insertion must not
            // ask for the next page before these rows (and their key) are there.
            appendStatuses(page->rows);
            m_loading = false;
            emit pageAppended(int(page->rows.size()));
        });
}
