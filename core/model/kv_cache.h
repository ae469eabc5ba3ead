#pragma once

#include <torch/torch.h>

#include <cstdint>
#include <utility>
#include <vector>

namespace falconry {

/**
 * Keys and values of past positions for every layer, stored with the KV heads unexpanded
 * ([B, kvHeads, S, headDim]: 1 head for Falcon-7B, 8 for 40B) in storage that grows
 * geometrically, so a decode step writes one slot and reads a view, never re-allocating.
 * Also keeps the attention mask of the cached positions ([B, S] int64), from which positions
 * (cumsum(mask) - 1) and padding masks of later steps are computed.
 */
class KvCache {
public:
    KvCache(int64_t numLayers, int64_t batch, int64_t kvHeads, int64_t headDim, torch::ScalarType dtype,
            torch::Device device, int64_t capacity = 0);

    int64_t length() const { return m_length; }
    int64_t batch() const { return m_batch; }
    int64_t capacity() const { return m_capacity; }
    int64_t numLayers() const { return static_cast<int64_t>(m_keys.size()); }
    torch::ScalarType dtype() const { return m_dtype; }
    /** [B, length] int64: 1 = a real token, 0 = padding. */
    const torch::Tensor& mask() const { return m_mask; }

    /**
     * Writes k, v [B, kvHeads, T, d] after the cached positions of `layer` and returns views of
     * all keys and values [B, kvHeads, length + T, d]. length() moves on only with advance().
     */
    std::pair<torch::Tensor, torch::Tensor> append(int64_t layer, const torch::Tensor& k, const torch::Tensor& v);
    /** Ends a forward pass over T new positions with their mask [B, T] (int64). */
    void advance(const torch::Tensor& chunkMask);
    /** Makes room for `capacity` positions (keeps the content). */
    void reserve(int64_t capacity);
    /** Forgets every position (keeps the storage). */
    void clear();
    /** Keeps only the batch rows `rows` (int64 [B']), e.g. to drop finished sequences. */
    void selectRows(const torch::Tensor& rows);
    /** Bytes of K/V storage allocated. */
    int64_t bytes() const;

private:
    int64_t m_batch;
    int64_t m_kvHeads;
    int64_t m_headDim;
    torch::ScalarType m_dtype;
    torch::Device m_device;
    int64_t m_capacity = 0;
    int64_t m_length = 0;
    std::vector<torch::Tensor> m_keys;   // [B, kvHeads, capacity, d] per layer
    std::vector<torch::Tensor> m_values; // [B, kvHeads, capacity, d] per layer
    torch::Tensor m_mask;                // [B, length] int64
};

} // namespace falconry
