#include "ui/model/model_page.h"

#include "ui/data/data_settings.h"

#include "ui/model/hub_download_box.h"
#include "ui/model/memory_bar.h"
#include "ui/model/memory_plan.h"
#include "ui/model/training_estimate.h"
#include "ui/system_memory.h"
#include "ui/work_session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace falconry::ui {
namespace {

constexpr int kEntryRole = Qt::UserRole + 1; // index into m_entries (>= 0) or m_opened (< 0: -1 - i)

QString formatParameters(qint64 n)
{
    if (n <= 0)
        return QStringLiteral("–");
    const QLocale locale;
    if (n >= 1'000'000'000)
        return QCoreApplication::translate("ModelPage", "%1 B").arg(locale.toString(n / 1e9, 'f', 1));
    if (n >= 1'000'000)
        return QCoreApplication::translate("ModelPage", "%1 M").arg(locale.toString(n / 1e6, 'f', 1));
    return QCoreApplication::translate("ModelPage", "%1 k").arg(locale.toString(n / 1e3, 'f', 1));
}

QLabel* wrapLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ModelPage::ModelPage(WorkSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("modelPage"));
    auto* layout = new QVBoxLayout(this);

    // The way in for a first try: a small bundled model and dataset that train in minutes here.
    auto* demoBanner = new QFrame(this);
    demoBanner->setObjectName(QStringLiteral("demoBanner"));
    demoBanner->setFrameShape(QFrame::StyledPanel);
    demoBanner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* demoLayout = new QHBoxLayout(demoBanner);
    auto* demoText = new QLabel(tr("<b>New to Falconry?</b> Try the demo: a small Falcon model and a support-agent "
                                   "dataset that come with Falconry. Its \"Quick test\" run takes a few minutes on a "
                                   "fast computer and 10 or more on a slow or busy one (the Train page shows the "
                                   "time elapsed and left), then Compare shows the base and the tuned model side by side."),
                                demoBanner);
    demoText->setWordWrap(true);
    m_demo = new QPushButton(tr("Start the demo"), demoBanner);
    m_demo->setObjectName(QStringLiteral("startDemo"));
    m_demo->setDefault(true);
    demoLayout->addWidget(demoText, 1);
    demoLayout->addWidget(m_demo);
    demoBanner->setVisible(!bundledDemoModelDir().isEmpty() && !bundledDemoDatasetPath().isEmpty());
    connect(m_demo, &QPushButton::clicked, this, &ModelPage::demoRequested);
    layout->addWidget(demoBanner);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1); // the banner keeps its own height

