// falconry: the desktop app. Everything lives in falconry_ui; this is the main.
#include "core/util/version.h"
#include "ui/application.h"
#include "ui/main_window.h"

#include <QApplication>

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
    MainWindow window;
    window.show();
    return app.exec();
}
