// The bundled demo proves the whole path: the demo model, the demo CSV mapped as the Data page
// saves it, the Train page's "Quick test" preset, then base vs tuned on held-out rows. The tuned
// model's held-out loss must be at least 30 % below the base model's, and greedy answers of the
// two (one batch over one copy of the weights, as the Compare page runs them) must differ.
// The first run opens on the demo model, and "Start the demo" opens the import wizard on the CSV.
// Last, the Compare page itself: the demo adapter answers a new question as Aerie support, the base
// model does not (with FALCONRY_SCREENSHOT_DIR set it saves that page as compare-demo.png, the
// README's picture).
#include "core/data/dataset_export.h"
#include "core/data/dataset_reader.h"
#include "core/generate/generator.h"
#include "core/io/falcon_loader.h"
#include "core/lora/adapter_loader.h"
#include "core/tokenizer/tokenizer.h"
#include "core/train/imported_examples.h"
#include "core/train/token_batch.h"
#include "core/train/train_data.h"
#include "core/train/trainer.h"
#include "ui/app_settings.h"
#include "ui/application.h"
#include "ui/compare/chat_pane.h"
#include "ui/compare/compare_page.h"
#include "ui/data/data_page.h"
#include "ui/data/data_settings.h"
#include "ui/data/import_wizard.h"
#include "ui/main_window.h"
#include "ui/model/model_catalogue.h"
#include "ui/model/model_page.h"
#include "ui/train/train_job.h"
#include "ui/work_session.h"

#include "ui_test_settings.h"

#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace falconry;
using namespace falconry::ui;

namespace {

/** Mean loss per trained token of `examples` (batches of 8). */
double meanLoss(FalconModelImpl& model, const std::vector<TrainExample>& examples, int64_t maxLength)
{
    torch::NoGradGuard noGrad;
    model.eval();
    double sum = 0.0;
    int64_t tokens = 0;
    for (size_t i = 0; i < examples.size(); i += 8) {
        std::vector<const TrainExample*> rows;
        for (size_t k = i; k < std::min(examples.size(), i + 8); ++k)
            rows.push_back(&examples[k]);
        const TokenBatch batch = makeTokenBatch(rows, 0, maxLength, model.device());
        sum += lmLossSum(model, batch, false).item<double>();
        tokens += batch.trainedTokens;
    }
    return sum / static_cast<double>(std::max<int64_t>(1, tokens));
}

/** The masked prefix of an example: the prompt as the model sees it at generation time. */
std::vector<int64_t> promptOf(const TrainExample& example)
{
    std::vector<int64_t> ids;
    for (size_t i = 0; i < example.ids.size() && !example.trained[i]; ++i)
        ids.push_back(example.ids[i]);
    return ids;
}

} // namespace

