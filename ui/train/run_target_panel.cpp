#include "ui/train/run_target_panel.h"

#include "ui/app_settings.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace falconry::ui {
namespace {

QLabel* helpLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void addDevices(QComboBox* box)
{
    box->addItem(RunTargetPanel::tr("CPU"), QStringLiteral("cpu"));
    box->addItem(RunTargetPanel::tr("CUDA GPUs"), QStringLiteral("cuda"));
    box->setToolTip(RunTargetPanel::tr("CUDA: one GPU per process, the process's local rank picks it"));
}

// Indented under its radio button; narrow enough for the settings column.
QFormLayout* subForm(QWidget* parent)
{
    auto* form = new QFormLayout(parent);
    form->setContentsMargins(16, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return form;
}

} // namespace

RunTargetPanel::RunTargetPanel(QWidget* parent)
    : QGroupBox(tr("Run on"), parent)
{
    setObjectName(QStringLiteral("runTargetPanel"));
    auto* layout = new QVBoxLayout(this);
    m_targets = new QButtonGroup(this);

    m_thisComputer = new QRadioButton(tr("This computer"), this);
    m_thisComputer->setObjectName(QStringLiteral("runOnThisComputer"));
    m_thisComputer->setToolTip(tr("Train inside Falconry, in one process (pause and resume work at once)"));
    layout->addWidget(m_thisComputer);

    // Local processes: falconry-cli train --nproc N, data-parallel on this machine.
    m_local = new QRadioButton(tr("Local processes"), this);
    m_local->setObjectName(QStringLiteral("runOnLocalProcesses"));
    m_local->setToolTip(tr("Start falconry-cli with several data-parallel processes on this machine"));
    layout->addWidget(m_local);
    m_localBox = new QWidget(this);
    auto* localForm = subForm(m_localBox);
    m_processes = new QSpinBox(m_localBox);
    m_processes->setObjectName(QStringLiteral("localProcesses"));
    m_processes->setRange(2, maxLocalProcesses());
    localForm->addRow(tr("Processes:"), m_processes);
    m_localDevice = new QComboBox(m_localBox);
    m_localDevice->setObjectName(QStringLiteral("localDevice"));
    addDevices(m_localDevice);
    localForm->addRow(tr("Device:"), m_localDevice);
    m_threadsHelp = helpLabel(QString(), m_localBox);
    m_threadsHelp->setObjectName(QStringLiteral("localThreadsHelp"));
    localForm->addRow(m_threadsHelp);
    layout->addWidget(m_localBox);

    // Cluster: export a launch script.
    m_cluster = new QRadioButton(tr("Cluster: export a launch script"), this);
    m_cluster->setObjectName(QStringLiteral("runOnCluster"));
    m_cluster->setToolTip(tr("Nothing runs here: write the run's settings and a torchrun or Slurm script to start it on a cluster"));
    layout->addWidget(m_cluster);
    m_clusterBox = new QWidget(this);
    auto* clusterForm = subForm(m_clusterBox);
    m_launcher = new QComboBox(m_clusterBox);
    m_launcher->setObjectName(QStringLiteral("clusterLauncher"));
    m_launcher->addItem(tr("torchrun"), static_cast<int>(ClusterLauncher::Torchrun));
    m_launcher->addItem(tr("Slurm (sbatch)"), static_cast<int>(ClusterLauncher::Slurm));
    clusterForm->addRow(tr("Launcher:"), m_launcher);
    m_nodes = new QSpinBox(m_clusterBox);
    m_nodes->setObjectName(QStringLiteral("clusterNodes"));
    m_nodes->setRange(1, 4096);
    clusterForm->addRow(tr("Nodes:"), m_nodes);
    m_perNode = new QSpinBox(m_clusterBox);
    m_perNode->setObjectName(QStringLiteral("clusterProcessesPerNode"));
    m_perNode->setRange(1, 256);
    m_perNode->setToolTip(tr("Usually the number of GPUs of each node"));
    clusterForm->addRow(tr("Processes per node:"), m_perNode);
    m_clusterDevice = new QComboBox(m_clusterBox);
    m_clusterDevice->setObjectName(QStringLiteral("clusterDevice"));
    addDevices(m_clusterDevice);
    clusterForm->addRow(tr("Device:"), m_clusterDevice);
    m_partition = new QLineEdit(m_clusterBox);
    m_partition->setObjectName(QStringLiteral("slurmPartition"));
    m_partition->setPlaceholderText(tr("the cluster's default"));
    clusterForm->addRow(tr("Partition:"), m_partition);
    m_timeLimit = new QLineEdit(m_clusterBox);
    m_timeLimit->setObjectName(QStringLiteral("slurmTimeLimit"));
    m_timeLimit->setToolTip(tr("Slurm's --time: HH:MM:SS or D-HH:MM:SS"));
    m_timeLimit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("(\\d+-)?\\d{1,3}(:\\d{2}){0,2}")), m_timeLimit));
    clusterForm->addRow(tr("Time limit:"), m_timeLimit);
    m_export = new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), tr("Export launch script…"), m_clusterBox);
    m_export->setObjectName(QStringLiteral("exportLaunchScriptButton"));
    m_export->setToolTip(tr("Write the run's settings and the launch script to a folder of your choice"));
    clusterForm->addRow(m_export);
    clusterForm->addRow(helpLabel(tr("The model and dataset paths must be valid on the nodes, and falconry-cli must be "
                                     "on their PATH; edit the .settings.json written beside the script if not."),
                                  m_clusterBox));
    layout->addWidget(m_clusterBox);

    m_targets->addButton(m_thisComputer, static_cast<int>(RunTarget::ThisComputer));
    m_targets->addButton(m_local, static_cast<int>(RunTarget::LocalProcesses));
    m_targets->addButton(m_cluster, static_cast<int>(RunTarget::Cluster));

    // Restore the last choice.
    const QByteArray saved = AppSettings::runTarget().get().toUtf8();
    setSettings(saved.isEmpty() ? RunTargetSettings{} : RunTargetSettings::fromJson(QJsonDocument::fromJson(saved).object()));

    connect(m_targets, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            onChanged();
    });
    connect(m_processes, &QSpinBox::valueChanged, this, &RunTargetPanel::onChanged);
    connect(m_nodes, &QSpinBox::valueChanged, this, &RunTargetPanel::onChanged);
    connect(m_perNode, &QSpinBox::valueChanged, this, &RunTargetPanel::onChanged);
    for (QComboBox* box : {m_localDevice, m_launcher, m_clusterDevice})
        connect(box, &QComboBox::currentIndexChanged, this, &RunTargetPanel::onChanged);
    connect(m_partition, &QLineEdit::textChanged, this, &RunTargetPanel::onChanged);
    connect(m_timeLimit, &QLineEdit::textChanged, this, &RunTargetPanel::onChanged);
    connect(m_export, &QPushButton::clicked, this, &RunTargetPanel::exportRequested);
}

