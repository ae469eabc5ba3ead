#include "ui/model/model_catalogue.h"

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

/** Falcon's parameter count from its config (embeddings tied with the LM head, as in every Falcon release). */
qint64 falconParameters(const QJsonObject& c, int layers, int hidden, int heads, int kvHeads, int vocab)
{
    const qint64 h = hidden;
    const qint64 headDim = heads > 0 ? h / heads : 0;
    const bool newArch = c.value(QStringLiteral("new_decoder_architecture")).toBool();
    const bool multiQuery = c.value(QStringLiteral("multi_query")).toBool(true);
    const qint64 kv = newArch ? kvHeads : (multiQuery ? 1 : heads);
    const bool bias = c.value(QStringLiteral("bias")).toBool(false);
    const bool parallel = c.value(QStringLiteral("parallel_attn")).toBool(true);
    const qint64 ffn = c.value(QStringLiteral("ffn_hidden_size")).toInteger(4 * h);
    const qint64 qkv = h * (heads * headDim + 2 * kv * headDim) + (bias ? heads * headDim + 2 * kv * headDim : 0);
    const qint64 dense = h * h + (bias ? h : 0);
    const qint64 mlp = 2 * h * ffn + (bias ? ffn + h : 0);
    const int norms = newArch ? 2 : (parallel ? 1 : 2);
    const qint64 perLayer = qkv + dense + mlp + norms * 2 * h;
    return layers * perLayer + qint64(vocab) * h + 2 * h;
}

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

QString bundledDemoModelDir()
{
    const QStringList candidates{
        QString::fromUtf8(qgetenv("FALCONRY_DEMO_MODEL")),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/falconry/demo-model"),
        QStringLiteral(FALCONRY_RESOURCES_DIR "/demo-model"),
    };
    for (const QString& dir : candidates) {
        if (!dir.isEmpty() && QFileInfo::exists(dir + QStringLiteral("/config.json")))
            return QDir(dir).canonicalPath();
    }
    return {};
}

QStringList huggingFaceCacheDirs()
{
    QStringList dirs;
    const QString hubCache = QString::fromUtf8(qgetenv("HF_HUB_CACHE"));
    const QString hfHome = QString::fromUtf8(qgetenv("HF_HOME"));
    const QString legacy = QString::fromUtf8(qgetenv("HUGGINGFACE_HUB_CACHE"));
    if (!hubCache.isEmpty())
        dirs << hubCache;
    if (!legacy.isEmpty())
        dirs << legacy;
    if (!hfHome.isEmpty())
        dirs << hfHome + QStringLiteral("/hub");
    dirs << QDir::homePath() + QStringLiteral("/.cache/huggingface/hub");
    dirs.removeDuplicates();
    return dirs;
}

QList<CatalogueEntry> scanHuggingFaceCache(const QStringList& cacheDirs)
{
    QList<CatalogueEntry> found;
    for (const QString& cache : cacheDirs) {
        // Layout: models--<org>--<name>/snapshots/<revision>/config.json
        const QDir root(cache);
        for (const QString& repoDir : root.entryList({QStringLiteral("models--*")}, QDir::Dirs)) {
            QDir snapshots(root.filePath(repoDir) + QStringLiteral("/snapshots"));
            const QFileInfoList revisions = snapshots.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Time);
            for (const QFileInfo& rev : revisions) {
                const ModelFolderInfo info = inspectModelFolder(rev.absoluteFilePath());
                if (!info.error.isEmpty())
                    continue;
                CatalogueEntry e;
                const QStringList parts = repoDir.mid(8).split(QStringLiteral("--"));
                e.repo = parts.join(QLatin1Char('/'));
                e.id = e.repo;
                e.name = parts.value(parts.size() - 1);
                e.parameters = info.parameters;
                e.source = ModelSource::HfCache;
                e.localDir = rev.absoluteFilePath();
                found.append(e);
                break; // newest usable snapshot only
            }
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
    QFile config(d.filePath(QStringLiteral("config.json")));
    if (!config.open(QIODevice::ReadOnly)) {
        info.error = tr("%1 has no config.json: choose the folder that holds config.json, the "
                        "*.safetensors files and tokenizer.json.").arg(QDir::toNativeSeparators(dir));
        return info;
    }
    QJsonParseError parseError{};
    const QJsonObject c = QJsonDocument::fromJson(config.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        info.error = tr("config.json cannot be read at offset %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return info;
    }
    info.modelType = c.value(QStringLiteral("model_type")).toString();
    static const QStringList falconTypes{QStringLiteral("falcon"), QStringLiteral("RefinedWeb"),
                                         QStringLiteral("RefinedWebModel")};
    if (!falconTypes.contains(info.modelType)) {
        info.error = tr("config.json says model_type \"%1\"; Falconry trains Falcon models (model_type \"falcon\").")
                         .arg(info.modelType);
        return info;
    }
    auto intField = [&c](std::initializer_list<const char*> names) {
        for (const char* n : names) {
            const QJsonValue v = c.value(QLatin1String(n));
            if (v.isDouble())
                return v.toInt();
        }
        return 0;
    };
    info.layers = intField({"num_hidden_layers", "n_layer"});
    info.hidden = intField({"hidden_size", "n_embd"});
    info.heads = intField({"num_attention_heads", "n_head"});
    info.kvHeads = intField({"num_kv_heads", "n_head_kv"});
    info.vocab = intField({"vocab_size"});
    if (info.layers <= 0 || info.hidden <= 0 || info.heads <= 0 || info.vocab <= 0) {
        info.error = tr("config.json lacks num_hidden_layers, hidden_size, num_attention_heads or vocab_size.");
        return info;
    }
    info.parameters = falconParameters(c, info.layers, info.hidden, info.heads, info.kvHeads, info.vocab);
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
