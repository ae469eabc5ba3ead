#!/usr/bin/env python3
"""Builds the English pretraining corpus of the demo model from Debian packages.

Sources (installed by make_demo_model.sh, both openly licensed):
- python3.11-doc: the prose of the Python documentation (tutorial, FAQ, HOWTOs,
  glossary, library and reference chapters), reStructuredText sources with the
  markup and code stripped. Licence: PSF License Agreement (and Zero-Clause BSD
  for code), /usr/share/doc/python3.11-doc/copyright.
- fortunes: the fortune-mod quotation collection (fortunes, literature, wisdom,
  people, ...; the offensive set is a separate package and not used).
  Licence: BSD-4-Clause for fortune-mod; the quotations are short citations,
  /usr/share/doc/fortunes/copyright.

Usage: build_corpus.py OUT.txt [MAX_MB]
"""
import pathlib
import re
import sys

DOCS = pathlib.Path("/usr/share/doc/python3.11/html/_sources")
FORTUNES = pathlib.Path("/usr/share/games/fortunes")
ROLE = re.compile(r":[a-z:]+:`~?!?([^`<]*?)(?:\s*<[^>]*>)?`")
LINK = re.compile(r"`([^`<]+?)\s*<[^>]+>`_+")
MARKUP = re.compile(r"\*\*|``|`|\*|\|")


def clean_rst(text):
    out, in_code, para = [], False, []
    for line in text.splitlines():
        stripped = line.strip()
        if in_code:
            if stripped and not line.startswith((" ", "\t")):
                in_code = False
            else:
                continue
        if stripped.startswith("..") or stripped.startswith(">>>") or stripped.startswith("..."):
            in_code = stripped.startswith("..") and not stripped.startswith("... ")
            continue
        if re.fullmatch(r"[=\-~^*#+\"'`.:]{3,}", stripped) or stripped.startswith(("+-", "|", "=")):
            continue
        if line.startswith((" ", "\t")) and not para:
            continue  # indented block outside a paragraph: code or directive body
        if not stripped:
            if para:
                out.append(" ".join(para))
                para = []
            continue
        ends_code = stripped.endswith("::")
        s = ROLE.sub(r"\1", stripped)
        s = LINK.sub(r"\1", s)
        s = MARKUP.sub("", s)
        s = s[:-1] if ends_code else s
        para.append(s)
        if ends_code:
            out.append(" ".join(para))
            para = []
            in_code = True
    if para:
        out.append(" ".join(para))
    # Keep prose paragraphs: several words, mostly letters.
    keep = []
    for p in out:
        words = p.split()
        letters = sum(c.isalpha() or c == " " for c in p)
        if len(words) >= 6 and letters / max(1, len(p)) > 0.85:
            keep.append(p)
    return keep


def fortunes():
    paras = []
    for f in sorted(FORTUNES.iterdir()):
        if f.suffix or f.is_dir():
            continue
        text = f.read_text(encoding="utf-8", errors="ignore")
        for item in text.split("\n%\n"):
            item = " ".join(item.split())
            if 20 <= len(item) <= 600 and sum(c.isalpha() or c == " " for c in item) / len(item) > 0.85:
                paras.append(item)
    return paras


def main():
    out = pathlib.Path(sys.argv[1])
    max_bytes = int(float(sys.argv[2]) * 1e6) if len(sys.argv) > 2 else 12_000_000
    paras = []
    for folder in ["tutorial", "faq", "howto", "glossary.rst.txt", "library", "reference", "using", "whatsnew"]:
        p = DOCS / folder
        files = [p] if p.is_file() else sorted(p.rglob("*.rst.txt"))
        for f in files:
            paras.extend(clean_rst(f.read_text(encoding="utf-8", errors="ignore")))
    paras.extend(fortunes())
    seen, text, size = set(), [], 0
    for p in paras:
        if p in seen:
            continue
        seen.add(p)
        text.append(p)
        size += len(p) + 2
        if size > max_bytes:
            break
    out.write_text("\n\n".join(text) + "\n", encoding="utf-8")
    print(f"corpus: {len(text)} paragraphs, {size / 1e6:.1f} MB -> {out}")


if __name__ == "__main__":
    main()
