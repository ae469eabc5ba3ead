#include "core/data/dataset_lint.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <numeric>
#include <unordered_map>

namespace falconry {
namespace {

uint64_t splitMix(uint64_t x)
{
    // SplitMix64 (Steele, Lea, Flood 2014): a fixed, well-mixed hash of 64-bit ids.
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

uint64_t fnv1a(std::string_view s, uint64_t h = 0xCBF29CE484222325ull)
{
    for (unsigned char c : s) {
        h ^= c;
        h *= 0x100000001B3ull;
    }
    return h;
}

constexpr size_t kShingle = 5;
constexpr size_t kHashes = 128;
constexpr size_t kBands = 16; // 16 bands x 8 rows: pairs at Jaccard 0.9 collide with p > 0.999, at 0.5 with p ~ 0.06
constexpr size_t kRowsPerBand = kHashes / kBands;

std::vector<uint64_t> shingles(const std::string& text)
{
    std::vector<uint64_t> out;
    if (text.size() < kShingle) {
        out.push_back(fnv1a(text));
    } else {
        out.reserve(text.size() - kShingle + 1);
        for (size_t i = 0; i + kShingle <= text.size(); ++i)
            out.push_back(fnv1a(std::string_view(text).substr(i, kShingle)));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

double jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b)
{
    size_t common = 0;
    for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] == b[j]) {
            ++common;
            ++i;
            ++j;
        } else if (a[i] < b[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    const size_t all = a.size() + b.size() - common;
    return all == 0 ? 1.0 : static_cast<double>(common) / static_cast<double>(all);
}

struct UnionFind {
    std::vector<size_t> parent;
    explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), size_t{0}); }
    size_t find(size_t x)
    {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    }
    void join(size_t a, size_t b) { parent[find(a)] = find(b); }
};

/** The text a row contributes: its mapped columns (or all columns) joined. */
std::string rowContent(const Dataset& dataset, const DatasetRow& row, const RoleMapping& mapping)
{
    std::string text;
    std::vector<std::string> columns;
    for (const auto* column : {&mapping.system, &mapping.user, &mapping.input, &mapping.assistant, &mapping.text,
                               &mapping.conversation})
        if (!column->empty())
            columns.push_back(*column);
    if (columns.empty())
        columns = dataset.columns;
    for (const auto& column : columns) {
        if (!text.empty())
            text += '\n';
        text += dataset.cellText(row, dataset.columnIndex(column));
    }
    return text;
}

std::string rowList(const std::vector<uint64_t>& ids)
{
    std::string out;
    for (size_t i = 0; i < ids.size() && i < 10; ++i)
        out += (i ? ", " : "") + std::to_string(ids[i]);
    if (ids.size() > 10)
        out += ", ... (" + std::to_string(ids.size()) + " rows)";
    return out;
}

} // namespace

std::vector<uint64_t> textShingles(std::string_view normalized)
{
    return shingles(std::string(normalized));
}

double shingleJaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b)
{
    return jaccard(a, b);
}

std::string lintKindName(LintKind kind)
{
    switch (kind) {
    case LintKind::ExactDuplicate: return "exact-duplicate";
    case LintKind::NearDuplicate: return "near-duplicate";
    case LintKind::EmptyField: return "empty-field";
    case LintKind::OverLong: return "over-long";
    case LintKind::TooShort: return "too-short";
    case LintKind::TrainEvalOverlap: return "train-eval-overlap";
    case LintKind::InvalidText: return "invalid-text";
    }
    return "unknown";
}

std::string normalizeForDedup(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (unsigned char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
    }
    return out;
}

