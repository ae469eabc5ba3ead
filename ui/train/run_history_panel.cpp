#include "ui/train/run_history_panel.h"

#include "core/train/run_bundle.h"
#include "ui/app_settings.h"

#include <QCoreApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QThreadPool>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <cmath>
#include <limits>

namespace falconry::ui {

namespace {

enum Column { Overlay, Name, Steps, LastLoss, State, ColumnCount };

double lastTrainLoss(const RunRecord& run)
{
    double last = std::numeric_limits<double>::quiet_NaN();
    for (const TrainPoint& p : run.points) {
        if (std::isfinite(p.lossTrain))
            last = p.lossTrain;
    }
    return last;
}

} // namespace

RunHistoryPanel::RunHistoryPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_runs = new QTableWidget(0, ColumnCount, this);
    m_runs->setObjectName(QStringLiteral("runsTable"));
    m_runs->setHorizontalHeaderLabels({tr("Overlay"), tr("Run"), tr("Steps"), tr("Last loss"), tr("State")});
    m_runs->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runs->verticalHeader()->hide();
    layout->addWidget(m_runs, 1);

    m_buttons = new QHBoxLayout;
    auto* refresh = new QPushButton(tr("Refresh"), this);
    auto* sideBySide = new QPushButton(tr("Settings side by side"), this);
    sideBySide->setToolTip(tr("Compare the settings of the selected runs"));
    m_buttons->addWidget(refresh);
    m_buttons->addWidget(sideBySide);
    m_buttons->addStretch(1);
    layout->addLayout(m_buttons);

    // Bundles: a finished run as one file for someone else, and their runs shown here read-only.
    auto* bundles = new QHBoxLayout;
    m_saveBundle = new QPushButton(tr("Save as bundle…"), this);
    m_saveBundle->setObjectName(QStringLiteral("saveBundleButton"));
    m_saveBundle->setToolTip(tr("Save the selected finished run as one file: its settings, loss curve, dataset hash, "
                                "adapter, probe answers, Compare votes, and the versions and machine it trained on"));
    m_bundleExamples = new QCheckBox(tr("with examples"), this);
    m_bundleExamples->setObjectName(QStringLiteral("bundleExamplesBox"));
    m_bundleExamples->setToolTip(tr("Also put in every training example as the model saw it (needs the run's model and "
                                    "dataset on this computer; makes the file larger)"));
    m_openBundle = new QPushButton(tr("Open bundle…"), this);
    m_openBundle->setObjectName(QStringLiteral("openBundleButton"));
    m_openBundle->setToolTip(tr("Show a run someone saved as a bundle, read-only, beside your own runs"));
    m_bundleStatus = new QLabel(this);
    m_bundleStatus->setObjectName(QStringLiteral("bundleStatus"));
    m_bundleStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bundles->addWidget(m_saveBundle);
    bundles->addWidget(m_bundleExamples);
    bundles->addWidget(m_openBundle);
    bundles->addWidget(m_bundleStatus, 1);
    layout->addLayout(bundles);

    m_sideBySide = new QTableWidget(this);
    m_sideBySide->setObjectName(QStringLiteral("settingsSideBySide"));
    m_sideBySide->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_sideBySide, 1);

    connect(refresh, &QPushButton::clicked, this, &RunHistoryPanel::refreshRequested);
    connect(sideBySide, &QPushButton::clicked, this, &RunHistoryPanel::showSettingsSideBySide);
    connect(m_runs, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == Overlay)
            Q_EMIT overlaysChanged();
    });
    connect(m_runs, &QTableWidget::itemSelectionChanged, this, &RunHistoryPanel::selectionChanged);
    connect(m_runs, &QTableWidget::itemSelectionChanged, this, &RunHistoryPanel::updateBundleButtons);
    connect(m_saveBundle, &QPushButton::clicked, this, &RunHistoryPanel::chooseBundleToSave);
    connect(m_openBundle, &QPushButton::clicked, this, &RunHistoryPanel::chooseBundleToOpen);
    updateBundleButtons();
}

