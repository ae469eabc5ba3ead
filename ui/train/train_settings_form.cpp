#include "ui/train/train_settings_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace falconry::ui {
namespace {
const char* const kTargetNames[4] = {"query_key_value", "dense", "dense_h_to_4h", "dense_4h_to_h"};
} // namespace

TrainSettingsForm::TrainSettingsForm(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* presetRow = new QFormLayout;
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetBox"));
    m_preset->addItem(tr("Quick test"));
    m_preset->addItem(tr("Falcon QLoRA recipe"));
    m_preset->addItem(tr("Low memory"));
    m_preset->addItem(tr("Custom"));
    m_preset->setToolTip(tr("Quick test: a short run to check that everything works (200 steps on small models: the demo "
                            "takes a few minutes on a fast computer, 10 or more on a slow or busy one; 30 steps on "
                            "models of a billion parameters or more). "
                            "Falcon QLoRA recipe: the "
                            "settings of the QLoRA paper for Falcon. Low memory: the smallest footprint."));
    presetRow->addRow(tr("Preset:"), m_preset);
    layout->addLayout(presetRow);

    auto* lora = new QGroupBox(tr("LoRA adapter"), this);
    auto* loraForm = new QFormLayout(lora);
    m_rank = intBox(1, 512, 4);
    addRow(loraForm, tr("Rank r:"), m_rank, tr("Size of the adapter. 8–64; higher learns more and needs more memory."));
    m_alpha = doubleBox(0.5, 1024, 1, 1);
    addRow(loraForm, tr("Alpha:"), m_alpha, tr("Scale of the update is alpha / r. Usually r to 2·r; QLoRA uses 16."));
    m_dropout = doubleBox(0, 0.5, 0.05, 2);
    addRow(loraForm, tr("Dropout:"), m_dropout, tr("On the adapter only. 0–0.1; 0.1 for small datasets."));
    auto* targetBox = new QWidget(lora);
    auto* targetGrid = new QGridLayout(targetBox);
    targetGrid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 4; ++i) {
        m_targets[i] = new QCheckBox(QString::fromLatin1(kTargetNames[i]), targetBox);
        targetGrid->addWidget(m_targets[i], i / 2, i % 2);
    }
    addRow(loraForm, tr("Layers:"), targetBox,
           tr("Which linear layers get an adapter. All four is the QLoRA recipe; query_key_value alone is cheapest."));
    m_nf4 = new QCheckBox(tr("4-bit NF4 base (QLoRA)"), lora);
    addRow(loraForm, QString(), m_nf4, tr("Quarters the weights' memory; about 20–40 % slower per step."));
    layout->addWidget(lora);

    auto* opt = new QGroupBox(tr("Optimisation"), this);
    auto* optForm = new QFormLayout(opt);
    m_lr = doubleBox(1e-6, 1e-1, 1e-5, 6);
    addRow(optForm, tr("Learning rate:"), m_lr, tr("1e-4 to 3e-4 for LoRA; lower it if the loss jumps or becomes NaN."));
    m_schedule = new QComboBox(opt);
    m_schedule->addItem(tr("constant"), QStringLiteral("constant"));
    m_schedule->addItem(tr("linear decay"), QStringLiteral("linear"));
    m_schedule->addItem(tr("cosine decay"), QStringLiteral("cosine"));
    addRow(optForm, tr("Schedule:"), m_schedule, tr("Constant is the QLoRA recipe; cosine often ends a little lower."));
    m_warmup = doubleBox(0, 0.5, 0.01, 2);
    addRow(optForm, tr("Warmup:"), m_warmup, tr("Fraction of steps with a rising rate. 0.03–0.1."));
    m_clip = doubleBox(0, 10, 0.1, 2);
    addRow(optForm, tr("Gradient clip:"), m_clip, tr("Largest gradient norm. 0.3 (QLoRA) to 1.0; 0 turns it off."));
    layout->addWidget(opt);

    auto* data = new QGroupBox(tr("Batches and schedule"), this);
    auto* dataForm = new QFormLayout(data);
    m_maxLength = intBox(16, 8192, 64);
    m_maxLength->setObjectName(QStringLiteral("maxLengthBox"));
    addRow(dataForm, tr("Max length:"), m_maxLength,
           tr("Tokens per example; longer rows are cut. 256–1024; memory grows with it. The same value as on the Data page."));
    m_batch = intBox(1, 256, 1);
    addRow(dataForm, tr("Batch size:"), m_batch, tr("Examples per step. 1–8 on a CPU; raise the accumulation instead."));
    m_accum = intBox(1, 256, 1);
    addRow(dataForm, tr("Accumulation:"), m_accum, tr("Steps summed before an update: effective batch = batch × this. 4–16."));
    m_epochs = doubleBox(0.1, 100, 0.5, 1);
    addRow(dataForm, tr("Epochs:"), m_epochs, tr("Passes over the data. 1–3; more overfits small datasets."));
    m_maxSteps = intBox(0, 1000000, 10);
    m_maxSteps->setSpecialValueText(tr("from epochs"));
    addRow(dataForm, tr("Max steps:"), m_maxSteps, tr("Stops after this many updates; overrides epochs when set."));
    m_evalRatio = doubleBox(0, 0.5, 0.01, 2);
    addRow(dataForm, tr("Eval split:"), m_evalRatio,
           tr("Share of rows held out for the eval loss. 0.02–0.1. The same split as on the Data page."));
    m_evalEvery = intBox(1, 100000, 10);
    addRow(dataForm, tr("Eval every:"), m_evalEvery, tr("Steps between eval losses. Each costs a pass over the eval rows."));
    m_patience = intBox(0, 1000, 1);
    m_patience->setObjectName(QStringLiteral("earlyStoppingBox"));
    m_patience->setSpecialValueText(tr("off"));
    addRow(dataForm, tr("Early stopping:"), m_patience,
           tr("Stops the run when the eval loss has not improved for this many evals in a row (needs an eval split); "
              "the adapter is saved as usual. 3–5 against overfitting; off trains to the end."));
    m_minDelta = doubleBox(0, 1, 0.001, 3);
    m_minDelta->setObjectName(QStringLiteral("earlyStoppingDeltaBox"));
    addRow(dataForm, tr("Improvement needed:"), m_minDelta,
           tr("An eval loss counts as better only when it is lower than the best so far by more than this. 0–0.01."));
    m_saveEvery = intBox(1, 100000, 10);
    addRow(dataForm, tr("Checkpoint every:"), m_saveEvery, tr("Steps between checkpoints; a crashed run resumes from the last."));
    m_seed = intBox(0, 1 << 30, 1);
    addRow(dataForm, tr("Seed:"), m_seed, tr("Same seed and settings give the same run."));
    m_checkpointing = new QCheckBox(tr("Gradient checkpointing"), data);
    addRow(dataForm, QString(), m_checkpointing, tr("Recomputes activations in the backward pass: much less memory, about 30 % slower."));
    layout->addWidget(data);
    layout->addStretch(1);

    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        if (index < 3)
            applyPreset(static_cast<TrainPreset>(index));
    });
    setSettings(presetSettings(TrainPreset::QuickTest));
    m_preset->setCurrentIndex(0);
}

