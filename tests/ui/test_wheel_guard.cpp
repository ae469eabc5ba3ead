// The mouse wheel over the Train page's settings: an unfocused spin box or combo box never takes
// it (the form scrolls instead, the preset stays), a focused one still does. The wheel events are
// spontaneous, as a real mouse's are, so Qt's own delivery (focus by wheel, propagation to the
// parents) runs as in the app.
#include "ui/application.h"
#include "ui/engine/engine_controller.h"
#include "ui/train/train_page.h"
#include "ui/train/train_settings_form.h"
#include "ui/work_session.h"
#include "ui_test_settings.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>
#include <QtTest/qtestspontaneevent.h>

using namespace falconry::ui;

namespace {

/** One notch of a real wheel (down for steps < 0) over the centre of `widget`, delivered as the window system does. */
void wheelOver(QWidget* widget, int steps)
{
    const QPoint centre = widget->rect().center();
    QWidget* target = widget->childAt(centre) ? widget->childAt(centre) : widget; // a spin box's line edit
    const QPointF local = target->mapFrom(widget, centre);
    const QPointF global = widget->mapToGlobal(QPointF(centre));
    QWheelEvent event(local, global, QPoint(), QPoint(0, 120 * steps), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                      false);
    // As QTest's key events: notify() directly, since sendEvent() clears the spontaneous flag.
    QSpontaneKeyEvent::setSpontaneous(&event);
    qApp->notify(target, &event);
}

} // namespace

class TestWheelGuard final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        setUpApplication(*qApp); // first: it names the settings file that useIsolatedSettings clears
        QVERIFY(useIsolatedSettings(m_dir));
    }

    void wheelOverUnfocusedEditorsScrollsTheForm()
    {
        WorkSession session;
        EngineController engine;
        TrainPage page(session, engine);
        page.resize(1000, 420); // short: the settings form scrolls
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        TrainSettingsForm* form = page.settingsForm();
        auto* maxLength = form->findChild<QSpinBox*>(QStringLiteral("maxLengthBox"));
        QVERIFY(maxLength);
        QComboBox* preset = form->presetBox();
        QScrollArea* scroll = nullptr;
        for (QWidget* w = form; w && !scroll; w = w->parentWidget())
            scroll = qobject_cast<QScrollArea*>(w);
        QVERIFY(scroll);
        QScrollBar* bar = scroll->verticalScrollBar();
        QVERIFY2(bar->maximum() > 0, "the form must be taller than the page for this test");

        // Unfocused spin box: the value and the preset stay, the form scrolls down.
        scroll->ensureWidgetVisible(maxLength);
        QApplication::processEvents();
        QVERIFY(bar->value() < bar->maximum());
        auto* dataset = page.findChild<QLineEdit*>(QStringLiteral("datasetPath"));
        QVERIFY(dataset);
        dataset->setFocus(); // the focus is on a field outside the form
        QVERIFY(!maxLength->hasFocus() && !preset->hasFocus());
        const int length = maxLength->value();
        const int presetIndex = preset->currentIndex();
        QCOMPARE(preset->currentText(), QStringLiteral("Quick test"));
        const int scrolled = bar->value();
        wheelOver(maxLength, -1);
        QCOMPARE(maxLength->value(), length);
        QCOMPARE(preset->currentIndex(), presetIndex);
        QVERIFY(!maxLength->hasFocus()); // the wheel does not hand it the focus either
        QVERIFY2(bar->value() > scrolled, qPrintable(QStringLiteral("%1 -> %2").arg(scrolled).arg(bar->value())));

        // Unfocused combo box (the preset itself): it stays.
        bar->setValue(0);
        QApplication::processEvents();
        wheelOver(preset, -1);
        QCOMPARE(preset->currentIndex(), presetIndex);
        QVERIFY(bar->value() > 0);

        // Focused, the spin box still takes the wheel (a real edit: the preset becomes Custom).
        scroll->ensureWidgetVisible(maxLength);
        QApplication::processEvents();
        maxLength->setFocus();
        QVERIFY(maxLength->hasFocus());
        const int before = bar->value();
        wheelOver(maxLength, -1);
        QCOMPARE(maxLength->value(), length - maxLength->singleStep());
        QCOMPARE(preset->currentText(), QStringLiteral("Custom"));
        QCOMPARE(bar->value(), before);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWheelGuard)
#include "test_wheel_guard.moc"
