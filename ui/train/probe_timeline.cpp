#include "ui/train/probe_timeline.h"

#include "core/train/probes.h"
#include "ui/train/run_clock.h"
#include "ui/train/word_diff.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace falconry::ui {
namespace {

constexpr int kAnswersRole = Qt::UserRole + 1;

/** One model's answer, as the list item keeps it. */
struct Answer {
    int step = 0;
    QString checkpoint;
    QString text;
    QString reference;
};

QString modelTitle(const Answer& a)
{
    if (a.step == 0)
        return ProbeTimeline::tr("Base model");
    if (a.checkpoint.startsWith(QLatin1String("step-")))
        return ProbeTimeline::tr("Checkpoint at step %1").arg(QLocale().toString(a.step));
    return ProbeTimeline::tr("Final adapter (step %1)").arg(QLocale().toString(a.step));
}

/** `after` with the words changed since `before` marked. */
QString markedHtml(const QString& before, const QString& after)
{
    QString html;
    for (const WordDiffPiece& piece : diffWords(before, after)) {
        const QString text = piece.text.toHtmlEscaped();
        switch (piece.kind) {
        case WordDiffPiece::Kind::Same: html += text + QLatin1Char(' '); break;
        case WordDiffPiece::Kind::Added:
            html += QStringLiteral("<span style=\"background-color:#c6efce; color:#05400a;\">%1</span> ").arg(text);
            break;
        case WordDiffPiece::Kind::Removed:
            html += QStringLiteral("<s style=\"color:#9c0006;\">%1</s> ").arg(text);
            break;
        }
    }
    return html.trimmed();
}

} // namespace

ProbeTimeline::ProbeTimeline(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("probeTimeline"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_cost = new QLabel(this);
    m_cost->setObjectName(QStringLiteral("probeCost"));
    m_cost->setWordWrap(true);
    layout->addWidget(m_cost);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_prompts = new QListWidget(splitter);
    m_prompts->setObjectName(QStringLiteral("probePromptList"));
    m_prompts->setWordWrap(true);
    m_prompts->setTextElideMode(Qt::ElideRight);
    m_timeline = new QTextBrowser(splitter);
    m_timeline->setObjectName(QStringLiteral("probeAnswers"));
    m_timeline->setOpenLinks(false);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 600});
    layout->addWidget(splitter, 1);
    connect(m_prompts, &QListWidget::currentRowChanged, this, &ProbeTimeline::showPrompt);
    showRun(QString(), 0.0);
}

void ProbeTimeline::showRun(const QString& runDir, double runSeconds)
{
    m_runDir = runDir;
    m_runSeconds = runSeconds;
    m_fileSize = -1;
    m_fileTime = QDateTime();
    load();
}

void ProbeTimeline::reload(double runSeconds)
{
    m_runSeconds = runSeconds;
    const QFileInfo file(QDir(m_runDir).filePath(QString::fromLatin1(kProbesFile)));
    if (m_runDir.isEmpty() || (file.size() == m_fileSize && file.lastModified() == m_fileTime && file.exists()))
        return;
    load();
}

