// The Train page's triage (core/train/run_triage): the facts before a start, the findings after
// a run, and the one-click fixes applied to the settings the next run is built from.
#include "ui/train/train_page.h"

#include "core/model/falcon_config.h"
#include "core/tokenizer/tokenizer.h"
#include "core/train/trainer.h"
#include "ui/data/data_settings.h"
#include "ui/system_memory.h"
#include "ui/train/train_job.h"
#include "ui/train/train_settings_form.h"
#include "ui/train/triage_panel.h"
#include "ui/work_session.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>

#include <algorithm>
#include <memory>
#include <optional>

namespace falconry::ui {

TrainRequest TrainPage::newRunRequest() const
{
    return requestFor(WorkSession::runsRoot() + QStringLiteral("/next"));
}

bool TrainPage::triageBeforeStart(const TrainRequest& request)
{
    m_facts = RunFacts{};
    m_facts.settings = toTrainConfig(request);
    // The rows as the run renders them, tokenized once more: milliseconds for the demo, seconds for
    // tens of thousands of rows, so off the GUI thread; the window stays alive meanwhile and Start
    // is off until the check is done.
    {
        auto data = std::make_shared<std::optional<DataFacts>>();
        QEventLoop wait;
        const QPointer<QEventLoop> guard(&wait);
        const TrainConfig settings = m_facts.settings;
        m_start->setEnabled(false);
        appendLog(tr("Checking the data as the run will see it…"));
        QThreadPool::globalInstance()->start([data, settings, guard] {
            try {
                const auto tokenizer = Tokenizer::load(settings.modelDir);
                *data = readDataFacts(settings, *tokenizer);
            } catch (const std::exception&) {
                // The run itself says what is wrong with the data or the tokenizer, and triage words its kind then.
            }
            QMetaObject::invokeMethod(QCoreApplication::instance(), [guard] {
                if (guard)
                    guard->quit();
            }, Qt::QueuedConnection);
        });
        wait.exec(QEventLoop::ExcludeUserInputEvents);
        m_start->setEnabled(true);
        if (*data)
            m_facts.data = std::move(**data);
    }
    try {
        const FalconConfig model = FalconConfig::load(m_facts.settings.modelDir);
        m_facts.plan = [model](const TrainConfig& c) { return plannedBytesFor(c, model); };
        m_facts.plannedBytes = m_facts.plan(m_facts.settings);
        const SystemMemory memory = readSystemMemory();
        m_facts.availableBytes = memory.availableBytes > 0 ? memory.availableBytes : memory.totalBytes;
    } catch (const std::exception&) {
        // No readable config.json: the load reports it.
    }
    std::vector<TriageFinding> findings = falconry::triageBeforeStart(m_facts);
    const bool nothing = std::any_of(findings.begin(), findings.end(), [](const TriageFinding& g) {
        return g.kind == "data.nothing_trained" && g.facts.count("all") && g.facts.at("all") > 0;
    });
    m_triage->showFindings(std::move(findings));
    if (nothing) {
        showProblem(tr("Not started: no token of any example would be in the loss. See the finding below for what to change."));
        return false;
    }
    return true;
}

void TrainPage::triageAfterRun(const QString& errorKind, const QVariantMap& errorFields)
{
    RunFacts facts = m_facts;
    facts.points = readMetricPoints(m_runDir.toStdString());
    facts.errorKind = errorKind.toStdString();
    facts.errorFields.clear();
    for (auto it = errorFields.begin(); it != errorFields.end(); ++it)
        facts.errorFields[it.key().toStdString()] = it.value().toString().toStdString();
    m_triage->showFindings(triageRun(facts));
}

void TrainPage::applyTriageFix(int finding, int fixIndex)
{
    const std::vector<TriageFinding>& findings = m_triage->findings();
    if (finding < 0 || finding >= int(findings.size()) || fixIndex < 0 || fixIndex >= int(findings[size_t(finding)].fixes.size()))
        return;
    const TriageFinding& g = findings[size_t(finding)];
    const TriageFix& fix = g.fixes[size_t(fixIndex)];
    const QString label = TriagePanel::fixLabel(fix);
    switch (fix.action) {
    case FixAction::Settings: {
        const SettingsChange& c = fix.change;
        TrainSettings s = m_form->settings();
        if (c.learningRate)
            s.learningRate = *c.learningRate;
        if (c.nf4)
            s.nf4 = *c.nf4;
        if (c.maxLength)
            s.maxLength = static_cast<int>(*c.maxLength);
        if (c.batchSize)
            s.batchSize = static_cast<int>(*c.batchSize);
        if (c.gradAccum)
            s.gradAccum = static_cast<int>(*c.gradAccum);
        if (c.gradientCheckpointing)
            s.gradientCheckpointing = *c.gradientCheckpointing;
        if (c.epochs) {
            s.epochs = *c.epochs;
            s.maxSteps = 0; // epochs count only without max steps
        }
        if (c.maxSteps)
            s.maxSteps = static_cast<int>(*c.maxSteps);
        if (c.earlyStoppingPatience)
            s.earlyStoppingPatience = static_cast<int>(*c.earlyStoppingPatience);
        m_form->setSettings(s); // saved, and max length goes to the session's data settings (its one home)
        pushDataShape();
        if (c.trainOn) {
            DataSettings d = m_session.dataSettings();
            d.trainOn = *c.trainOn == "everything" ? TrainOn::Everything : TrainOn::Answers;
            m_session.setDataSettings(d);
        }
        m_triage->markApplied(finding, label);
        appendLog(tr("Changed by the triage: %1.").arg(label));
        return;
    }
    case FixAction::ShowCutRows: {
        QList<qulonglong> ids;
        for (uint64_t id : g.rowIds)
            ids.append(id);
        // The Data page shows the rows when it holds this dataset; otherwise a list of their row numbers.
        const QString project = m_session.dataProjectFolder();
        if (!project.isEmpty() && QDir(project).absolutePath() == QFileInfo(m_session.datasetPath()).absolutePath()) {
            Q_EMIT dataRowsRequested(ids);
            return;
        }
        QStringList numbers;
        for (int i = 0; i < std::min<int>(int(ids.size()), 200); ++i)
            numbers << QLocale().toString(ids[i]);
        auto* box = new QMessageBox(QMessageBox::Information, tr("Rows cut at the max length"),
                                    tr("%n row(s) are longer than the max length.", nullptr, int(ids.size())), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("cutRowsBox"));
        box->setInformativeText(tr("Open the dataset on the Data page (Import…) to see them marked as too long."));
        box->setDetailedText(tr("Row ids: %1").arg(numbers.join(QStringLiteral(", "))));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    case FixAction::EditMapping:
        Q_EMIT dataRowsRequested({});
        return;
    case FixAction::AddData:
    case FixAction::FreeDisk:
    case FixAction::ChooseModel:
        return; // words only
    }
}

} // namespace falconry::ui