std::vector<LintFinding> lintDataset(const Dataset& dataset, const RoleMapping& mapping,
                                     const std::vector<size_t>& tokenCounts, const LintOptions& options,
                                     const SplitOptions* split)
{
    std::vector<LintFinding> findings;
    const size_t n = dataset.rows.size();
    std::vector<std::string> normalized(n);
    for (size_t r = 0; r < n; ++r)
        normalized[r] = normalizeForDedup(rowContent(dataset, dataset.rows[r], mapping));

    // Exact duplicates: group rows by normalized text.
    std::unordered_map<std::string_view, std::vector<size_t>> groups;
    for (size_t r = 0; r < n; ++r)
        groups[normalized[r]].push_back(r);
    std::vector<std::vector<size_t>> exact;
    for (auto& [text, rows] : groups)
        if (rows.size() > 1 && !text.empty())
            exact.push_back(rows);
    std::sort(exact.begin(), exact.end());
    std::vector<bool> inExactGroup(n, false);
    for (const auto& rows : exact) {
        LintFinding f{LintKind::ExactDuplicate, {}, {}, {}};
        for (size_t r : rows) {
            f.rowIds.push_back(dataset.rows[r].id);
            inExactGroup[r] = r != rows.front(); // compare only the first of each group below
        }
        f.message = std::to_string(rows.size()) + " rows with the same text: rows " + rowList(f.rowIds);
        findings.push_back(std::move(f));
    }

    // Near duplicates: MinHash signatures, LSH bands for candidates, exact Jaccard to confirm.
    if (options.nearDuplicates && n > 1) {
        std::array<uint64_t, kHashes> seeds{};
        for (size_t k = 0; k < kHashes; ++k)
            seeds[k] = splitMix(k + 1);
        std::vector<std::array<uint64_t, kHashes>> signatures(n);
        for (size_t r = 0; r < n; ++r) {
            signatures[r].fill(~uint64_t{0});
            if (inExactGroup[r] || normalized[r].empty())
                continue;
            // h_k(s) = a_k * s + b_k (mod 2^64) with odd a_k: one multiply-add per hash keeps
            // 100k rows x 128 hashes fast; s is already a well-mixed FNV hash of the shingle.
            for (uint64_t s : shingles(normalized[r]))
                for (size_t k = 0; k < kHashes; ++k)
                    signatures[r][k] = std::min(signatures[r][k], (seeds[k] | 1u) * s + seeds[(k + 1) % kHashes]);
        }
        UnionFind sets(n);
        std::vector<bool> paired(n, false);
        for (size_t band = 0; band < kBands; ++band) {
            std::unordered_map<uint64_t, std::vector<size_t>> buckets;
            for (size_t r = 0; r < n; ++r) {
                if (inExactGroup[r] || normalized[r].empty())
                    continue;
                uint64_t h = band;
                for (size_t k = band * kRowsPerBand; k < (band + 1) * kRowsPerBand; ++k)
                    h = splitMix(h ^ signatures[r][k]);
                buckets[h].push_back(r);
            }
            for (auto& [h, rows] : buckets) {
                for (size_t i = 1; i < rows.size() && i < 64; ++i) {
                    const size_t a = rows[0], b = rows[i];
                    if (sets.find(a) == sets.find(b) || normalized[a] == normalized[b])
                        continue;
                    if (jaccard(shingles(normalized[a]), shingles(normalized[b])) >= options.nearDuplicateThreshold) {
                        sets.join(a, b);
                        paired[a] = paired[b] = true;
                    }
                }
            }
        }
        std::map<size_t, std::vector<uint64_t>> clusters;
        for (size_t r = 0; r < n; ++r)
            if (paired[r])
                clusters[sets.find(r)].push_back(dataset.rows[r].id);
        for (auto& [root, ids] : clusters) {
            std::sort(ids.begin(), ids.end());
            findings.push_back(LintFinding{LintKind::NearDuplicate, ids, {},
                                           std::to_string(ids.size()) + " rows with nearly the same text (>= " +
                                               std::to_string(static_cast<int>(options.nearDuplicateThreshold * 100)) +
                                               "% shared 5-character pieces): rows " + rowList(ids)});
        }
        std::sort(findings.begin(), findings.end(), [](const LintFinding& a, const LintFinding& b) {
            return a.kind != b.kind ? a.kind < b.kind : a.rowIds < b.rowIds;
        });
    }

    // Empty mapped fields.
    for (const auto& column : mapping.requiredColumns()) {
        const int index = dataset.columnIndex(column);
        LintFinding f{LintKind::EmptyField, {}, column, {}};
        for (const auto& row : dataset.rows) {
            const std::string text = dataset.cellText(row, index);
            if (text.find_first_not_of(" \t\r\n") == std::string::npos || text == "[]")
                f.rowIds.push_back(row.id);
        }
        if (!f.rowIds.empty()) {
            f.message = std::to_string(f.rowIds.size()) + " rows with an empty '" + column + "': rows " + rowList(f.rowIds);
            findings.push_back(std::move(f));
        }
    }

    // Over-long and very short.
    if (options.maxLength > 0 && tokenCounts.size() == n) {
        LintFinding f{LintKind::OverLong, {}, {}, {}};
        for (size_t r = 0; r < n; ++r)
            if (tokenCounts[r] > options.maxLength)
                f.rowIds.push_back(dataset.rows[r].id);
        if (!f.rowIds.empty()) {
            f.message = std::to_string(f.rowIds.size()) + " rows longer than " + std::to_string(options.maxLength) +
                        " tokens (they will be cut): rows " + rowList(f.rowIds);
            findings.push_back(std::move(f));
        }
    }
    {
        LintFinding f{LintKind::TooShort, {}, {}, {}};
        for (size_t r = 0; r < n; ++r)
            if (normalized[r].size() < options.minChars)
                f.rowIds.push_back(dataset.rows[r].id);
        if (!f.rowIds.empty()) {
            f.message = std::to_string(f.rowIds.size()) + " rows with fewer than " + std::to_string(options.minChars) +
                        " characters of text: rows " + rowList(f.rowIds);
            findings.push_back(std::move(f));
        }
    }

    // Train/eval overlap: an eval row whose text is also a train row's.
    if (split) {
        std::vector<uint64_t> ids;
        for (const auto& row : dataset.rows)
            ids.push_back(row.id);
        const std::vector<uint8_t> eval = evalFlags(ids, *split); // the trainer's split
        std::unordered_map<std::string_view, uint64_t> train;
        for (size_t r = 0; r < n; ++r)
            if (!eval[r] && !normalized[r].empty())
                train.emplace(normalized[r], dataset.rows[r].id);
        for (size_t r = 0; r < n; ++r) {
            if (!eval[r])
                continue;
            const auto it = train.find(normalized[r]);
            if (it != train.end())
                findings.push_back(LintFinding{LintKind::TrainEvalOverlap, {dataset.rows[r].id, it->second}, {},
                                               "eval row " + std::to_string(dataset.rows[r].id) +
                                                   " has the same text as train row " + std::to_string(it->second)});
        }
    }

    // Invalid text: replacement characters (bad bytes in the source) and control characters.
    for (size_t c = 0; c < dataset.columns.size(); ++c) {
        LintFinding f{LintKind::InvalidText, {}, dataset.columns[c], {}};
        for (const auto& row : dataset.rows) {
            const std::string text = dataset.cellText(row, static_cast<int>(c));
            bool bad = text.find("\xEF\xBF\xBD") != std::string::npos;
            for (unsigned char ch : text)
                bad = bad || (ch < 0x20 && ch != '\n' && ch != '\t' && ch != '\r') || ch == 0x7F;
            if (bad)
                f.rowIds.push_back(row.id);
        }
        if (!f.rowIds.empty()) {
            f.message = std::to_string(f.rowIds.size()) + " rows whose '" + dataset.columns[c] +
                        "' holds U+FFFD (undecodable bytes) or control characters: rows " + rowList(f.rowIds);
            findings.push_back(std::move(f));
        }
    }
    return findings;
}

LengthStats computeLengthStats(const std::vector<size_t>& lengths, size_t bins)
{
    LengthStats s;
    s.count = lengths.size();
    if (lengths.empty())
        return s;
    std::vector<size_t> sorted = lengths;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = [&](double p) {
        // Nearest rank: the smallest value with at least p of the data at or below it.
        size_t k = static_cast<size_t>(std::ceil(p * static_cast<double>(sorted.size())));
        return sorted[std::clamp<size_t>(k, 1, sorted.size()) - 1];
    };
    s.total = std::accumulate(sorted.begin(), sorted.end(), size_t{0});
    s.min = sorted.front();
    s.max = sorted.back();
    s.p50 = rank(0.5);
    s.p90 = rank(0.9);
    s.p99 = rank(0.99);
    s.mean = static_cast<double>(s.total) / static_cast<double>(s.count);
    bins = std::max<size_t>(1, bins);
    s.binWidth = std::max<size_t>(1, (s.max + bins) / bins);
    s.histogram.assign((s.max / s.binWidth) + 1, 0);
    for (size_t v : sorted)
        ++s.histogram[v / s.binWidth];
    return s;
}

} // namespace falconry
