// falconry_core's own translation unit: it builds the torch precompiled header
// (core_pch.h) that every area library reuses.
#include "core/core_pch.h"
