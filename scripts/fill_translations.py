#!/usr/bin/env python3
"""Fills the translations/*.ts files from translations/glossary.json.

Workflow: `cmake --build build -t update_translations` collects the tr()
strings into the .ts files; add each new source string to glossary*.json with
its de, fr, es and zh_CN text; run this script. Strings missing from the
glossary stay "unfinished" and are listed, so nothing is silently English.

falconry_en.ts holds only the plural (%n) messages, so that English says
"1 row" and "2 rows" instead of "row(s)": their forms come from the source text.

For a plural (%n, numerus="yes") message a language's value may be a list of
forms: ["one form", "other form"] for de, fr and es, a one-element list for
zh_CN. A plain string fills every form.
"""
import json
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

root = pathlib.Path(__file__).resolve().parent.parent / "translations"
ENGLISH_PLURAL = re.compile(r"\((e?s)\)")


def english_forms(source):
    """English plural forms of a %n message: "row(s)" -> ["row", "rows"], "process(es)" -> [..., "processes"]."""
    return [ENGLISH_PLURAL.sub("", source), ENGLISH_PLURAL.sub(r"\1", source)]


glossary = {}
for part in sorted(root.glob("glossary*.json")):  # glossary.json, glossary_data.json, ...
    glossary.update(json.loads(part.read_text(encoding="utf-8")))
missing_total = 0
for ts in sorted(root.glob("falconry_*.ts")):
    lang = ts.stem.removeprefix("falconry_")
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        entry = glossary.get(source, {}).get(lang)
        if lang == "en" and message.get("numerus") == "yes":
            entry = english_forms(source)  # falconry_en.ts holds only the plural messages
        if entry:
            if message.get("numerus") == "yes":
                # Plural message: one <numerusform> per form of the language
                # (de/fr/es: one, other; zh_CN: a single form). A plain
                # string fills every form the .ts already has.
                if isinstance(entry, list):
                    forms = entry
                else:
                    forms = [entry] * max(1, len(translation.findall("numerusform")))
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = entry if isinstance(entry, str) else entry[-1]
            translation.attrib.pop("type", None)
        else:
            translation.set("type", "unfinished")
            missing.append(source)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    for m in missing:
        print(f"{ts.name}: untranslated: {m!r}")
    missing_total += len(missing)
sys.exit(1 if missing_total and "--strict" in sys.argv else 0)
