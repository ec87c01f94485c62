#include "pages/StatTile.h"

#include <algorithm>

#include <QFontMetricsF>
#include <QLabel>
#include <QVBoxLayout>

#include "charts/LevelColors.h"

StatTile::StatTile(const QString &caption, QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(180);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    m_caption = new QLabel(caption, this);
    m_caption->setTextFormat(Qt::PlainText);
    QFont small = m_caption->font();
    small.setPointSizeF(small.pointSizeF() * 0.95);
    m_caption->setFont(small);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_value = new QLabel(QStringLiteral("…"), this);
    m_value->setTextFormat(Qt::PlainText);
    m_value->setObjectName(QStringLiteral("tileValue"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_value->setFont(big);
    m_valuePointSize = big.pointSizeF();
    // The value takes the width it is given; fitValue() makes the text fit in it.
    m_value->setMinimumWidth(1);
    m_value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_detail = new QLabel(this);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setFont(small);
    m_detail->setWordWrap(true);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch(1);
    setAccent(QString());
}

void StatTile::setValue(const QString &value, const QString &detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
    fitValue();
}

void StatTile::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitValue();
}

void StatTile::fitValue()
{
    // From the full size down in steps to the body text's size, the first that fits.
    const qreal available = m_value->contentsRect().width();
    QFont font = m_value->font();
    const qreal smallest = QFont().pointSizeF();
    qreal size = m_valuePointSize;
    for (; size > smallest; size -= 0.5) {
        font.setPointSizeF(size);
        if (QFontMetricsF(font).horizontalAdvance(m_value->text()) <= available)
            break;
    }
    font.setPointSizeF(std::max(size, smallest));
    m_value->setFont(font);
    const bool shrunk = size < m_valuePointSize;
    const QString full = m_detail->text().isEmpty() ? m_value->text() : m_value->text() + u'\n' + m_detail->text();
    m_value->setToolTip(shrunk ? full : QString());
}

QString StatTile::value() const
{
    return m_value->text();
}

void StatTile::setAccent(const QString &level)
{
    const QString color = level.isEmpty() ? QStringLiteral("palette(mid)") : LevelColors::forLevel(level).name();
    setStyleSheet(QStringLiteral("StatTile { border: 1px solid palette(mid); border-left: 5px solid %1; border-radius: 4px; }").arg(color));
}
