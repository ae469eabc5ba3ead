#pragma once

#include <QFrame>

namespace falconry::ui {

/**
 * "What should the model learn: how to talk, or what to know?" The first question of the
 * path, answered in plain words: fine-tuning (Data, then Train) teaches behaviour and tone;
 * a knowledge base (Knowledge) supplies facts that must be exact and current; many uses
 * want both. Its buttons send the user to the step that fits.
 */
class StrategyGuide final : public QFrame {
    Q_OBJECT
public:
    explicit StrategyGuide(QWidget* parent = nullptr);

Q_SIGNALS:
    void dataRequested();
    void knowledgeRequested();
};

} // namespace falconry::ui
