#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace falconry {

/**
 * A loss curve as PNG bytes (RGB, stored-deflate: no zlib needed): training loss as a blue line,
 * evaluation loss as orange dots, a light grid, and the step / loss ranges printed at the axes.
 * Points are (step, loss). Core has no Qt, and the CLI must make the same image as the GUI.
 */
std::string renderLossPlotPng(const std::vector<std::pair<double, double>>& train,
                              const std::vector<std::pair<double, double>>& eval, int width = 800, int height = 360);

} // namespace falconry
