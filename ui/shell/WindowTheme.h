#pragma once

/// The --theme option: Fusion with a light or dark palette, set before any widget exists
/// (charts take their colors from the palette when they are made).
#include <QPalette>

namespace WindowTheme {
void useLight();
void useDark();
/// The palette useDark() installs (tests render with it too).
QPalette darkPalette();
}
