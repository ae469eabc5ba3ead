#include "ui/data/quality_panel.h"

#include "ui/data/data_settings.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QValueAxis>
#include <QVBoxLayout>

namespace falconry::ui {

namespace {

QString findingTitle(LintKind kind)
{
    switch (kind) {
    case LintKind::ExactDuplicate:
        return QualityPanel::tr("Exact duplicates");
    case LintKind::NearDuplicate:
        return QualityPanel::tr("Near duplicates");
    case LintKind::EmptyField:
        return QualityPanel::tr("Empty field");
    case LintKind::OverLong:
        return QualityPanel::tr("Longer than max length");
    case LintKind::TooShort:
        return QualityPanel::tr("Very short");
    case LintKind::TrainEvalOverlap:
        return QualityPanel::tr("Train/eval overlap");
    case LintKind::InvalidText:
        return QualityPanel::tr("Invalid text");
    }
    return {};
}

} // namespace

QualityPanel::QualityPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("qualityPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createSettings());

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("analysisProgress"));
    m_progress->setVisible(false);
    m_progress->setMaximumHeight(14);
    layout->addWidget(m_progress);
    m_stats = new QLabel(this);
    m_stats->setObjectName(QStringLiteral("datasetStats"));
    m_stats->setWordWrap(true);
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_stats);

    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setBackgroundRoundness(0);
    m_bars = new QLineSeries(m_chart);
    m_area = new QAreaSeries(m_bars);
    m_area->setName(tr("Rows"));
    m_limit = new QLineSeries(m_chart);
    m_limit->setName(tr("Max length"));
    QPen limitPen(QColor(0xd0, 0x45, 0x3a));
    limitPen.setWidth(2);
    limitPen.setStyle(Qt::DashLine);
    m_limit->setPen(limitPen);
    m_chart->addSeries(m_area);
    m_chart->addSeries(m_limit);
    m_axisX = new QValueAxis(m_chart);
    m_axisX->setTitleText(tr("tokens per row"));
    m_axisX->setLabelFormat(QStringLiteral("%.0f")); // "%d" shows no labels with localized numbers (Qt 6.4)
    m_axisY = new QValueAxis(m_chart);
    m_axisY->setTitleText(tr("rows"));
    m_axisY->setLabelFormat(QStringLiteral("%.0f")); // "%d" shows no labels with localized numbers (Qt 6.4)
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QAbstractSeries* s : {static_cast<QAbstractSeries*>(m_area), static_cast<QAbstractSeries*>(m_limit)}) {
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(QStringLiteral("lengthHistogram"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(170);
    layout->addWidget(m_chartView, 1);

    auto* findingsBox = new QGroupBox(tr("Findings"), this);
    auto* findingsLayout = new QVBoxLayout(findingsBox);
    m_findings = new QListWidget(findingsBox);
    m_findings->setObjectName(QStringLiteral("lintFindings"));
    m_findings->setWordWrap(true);
    findingsLayout->addWidget(m_findings);
    auto* fixes = new QHBoxLayout;
    auto* dropDuplicates = new QPushButton(tr("Drop exact duplicates"), findingsBox);
    dropDuplicates->setObjectName(QStringLiteral("dropDuplicates"));
    auto* dropEmpty = new QPushButton(tr("Drop empty rows"), findingsBox);
    dropEmpty->setObjectName(QStringLiteral("dropEmpty"));
    auto* trim = new QPushButton(tr("Trim whitespace"), findingsBox);
    trim->setObjectName(QStringLiteral("trimWhitespace"));
    fixes->addWidget(dropDuplicates);
    fixes->addWidget(dropEmpty);
    fixes->addWidget(trim);
    fixes->addStretch();
    findingsLayout->addLayout(fixes);
    layout->addWidget(findingsBox, 1);

    connect(dropDuplicates, &QPushButton::clicked, this, &QualityPanel::dropDuplicatesRequested);
    connect(dropEmpty, &QPushButton::clicked, this, &QualityPanel::dropEmptyRequested);
    connect(trim, &QPushButton::clicked, this, &QualityPanel::trimRequested);
    connect(m_findings, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        QList<qulonglong> ids;
        for (const QVariant& v : item->data(Qt::UserRole).toList())
            ids << v.toULongLong();
        Q_EMIT findingActivated(ids);
    });
}

QWidget* QualityPanel::createSettings()
{
    auto* box = new QGroupBox(tr("What the model sees"), this);
    auto* form = new QFormLayout(box);
    m_mapping = new QLabel(box);
    m_mapping->setObjectName(QStringLiteral("mappingSummary"));
    m_mapping->setWordWrap(true);
    form->addRow(tr("Roles:"), m_mapping);
    m_template = new QComboBox(box);
    m_template->setObjectName(QStringLiteral("qualityTemplate"));
    for (const QString& name : builtInTemplateNames())
        m_template->addItem(name, name);
    m_template->addItem(QStringLiteral("custom"), QStringLiteral("custom"));
    m_custom = new QLineEdit(box);
    m_custom->setPlaceholderText(tr("Q: {question}\\nA: {answer}"));
    auto* tplRow = new QHBoxLayout;
    tplRow->addWidget(m_template);
    tplRow->addWidget(m_custom, 1);
    form->addRow(tr("Template:"), tplRow);
    m_trainOn = new QComboBox(box);
    m_trainOn->setObjectName(QStringLiteral("qualityTrainOn"));
    m_trainOn->addItem(tr("Answers only"));
    m_trainOn->addItem(tr("Everything"));
    m_maxLength = new QSpinBox(box);
    m_maxLength->setObjectName(QStringLiteral("maxLength"));
    m_maxLength->setRange(16, 131072);
    m_maxLength->setSingleStep(128);
    m_cutSide = new QComboBox(box);
    m_cutSide->setObjectName(QStringLiteral("cutSide"));
    m_cutSide->addItem(tr("cut the end"));
    m_cutSide->addItem(tr("cut the start"));
    auto* lengthRow = new QHBoxLayout;
    lengthRow->addWidget(m_maxLength);
    lengthRow->addWidget(m_cutSide);
    lengthRow->addWidget(m_trainOn);
    form->addRow(tr("Max length:"), lengthRow);
    m_evalPercent = new QDoubleSpinBox(box);
    m_evalPercent->setObjectName(QStringLiteral("evalPercent"));
    m_evalPercent->setRange(0, 50);
    m_evalPercent->setSuffix(QStringLiteral(" %"));
    m_evalPercent->setDecimals(1);
    m_seed = new QSpinBox(box);
    m_seed->setObjectName(QStringLiteral("splitSeed"));
    m_seed->setRange(0, 1 << 30);
    auto* splitRow = new QHBoxLayout;
    splitRow->addWidget(m_evalPercent);
    splitRow->addWidget(new QLabel(tr("seed"), box));
    splitRow->addWidget(m_seed);
    splitRow->addStretch();
    form->addRow(tr("Eval split:"), splitRow);
    setSettings(m_settings);

    connect(m_template, &QComboBox::currentIndexChanged, this, &QualityPanel::readForm);
    connect(m_custom, &QLineEdit::editingFinished, this, &QualityPanel::readForm);
    connect(m_trainOn, &QComboBox::currentIndexChanged, this, &QualityPanel::readForm);
    connect(m_maxLength, &QSpinBox::editingFinished, this, &QualityPanel::readForm);
    connect(m_cutSide, &QComboBox::currentIndexChanged, this, &QualityPanel::readForm);
    connect(m_evalPercent, &QDoubleSpinBox::editingFinished, this, &QualityPanel::readForm);
    connect(m_seed, &QSpinBox::editingFinished, this, &QualityPanel::readForm);
    return box;
}

void QualityPanel::setSettings(const DataSettings& settings)
{
    m_updating = true;
    m_settings = settings;
    m_mapping->setText(QString::fromStdString(settings.mapping.toString()).toHtmlEscaped());
    const QString name = QString::fromStdString(settings.promptTemplate.name());
    const bool custom = settings.promptTemplate.kind == TemplateKind::Custom;
    m_template->setCurrentIndex(std::max(0, m_template->findData(custom ? QStringLiteral("custom") : name)));
    m_custom->setText(custom ? name.mid(7) : QString());
    m_custom->setEnabled(custom);
    m_trainOn->setCurrentIndex(settings.trainOn == TrainOn::Everything ? 1 : 0);
    m_maxLength->setValue(static_cast<int>(settings.maxLength));
    m_cutSide->setCurrentIndex(settings.cutSide == CutSide::Start ? 1 : 0);
    m_evalPercent->setValue(settings.evalRatio * 100.0);
    m_seed->setValue(static_cast<int>(settings.seed));
    m_updating = false;
}

void QualityPanel::readForm()
{
    if (m_updating)
        return;
    DataSettings s = m_settings;
    const bool custom = m_template->currentData().toString() == QLatin1String("custom");
    m_custom->setEnabled(custom);
    try {
        s.promptTemplate = PromptTemplate::fromName(
            (custom ? QStringLiteral("custom:") + m_custom->text() : m_template->currentData().toString()).toStdString());
    } catch (const std::exception&) {
        return; // an unfinished custom template: wait for a valid one
    }
    s.trainOn = m_trainOn->currentIndex() == 1 ? TrainOn::Everything : TrainOn::Answers;
    s.maxLength = static_cast<size_t>(m_maxLength->value());
    s.cutSide = m_cutSide->currentIndex() == 1 ? CutSide::Start : CutSide::End;
    s.evalRatio = m_evalPercent->value() / 100.0;
    s.seed = static_cast<uint64_t>(m_seed->value());
    if (s.toJson() == m_settings.toJson())
        return;
    m_settings = s;
    Q_EMIT settingsChanged();
}

void QualityPanel::showRunning(int done, int total)
{
    m_progress->setVisible(true);
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
}

void QualityPanel::showError(const QString& message)
{
    m_progress->setVisible(false);
    m_stats->setText(message.toHtmlEscaped());
}

void QualityPanel::showAnalysis(const DatasetAnalysis& analysis)
{
    m_progress->setVisible(false);
    const LengthStats& l = analysis.lengths;
    const size_t rows = analysis.tokenCounts.empty() ? 0 : analysis.tokenCounts.size();
    QString text;
    if (analysis.tokenCounts.empty()) {
        text = tr("No tokenizer: choose a model on the Model page to count tokens.");
    } else {
        text = tr("<b>%1 rows</b>, %2 tokens · mean %3 · p50 %4 · p90 %5 · p99 %6 · max %7")
                   .arg(rows)
                   .arg(l.total)
                   .arg(l.mean, 0, 'f', 1)
                   .arg(l.p50)
                   .arg(l.p90)
                   .arg(l.p99)
                   .arg(l.max);
        text += QStringLiteral("<br>")
              + tr("%n row(s) cut at max length %1", nullptr, static_cast<int>(analysis.cutRows)).arg(m_settings.maxLength);
        if (analysis.multiTurnRows > 0)
            text += tr(" · %n multi-turn", nullptr, static_cast<int>(analysis.multiTurnRows));
    }
    if (!analysis.renderErrors.empty())
        text += QStringLiteral("<br><span style='color:#d0453a'>")
              + tr("%n row(s) could not be rendered: %1", nullptr, static_cast<int>(analysis.renderErrors.size()))
                    .arg(QString::fromStdString(analysis.renderErrors.front().message).toHtmlEscaped())
              + QStringLiteral("</span>");
    m_stats->setText(text);

    // Histogram as a step outline: two points per bin edge.
    m_bars->clear();
    m_counts.clear();
    qreal top = 1;
    const qreal width = static_cast<qreal>(std::max<size_t>(1, l.binWidth));
    for (size_t i = 0; i < l.histogram.size(); ++i) {
        const qreal c = static_cast<qreal>(l.histogram[i]);
        m_counts << c;
        top = std::max(top, c);
        m_bars->append(static_cast<qreal>(i) * width, c);
        m_bars->append(static_cast<qreal>(i + 1) * width, c);
    }
    const qreal right = std::max(static_cast<qreal>(l.histogram.size()) * width,
                                 static_cast<qreal>(m_settings.maxLength) * 1.05);
    m_axisX->setRange(0, right);
    m_axisY->setRange(0, top * 1.1);
    m_limit->clear();
    m_limit->append(static_cast<qreal>(m_settings.maxLength), 0);
    m_limit->append(static_cast<qreal>(m_settings.maxLength), top * 1.1);

    m_findings->clear();
    for (const LintFinding& f : analysis.findings) {
        auto* item = new QListWidgetItem(
            tr("%1 — %n row(s): %2", nullptr, static_cast<int>(f.rowIds.size()))
                .arg(findingTitle(f.kind), QString::fromStdString(f.message)),
            m_findings);
        QVariantList ids;
        for (uint64_t id : f.rowIds)
            ids << QVariant::fromValue<qulonglong>(id);
        item->setData(Qt::UserRole, ids);
        item->setData(Qt::UserRole + 1, static_cast<int>(f.kind));
        item->setToolTip(item->text());
    }
    if (analysis.findings.empty())
        m_findings->addItem(tr("No findings."));
}

QString QualityPanel::statsText() const
{
    return m_stats->text();
}

int QualityPanel::findingCount() const
{
    int n = 0;
    for (int i = 0; i < m_findings->count(); ++i)
        n += m_findings->item(i)->data(Qt::UserRole).isValid() ? 1 : 0;
    return n;
}

QList<qreal> QualityPanel::histogramCounts() const
{
    return m_counts;
}

} // namespace falconry::ui
