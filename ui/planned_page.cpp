#include "ui/planned_page.h"

#include <QLabel>
#include <QVBoxLayout>

PlannedPage::PlannedPage(const QString& title, const QString& whatWillBeHere, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    auto* notYet = new QLabel(tr("This step is not available yet in this version of Falconry."), this);
    notYet->setObjectName(QStringLiteral("notYetLabel"));
    auto* body = new QLabel(whatWillBeHere, this);
    body->setWordWrap(true);
    body->setTextFormat(Qt::PlainText);
    layout->addWidget(heading);
    layout->addWidget(notYet);
    layout->addSpacing(12);
    layout->addWidget(body);
    layout->addStretch(1);
}
