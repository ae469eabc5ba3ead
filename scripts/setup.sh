#!/usr/bin/env bash
# Falconry setup for Debian 12: installs every package the build, the tests and
# the app need (idempotent, quiet when already installed), then configures and
# builds. Nothing is downloaded from anywhere but Debian's package registry and, for the
# GGUF tests, npm's (node-llama-cpp).
#
#   scripts/setup.sh run     install, build, start the app on the demo model
#   scripts/setup.sh test    install, build, run every test
#   scripts/setup.sh build   install and build only
set -euo pipefail

mode=${1:-build}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${FALCONRY_BUILD_DIR:-$root/build}

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config ccache git dpkg-dev
    # engine
    libtorch-dev libopenblas0-openmp nlohmann-json3-dev libsentencepiece-dev sentencepiece libpcre2-dev
    libgloo-dev
    # Hugging Face Hub client: HTTP(S) and SHA-256
    libcurl4-openssl-dev libssl-dev curl
    # knowledge base: SQLite with FTS5, poppler's C++ PDF text; the sqlite3 shell is the benchmark's reference
    libsqlite3-dev libpoppler-cpp-dev sqlite3
    # desktop app
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libgl-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-qpa-plugins qtkeychain-qt6-dev qt6-translations-l10n
    # tests: GoogleTest, desktop-entry and AppStream validators, libFuzzer
    libgtest-dev libgmock-dev desktop-file-utils appstream clang libclang-rt-14-dev
)

install_packages() {
    local missing=()
    for p in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        sudo=(sudo)
    fi
    echo "Installing ${#missing[@]} Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# llama.cpp itself checks Falconry's GGUF files in the tests: npm's node-llama-cpp (pinned, with
# its prebuilt Linux x64 binary) in tests/gguf/node_modules. Quiet when already installed; when
# npm or its registry is out of reach the GGUF tests say so and skip.
node_llama_cpp_version=3.21.1
install_node_llama_cpp() {
    local dir="$root/tests/gguf"
    local installed="$dir/node_modules/node-llama-cpp/package.json"
    if [[ -f "$installed" ]] && grep -q "\"version\": \"$node_llama_cpp_version\"" "$installed"; then
        return 0
    fi
    if ! command -v npm >/dev/null 2>&1; then
        local sudo=()
        if [[ $(id -u) -ne 0 ]]; then
            sudo=(sudo)
        fi
        echo "Installing Debian's nodejs and npm (for the GGUF tests against llama.cpp)"
        export DEBIAN_FRONTEND=noninteractive
        "${sudo[@]}" apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null ||
            echo "could not install nodejs/npm: the GGUF tests against llama.cpp will be skipped" >&2
    fi
    if ! command -v npm >/dev/null 2>&1; then
        return 0
    fi
    if ! node -e "process.exit(parseInt(process.versions.node) >= 20 ? 0 : 1)" 2>/dev/null; then
        echo "node $(node --version 2>/dev/null) is older than 20 (node-llama-cpp needs it): the GGUF tests against llama.cpp will be skipped" >&2
        return 0
    fi
    echo "Installing node-llama-cpp $node_llama_cpp_version (llama.cpp for the GGUF tests) into tests/gguf"
    if ! (cd "$dir" && npm install --save-exact --no-audit --no-fund --loglevel=error \
              "node-llama-cpp@$node_llama_cpp_version" >/dev/null); then
        echo "npm could not install node-llama-cpp (registry unreachable?): the GGUF tests against llama.cpp will be skipped" >&2
    fi
}

configure_and_build() {
    local werror=OFF
    if [[ -n "${CI:-}" ]]; then
        werror=ON
    fi
    if [[ ! -f "$build/CMakeCache.txt" ]]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
            -DFALCONRY_WARNINGS_AS_ERRORS=$werror >/dev/null
    else
        cmake "$build" -DFALCONRY_WARNINGS_AS_ERRORS=$werror >/dev/null
    fi
    cmake --build "$build" -j"$(nproc)"
}

install_packages
install_node_llama_cpp
configure_and_build

case "$mode" in
    build) ;;
    test)
        export QT_QPA_PLATFORM=offscreen
        ctest --test-dir "$build" -j2 --output-on-failure
        ;;
    run)
        shift || true
        demo="$root/resources/demo-model"
        if [[ -d "$demo" ]]; then
            exec "$build/app/falconry" --model "$demo" "$@"
        fi
        exec "$build/app/falconry" "$@"
        ;;
    *)
        echo "usage: scripts/setup.sh [run|test|build]" >&2
        exit 2
        ;;
esac