class TestDemo final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(useIsolatedSettings(m_dir));
        QVERIFY2(!bundledDemoModelDir().isEmpty(), "resources/demo-model is missing");
        QVERIFY2(!bundledDemoDatasetPath().isEmpty(), "resources/demo-data/aerie_support.csv is missing");
    }

    void firstRunOpensOnTheDemoModelAndStartsTheWizard()
    {
        MainWindow window;
        QCOMPARE(window.session().modelDir(), bundledDemoModelDir());
        QVERIFY(window.modelPage()->demoButton()->isVisibleTo(window.modelPage()));
        window.modelPage()->demoButton()->click();
        QCOMPARE(window.currentStep(), MainWindow::Step::Data);
        QVERIFY(window.dataPage()->currentWizard() != nullptr);
        window.dataPage()->currentWizard()->reject();
    }

    void quickTestTunesTheDemoModelToThePersona()
    {
        // The Data page's project: the rows as JSONL and the mapping the wizard asks for.
        const QString project = m_dir.filePath(QStringLiteral("project"));
        QVERIFY(QDir().mkpath(project));
        const ReadResult read = readDataset(bundledDemoDatasetPath().toStdString());
        QCOMPARE(read.dataset.columns.size(), size_t{4});
        exportDataset(read.dataset, QString(project + QStringLiteral("/dataset.jsonl")).toStdString(), ExportFormat::Jsonl);
        DataSettings data;
        data.mapping = RoleMapping::parse("user=customer_message,assistant=agent_reply");
        data.promptTemplate = PromptTemplate::fromName("falcon-instruct");
        QFile settingsFile(project + QStringLiteral("/data_settings.json"));
        QVERIFY(settingsFile.open(QIODevice::WriteOnly));
        settingsFile.write(data.toJson());
        settingsFile.close();

        TrainRequest request;
        request.modelDir = bundledDemoModelDir();
        request.datasetPath = project + QStringLiteral("/dataset.jsonl");
        request.runDir = m_dir.filePath(QStringLiteral("runs/demo"));
        request.settings = presetSettings(TrainPreset::QuickTest);
        request.data = data;
        request.data.maxLength = static_cast<size_t>(request.settings.maxLength);
        request.data.evalRatio = request.settings.evalRatio;
        request.dataMapped = true;
        const TrainConfig config = toTrainConfig(request);
        QVERIFY(config.evalRatio > 0.0);
        Trainer trainer;
        std::atomic<bool> stop{false};
        const TrainResult result = trainer.run(config, nullptr, stop);
        QCOMPARE(result.status, TrainStatus::Finished);

        // The held-out rows are the run's own eval split (same examples, ratio and seed).
        const auto tokenizer = Tokenizer::load(config.modelDir);
        const auto [train, heldOut] = splitTrainEval(loadTrainExamples(config, *tokenizer), SplitOptions{config.evalRatio, config.evalSeed});
        QVERIFY(heldOut.size() >= 10);
        LoadOptions options;
        options.zeroCopy = false;
        FalconModel model = loadFalconModel(config.modelDir, options);
        const double baseLoss = meanLoss(*model, heldOut, config.maxLength);
        applyAdapterFromFolder(*model, result.adapterDir);
        const double tunedLoss = meanLoss(*model, heldOut, config.maxLength);
        qInfo("held-out loss: base %.4f, tuned %.4f (%.1f %% lower)", baseLoss, tunedLoss,
              100.0 * (1.0 - tunedLoss / baseLoss));
        QVERIFY2(tunedLoss <= 0.7 * baseLoss, qPrintable(QStringLiteral("base %1, tuned %2").arg(baseLoss).arg(tunedLoss)));

        GenerationSettings greedy;
        greedy.sampling.greedy = true;
        greedy.maxNewTokens = 48;
        greedy.stopStrings = {"\nUser:"};
        int differing = 0;
        int inPersona = 0;
        for (size_t i = 0; i < 4; ++i) {
            const auto rows = compareBaseAndTuned(*model, tokenizer.get(), promptOf(heldOut[i]), greedy, nullptr, stop).rows;
            qInfo("prompt: %s\n  base : %s\n  tuned: %s", tokenizer->decode(promptOf(heldOut[i])).c_str(),
                  rows[0].text.c_str(), rows[1].text.c_str());
            differing += rows[0].text != rows[1].text;
            inPersona += rows[1].text.find("Aerie") != std::string::npos && rows[0].text.find("Aerie") == std::string::npos;
        }
        QCOMPARE(differing, 4);
        QVERIFY2(inPersona >= 2, "the tuned model should answer as Aerie support, the base model not");
        m_adapterDir = QString::fromStdString(result.adapterDir.string());
    }

    void comparePageAnswersWithTheDemoAdapter()
    {
        if (m_adapterDir.isEmpty())
            QSKIP("needs the adapter of quickTestTunesTheDemoModelToThePersona");
        // English as the app installs it at start (its plural forms: "27 tokens", not "27 token(s)").
        installTranslation(*qobject_cast<QApplication*>(QCoreApplication::instance()), QStringLiteral("en"));
        MainWindow window;
        window.resize(1200, 780);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.session().modelDir(), bundledDemoModelDir());
        window.showStep(MainWindow::Step::Compare);
        ComparePage* compare = window.comparePage();
        compare->setAdapterDir(m_adapterDir);
        ui::SamplingSettings greedy; // temperature 0: greedy
        greedy.temperature = 0.0;
        greedy.maxNewTokens = 60;
        compare->setSampling(greedy);
        QSignalSpy answered(compare, &ComparePage::answersFinished);
        // Not a row of the dataset: a question the tuned model has not seen.
        QVERIFY(compare->send(QStringLiteral("My feeder stopped sending photos to the app yesterday. What should I check?")));
        QVERIFY(answered.wait(60000));
        const QString base = compare->leftPane()->history().last().assistant;
        const QString tuned = compare->rightPane()->history().last().assistant;
        qInfo("Compare page\n  base : %s\n  tuned: %s", qPrintable(base), qPrintable(tuned));
        // The persona shows in its name or its sign-off: on a question it has not seen, the 4-layer demo
        // model may drop the greeting after "Hi," (which words it keeps is a floating-point detail).
        const auto speaksAsAerie = [](const QString& answer) {
            return answer.contains(QLatin1String("Aerie")) || answer.contains(QLatin1String("Happy birding"));
        };
        QVERIFY2(speaksAsAerie(tuned) && !speaksAsAerie(base),
                 "the tuned side should answer as Aerie support, the base side not");
        // Each side says how long its own answer is and why it ended (not the batch's total).
        const QString baseNote = compare->leftPane()->note();
        const QString tunedNote = compare->rightPane()->note();
        qInfo("notes: base \"%s\", tuned \"%s\"", qPrintable(baseNote), qPrintable(tunedNote));
        // Whether an answer ends before the token limit is decided by floating-point details that
        // differ between CPUs: assert that each note gives its own length and a reason, not which.
        const QRegularExpression note(QStringLiteral("^(\\d+) tokens?, (answer complete|cut at the token limit .*); "
                                                     "both sides at [\\d.,]+ tokens/s$"));
        for (const auto& [text, answer] : {std::pair{baseNote, base}, std::pair{tunedNote, tuned}}) {
            const QRegularExpressionMatch m = note.match(text);
            QVERIFY2(m.hasMatch(), qPrintable(text));
            QVERIFY(m.captured(1).toInt() >= 1 && m.captured(1).toInt() <= greedy.maxNewTokens);
            QVERIFY2(!text.contains(QLatin1String("(s)")), qPrintable(text));
            QVERIFY(!answer.isEmpty());
        }
        if (const QString dir = qEnvironmentVariable("FALCONRY_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("compare-demo.png"))));
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_adapterDir; // the Quick test run's adapter
};

QTEST_MAIN(TestDemo)
#include "test_demo.moc"