void RunHistoryPanel::addLeadingButton(QPushButton* button)
{
    button->setParent(this);
    m_buttons->insertWidget(m_leadingButtons++, button);
}

void RunHistoryPanel::refresh(const QString& runsRoot, const QString& trainingRunDir)
{
    m_runsRoot = runsRoot;
    m_trainingRunDir = trainingRunDir;
    m_records = listRuns(runsRoot);
    m_records += listRuns(importedRunsRoot(runsRoot)); // opened bundles, after the runs of this computer
    {
        QSignalBlocker block(m_runs);
        m_runs->setRowCount(static_cast<int>(m_records.size()));
        for (int i = 0; i < m_records.size(); ++i) {
            const RunRecord& r = m_records[i];
            auto* overlay = new QTableWidgetItem;
            overlay->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            overlay->setCheckState(Qt::Unchecked);
            m_runs->setItem(i, Overlay, overlay);
            m_runs->setItem(i, Name, new QTableWidgetItem(r.name));
            m_runs->item(i, Name)->setToolTip(r.dir);
            if (r.imported) {
                const QJsonObject by = r.bundle.value(QStringLiteral("written_by")).toObject();
                const QJsonObject trained = r.bundle.value(QStringLiteral("run")).toObject();
                m_runs->item(i, Name)->setToolTip(
                    tr("%1\nOpened from a run bundle saved %2 with Falconry %3; trained on %4 (%5). Read-only.")
                        .arg(QDir::toNativeSeparators(r.dir), r.bundle.value(QStringLiteral("created")).toString(),
                             by.value(QStringLiteral("falconry")).toString(), trained.value(QStringLiteral("device")).toString(),
                             trained.value(QStringLiteral("machine")).toObject().value(QStringLiteral("cpu")).toString()));
            }
            m_runs->setItem(i, Steps, new QTableWidgetItem(r.totalSteps > 0 ? QStringLiteral("%1 / %2").arg(QLocale().toString(r.lastStep), QLocale().toString(r.totalSteps))
                                                                              : QString::number(r.lastStep)));
            const double loss = lastTrainLoss(r);
            m_runs->setItem(i, LastLoss, new QTableWidgetItem(std::isfinite(loss) ? QLocale().toString(loss, 'f', 4) : QStringLiteral("–")));
            // A run without a checkpoint (killed early, a NaN at once) resumes from step 0.
            QString state = r.hasAdapter ? tr("finished") : (r.lastCheckpoint.isEmpty() ? tr("can restart") : tr("can resume"));
            if (!trainingRunDir.isEmpty() && r.dir == trainingRunDir)
                state = tr("training");
            if (r.imported)
                state = tr("imported, read-only");
            if (!r.problem.isEmpty())
                state = r.problem;
            m_runs->setItem(i, State, new QTableWidgetItem(state));
        }
        m_runs->resizeColumnToContents(Overlay);
    }
    Q_EMIT overlaysChanged(); // every box starts unchecked again
    Q_EMIT selectionChanged();
    updateBundleButtons();
}

const RunRecord* RunHistoryPanel::selectedRun() const
{
    const int row = m_runs->currentRow();
    return row >= 0 && row < m_records.size() ? &m_records[row] : nullptr;
}

QList<RunRecord> RunHistoryPanel::overlaidRuns() const
{
    QList<RunRecord> runs;
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_runs->item(i, Overlay) && m_runs->item(i, Overlay)->checkState() == Qt::Checked)
            runs << m_records[i];
    }
    return runs;
}

