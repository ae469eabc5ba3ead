#include "ui/model/model_catalogue.h"

#include "core/io/hf_cache.h"
#include "core/model/falcon_config.h"
#include "core/util/errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace falconry::ui {
namespace {

class Texts {
    Q_DECLARE_TR_FUNCTIONS(ModelCatalogue)
public:
    static ModelFolderInfo inspect(const QString& dir);
};

} // namespace

QList<CatalogueEntry> loadCatalogue(const QString& jsonPath)
{
    QList<CatalogueEntry> entries;
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    const QJsonArray models = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("models")).toArray();
    for (const QJsonValue& value : models) {
        const QJsonObject m = value.toObject();
        CatalogueEntry e;
        e.id = m.value(QStringLiteral("id")).toString();
        e.name = m.value(QStringLiteral("name")).toString();
        e.repo = m.value(QStringLiteral("repo")).toString();
        e.parameters = m.value(QStringLiteral("parameters")).toInteger();
        e.licence = m.value(QStringLiteral("licence")).toString();
        e.layout = m.value(QStringLiteral("layout")).toString();
        e.description = m.value(QStringLiteral("description")).toString();
        e.context = m.value(QStringLiteral("context")).toInt();
        if (m.contains(QStringLiteral("bundled"))) {
            e.source = ModelSource::Bundled;
            e.localDir = bundledDemoModelDir();
            if (!e.localDir.isEmpty() && e.parameters == 0)
                e.parameters = inspectModelFolder(e.localDir).parameters;
        }
        entries.append(e);
    }
    // A catalogue model already in the Hugging Face cache is on disk.
    const QList<CatalogueEntry> cached = scanHuggingFaceCache();
    for (CatalogueEntry& e : entries) {
        for (const CatalogueEntry& c : cached) {
            if (!e.repo.isEmpty() && c.repo.compare(e.repo, Qt::CaseInsensitive) == 0)
                e.localDir = c.localDir;
        }
    }
    return entries;
}

namespace {

/** `relative` under the installed share/falconry or the source tree's resources/, the first that exists; "" if neither. */
QString bundledResource(const QString& relative)
{
    const QStringList roots{QCoreApplication::applicationDirPath() + QStringLiteral("/../share/falconry"),
                            QStringLiteral(FALCONRY_RESOURCES_DIR)};
    for (const QString& root : roots) {
        const QFileInfo info(QDir(root).filePath(relative));
        if (info.exists())
            return info.canonicalFilePath();
    }
    return {};
}

} // namespace

QString bundledDemoModelDir()
{
    const QString override = QString::fromUtf8(qgetenv("FALCONRY_DEMO_MODEL"));
    if (!override.isEmpty() && QFileInfo::exists(override + QStringLiteral("/config.json")))
        return QDir(override).canonicalPath();
    const QString config = bundledResource(QStringLiteral("demo-model/config.json"));
    return config.isEmpty() ? QString() : QFileInfo(config).absolutePath();
}

QString bundledDemoDatasetPath()
{
    return bundledResource(QStringLiteral("demo-data/aerie_support.csv"));
}

QString bundledDemoManualPath()
{
    return bundledResource(QStringLiteral("demo-knowledge/aerie_manual.md"));
}

QString bundledDemoQuestionsPath()
{
    return bundledResource(QStringLiteral("demo-knowledge/aerie_questions.csv"));
}

QStringList huggingFaceCacheDirs()
{
    // core resolves it as huggingface_hub does ($HF_HUB_CACHE, $HF_HOME/hub, ~/.cache/huggingface/hub).
    return {QString::fromStdString(huggingFaceCacheDir().string())};
}

QList<CatalogueEntry> scanHuggingFaceCache(const QStringList& cacheDirs)
{
    QList<CatalogueEntry> found;
    QStringList seen;
    for (const QString& cache : cacheDirs) {
        if (!QDir(cache).exists())
            continue;
        std::vector<CachedModel> models;
        try {
            models = listCachedFalconModels(cache.toStdString());
        } catch (const std::exception&) {
            continue; // an unreadable cache folder is not an error for the list
        }
        for (const CachedModel& m : models) {
            const QString dir = QString::fromStdString(m.path.string());
            const ModelFolderInfo info = inspectModelFolder(dir);
            if (!info.error.isEmpty() || seen.contains(dir))
                continue;
            seen << dir;
            CatalogueEntry e;
            e.repo = QString::fromStdString(m.repoId);
            e.id = e.repo;
            e.name = e.repo.section(QLatin1Char('/'), -1);
            e.parameters = info.parameters;
            e.source = ModelSource::HfCache;
            e.localDir = dir;
            found.append(e);
        }
    }
    return found;
}

ModelFolderInfo inspectModelFolder(const QString& dir)
{
    return Texts::inspect(dir);
}

ModelFolderInfo Texts::inspect(const QString& dir)
{
    ModelFolderInfo info;
    const QDir d(dir);
    if (!d.exists(QStringLiteral("config.json"))) {
        info.error = tr("%1 has no config.json: choose the folder that holds config.json, the "
                        "*.safetensors files and tokenizer.json.").arg(QDir::toNativeSeparators(dir));
        return info;
    }
    try {
        // core reads and checks every field (legacy RefinedWeb keys included).
        const FalconConfig config = FalconConfig::load(dir.toStdString());
        info.modelType = QString::fromStdString(config.modelType);
        info.layers = static_cast<int>(config.numHiddenLayers);
        info.hidden = static_cast<int>(config.hiddenSize);
        info.heads = static_cast<int>(config.numAttentionHeads);
        info.kvHeads = static_cast<int>(config.kvHeads());
        info.vocab = static_cast<int>(config.vocabSize);
        info.parameters = config.parameterCount();
    } catch (const std::exception& e) {
        info.error = QString::fromStdString(e.what());
        return info;
    }
    info.weightFiles = static_cast<int>(d.entryList({QStringLiteral("*.safetensors")}, QDir::Files).size());
    info.hasTokenizer = d.exists(QStringLiteral("tokenizer.json")) || d.exists(QStringLiteral("tokenizer.model"));
    if (info.weightFiles == 0) {
        info.error = d.entryList({QStringLiteral("*.bin")}, QDir::Files).isEmpty()
            ? tr("No *.safetensors weights in %1.").arg(QDir::toNativeSeparators(dir))
            : tr("Only PyTorch .bin weights in %1; Falconry reads safetensors. Convert them or download the "
                 "safetensors revision.").arg(QDir::toNativeSeparators(dir));
    } else if (!info.hasTokenizer) {
        info.error = tr("No tokenizer.json or tokenizer.model in %1.").arg(QDir::toNativeSeparators(dir));
    }
    return info;
}

} // namespace falconry::ui
