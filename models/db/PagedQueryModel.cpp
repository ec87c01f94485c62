#include "db/PagedQueryModel.h"

#include "common/DisplayText.h"
#include "db/DatabaseWorker.h"

PagedQueryModel::PagedQueryModel(DatabaseWorker &worker, QStringList headers, int keyColumn, QObject *parent)
    : QAbstractTableModel(parent), m_worker(worker), m_headers(std::move(headers)), m_keyColumn(keyColumn)
{
}

void PagedQueryModel::setLoader(Loader loader)
{
    m_loader = std::move(loader);
    reload();
}

void PagedQueryModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_loading = bool(m_loader); // the first page is requested below, not by a view reacting to the reset
    endResetModel();
    if (m_loader)
        requestPage(QVariant());
}

void PagedQueryModel::refresh()
{
    if (!m_loader || m_rows.isEmpty()) {
        reload();
        return;
    }
    const quint64 generation = ++m_generation;
    const int limit = std::max(m_pageSize, int(m_rows.size()));
    m_loading = true;
    m_worker.run<Result<Page>>(
        this, [loader = m_loader, limit](const QString &connection) { return loader(connection, QVariant(), limit); },
        [this, generation, limit](const Result<Page> &page) {
            if (generation != m_generation)
                return;
            if (!page) {
                m_loading = false;
                emit loadFailed(page.error());
                return;
            }
            beginResetModel();
            m_rows = page.value();
            m_atEnd = page->size() < limit;
            endResetModel();
            m_loading = false;
            emit pageLoaded(int(page->size()));
        });
}

void PagedQueryModel::requestPage(const QVariant &afterKey)
{
    m_loading = true;
    const quint64 generation = m_generation;
    const int limit = m_pageSize;
    m_worker.run<Result<Page>>(
        this, [loader = m_loader, afterKey, limit](const QString &connection) { return loader(connection, afterKey, limit); },
        [this, generation, limit](const Result<Page> &page) {
            if (generation != m_generation)
                return;
            if (!page) {
                m_loading = false;
                m_atEnd = true;
                emit loadFailed(page.error());
                return;
            }
            m_atEnd = page->size() < limit;
            // Still "loading" while rows go in: a view reacting to the insertion must not
            // ask for the next page before these rows (and their last key) are there.
            if (!page->isEmpty()) {
                beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page->size() - 1));
                m_rows.append(page.value());
                endInsertRows();
            }
            m_loading = false;
            emit pageLoaded(int(page->size()));
        });
}

QVariantList PagedQueryModel::rowValues(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QVariantList();
}

int PagedQueryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PagedQueryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant PagedQueryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QVariantList &row = m_rows.at(index.row());
    const QVariant value = index.column() < row.size() ? row.at(index.column()) : QVariant();
    if (role == Qt::DisplayRole)
        return display(index.column(), value);
    if (role == Qt::UserRole)
        return value;
    if (role == Qt::ToolTipRole) {
        const QString text = display(index.column(), value).toString();
        return text.size() > 60 ? QVariant(DisplayText::plainToolTip(text.left(2000))) : QVariant();
    }
    return {};
}

QVariant PagedQueryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section >= 0 && section < m_headers.size() ? QVariant(m_headers.at(section)) : QVariant();
}

bool PagedQueryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loader && !m_atEnd && !m_loading;
}

void PagedQueryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestPage(m_rows.isEmpty() ? QVariant() : m_rows.constLast().value(m_keyColumn));
}

QVariant PagedQueryModel::display(int, const QVariant &value) const
{
    return value;
}

QString PagedQueryModel::containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

QVariant PagedQueryModel::textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant PagedQueryModel::idOrNull(const QVariant &afterKey)
{
    return afterKey.isValid() && !afterKey.isNull() ? QVariant(afterKey.toInt()) : QVariant(QMetaType::fromType<int>());
}