void TrainSettingsForm::addRow(QFormLayout* form, const QString& label, QWidget* editor, const QString& help)
{
    auto* cell = new QWidget(form->parentWidget());
    auto* v = new QVBoxLayout(cell);
    v->setContentsMargins(0, 0, 0, 2);
    v->setSpacing(1);
    editor->setParent(cell);
    v->addWidget(editor);
    auto* helpLabel = new QLabel(help, cell);
    helpLabel->setWordWrap(true);
    QFont f = helpLabel->font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    helpLabel->setFont(f);
    helpLabel->setForegroundRole(QPalette::PlaceholderText);
    v->addWidget(helpLabel);
    editor->setToolTip(help);
    form->addRow(label, cell);
}

QDoubleSpinBox* TrainSettingsForm::doubleBox(double min, double max, double step, int decimals)
{
    auto* box = new QDoubleSpinBox(this);
    box->setRange(min, max);
    box->setSingleStep(step);
    box->setDecimals(decimals);
    connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_applying) {
            m_preset->setCurrentIndex(3);
            Q_EMIT settingsChanged();
        }
    });
    return box;
}

QSpinBox* TrainSettingsForm::intBox(int min, int max, int step)
{
    auto* box = new QSpinBox(this);
    box->setRange(min, max);
    box->setSingleStep(step);
    connect(box, &QSpinBox::valueChanged, this, [this] {
        if (!m_applying) {
            m_preset->setCurrentIndex(3);
            Q_EMIT settingsChanged();
        }
    });
    return box;
}

