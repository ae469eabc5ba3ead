#include "core/data/example_renderer.h"

#include "core/tokenizer/tokenizer.h"

#include <algorithm>

namespace falconry {

size_t RenderedExample::trainedCount() const
{
    return static_cast<size_t>(std::count(trained.begin(), trained.end(), uint8_t{1}));
}

namespace {

/** True when [begin, end) shares a byte with a trained segment. */
bool coversTrainedText(const std::vector<TextSegment>& segments, size_t begin, size_t end)
{
    return std::any_of(segments.begin(), segments.end(), [&](const TextSegment& s) {
        return s.trained && begin < s.end && s.begin < end;
    });
}

} // namespace

RenderedExample tokenizeRendered(const RenderedText& rendered, const Tokenizer& tokenizer, const TokenizeOptions& options)
{
    RenderedExample out;
    out.text = rendered.text;
    out.segments = rendered.segments;
    const std::optional<int64_t> eos = tokenizer.eosId();
    out.eosId = eos.value_or(-1);
    // The whole text in one go, as the model reads it at inference (a sentencepiece model's
    // dummy prefix once at the start, BPE merges across the prompt/answer seam as they fall);
    // a token is trained when it covers a byte of a trained segment.
    const Encoding encoding = tokenizer.encodeWithOffsets(out.text);
    const bool everything = options.trainOn == TrainOn::Everything;
    // EOS goes after the last token that starts before the end of its answer.
    std::vector<std::pair<size_t, bool>> eosAt; // (answer end, answer trained), in text order
    for (const TextSegment& segment : rendered.segments) {
        if (segment.eosAfter && options.addEos) {
            if (eos)
                eosAt.emplace_back(segment.end, segment.trained);
            else
                out.eosMissing = true;
        }
    }
    size_t nextEos = 0;
    const auto appendEos = [&](const std::pair<size_t, bool>& at) {
        out.ids.push_back(*eos);
        out.trained.push_back(everything || at.second ? 1 : 0);
        out.offsets.emplace_back(at.first, at.first);
    };
    for (size_t i = 0; i < encoding.ids.size(); ++i) {
        const auto [b, e] = i < encoding.offsets.size() ? encoding.offsets[i] : std::pair<size_t, size_t>{0, 0};
        while (nextEos < eosAt.size() && b >= eosAt[nextEos].first && !out.ids.empty())
            appendEos(eosAt[nextEos++]);
        out.ids.push_back(encoding.ids[i]);
        out.trained.push_back(everything || coversTrainedText(rendered.segments, b, std::max(e, b + 1)) ? 1 : 0);
        out.offsets.emplace_back(b, e);
    }
    while (nextEos < eosAt.size())
        appendEos(eosAt[nextEos++]);
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
