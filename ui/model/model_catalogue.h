#pragma once

#include <QList>
#include <QString>

namespace falconry::ui {

/** Where a model in the list comes from. */
enum class ModelSource {
    Catalogue, // a known Falcon model (resources/models.json)
    Bundled,   // the demo model shipped with Falconry
    HfCache,   // found in the Hugging Face cache
    Folder,    // opened by the user
};

/** One model the user can pick: what it is and, if on disk, where. */
struct CatalogueEntry {
    QString id;
    QString name;
    QString repo;         // Hugging Face repo id, e.g. "tiiuae/falcon-7b"
    qint64 parameters = 0; // 0 = unknown until the config is read
    QString licence;
    QString layout;
    QString description;
    int context = 0;
    ModelSource source = ModelSource::Catalogue;
    QString localDir;     // empty = not on this machine
};

/** What a Falcon folder's config.json says (checked before anything loads). */
struct ModelFolderInfo {
    QString error;        // empty = usable
    QString modelType;
    qint64 parameters = 0;
    int layers = 0;
    int hidden = 0;
    int heads = 0;
    int kvHeads = 0;
    int vocab = 0;
    bool hasTokenizer = false;
    int weightFiles = 0;
};

/** The catalogue (models.json) with local copies resolved: bundled demo, Hugging Face cache. */
QList<CatalogueEntry> loadCatalogue(const QString& jsonPath = QStringLiteral(":/falconry/models.json"));

/** Folder of the bundled demo model, or "" when this build has none. */
QString bundledDemoModelDir();
/** The bundled demo dataset (the Aerie support CSV), or "" when this build has none. */
QString bundledDemoDatasetPath();
/** The bundled demo's knowledge: the Aerie feeder's manual (Markdown), or "" when this build has none. */
QString bundledDemoManualPath();
/** The questions about that manual with the fact each answer contains (the strategy check's demo), or "". */
QString bundledDemoQuestionsPath();

/** The Hugging Face hub cache folder(s) searched: $HF_HUB_CACHE, $HF_HOME/hub, ~/.cache/huggingface/hub. */
QStringList huggingFaceCacheDirs();

/** Falcon models in the Hugging Face cache (newest snapshot of each repo). */
QList<CatalogueEntry> scanHuggingFaceCache(const QStringList& cacheDirs = huggingFaceCacheDirs());

/** Reads and checks `dir`/config.json, weights and tokenizer; error says what is missing. */
ModelFolderInfo inspectModelFolder(const QString& dir);

} // namespace falconry::ui
