#!/usr/bin/env bash
# Usage: check_desktop_files.sh PACKAGING_DIR
set -euo pipefail
dir=$1
desktop-file-validate "$dir/io.github.falconry.Falconry.desktop"
appstreamcli validate --no-net --pedantic "$dir/io.github.falconry.Falconry.metainfo.xml"
grep -q '<launchable type="desktop-id">io.github.falconry.Falconry.desktop</launchable>' \
    "$dir/io.github.falconry.Falconry.metainfo.xml"
echo "desktop entry and metainfo are valid"
