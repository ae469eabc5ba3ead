#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (tests/fuzz/CMakeLists.txt) and runs each for a fixed
# number of inputs, starting from its corpus in the repository. New interesting inputs go to a
# scratch folder, not into the repository; a crash stops the run and leaves crash-<hash> in the
# current folder (add it to tests/fuzz/corpus/<name>/ with the fix, so the test suite replays it).
#
#   scripts/fuzz.sh [RUNS] [NAME...]     default: 1000000 runs of every target
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${FALCONRY_FUZZ_BUILD_DIR:-$root/build-fuzz}
runs=${1:-1000000}
shift || true
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFALCONRY_FUZZ=ON >/dev/null
fi
cmake --build "$build" -j"$(nproc)"
names=("$@")
if ((${#names[@]} == 0)); then
    for dir in "$root"/tests/fuzz/corpus/*/; do
        names+=("$(basename "$dir")")
    done
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for name in "${names[@]}"; do
    mkdir -p "$scratch/$name"
    echo "fuzz_$name: $runs runs"
    status=0
    "$build/tests/fuzz/fuzz_$name" -runs="$runs" -max_len=65536 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
        "$scratch/$name" "$root/tests/fuzz/corpus/$name" >"$scratch/$name.log" 2>&1 || status=$?
    grep -E "^stat::(number_of_executed_units|peak_rss_mb)|ERROR|SUMMARY" "$scratch/$name.log" || true
    if ((status != 0)); then
        tail -n 40 "$scratch/$name.log" >&2
        echo "fuzz_$name: FOUND A CRASH (the input is crash-* in $(pwd))" >&2
        exit 1
    fi
done
