#pragma once

#include "ui/export/gguf_export_job.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace falconry::ui {

/**
 * Asks where and how to write a GGUF (file, type with its size and quality in plain words,
 * the prompt template for chat front-ends, an Ollama Modelfile) and shows the one line that
 * runs it in Ollama. The export itself runs as an engine job (makeGgufExportJob).
 */
class GgufExportDialog final : public QDialog {
    Q_OBJECT
public:
    /** `templateName`: the run's template, preselected ("falcon-instruct", ...); empty = none known. */
    GgufExportDialog(const QString& suggestedFile, const QString& templateName, QWidget* parent = nullptr);

    /** The request for `modelDir` + `adapterDir` with the dialog's choices. */
    GgufExportRequest request(const QString& modelDir, const QString& adapterDir) const;
    void setOutFile(const QString& file);
    void setType(const QString& type);

private:
    void updateHint();

    QLineEdit* m_file = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_template = nullptr;
    QCheckBox* m_modelfile = nullptr;
    QLabel* m_typeHint = nullptr;
    QLabel* m_ollama = nullptr;
};

/** The template named in the run folder's run.json, or empty. */
QString runTemplateName(const QString& adapterDir);

} // namespace falconry::ui
