#include "pages/QuotaTableStyle.h"

#include <QApplication>
#include <QBrush>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QStyle>

#include "charts/LevelColors.h"
#include "quota/QuotaLevel.h"
#include "quota/QuotaTableModel.h"

QuotaTableStyle::QuotaTableStyle(QObject *parent) : QIdentityProxyModel(parent)
{
}

QColor QuotaTableStyle::textOn(const QColor &background)
{
    // Relative luminance (sRGB weights); the threshold favours white on saturated colors.
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

QIcon QuotaTableStyle::dot(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}

QVariant QuotaTableStyle::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role != Qt::BackgroundRole && role != Qt::ForegroundRole && role != Qt::DecorationRole)
        return QIdentityProxyModel::data(index, role);
    const bool levelCell = QuotaTableModel::isLevelColumn(index.column());
    const QString level = levelCell ? QIdentityProxyModel::data(index, QuotaTableModel::LevelRole).toString() : QString();
    switch (role) {
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        // Warning and above stand out in their color; "ok" cells keep the palette (a dot
        // says their level), so a table of mostly fine users stays calm.
        if (levelCell && QuotaLevel::rank(level) > 0) {
            const QColor color = LevelColors::forLevel(level);
            return QBrush(role == Qt::BackgroundRole ? color : textOn(color));
        }
        break;
    case Qt::DecorationRole:
        if (levelCell && QuotaLevel::rank(level) == 0)
            return dot(LevelColors::forLevel(level));
        if (index.column() == QuotaTableModel::Plan && !QIdentityProxyModel::data(index, QuotaTableModel::LimitsKnownRole).toBool())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}
