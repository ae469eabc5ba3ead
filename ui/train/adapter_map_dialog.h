#pragma once

#include "ui/train/adapter_map.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace falconry::ui {

class AdapterMapView;

/**
 * "Adapter map": which parts of the model an adapter changed and how much, as a heat map of
 * layers × target modules (update size or effective rank), and, with a second adapter chosen,
 * how alike the two updates are per module (cosine similarity). Opened from the Export page
 * and from the Train page's run history.
 */
class AdapterMapDialog final : public QDialog {
    Q_OBJECT
public:
    AdapterMapDialog(const QString& adapterDir, const QString& compareDir, QWidget* parent = nullptr);

    /**
     * Shows `adapterDir` (compared with `compareDir` when not ""), measured off the GUI thread:
     * isComputing() until mapShown().
     */
    void setAdapters(const QString& adapterDir, const QString& compareDir);
    bool isComputing() const { return m_computing; }
    AdapterMapView* view() const { return m_view; }
    /** The sentence above the map: scale, module count, the largest update (and the mean similarity). */
    QString summaryText() const;

    /** Opens the dialog non-modally (deleted on close). */
    static AdapterMapDialog* open(QWidget* parent, const QString& adapterDir, const QString& compareDir = QString());

Q_SIGNALS:
    void mapShown();

private:
    void showMap(const AdapterMap& map);
    void chooseComparison();
    void updateSummary();

    AdapterMap m_map;
    quint64 m_generation = 0;
    bool m_computing = false;
    QLabel* m_source = nullptr;
    QLabel* m_summary = nullptr;
    QComboBox* m_measure = nullptr;
    QPushButton* m_compare = nullptr;
    QPushButton* m_clearCompare = nullptr;
    AdapterMapView* m_view = nullptr;
};

} // namespace falconry::ui
