// Compare's "4-bit weights for chat" (issue #20): on by default from a billion parameters, the
// user's choice remembered; what the user ticks reaches the engine (the loaded model's block
// linears become NF4 weight sources, the stored weights are freed, the adapter sits on the side
// of the same copy) and both sides still answer; unticking brings the stored weights back.
// The bundled demo model with a LoRA adapter made here, greedy. Asserts properties of the
// answers, never their text.
#include "core/lora/lora_model.h"
#include "core/lora/nf4.h"
#include "core/lora/peft_adapter.h"
#include "core/model/falcon_config.h"
#include "ui/app_settings.h"
#include "ui/compare/chat_pane.h"
#include "ui/compare/compare_page.h"
#include "ui/engine/engine_controller.h"
#include "ui/engine/engine_state.h"
#include "ui/work_session.h"

#include "ui_test_settings.h"

#include <nlohmann/json.hpp>

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace falconry;
using namespace falconry::ui;

namespace {

const QString kDemoModel = QStringLiteral(FALCONRY_SOURCE_DIR "/resources/demo-model");

/** Runs `job` on the engine thread and returns its result values (empty when it failed). */
QVariantMap runOnEngine(EngineController& engine, EngineJob job)
{
    QSignalSpy finished(&engine, &EngineController::jobFinished);
    QSignalSpy failed(&engine, &EngineController::jobFailed);
    engine.submit(JobKind::Other, std::move(job));
    if (!QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, 60000) || !failed.isEmpty())
        return {};
    return finished.first().at(1).value<JobResult>().values;
}

/** What the engine's loaded model holds, counted over its block linears. */
QVariantMap loadedWeights(EngineController& engine)
{
    return runOnEngine(engine, [](JobContext& ctx) {
        EngineState& state = ctx.state();
        if (state.modelDir.empty()) {
            ctx.setResult(JobResult{QString(), {{QStringLiteral("loaded"), false}}});
            return;
        }
        int linears = 0;
        int nf4 = 0;
        int stored = 0;
        int adapters = 0;
        int adaptersOnNf4 = 0;
        for (auto& [name, linear] : state.model(state.modelDir).linearLayers()) {
            ++linears;
            const bool isNf4 = dynamic_cast<const Nf4WeightSource*>(linear->weightSource().get()) != nullptr;
            nf4 += isNf4 ? 1 : 0;
            stored += linear->weight.defined() && linear->weight.numel() > 0 ? 1 : 0;
            adapters += linear->adapter() ? 1 : 0;
            adaptersOnNf4 += linear->adapter() && isNf4 ? 1 : 0;
        }
        ctx.setResult(JobResult{QString(),
                                {{QStringLiteral("loaded"), true},
                                 {QStringLiteral("linears"), linears},
                                 {QStringLiteral("nf4"), nf4},
                                 {QStringLiteral("stored"), stored},
                                 {QStringLiteral("adapters"), adapters},
                                 {QStringLiteral("adaptersOnNf4"), adaptersOnNf4},
                                 {QStringLiteral("fourBit"), state.weights() == GenerationWeights::Nf4}}});
    });
}

/** Sends one message and checks that both sides answered with a note of their own length. */
void expectBothSidesAnswer(ComparePage& page, EngineController& engine, const QString& message, int maxNewTokens)
{
    QSignalSpy answered(&page, &ComparePage::answersFinished);
    QSignalSpy failed(&engine, &EngineController::jobFailed);
    QVERIFY(page.send(message));
    QVERIFY(answered.wait(60000));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).value<EngineError>().message));
    const QRegularExpression note(QStringLiteral("^(\\d+) token"));
    for (ChatPane* pane : {page.leftPane(), page.rightPane()}) {
        QVERIFY(!pane->history().isEmpty());
        QVERIFY(!pane->history().last().assistant.trimmed().isEmpty());
        const QRegularExpressionMatch m = note.match(pane->note());
        QVERIFY2(m.hasMatch(), qPrintable(pane->note()));
        QVERIFY(m.captured(1).toInt() >= 1 && m.captured(1).toInt() <= maxNewTokens);
    }
}

} // namespace