    // Left: the models, grouped by where they come from.
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QTreeWidget(left);
    m_list->setObjectName(QStringLiteral("modelList"));
    m_list->setHeaderLabels({tr("Model"), tr("Size"), tr("Licence"), tr("On this machine")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    for (int c = 0; c < 3; ++c)
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setMinimumSectionSize(60);
    m_list->setMinimumWidth(300);
    leftLayout->addWidget(m_list);
    auto* buttons = new QHBoxLayout;
    auto* open = new QPushButton(QIcon(QStringLiteral(":/icons/folder-open.svg")), tr("Open folder…"), left);
    open->setObjectName(QStringLiteral("openFolderButton"));
    open->setToolTip(tr("Any Falcon-architecture Hugging Face folder: config.json, *.safetensors and a tokenizer"));
    auto* rescan = new QPushButton(tr("Look in the Hugging Face cache again"), left);
    buttons->addWidget(open);
    buttons->addWidget(rescan);
    buttons->addStretch(1);
    leftLayout->addLayout(buttons);

    // Right: what the chosen model is, and the memory plan.
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    m_name = new QLabel(right);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_name->setFont(big);
    m_facts = wrapLabel(right);
    m_description = wrapLabel(right);
    m_location = wrapLabel(right);
    m_location->setObjectName(QStringLiteral("modelLocation"));
    m_use = new QPushButton(QIcon(QStringLiteral(":/icons/check.svg")), tr("Use this model"), right);
    m_use->setObjectName(QStringLiteral("useModelButton"));
    rightLayout->addWidget(m_name);
    rightLayout->addWidget(m_facts);
    rightLayout->addWidget(m_description);
    rightLayout->addWidget(m_location);
    auto* useRow = new QHBoxLayout;
    useRow->addWidget(m_use);
    useRow->addStretch(1);
    rightLayout->addLayout(useRow);

    auto* planBox = new QGroupBox(tr("What a LoRA run needs"), right);
    auto* planLayout = new QVBoxLayout(planBox);
    auto* form = new QFormLayout;
    m_precision = new QComboBox(planBox);
    m_precision->setObjectName(QStringLiteral("planPrecision"));
    m_precision->addItem(tr("bf16 base (LoRA)"), false);
    m_precision->addItem(tr("4-bit NF4 base (QLoRA)"), true);
    m_maxLength = new QSpinBox(planBox);
    m_maxLength->setObjectName(QStringLiteral("planMaxLength"));
    m_maxLength->setRange(32, 8192);
    m_maxLength->setSingleStep(128);
    m_maxLength->setValue(512);
    m_maxLength->setSuffix(tr(" tokens"));
    m_batch = new QSpinBox(planBox);
    m_batch->setRange(1, 256);
    m_batch->setValue(1);
    m_rank = new QSpinBox(planBox);
    m_rank->setRange(1, 512);
    m_rank->setValue(16);
    m_checkpointing = new QCheckBox(tr("Gradient checkpointing"), planBox);
    m_checkpointing->setToolTip(tr("Recomputes activations in the backward pass: much less memory, about 30 % slower."));
    m_checkpointing->setChecked(true);
    form->addRow(tr("Base weights:"), m_precision);
    form->addRow(tr("Max length:"), m_maxLength);
    form->addRow(tr("Batch size:"), m_batch);
    form->addRow(tr("LoRA rank:"), m_rank);
    form->addRow(QString(), m_checkpointing);
    planLayout->addLayout(form);
    m_bar = new MemoryBar(planBox);
    planLayout->addWidget(m_bar);
    m_verdict = wrapLabel(planBox);
    m_verdict->setObjectName(QStringLiteral("planVerdict"));
    m_eta = wrapLabel(planBox);
    m_eta->setObjectName(QStringLiteral("planTrainingTime"));
    m_planNote = wrapLabel(planBox);
    m_planNote->setObjectName(QStringLiteral("planNote"));
    planLayout->addWidget(m_verdict);
    planLayout->addWidget(m_eta);
    planLayout->addWidget(m_planNote);
    rightLayout->addWidget(planBox);
    rightLayout->addStretch(1);
    m_rightLayout = rightLayout;
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({520, 480});

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showEntry(currentEntry()); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { useCurrent(); });
    connect(open, &QPushButton::clicked, this, &ModelPage::chooseFolder);
    connect(rescan, &QPushButton::clicked, this, &ModelPage::populate);
    connect(m_use, &QPushButton::clicked, this, &ModelPage::useCurrent);
    for (QSpinBox* spin : {m_maxLength, m_batch, m_rank})
        connect(spin, &QSpinBox::valueChanged, this, &ModelPage::updatePlan);
    connect(m_precision, &QComboBox::currentIndexChanged, this, &ModelPage::updatePlan);
    connect(m_checkpointing, &QCheckBox::toggled, this, &ModelPage::updatePlan);
    connect(&m_session, &WorkSession::modelChanged, this, [this] { populate(); });
    connect(&m_session, &WorkSession::datasetChanged, this, &ModelPage::updatePlan);
    // Max length has one home, the session's data settings (the Data and Train pages show it too).
    m_maxLength->setValue(static_cast<int>(m_session.dataSettings().maxLength));
    connect(&m_session, &WorkSession::dataSettingsChanged, this, [this] {
        m_maxLength->setValue(static_cast<int>(m_session.dataSettings().maxLength));
    });
    connect(m_maxLength, &QSpinBox::valueChanged, this, [this](int value) {
        DataSettings d = m_session.dataSettings();
        d.maxLength = static_cast<size_t>(value);
        m_session.setDataSettings(d); // no signal when it is already so
    });
    connect(&m_session, &WorkSession::runChanged, this, [this] {
        m_speedModel.clear(); // a run that went on measured this computer's speed again
        updatePlan();
    });

    populate();
}

void ModelPage::populate()
{
    m_entries = loadCatalogue();
    const QList<CatalogueEntry> cached = scanHuggingFaceCache();
    for (const CatalogueEntry& c : cached) {
        const bool known = std::any_of(m_entries.cbegin(), m_entries.cend(), [&c](const CatalogueEntry& e) {
            return !e.repo.isEmpty() && e.repo.compare(c.repo, Qt::CaseInsensitive) == 0;
        });
        if (!known)
            m_entries.append(c);
    }
    // The session's model, when opened from a folder, is listed too.
    const QString current = m_session.modelDir();
    const bool listed = std::any_of(m_entries.cbegin(), m_entries.cend(),
                                    [&current](const CatalogueEntry& e) { return e.localDir == current; })
        || std::any_of(m_opened.cbegin(), m_opened.cend(),
                       [&current](const CatalogueEntry& e) { return e.localDir == current; });
    if (!current.isEmpty() && !listed) {
        CatalogueEntry e;
        e.id = current;
        e.name = m_session.modelName();
        e.source = ModelSource::Folder;
        e.localDir = current;
        e.parameters = inspectModelFolder(current).parameters;
        m_opened.append(e);
    }

    m_list->clear();
    auto* catalogue = new QTreeWidgetItem(m_list, {tr("Falcon models")});
    auto* cache = new QTreeWidgetItem(m_list, {tr("In the Hugging Face cache")});
    auto* folders = new QTreeWidgetItem(m_list, {tr("Opened folders")});
    for (QTreeWidgetItem* group : {catalogue, cache, folders}) {
        QFont f = group->font(0);
        f.setBold(true);
        group->setFont(0, f);
        group->setFlags(Qt::ItemIsEnabled);
        group->setFirstColumnSpanned(true);
    }
    for (int i = 0; i < m_entries.size(); ++i) {
        QTreeWidgetItem* group = m_entries[i].source == ModelSource::HfCache ? cache : catalogue;
        addEntry(group, m_entries[i]);
        group->child(group->childCount() - 1)->setData(0, kEntryRole, i);
    }
    for (int i = 0; i < m_opened.size(); ++i) {
        addEntry(folders, m_opened[i]);
        folders->child(folders->childCount() - 1)->setData(0, kEntryRole, -1 - i);
    }
    if (cache->childCount() == 0) {
        auto* none = new QTreeWidgetItem(cache, {tr("none found in %1").arg(huggingFaceCacheDirs().join(QStringLiteral(", ")))});
        none->setFlags(Qt::NoItemFlags);
        none->setFirstColumnSpanned(true);
    }
    folders->setHidden(folders->childCount() == 0);
    m_list->expandAll();

    // Select the session's model, else the first model that is on disk.
    QTreeWidgetItem* select = nullptr;
    for (QTreeWidgetItemIterator it(m_list); *it && !select; ++it) {
        const QVariant v = (*it)->data(0, kEntryRole);
        if (!v.isValid())
            continue;
        const int idx = v.toInt();
        const CatalogueEntry& e = idx >= 0 ? m_entries[idx] : m_opened[-1 - idx];
        if (!current.isEmpty() && e.localDir == current)
            select = *it;
    }
    if (!select && catalogue->childCount() > 0)
        select = catalogue->child(0);
    m_list->setCurrentItem(select);
    showEntry(currentEntry());
}

void ModelPage::addEntry(QTreeWidgetItem* group, const CatalogueEntry& e)
{
    QString where;
    if (!e.localDir.isEmpty())
        where = e.localDir == m_session.modelDir() ? tr("in use") : tr("yes");
    else if (e.source == ModelSource::Bundled)
        where = tr("not bundled in this build");
    else
        where = tr("not downloaded");
    auto* item = new QTreeWidgetItem(group, {e.name, formatParameters(e.parameters), e.licence, where});
    item->setToolTip(0, e.repo.isEmpty() ? e.localDir : e.repo);
    if (e.localDir.isEmpty())
        item->setForeground(3, palette().brush(QPalette::Disabled, QPalette::Text));
}

const CatalogueEntry* ModelPage::currentEntry() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item || !item->data(0, kEntryRole).isValid())
        return nullptr;
    const int idx = item->data(0, kEntryRole).toInt();
    return idx >= 0 ? &m_entries[idx] : &m_opened[-1 - idx];
}

