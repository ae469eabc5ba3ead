// libFuzzer target: a prompt template the user types ("custom:Q: {question}\nA: {answer}") and a
// column mapping ("user=question,assistant=answer"), rendered with a fixed row. The input's first
// line is the mapping, the rest the template. Any input must either be refused with DatasetError
// or render to segments that cover the text in order, without gap or overlap.
#include "core/data/prompt_template.h"
#include "core/data/role_mapping.h"
#include "core/util/errors.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

void checkSegments(const falconry::RenderedText& rendered)
{
    size_t expected = 0;
    for (const auto& segment : rendered.segments) {
        if (segment.begin != expected || segment.end < segment.begin)
            std::abort();
        expected = segment.end;
    }
    if (expected != rendered.text.size())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const size_t newline = input.find('\n');
    const std::string_view mappingText = input.substr(0, newline);
    const std::string_view templateText = newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1);

    falconry::Dataset dataset;
    dataset.columns = {"question", "answer", "system", "conversations"};
    dataset.appendRow({falconry::JsonValue("What is a falcon?"), falconry::JsonValue("A bird of prey."),
                       falconry::JsonValue("Be brief."),
                       falconry::JsonValue::parse(R"([{"from":"human","value":"Hi"},{"from":"gpt","value":"Hello!"}])")});
    try {
        const falconry::RoleMapping mapping = falconry::RoleMapping::parse(mappingText);
        (void)falconry::RoleMapping::parse(mapping.toString());
        for (const falconry::PromptTemplate& tpl :
             {falconry::PromptTemplate::fromName(std::string("custom:") + std::string(templateText)),
              falconry::PromptTemplate::fromName(templateText)}) {
            checkSegments(falconry::renderRow(tpl, dataset, dataset.rows[0], mapping));
            (void)falconry::PromptTemplate::fromName(tpl.name());
        }
    } catch (const falconry::DatasetError&) {
    }
    return 0;
}
