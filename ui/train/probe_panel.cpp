#include "ui/train/probe_panel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace falconry::ui {

ProbePanel::ProbePanel(QWidget* parent)
    : QGroupBox(tr("Probe prompts"), parent)
{
    setObjectName(QStringLiteral("probePanel"));
    auto* layout = new QVBoxLayout(this);
    m_enabled = new QCheckBox(tr("Answer probe prompts at every checkpoint"), this);
    m_enabled->setObjectName(QStringLiteral("probesEnabled"));
    m_enabled->setToolTip(tr("The base model answers once, then every checkpoint as it is written (greedy, between "
                             "training steps, on the weights already loaded). The Probes tab shows how the answers "
                             "change. Each round costs a short generation: seconds on small models, longer on 7B."));
    layout->addWidget(m_enabled);
    m_prompts = new QPlainTextEdit(this);
    m_prompts->setObjectName(QStringLiteral("probePrompts"));
    m_prompts->setPlaceholderText(tr("One prompt per line, as a user would ask it.\nEmpty: the first three held-out "
                                     "examples of the dataset, with their answers as the reference."));
    m_prompts->setMaximumHeight(96);
    m_prompts->setTabChangesFocus(true);
    layout->addWidget(m_prompts);
    auto* form = new QFormLayout;
    m_maxTokens = new QSpinBox(this);
    m_maxTokens->setObjectName(QStringLiteral("probeMaxTokens"));
    m_maxTokens->setRange(1, 1024);
    m_maxTokens->setSingleStep(16);
    m_maxTokens->setToolTip(tr("New tokens per answer at most. 32–128; longer answers cost more time at each checkpoint."));
    form->addRow(tr("Answer length:"), m_maxTokens);
    layout->addLayout(form);

    setFrom(TrainSettings{});
    auto emitChanged = [this] {
        if (!m_applying)
            Q_EMIT changed();
    };
    connect(m_enabled, &QCheckBox::toggled, this, [this, emitChanged] {
        updateEnabled();
        emitChanged();
    });
    connect(m_prompts, &QPlainTextEdit::textChanged, this, emitChanged);
    connect(m_maxTokens, &QSpinBox::valueChanged, this, emitChanged);
}

void ProbePanel::setFrom(const TrainSettings& settings)
{
    m_applying = true;
    m_enabled->setChecked(settings.probes);
    m_prompts->setPlainText(settings.probePrompts.join(QLatin1Char('\n')));
    m_maxTokens->setValue(settings.probeMaxTokens);
    m_applying = false;
    updateEnabled();
}

void ProbePanel::applyTo(TrainSettings& settings) const
{
    settings.probes = m_enabled->isChecked();
    settings.probePrompts.clear();
    for (const QString& line : m_prompts->toPlainText().split(QLatin1Char('\n'))) {
        const QString prompt = line.trimmed();
        if (!prompt.isEmpty())
            settings.probePrompts << prompt;
    }
    settings.probeMaxTokens = m_maxTokens->value();
}

void ProbePanel::updateEnabled()
{
    m_prompts->setEnabled(m_enabled->isChecked());
    m_maxTokens->setEnabled(m_enabled->isChecked());
}

} // namespace falconry::ui
