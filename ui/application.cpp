#include "ui/application.h"

#include "core/util/threads.h"
#include "ui/app_settings.h"
#include "ui/theme.h"
#include "ui/wheel_guard.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace falconry::ui {

void setUpApplication(QApplication& app)
{
    QApplication::setOrganizationName(QStringLiteral("Falconry"));
    QApplication::setOrganizationDomain(QStringLiteral("falconry.github.io"));
    QApplication::setApplicationName(QStringLiteral("Falconry"));
    QApplication::setApplicationVersion(QStringLiteral(FALCONRY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.falconry.Falconry"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/falconry.svg")));
    installTranslation(app, AppSettings::language().get());
    applyTheme(app, AppSettings::theme().get());
    WheelGuard::install(app);
    configureEngineThreads();
}

QString installTranslation(QApplication& app, const QString& language)
{
    static QTranslator* ours = nullptr;
    static QTranslator* qts = nullptr;
    for (QTranslator* t : {ours, qts}) {
        if (t) {
            QApplication::removeTranslator(t);
            delete t;
        }
    }
    ours = new QTranslator(&app);
    qts = new QTranslator(&app);
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QString loaded;
    // qt_add_translations embeds the .qm files under :/i18n.
    if (ours->load(locale, QStringLiteral("falconry"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(ours);
        loaded = locale.name();
    }
    // Numbers follow the language shown: a German window writes "0,60", never "0.60" beside "0,003"
    // (with LANGUAGE=de and an English LANG too: the translation found through LANGUAGE decides).
    QLocale::setDefault(loaded.isEmpty() || !language.isEmpty() || ours->language().isEmpty() ? locale
                                                                                             : QLocale(ours->language()));
    // English is the source language; its .qm holds only the plural forms ("1 row", "2 rows").
    // Where no translation matched (LANG=C.UTF-8, or a language Falconry is not translated into)
    // the window is in English, so it takes those; numbers keep the system's locale.
    if (loaded.isEmpty() && ours->load(QStringLiteral("falconry_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
    if (qts->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qts);
    return loaded;
}

} // namespace falconry::ui
