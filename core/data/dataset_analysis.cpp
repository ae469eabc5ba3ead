#include "core/data/dataset_analysis.h"

#include "core/util/errors.h"

namespace falconry {

PromptTemplate suggestedTemplate(DatasetKind kind)
{
    switch (kind) {
    case DatasetKind::Guanaco: return PromptTemplate{TemplateKind::Guanaco, {}};
    case DatasetKind::Alpaca: return PromptTemplate{TemplateKind::Alpaca, {}};
    case DatasetKind::Text: return PromptTemplate{TemplateKind::Plain, {}};
    default: return PromptTemplate{TemplateKind::FalconInstruct, {}};
    }
}

DatasetAnalysis analyzeDataset(const Dataset& dataset, const Tokenizer* tokenizer, const AnalysisOptions& options,
                               const std::function<bool(size_t, size_t)>& progress, const std::atomic<bool>* stop)
{
    DatasetAnalysis a;
    a.detection = options.kind ? detectAs(dataset, *options.kind) : detectFormat(dataset);
    a.mapping = a.detection.mapping;
    a.mapping.apply(options.mapping);
    a.mapping.check(dataset);
    a.promptTemplate = options.promptTemplate ? *options.promptTemplate : suggestedTemplate(a.detection.kind);

    const size_t n = dataset.rows.size();
    if (tokenizer) {
        a.tokenCounts.reserve(n);
        a.trainedCounts.reserve(n);
    }
    for (size_t r = 0; r < n; ++r) {
        if ((stop && stop->load()) || (progress && r % 256 == 0 && !progress(r, n)))
            break;
        const DatasetRow& row = dataset.rows[r];
        try {
            const Conversation conversation = buildConversation(dataset, row, a.mapping);
            size_t answers = 0;
            for (const Turn& turn : conversation.turns)
                answers += turn.role == TurnRole::Assistant ? 1 : 0;
            a.multiTurnRows += answers > 1 ? 1 : 0;
            if (tokenizer) {
                const RenderedExample example =
                    renderExample(a.promptTemplate, dataset, row, a.mapping, tokenizer, options.tokenize);
                a.tokenCounts.push_back(example.fullTokenCount);
                a.trainedCounts.push_back(example.trainedCount());
                a.cutRows += example.cut ? 1 : 0;
            }
        } catch (const DatasetError& e) {
            a.renderErrors.push_back(RenderError{row.id, e.what()});
            if (tokenizer) {
                a.tokenCounts.push_back(0);
                a.trainedCounts.push_back(0);
            }
        }
    }
    a.lengths = computeLengthStats(a.tokenCounts);
    LintOptions lint = options.lint;
    if (lint.maxLength == 0)
        lint.maxLength = options.tokenize.maxLength;
    a.findings = lintDataset(dataset, a.mapping, a.tokenCounts.size() == n ? a.tokenCounts : std::vector<size_t>{},
                             lint, options.split ? &*options.split : nullptr);
    if (progress)
        progress(n, n);
    return a;
}

} // namespace falconry