void TrainSettingsForm::applyPreset(TrainPreset preset)
{
    setSettings(presetSettings(preset, m_modelParameters));
    m_preset->setCurrentIndex(static_cast<int>(preset));
}

void TrainSettingsForm::setDataShape(int maxLength, double evalRatio)
{
    if (m_maxLength->value() == maxLength && qFuzzyCompare(1.0 + m_evalRatio->value(), 1.0 + evalRatio))
        return;
    m_applying = true;
    m_maxLength->setValue(maxLength);
    m_evalRatio->setValue(evalRatio);
    m_applying = false;
    Q_EMIT settingsChanged();
}

void TrainSettingsForm::setModelParameters(int64_t parameters)
{
    if (parameters == m_modelParameters)
        return;
    // Only settings that are still Quick test's for the previous model follow the new one; any
    // other settings (edited, restored from last time) stay as they are.
    const bool quickTestShown = m_preset->currentIndex() == static_cast<int>(TrainPreset::QuickTest) &&
                                settings() == presetSettings(TrainPreset::QuickTest, m_modelParameters);
    m_modelParameters = parameters;
    if (quickTestShown) {
        applyPreset(TrainPreset::QuickTest);
        Q_EMIT settingsChanged();
    }
}

TrainSettings TrainSettingsForm::settings() const
{
    TrainSettings s;
    s.loraRank = m_rank->value();
    s.loraAlpha = m_alpha->value();
    s.loraDropout = m_dropout->value();
    s.targets.clear();
    for (int i = 0; i < 4; ++i) {
        if (m_targets[i]->isChecked())
            s.targets << QString::fromLatin1(kTargetNames[i]);
    }
    s.nf4 = m_nf4->isChecked();
    s.learningRate = m_lr->value();
    s.schedule = m_schedule->currentData().toString();
    s.warmupRatio = m_warmup->value();
    s.maxGradNorm = m_clip->value();
    s.maxLength = m_maxLength->value();
    s.batchSize = m_batch->value();
    s.gradAccum = m_accum->value();
    s.epochs = m_epochs->value();
    s.maxSteps = m_maxSteps->value();
    s.evalRatio = m_evalRatio->value();
    s.evalEvery = m_evalEvery->value();
    s.earlyStoppingPatience = m_patience->value();
    s.earlyStoppingThreshold = m_minDelta->value();
    s.saveEvery = m_saveEvery->value();
    s.seed = m_seed->value();
    s.gradientCheckpointing = m_checkpointing->isChecked();
    return s;
}

void TrainSettingsForm::setSettings(const TrainSettings& s)
{
    m_applying = true;
    m_rank->setValue(s.loraRank);
    m_alpha->setValue(s.loraAlpha);
    m_dropout->setValue(s.loraDropout);
    for (int i = 0; i < 4; ++i)
        m_targets[i]->setChecked(s.targets.contains(QString::fromLatin1(kTargetNames[i])));
    m_nf4->setChecked(s.nf4);
    m_lr->setValue(s.learningRate);
    m_schedule->setCurrentIndex(std::max(0, m_schedule->findData(s.schedule)));
    m_warmup->setValue(s.warmupRatio);
    m_clip->setValue(s.maxGradNorm);
    m_maxLength->setValue(s.maxLength);
    m_batch->setValue(s.batchSize);
    m_accum->setValue(s.gradAccum);
    m_epochs->setValue(s.epochs);
    m_maxSteps->setValue(s.maxSteps);
    m_evalRatio->setValue(s.evalRatio);
    m_evalEvery->setValue(s.evalEvery);
    m_patience->setValue(s.earlyStoppingPatience);
    m_minDelta->setValue(s.earlyStoppingThreshold);
    m_saveEvery->setValue(s.saveEvery);
    m_seed->setValue(s.seed);
    m_checkpointing->setChecked(s.gradientCheckpointing);
    m_applying = false;
    Q_EMIT settingsChanged();
}

} // namespace falconry::ui