void ProbeTimeline::load()
{
    const QString current = m_prompts->currentItem() ? m_prompts->currentItem()->data(Qt::UserRole).toString() : QString();
    m_prompts->clear();
    m_timeline->clear();
    if (m_runDir.isEmpty()) {
        m_cost->setText(tr("Choose a run under \"Runs\", or start one: its probe answers appear here."));
        return;
    }
    const QFileInfo file(QDir(m_runDir).filePath(QString::fromLatin1(kProbesFile)));
    m_fileSize = file.exists() ? file.size() : -1;
    m_fileTime = file.lastModified();
    const std::vector<ProbeAnswer> answers = readProbeAnswers(QDir(m_runDir).filesystemAbsolutePath());
    if (answers.empty()) {
        m_cost->setText(tr("No probe answers in this run yet. They are written when the base model has answered "
                           "and at every checkpoint (turn them on under \"Probe prompts\")."));
        return;
    }
    // Prompts in first-seen order; per prompt its answers by step.
    std::vector<QString> order;
    std::map<QString, std::vector<Answer>> byPrompt;
    std::map<int64_t, double> secondsByStep; // one batch per model
    for (const ProbeAnswer& a : answers) {
        const QString prompt = QString::fromStdString(a.prompt);
        if (!byPrompt.count(prompt))
            order.push_back(prompt);
        byPrompt[prompt].push_back(Answer{static_cast<int>(a.step), QString::fromStdString(a.checkpoint),
                                          QString::fromStdString(a.answer), QString::fromStdString(a.reference)});
        secondsByStep[a.step] = a.seconds;
    }
    double probeSeconds = 0.0;
    for (const auto& [step, seconds] : secondsByStep)
        probeSeconds += seconds;
    const QLocale locale;
    QString cost = tr("%n prompt(s) answered by %1 model(s); the answers took %2 in all", nullptr, int(order.size()))
                       .arg(locale.toString(qlonglong(secondsByStep.size())), RunClock::formatDuration(probeSeconds));
    if (probeSeconds < 1.0)
        cost = tr("%n prompt(s) answered by %1 model(s); the answers took %2 s in all", nullptr, int(order.size()))
                   .arg(locale.toString(qlonglong(secondsByStep.size())), locale.toString(probeSeconds, 'f', 2));
    if (m_runSeconds > 0.0)
        cost += tr(" (%1 % of the run's %2).")
                    .arg(locale.toString(100.0 * probeSeconds / m_runSeconds, 'f', 1), RunClock::formatDuration(m_runSeconds));
    else
        cost += QLatin1Char('.');
    m_cost->setText(cost);
    for (const QString& prompt : order) {
        auto* item = new QListWidgetItem(prompt.simplified(), m_prompts);
        item->setData(Qt::UserRole, prompt);
        item->setToolTip(prompt);
        std::vector<Answer> list = byPrompt[prompt];
        std::stable_sort(list.begin(), list.end(), [](const Answer& x, const Answer& y) { return x.step < y.step; });
        QVariantList packed;
        for (const Answer& a : list)
            packed.append(QVariant(QVariantList{a.step, a.checkpoint, a.text, a.reference})); // one entry per model
        item->setData(kAnswersRole, packed);
    }
    int row = 0;
    for (int i = 0; i < m_prompts->count(); ++i)
        if (m_prompts->item(i)->data(Qt::UserRole).toString() == current)
            row = i;
    m_prompts->setCurrentRow(row);
}

void ProbeTimeline::showPrompt()
{
    const QListWidgetItem* item = m_prompts->currentItem();
    if (!item) {
        m_timeline->clear();
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b><br/><span style=\"white-space:pre-wrap;\">%2</span></p>")
                       .arg(tr("Prompt"), item->data(Qt::UserRole).toString().toHtmlEscaped());
    QString previous;
    QString reference;
    bool first = true;
    for (const QVariant& v : item->data(kAnswersRole).toList()) {
        const QVariantList f = v.toList();
        const Answer a{f.value(0).toInt(), f.value(1).toString(), f.value(2).toString(), f.value(3).toString()};
        if (!a.reference.isEmpty())
            reference = a.reference;
        QString body;
        if (first)
            body = a.text.toHtmlEscaped();
        else if (a.text == previous)
            body = a.text.toHtmlEscaped() + QStringLiteral(" <i style=\"color:gray;\">(%1)</i>").arg(tr("unchanged"));
        else
            body = markedHtml(previous, a.text);
        if (a.text.trimmed().isEmpty())
            body = QStringLiteral("<i style=\"color:gray;\">%1</i>").arg(tr("(no answer: the model ended at once)"));
        html += QStringLiteral("<p><b>%1</b><br/>%2</p>").arg(modelTitle(a).toHtmlEscaped(), body);
        previous = a.text;
        first = false;
    }
    if (!reference.isEmpty())
        html += QStringLiteral("<hr/><p><b>%1</b><br/>%2</p>")
                    .arg(tr("Reference answer (from the dataset)"), reference.toHtmlEscaped());
    m_timeline->setHtml(html);
}

int ProbeTimeline::promptCount() const
{
    return m_prompts->count();
}

QString ProbeTimeline::timelineHtml() const
{
    return m_timeline->toHtml();
}

QString ProbeTimeline::costText() const
{
    return m_cost->text();
}

void ProbeTimeline::selectPrompt(int row)
{
    m_prompts->setCurrentRow(row);
}

} // namespace falconry::ui