void ModelPage::showEntry(const CatalogueEntry* e)
{
    if (!e) {
        m_name->setText(tr("No model chosen"));
        m_facts->clear();
        m_description->setText(tr("Pick a model on the left or open a folder."));
        m_location->clear();
        m_use->setEnabled(false);
        updatePlan();
        return;
    }
    m_name->setText(e->name);
    QStringList facts;
    if (!e->repo.isEmpty())
        facts << e->repo;
    if (e->parameters > 0)
        facts << tr("%1 parameters").arg(formatParameters(e->parameters));
    if (!e->licence.isEmpty())
        facts << tr("licence: %1").arg(e->licence);
    if (e->context > 0)
        facts << tr("context %1 tokens").arg(QLocale().toString(e->context));
    m_facts->setText(facts.join(QStringLiteral(" · ")) + (e->layout.isEmpty() ? QString() : QStringLiteral("\n") + e->layout));
    m_description->setText(e->description);
    QString problem;
    if (!e->localDir.isEmpty())
        problem = inspectModelFolder(e->localDir).error;
    if (e->localDir.isEmpty() && e->source == ModelSource::Bundled) {
        m_location->setText(tr("The demo model is not bundled in this build of Falconry."));
    } else if (e->localDir.isEmpty()) {
        m_location->setText(tr("Not on this machine: download %1 from the Hugging Face Hub below, or put its "
                               "Hugging Face folder on disk and use \"Open folder…\".").arg(e->repo));
    } else if (!problem.isEmpty()) {
        m_location->setText(tr("On disk at %1, but it cannot be used: %2").arg(QDir::toNativeSeparators(e->localDir), problem));
    } else {
        m_location->setText(tr("On disk at %1").arg(QDir::toNativeSeparators(e->localDir)));
    }
    m_use->setEnabled(!e->localDir.isEmpty() && problem.isEmpty() && e->localDir != m_session.modelDir());
    m_use->setText(e->localDir == m_session.modelDir() && !e->localDir.isEmpty() ? tr("In use") : tr("Use this model"));
    if (m_hubBox)
        m_hubBox->setSuggestedRepo(e->repo, !e->localDir.isEmpty());
    updatePlan();
}

