#include "ui/main_window.h"

#include "ui/about_dialog.h"
#include "ui/app_settings.h"
#include "ui/planned_page.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Falconry"));
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("stepNavigation"));
    m_navigation->setAccessibleName(tr("Steps"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setMaximumWidth(190);
    m_pages = new QStackedWidget(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createPages();
    createMenus();

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        AppSettings::currentStep().set(row);
        Q_EMIT stepChanged(static_cast<Step>(row));
    });

    statusBar()->showMessage(tr("Ready"));
    if (!restoreGeometry(AppSettings::windowGeometry().get())) {
        const QSize avail = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(QSize(1180, 760).boundedTo(avail * 0.9));
    }
    restoreState(AppSettings::windowState().get());
    const int step = std::clamp(AppSettings::currentStep().get(), 0, kStepCount - 1);
    m_navigation->setCurrentRow(step);
}

MainWindow::~MainWindow() = default;

QString MainWindow::stepTitle(Step step)
{
    switch (step) {
    case Step::Model:
        return tr("Model");
    case Step::Data:
        return tr("Data");
    case Step::Train:
        return tr("Train");
    case Step::Compare:
        return tr("Compare");
    case Step::Export:
        return tr("Export");
    }
    return {};
}

void MainWindow::createPages()
{
    const QString planned[kStepCount] = {
        tr("Choose a Falcon model: Falcon-7B, 7B-instruct, 40B, 40B-instruct, any Falcon "
           "folder on disk, a model in the Hugging Face cache or the bundled demo model. "
           "A memory planner will show what a run needs against what this machine has."),
        tr("Import a dataset (CSV, TSV, JSON, JSONL), map its columns to roles, choose a "
           "prompt template, and see and edit every example exactly as the model will see it."),
        tr("Train a LoRA or QLoRA adapter with presets, live loss charts, pause, resume and "
           "checkpoints."),
        tr("Chat with the base model and the tuned model side by side, the same prompt sent "
           "to both."),
        tr("Save the adapter in PEFT format, export a merged model as a Hugging Face folder, "
           "or upload it to the Hugging Face Hub."),
    };
    for (int i = 0; i < kStepCount; ++i) {
        const auto step = static_cast<Step>(i);
        auto* item = new QListWidgetItem(QStringLiteral("%1. %2").arg(i + 1).arg(stepTitle(step)), m_navigation);
        item->setSizeHint(QSize(0, 40));
        m_pages->addWidget(new PlannedPage(stepTitle(step), planned[i], m_pages));
    }
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < kStepCount; ++i) {
        const auto step = static_cast<Step>(i);
        QAction* action = go->addAction(stepTitle(step), this, [this, step] { showStep(step); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Falconry"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

MainWindow::Step MainWindow::currentStep() const
{
    return static_cast<Step>(m_pages->currentIndex());
}

void MainWindow::showStep(Step step)
{
    m_navigation->setCurrentRow(static_cast<int>(step));
}

void MainWindow::setStepPage(Step step, QWidget* page)
{
    const int index = static_cast<int>(step);
    QWidget* old = m_pages->widget(index);
    const bool wasCurrent = m_pages->currentIndex() == index;
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(old);
    old->deleteLater();
    if (wasCurrent)
        m_pages->setCurrentIndex(index);
}

QWidget* MainWindow::stepPage(Step step) const
{
    return m_pages->widget(static_cast<int>(step));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    AppSettings::windowGeometry().set(saveGeometry());
    AppSettings::windowState().set(saveState());
    event->accept();
}
