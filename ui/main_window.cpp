#include "ui/main_window.h"

#include "ui/about_dialog.h"
#include "ui/app_settings.h"
#include "ui/compare/compare_page.h"
#include "ui/data/data_page.h"
#include "ui/engine/engine_controller.h"
#include "ui/export/export_page.h"
#include "ui/hub/download_manager.h"
#include "ui/hub/download_panel.h"
#include "ui/knowledge/knowledge_page.h"
#include "ui/knowledge/strategy_guide.h"
#include "ui/model/model_catalogue.h"
#include "ui/model/model_page.h"
#include "ui/system_memory.h"
#include "ui/theme.h"
#include "ui/train/train_page.h"
#include "ui/work_session.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace falconry::ui;

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_session(new WorkSession(this))
    , m_engine(new EngineController(this))
    , m_downloads(new DownloadManager(this))
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
    m_navigation->setFixedWidth(160);
    m_pages = new QStackedWidget(central);
    layout->addWidget(m_navigation);
    // The pages, and under them the download panel: it belongs to the window, so a download
    // stays in view whichever step is shown.
    auto* pagesColumn = new QVBoxLayout;
    pagesColumn->setContentsMargins(0, 0, 0, 0);
    pagesColumn->addWidget(m_pages, 1);
    m_downloadPanel = new DownloadPanel(*m_downloads, central);
    pagesColumn->addWidget(m_downloadPanel);
    layout->addLayout(pagesColumn, 1);
    setCentralWidget(central);

    // Reopen the model used last, when it is still there.
    // On the first run, the bundled demo model is the model.
    const QString lastModel = AppSettings::lastModelDir().get();
    if (!lastModel.isEmpty() && QFileInfo::exists(lastModel + QStringLiteral("/config.json"))) {
        // Named as the Model page names it (the catalogue's "Falcon-7B", "Falconry demo model"), else by its folder.
        QString name;
        const QString canonical = QFileInfo(lastModel).canonicalFilePath();
        for (const CatalogueEntry& e : loadCatalogue())
            if (!e.localDir.isEmpty() && QFileInfo(e.localDir).canonicalFilePath() == canonical)
                name = e.name;
        m_session->setModel(lastModel, name);
    }
    else if (lastModel.isEmpty() && !bundledDemoModelDir().isEmpty())
        m_session->setModel(bundledDemoModelDir(), tr("Falconry demo model"));
    const QString lastData = AppSettings::lastDataset().get();
    if (!lastData.isEmpty() && QFileInfo::exists(lastData))
        m_session->setDatasetPath(lastData);

    createPages();
    createMenus();

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        AppSettings::currentStep().set(row);
        Q_EMIT stepChanged(static_cast<Step>(row));
    });

    // Status bar: what the engine does, and the memory this process uses.
    m_engineLabel = new QLabel(this);
    m_engineLabel->setObjectName(QStringLiteral("engineStatus"));
    m_memoryLabel = new QLabel(this);
    m_memoryLabel->setObjectName(QStringLiteral("memoryStatus"));
    statusBar()->addWidget(m_engineLabel, 1);
    statusBar()->addPermanentWidget(m_memoryLabel);
    m_engineLabel->setText(tr("Ready"));
    connect(m_engine, &EngineController::busyChanged, this, [this](bool busy) {
        m_engineLabel->setText(busy ? tr("Working…") : tr("Ready"));
    });
    connect(m_engine, &EngineController::jobFailed, this, [this](quint64, const EngineError& e) {
        statusBar()->showMessage(e.title, 8000);
    });
    m_memoryTimer = new QTimer(this);
    m_memoryTimer->setInterval(2000);
    connect(m_memoryTimer, &QTimer::timeout, this, &MainWindow::updateMemoryStatus);
    m_memoryTimer->start();
    updateMemoryStatus();

    if (!restoreGeometry(AppSettings::windowGeometry().get())) {
        const QSize avail = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(QSize(1180, 760).boundedTo(avail * 0.9));
    }
    restoreState(AppSettings::windowState().get());
    const int step = std::clamp(AppSettings::currentStep().get(), 0, kStepCount - 1);
    m_navigation->setCurrentRow(step);
}

