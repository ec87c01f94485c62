#pragma once

/// The --theme option: Fusion with a light or dark palette, set before any widget exists
/// (charts take their colors from the palette when they are made).
namespace WindowTheme {
void useLight();
void useDark();
}
