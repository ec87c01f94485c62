#include "pages/cache/CacheEntriesPanel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "cache/CacheEntriesModel.h"
#include "cache/CacheService.h"
#include "db/DatabaseWorker.h"
#include "pages/cache/CacheEntryPreview.h"
#include "pages/PageParts.h"
#include "shell/AppContext.h"

CacheEntriesPanel::CacheEntriesPanel(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);

    auto *filters = new QHBoxLayout;
    m_typeFilter = new QComboBox(this);
    m_typeFilter->setObjectName(QStringLiteral("cacheTypeFilter"));
    m_typeFilter->addItem(tr("All types"), QString());
    for (const QString &type : CacheService::types())
        m_typeFilter->addItem(type, type);
    m_expiryFilter = new QComboBox(this);
    m_expiryFilter->setObjectName(QStringLiteral("cacheExpiryFilter"));
    m_expiryFilter->addItem(tr("Live and expired"), int(CacheEntriesModel::Expiry::All));
    m_expiryFilter->addItem(tr("Live only"), int(CacheEntriesModel::Expiry::LiveOnly));
    m_expiryFilter->addItem(tr("Expired only"), int(CacheEntriesModel::Expiry::ExpiredOnly));
    m_userFilter = new QLineEdit(this);
    m_userFilter->setObjectName(QStringLiteral("cacheUserFilter"));
    m_userFilter->setPlaceholderText(tr("User: id, email or “system”"));
    m_userFilter->setClearButtonEnabled(true);
    m_keyFilter = new QLineEdit(this);
    m_keyFilter->setObjectName(QStringLiteral("cacheFilter"));
    m_keyFilter->setPlaceholderText(tr("Key contains…"));
    m_keyFilter->setClearButtonEnabled(true);
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_expiryFilter);
    filters->addWidget(m_userFilter, 1);
    filters->addWidget(m_keyFilter, 1);

    m_entries = new CacheEntriesModel(m_context.reader(), this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("cacheEntriesTable"));
    m_table->setModel(m_entries);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setColumnHidden(CacheEntriesModel::Id, true);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CacheEntriesModel::Key, QHeaderView::Stretch); // key and owner share what is left
    header->setSectionResizeMode(CacheEntriesModel::User, QHeaderView::Stretch);
    header->setMinimumSectionSize(50);
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(CacheEntriesModel::Type, metrics.horizontalAdvance(QStringLiteral("extraction")) + 14);
    m_table->setColumnWidth(CacheEntriesModel::Created, metrics.horizontalAdvance(QStringLiteral("2030-12-31 23:59")) + 12);
    m_table->setColumnWidth(CacheEntriesModel::Expires, metrics.horizontalAdvance(tr("%1 (expired)").arg(QStringLiteral("2030-12-31 23:59"))) + 12);
    m_table->setColumnWidth(CacheEntriesModel::Hits, metrics.horizontalAdvance(QStringLiteral("0,000")) + 14);
    m_table->setColumnWidth(CacheEntriesModel::Size, metrics.horizontalAdvance(QStringLiteral("00.0 KB")) + 12);
    m_table->setTextElideMode(Qt::ElideMiddle); // keys and emails differ at both ends
    auto *deleteKey = new QAction(m_table);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut); // the table's Delete key, not a text field's
    connect(deleteKey, &QAction::triggered, this, &CacheEntriesPanel::deleteRequested);
    m_table->addAction(deleteKey);

    m_actionRow = new QHBoxLayout;
    m_rowsLabel = new QLabel(this);
    m_rowsLabel->setTextFormat(Qt::PlainText);
    m_rowsLabel->setObjectName(QStringLiteral("cacheEntriesCount"));
    m_rowsLabel->setForegroundRole(QPalette::PlaceholderText);
    m_actionRow->addWidget(m_rowsLabel, 1);

    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filters);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addLayout(m_actionRow);

    m_preview = new CacheEntryPreview(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(tableBox);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setSizes({850, 360});
    layout->addWidget(split, 1);

    m_typing = PageParts::debounceTyping(this, {m_keyFilter, m_userFilter}, [this] { reload(); });
    // Without pg_trgm's index a key search reads every row (off the GUI thread): say so.
    m_context.reader().run<Result<bool>>(
        this, [](const QString &connection) { return CacheService(connection).hasKeySearchIndex(); },
        [this](const Result<bool> &indexed) {
            if (indexed && !indexed.value())
                m_keyFilter->setToolTip(tr("This database has no trigram index for keys (the pg_trgm extension could not be "
                                           "installed): a key search reads every cache row, which takes seconds on a large cache."));
        });
    connect(m_userFilter, &QLineEdit::textChanged, this, &CacheEntriesPanel::currentChanged);
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &CacheEntriesPanel::reload);
    connect(m_expiryFilter, &QComboBox::currentIndexChanged, this, &CacheEntriesPanel::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CacheEntriesPanel::showPreview);
    connect(m_entries, &PagedQueryModel::pageLoaded, this, [this] {
        const int rows = m_entries->rowCount();
        if (m_entries->canFetchMore({}))
            m_rowsLabel->setText(tr("%Ln entries loaded; scroll for more", nullptr, rows));
        else
            m_rowsLabel->setText(tr("%Ln entries", nullptr, rows));
        if (m_restoreId > 0) {
            const qint64 id = m_restoreId;
            m_restoreId = 0;
            if (!PageParts::reselect(m_table, *m_entries, CacheEntriesModel::Id, id))
                showPreview();
        }
        emit loadEnded(QString());
    });
    connect(m_entries, &QAbstractItemModel::modelReset, this, [this] {
        // A reset clears the selection without a signal: the preview follows by hand,
        // unless the same entry is about to be selected again.
        if (m_restoreId == 0)
            showPreview();
        else
            emit currentChanged();
    });
    connect(m_entries, &PagedQueryModel::loadFailed, this, [this](const QString &message) {
        m_restoreId = 0;
        m_rowsLabel->setText(tr("Could not load the entries: %1").arg(message));
        emit loadEnded(message);
    });
}