void ModelPage::addGuide(QWidget* guide)
{
    guide->setParent(this);
    // Under the demo banner (the layout's first item), above the model list.
    static_cast<QVBoxLayout*>(layout())->insertWidget(1, guide);
}

void ModelPage::setHubDownloads(DownloadManager& downloads)
{
    if (m_hubBox)
        return;
    m_hubBox = new HubDownloadBox(downloads, this);
    m_rightLayout->insertWidget(m_rightLayout->count() - 1, m_hubBox); // above the stretch
    connect(m_hubBox, &HubDownloadBox::downloaded, this, [this](const QString&, const QString& dir) {
        populate(); // the cache now lists it; select it so that "Use this model" is one click
        const QString canonical = QDir(dir).canonicalPath();
        for (QTreeWidgetItemIterator it(m_list); *it; ++it) {
            const QVariant v = (*it)->data(0, kEntryRole);
            if (v.isValid() && v.toInt() >= 0 && (m_entries[v.toInt()].localDir == dir || m_entries[v.toInt()].localDir == canonical))
                m_list->setCurrentItem(*it);
        }
    });
    showEntry(currentEntry());
}

void ModelPage::useCurrent()
{
    const CatalogueEntry* e = currentEntry();
    if (!e || e->localDir.isEmpty())
        return;
    const QString error = inspectModelFolder(e->localDir).error;
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("This folder cannot be used"), error);
        return;
    }
    m_session.setModel(e->localDir, e->name);
}

void ModelPage::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a Falcon model folder"), QDir::homePath());
    if (dir.isEmpty())
        return;
    const QString error = openFolder(dir);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("This folder cannot be used"), error);
}