void RunHistoryPanel::showSettingsSideBySide()
{
    QList<int> rows;
    for (const QModelIndex& index : m_runs->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty()) {
        for (int i = 0; i < std::min<qsizetype>(m_records.size(), 3); ++i)
            rows << i;
    }
    // Union of keys, in the order they first appear.
    QStringList keys;
    QList<QMap<QString, QString>> columns;
    for (int row : rows) {
        QMap<QString, QString> values;
        for (const auto& [key, value] : flattenSettings(m_records[row].runJson)) {
            values.insert(key, value);
            if (!keys.contains(key))
                keys << key;
        }
        columns << values;
    }
    m_sideBySide->clear();
    m_sideBySide->setRowCount(static_cast<int>(keys.size()));
    m_sideBySide->setColumnCount(static_cast<int>(rows.size()));
    QStringList headers;
    for (int row : rows)
        headers << m_records[row].name;
    m_sideBySide->setHorizontalHeaderLabels(headers);
    m_sideBySide->setVerticalHeaderLabels(keys);
    for (int k = 0; k < keys.size(); ++k) {
        bool differs = false;
        for (int c = 1; c < columns.size(); ++c)
            differs = differs || columns[c].value(keys[k]) != columns[0].value(keys[k]);
        for (int c = 0; c < columns.size(); ++c) {
            auto* item = new QTableWidgetItem(columns[c].value(keys[k]));
            if (differs) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_sideBySide->setItem(k, c, item);
        }
    }
    m_sideBySide->resizeColumnsToContents();
}

void RunHistoryPanel::updateBundleButtons()
{
    const RunRecord* run = selectedRun();
    const bool finished = run && (run->hasAdapter || QFileInfo::exists(run->dir + QStringLiteral("/model/config.json")));
    const bool training = run && !m_trainingRunDir.isEmpty() && run->dir == m_trainingRunDir;
    m_saveBundle->setEnabled(finished && !training && !m_bundleBusy);
    m_bundleExamples->setEnabled(finished && !training && !m_bundleBusy);
    m_openBundle->setEnabled(!m_bundleBusy);
    m_saveBundle->setToolTip(run && !finished ? tr("Only a finished run can be saved as a bundle: resume it to the end first")
                                              : tr("Save the selected finished run as one file: its settings, loss curve, dataset "
                                                   "hash, adapter, probe answers, Compare votes, and the versions and machine it "
                                                   "trained on"));
}

void RunHistoryPanel::startBundleJob(const QString& busyText, std::function<QString()> work,
                                     std::function<void(const QString&)> done)
{
    m_bundleBusy = true;
    updateBundleButtons();
    m_bundleStatus->setText(busyText);
    const QPointer<RunHistoryPanel> guard(this);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)] {
        QString problem;
        try {
            problem = work();
        } catch (const std::exception& e) {
            problem = QString::fromUtf8(e.what());
        } catch (...) {
            problem = QStringLiteral("unknown error");
        }
        QMetaObject::invokeMethod(QCoreApplication::instance(), [guard, done, problem] {
            if (!guard)
                return;
            guard->m_bundleBusy = false;
            done(problem);
            guard->updateBundleButtons();
            if (!problem.isEmpty() && guard->m_bundleFromDialog)
                QMessageBox::warning(guard, tr("Run bundle"), problem);
            guard->m_bundleFromDialog = false;
            Q_EMIT guard->bundleFinished(problem);
        }, Qt::QueuedConnection);
    });
}

void RunHistoryPanel::saveBundle(const RunRecord& run, const QString& file)
{
    falconry::BundleOptions options;
    options.withExamples = m_bundleExamples->isChecked();
    const std::string runDir = QFile::encodeName(run.dir).toStdString();
    const std::string target = QFile::encodeName(file).toStdString();
    startBundleJob(tr("Saving %1…").arg(QDir::toNativeSeparators(file)),
                   [runDir, target, options] {
                       falconry::writeRunBundle(runDir, target, options);
                       return QString();
                   },
                   [this, file](const QString& problem) {
                       m_bundleStatus->setText(problem.isEmpty()
                                                   ? tr("Saved %1 (%2)").arg(QDir::toNativeSeparators(file),
                                                                             QLocale().formattedDataSize(QFileInfo(file).size()))
                                                   : tr("Not saved: %1").arg(problem));
                   });
}