void CacheEntriesPanel::addEntryAction(QWidget *widget)
{
    m_actionRow->addWidget(widget);
}

std::optional<CacheEntryRef> CacheEntriesPanel::currentEntry() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const int row = current.row();
    const QVariantList values = m_entries->rowValues(row);
    if (values.isEmpty())
        return std::nullopt;
    CacheEntryRef entry;
    entry.id = values.value(CacheEntriesModel::Id).toLongLong();
    entry.key = values.value(CacheEntriesModel::Key).toString();
    entry.type = values.value(CacheEntriesModel::Type).toString();
    const QVariant user = values.value(CacheEntriesModel::UserIdValue);
    if (!user.isNull())
        entry.userId = user.toInt();
    entry.owner = m_entries->data(m_entries->index(row, CacheEntriesModel::User)).toString();
    return entry;
}

QString CacheEntriesPanel::typedUser() const
{
    return m_userFilter->text().trimmed();
}

bool CacheEntriesPanel::needsReload() const
{
    // Live traffic changes the cache all the time: reload the listing when the user is
    // not looking at a row or further down than the first page, so a refresh never
    // pulls the entry being read from under the mouse.
    if (m_stale)
        return true;
    if (m_table->selectionModel()->hasSelection())
        return false;
    return m_table->verticalScrollBar()->value() == 0 && m_entries->rowCount() <= m_entries->pageSize();
}

void CacheEntriesPanel::reload()
{
    m_typing->stop();
    if (const std::optional<CacheEntryRef> entry = currentEntry())
        m_restoreId = entry->id;
    m_stale = false;
    CacheEntriesModel::Filter filter;
    filter.type = m_typeFilter->currentData().toString();
    filter.expiry = CacheEntriesModel::Expiry(m_expiryFilter->currentData().toInt());
    filter.user = typedUser();
    filter.key = m_keyFilter->text();
    m_rowsLabel->setText(tr("Loading entries…"));
    m_entries->setFilter(filter);
    emit currentChanged();
}

void CacheEntriesPanel::showPreview()
{
    emit currentChanged();
    const std::optional<CacheEntryRef> entry = currentEntry();
    const qint64 id = entry ? entry->id : 0;
    const quint64 request = ++m_previewRequest;
    if (id <= 0) {
        m_preview->showMessage(tr("Select an entry to see its data."));
        return;
    }
    // The full cache_data of this one row, and only now that it is selected.
    m_context.reader().run<Result<std::optional<CacheEntryDetails>>>(
        this, [id](const QString &connection) { return CacheEntriesModel::loadEntry(connection, id); },
        [this, request](const Result<std::optional<CacheEntryDetails>> &entry) {
            if (request != m_previewRequest)
                return; // another row was selected meanwhile
            if (!entry)
                m_preview->showMessage(tr("Could not load the entry: %1").arg(entry.error()));
            else if (!entry->has_value())
                m_preview->showMessage(tr("This entry no longer exists."));
            else
                m_preview->showEntry(**entry);
        });
}
