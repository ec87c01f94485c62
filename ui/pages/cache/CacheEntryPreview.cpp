#include "pages/cache/CacheEntryPreview.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include "cache/CacheEntriesModel.h"
#include "cache/CacheEntryText.h"
#include "charts/LevelColors.h"
#include "common/DisplayText.h"

CacheEntryPreview::CacheEntryPreview(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("entryPreview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("entryPreviewTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_title);

    m_fields = new QWidget(this);
    auto *grid = new QGridLayout(m_fields);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    m_type = addField(grid, 0, 0, tr("Type"), QStringLiteral("entryPreviewType"));
    m_owner = addField(grid, 1, 0, tr("Owner"), QStringLiteral("entryPreviewOwner"));
    m_created = addField(grid, 2, 0, tr("Created (UTC)"), QStringLiteral("entryPreviewCreated"));
    m_expires = addField(grid, 3, 0, tr("Expires (UTC)"), QStringLiteral("entryPreviewExpires"));
    m_accessed = addField(grid, 4, 0, tr("Last used (UTC)"), QStringLiteral("entryPreviewAccessed"));
    m_hits = addField(grid, 5, 0, tr("Hits"), QStringLiteral("entryPreviewHits"));
    m_size = addField(grid, 6, 0, tr("Size"), QStringLiteral("entryPreviewSize"));
    m_metadata = addField(grid, 7, 0, tr("Metadata"), QStringLiteral("entryPreviewMetadata"));
    grid->setColumnStretch(1, 1);
    layout->addWidget(m_fields);

    auto *formatRow = new QHBoxLayout;
    m_format = new QLabel(this);
    m_format->setObjectName(QStringLiteral("entryPreviewFormat"));
    m_marker = new QLabel(tr("Not valid JSON: the raw text as stored"), this);
    m_marker->setObjectName(QStringLiteral("entryPreviewMarker"));
    m_marker->setContentsMargins(8, 2, 8, 2);
    QFont markerFont = m_marker->font();
    markerFont.setBold(true);
    m_marker->setFont(markerFont);
    m_marker->setAutoFillBackground(true);
    m_marker->hide();
    formatRow->addWidget(m_format);
    formatRow->addWidget(m_marker);
    formatRow->addStretch(1);
    layout->addLayout(formatRow);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("entryPreviewText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    layout->addWidget(m_text, 1);

    applyPalette();
    showMessage(tr("Select an entry to see its data."));
}

QLabel *CacheEntryPreview::addField(QGridLayout *grid, int row, int column, const QString &caption, const QString &name)
{
    auto *label = new QLabel(caption, m_fields);
    label->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new QLabel(m_fields);
    value->setObjectName(name);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long values (an email, metadata) are cut, not allowed to widen the pane: the
    // tooltip has them whole.
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    grid->addWidget(label, row, column);
    grid->addWidget(value, row, column + 1);
    return value;
}

void CacheEntryPreview::showEntry(const CacheEntryDetails &details)
{
    const CacheEntry &e = details.entry;
    const QLocale locale;
    m_entryId = e.id;
    m_fields->show();
    m_title->setText(tr("Key %1").arg(e.key));
    m_type->setText(e.type);
    if (!e.userId)
        m_owner->setText(tr("system (shared)"));
    else if (details.ownerEmail.isEmpty())
        m_owner->setText(tr("user #%1").arg(*e.userId));
    else
        m_owner->setText(tr("%1 (#%2)").arg(details.ownerEmail, QString::number(*e.userId)));
    m_hits->setText(locale.toString(e.accessCount));
    m_size->setText(CacheEntriesModel::sizeText(details.bytes));
    m_created->setText(DisplayText::seconds(e.createdAt));
    if (CacheEntry::neverExpires(e.expiresAt))
        m_expires->setText(tr("never"));
    else if (details.expired)
        m_expires->setText(tr("%1 (expired)").arg(DisplayText::seconds(e.expiresAt)));
    else
        m_expires->setText(DisplayText::seconds(e.expiresAt));
    m_accessed->setText(DisplayText::seconds(e.lastAccessedAt));
    if (e.metadata == QLatin1String("null"))
        m_metadata->setText(tr("none"));
    else if (e.metadataIsJson)
        m_metadata->setText(CacheEntryText::json(e.metadataValue(), QJsonDocument::Compact));
    else
        m_metadata->setText(tr("%1 (not valid JSON)").arg(e.metadata));

    for (QLabel *label : {m_title, m_owner, m_metadata, m_expires})
        label->setToolTip(DisplayText::plainToolTip(label->text()));

    QString shown = CacheEntryText::data(e);
    const qsizetype full = shown.size();
    if (full > MaxShownCharacters)
        shown.truncate(MaxShownCharacters);
    if (details.truncated) {
        // Only a prefix was read (CacheEntriesModel::loadEntry): say so, and do not call
        // it invalid JSON, since a prefix of JSON is not JSON.
        m_format->setText(tr("Too large to show whole: the first %1 characters of %2, not checked as JSON.")
                              .arg(locale.toString(std::min<qsizetype>(full, MaxShownCharacters)), CacheEntriesModel::sizeText(details.bytes)));
        m_format->show();
        m_marker->hide();
    } else if (!e.dataIsJson) {
        m_format->setText(full > MaxShownCharacters ? tr("The first %1 of %2 characters.").arg(locale.toString(MaxShownCharacters), locale.toString(full))
                                                    : QString());
        m_format->setVisible(full > MaxShownCharacters);
        m_marker->show();
    } else {
        const QJsonValue value = e.dataValue();
        QString kind = value.isObject() ? tr("JSON object") : value.isArray() ? tr("JSON array") : value.isString() ? tr("JSON string, shown as its text") : tr("JSON value");
        if (full > MaxShownCharacters)
            kind = tr("%1 — the first %2 of %3 characters").arg(kind, locale.toString(MaxShownCharacters), locale.toString(full));
        m_format->setText(kind);
        m_format->show();
        m_marker->hide();
    }
    m_text->setPlainText(shown);
}

void CacheEntryPreview::showMessage(const QString &message)
{
    m_entryId = 0;
    m_title->setText(message);
    m_fields->hide();
    m_format->hide();
    m_marker->hide();
    m_text->clear();
}

QString CacheEntryPreview::dataText() const
{
    return m_text->toPlainText();
}

bool CacheEntryPreview::isMarkedNotJson() const
{
    return !m_marker->isHidden();
}

QString CacheEntryPreview::formatText() const
{
    return m_format->isHidden() ? QString() : m_format->text();
}

QString CacheEntryPreview::markerText() const
{
    return m_marker->text();
}

void CacheEntryPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void CacheEntryPreview::applyPalette()
{
    // White on the "exceeded" red reads on light and dark windows alike.
    QPalette markerPalette = m_marker->palette();
    markerPalette.setColor(QPalette::Window, LevelColors::forLevel(QStringLiteral("exceeded")));
    markerPalette.setColor(QPalette::WindowText, Qt::white);
    m_marker->setPalette(markerPalette);
}
