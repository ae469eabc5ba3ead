#pragma once
// Precompiled for falconry_core and the targets that reuse it: including
// torch/torch.h costs about 20 s per translation unit otherwise.
#include <torch/torch.h>

#include <nlohmann/json.hpp>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>
