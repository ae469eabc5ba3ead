#include "ui/export/gguf_export_dialog.h"

#include "core/export/gguf_export.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace falconry::ui {

QString runTemplateName(const QString& adapterDir)
{
    return QString::fromStdString(templateOfRun(adapterDir.toStdString()));
}

GgufExportDialog::GgufExportDialog(const QString& suggestedFile, const QString& templateName, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ggufExportDialog"));
    setWindowTitle(tr("Export GGUF"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("One file with the adapter merged into the base model, for llama.cpp, Ollama and LM "
                                "Studio. The tokenizer and the prompt format travel inside it."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(suggestedFile, this);
    m_file->setObjectName(QStringLiteral("ggufFile"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("File:"), fileRow);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("ggufType"));
    m_type->addItem(tr("Q4_K_M: smallest that stays good (about 4.9 bits per weight)"), QStringLiteral("q4_k_m"));
    m_type->addItem(tr("Q8_0: near-lossless, half of F16 (8.5 bits per weight)"), QStringLiteral("q8_0"));
    m_type->addItem(tr("F16: full quality (16 bits per weight)"), QStringLiteral("f16"));
    m_type->addItem(tr("BF16: full quality, the training precision (16 bits)"), QStringLiteral("bf16"));
    m_type->addItem(tr("Q4_0: small, older format (4.5 bits per weight)"), QStringLiteral("q4_0"));
    m_type->addItem(tr("F32: exact, twice the size of F16"), QStringLiteral("f32"));
    form->addRow(tr("Type:"), m_type);
    m_typeHint = new QLabel(this);
    m_typeHint->setWordWrap(true);
    form->addRow(QString(), m_typeHint);

    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("ggufTemplate"));
    m_template->addItem(tr("Falcon instruct (User: / Assistant:)"), QStringLiteral("falcon-instruct"));
    m_template->addItem(tr("Falcon chat (System: / User: / Falcon:)"), QStringLiteral("falcon-chat"));
    m_template->addItem(tr("Guanaco (### Human: / ### Assistant:)"), QStringLiteral("guanaco"));
    m_template->addItem(tr("Alpaca (### Instruction: / ### Response:)"), QStringLiteral("alpaca"));
    m_template->addItem(tr("Plain text"), QStringLiteral("plain"));
    m_template->addItem(tr("None (no chat template)"), QString());
    // An unknown template (no run) keeps the first entry; "None" is the user's explicit choice.
    const int known = templateName.isEmpty() ? -1 : m_template->findData(templateName);
    m_template->setCurrentIndex(known >= 0 ? known : 0);
    form->addRow(tr("Prompt format:"), m_template);
    m_modelfile = new QCheckBox(tr("Also write an Ollama Modelfile beside it"), this);
    m_modelfile->setObjectName(QStringLiteral("ggufModelfile"));
    m_modelfile->setChecked(true);
    form->addRow(QString(), m_modelfile);
    layout->addLayout(form);

    m_ollama = new QLabel(this);
    m_ollama->setObjectName(QStringLiteral("ggufOllamaHint"));
    m_ollama->setWordWrap(true);
    m_ollama->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_ollama);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Save the GGUF as"), m_file->text(),
                                                          tr("GGUF models (*.gguf)"));
        if (!file.isEmpty())
            setOutFile(file.endsWith(QLatin1String(".gguf")) ? file : file + QStringLiteral(".gguf"));
    });
    connect(m_file, &QLineEdit::textChanged, this, &GgufExportDialog::updateHint);
    connect(m_type, &QComboBox::currentIndexChanged, this, &GgufExportDialog::updateHint);
    connect(m_template, &QComboBox::currentIndexChanged, this, &GgufExportDialog::updateHint);
    connect(m_modelfile, &QCheckBox::toggled, this, &GgufExportDialog::updateHint);
    updateHint();
}

void GgufExportDialog::setOutFile(const QString& file)
{
    m_file->setText(file);
}

void GgufExportDialog::setType(const QString& type)
{
    const int index = m_type->findData(type);
    if (index >= 0)
        m_type->setCurrentIndex(index);
}

void GgufExportDialog::updateHint()
{
    const QString type = m_type->currentData().toString();
    if (type == QLatin1String("q4_k_m"))
        m_typeHint->setText(tr("About a third of F16. Falcon's layers use a mix: some with 5 or 6 bits, as llama.cpp's own Q4_K_M."));
    else if (type == QLatin1String("q8_0"))
        m_typeHint->setText(tr("Answers are almost always the same as the model's own."));
    else
        m_typeHint->setText(QString());
    const bool modelfile = m_modelfile->isChecked() && !m_template->currentData().toString().isEmpty();
    m_modelfile->setEnabled(!m_template->currentData().toString().isEmpty());
    const QFileInfo file(m_file->text());
    m_ollama->setText(modelfile ? tr("Afterwards, run it in Ollama from a terminal in %1:\n    ollama create %2 -f Modelfile")
                                      .arg(file.absolutePath(), file.completeBaseName())
                                : tr("Open the file in LM Studio, or run it with llama.cpp: llama-cli -m %1")
                                      .arg(file.fileName()));
}

GgufExportRequest GgufExportDialog::request(const QString& modelDir, const QString& adapterDir) const
{
    GgufExportRequest r;
    r.modelDir = modelDir;
    r.adapterDir = adapterDir;
    r.outFile = m_file->text().trimmed();
    r.type = m_type->currentData().toString();
    r.templateName = m_template->currentData().toString();
    r.writeModelfile = m_modelfile->isChecked() && !r.templateName.isEmpty();
    return r;
}

} // namespace falconry::ui
