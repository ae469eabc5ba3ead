#include "ui/about_dialog.h"

#include "core/util/version.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Falconry"));
    auto* layout = new QVBoxLayout(this);
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/falconry.svg")).pixmap(QSize(64, 64)));
    icon->setAlignment(Qt::AlignHCenter);
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setAlignment(Qt::AlignHCenter);
    text->setText(QStringLiteral("<h2>Falconry %1</h2><p>%2</p><p>%3</p><p>%4</p>")
                      .arg(QString::fromUtf8(falconry::falconryVersion()),
                           tr("Fine-tune Falcon language models with LoRA and QLoRA on your own machine."),
                           tr("Engine: %1").arg(QString::fromStdString(falconry::versionLine(std::string("Falconry")))),
                           tr("Licensed under the Apache License 2.0.")));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(icon);
    layout->addWidget(text);
    layout->addWidget(buttons);
}
