#pragma once

class QApplication;
class QString;

namespace falconry::ui {

/** "system" keeps the platform palette (dark when the desktop is dark), "light" and "dark" force one. */
void applyTheme(QApplication& app, const QString& theme);

/** True when the palette in effect is dark (window colour darker than text). */
bool isDarkPalette();

} // namespace falconry::ui
