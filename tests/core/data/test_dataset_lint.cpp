// Lint findings name their rows; stats; a split that is stable under edits.
#include "core/data/dataset_lint.h"

#include <gtest/gtest.h>

namespace falconry {
namespace {

using Ids = std::vector<uint64_t>;

Dataset rows(const std::vector<std::pair<std::string, std::string>>& pairs)
{
    Dataset d;
    d.columns = {"question", "answer"};
    for (const auto& [q, a] : pairs)
        d.appendRow({JsonValue(q), JsonValue(a)});
    return d;
}

const LintFinding* find(const std::vector<LintFinding>& fs, LintKind kind)
{
    for (const auto& f : fs)
        if (f.kind == kind)
            return &f;
    return nullptr;
}

TEST(DatasetLint, FindingsNameTheirRows)
{
    Dataset d = rows({
        {"What is the capital of France?", "Paris is the capital of France."},          // 1
        {"what is the  capital of France?", "Paris is the capital of france."},         // 2: exact dup of 1 (normalized)
        {"Explain photosynthesis in plants briefly.", "Plants turn light, water and CO2 into sugar and oxygen."}, // 3
        {"Explain photosynthesis in plants briefly.", "Plants turn light, water and CO2 into sugar and oxygen!"}, // 4: near dup of 3
        {"", "orphan answer with no question"},                                        // 5: empty field
        {"Hi", "Yo"},                                                                  // 6: too short
        {"Bad \xEF\xBF\xBD byte", "ctrl \x01 char"},                                   // 7: invalid text
    });
    d.rows[6].cells[1] = JsonValue(std::string("ctrl \x01 char"));
    const RoleMapping m = RoleMapping::parse("user=question,assistant=answer");
    LintOptions o;
    o.maxLength = 10;
    const std::vector<size_t> tokens = {5, 5, 12, 12, 4, 2, 6};
    const auto fs = lintDataset(d, m, tokens, o);
    ASSERT_NE(find(fs, LintKind::ExactDuplicate), nullptr);
    EXPECT_EQ(find(fs, LintKind::ExactDuplicate)->rowIds, (Ids{1, 2}));
    ASSERT_NE(find(fs, LintKind::NearDuplicate), nullptr);
    EXPECT_EQ(find(fs, LintKind::NearDuplicate)->rowIds, (Ids{3, 4}));
    ASSERT_NE(find(fs, LintKind::EmptyField), nullptr);
    EXPECT_EQ(find(fs, LintKind::EmptyField)->rowIds, (Ids{5}));
    EXPECT_EQ(find(fs, LintKind::EmptyField)->column, "question");
    ASSERT_NE(find(fs, LintKind::OverLong), nullptr);
    EXPECT_EQ(find(fs, LintKind::OverLong)->rowIds, (Ids{3, 4}));
    ASSERT_NE(find(fs, LintKind::TooShort), nullptr);
    EXPECT_EQ(find(fs, LintKind::TooShort)->rowIds, (Ids{6}));
    size_t invalid = 0;
    for (const auto& f : fs)
        if (f.kind == LintKind::InvalidText) {
            EXPECT_EQ(f.rowIds, (Ids{7}));
            ++invalid;
        }
    EXPECT_EQ(invalid, 2u); // one finding per column
    EXPECT_EQ(find(fs, LintKind::TrainEvalOverlap), nullptr);
}

TEST(DatasetLint, DistinctRowsAreNotNearDuplicates)
{
    Dataset d = rows({{"Explain photosynthesis in plants briefly.", "Sugar from light."},
                      {"Explain respiration in animals briefly.", "Energy from sugar."}});
    const auto fs = lintDataset(d, RoleMapping::parse("user=question,assistant=answer"), {}, LintOptions{});
    EXPECT_EQ(find(fs, LintKind::NearDuplicate), nullptr);
    EXPECT_EQ(find(fs, LintKind::ExactDuplicate), nullptr);
}

TEST(DatasetLint, TrainEvalOverlap)
{
    Dataset d;
    d.columns = {"text"};
    for (int i = 0; i < 200; ++i)
        d.appendRow({JsonValue("the same sentence, repeated in every row")});
    SplitOptions split{0.2, 7};
    LintOptions o;
    o.nearDuplicates = false;
    const auto fs = lintDataset(d, RoleMapping::parse("text=text"), {}, o, &split);
    size_t overlaps = 0;
    for (const auto& f : fs)
        if (f.kind == LintKind::TrainEvalOverlap) {
            ASSERT_EQ(f.rowIds.size(), 2u);
            EXPECT_TRUE(isEvalRow(f.rowIds[0], split));
            EXPECT_FALSE(isEvalRow(f.rowIds[1], split));
            ++overlaps;
        }
    EXPECT_EQ(overlaps, evalRowIds(d, split).size());
    EXPECT_GT(overlaps, 0u);
}

TEST(DatasetSplit, StableUnderEditsAndNearTheRatio)
{
    Dataset d;
    d.columns = {"text"};
    for (int i = 0; i < 10000; ++i)
        d.appendRow({JsonValue("row " + std::to_string(i))});
    const SplitOptions split{0.1, 42};
    const Ids before = evalRowIds(d, split);
    EXPECT_NEAR(static_cast<double>(before.size()), 1000.0, 120.0); // binomial: sd = 30
    // Edit text, delete and insert rows: the other rows keep their side.
    d.rows[5].cells[0] = JsonValue("changed");
    d.rows.erase(d.rows.begin() + 10);
    d.rows.insert(d.rows.begin(), DatasetRow{d.nextId++, {JsonValue("new")}});
    const Ids after = evalRowIds(d, split);
    Ids expected;
    for (uint64_t id : before)
        if (id != 11)
            expected.push_back(id);
    if (isEvalRow(10001, split))
        expected.insert(expected.begin(), 10001);
    EXPECT_EQ(after, expected);
    EXPECT_NE(evalRowIds(d, SplitOptions{0.1, 43}), after); // the seed matters
}

TEST(DatasetStats, PercentilesAndHistogram)
{
    std::vector<size_t> lengths;
    for (size_t i = 1; i <= 100; ++i)
        lengths.push_back(i);
    const LengthStats s = computeLengthStats(lengths, 10);
    EXPECT_EQ(s.count, 100u);
    EXPECT_EQ(s.min, 1u);
    EXPECT_EQ(s.p50, 50u); // nearest rank: ceil(0.5 * 100) = 50th value
    EXPECT_EQ(s.p90, 90u);
    EXPECT_EQ(s.p99, 99u);
    EXPECT_EQ(s.max, 100u);
    EXPECT_DOUBLE_EQ(s.mean, 50.5);
    EXPECT_EQ(s.binWidth, 11u);
    size_t sum = 0;
    for (size_t c : s.histogram)
        sum += c;
    EXPECT_EQ(sum, 100u);
    EXPECT_EQ(s.histogram[0], 10u); // 1..10
    EXPECT_EQ(computeLengthStats({}).count, 0u);
}

} // namespace
} // namespace falconry
