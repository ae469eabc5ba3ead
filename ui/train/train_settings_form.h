#pragma once

#include "ui/train/train_settings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QSpinBox;

namespace falconry::ui {

/**
 * Every hyperparameter of a run, each with a line of help giving practical
 * ranges, and the presets ("Quick test", "Falcon QLoRA recipe", "Low memory").
 */
class TrainSettingsForm final : public QWidget {
    Q_OBJECT
public:
    explicit TrainSettingsForm(QWidget* parent = nullptr);

    TrainSettings settings() const;
    void setSettings(const TrainSettings& settings);
    void applyPreset(TrainPreset preset);
    /** Shows max length and eval split as the session's data settings hold them (the preset shown stays). */
    void setDataShape(int maxLength, double evalRatio);
    /** The chosen model's size, for the size-dependent presets; re-applies the preset shown. */
    void setModelParameters(int64_t parameters);
    QComboBox* presetBox() const { return m_preset; }

Q_SIGNALS:
    void settingsChanged();

private:
    void addRow(QFormLayout* form, const QString& label, QWidget* editor, const QString& help);
    QDoubleSpinBox* doubleBox(double min, double max, double step, int decimals);
    QSpinBox* intBox(int min, int max, int step);

    bool m_applying = false;
    int64_t m_modelParameters = 0;
    QComboBox* m_preset = nullptr;
    QSpinBox* m_rank = nullptr;
    QDoubleSpinBox* m_alpha = nullptr;
    QDoubleSpinBox* m_dropout = nullptr;
    QCheckBox* m_targets[4] = {};
    QCheckBox* m_nf4 = nullptr;
    QDoubleSpinBox* m_lr = nullptr;
    QComboBox* m_schedule = nullptr;
    QDoubleSpinBox* m_warmup = nullptr;
    QDoubleSpinBox* m_clip = nullptr;
    QSpinBox* m_maxLength = nullptr;
    QSpinBox* m_batch = nullptr;
    QSpinBox* m_accum = nullptr;
    QDoubleSpinBox* m_epochs = nullptr;
    QSpinBox* m_maxSteps = nullptr;
    QDoubleSpinBox* m_evalRatio = nullptr;
    QSpinBox* m_evalEvery = nullptr;
    QSpinBox* m_patience = nullptr;
    QDoubleSpinBox* m_minDelta = nullptr;
    QSpinBox* m_saveEvery = nullptr;
    QSpinBox* m_seed = nullptr;
    QCheckBox* m_checkpointing = nullptr;
};

} // namespace falconry::ui
