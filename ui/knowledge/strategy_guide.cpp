#include "ui/knowledge/strategy_guide.h"

#include "ui/knowledge/knowledge_settings.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace falconry::ui {

StrategyGuide::StrategyGuide(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("strategyGuide"));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* grid = new QGridLayout(this);
    auto* title = new QLabel(tr("<b>What should the model learn: how to talk, or what to know?</b> Many uses want both; "
                                "Compare shows base and tuned, each with or without the knowledge base, side by side."),
                             this);
    title->setWordWrap(true);
    auto* hideButton = new QPushButton(tr("Hide"), this);
    hideButton->setObjectName(QStringLiteral("guideHide"));
    hideButton->setFlat(true);
    hideButton->setToolTip(tr("Hide this guide (the Knowledge and Data steps stay in the list on the left)"));
    auto* talk = new QLabel(tr("<b>How to talk</b>: a tone, a persona, a format, the way your team answers. "
                               "Show it examples and <i>fine-tune</i> it: the behaviour becomes part of the model."),
                            this);
    auto* know = new QLabel(tr("<b>What to know</b>: facts that must be exact and current, such as a manual, prices or "
                               "policies. Give it a <i>knowledge base</i>: it looks the facts up and cites them, and a "
                               "changed document is simply imported again."),
                            this);
    for (QLabel* label : {talk, know})
        label->setWordWrap(true);
    auto* toData = new QPushButton(tr("Teach it how to talk: Data"), this);
    toData->setObjectName(QStringLiteral("guideToData"));
    auto* toKnowledge = new QPushButton(tr("Give it facts: Knowledge"), this);
    toKnowledge->setObjectName(QStringLiteral("guideToKnowledge"));
    grid->setContentsMargins(6, 4, 6, 4);
    grid->setVerticalSpacing(2);
    grid->addWidget(title, 0, 0, 1, 4);
    grid->addWidget(hideButton, 0, 4, Qt::AlignRight | Qt::AlignTop);
    grid->addWidget(talk, 1, 0);
    grid->addWidget(toData, 1, 1, Qt::AlignVCenter);
    grid->addWidget(know, 1, 2);
    grid->addWidget(toKnowledge, 1, 3, 1, 2, Qt::AlignVCenter);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(2, 1);
    if (KnowledgeSettings::guideHidden().get())
        hide(); // (no setVisible(true) here: the guide has no parent yet and would open as a window)
    connect(hideButton, &QPushButton::clicked, this, [this] {
        KnowledgeSettings::guideHidden().set(true);
        hide();
    });
    connect(toData, &QPushButton::clicked, this, &StrategyGuide::dataRequested);
    connect(toKnowledge, &QPushButton::clicked, this, &StrategyGuide::knowledgeRequested);
}

} // namespace falconry::ui
