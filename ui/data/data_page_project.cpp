// DataPage: the project (import, open, save, export), the analysis and the fixes.
#include "ui/data/data_page.h"

#include "core/data/dataset_export.h"
#include "core/data/dataset_store.h"
#include "core/tokenizer/tokenizer.h"
#include "ui/data/data_analyzer.h"
#include "ui/data/example_inspector.h"
#include "ui/data/examples_filter.h"
#include "ui/data/examples_model.h"
#include "ui/data/import_wizard.h"
#include "ui/data/quality_panel.h"
#include "ui/work_session.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSaveFile>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

#include <map>
#include <unordered_set>

namespace falconry::ui {

namespace {

const QString kSettingsFile = DataSettings::fileName();
const QString kTrainingFile = QStringLiteral("dataset.jsonl");
const QString kLastProjectKey = QStringLiteral("data/lastProject");

bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QObject::tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

ImportWizard* DataPage::startImport(const QString& path)
{
    if (m_wizard) {
        m_wizard->raise();
        if (!path.isEmpty())
            m_wizard->setSourcePath(path);
        return m_wizard;
    }
    m_wizard = new ImportWizard(m_tokenizer, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &QWizard::accepted, this, [this] {
        if (m_wizard && m_wizard->hasRows())
            createProject(m_wizard->choice());
    });
    if (!path.isEmpty())
        m_wizard->setSourcePath(path);
    m_wizard->open();
    return m_wizard;
}

void DataPage::createProject(const ImportChoice& choice, const QString& folderIn)
{
    if (!choice.dataset) {
        Q_EMIT projectFailed(tr("Nothing was read."));
        return;
    }
    QString folder = folderIn;
    if (folder.isEmpty()) {
        const QString base = m_projectsRoot + QLatin1Char('/') + QFileInfo(choice.sourcePath).completeBaseName()
                           + QLatin1Char('-') + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        folder = base;
        for (int n = 2; QFileInfo::exists(folder); ++n)
            folder = base + QStringLiteral("-%1").arg(n);
    }
    // What the wizard chose, over the session's settings (max length, cut side, split stay as set).
    DataSettings settings = m_settings;
    settings.kind = choice.kind;
    settings.mapping = choice.mapping;
    settings.promptTemplate = choice.promptTemplate;
    settings.trainOn = choice.trainOn;
    JsonValue info = JsonValue::object();
    info["source"] = choice.sourcePath.toStdString();
    info["format"] = sourceFormatName(choice.report.format);
    info["encoding"] = encodingName(choice.report.encoding);
    info["skipped"] = choice.report.skipped.size();
    // Writing the copy is O(rows): off the GUI thread. The dataset is copied so the wizard's stays valid.
    auto rows = std::make_shared<Dataset>(*choice.dataset);
    m_pool.start([this, rows, folder, info, settings] {
        std::shared_ptr<DatasetStore> store;
        QString error;
        try {
            store = std::make_shared<DatasetStore>(DatasetStore::create(std::move(*rows), folder.toStdString(), info));
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(this, [this, store, error, folder, settings] {
            if (!store) {
                Q_EMIT projectFailed(error);
                return;
            }
            attachStore(std::make_unique<DatasetStore>(std::move(*store)), settings);
            save(); // dataset.jsonl and the settings exist at once: the Train step can use them
            Q_EMIT projectOpened(folder);
        }, Qt::QueuedConnection);
    });
}

bool DataPage::openProject(const QString& folder, QString* error)
{
    try {
        auto store = std::make_unique<DatasetStore>(DatasetStore::open(folder.toStdString()));
        QFile file(QDir(folder).filePath(kSettingsFile));
        DataSettings settings;
        if (file.open(QIODevice::ReadOnly))
            settings = DataSettings::fromJson(file.readAll());
        attachStore(std::move(store), settings);
        Q_EMIT projectOpened(folder);
        return true;
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }
}

void DataPage::attachStore(std::unique_ptr<DatasetStore> store, const DataSettings& settings)
{
    m_analyzer->cancel();
    m_analysis.reset();
    m_model->setStore(nullptr);
    m_store = std::move(store);
    m_model->setStore(m_store.get());
    m_session.setDataProjectFolder(projectFolder());
    setSettings(settings);
    const QString folder = projectFolder();
    writeFile(QDir(folder).filePath(kSettingsFile), m_settings.toJson(), nullptr);
    QSettings().setValue(kLastProjectKey, folder);
    m_stack->setCurrentIndex(1);
    m_title->setText(tr("<b>Data</b> — %1 · %n row(s)", nullptr, m_model->rowCount()).arg(QFileInfo(folder).fileName()));
    m_title->setToolTip(folder);
    m_table->resizeColumnToContents(0);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 1));
    updateActions();
    startAnalysis();
}

void DataPage::setSettings(const DataSettings& settings)
{
    m_settings = settings;
    if (!(m_quality->settings() == settings))
        m_quality->setSettings(settings);
    m_session.setDataSettings(settings);
    scheduleAnalysis();
    updateInspector();
}

QString DataPage::projectFolder() const
{
    return m_store ? QString::fromStdString(m_store->folder().string()) : QString();
}

bool DataPage::save(QString* error)
{
    if (!m_store)
        return false;
    try {
        m_store->save();
        const QDir dir(projectFolder());
        exportDataset(m_store->dataset(), dir.filePath(kTrainingFile).toStdString(), ExportFormat::Jsonl);
        if (!writeFile(dir.filePath(kSettingsFile), m_settings.toJson(), error))
            return false;
        undoStack()->setClean();
        m_session.setDatasetPath(dir.filePath(kTrainingFile));
        Q_EMIT datasetSaved(dir.filePath(kTrainingFile), dir.filePath(kSettingsFile));
        return true;
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }
}

bool DataPage::exportTo(const QString& path, QString* error)
{
    if (!m_store)
        return false;
    try {
        exportDataset(m_store->dataset(), path.toStdString(), exportFormatFor(path.toStdString()));
        return true;
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }
}

void DataPage::setTokenizer(std::shared_ptr<const Tokenizer> tokenizer)
{
    ++m_tokenizerGeneration; // a load still on its way is superseded
    m_tokenizer = std::move(tokenizer);
    scheduleAnalysis();
    updateInspector();
}

void DataPage::loadTokenizer(const QString& modelDir)
{
    const quint64 generation = ++m_tokenizerGeneration;
    if (modelDir.isEmpty()) {
        setTokenizer(nullptr);
        return;
    }
    m_pool.start([this, generation, modelDir] {
        std::shared_ptr<const Tokenizer> tokenizer;
        try {
            tokenizer = Tokenizer::load(modelDir.toStdString());
        } catch (const std::exception&) {
            // a model folder without a tokenizer: rows are shown without token counts
        }
        QMetaObject::invokeMethod(this, [this, generation, tokenizer] {
            if (generation == m_tokenizerGeneration)
                setTokenizer(tokenizer);
        }, Qt::QueuedConnection);
    });
}

bool DataPage::isAnalyzing() const
{
    return m_analyzer->isRunning() || m_analysisTimer->isActive();
}

void DataPage::scheduleAnalysis()
{
    if (m_store)
        m_analysisTimer->start();
}

void DataPage::startAnalysis()
{
    m_analysisTimer->stop();
    if (!m_store)
        return;
    m_analysisRows = std::make_shared<const Dataset>(m_store->dataset());
    m_quality->showRunning(0, static_cast<int>(m_analysisRows->rows.size()));
    m_analyzer->start(m_analysisRows, m_settings.analysisOptions(), m_tokenizer);
}

void DataPage::analysisDone(std::shared_ptr<const DatasetAnalysis> analysis)
{
    m_analysis = std::move(analysis);
    std::unordered_map<uint64_t, size_t> counts;
    if (m_analysisRows && m_analysis->tokenCounts.size() == m_analysisRows->rows.size())
        for (size_t i = 0; i < m_analysis->tokenCounts.size(); ++i)
            counts[m_analysisRows->rows[i].id] = m_analysis->tokenCounts[i];
    m_model->setTokenCounts(std::move(counts));
    m_quality->showAnalysis(*m_analysis);
    updateFindingFilter();
    Q_EMIT analysisFinished();
}

void DataPage::updateFindingFilter()
{
    // One entry per kind of finding, holding the union of its rows.
    const int current = m_findingFilter->currentIndex();
    const QString currentText = m_findingFilter->currentText();
    m_findingFilter->clear();
    m_findingFilter->addItem(tr("All rows"));
    std::map<int, std::pair<QString, QVariantList>> byKind;
    for (const LintFinding& f : m_analysis->findings) {
        auto& [name, ids] = byKind[static_cast<int>(f.kind)];
        name = QString::fromStdString(lintKindName(f.kind));
        for (uint64_t id : f.rowIds)
            ids << QVariant::fromValue<qulonglong>(id);
    }
    for (const auto& [kind, entry] : byKind)
        m_findingFilter->addItem(tr("%1 (%2)").arg(entry.first).arg(entry.second.size()), entry.second);
    addGeneratedFilters();
    if (current > 0) {
        // Keep the filter on the same kind, with its new rows.
        const QString prefix = currentText.section(QLatin1Char(' '), 0, 0);
        int index = 0;
        for (int i = 1; i < m_findingFilter->count(); ++i)
            if (m_findingFilter->itemText(i).startsWith(prefix + QLatin1Char(' ')))
                index = i;
        m_findingFilter->setCurrentIndex(index);
    }
}

void DataPage::updateInspector()
{
    if (!m_store || !m_table)
        return;
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_inspector->showMessage(tr("Select a row to see it as the model does."));
        return;
    }
    const Dataset& dataset = m_store->dataset();
    const DatasetRow& row = dataset.rows[static_cast<size_t>(current.row())];
    RoleMapping mapping = m_analysis ? m_analysis->mapping : m_settings.mapping;
    const AnalysisOptions options = m_settings.analysisOptions();
    try {
        const RenderedExample example =
            renderExample(m_settings.promptTemplate, dataset, row, mapping, m_tokenizer.get(), options.tokenize);
        m_inspector->showExample(example, m_settings.maxLength, m_tokenizer != nullptr);
    } catch (const std::exception& e) {
        m_inspector->showMessage(tr("Row %1 cannot be rendered: %2").arg(row.id).arg(QString::fromUtf8(e.what())));
    }
}

