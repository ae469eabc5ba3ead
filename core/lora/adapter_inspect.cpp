#include "core/lora/adapter_inspect.h"

#include "core/util/errors.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <map>

namespace falconry {
namespace {

torch::Tensor f64(const torch::Tensor& t)
{
    return t.detach().to(torch::kCPU, torch::kFloat64);
}

/** The R factor of the reduced QR of `m` [n, r] -> [min(n, r), r]. */
torch::Tensor rFactor(const torch::Tensor& m)
{
    return std::get<1>(torch::linalg_qr(m, "reduced"));
}

/** The A and B of one module, by its PEFT name without ".lora_A.weight". */
struct Factors {
    torch::Tensor a; // [r, in]
    torch::Tensor b; // [out, r]
};

/** "X.lora_A.weight" / "X.lora_A.default.weight" -> (X, 'A'); other names -> ("", 0). */
std::pair<std::string, char> splitPeftName(const std::string& name)
{
    for (const char which : {'A', 'B'}) {
        for (const std::string& suffix : {std::string(".lora_") + which + ".weight", std::string(".lora_") + which + ".default.weight"}) {
            if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
                return {name.substr(0, name.size() - suffix.size()), which};
        }
    }
    return {"", 0};
}

std::map<std::string, Factors> factorsOf(const PeftAdapter& adapter)
{
    std::map<std::string, Factors> out;
    for (const auto& [name, tensor] : adapter.tensors) {
        const auto [module, which] = splitPeftName(name);
        if (which == 'A')
            out[module].a = tensor;
        else if (which == 'B')
            out[module].b = tensor;
    }
    for (const auto& [module, f] : out) {
        if (!f.a.defined() || !f.b.defined())
            throw CheckpointError("adapter module " + module + ": has lora_" + (f.a.defined() ? "A" : "B") +
                                  " but no lora_" + (f.a.defined() ? "B" : "A"));
        if (f.a.dim() != 2 || f.b.dim() != 2 || f.a.size(0) != f.b.size(1))
            throw CheckpointError("adapter module " + module + ": lora_A " + std::to_string(f.a.dim() == 2 ? f.a.size(0) : -1) +
                                  "x" + std::to_string(f.a.dim() == 2 ? f.a.size(1) : -1) + " and lora_B " +
                                  std::to_string(f.b.dim() == 2 ? f.b.size(0) : -1) + "x" +
                                  std::to_string(f.b.dim() == 2 ? f.b.size(1) : -1) +
                                  " do not chain (expected A [r, in] and B [out, r])");
    }
    return out;
}

/** ".h.12." -> 12; -1 when the name has no block index. */
int64_t layerOf(const std::string& module)
{
    const size_t at = module.find(".h.");
    if (at == std::string::npos)
        return -1;
    size_t end = at + 3;
    while (end < module.size() && std::isdigit(static_cast<unsigned char>(module[end])))
        ++end;
    return end > at + 3 ? std::stoll(module.substr(at + 3, end - at - 3)) : -1;
}

std::string targetOf(const std::string& module)
{
    const size_t dot = module.rfind('.');
    return dot == std::string::npos ? module : module.substr(dot + 1);
}

} // namespace

double loraUpdateNorm(const torch::Tensor& a, const torch::Tensor& b, double scale)
{
    const torch::Tensor A = f64(a);
    const torch::Tensor B = f64(b);
    // tr((BᵀB)(AAᵀ)) = Σ_ij (BᵀB)_ij (AAᵀ)_ij, both r×r and symmetric.
    const double squared = (B.t().mm(B) * A.mm(A.t())).sum().item<double>();
    return std::abs(scale) * std::sqrt(std::max(0.0, squared)); // rounding can take a zero update below 0
}

std::vector<double> loraSingularValues(const torch::Tensor& a, const torch::Tensor& b, double scale)
{
    const torch::Tensor rb = rFactor(f64(b));       // [k, r]
    const torch::Tensor ra = rFactor(f64(a).t());   // [k', r]
    const torch::Tensor core = rb.mm(ra.t()) * std::abs(scale); // [k, k']: the singular values of scale·B·A
    const torch::Tensor s = torch::linalg_svdvals(core);
    std::vector<double> out(static_cast<size_t>(s.numel()));
    for (int64_t i = 0; i < s.numel(); ++i)
        out[static_cast<size_t>(i)] = s[i].item<double>();
    std::sort(out.begin(), out.end(), std::greater<>());
    return out;
}

double loraUpdateInner(const torch::Tensor& a1, const torch::Tensor& b1, double scale1, const torch::Tensor& a2,
                       const torch::Tensor& b2, double scale2)
{
    // tr(A1ᵀ B1ᵀ B2 A2) = tr((B1ᵀ B2)(A2 A1ᵀ)) = Σ_ij (B1ᵀB2)_ij (A1 A2ᵀ)_ij: [r1, r2] matrices.
    const torch::Tensor cross = f64(b1).t().mm(f64(b2)) * f64(a1).mm(f64(a2).t());
    return scale1 * scale2 * cross.sum().item<double>();
}

double effectiveRank(const std::vector<double>& singularValues)
{
    double total = 0.0;
    for (double s : singularValues)
        total += std::max(0.0, s);
    if (!(total > 0.0))
        return 0.0;
    double entropy = 0.0;
    for (double s : singularValues) {
        const double p = std::max(0.0, s) / total;
        if (p > 0.0)
            entropy -= p * std::log(p);
    }
    return std::exp(entropy);
}

std::vector<LoraModuleUpdate> inspectAdapter(const PeftAdapter& adapter)
{
    const double scale = adapter.config.scaling();
    std::vector<LoraModuleUpdate> out;
    for (const auto& [module, f] : factorsOf(adapter)) {
        LoraModuleUpdate u;
        u.module = module;
        u.layer = layerOf(module);
        u.target = targetOf(module);
        u.norm = loraUpdateNorm(f.a, f.b, scale);
        u.singularValues = loraSingularValues(f.a, f.b, scale);
        u.effectiveRank = effectiveRank(u.singularValues);
        out.push_back(std::move(u));
    }
    std::stable_sort(out.begin(), out.end(), [](const LoraModuleUpdate& x, const LoraModuleUpdate& y) {
        return x.layer != y.layer ? x.layer < y.layer : x.module < y.module;
    });
    return out;
}

std::vector<LoraModuleUpdate> compareAdapters(const PeftAdapter& first, const PeftAdapter& second)
{
    std::vector<LoraModuleUpdate> out = inspectAdapter(first);
    const std::map<std::string, Factors> mine = factorsOf(first);
    const std::map<std::string, Factors> theirs = factorsOf(second);
    const double scale1 = first.config.scaling();
    const double scale2 = second.config.scaling();
    for (LoraModuleUpdate& u : out) {
        const auto other = theirs.find(u.module);
        if (other == theirs.end())
            continue;
        const Factors& f = mine.at(u.module);
        const Factors& g = other->second;
        if (f.a.size(1) != g.a.size(1) || f.b.size(0) != g.b.size(0))
            throw CheckpointError("adapter module " + u.module + ": the two adapters' updates have different shapes (" +
                                  std::to_string(f.b.size(0)) + "x" + std::to_string(f.a.size(1)) + " and " +
                                  std::to_string(g.b.size(0)) + "x" + std::to_string(g.a.size(1)) +
                                  "); they were trained on different models");
        const double otherNorm = loraUpdateNorm(g.a, g.b, scale2);
        if (u.norm > 0.0 && otherNorm > 0.0)
            u.cosine = std::clamp(loraUpdateInner(f.a, f.b, scale1, g.a, g.b, scale2) / (u.norm * otherNorm), -1.0, 1.0);
    }
    return out;
}

nlohmann::json adapterInspectionJson(const std::vector<LoraModuleUpdate>& modules, bool compared)
{
    nlohmann::json list = nlohmann::json::array();
    for (const LoraModuleUpdate& u : modules) {
        nlohmann::json entry = {{"module", u.module},
                                {"layer", u.layer},
                                {"target", u.target},
                                {"norm", u.norm},
                                {"effective_rank", u.effectiveRank}};
        if (compared)
            entry["cosine"] = u.cosine ? nlohmann::json(*u.cosine) : nlohmann::json(nullptr);
        list.push_back(std::move(entry));
    }
    return list;
}

} // namespace falconry
