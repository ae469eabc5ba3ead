#pragma once

class QApplication;
class QString;

namespace falconry::ui {

/**
 * Sets up a QApplication the way the Falconry app runs: names for QSettings,
 * the icon, the translation for the chosen or system language, the theme, the
 * mouse-wheel rule for value editors (WheelGuard) and libtorch's thread count. Shared by the app's main and the UI tests.
 */
void setUpApplication(QApplication& app);

/** Installs the translation for `language` ("" = system locale). Returns the one loaded, or "". */
QString installTranslation(QApplication& app, const QString& language);

} // namespace falconry::ui
