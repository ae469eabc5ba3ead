#!/usr/bin/env bash
# Usage: check_deb_contents.sh BUILD_DIR
# Builds the .deb with CPack and checks its file list and declared dependencies.
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/*.deb)
list=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/falconry ./usr/bin/falconry-cli \
         ./usr/share/applications/io.github.falconry.Falconry.desktop \
         ./usr/share/metainfo/io.github.falconry.Falconry.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/io.github.falconry.Falconry.svg \
         ./usr/share/falconry/demo-model/model.safetensors \
         ./usr/share/falconry/demo-model/tokenizer.model \
         ./usr/share/falconry/demo-data/aerie_support.csv; do
    if ! grep -qxF "$f" <<<"$list"; then
        echo "missing from the package: $f"; echo "$list"; exit 1
    fi
done
depends=$(dpkg-deb -f "$deb" Depends)
for d in libtorch1.13 libopenblas0-openmp libqt6widgets6; do
    grep -q "$d" <<<"$depends" || { echo "Depends lacks $d: $depends"; exit 1; }
done
echo "package $(basename "$deb") holds the expected files; Depends: $depends"
