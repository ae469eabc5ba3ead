#include "ui/data/example_inspector.h"

#include "ui/data/token_view.h"

#include <QLabel>
#include <QVBoxLayout>

namespace falconry::ui {

ExampleInspector::ExampleInspector(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_view(new TokenView(this))
{
    setObjectName(QStringLiteral("exampleInspector"));
    m_summary->setObjectName(QStringLiteral("inspectorSummary"));
    m_summary->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("inspectorTokens"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
    const bool dark = TokenView::isDark(palette());
    m_legend->setText(tr("<span style='background:%1;color:%2'>&nbsp;trained&nbsp;</span> "
                         "<span style='background:%3;color:%4'>&nbsp;prompt (masked)&nbsp;</span> "
                         "&nbsp;↵ line break &nbsp;⟨eos⟩ end of sequence &nbsp;✂ cut at max length")
                          .arg(dark ? QStringLiteral("#1b4d36") : QStringLiteral("#c3ebcf"),
                               dark ? QStringLiteral("#e3f9e9") : QStringLiteral("#0b3d20"),
                               dark ? QStringLiteral("#3a3f47") : QStringLiteral("#eceef1"),
                               dark ? QStringLiteral("#c8cdd3") : QStringLiteral("#3c434b")));
    showMessage(tr("Select a row to see it as the model does."));
}

void ExampleInspector::showMessage(const QString& text)
{
    m_summary->setText(text);
    m_view->clearExamples();
}

void ExampleInspector::showExample(const RenderedExample& example, size_t maxLength, bool counted)
{
    m_view->clearExamples();
    m_view->appendExample(example);
    QString text = tr("<b>Row %1</b>").arg(example.rowId);
    if (counted) {
        text += tr(" · %1 tokens").arg(example.fullTokenCount);
        if (maxLength > 0)
            text += tr(" of max %1").arg(maxLength);
        text += tr(" · %1 trained").arg(example.trainedCount());
        if (example.cut)
            text += QStringLiteral(" · <span style='color:#d0453a'><b>")
                  + tr("cut at the %1: %2 tokens dropped")
                        .arg(example.cutSide == CutSide::End ? tr("end") : tr("start"))
                        .arg(example.fullTokenCount - example.tokenCount())
                  + QStringLiteral("</b></span>");
    } else {
        text += tr(" · choose a model on the Model page to see its tokens");
    }
    m_summary->setText(text);
}

QString ExampleInspector::summary() const
{
    return m_summary->text();
}

} // namespace falconry::ui
