#include "ui/data/data_page.h"

#include "core/data/dataset_store.h"
#include "core/tokenizer/tokenizer.h"
#include "ui/data/cell_delegate.h"
#include "ui/data/data_analyzer.h"
#include "ui/data/example_inspector.h"
#include "ui/data/examples_filter.h"
#include "ui/data/examples_model.h"
#include "ui/data/import_wizard.h"
#include "ui/data/quality_panel.h"
#include "ui/work_session.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace falconry::ui {

DataPage::DataPage(WorkSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ExamplesModel(this))
    , m_filter(new ExamplesFilter(this))
    , m_analyzer(new DataAnalyzer(this))
    , m_analysisTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("dataPage"));
    m_pool.setMaxThreadCount(1);
    m_projectsRoot = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/datasets");
    m_filter->setSourceModel(m_model);
    m_analysisTimer->setSingleShot(true);
    m_analysisTimer->setInterval(400); // a typing run re-analyses once, after it pauses
    connect(m_analysisTimer, &QTimer::timeout, this, &DataPage::startAnalysis);
    connect(m_analyzer, &DataAnalyzer::finished, this, &DataPage::analysisDone);
    connect(m_analyzer, &DataAnalyzer::failed, this, [this](const QString& message) {
        m_quality->showError(message);
        Q_EMIT analysisFinished();
    });
    connect(m_analyzer, &DataAnalyzer::progress, this,
            [this](int done, int total) { m_quality->showRunning(done, total); });
    connect(m_model, &ExamplesModel::edited, this, [this] {
        scheduleAnalysis();
        updateInspector();
    });
    // The session holds the one copy of these settings: the Train page may change max length
    // and eval split there, and the page's previews follow.
    connect(&m_session, &WorkSession::dataSettingsChanged, this, [this] {
        if (!(m_session.dataSettings() == m_settings))
            setSettings(m_session.dataSettings());
    });
    m_session.setDataEditsSaver([this](QString* error) {
        if (!m_store || undoStack()->isClean())
            return true;
        return save(error);
    });

    createActions();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("dataTitle"));
    layout->addWidget(m_title);
    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(16, 16));
    for (QAction* a : {m_importAction, m_openAction, m_saveAction, m_exportAction})
        toolbar->addAction(a);
    toolbar->addSeparator();
    for (QAction* a : {m_addAction, m_duplicateAction, m_deleteAction, m_findAction})
        toolbar->addAction(a);
    toolbar->addAction(m_generateAction);
    toolbar->addSeparator();
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
    layout->addWidget(toolbar);

    m_stack = new QStackedWidget(this);
    auto* empty = new QWidget(m_stack);
    auto* emptyLayout = new QVBoxLayout(empty);
    auto* hint = new QLabel(tr("<h3>No dataset yet</h3><p>Import a CSV, TSV, JSON, JSONL or text file — or drop one on "
                               "the window. Falconry detects its format, lets you map its columns to roles and "
                               "shows every example exactly as the model will see it.</p>"),
                            empty);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    auto* importButton = new QPushButton(tr("Import a dataset…"), empty);
    importButton->setObjectName(QStringLiteral("importButton"));
    connect(importButton, &QPushButton::clicked, this, [this] { startImport(); });
    emptyLayout->addStretch();
    emptyLayout->addWidget(hint);
    emptyLayout->addWidget(importButton, 0, Qt::AlignCenter);
    emptyLayout->addStretch();
    m_stack->addWidget(empty);
    m_stack->addWidget(createEditor());
    layout->addWidget(m_stack, 1);

    connect(&m_session, &WorkSession::modelChanged, this, &DataPage::loadTokenizer);
    if (!m_session.modelDir().isEmpty())
        loadTokenizer(m_session.modelDir());
    setAcceptDrops(true);
    installEventFilter(this);
    updateActions();
    m_title->setText(tr("<b>Data</b> — no dataset open"));
    // Reopen the project worked on last.
    const QString last = QSettings().value(QStringLiteral("data/lastProject")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last + QStringLiteral("/rows.jsonl")))
        openProject(last);
}

DataPage::~DataPage()
{
    m_session.setDataEditsSaver({});
    m_analyzer->cancel();
    m_pool.waitForDone();
    m_model->setStore(nullptr);
}

QUndoStack* DataPage::undoStack() const
{
    return m_model->undoStack();
}

