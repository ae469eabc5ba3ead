#include "ui/train/run_history_panel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace falconry::ui {

namespace {

enum Column { Overlay, Name, Steps, LastLoss, State, ColumnCount };

double lastTrainLoss(const RunRecord& run)
{
    double last = std::numeric_limits<double>::quiet_NaN();
    for (const TrainPoint& p : run.points) {
        if (std::isfinite(p.lossTrain))
            last = p.lossTrain;
    }
    return last;
}

} // namespace

RunHistoryPanel::RunHistoryPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_runs = new QTableWidget(0, ColumnCount, this);
    m_runs->setObjectName(QStringLiteral("runsTable"));
    m_runs->setHorizontalHeaderLabels({tr("Overlay"), tr("Run"), tr("Steps"), tr("Last loss"), tr("State")});
    m_runs->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runs->verticalHeader()->hide();
    layout->addWidget(m_runs, 1);

    m_buttons = new QHBoxLayout;
    auto* refresh = new QPushButton(tr("Refresh"), this);
    auto* sideBySide = new QPushButton(tr("Settings side by side"), this);
    sideBySide->setToolTip(tr("Compare the settings of the selected runs"));
    m_buttons->addWidget(refresh);
    m_buttons->addWidget(sideBySide);
    m_buttons->addStretch(1);
    layout->addLayout(m_buttons);

    m_sideBySide = new QTableWidget(this);
    m_sideBySide->setObjectName(QStringLiteral("settingsSideBySide"));
    m_sideBySide->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_sideBySide, 1);

    connect(refresh, &QPushButton::clicked, this, &RunHistoryPanel::refreshRequested);
    connect(sideBySide, &QPushButton::clicked, this, &RunHistoryPanel::showSettingsSideBySide);
    connect(m_runs, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == Overlay)
            Q_EMIT overlaysChanged();
    });
    connect(m_runs, &QTableWidget::itemSelectionChanged, this, &RunHistoryPanel::selectionChanged);
}

void RunHistoryPanel::addLeadingButton(QPushButton* button)
{
    button->setParent(this);
    m_buttons->insertWidget(m_leadingButtons++, button);
}

void RunHistoryPanel::refresh(const QString& runsRoot, const QString& trainingRunDir)
{
    m_records = listRuns(runsRoot);
    {
        QSignalBlocker block(m_runs);
        m_runs->setRowCount(static_cast<int>(m_records.size()));
        for (int i = 0; i < m_records.size(); ++i) {
            const RunRecord& r = m_records[i];
            auto* overlay = new QTableWidgetItem;
            overlay->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            overlay->setCheckState(Qt::Unchecked);
            m_runs->setItem(i, Overlay, overlay);
            m_runs->setItem(i, Name, new QTableWidgetItem(r.name));
            m_runs->item(i, Name)->setToolTip(r.dir);
            m_runs->setItem(i, Steps, new QTableWidgetItem(r.totalSteps > 0 ? QStringLiteral("%1 / %2").arg(QLocale().toString(r.lastStep), QLocale().toString(r.totalSteps))
                                                                              : QString::number(r.lastStep)));
            const double loss = lastTrainLoss(r);
            m_runs->setItem(i, LastLoss, new QTableWidgetItem(std::isfinite(loss) ? QLocale().toString(loss, 'f', 4) : QStringLiteral("–")));
            // A run without a checkpoint (killed early, a NaN at once) resumes from step 0.
            QString state = r.hasAdapter ? tr("finished") : (r.lastCheckpoint.isEmpty() ? tr("can restart") : tr("can resume"));
            if (!trainingRunDir.isEmpty() && r.dir == trainingRunDir)
                state = tr("training");
            if (!r.problem.isEmpty())
                state = r.problem;
            m_runs->setItem(i, State, new QTableWidgetItem(state));
        }
        m_runs->resizeColumnToContents(Overlay);
    }
    Q_EMIT overlaysChanged(); // every box starts unchecked again
    Q_EMIT selectionChanged();
}

const RunRecord* RunHistoryPanel::selectedRun() const
{
    const int row = m_runs->currentRow();
    return row >= 0 && row < m_records.size() ? &m_records[row] : nullptr;
}

QList<RunRecord> RunHistoryPanel::overlaidRuns() const
{
    QList<RunRecord> runs;
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_runs->item(i, Overlay) && m_runs->item(i, Overlay)->checkState() == Qt::Checked)
            runs << m_records[i];
    }
    return runs;
}

void RunHistoryPanel::showSettingsSideBySide()
{
    QList<int> rows;
    for (const QModelIndex& index : m_runs->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty()) {
        for (int i = 0; i < std::min<qsizetype>(m_records.size(), 3); ++i)
            rows << i;
    }
    // Union of keys, in the order they first appear.
    QStringList keys;
    QList<QMap<QString, QString>> columns;
    for (int row : rows) {
        QMap<QString, QString> values;
        for (const auto& [key, value] : flattenSettings(m_records[row].runJson)) {
            values.insert(key, value);
            if (!keys.contains(key))
                keys << key;
        }
        columns << values;
    }
    m_sideBySide->clear();
    m_sideBySide->setRowCount(static_cast<int>(keys.size()));
    m_sideBySide->setColumnCount(static_cast<int>(rows.size()));
    QStringList headers;
    for (int row : rows)
        headers << m_records[row].name;
    m_sideBySide->setHorizontalHeaderLabels(headers);
    m_sideBySide->setVerticalHeaderLabels(keys);
    for (int k = 0; k < keys.size(); ++k) {
        bool differs = false;
        for (int c = 1; c < columns.size(); ++c)
            differs = differs || columns[c].value(keys[k]) != columns[0].value(keys[k]);
        for (int c = 0; c < columns.size(); ++c) {
            auto* item = new QTableWidgetItem(columns[c].value(keys[k]));
            if (differs) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_sideBySide->setItem(k, c, item);
        }
    }
    m_sideBySide->resizeColumnsToContents();
}

} // namespace falconry::ui