QString ModelPage::openFolder(const QString& dir)
{
    const ModelFolderInfo info = inspectModelFolder(dir);
    if (!info.error.isEmpty())
        return info.error;
    const QString canonical = QDir(dir).canonicalPath();
    const bool inCatalogue = std::any_of(m_entries.cbegin(), m_entries.cend(),
                                         [&canonical](const CatalogueEntry& e) { return e.localDir == canonical; });
    QString name = QDir(canonical).dirName();
    for (const CatalogueEntry& e : m_entries) {
        if (e.localDir == canonical)
            name = e.name;
    }
    if (!inCatalogue) {
        m_opened.erase(std::remove_if(m_opened.begin(), m_opened.end(),
                                      [&canonical](const CatalogueEntry& e) { return e.localDir == canonical; }),
                       m_opened.end());
        CatalogueEntry e;
        e.id = canonical;
        e.name = name;
        e.parameters = info.parameters;
        const QLocale locale;
        e.layout = tr("%1 layers, hidden %2, %3 heads, vocabulary %4")
                       .arg(locale.toString(info.layers), locale.toString(info.hidden), locale.toString(info.heads),
                            locale.toString(info.vocab));
        e.source = ModelSource::Folder;
        e.localDir = canonical;
        m_opened.append(e);
    }
    m_session.setModel(canonical, name);
    populate(); // also when the session already had it
    return {};
}

QString ModelPage::verdictText() const
{
    return m_verdict->text();
}

QString ModelPage::trainingTimeText() const
{
    return m_eta->text();
}

void ModelPage::updatePlan()
{
    const CatalogueEntry* e = currentEntry();
    const SystemMemory memory = readSystemMemory();
    m_bar->setCapacity(memory.totalBytes, tr("RAM %1").arg(formatBytes(memory.totalBytes)));
    if (!e) {
        m_bar->setSegments({});
        m_verdict->clear();
        m_eta->clear();
        m_planNote->clear();
        return;
    }
    PlanInput input;
    input.modelDir = e->localDir;
    input.parameters = e->parameters;
    input.nf4 = m_precision->currentData().toBool();
    input.maxLength = m_maxLength->value();
    input.batchSize = m_batch->value();
    input.loraRank = m_rank->value();
    input.gradientCheckpointing = m_checkpointing->isChecked();
    refreshEstimate();
    if (m_speed.source != TrainingSpeed::Source::Measured && m_matmulGflops > 0) // follows the checkpointing box
        m_speed = estimatedTrainingSpeed(e->parameters > 0 ? e->parameters : inspectModelFolder(e->localDir).parameters,
                                         input.gradientCheckpointing, m_matmulGflops);
    input.trainTokens = m_tokens.tokens;
    input.tokensPerSecond = m_speed.tokensPerSecond;
    const PlanView plan = planRun(input);
    m_bar->setSegments(plan.segments);

    // The verdict compares with what is free now, not with the RAM fitted.
    const qint64 have = memory.availableBytes > 0 ? memory.availableBytes : memory.totalBytes;
    QString verdict;
    if (plan.totalBytes <= 0) {
        verdict = tr("Size unknown until the model's config.json is on disk.");
    } else if (plan.totalBytes <= have) {
        verdict = plan.complete ? tr("✔ Fits: needs %1 of the %2 free.").arg(formatBytes(plan.totalBytes), formatBytes(have))
                                : tr("The weights fit: %1 of the %2 free.").arg(formatBytes(plan.totalBytes), formatBytes(have));
    } else {
        PlanInput nf4 = input;
        nf4.nf4 = true;
        const PlanView withNf4 = planRun(nf4);
        if (!input.nf4 && withNf4.totalBytes <= have)
            verdict = tr("✘ Does not fit in bf16 (%1 needed, %2 free) — fits with a 4-bit NF4 base (%3).")
                          .arg(formatBytes(plan.totalBytes), formatBytes(have), formatBytes(withNf4.totalBytes));
        else
            verdict = tr("✘ Does not fit: %1 needed, %2 free. A smaller model (Falcon-7B or Falcon-RW-1B), "
                         "a shorter max length or a machine with more memory would make it fit.")
                          .arg(formatBytes(plan.totalBytes), formatBytes(have));
    }
    m_verdict->setText(verdict);
    m_eta->setText(trainingTimeLine(plan));
    m_planNote->setText(plan.note);
}

} // namespace falconry::ui
