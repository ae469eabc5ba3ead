// The Train page's "Run on" choice: the panel's choices survive a restart, a cluster export
// writes a torchrun or Slurm script and a settings file core reads back, and a run as two
// local processes (falconry-cli train --nproc 2) on the golden model is followed through its
// metrics.jsonl to a finished adapter; Stop checkpoints it; a failing launcher shows its stderr.
#include "core/train/train_config.h"
#include "ui/app_settings.h"
#include "ui/engine/engine_controller.h"
#include "ui/train/local_train_run.h"
#include "ui/train/loss_chart.h"
#include "ui/train/run_history.h"
#include "ui/train/run_target_panel.h"
#include "ui/train/train_page.h"
#include "ui/train/train_settings_form.h"
#include "ui/work_session.h"

#include "ui_test_settings.h"
#include "ui_test_files.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace falconry;
using namespace falconry::ui;

namespace {

const QString kGolden = goldenModelDir();

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** A small prompt/completion JSONL, the trainer's plain form. */
QString writeDataset(const QString& path, int rows)
{
    QFile data(path);
    if (!data.open(QIODevice::WriteOnly))
        return {};
    for (int i = 0; i < rows; ++i) {
        const QJsonObject row{{QStringLiteral("prompt"), QStringLiteral("User: What is %1 plus %1?\nAssistant:").arg(i)},
                              {QStringLiteral("completion"), QStringLiteral(" It is %1.").arg(2 * i)}};
        data.write(QJsonDocument(row).toJson(QJsonDocument::Compact) + '\n');
    }
    return path;
}

TrainSettings quickSettings(int maxSteps)
{
    TrainSettings s = presetSettings(TrainPreset::QuickTest);
    s.maxSteps = maxSteps;
    s.batchSize = 2;
    s.gradAccum = 1;
    s.maxLength = 32;
    s.saveEvery = 2;
    s.evalRatio = 0.0;
    return s;
}

} // namespace

