#include "ui/train/triage_panel.h"

#include "ui/system_memory.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>

namespace falconry::ui {
namespace {

double fact(const TriageFinding& g, const char* name)
{
    const auto it = g.facts.find(name);
    return it == g.facts.end() ? 0.0 : it->second;
}

QString note(const TriageFinding& g, const char* name)
{
    const auto it = g.notes.find(name);
    return it == g.notes.end() ? QString() : QString::fromStdString(it->second);
}

QString count(double v)
{
    return QLocale().toString(static_cast<qlonglong>(std::llround(v)));
}

QString number(double v)
{
    return QLocale().toString(v, 'g', 3);
}

} // namespace

TriagePanel::TriagePanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("triagePanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A few findings fit; more scroll, so the charts keep their room in a small window.
    m_scroll->setMaximumHeight(230);
    m_list = new QWidget(m_scroll);
    m_listLayout = new QVBoxLayout(m_list);
    m_listLayout->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidget(m_list);
    layout->addWidget(m_scroll);
    hide();
}

QString TriagePanel::titleOf(const TriageFinding& g)
{
    const std::string& k = g.kind;
    if (k == "memory.predicted")
        return tr("This run may not fit in memory");
    if (k == "memory.out_of_memory")
        return tr("The run ran out of memory");
    if (k == "loss.nonfinite")
        return tr("The loss became NaN");
    if (k == "loss.exploding")
        return tr("The loss is exploding");
    if (k == "loss.flat")
        return tr("The loss is flat");
    if (k == "loss.overfitting")
        return tr("The model is overfitting");
    if (k == "data.rows_cut")
        return tr("Many rows are cut at the max length");
    if (k == "data.nothing_trained")
        return tr("Nothing to train on");
    if (k == "data.trains_on_prompt")
        return tr("The loss includes the prompts");
    if (k == "disk.full")
        return tr("The disk is full");
    if (k == "model.incomplete")
        return tr("The model folder is incomplete");
    return QString::fromStdString(g.what);
}

QStringList TriagePanel::wordsOf(const TriageFinding& g)
{
    const std::string& k = g.kind;
    if (k == "memory.predicted")
        return {tr("With these settings the run needs about %1 of memory, but %2 is free.")
                    .arg(formatBytes(static_cast<qint64>(fact(g, "planned_bytes"))),
                         formatBytes(static_cast<qint64>(fact(g, "available_bytes")))),
                tr("It would swap until the computer crawls, or be stopped by the system."),
                tr("Choose one of the changes below; each says what the run would need then.")};
    if (k == "memory.out_of_memory")
        return {fact(g, "step") > 0 ? tr("Step %1 needed more memory than was free.").arg(count(fact(g, "step")))
                                    : tr("The run needed more memory than was free."),
                tr("The model, its activations and the optimizer state did not fit, so the run stopped."),
                tr("Make the run smaller with one of the changes below, then start again.")};
    if (k == "loss.nonfinite")
        return {(note(g, "what") == QLatin1String("gradient norm")
                     ? tr("At step %1 the gradients were no longer numbers (NaN or infinite).")
                     : tr("At step %1 the loss was no longer a number (NaN or infinite)."))
                    .arg(count(fact(g, "step"))),
                tr("From there the model can learn nothing; that update was not applied."),
                tr("Lower the learning rate (%1 now) and start again, or resume the last good checkpoint.")
                    .arg(number(fact(g, "learning_rate")))};
    if (k == "loss.exploding")
        return {tr("The training loss rose from %1 to %2 instead of falling.").arg(number(fact(g, "start")), number(fact(g, "peak"))),
                tr("The steps are too large: the model gets worse with each one and forgets what it knew."),
                tr("Lower the learning rate (%1 now); the best checkpoint is kept for a resume.").arg(number(fact(g, "learning_rate")))};
    if (k == "loss.flat") {
        QString todo = tr("Raise the learning rate, or check that the answers teach something new.");
        if (fact(g, "everything_masked") > 0)
            todo = tr("No token is in the loss: check which column holds the answer on the Data page.");
        else if (fact(g, "low_learning_rate") > 0)
            todo = tr("The learning rate %1 is far too low for this kind of training.").arg(number(fact(g, "learning_rate")));
        return {tr("Over %1 steps the loss stayed near %2 (it fell %3%).")
                    .arg(count(fact(g, "steps")), number(fact(g, "last")), QLocale().toString(100.0 * fact(g, "fall"), 'f', 1)),
                tr("The model is not learning from these examples: the run costs time and changes nothing."), todo};
    }
    if (k == "loss.overfitting")
        return {tr("The eval loss rose from %1 (step %2) to %3 while the training loss kept falling.")
                    .arg(number(fact(g, "best_eval_loss")), count(fact(g, "best_step")), number(fact(g, "eval_loss"))),
                tr("The model is memorising the training rows instead of learning what carries over to new questions."),
                tr("Train fewer epochs, turn on early stopping, or add more (and more varied) examples.")};
    if (k == "data.rows_cut")
        return {tr("%1 of %2 examples are longer than the max length (%3 tokens) and are cut.")
                    .arg(count(fact(g, "cut_rows")), count(fact(g, "rows")), count(fact(g, "max_length"))),
                tr("The cut part is never learned: often the end of the answer, so the model learns to stop mid-sentence."),
                tr("Raise the max length (95% of the examples fit in %1 tokens), or look at the cut rows.")
                    .arg(count(fact(g, "p95_length")))};
    if (k == "data.nothing_trained")
        return {fact(g, "all") > 0 ? tr("No token of any example is in the loss.")
                                   : tr("%1 of %2 examples have no answer token left in the loss.")
                                         .arg(count(fact(g, "rows_nothing_trained")), count(fact(g, "rows"))),
                tr("The model learns only from the answer tokens; without them a step costs time and teaches nothing."),
                tr("Map a column to the answer on the Data page, or raise the max length so the answers are not cut away.")};
    if (k == "data.trains_on_prompt")
        return {tr("Training is set to learn the whole text, the prompts too."),
                tr("The model learns to write questions like the dataset's as much as to answer them."),
                tr("Train on the answers only, unless the rows are plain text.")};
    if (k == "disk.full")
        return {tr("%1 could not be written: the disk has no space left.").arg(note(g, "path")),
                tr("Checkpoints and the adapter cannot be saved; nothing saved before was replaced."),
                tr("Free space on that disk (old runs and their checkpoints are the largest), then resume the run.")};
    if (k == "model.incomplete")
        return {tr("%1 is missing from %2.").arg(note(g, "missing"), note(g, "folder")),
                tr("Without all of its weights the model cannot be loaded (a download was cut short, or a file was moved)."),
                tr("Download the model again on the Model page, or choose a complete model folder.")};
    return {QString::fromStdString(g.what), QString::fromStdString(g.why), QString::fromStdString(g.todo)};
}

QString TriagePanel::fixLabel(const TriageFix& fix)
{
    const std::string& id = fix.id;
    const SettingsChange& c = fix.change;
    QString label;
    if (id == "nf4")
        label = tr("Use a 4-bit base");
    else if ((id == "shorter_max_length" || id == "raise_max_length") && c.maxLength)
        label = tr("Max length %1").arg(*c.maxLength);
    else if (id == "batch1_accum" && c.gradAccum)
        label = tr("Batch 1 × accumulation %1").arg(*c.gradAccum);
    else if (id == "checkpointing")
        label = tr("Gradient checkpointing");
    else if ((id == "lower_lr" || id == "raise_lr") && c.learningRate)
        label = tr("Learning rate %1").arg(number(*c.learningRate));
    else if (id == "fewer_epochs" && c.epochs)
        label = tr("Epochs %1").arg(QLocale().toString(*c.epochs, 'g', 3));
    else if (id == "fewer_epochs" && c.maxSteps)
        label = tr("Max steps %1").arg(*c.maxSteps);
    else if (id == "early_stopping" && c.earlyStoppingPatience)
        label = tr("Early stopping (patience %1)").arg(*c.earlyStoppingPatience);
    else if (id == "train_on_answers")
        label = tr("Train on answers only");
    else if (id == "show_cut_rows")
        label = tr("Show the cut rows");
    else if (id == "edit_mapping")
        label = tr("Open the Data page");
    // fp32 (no setting on this page: falconry-cli train --dtype fp32), more data, free disk, choose
    // a model: words only.
    if (!label.isEmpty() && fix.plannedBytes)
        label = tr("%1 (needs %2)").arg(label, formatBytes(*fix.plannedBytes));
    return label;
}

void TriagePanel::showFindings(std::vector<TriageFinding> findings)
{
    for (QWidget* card : m_cards)
        delete card;
    m_cards.clear();
    m_findings = std::move(findings);
    for (size_t i = 0; i < m_findings.size(); ++i) {
        const TriageFinding& g = m_findings[i];
        auto* card = new QFrame(m_list);
        card->setObjectName(QStringLiteral("triage_") + QString::fromStdString(g.kind));
        card->setFrameShape(QFrame::StyledPanel);
        auto* v = new QVBoxLayout(card);
        v->setContentsMargins(6, 4, 6, 4);
        v->setSpacing(2);
        const QStringList words = wordsOf(g);
        auto* text = new QLabel(card);
        text->setObjectName(QStringLiteral("triageText"));
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        text->setText(QStringLiteral("<b>%1</b> %2<br>%3<br><i>%4</i>")
                          .arg(titleOf(g).toHtmlEscaped(), words.value(0).toHtmlEscaped(), words.value(1).toHtmlEscaped(),
                               words.value(2).toHtmlEscaped()));
        v->addWidget(text);
        // Two fixes a row: four memory fixes with their sizes in one row would be wider than the
        // page in a window of 1024 pixels.
        auto* buttons = new QGridLayout;
        int placed = 0;
        for (size_t j = 0; j < g.fixes.size(); ++j) {
            const QString label = fixLabel(g.fixes[j]);
            if (label.isEmpty())
                continue;
            auto* b = new QPushButton(label, card);
            b->setObjectName(QStringLiteral("fix_") + QString::fromStdString(g.fixes[j].id));
            b->setToolTip(QString::fromStdString(g.fixes[j].text));
            connect(b, &QPushButton::clicked, this, [this, i, j] { Q_EMIT fixRequested(int(i), int(j)); });
            buttons->addWidget(b, placed / 2, placed % 2);
            ++placed;
        }
        buttons->setColumnStretch(2, 1);
        v->addLayout(buttons);
        m_listLayout->addWidget(card);
        m_cards.push_back(card);
    }
    setVisible(!m_findings.empty());
}

QPushButton* TriagePanel::fixButton(const QString& kind, const QString& fixId) const
{
    for (size_t i = 0; i < m_findings.size(); ++i)
        if (QString::fromStdString(m_findings[i].kind) == kind)
            return m_cards[i]->findChild<QPushButton*>(QStringLiteral("fix_") + fixId);
    return nullptr;
}

QString TriagePanel::findingText(const QString& kind) const
{
    for (size_t i = 0; i < m_findings.size(); ++i)
        if (QString::fromStdString(m_findings[i].kind) == kind)
            return titleOf(m_findings[i]) + QLatin1Char('\n') + wordsOf(m_findings[i]).join(QLatin1Char('\n'));
    return {};
}

void TriagePanel::markApplied(int finding, const QString& what)
{
    if (finding < 0 || finding >= int(m_cards.size()))
        return;
    QWidget* card = m_cards[size_t(finding)];
    for (QPushButton* b : card->findChildren<QPushButton*>())
        b->setEnabled(false);
    auto* done = new QLabel(tr("Changed: %1. Press Start to try again.").arg(what), card);
    done->setObjectName(QStringLiteral("triageApplied"));
    done->setWordWrap(true);
    static_cast<QVBoxLayout*>(card->layout())->addWidget(done);
}

} // namespace falconry::ui