class TestCompareFourBit final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(useIsolatedSettings(m_dir));
        // A LoRA adapter for the demo model with B drawn at random (a fresh one has B = 0, the base model).
        m_adapter = m_dir.filePath(QStringLiteral("demo-adapter"));
        EngineController engine;
        const std::string adapterDir = m_adapter.toStdString();
        const QVariantMap made = runOnEngine(engine, [adapterDir](JobContext& ctx) {
            torch::NoGradGuard noGrad;
            torch::manual_seed(20);
            LoraConfig config;
            config.baseModelNameOrPath = kDemoModel.toStdString();
            LoraModel lora = LoraModel::inject(ctx.state().model(kDemoModel.toStdString()), config);
            for (const LoraLayer& layer : lora.layers())
                layer.adapter->loraB().normal_(0.0, 0.05); // [out, r]
            savePeftAdapter(lora, adapterDir);
            lora.remove();
            ctx.state().unload();
            ctx.setResult(JobResult{QString(), {{QStringLiteral("layers"), static_cast<int>(lora.layers().size())}}});
        });
        QVERIFY(made.value(QStringLiteral("layers")).toInt() > 0);
        QVERIFY(QFile::exists(m_adapter + QStringLiteral("/adapter_config.json")));
    }

    void onByDefaultFromABillionParametersAndRemembered()
    {
        // A folder with Falcon-7B's config.json alone (7e9 parameters) and the demo model (~1e6).
        QTemporaryDir big;
        const FalconConfig falcon7b;
        QVERIFY(static_cast<double>(falcon7b.parameterCount()) > 1e9);
        QFile config(big.filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QByteArray::fromStdString(falcon7b.toJson().dump(2)));
        config.close();

        WorkSession session;
        EngineController engine;
        ComparePage page(session, engine);
        auto* box = page.findChild<QCheckBox*>(QStringLiteral("fourBitBox"));
        QVERIFY(box);
        session.setModel(big.path(), QStringLiteral("falcon-7b shape"));
        QVERIFY(box->isChecked());
        session.setModel(kDemoModel, QString());
        QVERIFY(!box->isChecked());
        QVERIFY(AppSettings::chatFourBitWeights().get().isEmpty()); // a default is not a choice

        // Ticked by the user: remembered for every model and the next time the page opens.
        box->click();
        QVERIFY(page.fourBitWeights());
        QCOMPARE(AppSettings::chatFourBitWeights().get(), QStringLiteral("on"));
        session.setModel(big.path(), QStringLiteral("falcon-7b shape"));
        box->click();
        QVERIFY(!page.fourBitWeights());
        session.setModel(kDemoModel, QString());
        session.setModel(big.path(), QStringLiteral("falcon-7b shape"));
        QVERIFY(!box->isChecked());
        ComparePage again(session, engine);
        QVERIFY(!again.fourBitWeights());
        AppSettings::chatFourBitWeights().set(QString()); // by size again for the next test
    }

    void theTickedBoxReachesTheEngine()
    {
        WorkSession session;
        session.setModel(kDemoModel, QString());
        EngineController engine;
        ComparePage page(session, engine);
        page.setAdapterDir(m_adapter);
        SamplingSettings greedy;
        greedy.temperature = 0.0; // greedy
        greedy.maxNewTokens = 24;
        page.setSampling(greedy);
        auto* box = page.findChild<QCheckBox*>(QStringLiteral("fourBitBox"));
        QVERIFY(box && !box->isChecked());

        // Ticked: the engine's one copy is NF4, the adapter beside it on the same linears, and both sides answer.
        box->click();
        expectBothSidesAnswer(page, engine, QStringLiteral("How do I clean the feeder?"), greedy.maxNewTokens);
        QVariantMap seen = loadedWeights(engine);
        QVERIFY(seen.value(QStringLiteral("loaded")).toBool());
        const int linears = seen.value(QStringLiteral("linears")).toInt();
        QVERIFY(linears > 0);
        QVERIFY(seen.value(QStringLiteral("fourBit")).toBool());
        QCOMPARE(seen.value(QStringLiteral("nf4")).toInt(), linears);
        QCOMPARE(seen.value(QStringLiteral("stored")).toInt(), 0); // the stored weights were freed: one copy
        const int adapters = seen.value(QStringLiteral("adapters")).toInt();
        QVERIFY(adapters > 0);
        QCOMPARE(seen.value(QStringLiteral("adaptersOnNf4")).toInt(), adapters);

        // Unticked: the stored weights again (the folder loaded anew), the adapter attached again, answers.
        box->click();
        expectBothSidesAnswer(page, engine, QStringLiteral("And the solar panel?"), greedy.maxNewTokens);
        seen = loadedWeights(engine);
        QVERIFY(!seen.value(QStringLiteral("fourBit")).toBool());
        QCOMPARE(seen.value(QStringLiteral("nf4")).toInt(), 0);
        QCOMPARE(seen.value(QStringLiteral("stored")).toInt(), linears);
        QCOMPARE(seen.value(QStringLiteral("adapters")).toInt(), adapters);

        // Ticked again in the same conversation: quantized in place, the adapter still on the side.
        box->click();
        expectBothSidesAnswer(page, engine, QStringLiteral("Thanks!"), greedy.maxNewTokens);
        seen = loadedWeights(engine);
        QCOMPARE(seen.value(QStringLiteral("nf4")).toInt(), linears);
        QCOMPARE(seen.value(QStringLiteral("adaptersOnNf4")).toInt(), adapters);
        QCOMPARE(page.leftPane()->history().size(), 3);
        QCOMPARE(page.rightPane()->history().size(), 3);
    }

private:
    QTemporaryDir m_dir;
    QString m_adapter;
};

QTEST_MAIN(TestCompareFourBit)
#include "test_compare_four_bit.moc"
