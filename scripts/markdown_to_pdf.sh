#!/usr/bin/env bash
# Makes a PDF of a simple Markdown file (# title, ## headings, paragraphs) with groff's ms
# macros and gropdf (Debian: groff). Used to make the knowledge-base PDF fixtures from the
# Markdown they were written in, so both hold the same text:
#   scripts/markdown_to_pdf.sh resources/demo-knowledge/aerie_manual.md resources/demo-knowledge/aerie_manual.pdf
set -euo pipefail
in=$1
out=$2
awk '
    function esc(s) { gsub(/\\/, "\\e", s); if (s ~ /^[.\047]/) s = "\\&" s; return s }
    /^# /   { sub(/^# /, ""); print ".TL"; print esc($0); next }
    /^## /  { sub(/^## /, ""); print ".SH"; print esc($0); print ".PP"; next }
    /^$/    { print ".PP"; next }
            { print esc($0) }
' "$in" | { echo '.nr HY 0'; echo '.nh'; cat; } | groff -ms -Tpdf -P-pa4 -dpaper=a4 > "$out"
