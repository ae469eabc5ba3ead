// falconry: the desktop app. Everything lives in falconry_ui; this is the main.
//   falconry [--model DIR] [--screenshot-dir DIR] [--version]
#include "core/util/version.h"
#include "ui/application.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>
#include <cstring>

int main(int argc, char** argv)
{
    // Answer --version without a display (packaging checks run headless).
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("%s\n", falconry::versionLine("falconry").c_str());
            return 0;
        }
    }
    QApplication app(argc, argv);
    falconry::ui::setUpApplication(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Fine-tune Falcon language models with LoRA and QLoRA."));
    parser.addHelpOption();
    const QCommandLineOption model(QStringLiteral("model"),
                                   QApplication::translate("main", "Select the Falcon model folder DIR at start."),
                                   QStringLiteral("DIR"));
    const QCommandLineOption screenshots(QStringLiteral("screenshot-dir"),
                                         QApplication::translate("main", "Save a PNG of each page into DIR and quit."),
                                         QStringLiteral("DIR"));
    parser.addOption(model);
    parser.addOption(screenshots);
    parser.process(app);

    MainWindow window;
    if (parser.isSet(model)) {
        const QString error = window.selectModel(parser.value(model));
        if (!error.isEmpty())
            std::fprintf(stderr, "falconry: --model %s: %s\n", qPrintable(parser.value(model)), qPrintable(error));
    }
    window.show();
    if (parser.isSet(screenshots)) {
        const QString dir = parser.value(screenshots);
        window.resize(1200, 780); // the same size for every page, whatever the screen
        QTimer::singleShot(300, &window, [&window, dir] {
            for (const QString& file : window.saveScreenshots(dir))
                std::printf("%s\n", qPrintable(file));
            window.close();
        });
    }
    return app.exec();
}
