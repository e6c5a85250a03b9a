"""Fill unfinished messages of a TS file from a JSON map, or dump them as a JSON skeleton.

Usage:
    python tools/apply_translations.py --dump todo.json [FILE.ts]
    python tools/apply_translations.py done.json [FILE.ts]

The JSON maps ``"Context|source"`` to the translation. Only unfinished messages are touched; a
numerus message gets one ``<numerusform>`` (Indonesian has a single plural form); lupdate then
writes the file in its own layout again. Exit code 1 when a key matches no unfinished message,
so a stale map is noticed.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from update_translations import TS_PATH, update


def _key(context: ET.Element, message: ET.Element) -> str:
    return f"{context.findtext('name', '')}|{message.findtext('source', '')}"


def _unfinished(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    found = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                found.append((_key(context, message), message))
    return found


def dump(ts_path: Path, out: Path) -> int:
    todo = {key: "" for key, _ in _unfinished(ET.parse(ts_path))}
    out.write_text(json.dumps(todo, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(todo)} unfinished message(s) written to {out}")
    return 0


def apply(ts_path: Path, mapping: dict[str, str]) -> int:
    tree = ET.parse(ts_path)
    done = 0
    for key, message in _unfinished(tree):
        text = mapping.pop(key, "")
        if not text:
            continue
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
        done += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    update(ts_path)  # let lupdate write the file in its own layout again
    print(f"{done} message(s) translated in {ts_path}")
    for key in mapping:
        print(f"not found or already finished: {key}", file=sys.stderr)
    return 1 if mapping else 0


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--dump":
        return dump(Path(argv[2]) if len(argv) > 2 else TS_PATH, Path(argv[1]))
    mapping = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    return apply(Path(argv[1]) if len(argv) > 1 else TS_PATH, mapping)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