void RunHistoryPanel::openBundle(const QString& file)
{
    const QString root = importedRunsRoot(m_runsRoot);
    auto dest = std::make_shared<QString>();
    startBundleJob(tr("Opening %1…").arg(QDir::toNativeSeparators(file)),
                   [file, root, dest] {
                       const falconry::RunBundle bundle = falconry::readRunBundle(QFile::encodeName(file).toStdString());
                       // The folder is named after the run, in plain characters whatever the manifest says.
                       QString name = QString::fromStdString(bundle.runName());
                       for (QChar& c : name)
                           if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_') && c != QLatin1Char('.'))
                               c = QLatin1Char('_');
                       while (name.startsWith(QLatin1Char('.')))
                           name.remove(0, 1);
                       if (name.isEmpty())
                           name = QStringLiteral("run");
                       const QJsonObject manifest =
                           QJsonDocument::fromJson(QByteArray::fromStdString(bundle.manifest.dump())).object();
                       for (int n = 1;; ++n) {
                           *dest = root + QLatin1Char('/') +
                                   (n == 1 ? name : QString(name + QLatin1Char('-') + QString::number(n)));
                           if (!QFileInfo::exists(*dest))
                               break;
                           QFile earlier(*dest + QLatin1Char('/') + QLatin1String(falconry::kBundleManifest));
                           if (earlier.open(QIODevice::ReadOnly) && QJsonDocument::fromJson(earlier.readAll()).object() == manifest)
                               return QString(); // the same bundle, opened before
                       }
                       falconry::extractRunBundle(QFile::encodeName(file).toStdString(), QFile::encodeName(*dest).toStdString());
                       return QString();
                   },
                   [this, file, dest](const QString& problem) {
                       if (!problem.isEmpty()) {
                           m_bundleStatus->setText(tr("Not opened: %1").arg(problem));
                           return;
                       }
                       refresh(m_runsRoot, m_trainingRunDir);
                       selectRunDir(QDir(*dest).absolutePath(), true);
                       m_bundleStatus->setText(tr("Opened %1 (read-only)").arg(QDir::toNativeSeparators(file)));
                   });
}

void RunHistoryPanel::selectRunDir(const QString& dir, bool overlay)
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records[i].dir != dir)
            continue;
        m_runs->setCurrentCell(i, Name);
        if (overlay && m_runs->item(i, Overlay))
            m_runs->item(i, Overlay)->setCheckState(Qt::Checked);
        return;
    }
}

void RunHistoryPanel::chooseBundleToSave()
{
    const RunRecord* run = selectedRun();
    if (!run)
        return;
    const RunRecord chosen = *run;
    QString folder = AppSettings::bundleFolder().get();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    QString file = QFileDialog::getSaveFileName(this, tr("Save run as bundle"),
                                                folder + QLatin1Char('/') + chosen.name + QLatin1String(falconry::kBundleExtension),
                                                tr("Falconry run bundles (*.falconry-run)"));
    if (file.isEmpty())
        return;
    if (!file.endsWith(QLatin1String(falconry::kBundleExtension)))
        file += QLatin1String(falconry::kBundleExtension);
    AppSettings::bundleFolder().set(QFileInfo(file).absolutePath());
    m_bundleFromDialog = true;
    saveBundle(chosen, file);
}

void RunHistoryPanel::chooseBundleToOpen()
{
    QString folder = AppSettings::bundleFolder().get();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a run bundle"), folder,
                                                      tr("Falconry run bundles (*.falconry-run);;All files (*)"));
    if (file.isEmpty())
        return;
    AppSettings::bundleFolder().set(QFileInfo(file).absolutePath());
    m_bundleFromDialog = true;
    openBundle(file);
}

} // namespace falconry::ui
