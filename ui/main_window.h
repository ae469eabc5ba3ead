#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

/**
 * The Falconry window: the five steps of the user's path (Model, Data, Train,
 * Compare, Export) as navigation on the left, the step's page on the right.
 */
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    /** The steps in order; do not reorder (the index is stored in settings). */
    enum class Step {
        Model = 0,
        Data,
        Train,
        Compare,
        Export,
    };
    static constexpr int kStepCount = 5;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Step currentStep() const;
    void showStep(Step step);
    /** Replaces a step's page (the window takes ownership). */
    void setStepPage(Step step, QWidget* page);
    QWidget* stepPage(Step step) const;
    QListWidget* navigation() const { return m_navigation; }

    static QString stepTitle(Step step);

Q_SIGNALS:
    void stepChanged(MainWindow::Step step);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createPages();
    void showAbout();

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
};
