#pragma once

#include <QColor>
#include <QString>

/// The colors of the warning levels, the same on every chart and table; readable on
/// light and dark palettes alike.
namespace LevelColors {

inline QColor forLevel(const QString &level)
{
    if (level == QLatin1String("exceeded"))
        return QColor(0xd3, 0x2f, 0x2f);
    if (level == QLatin1String("critical"))
        return QColor(0xf5, 0x7c, 0x00);
    if (level == QLatin1String("warning"))
        return QColor(0xf9, 0xa8, 0x25);
    return QColor(0x38, 0x8e, 0x3c);
}

} // namespace LevelColors
