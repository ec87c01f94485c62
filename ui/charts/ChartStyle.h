#pragma once

#include <QColor>
#include <QPalette>

class QChart;

/// Charts follow the widget palette (light or dark): background, text, grid and legend
/// from palette roles; only series keep fixed accents (LevelColors). Every chart of the
/// dashboard goes through apply().
namespace ChartStyle {

void apply(QChart *chart, const QPalette &palette);

bool isDark(const QPalette &palette);
/// `a` blended towards `b` by `amount` (0..1).
QColor blend(const QColor &a, const QColor &b, double amount);

} // namespace ChartStyle
