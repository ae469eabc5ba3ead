#include "ui/train/adapter_map_dialog.h"

#include "ui/train/adapter_map_view.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QThreadPool>
#include <QVBoxLayout>

#include <algorithm>

namespace falconry::ui {

AdapterMapDialog::AdapterMapDialog(const QString& adapterDir, const QString& compareDir, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("adapterMapDialog"));
    setWindowTitle(tr("Adapter map"));
    auto* layout = new QVBoxLayout(this);
    m_source = new QLabel(this);
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_source);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Show:"), this));
    m_measure = new QComboBox(this);
    m_measure->setObjectName(QStringLiteral("adapterMapMeasure"));
    m_measure->addItem(tr("Update size (norm of scale·B·A)"), int(AdapterMapView::Measure::Norm));
    m_measure->addItem(tr("Effective rank (how many directions it uses)"), int(AdapterMapView::Measure::EffectiveRank));
    m_measure->addItem(tr("Similarity to the other adapter (cosine)"), int(AdapterMapView::Measure::Cosine));
    row->addWidget(m_measure);
    row->addStretch(1);
    m_compare = new QPushButton(QIcon(QStringLiteral(":/icons/folder-open.svg")), tr("Compare with…"), this);
    m_compare->setObjectName(QStringLiteral("adapterMapCompare"));
    m_compare->setToolTip(tr("Choose a second adapter of the same model: each cell then says how alike the two updates "
                             "are (1 = the same direction, 0 = unrelated, -1 = opposite)"));
    m_clearCompare = new QPushButton(tr("No comparison"), this);
    row->addWidget(m_compare);
    row->addWidget(m_clearCompare);
    layout->addLayout(row);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("adapterMapSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(false);
    m_view = new AdapterMapView(scroll);
    scroll->setWidget(m_view);
    layout->addWidget(scroll, 1);
    auto* help = new QLabel(tr("Each cell is one LoRA module: a darker cell changed its layer more. The effective rank says "
                               "how many independent directions of the rank r the update really uses. Hover a cell for "
                               "its figures."),
                            this);
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(help);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        m_view->setMeasure(static_cast<AdapterMapView::Measure>(m_measure->currentData().toInt()));
    });
    connect(m_compare, &QPushButton::clicked, this, &AdapterMapDialog::chooseComparison);
    connect(m_clearCompare, &QPushButton::clicked, this, [this] { setAdapters(m_map.dir, QString()); });
    resize(640, 560);
    setAdapters(adapterDir, compareDir);
}

void AdapterMapDialog::setAdapters(const QString& adapterDir, const QString& compareDir)
{
    // Reading the tensors and the SVDs take seconds for a 7B adapter: off the GUI thread. Only
    // the newest request is shown (a quick second choice supersedes the first).
    const quint64 generation = ++m_generation;
    m_computing = true;
    m_compare->setEnabled(false);
    m_clearCompare->setEnabled(false);
    m_summary->setText(tr("Reading the adapter and measuring its updates…"));
    m_source->setText(compareDir.isEmpty() ? tr("Adapter: %1").arg(QDir::toNativeSeparators(adapterDir))
                                           : tr("Adapter: %1\nCompared with: %2")
                                                 .arg(QDir::toNativeSeparators(adapterDir), QDir::toNativeSeparators(compareDir)));
    const QPointer<AdapterMapDialog> guard(this);
    QThreadPool::globalInstance()->start([guard, generation, adapterDir, compareDir] {
        AdapterMap map = loadAdapterMap(adapterDir, compareDir);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [guard, generation, map = std::move(map)] {
            if (guard && generation == guard->m_generation)
                guard->showMap(map);
        }, Qt::QueuedConnection);
    });
}

void AdapterMapDialog::showMap(const AdapterMap& map)
{
    m_map = map;
    m_computing = false;
    m_view->setMap(m_map);
    m_view->adjustSize();
    // Similarity needs a second adapter.
    if (auto* items = qobject_cast<QStandardItemModel*>(m_measure->model()))
        items->item(2)->setEnabled(m_map.compared());
    m_measure->setCurrentIndex(m_map.compared() ? 2 : std::min(m_measure->currentIndex(), 1));
    m_view->setMeasure(static_cast<AdapterMapView::Measure>(m_measure->currentData().toInt()));
    m_compare->setEnabled(true);
    m_clearCompare->setEnabled(true);
    m_clearCompare->setVisible(m_map.compared());
    updateSummary();
    Q_EMIT mapShown();
}

void AdapterMapDialog::chooseComparison()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Adapter to compare with"),
                                                          QFileInfo(m_map.dir).absolutePath());
    if (!dir.isEmpty())
        setAdapters(m_map.dir, dir);
}

void AdapterMapDialog::updateSummary()
{
    if (!m_map.error.isEmpty()) {
        m_summary->setText(tr("This adapter cannot be shown: %1").arg(m_map.error));
        return;
    }
    const QLocale locale;
    const auto largest = std::max_element(m_map.cells.begin(), m_map.cells.end(),
                                          [](const AdapterMapCell& a, const AdapterMapCell& b) { return a.norm < b.norm; });
    QString text = tr("%n module(s) in %1 layer(s); rank %2, alpha %3, scale %4%5.", nullptr, int(m_map.cells.size()))
                       .arg(locale.toString(qlonglong(m_map.layers.size())), locale.toString(m_map.rank),
                            locale.toString(m_map.alpha, 'g', 4), locale.toString(m_map.scale, 'g', 4),
                            m_map.rslora ? tr(" (rsLoRA: alpha / √r)") : QString());
    if (largest != m_map.cells.end())
        text += QLatin1Char(' ') + tr("The largest update is layer %1's %2 (norm %3).")
                                       .arg(largest->layer)
                                       .arg(largest->target, locale.toString(largest->norm, 'g', 3));
    if (m_map.compared()) {
        double sum = 0.0;
        int count = 0;
        for (const AdapterMapCell& c : m_map.cells)
            if (c.cosine) {
                sum += *c.cosine;
                ++count;
            }
        text += QLatin1Char(' ') + (count ? tr("Mean similarity to the other adapter: %1 over %n module(s).", nullptr, count)
                                                .arg(locale.toString(sum / count, 'f', 3))
                                          : tr("The other adapter shares no module with this one."));
    }
    m_summary->setText(text);
}

QString AdapterMapDialog::summaryText() const
{
    return m_summary->text();
}

AdapterMapDialog* AdapterMapDialog::open(QWidget* parent, const QString& adapterDir, const QString& compareDir)
{
    auto* dialog = new AdapterMapDialog(adapterDir, compareDir, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace falconry::ui
