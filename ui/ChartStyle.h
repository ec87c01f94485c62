#pragma once

#include <QPalette>

class QChart;

/// The Quotas page's charts follow the widget palette (light or dark): background, text,
/// grid and legend from palette roles; only series keep fixed accents (LevelColors).
namespace ChartStyle {

void apply(QChart *chart, const QPalette &palette);

} // namespace ChartStyle
