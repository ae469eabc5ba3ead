#include "ui/knowledge/knowledge_page.h"

#include "core/knowledge/knowledge_store.h"
#include "core/knowledge/retriever.h"
#include "ui/knowledge/knowledge_settings.h"
#include "ui/knowledge/strategy_check_dialog.h"
#include "ui/model/model_catalogue.h"
#include "ui/work_session.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace falconry::ui {

namespace {

/** FTS5 snippet markers to HTML: the matched words highlighted, everything else escaped. */
QString snippetHtml(const std::string& snippet)
{
    QString html = QString::fromStdString(snippet).toHtmlEscaped();
    html.replace(QChar(QLatin1Char(KnowledgeStore::kMatchBegin)), QStringLiteral("<span style='background:#ffe680;color:#000'><b>"));
    html.replace(QChar(QLatin1Char(KnowledgeStore::kMatchEnd)), QStringLiteral("</b></span>"));
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

} // namespace

QString KnowledgePage::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("knowledge/knowledge.sqlite"));
}

KnowledgePage::KnowledgePage(WorkSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_import(new KnowledgeImportJob(this))
{
    setObjectName(QStringLiteral("knowledgePage"));
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("A knowledge base gives the model facts to quote: manuals, price lists, policies. "
                                "Passages that match a question are put in front of it, numbered, and the answer "
                                "cites them as [1], [2]. Nothing is trained; change a document and import it again."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // The demo's knowledge step: one click puts the Aerie feeder's manual into the knowledge base.
    m_demoBanner = new QFrame(this);
    m_demoBanner->setObjectName(QStringLiteral("knowledgeDemoBanner"));
    m_demoBanner->setFrameShape(QFrame::StyledPanel);
    auto* demoLayout = new QHBoxLayout(m_demoBanner);
    auto* demoText = new QLabel(tr("<b>Demo:</b> build a knowledge base from the Aerie feeder's manual, then ask Compare "
                                   "about the feeder with the knowledge base, or run the strategy check on 42 questions "
                                   "about it."),
                                m_demoBanner);
    demoText->setWordWrap(true);
    auto* demoButton = new QPushButton(tr("Build from the demo manual"), m_demoBanner);
    demoButton->setObjectName(QStringLiteral("buildDemoKnowledge"));
    demoLayout->addWidget(demoText, 1);
    demoLayout->addWidget(demoButton);
    m_demoBanner->hide();
    layout->addWidget(m_demoBanner);
    connect(demoButton, &QPushButton::clicked, this, &KnowledgePage::buildDemoKnowledgeBase);

    auto* dbRow = new QHBoxLayout;
    m_database = new QLabel(this);
    m_database->setObjectName(QStringLiteral("databaseLabel"));
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* openDb = new QPushButton(QIcon(QStringLiteral(":/icons/folder-open.svg")), tr("Knowledge base file…"), this);
    openDb->setToolTip(tr("Open or create another knowledge base (one .sqlite file per knowledge base)"));
    m_strategyCheck = new QPushButton(tr("Strategy check…"), this);
    m_strategyCheck->setObjectName(QStringLiteral("strategyCheckButton"));
    m_strategyCheck->setToolTip(tr("Ask your questions four ways (base, base + knowledge base, tuned, tuned + knowledge "
                                   "base) and count the answers that contain the right fact"));
    m_strategyCheck->setEnabled(false);
    dbRow->addWidget(m_database, 1);
    dbRow->addWidget(m_strategyCheck);
    dbRow->addWidget(openDb);
    layout->addLayout(dbRow);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    // Left: the documents.
    auto* docsBox = new QGroupBox(tr("Documents"), splitter);
    auto* docsLayout = new QVBoxLayout(docsBox);
    m_documents = new QTableWidget(0, 3, docsBox);
    m_documents->setObjectName(QStringLiteral("documentsTable"));
    m_documents->setHorizontalHeaderLabels({tr("Document"), tr("Passages"), tr("Type")});
    m_documents->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_documents->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_documents->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_documents->verticalHeader()->hide();
    m_documents->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_documents->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_documents->setAlternatingRowColors(true);
    docsLayout->addWidget(m_documents, 1);
    auto* dropHint = new QLabel(tr("Drop files or folders here: text, Markdown, HTML, PDF, CSV or JSONL."), docsBox);
    dropHint->setForegroundRole(QPalette::PlaceholderText);
    dropHint->setWordWrap(true);
    docsLayout->addWidget(dropHint);
    auto* docButtons = new QHBoxLayout;
    m_addFiles = new QPushButton(tr("Add files…"), docsBox);
    m_addFiles->setObjectName(QStringLiteral("addFilesButton"));
    m_addFolder = new QPushButton(tr("Add folder…"), docsBox);
    m_addFolder->setObjectName(QStringLiteral("addFolderButton"));
    m_remove = new QPushButton(tr("Remove"), docsBox);
    m_remove->setObjectName(QStringLiteral("removeDocumentButton"));
    m_remove->setToolTip(tr("Remove the selected documents and their passages from the knowledge base (the files stay)"));
    docButtons->addWidget(m_addFiles);
    docButtons->addWidget(m_addFolder);
    docButtons->addStretch(1);
    docButtons->addWidget(m_remove);
    docsLayout->addLayout(docButtons);

    // Right: search.
    auto* searchBox = new QGroupBox(tr("Search the passages"), splitter);
    auto* searchLayout = new QVBoxLayout(searchBox);
    m_query = new QLineEdit(searchBox);
    m_query->setObjectName(QStringLiteral("searchField"));
    m_query->setPlaceholderText(tr("Ask a question or type words, then press Enter"));
    m_query->setClearButtonEnabled(true);
    m_results = new QTextBrowser(searchBox);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setOpenLinks(false);
    searchLayout->addWidget(m_query);
    searchLayout->addWidget(m_results, 1);
    splitter->addWidget(docsBox);
    splitter->addWidget(searchBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_progressRow = new QWidget(this);
    auto* progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_progressLabel = new QLabel(m_progressRow);
    m_cancel = new QPushButton(QIcon(QStringLiteral(":/icons/stop.svg")), tr("Cancel"), m_progressRow);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancel->setToolTip(tr("Stop the import; the file being imported is left as it was"));
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancel);
    m_progressRow->hide();
    layout->addWidget(m_progressRow);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("knowledgeStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(openDb, &QPushButton::clicked, this, &KnowledgePage::chooseDatabase);
    connect(m_strategyCheck, &QPushButton::clicked, this, &KnowledgePage::openStrategyCheck);
    connect(m_addFiles, &QPushButton::clicked, this, &KnowledgePage::chooseFiles);
    connect(m_addFolder, &QPushButton::clicked, this, &KnowledgePage::chooseFolder);
    connect(m_remove, &QPushButton::clicked, this, &KnowledgePage::removeSelected);
    connect(m_cancel, &QPushButton::clicked, this, &KnowledgePage::cancelImport);
    connect(m_query, &QLineEdit::returnPressed, this, [this] { search(m_query->text()); });
    connect(m_documents, &QTableWidget::itemSelectionChanged, this, &KnowledgePage::updateButtons);
    connect(m_import, &KnowledgeImportJob::progress, this, [this](double fraction, const QString& message) {
        m_progress->setValue(static_cast<int>(fraction * 1000.0));
        m_progressLabel->setText(message);
    });
    connect(m_import, &KnowledgeImportJob::finished, this, &KnowledgePage::onImportFinished);
    connect(m_results, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const QString source = url.path();
        for (int row = 0; row < m_documents->rowCount(); ++row)
            if (m_documents->item(row, 0)->data(Qt::UserRole).toString() == source)
                m_documents->selectRow(row);
    });

    const QString saved = KnowledgeSettings::database().get();
    const QString problem = openDatabase(saved.isEmpty() ? defaultDatabasePath() : saved);
    if (!problem.isEmpty() && !saved.isEmpty())
        openDatabase(defaultDatabasePath());
    updateButtons();
}

KnowledgePage::~KnowledgePage()
{
    // No slot of this page may run while it is destroyed: the import's last signals are dropped.
    disconnect(m_import, nullptr, this, nullptr);
    m_import->cancel();
    m_import->wait();
}

QString KnowledgePage::databasePath() const
{
    return m_session.knowledgeBasePath();
}

QString KnowledgePage::openDatabase(const QString& path)
{
    if (isImporting())
        return tr("Wait for the import to finish or cancel it first.");
    try {
        QDir().mkpath(QFileInfo(path).absolutePath());
        KnowledgeStore store(QDir::toNativeSeparators(path).toStdString());
    } catch (const std::exception& e) {
        const QString message = tr("This knowledge base cannot be opened: %1").arg(QString::fromUtf8(e.what()));
        m_status->setText(message);
        return message;
    }
    m_session.setKnowledgeBasePath(path);
    KnowledgeSettings::database().set(path);
    m_database->setText(tr("Knowledge base: %1").arg(QDir::toNativeSeparators(path)));
    m_results->clear();
    refreshDocuments();
    return {};
}

void KnowledgePage::refreshDocuments()
{
    m_documents->setRowCount(0);
    const QString path = databasePath();
    if (path.isEmpty())
        return;
    std::vector<StoredDocument> documents;
    try {
        documents = KnowledgeStore(path.toStdString(), false).documents();
    } catch (const std::exception& e) {
        m_status->setText(QString::fromUtf8(e.what()));
        return;
    }
    qint64 passages = 0;
    m_documents->setRowCount(static_cast<int>(documents.size()));
    for (int row = 0; row < static_cast<int>(documents.size()); ++row) {
        const StoredDocument& d = documents[static_cast<size_t>(row)];
        const QString source = QString::fromStdString(d.source);
        auto* name = new QTableWidgetItem(QFileInfo(source).fileName());
        name->setData(Qt::UserRole, source);
        name->setToolTip(tr("%1\n%2 bytes, imported %3").arg(QDir::toNativeSeparators(source), QLocale().toString(d.bytes),
                                                            QString::fromStdString(d.importedAt)));
        auto* count = new QTableWidgetItem(QLocale().toString(d.passages));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        count->setData(Qt::UserRole, static_cast<qlonglong>(d.passages));
        m_documents->setItem(row, 0, name);
        m_documents->setItem(row, 1, count);
        m_documents->setItem(row, 2, new QTableWidgetItem(QString::fromStdString(d.format)));
        passages += d.passages;
    }
    if (!isImporting())
        m_status->setText(documents.empty() ? tr("No documents yet. Drop files or folders here, or click Add files.")
                                            : tr("%n document(s), %1 passages.", nullptr, static_cast<int>(documents.size()))
                                                  .arg(QLocale().toString(passages)));
    updateButtons();
    updateDemoBanner();
}

bool KnowledgePage::importPaths(const QStringList& paths)
{
    if (paths.isEmpty() || databasePath().isEmpty() || isImporting())
        return false;
    if (!m_import->start(databasePath(), paths, m_session.modelDir()))
        return false;
    m_progress->setValue(0);
    m_progressLabel->setText(tr("Reading…"));
    m_progressRow->show();
    m_demoBanner->hide();
    m_status->clear();
    updateButtons();
    return true;
}

void KnowledgePage::cancelImport()
{
    m_import->cancel();
    m_progressLabel->setText(tr("Cancelling…"));
}

void KnowledgePage::onImportFinished(const KnowledgeImportSummary& summary)
{
    m_progressRow->hide();
    refreshDocuments();
    QStringList parts;
    if (!summary.fatal.isEmpty()) {
        parts << tr("The import could not run: %1").arg(summary.fatal);
    } else {
        if (summary.added)
            parts << tr("%n document(s) added", nullptr, summary.added);
        if (summary.replaced)
            parts << tr("%n changed document(s) replaced", nullptr, summary.replaced);
        if (summary.unchanged)
            parts << tr("%n unchanged", nullptr, summary.unchanged);
        if (summary.cancelled)
            parts << tr("cancelled (the file being imported was left as it was)");
        if (summary.failed)
            parts << tr("%n could not be imported:", nullptr, summary.failed) + QLatin1Char('\n') + summary.errors.join(QLatin1Char('\n'));
    }
    QString text = parts.join(QStringLiteral("; "));
    if (summary.fatal.isEmpty())
        text += QStringLiteral(". ") + tr("%1 passages in the knowledge base.").arg(QLocale().toString(totalPassages()));
    m_status->setText(text);
    m_session.notifyKnowledgeUpdated();
    updateButtons();
    Q_EMIT importFinished(summary);
}

qint64 KnowledgePage::totalPassages() const
{
    qint64 total = 0;
    for (int row = 0; row < m_documents->rowCount(); ++row)
        total += m_documents->item(row, 1)->data(Qt::UserRole).toLongLong();
    return total;
}

QString KnowledgePage::removeDocument(const QString& source)
{
    if (isImporting())
        return tr("Wait for the import to finish or cancel it first.");
    try {
        KnowledgeStore store(databasePath().toStdString(), false);
        if (!store.removeDocument(source.toStdString()))
            return tr("%1 is not in this knowledge base.").arg(source);
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
    refreshDocuments();
    m_session.notifyKnowledgeUpdated();
    return {};
}

void KnowledgePage::removeSelected()
{
    QStringList sources;
    for (const QModelIndex& index : m_documents->selectionModel()->selectedRows())
        sources << m_documents->item(index.row(), 0)->data(Qt::UserRole).toString();
    for (const QString& source : sources) {
        const QString problem = removeDocument(source);
        if (!problem.isEmpty()) {
            m_status->setText(problem);
            return;
        }
    }
}

int KnowledgePage::search(const QString& query)
{
    m_query->setText(query);
    if (query.trimmed().isEmpty() || databasePath().isEmpty()) {
        m_results->clear();
        return 0;
    }
    std::vector<Passage> hits;
    try {
        // FTS5 answers in well under 0.2 s even at 10^5 passages (bench_knowledge: 79 ms mean), so this runs here.
        hits = KnowledgeStore(databasePath().toStdString(), false).search(query.toStdString(), 10);
    } catch (const std::exception& e) {
        m_results->setPlainText(QString::fromUtf8(e.what()));
        return 0;
    }
    if (hits.empty()) {
        m_results->setHtml(tr("<p>No passage contains these words. Try other words, or import the document "
                              "that answers it.</p>"));
        return 0;
    }
    QString html;
    for (size_t i = 0; i < hits.size(); ++i) {
        const Passage& p = hits[i];
        const QString source = QString::fromStdString(p.source);
        QString where = QString::fromStdString(p.heading).toHtmlEscaped();
        if (p.page > 0)
            where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + tr("page %1").arg(p.page);
        else if (p.line > 0)
            where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + tr("line %1").arg(p.line);
        QUrl link;
        link.setScheme(QStringLiteral("source"));
        link.setPath(source);
        html += QStringLiteral("<p style='margin-bottom:0'><b>%1.</b> <a href='%2'>%3</a> <span style='color:gray'>%4 · %5</span></p>"
                               "<p style='margin-top:2px'>%6</p>")
                    .arg(i + 1)
                    .arg(link.toString(QUrl::FullyEncoded), QFileInfo(source).fileName().toHtmlEscaped(), where,
                         tr("score %1").arg(QLocale().toString(p.score, 'f', 2)), snippetHtml(p.snippet));
    }
    m_results->setHtml(html);
    return static_cast<int>(hits.size());
}

void KnowledgePage::setEngine(EngineController* engine)
{
    m_engine = engine;
    m_strategyCheck->setEnabled(m_engine != nullptr);
}

StrategyCheckDialog* KnowledgePage::openStrategyCheck()
{
    if (!m_engine)
        return nullptr;
    if (!m_checkDialog) {
        m_checkDialog = new StrategyCheckDialog(m_session, *m_engine, this);
        // The demo's knowledge base comes with the demo's questions.
        const QString manual = bundledDemoManualPath();
        if (!manual.isEmpty() && m_checkDialog->questions().empty()) {
            try {
                if (KnowledgeStore(databasePath().toStdString(), false).document(manual.toStdString()))
                    m_checkDialog->loadQuestions(bundledDemoQuestionsPath());
            } catch (const std::exception&) {
                // no knowledge base to look into: the dialog starts empty
            }
        }
    }
    m_checkDialog->show();
    m_checkDialog->raise();
    m_checkDialog->activateWindow();
    return m_checkDialog;
}

bool KnowledgePage::buildDemoKnowledgeBase()
{
    const QString manual = bundledDemoManualPath();
    if (manual.isEmpty())
        return false;
    return importPaths({manual});
}

void KnowledgePage::updateDemoBanner()
{
    const QString manual = bundledDemoManualPath();
    bool show = !manual.isEmpty() && !databasePath().isEmpty();
    if (show) {
        try {
            show = !KnowledgeStore(databasePath().toStdString(), false).document(manual.toStdString()).has_value();
        } catch (const std::exception&) {
            show = false;
        }
    }
    m_demoBanner->setVisible(show && !isImporting());
}

void KnowledgePage::updateButtons()
{
    const bool busy = isImporting();
    m_addFiles->setEnabled(!busy);
    m_addFolder->setEnabled(!busy);
    m_remove->setEnabled(!busy && !m_documents->selectionModel()->selectedRows().isEmpty());
}

void KnowledgePage::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add documents"), QString(),
        tr("Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.csv *.tsv *.jsonl);;All files (*)"));
    importPaths(files);
}

void KnowledgePage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add every document of a folder"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void KnowledgePage::chooseDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Open or create a knowledge base"), databasePath(),
                                                      tr("Knowledge base (*.sqlite)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    const QString problem = openDatabase(path);
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Knowledge base"), problem);
}

void KnowledgePage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && !isImporting())
        event->acceptProposedAction();
}

void KnowledgePage::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (importPaths(paths))
        event->acceptProposedAction();
}

} // namespace falconry::ui
