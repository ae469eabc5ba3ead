#pragma once

#include <string_view>

namespace falconry {

/**
 * Test hook for crash safety: when the environment variable FALCONRY_TEST_CRASH_AT names this
 * point ("NAME" or "NAME#K" for its K-th hit, counted from 1), the process kills itself with
 * SIGKILL right here, as a power cut or `kill -9` would. Costs one comparison otherwise.
 */
void crashPoint(std::string_view name);

} // namespace falconry
