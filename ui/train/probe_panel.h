#pragma once

#include "ui/train/train_settings.h"

#include <QGroupBox>

class QCheckBox;
class QPlainTextEdit;
class QSpinBox;

namespace falconry::ui {

/**
 * The Train page's probe prompts: whether each checkpoint answers them, the prompts (one per
 * line; none = the first held-out examples of the dataset, whose answers are the reference),
 * and how long an answer may get. Edits the probe fields of TrainSettings.
 */
class ProbePanel final : public QGroupBox {
    Q_OBJECT
public:
    explicit ProbePanel(QWidget* parent = nullptr);

    /** Shows the probe fields of `settings`. */
    void setFrom(const TrainSettings& settings);
    /** Writes the panel's values into the probe fields of `settings`. */
    void applyTo(TrainSettings& settings) const;

Q_SIGNALS:
    void changed();

private:
    void updateEnabled();

    QCheckBox* m_enabled = nullptr;
    QPlainTextEdit* m_prompts = nullptr;
    QSpinBox* m_maxTokens = nullptr;
    bool m_applying = false;
};

} // namespace falconry::ui
