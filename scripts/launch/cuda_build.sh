#!/usr/bin/env bash
# Builds falconry-cli and the benchmarks against the CUDA libtorch inside an installed PyTorch
# (pip's torch wheel), so that training runs on NVIDIA GPUs and multi-GPU runs use ProcessGroupNCCL.
#   scripts/launch/cuda_build.sh [BUILD_DIR]            (default build-cuda)
# Environment:
#   PYTHON      the Python whose torch to build against (default python3)
#   DEPS_PREFIX a prefix with what the distribution lacks: nlohmann_json (share/cmake), pcre2
#               (include, lib, lib/pkgconfig) and Gloo's headers (include/gloo); bin/pkg-config
#               there is used when the machine has none
# The official libtorch zip works the same way: -DCMAKE_PREFIX_PATH=/path/to/libtorch, and
# -DNCCL_ROOT=<dir with include/nccl.h> (the zip does not ship nccl.h).
# The device is picked at run time: selectDevice("auto", LOCAL_RANK) = cuda:LOCAL_RANK when a GPU
# is visible, else the CPU; CUDA_VISIBLE_DEVICES limits what a process sees.
set -euo pipefail
SRC="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD="${1:-$SRC/build-cuda}"
PY="${PYTHON:-python3}"
TORCH_PREFIX="$("$PY" -c 'import torch; print(torch.utils.cmake_prefix_path)')"
NCCL_ROOT="$("$PY" -c 'import nvidia.nccl as n; print(list(n.__path__)[0])' 2>/dev/null || true)"
EXTRA=()
if [ -n "${DEPS_PREFIX:-}" ]; then
    export PKG_CONFIG_PATH="$DEPS_PREFIX/lib/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
    export LIBRARY_PATH="$DEPS_PREFIX/lib${LIBRARY_PATH:+:$LIBRARY_PATH}"
    export LD_LIBRARY_PATH="$DEPS_PREFIX/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
    if ! command -v pkg-config >/dev/null && [ -x "$DEPS_PREFIX/bin/pkg-config" ]; then
        EXTRA+=("-DPKG_CONFIG_EXECUTABLE=$DEPS_PREFIX/bin/pkg-config")
    fi
    # Gloo's headers: torch's own copy when the wheel has one (it matches its ProcessGroupGloo.hpp).
    TORCH_INCLUDE="$("$PY" -c 'import os, torch; print(os.path.join(os.path.dirname(torch.__file__), "include"))')"
    if [ ! -f "$TORCH_INCLUDE/gloo/config.h" ]; then
        EXTRA+=("-DFALCONRY_GLOO_INCLUDE_DIR=$DEPS_PREFIX/include")
    fi
fi
echo "torch: $TORCH_PREFIX"
echo "nccl:  ${NCCL_ROOT:-none}"
cmake -S "$SRC" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFALCONRY_BUILD_GUI=OFF -DBUILD_TESTING=OFF \
    -DCMAKE_PREFIX_PATH="$TORCH_PREFIX;${DEPS_PREFIX:-}" ${NCCL_ROOT:+-DNCCL_ROOT="$NCCL_ROOT"} "${EXTRA[@]}"
cmake --build "$BUILD" -j"$(nproc)" --target falconry-cli bench_train ${EXTRA_TARGETS:-}