class TestRunTarget final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(useIsolatedSettings(m_dir));
        // The page looks for falconry-cli beside the executable, then on PATH.
        const QString cliDir = QFileInfo(QStringLiteral(FALCONRY_CLI_PATH)).absolutePath();
        qputenv("PATH", (cliDir + QLatin1Char(':')).toLocal8Bit() + qgetenv("PATH"));
        QCOMPARE(LocalTrainRun::findCli(), QStringLiteral(FALCONRY_CLI_PATH));
        m_data = writeDataset(m_dir.filePath(QStringLiteral("data.jsonl")), 8);
        QVERIFY(!m_data.isEmpty());
    }

    void panelChoicesRoundTripThroughSettings()
    {
        RunTargetSettings chosen;
        {
            RunTargetPanel panel;
            QCOMPARE(panel.settings(), RunTargetSettings{}); // a first start: this computer
            QVERIFY(panel.findChild<QRadioButton*>(QStringLiteral("runOnThisComputer"))->isChecked());
            // Choose as a user does: click, type, pick.
            panel.findChild<QRadioButton*>(QStringLiteral("runOnCluster"))->click();
            auto* launcher = panel.findChild<QComboBox*>(QStringLiteral("clusterLauncher"));
            launcher->setCurrentIndex(launcher->findData(static_cast<int>(ClusterLauncher::Slurm)));
            panel.findChild<QSpinBox*>(QStringLiteral("clusterNodes"))->setValue(3);
            panel.findChild<QSpinBox*>(QStringLiteral("clusterProcessesPerNode"))->setValue(4);
            auto* device = panel.findChild<QComboBox*>(QStringLiteral("clusterDevice"));
            device->setCurrentIndex(device->findData(QStringLiteral("cpu")));
            panel.findChild<QLineEdit*>(QStringLiteral("slurmPartition"))->setText(QStringLiteral("gpu-long"));
            panel.findChild<QLineEdit*>(QStringLiteral("slurmTimeLimit"))->setText(QStringLiteral("2-00:00:00"));
            chosen = panel.settings();
            QCOMPARE(chosen.target, RunTarget::Cluster);
            QCOMPARE(chosen.launcher, ClusterLauncher::Slurm);
            QCOMPARE(chosen.nodes, 3);
            QCOMPARE(chosen.processesPerNode, 4);
            QCOMPARE(chosen.clusterDevice, QStringLiteral("cpu"));
            QCOMPARE(chosen.partition, QStringLiteral("gpu-long"));
            QCOMPARE(chosen.timeLimit, QStringLiteral("2-00:00:00"));
            QVERIFY(panel.exportButton()->isEnabled());
        }
        {
            RunTargetPanel reopened; // as after a restart
            QCOMPARE(reopened.settings(), chosen);
            QVERIFY(reopened.findChild<QRadioButton*>(QStringLiteral("runOnCluster"))->isChecked());
            // Local processes: 2 .. the cores, with the threads each gets spelled out.
            reopened.findChild<QRadioButton*>(QStringLiteral("runOnLocalProcesses"))->click();
            auto* processes = reopened.findChild<QSpinBox*>(QStringLiteral("localProcesses"));
            QCOMPARE(processes->minimum(), 2);
            QCOMPARE(processes->maximum(), RunTargetPanel::maxLocalProcesses());
            processes->setValue(processes->maximum());
            QVERIFY(!reopened.exportButton()->isEnabled());
            QVERIFY(reopened.findChild<QLabel*>(QStringLiteral("localThreadsHelp"))->text().contains(QString::number(processes->maximum())));
            chosen = reopened.settings();
        }
        RunTargetPanel third;
        QCOMPARE(third.settings(), chosen);
        QCOMPARE(third.settings().target, RunTarget::LocalProcesses);
        // Unknown or broken stored values fall back to the defaults.
        QCOMPARE(RunTargetSettings::fromJson(QJsonObject{{QStringLiteral("target"), QStringLiteral("moon")}}), RunTargetSettings{});
    }

    void exportWritesTorchrunAndSlurmScriptsWithReadableSettings()
    {
        WorkSession session;
        EngineController engine;
        session.setModel(kGolden, QStringLiteral("golden"));
        session.setDatasetPath(m_data);
        TrainPage page(session, engine);
        page.settingsForm()->setSettings(quickSettings(7));
        RunTargetSettings target;
        target.target = RunTarget::Cluster;
        target.nodes = 2;
        target.processesPerNode = 4;
        target.clusterDevice = QStringLiteral("cuda");
        page.runTargetPanel()->setSettings(target);
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("startButton"))->isEnabled()); // nothing runs here
        QVERIFY(!page.startTraining());

        for (const ClusterLauncher launcher : {ClusterLauncher::Torchrun, ClusterLauncher::Slurm}) {
            const bool slurm = launcher == ClusterLauncher::Slurm;
            target.launcher = launcher;
            target.partition = QStringLiteral("batch");
            page.runTargetPanel()->setSettings(target);
            const QString script = m_dir.filePath(slurm ? QStringLiteral("export/job.sbatch") : QStringLiteral("export/launch.sh"));
            QDir().mkpath(QFileInfo(script).absolutePath());
            bool ok = false;
            const QString message = page.exportLaunchScriptTo(script, &ok);
            QVERIFY2(ok, qPrintable(message));
            QVERIFY(message.contains(QDir::toNativeSeparators(script)));
            const QString settings = QFileInfo(script).dir().filePath(QFileInfo(script).completeBaseName() + QStringLiteral(".settings.json"));
            QVERIFY(message.contains(QDir::toNativeSeparators(settings)));

            const QString text = QString::fromUtf8(readAll(script));
            QVERIFY(QFileInfo(script).isExecutable());
            QVERIFY(text.contains(QStringLiteral("falconry-cli train --config %1 --device cuda").arg(QFileInfo(settings).fileName())));
            if (slurm) {
                QVERIFY(text.contains(QLatin1String("#SBATCH --nodes=2")));
                QVERIFY(text.contains(QLatin1String("#SBATCH --ntasks-per-node=4")));
                QVERIFY(text.contains(QLatin1String("#SBATCH --partition=batch")));
                QVERIFY(text.contains(QLatin1String("#SBATCH --time=24:00:00")));
                QVERIFY(text.contains(QLatin1String("srun ")));
                QVERIFY(message.contains(QLatin1String("sbatch")));
            } else {
                QVERIFY(text.contains(QLatin1String("exec torchrun")));
                QVERIFY(text.contains(QLatin1String("--nnodes=2 --nproc-per-node=4")));
                QVERIFY(!text.contains(QLatin1String("SBATCH")));
            }

            // The settings file is what `train --config` reads: the same model, data and steps.
            const TrainConfig config = TrainConfig::fromJson(nlohmann::json::parse(readAll(settings).toStdString()), settings.toStdString());
            QCOMPARE(QString::fromStdString(config.modelDir.string()), kGolden);
            QCOMPARE(QString::fromStdString(config.dataFile.string()), m_data);
            QCOMPARE(config.maxSteps, 7);
            QCOMPARE(config.device, std::string("cuda"));
            QVERIFY(config.outDir.is_relative());
            config.validate();
        }
    }

    void twoLocalProcessesTrainAndThePageFollowsMetrics()
    {
        WorkSession session;
        EngineController engine;
        session.setModel(kGolden, QStringLiteral("golden"));
        session.setDatasetPath(m_data);
        TrainPage page(session, engine);
        page.settingsForm()->setSettings(quickSettings(4));
        RunTargetSettings target;
        target.target = RunTarget::LocalProcesses;
        target.processes = 2;
        target.localDevice = QStringLiteral("cpu");
        page.runTargetPanel()->setSettings(target);

        QSignalSpy finished(&page, &TrainPage::trainingFinished);
        QVERIFY(page.startTraining());
        QVERIFY(page.isTraining());
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("pauseButton"))->isEnabled());
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("stopButton"))->isEnabled());
        auto* log = page.findChild<QPlainTextEdit*>(QStringLiteral("trainLog"));
        QTRY_VERIFY2_WITH_TIMEOUT(!page.isTraining(), qPrintable(log->toPlainText()), 120000);
        QVERIFY2(finished.count() == 1, qPrintable(log->toPlainText()));
        const QString runDir = finished.first().at(0).toString();
        QCOMPARE(session.runDir(), runDir);

        // The run folder is like any other: settings, metrics, checkpoints, the PEFT adapter.
        QVERIFY(QFileInfo::exists(runDir + QStringLiteral("/launch_settings.json")));
        QVERIFY(QFileInfo::exists(runDir + QStringLiteral("/run.json")));
        QVERIFY(QFileInfo::exists(runDir + QStringLiteral("/adapter/adapter_model.safetensors")));
        QVERIFY(QFileInfo::exists(runDir + QStringLiteral("/adapter/adapter_config.json")));
        const RunRecord run = readRun(runDir);
        QVERIFY(run.hasAdapter);
        QCOMPARE(run.totalSteps, 4);
        QCOMPARE(run.points.size(), 4);
        // Two ranks ran: the launcher said so in the log.
        QVERIFY2(log->toPlainText().contains(QLatin1String("started 2 ranks")), qPrintable(log->toPlainText()));

        // What the page showed came from metrics.jsonl: every step, progress at the end, the log's summary.
        QCOMPARE(page.chart()->trainPointCount(), 4);
        auto* progress = page.findChild<QProgressBar*>(QStringLiteral("trainProgress"));
        QCOMPARE(progress->maximum(), 4);
        QCOMPARE(progress->value(), 4);
        QVERIFY(log->toPlainText().contains(QLatin1String("after 4 steps")));
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("startButton"))->isEnabled());
    }

    void stopCheckpointsTheLocalProcesses()
    {
        WorkSession session;
        EngineController engine;
        session.setModel(kGolden, QStringLiteral("golden"));
        session.setDatasetPath(m_data);
        TrainPage page(session, engine);
        TrainSettings s = quickSettings(100000); // far more than it will run
        s.saveEvery = 0;
        page.settingsForm()->setSettings(s);
        RunTargetSettings target;
        target.target = RunTarget::LocalProcesses;
        target.processes = 2;
        page.runTargetPanel()->setSettings(target);

        QSignalSpy finished(&page, &TrainPage::trainingFinished);
        QVERIFY(page.startTraining());
        auto* log = page.findChild<QPlainTextEdit*>(QStringLiteral("trainLog"));
        QTRY_VERIFY2_WITH_TIMEOUT(page.chart()->trainPointCount() >= 1 || !page.isTraining(), qPrintable(log->toPlainText()), 120000);
        QVERIFY2(page.isTraining(), qPrintable(log->toPlainText()));
        page.findChild<QPushButton*>(QStringLiteral("stopButton"))->click();
        QTRY_VERIFY2_WITH_TIMEOUT(!page.isTraining(), qPrintable(log->toPlainText()), 120000);
        QVERIFY(finished.isEmpty()); // stopped, not finished
        QVERIFY2(log->toPlainText().contains(QLatin1String("Training stopped")), qPrintable(log->toPlainText()));
        const RunRecord run = readRun(session.runDir());
        QVERIFY2(!run.lastCheckpoint.isEmpty(), "no checkpoint after Stop");
        QVERIFY(!run.hasAdapter);
        QVERIFY(run.lastStep >= 1 && run.lastStep < 100000);
        qInfo("stopped at step %d, checkpoint %s", run.lastStep, qPrintable(QFileInfo(run.lastCheckpoint).fileName()));
    }

    void aFailingLauncherShowsItsErrors()
    {
        WorkSession session;
        EngineController engine;
        const QString notAModel = m_dir.filePath(QStringLiteral("not-a-model"));
        QDir().mkpath(notAModel);
        session.setModel(notAModel, QStringLiteral("broken"));
        session.setDatasetPath(m_data);
        TrainPage page(session, engine);
        page.settingsForm()->setSettings(quickSettings(2));
        RunTargetSettings target;
        target.target = RunTarget::LocalProcesses;
        page.runTargetPanel()->setSettings(target);

        QSignalSpy finished(&page, &TrainPage::trainingFinished);
        QVERIFY(page.startTraining());
        auto* log = page.findChild<QPlainTextEdit*>(QStringLiteral("trainLog"));
        QTRY_VERIFY2_WITH_TIMEOUT(!page.isTraining(), qPrintable(log->toPlainText()), 120000);
        QVERIFY(finished.isEmpty());
        auto* box = page.findChild<QMessageBox*>(QStringLiteral("trainErrorBox"));
        QVERIFY(box);
        // The ranks' stderr, relayed, names the problem: the folder is no model (no tokenizer).
        QVERIFY2(box->detailedText().contains(QLatin1String("not-a-model: the folder has neither tokenizer")),
                 qPrintable(box->detailedText()));
        QVERIFY(box->detailedText().contains(QLatin1String("exited with status 1")));
        QVERIFY(log->toPlainText().contains(QLatin1String("exited with status")));
    }

private:
    QTemporaryDir m_dir;
    QString m_data;
};

QTEST_MAIN(TestRunTarget)
#include "test_run_target.moc"
