"""Compile ``resources/i18n/*.ts`` into Qt's ``.qm`` and into the Qt-free ``.json`` catalogue.

``make translations`` (and ``installer/build.py``) run this. The ``.qm`` files go to
``sentra_desktop/ui/i18n/`` for Qt's translators; ``sentra_<lang>.ts`` is also written as
``sentra_desktop/i18n/sentra_<lang>.json``, which :mod:`sentra_desktop.core.i18n` reads for the
command line and the printed sheets. Both are build products (not committed), remade when the
``.ts`` is newer. Unfinished entries are left out of the JSON, as lrelease leaves them out of the
``.qm``, so both fall back to the English source alike.

Usage: ``python tools/compile_translations.py [--force]``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from update_translations import ROOT, read_messages, tool_path

TS_DIR = ROOT / "resources" / "i18n"
QM_DIR = ROOT / "sentra_desktop" / "ui" / "i18n"
JSON_DIR = ROOT / "sentra_desktop" / "i18n"
SEPARATOR = "\u0004"  # as sentra_desktop.core.i18n.catalogue_key


def catalogue(ts_path: Path) -> dict[str, object]:
    """The finished translations of ``ts_path`` by context and source (disambiguation after U+0004)."""
    contexts: dict[str, dict[str, str]] = {}
    for message in read_messages(ts_path):
        if message.unfinished:
            continue
        key = f"{message.source}{SEPARATOR}{message.comment}" if message.comment else message.source
        text = message.translation
        if "%n" in message.source:  # a plural text: one form per line, and Indonesian has one form
            text = text.split("\n")[0]
        contexts.setdefault(message.context, {})[key] = text
    return {"source": ts_path.name, "contexts": contexts}


def write_json(ts_path: Path, json_path: Path) -> None:
    json_path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(catalogue(ts_path), ensure_ascii=False, indent=0, sort_keys=True)
    json_path.write_text(text + "\n", encoding="utf-8")


def _stale(target: Path, source: Path, force: bool) -> bool:
    return force or not target.exists() or target.stat().st_mtime < source.stat().st_mtime


def compile_all(force: bool = False) -> list[Path]:
    """Build every ``.qm`` and ``.json`` older than its ``.ts``; returns what was written."""
    written: list[Path] = []
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = QM_DIR / f"{ts.stem}.qm"
        if _stale(qm, ts, force):
            subprocess.run([tool_path("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
            written.append(qm)
        if ts.stem.startswith("sentra_"):
            target = JSON_DIR / f"{ts.stem}.json"
            if _stale(target, ts, force):
                write_json(ts, target)
                written.append(target)
    return written


def main(argv: list[str]) -> int:
    for path in compile_all(force="--force" in argv):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