void DataPage::createActions()
{
    m_importAction = new QAction(QIcon(QStringLiteral(":/icons/folder-open.svg")), tr("&Import…"), this);
    m_importAction->setObjectName(QStringLiteral("dataImport"));
    connect(m_importAction, &QAction::triggered, this, [this] { startImport(); });
    m_openAction = new QAction(tr("Open project…"), this);
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a dataset project"), m_projectsRoot);
        QString error;
        if (!folder.isEmpty() && !openProject(folder, &error))
            QMessageBox::warning(this, tr("Open project"), error);
    });
    m_saveAction = new QAction(QIcon(QStringLiteral(":/icons/save.svg")), tr("&Save"), this);
    m_saveAction->setObjectName(QStringLiteral("dataSave"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_saveAction);
    connect(m_saveAction, &QAction::triggered, this, [this] {
        QString error;
        if (!save(&error))
            QMessageBox::warning(this, tr("Save"), error);
    });
    m_exportAction = new QAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("Export…"), this);
    connect(m_exportAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the dataset"), projectFolder(),
                                                          tr("JSON Lines (*.jsonl);;CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportTo(path, &error))
            QMessageBox::warning(this, tr("Export"), error);
    });
    m_addAction = new QAction(tr("Add row"), this);
    m_addAction->setObjectName(QStringLiteral("dataAddRow"));
    connect(m_addAction, &QAction::triggered, this, [this] {
        const QList<int> rows = selectedSourceRows();
        const int at = m_model->addRow(rows.isEmpty() ? -1 : rows.last() + 1);
        const QModelIndex index = m_filter->mapFromSource(m_model->index(at, 1));
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    });
    m_duplicateAction = new QAction(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Duplicate"), this);
    connect(m_duplicateAction, &QAction::triggered, this, [this] { m_model->duplicateRows(selectedSourceRows()); });
    m_deleteAction = new QAction(QIcon(QStringLiteral(":/icons/clear.svg")), tr("Delete"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, [this] { m_model->deleteRows(selectedSourceRows()); });
    m_findAction = new QAction(tr("Find && replace…"), this);
    m_findAction->setShortcut(QKeySequence::Replace);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_findAction);
    connect(m_findAction, &QAction::triggered, this, &DataPage::findReplace);
    m_generateAction = new QAction(tr("Generate…"), this);
    m_generateAction->setObjectName(QStringLiteral("dataGenerate"));
    m_generateAction->setToolTip(tr("Write new examples with a model or an OpenAI-compatible server"));
    connect(m_generateAction, &QAction::triggered, this, [this] { openGenerateDialog(); });
    m_undoAction = undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("dataUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("dataRedo"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
}

QWidget* DataPage::createEditor()
{
    auto* split = new QSplitter(Qt::Horizontal, m_stack);
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* filterRow = new QHBoxLayout;
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("dataSearch"));
    m_search->setPlaceholderText(tr("Filter rows by text"));
    m_search->setClearButtonEnabled(true);
    m_searchRegex = new QCheckBox(tr("Regex"), left);
    m_findingFilter = new QComboBox(left);
    m_findingFilter->setObjectName(QStringLiteral("findingFilter"));
    m_findingFilter->addItem(tr("All rows"));
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_searchRegex);
    filterRow->addWidget(m_findingFilter);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(createReviewBar(left));
    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("examplesTable"));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new CellDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // file order until a header is clicked
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultSectionSize(220);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->addAction(m_deleteAction);
    leftLayout->addWidget(m_table, 1);

    auto* tabs = new QTabWidget(split);
    tabs->setObjectName(QStringLiteral("dataTabs"));
    m_inspector = new ExampleInspector(tabs);
    m_quality = new QualityPanel(tabs);
    tabs->addTab(m_inspector, tr("Inspector"));
    tabs->addTab(m_quality, tr("Quality"));
    split->addWidget(left);
    split->addWidget(tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto refilter = [this] { m_filter->setTextFilter(m_search->text(), m_searchRegex->isChecked()); };
    connect(m_search, &QLineEdit::textChanged, this, refilter);
    connect(m_searchRegex, &QCheckBox::toggled, this, refilter);
    connect(m_findingFilter, &QComboBox::activated, this, [this](int index) {
        if (index <= 0) {
            m_filter->setRowIdFilter(std::nullopt);
            return;
        }
        std::unordered_set<uint64_t> ids;
        for (const QVariant& v : m_findingFilter->itemData(index).toList())
            ids.insert(v.toULongLong());
        m_filter->setRowIdFilter(std::move(ids));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DataPage::updateInspector);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DataPage::updateActions);
    connect(m_quality, &QualityPanel::settingsChanged, this, [this] { setSettings(m_quality->settings()); });
    connect(m_quality, &QualityPanel::findingActivated, this, &DataPage::selectRowIds);
    connect(m_quality, &QualityPanel::dropDuplicatesRequested, this, &DataPage::dropExactDuplicates);
    connect(m_quality, &QualityPanel::dropEmptyRequested, this, &DataPage::dropEmptyRows);
    connect(m_quality, &QualityPanel::trimRequested, this, [this] { m_model->trimWhitespace(); });
    return split;
}

