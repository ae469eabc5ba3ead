#!/usr/bin/env bash
# Builds falconry_core, the CLI and bench_train against the libtorch inside the
# machine's PyTorch (CUDA), then measures LoRA training tokens/s of shape `mini`
# on the GPU beside Hugging Face transformers + peft on the same GPU.
# Run from the repository root on a machine with an NVIDIA GPU and PyTorch.
# DEPS (optional): a prefix with nlohmann_json's CMake config and PCRE2 when the
# machine lacks them (include/, lib/, share/cmake/).
set -uo pipefail
out=${OUT:-/tmp/falconry-gpu}
mkdir -p "$out"
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv | tee "$out/gpu.txt"
python3 -c "import torch, transformers, peft; print('torch', torch.__version__, 'cuda', torch.version.cuda, 'transformers', transformers.__version__, 'peft', peft.__version__)" | tee "$out/versions.txt"
cmake --version | head -1; g++ --version | head -1; which ninja pkg-config || true
deps=${DEPS:-}
prefix=$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)')
[[ -n "$deps" ]] && prefix="$prefix;$deps"
gen=(); command -v ninja >/dev/null && gen=(-G Ninja)
cmake -S . -B /tmp/falconry-build "${gen[@]}" -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$prefix" \
    -DFALCONRY_BUILD_GUI=OFF -DBUILD_TESTING=OFF > "$out/configure.log" 2>&1 || { tail -40 "$out/configure.log"; exit 1; }
cmake --build /tmp/falconry-build -j"$(nproc)" --target bench_train falconry-cli > "$out/build.log" 2>&1 \
    || { grep -E "error" "$out/build.log" | head -40; tail -20 "$out/build.log"; exit 1; }
export LD_LIBRARY_PATH=${deps:+$deps/lib:}${LD_LIBRARY_PATH:-}
/tmp/falconry-build/bench/bench_train --device cuda --steps 30 --warmup 5 | tee "$out/falconry_train_mini.json"
python3 bench/reference/hf_peft_mini.py --device cuda --steps 30 | tee "$out/hf_peft_mini.json"
