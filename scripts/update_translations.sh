#!/usr/bin/env bash
# Refreshes translations/*.ts from the tr() strings in ui/ and fills them from translations/glossary*.json.
# lupdate reads only ui/ (the Qt side): through the build target it would parse libtorch's headers,
# which takes longer than 15 minutes and adds nothing (core has no tr()).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
cd "$root"
for ts in translations/falconry_*.ts; do
    only=()
    [[ $ts == */falconry_en.ts ]] && only=(-pluralonly) # English needs only its plural forms
    "$lupdate" -silent -no-obsolete -locations none "${only[@]}" -I . -I ui ui -extensions cpp,h -ts "$ts"
done
python3 scripts/fill_translations.py "$@"
