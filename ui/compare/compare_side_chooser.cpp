#include "ui/compare/compare_side_chooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace falconry::ui {

CompareSideChooser::CompareSideChooser(const QString& label, bool tuned, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_model = new QComboBox(this);
    m_model->addItem(tr("Base model"), false);
    m_model->addItem(tr("Tuned model"), true);
    m_model->setCurrentIndex(tuned ? 1 : 0);
    m_knowledge = new QCheckBox(tr("with the knowledge base"), this);
    m_knowledge->setToolTip(tr("Put the passages of the knowledge base that match the message in front of it, "
                               "numbered, and ask for an answer that cites them"));
    layout->addWidget(new QLabel(label, this));
    layout->addWidget(m_model);
    layout->addWidget(m_knowledge);
    layout->addStretch(1);
    connect(m_model, &QComboBox::currentIndexChanged, this, &CompareSideChooser::changed);
    connect(m_knowledge, &QCheckBox::toggled, this, &CompareSideChooser::changed);
}

bool CompareSideChooser::tuned() const
{
    return m_model->currentData().toBool();
}

void CompareSideChooser::setTuned(bool tuned)
{
    m_model->setCurrentIndex(tuned ? 1 : 0);
}

bool CompareSideChooser::usesKnowledge() const
{
    return m_knowledge->isChecked() && m_knowledge->isEnabled();
}

void CompareSideChooser::setUsesKnowledge(bool on)
{
    m_knowledge->setChecked(on);
}

void CompareSideChooser::setKnowledgeAvailable(bool available, const QString& why)
{
    m_knowledge->setEnabled(available);
    m_knowledge->setToolTip(available ? tr("Put the passages of the knowledge base that match the message in front of "
                                           "it, numbered, and ask for an answer that cites them")
                                      : why);
}

QString CompareSideChooser::sideName() const
{
    if (usesKnowledge())
        return tuned() ? tr("Tuned model + knowledge base") : tr("Base model + knowledge base");
    return tuned() ? tr("Tuned model") : tr("Base model");
}

} // namespace falconry::ui