int RunTargetPanel::maxLocalProcesses()
{
    return std::max(2, QThread::idealThreadCount());
}

RunTargetSettings RunTargetPanel::settings() const
{
    RunTargetSettings s;
    s.target = static_cast<RunTarget>(std::max(0, m_targets->checkedId()));
    s.processes = m_processes->value();
    s.localDevice = m_localDevice->currentData().toString();
    s.launcher = static_cast<ClusterLauncher>(m_launcher->currentData().toInt());
    s.nodes = m_nodes->value();
    s.processesPerNode = m_perNode->value();
    s.clusterDevice = m_clusterDevice->currentData().toString();
    s.partition = m_partition->text().trimmed();
    s.timeLimit = m_timeLimit->text().trimmed().isEmpty() ? RunTargetSettings{}.timeLimit : m_timeLimit->text().trimmed();
    return s;
}

void RunTargetPanel::setSettings(const RunTargetSettings& s)
{
    m_applying = true;
    m_targets->button(static_cast<int>(s.target))->setChecked(true);
    m_processes->setValue(std::clamp(s.processes, m_processes->minimum(), m_processes->maximum()));
    m_localDevice->setCurrentIndex(std::max(0, m_localDevice->findData(s.localDevice)));
    m_launcher->setCurrentIndex(std::max(0, m_launcher->findData(static_cast<int>(s.launcher))));
    m_nodes->setValue(s.nodes);
    m_perNode->setValue(s.processesPerNode);
    m_clusterDevice->setCurrentIndex(std::max(0, m_clusterDevice->findData(s.clusterDevice)));
    m_partition->setText(s.partition);
    m_timeLimit->setText(s.timeLimit);
    m_applying = false;
    onChanged();
}

void RunTargetPanel::onChanged()
{
    updateEnabled();
    updateThreadsHelp();
    if (m_applying)
        return;
    AppSettings::runTarget().set(QString::fromUtf8(QJsonDocument(settings().toJson()).toJson(QJsonDocument::Compact)));
    Q_EMIT settingsChanged();
}

void RunTargetPanel::updateEnabled()
{
    const RunTarget target = static_cast<RunTarget>(std::max(0, m_targets->checkedId()));
    m_localBox->setEnabled(target == RunTarget::LocalProcesses);
    m_clusterBox->setEnabled(target == RunTarget::Cluster);
    const bool slurm = static_cast<ClusterLauncher>(m_launcher->currentData().toInt()) == ClusterLauncher::Slurm;
    m_partition->setEnabled(slurm);
    m_timeLimit->setEnabled(slurm);
}

void RunTargetPanel::updateThreadsHelp()
{
    const int cores = QThread::idealThreadCount();
    const int n = m_processes->value();
    m_threadsHelp->setText(tr("Each process trains on its share of every batch with %n thread(s) (%1 cores / %2). "
                              "This pays off on machines with several GPUs or CPU sockets more than on a laptop.",
                              nullptr, std::max(1, cores / n))
                               .arg(cores)
                               .arg(n));
}

} // namespace falconry::ui