int DataPage::dropExactDuplicates()
{
    if (!m_store)
        return 0;
    const Dataset& dataset = m_store->dataset();
    std::unordered_set<std::string> seen;
    std::vector<uint64_t> drop;
    for (const DatasetRow& row : dataset.rows) {
        std::string key;
        for (size_t c = 0; c < dataset.columns.size(); ++c)
            key += normalizeForDedup(dataset.cellText(row, static_cast<int>(c))) + '\x1f';
        if (!seen.insert(key).second)
            drop.push_back(row.id);
    }
    m_model->deleteRowIds(drop, tr("Drop %n exact duplicate(s)", nullptr, static_cast<int>(drop.size())));
    return static_cast<int>(drop.size());
}

int DataPage::dropEmptyRows()
{
    if (!m_store)
        return 0;
    const Dataset& dataset = m_store->dataset();
    const RoleMapping mapping = m_analysis ? m_analysis->mapping : m_settings.mapping;
    std::vector<int> required;
    for (const std::string& name : mapping.requiredColumns())
        if (const int c = dataset.columnIndex(name); c >= 0)
            required.push_back(c);
    if (required.empty()) // no mapping: a row is empty when all its cells are
        for (size_t c = 0; c < dataset.columns.size(); ++c)
            required.push_back(static_cast<int>(c));
    const bool any = !mapping.requiredColumns().empty();
    std::vector<uint64_t> drop;
    for (const DatasetRow& row : dataset.rows) {
        size_t empty = 0;
        for (int c : required)
            empty += QString::fromStdString(dataset.cellText(row, c)).trimmed().isEmpty() ? 1 : 0;
        if ((any && empty > 0) || empty == required.size())
            drop.push_back(row.id);
    }
    m_model->deleteRowIds(drop, tr("Drop %n empty row(s)", nullptr, static_cast<int>(drop.size())));
    return static_cast<int>(drop.size());
}

void DataPage::selectRowIds(const QList<qulonglong>& ids)
{
    if (!m_table || ids.isEmpty())
        return;
    QItemSelection selection;
    auto collect = [&] {
        selection.clear();
        for (qulonglong id : ids) {
            const int row = m_model->rowOfId(id);
            const QModelIndex index = m_filter->mapFromSource(m_model->index(std::max(row, 0), 0));
            if (row >= 0 && index.isValid())
                selection.select(index, index);
        }
    };
    collect();
    if (selection.isEmpty()) { // hidden by a filter: show all rows
        m_search->clear();
        m_findingFilter->setCurrentIndex(0);
        m_filter->setRowIdFilter(std::nullopt);
        collect();
    }
    if (selection.isEmpty())
        return;
    m_table->setCurrentIndex(selection.indexes().first());
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(selection.indexes().first());
}

} // namespace falconry::ui
