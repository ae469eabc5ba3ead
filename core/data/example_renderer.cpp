#include "core/data/example_renderer.h"

#include "core/tokenizer/tokenizer.h"

#include <algorithm>

namespace falconry {

size_t RenderedExample::trainedCount() const
{
    return static_cast<size_t>(std::count(trained.begin(), trained.end(), uint8_t{1}));
}

RenderedExample tokenizeRendered(const RenderedText& rendered, const Tokenizer& tokenizer, const TokenizeOptions& options)
{
    RenderedExample out;
    out.text = rendered.text;
    out.segments = rendered.segments;
    const std::optional<int64_t> eos = tokenizer.eosId();
    const std::string_view text = out.text;
    for (const TextSegment& segment : rendered.segments) {
        const bool inLoss = segment.trained || options.trainOn == TrainOn::Everything;
        if (segment.end > segment.begin) {
            const Encoding encoding = tokenizer.encodeWithOffsets(text.substr(segment.begin, segment.end - segment.begin));
            for (size_t i = 0; i < encoding.ids.size(); ++i) {
                out.ids.push_back(encoding.ids[i]);
                out.trained.push_back(inLoss ? 1 : 0);
                const auto [b, e] = i < encoding.offsets.size() ? encoding.offsets[i] : std::pair<size_t, size_t>{0, 0};
                out.offsets.emplace_back(segment.begin + b, segment.begin + e);
            }
        }
        if (segment.eosAfter && options.addEos) {
            if (eos) {
                out.ids.push_back(*eos);
                out.trained.push_back(inLoss ? 1 : 0);
                out.offsets.emplace_back(segment.end, segment.end);
            } else {
                out.eosMissing = true;
            }
        }
    }
    out.fullTokenCount = out.ids.size();
    out.cutSide = options.cutSide;
    out.cutTextOffset = out.text.size();
    if (options.maxLength > 0 && out.ids.size() > options.maxLength) {
        out.cut = true;
        const size_t drop = out.ids.size() - options.maxLength;
        if (options.cutSide == CutSide::End) {
            out.cutTextOffset = out.offsets[options.maxLength].first;
            out.ids.resize(options.maxLength);
            out.trained.resize(options.maxLength);
            out.offsets.resize(options.maxLength);
        } else {
            out.keptFrom = drop;
            out.cutTextOffset = out.offsets[drop].first;
            out.ids.erase(out.ids.begin(), out.ids.begin() + static_cast<std::ptrdiff_t>(drop));
            out.trained.erase(out.trained.begin(), out.trained.begin() + static_cast<std::ptrdiff_t>(drop));
            out.offsets.erase(out.offsets.begin(), out.offsets.begin() + static_cast<std::ptrdiff_t>(drop));
        }
    }
    return out;
}

RenderedExample renderExample(const PromptTemplate& tpl, const Dataset& dataset, const DatasetRow& row,
                              const RoleMapping& mapping, const Tokenizer* tokenizer, const TokenizeOptions& options)
{
    const RenderedText rendered = renderRow(tpl, dataset, row, mapping);
    RenderedExample example;
    if (tokenizer) {
        example = tokenizeRendered(rendered, *tokenizer, options);
    } else {
        example.text = rendered.text;
        example.segments = rendered.segments;
        example.cutTextOffset = example.text.size();
    }
    example.rowId = row.id;
    return example;
}

} // namespace falconry