MainWindow::~MainWindow()
{
    // The pages first: they hold references to the session (the Data page unregisters its edits
    // saver in its destructor), and QObject would delete the session, created first, before them.
    delete takeCentralWidget();
}

QString MainWindow::stepTitle(Step step)
{
    switch (step) {
    case Step::Model:
        return tr("Model");
    case Step::Data:
        return tr("Data");
    case Step::Knowledge:
        return tr("Knowledge");
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
    static const char* const kIcons[kStepCount] = {"model", "data", "knowledge", "train", "compare", "export"};
    m_modelPage = new ModelPage(*m_session, m_pages);
    m_dataPage = new DataPage(*m_session, m_pages);
    m_dataPage->setEngine(m_engine);
    m_knowledgePage = new KnowledgePage(*m_session, m_pages);
    m_knowledgePage->setEngine(m_engine);
    m_trainPage = new TrainPage(*m_session, *m_engine, m_pages);
    m_comparePage = new ComparePage(*m_session, *m_engine, m_pages);
    m_exportPage = new ExportPage(*m_session, *m_engine, m_pages);
    QWidget* pages[kStepCount] = {
        m_modelPage,
        m_dataPage,
        m_knowledgePage,
        m_trainPage,
        m_comparePage,
        m_exportPage,
    };
    for (int i = 0; i < kStepCount; ++i) {
        const auto step = static_cast<Step>(i);
        auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(kIcons[i]))),
                                         QStringLiteral("%1. %2").arg(i + 1).arg(stepTitle(step)), m_navigation);
        item->setSizeHint(QSize(0, 40));
        if (step == Step::Model || step == Step::Knowledge || step == Step::Train) {
            // The Model page (catalogue, plan, the strategy guide, downloads) is the tallest, the Knowledge
            // page (documents beside search results) and the Train page (settings, probes, charts) the
            // widest: they scroll in a small window instead of setting the window's minimum size.
            auto* scroll = new QScrollArea(m_pages);
            scroll->setObjectName(QLatin1String(kIcons[i]) + QStringLiteral("PageScroll"));
            scroll->setWidgetResizable(true);
            scroll->setFrameShape(QFrame::NoFrame);
            scroll->setWidget(pages[i]);
            m_pages->addWidget(scroll);
        } else {
            m_pages->addWidget(pages[i]);
        }
    }
    connect(m_modelPage, &ModelPage::demoRequested, this, &MainWindow::startDemoOrExplain);
    m_modelPage->setHubDownloads(*m_downloads);
    // The first question of the path: how to talk (Data, fine-tuning) or what to know (Knowledge).
    auto* guide = new StrategyGuide;
    m_modelPage->addGuide(guide);
    connect(guide, &StrategyGuide::dataRequested, this, [this] { showStep(Step::Data); });
    connect(guide, &StrategyGuide::knowledgeRequested, this, [this] { showStep(Step::Knowledge); });
    // The triage's "Show the cut rows" / "Open the Data page".
    connect(m_trainPage, &TrainPage::dataRowsRequested, this, [this](const QList<qulonglong>& rowIds) {
        showStep(Step::Data);
        if (!rowIds.isEmpty())
            m_dataPage->selectRowIds(rowIds);
    });
    // A finished run is what Compare and Export work with next.
    connect(m_trainPage, &TrainPage::trainingFinished, this, [this] {
        m_session->notifyRunUpdated();
        statusBar()->showMessage(tr("Training finished"), 8000);
    });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* openModel = file->addAction(QIcon(QStringLiteral(":/icons/folder-open.svg")), tr("&Open Model Folder…"), this, [this] {
        showStep(Step::Model);
        m_modelPage->findChild<QPushButton*>(QStringLiteral("openFolderButton"))->click();
    });
    openModel->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < kStepCount; ++i) {
        const auto step = static_cast<Step>(i);
        QAction* action = go->addAction(stepTitle(step), this, [this, step] { showStep(step); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* theme = view->addMenu(tr("&Theme"));
    auto* themes = new QActionGroup(this);
    const QString current = AppSettings::theme().get();
    const QPair<QString, QString> choices[] = {{QStringLiteral("system"), tr("Follow the &system")},
                                               {QStringLiteral("light"), tr("&Light")},
                                               {QStringLiteral("dark"), tr("&Dark")}};
    for (const auto& [id, label] : choices) {
        QAction* a = theme->addAction(label, this, [this, id = id] { setTheme(id); });
        a->setCheckable(true);
        a->setChecked(id == current);
        a->setObjectName(QStringLiteral("theme-") + id);
        themes->addAction(a);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* demo = help->addAction(tr("Start the &Demo"), this, &MainWindow::startDemoOrExplain);
    demo->setObjectName(QStringLiteral("actionStartDemo"));
    demo->setEnabled(!bundledDemoModelDir().isEmpty());
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Falconry"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QString MainWindow::startDemo()
{
    const QString model = bundledDemoModelDir();
    const QString data = bundledDemoDatasetPath();
    if (model.isEmpty() || data.isEmpty())
        return tr("This build of Falconry has no bundled demo model or dataset.");
    const QString problem = selectModel(model);
    if (!problem.isEmpty())
        return problem;
    showStep(Step::Data);
    m_dataPage->startImport(data);
    statusBar()->showMessage(tr("Demo: check that \"customer_message\" is the user and \"agent_reply\" the assistant "
                                "(tick \"These roles are right\"), then train with the \"Quick test\" preset."),
                             20000);
    return {};
}

void MainWindow::startDemoOrExplain()
{
    const QString problem = startDemo();
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Demo"), problem);
}

void MainWindow::setTheme(const QString& theme)
{
    AppSettings::theme().set(theme);
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
        applyTheme(*app, theme);
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

QString MainWindow::selectModel(const QString& dir)
{
    const QString error = m_modelPage->openFolder(dir);
    if (error.isEmpty())
        showStep(Step::Model);
    return error;
}

QStringList MainWindow::saveScreenshots(const QString& dir)
{
    static const char* const kNames[kStepCount] = {"model", "data", "knowledge", "train", "compare", "export"};
    QDir().mkpath(dir);
    QStringList written;
    const int current = m_pages->currentIndex();
    for (int i = 0; i < kStepCount; ++i) {
        showStep(static_cast<Step>(i));
        // Let the page lay out and the charts draw before grabbing.
        for (int k = 0; k < 3; ++k)
            QApplication::processEvents();
        const QString path = QDir(dir).filePath(QStringLiteral("%1.png").arg(QLatin1String(kNames[i])));
        if (grab().save(path))
            written << path;
    }
    showStep(static_cast<Step>(current));
    return written;
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::updateMemoryStatus()
{
    const SystemMemory memory = readSystemMemory();
    m_memoryLabel->setText(tr("Memory: %1 used by Falconry, %2 free")
                               .arg(formatBytes(memory.processRssBytes), formatBytes(memory.availableBytes)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_engine->isBusy()) {
        const bool training = m_engine->currentKind() == JobKind::Train;
        bool leave = false;
        if (m_confirmClose) {
            leave = m_confirmClose();
        } else {
            const QString text = training ? tr("A training run is in progress. Quit anyway? The run stops; its last "
                                               "checkpoint can be resumed later.")
                                          : tr("The engine is still working. Quit anyway?");
            leave = QMessageBox::question(this, tr("Quit Falconry?"), text, QMessageBox::Yes | QMessageBox::No,
                                          QMessageBox::No) == QMessageBox::Yes;
        }
        if (!leave) {
            event->ignore();
            return;
        }
        m_engine->cancel();
    }
    AppSettings::windowGeometry().set(saveGeometry());
    AppSettings::windowState().set(saveState());
    event->accept();
}