QList<int> DataPage::selectedSourceRows() const
{
    QList<int> rows;
    if (!m_table)
        return rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << m_filter->mapToSource(index).row();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_filter->mapToSource(m_table->currentIndex()).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void DataPage::updateActions()
{
    const bool open = m_store != nullptr;
    const bool selected = open && !selectedSourceRows().isEmpty();
    for (QAction* a : {m_saveAction, m_exportAction, m_addAction, m_findAction, m_generateAction})
        a->setEnabled(open);
    m_duplicateAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
}

void DataPage::findReplace()
{
    if (!m_store)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Find and replace"));
    auto* form = new QFormLayout(&dialog);
    auto* find = new QLineEdit(m_search->text(), &dialog);
    auto* replace = new QLineEdit(&dialog);
    auto* regex = new QCheckBox(tr("Regular expression (\\1 in the replacement is a captured group)"), &dialog);
    regex->setChecked(m_searchRegex->isChecked());
    auto* column = new QComboBox(&dialog);
    column->addItem(tr("All columns"), -1);
    for (int c = 1; c < m_model->tokenColumn(); ++c)
        column->addItem(m_model->headerData(c, Qt::Horizontal).toString(), c - 1);
    form->addRow(tr("Find:"), find);
    form->addRow(tr("Replace with:"), replace);
    form->addRow(QString(), regex);
    form->addRow(tr("In:"), column);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    buttons->addButton(tr("Replace all"), QDialogButtonBox::AcceptRole);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || find->text().isEmpty())
        return;
    const QRegularExpression pattern(regex->isChecked() ? find->text() : QRegularExpression::escape(find->text()));
    if (!pattern.isValid()) {
        QMessageBox::warning(this, tr("Find and replace"), tr("Invalid regular expression: %1").arg(pattern.errorString()));
        return;
    }
    QString replacement = replace->text();
    if (!regex->isChecked())
        replacement.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    const int changed = m_model->replaceAll(pattern, replacement, column->currentData().toInt());
    m_title->setToolTip(tr("%n cell(s) changed", nullptr, changed));
}

void DataPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    installInWindow();
}

void DataPage::installInWindow()
{
    // The Edit menu and drops on the whole window; the main window does not know this page's actions.
    if (m_installed)
        return;
    auto* main = qobject_cast<QMainWindow*>(window());
    if (!main)
        return;
    m_installed = true;
    main->setAcceptDrops(true);
    main->installEventFilter(this);
    QMenuBar* bar = main->menuBar();
    QMenu* edit = nullptr;
    for (QAction* a : bar->actions())
        if (a->menu() && (a->objectName() == QLatin1String("editMenu") || a->text() == tr("&Edit")))
            edit = a->menu();
    if (!edit) {
        edit = new QMenu(tr("&Edit"), bar);
        edit->menuAction()->setObjectName(QStringLiteral("editMenu"));
        const QList<QAction*> menus = bar->actions();
        bar->insertMenu(menus.size() > 1 ? menus.at(1) : nullptr, edit);
    }
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_saveAction);
}

bool DataPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::DragEnter) {
        auto* drag = static_cast<QDragEnterEvent*>(event);
        if (drag->mimeData()->hasUrls() && drag->mimeData()->urls().value(0).isLocalFile()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QList<QUrl> urls = drop->mimeData()->urls();
        if (!urls.isEmpty() && urls.first().isLocalFile()) {
            drop->acceptProposedAction();
            startImport(urls.first().toLocalFile());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace falconry::ui
