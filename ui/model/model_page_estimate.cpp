// The Model page's training-time estimate: the chosen data's tokens (counted off the GUI thread,
// as training renders them) over this computer's training speed (measured in a run of the model
// here, else estimated from the measured matmul rate), with where the figure comes from.
#include "ui/model/model_page.h"

#include "ui/model/memory_plan.h"
#include "ui/work_session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QSpinBox>
#include <QThreadPool>

#include <cmath>

namespace falconry::ui {

void ModelPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_speedModel.clear();
    updatePlan();
}

void ModelPage::refreshEstimate()
{
    const CatalogueEntry* e = currentEntry();
    const QString modelDir = e ? e->localDir : QString();
    if (modelDir != m_speedModel || modelDir.isEmpty()) {
        m_speedModel = modelDir;
        m_speed = measuredTrainingSpeed(WorkSession::runsRoot(), modelDir);
    }
    const QPointer<ModelPage> guard(this);
    if (m_speed.source == TrainingSpeed::Source::None && m_matmulGflops <= 0 && !m_measuringMatmul) {
        m_measuringMatmul = true;
        QThreadPool::globalInstance()->start([guard] {
            const double gflops = measuredMatmulGflops();
            QMetaObject::invokeMethod(QCoreApplication::instance(), [guard, gflops] {
                if (!guard)
                    return;
                guard->m_measuringMatmul = false;
                guard->m_matmulGflops = gflops;
                guard->updatePlan();
            }, Qt::QueuedConnection);
        });
    }

    // The dataset's tokens, counted again only when model, data, max length or the file changed.
    const QString dataset = m_session.datasetPath();
    const QFileInfo file(dataset);
    const QString key = QStringList{modelDir, dataset, QString::number(m_maxLength->value()),
                                    file.exists() ? QString::number(file.lastModified().toMSecsSinceEpoch()) : QString()}
                            .join(QLatin1Char('|'));
    if (key == m_tokensKey)
        return;
    m_tokensKey = key;
    m_tokens = DatasetTokens{};
    m_counting = !modelDir.isEmpty() && file.exists();
    const quint64 generation = ++m_countGeneration;
    if (!m_counting)
        return;
    const int maxLength = m_maxLength->value();
    QThreadPool::globalInstance()->start([guard, generation, modelDir, dataset, maxLength] {
        const DatasetTokens counted = countDatasetTokens(modelDir, dataset, maxLength);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [guard, generation, counted] {
            if (!guard || generation != guard->m_countGeneration)
                return; // superseded by a newer count
            guard->m_counting = false;
            guard->m_tokens = counted;
            guard->updatePlan();
        }, Qt::QueuedConnection);
    });
}

QString ModelPage::trainingTimeLine(const PlanView& plan) const
{
    const QLocale locale;
    if (m_session.datasetPath().isEmpty() || !QFileInfo::exists(m_session.datasetPath()))
        return tr("Training time: estimated once a dataset is chosen in the Data step.");
    if (m_counting)
        return tr("Training time: counting the tokens of the chosen data…");
    if (!m_tokens.error.isEmpty())
        return tr("Training time: the chosen data cannot be read with this model's tokenizer (%1).").arg(m_tokens.error);
    if (m_tokens.tokens <= 0)
        return tr("Training time: estimated once the model is on disk (its tokenizer counts the data's tokens).");
    const QString data = tr("one epoch of the chosen data (%1 rows, %2 tokens at max length %3)")
                             .arg(locale.toString(m_tokens.rows), locale.toString(m_tokens.tokens),
                                  locale.toString(m_maxLength->value()));
    if (plan.epochSeconds < 0)
        return tr("Training time for %1: measuring this computer's speed…").arg(data);
    const double minutes = plan.epochSeconds / 60.0;
    const QString duration = minutes < 1.0 ? tr("under a minute")
                             : minutes < 90.0 ? tr("about %n min", nullptr, static_cast<int>(std::lround(minutes)))
                                              : tr("about %1 h").arg(locale.toString(minutes / 60.0, 'f', 1));
    const QString speed = locale.toString(m_speed.tokensPerSecond, 'f', m_speed.tokensPerSecond < 10 ? 1 : 0);
    if (m_speed.source == TrainingSpeed::Source::Measured)
        return tr("Training time for %1: %2, at %3 tokens/s measured on this computer (run %4).")
            .arg(data, duration, speed, m_speed.runName);
    return tr("Training time for %1: %2, at about %3 tokens/s estimated from this computer's measured matrix speed "
              "(a rough figure; the first run here measures the real one, and the Train page shows the time left).")
        .arg(data, duration, speed);
}

} // namespace falconry::ui
