#include "core/model/kv_cache.h"

#include "core/util/errors.h"

#include <algorithm>
#include <string>

namespace falconry {

KvCache::KvCache(int64_t numLayers, int64_t batch, int64_t kvHeads, int64_t headDim, torch::ScalarType dtype,
                 torch::Device device, int64_t capacity)
    : m_batch(batch), m_kvHeads(kvHeads), m_headDim(headDim), m_dtype(dtype), m_device(device),
      m_keys(static_cast<size_t>(numLayers)), m_values(static_cast<size_t>(numLayers))
{
    m_mask = torch::empty({batch, 0}, torch::TensorOptions().dtype(torch::kLong).device(device));
    if (capacity > 0)
        reserve(capacity);
}

void KvCache::reserve(int64_t capacity)
{
    if (capacity <= m_capacity)
        return;
    const auto options = torch::TensorOptions().dtype(m_dtype).device(m_device);
    for (size_t i = 0; i < m_keys.size(); ++i) {
        for (auto* store : {&m_keys[i], &m_values[i]}) {
            torch::Tensor grown = torch::empty({m_batch, m_kvHeads, capacity, m_headDim}, options);
            if (store->defined() && m_length > 0)
                grown.narrow(2, 0, m_length).copy_(store->narrow(2, 0, m_length));
            *store = grown;
        }
    }
    m_capacity = capacity;
}

std::pair<torch::Tensor, torch::Tensor> KvCache::append(int64_t layer, const torch::Tensor& k, const torch::Tensor& v)
{
    if (layer < 0 || layer >= numLayers())
        throw Error("KvCache: layer " + std::to_string(layer) + " out of range (0.." + std::to_string(numLayers() - 1) + ")");
    if (k.dim() != 4 || k.size(0) != m_batch || k.size(1) != m_kvHeads || k.size(3) != m_headDim || !v.sizes().equals(k.sizes()))
        throw Error("KvCache: expected keys/values [" + std::to_string(m_batch) + ", " + std::to_string(m_kvHeads) + ", T, " +
                    std::to_string(m_headDim) + "], got " + c10::str(k.sizes()) + " / " + c10::str(v.sizes()));
    const int64_t t = k.size(2);
    const int64_t needed = m_length + t;
    if (needed > m_capacity)
        reserve(std::max<int64_t>({needed, 2 * m_capacity, 64})); // geometric: amortized O(1) per token
    auto& keys = m_keys[static_cast<size_t>(layer)];
    auto& values = m_values[static_cast<size_t>(layer)];
    {
        // The cache holds inference state; writing it is not part of any autograd graph.
        torch::NoGradGuard noGrad;
        keys.narrow(2, m_length, t).copy_(k);
        values.narrow(2, m_length, t).copy_(v);
    }
    return {keys.narrow(2, 0, needed), values.narrow(2, 0, needed)};
}

void KvCache::advance(const torch::Tensor& chunkMask)
{
    if (chunkMask.dim() != 2 || chunkMask.size(0) != m_batch)
        throw Error("KvCache::advance: expected a mask [" + std::to_string(m_batch) + ", T], got " + c10::str(chunkMask.sizes()));
    m_mask = torch::cat({m_mask, chunkMask.to(m_mask.device(), torch::kLong)}, 1);
    m_length += chunkMask.size(1);
}

void KvCache::clear()
{
    m_length = 0;
    m_mask = m_mask.narrow(1, 0, 0);
}

void KvCache::selectRows(const torch::Tensor& rows)
{
    const torch::Tensor index = rows.to(m_device, torch::kLong);
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i].defined()) {
            m_keys[i] = m_keys[i].index_select(0, index);
            m_values[i] = m_values[i].index_select(0, index);
        }
    }
    m_mask = m_mask.index_select(0, index);
    m_batch = index.size(0);
}

int64_t KvCache::bytes() const
{
    int64_t total = 0;
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i].defined())
            total += 2 * m_keys[i].numel() * m_keys[i].element_size();
    }
    return total;
}

} // namespace falconry
