#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace falconry::ui {

/**
 * What one side of Compare answers with: the base model or the tuned one (base + adapter),
 * with or without the knowledge base. Two of them give the four combinations of the
 * strategy question: base, base + KB, tuned, tuned + KB.
 */
class CompareSideChooser final : public QWidget {
    Q_OBJECT
public:
    CompareSideChooser(const QString& label, bool tuned, QWidget* parent = nullptr);

    bool tuned() const;
    void setTuned(bool tuned);
    bool usesKnowledge() const;
    void setUsesKnowledge(bool on);
    /** Without a knowledge base (or an empty one) the check box is off and disabled, with `why` as its tooltip. */
    void setKnowledgeAvailable(bool available, const QString& why);
    /** "Base model", "Tuned model + knowledge base", ... */
    QString sideName() const;
    QComboBox* modelBox() const { return m_model; }
    QCheckBox* knowledgeBox() const { return m_knowledge; }

Q_SIGNALS:
    void changed();

private:
    QComboBox* m_model = nullptr;
    QCheckBox* m_knowledge = nullptr;
};

} // namespace falconry::ui
