#pragma once

#include "ui/compare/compare_job.h"
#include "ui/engine/engine_types.h"
#include "ui/knowledge/knowledge_context.h"

#include "core/data/chat_prompt.h"

#include <QWidget>

#include <random>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace falconry::ui {

class ChatPane;
class CompareSideChooser;
struct ChatFormat;
class EngineController;
class WorkSession;

/**
 * Step 4: the base model (left) and the tuned model (right) answer the same
 * message at once, streamed from one batch over one copy of the weights. In
 * blind mode the sides are shuffled and unlabeled and the user votes; votes
 * become preference data (prompt, chosen, rejected) next to the run.
 */
class ComparePage final : public QWidget {
    Q_OBJECT
public:
    ComparePage(WorkSession& session, EngineController& engine, QWidget* parent = nullptr);

    /** Sends `message` to both sides (as the Send button); false with the reason shown when it cannot. */
    bool send(const QString& message);
    void stop();
    void clear();
    /** Records a vote for the last exchange: -1 = left, +1 = right, 0 = tie. Returns "" or the problem. */
    QString vote(int side);
    bool isGenerating() const { return m_jobId != 0; }
    bool blindMode() const;
    void setBlindMode(bool blind);
    ChatPane* leftPane() const { return m_left; }
    /** What the left (row 0) and right (row 1) side answer with: base or tuned, with or without the knowledge base. */
    CompareSideChooser* leftSide() const { return m_sides[0]; }
    CompareSideChooser* rightSide() const { return m_sides[1]; }
    ChatPane* rightPane() const { return m_right; }
    QString adapterDir() const;
    void setAdapterDir(const QString& dir);
    QString preferencesPath() const;
    /** Sets the sampling controls (temperature 0 = greedy). */
    void setSampling(const SamplingSettings& sampling);
    /** "4-bit weights for chat": the answers come from the model quantized to NF4 (one copy, the adapter on the side). */
    bool fourBitWeights() const;

Q_SIGNALS:
    void answersFinished();

private:
    void refreshAdapters();
    void chooseAdapterFolder();
    void onTokens(quint64 id, const QList<TokenChunk>& chunks);
    /** Ends the turn on both panes, each with its own note (row 0 = base, 1 = tuned); `keep` = whole answers. */
    void onEnded(quint64 id, const QString& baseNote, const QString& tunedNote, bool keep);
    /** Why Send cannot run now (shown on the page and as the button's tooltip); empty when it can. */
    QString whyNotReady() const;
    /** The template and mapping prompts are written with (the adapter's run's by default). */
    ChatFormat chatFormat() const;
    QString formatNote() const;
    /** "12 tokens, answer complete; both sides at 80 tokens/s" for one row of a finished job. */
    QString answerNote(const JobResult& result, int row) const;
    void updateTitles();
    void updateButtons();
    /** Enables the sides' knowledge-base check boxes when the session has a knowledge base with documents. */
    void updateKnowledgeAvailability();
    /** The 4-bit box as the remembered choice (or the model's size) says. */
    void updateFourBitWeights();
    /** Whether row 1 runs: a base side always can, a tuned side needs an adapter. */
    bool secondRowRuns() const;
    SamplingSettings sampling() const;
    /** The pane that shows row 0 (base) / row 1 (tuned) for the current exchange. */
    ChatPane* paneForRow(int row) const;

    WorkSession& m_session;
    EngineController& m_engine;
    QComboBox* m_adapter = nullptr;
    QComboBox* m_template = nullptr;
    QDoubleSpinBox* m_temperature = nullptr;
    QDoubleSpinBox* m_topP = nullptr;
    QSpinBox* m_topK = nullptr;
    QSpinBox* m_maxTokens = nullptr;
    QDoubleSpinBox* m_repetition = nullptr;
    QCheckBox* m_blind = nullptr;
    QCheckBox* m_fourBit = nullptr;
    CompareSideChooser* m_sides[2] = {nullptr, nullptr};
    QList<CitedPassage> m_pendingPassages[2]; // the finished job's passages per row, shown under the answers
    QLabel* m_engineNote = nullptr;
    ChatPane* m_left = nullptr;
    ChatPane* m_right = nullptr;
    QPlainTextEdit* m_input = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_clear = nullptr;
    QWidget* m_voteRow = nullptr;
    QLabel* m_voteStatus = nullptr;
    quint64 m_jobId = 0;
    bool m_swapped = false;   // blind mode: the tuned answer is on the left
    bool m_canVote = false;
    QString m_lastMessage;
    QString m_lastBasePrompt; // the exact prompt of the last exchange (preference data records it)
    mutable std::mt19937 m_rng{std::random_device{}()};
};

} // namespace falconry::ui
