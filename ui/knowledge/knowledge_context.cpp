#include "ui/knowledge/knowledge_context.h"

#include "core/knowledge/knowledge_store.h"
#include "core/knowledge/retriever.h"
#include "core/knowledge/token_counter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QVariantMap>

namespace falconry::ui {

QString CitedPassage::where() const
{
    QString out = QFileInfo(source).fileName();
    if (!heading.isEmpty())
        out += QStringLiteral(" \u203a ") + heading;
    if (page > 0)
        out += QCoreApplication::translate("KnowledgePage", ", page %1").arg(page);
    else if (line > 0)
        out += QCoreApplication::translate("KnowledgePage", ", line %1").arg(line);
    return out;
}

std::string bareKnowledgeMessage(const std::string& question)
{
    return questionFrame(question);
}

KnowledgeContext knowledgeContextFor(const std::string& database, const std::string& question, const Tokenizer& tokenizer,
                                     size_t contextTokens, size_t promptTokens, size_t answerTokens, size_t k)
{
    const KnowledgeStore store(database, false);
    const auto counter = TokenCounter::forTokenizer(tokenizer, "model");
    RetrievalOptions options;
    options.k = k;
    options.tokenBudget = passageBudget(contextTokens, promptTokens, answerTokens);
    const Retrieval found = retrieve(store, question, options, *counter);
    KnowledgeContext out;
    out.message = citedQuestion(question, found.passages);
    for (size_t i = 0; i < found.passages.size(); ++i) {
        const Passage& p = found.passages[i];
        CitedPassage c;
        c.number = static_cast<int>(i + 1);
        c.source = QString::fromStdString(p.source);
        c.heading = QString::fromStdString(p.heading);
        c.page = p.page;
        c.line = p.line;
        c.score = p.score;
        c.text = QString::fromStdString(p.text);
        out.passages.push_back(c);
    }
    return out;
}

QVariantList passagesToVariant(const std::vector<CitedPassage>& passages)
{
    QVariantList list;
    for (const CitedPassage& p : passages) {
        QVariantMap m;
        m.insert(QStringLiteral("n"), p.number);
        m.insert(QStringLiteral("source"), p.source);
        m.insert(QStringLiteral("heading"), p.heading);
        m.insert(QStringLiteral("page"), p.page);
        m.insert(QStringLiteral("line"), p.line);
        m.insert(QStringLiteral("score"), p.score);
        m.insert(QStringLiteral("text"), p.text);
        list.append(m);
    }
    return list;
}

QList<CitedPassage> passagesFromVariant(const QVariant& value, const QString& answer)
{
    const std::vector<int> cited = citedNumbers(answer.toStdString(), static_cast<size_t>(value.toList().size()));
    QList<CitedPassage> out;
    for (const QVariant& item : value.toList()) {
        const QVariantMap m = item.toMap();
        CitedPassage p;
        p.number = m.value(QStringLiteral("n")).toInt();
        p.source = m.value(QStringLiteral("source")).toString();
        p.heading = m.value(QStringLiteral("heading")).toString();
        p.page = m.value(QStringLiteral("page")).toInt();
        p.line = m.value(QStringLiteral("line")).toInt();
        p.score = m.value(QStringLiteral("score")).toDouble();
        p.text = m.value(QStringLiteral("text")).toString();
        p.cited = std::find(cited.begin(), cited.end(), p.number) != cited.end();
        out.append(p);
    }
    return out;
}

} // namespace falconry::ui
