#pragma once

#include "core/data/dataset_analysis.h"
#include "ui/data/data_settings.h"

#include <QList>
#include <QWidget>

class QAreaSeries;
class QChart;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QLineSeries;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QValueAxis;

namespace falconry::ui {

/**
 * Quality of the dataset: the settings that decide what the model sees
 * (template, masking, max length, split), stats with a token-length histogram
 * and the max length drawn on it, the lint findings (activating one selects
 * its rows) and one-click fixes.
 */
class QualityPanel final : public QWidget {
    Q_OBJECT
public:
    explicit QualityPanel(QWidget* parent = nullptr);

    DataSettings settings() const { return m_settings; }
    /** Shows `settings` without emitting settingsChanged. */
    void setSettings(const DataSettings& settings);

    void showRunning(int done, int total);
    void showAnalysis(const DatasetAnalysis& analysis);
    void showError(const QString& message);
    QString statsText() const;
    int findingCount() const;
    /** The histogram's bar heights (for tests). */
    QList<qreal> histogramCounts() const;

Q_SIGNALS:
    void settingsChanged();
    void findingActivated(const QList<qulonglong>& rowIds);
    void dropDuplicatesRequested();
    void dropEmptyRequested();
    void trimRequested();

private:
    void readForm();
    QWidget* createSettings();

    DataSettings m_settings;
    bool m_updating = false;
    QComboBox* m_template = nullptr;
    QLineEdit* m_custom = nullptr;
    QComboBox* m_trainOn = nullptr;
    QSpinBox* m_maxLength = nullptr;
    QComboBox* m_cutSide = nullptr;
    QDoubleSpinBox* m_evalPercent = nullptr;
    QSpinBox* m_seed = nullptr;
    QLabel* m_mapping = nullptr;

    QProgressBar* m_progress = nullptr;
    QLabel* m_stats = nullptr;
    QChart* m_chart = nullptr;
    QChartView* m_chartView = nullptr;
    QLineSeries* m_bars = nullptr;
    QAreaSeries* m_area = nullptr;
    QLineSeries* m_limit = nullptr;
    QValueAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
    QList<qreal> m_counts;
    QListWidget* m_findings = nullptr;
};

} // namespace falconry::ui
