"""Refresh ``resources/i18n/sentra_id.ts`` from the texts marked for translation in the code.

Run it (``make update-translations``) after changing user interface texts, then translate what it
reports as unfinished (``tools/translations_todo.py`` lists them). Existing translations are kept;
texts no longer in the code are dropped (``-no-obsolete``) so the catalogue never carries dead
entries. Source locations are left out of the file (``-locations none``): line numbers change on
every edit and would make the catalogue conflict between engineers working at the same time.

The functions are importable so that ``tests/test_translations.py`` runs exactly the same update.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "sentra_desktop"
TS_PATH = ROOT / "resources" / "i18n" / "sentra_id.ts"
# Alembic revisions hold no user interface text and must never change once released.
EXCLUDED = (PACKAGE / "db" / "migrations",)
SOURCE_LANGUAGE = "en"
TARGET_LANGUAGE = "id_ID"


@dataclass(frozen=True)
class Message:
    """One entry of a TS file, as far as checking and translating it needs."""

    context: str
    source: str
    comment: str
    translation: str
    unfinished: bool

    @property
    def key(self) -> tuple[str, str, str]:
        """What Qt looks a translation up by: context, source text and disambiguation."""
        return (self.context, self.source, self.comment)


def collect_sources() -> list[Path]:
    """Every Python file of the program that may hold texts for translation, sorted."""
    return sorted(
        path
        for path in PACKAGE.rglob("*.py")
        if not any(path.is_relative_to(excluded) for excluded in EXCLUDED)
    )


def tool_path(name: str) -> str:
    """The Qt tool ``name`` from this interpreter's own environment, else from PATH.

    The venv's copy matches the installed PySide6, whose lupdate understands Python sources.
    """
    bin_dir = Path(sys.executable).parent
    for candidate in (bin_dir / name, bin_dir / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found next to {sys.executable} nor on PATH")
    return found


def update(ts_path: Path | str = TS_PATH) -> None:
    """Merge the program's current texts into ``ts_path`` (created when missing).

    Raises:
        subprocess.CalledProcessError: lupdate failed; its output is in the exception.
    """
    ts_path = Path(ts_path)
    ts_path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        # A list file instead of arguments: Windows limits the length of a command line.
        list_file = Path(tmp) / "sources.lst"
        list_file.write_text("".join(f"{path}\n" for path in collect_sources()), encoding="utf-8")
        subprocess.run(
            [
                tool_path("pyside6-lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                SOURCE_LANGUAGE,
                "-target-language",
                TARGET_LANGUAGE,
                f"@{list_file}",
                "-ts",
                str(ts_path),
            ],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONUTF8": "1"},
        )


def read_messages(ts_path: Path | str) -> list[Message]:
    """All messages of a TS file in file order.

    A message counts as unfinished when Qt would not use its translation: marked
    ``type="unfinished"``, or empty (for plural texts, any empty form).
    """
    messages: list[Message] = []
    for context in ET.parse(ts_path).getroot().iter("context"):
        context_name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                text, forms, kind = "", [""], "unfinished"
            else:
                forms = [form.text or "" for form in translation.iter("numerusform")]
                text = "\n".join(forms) if forms else (translation.text or "")
                forms = forms or [text]
                kind = translation.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            messages.append(
                Message(
                    context=context_name,
                    source=message.findtext("source", default=""),
                    comment=message.findtext("comment", default=""),
                    translation=text,
                    unfinished=kind == "unfinished" or any(not form for form in forms),
                )
            )
    return messages


def main() -> int:
    """Update the catalogue and say how much is left to translate."""
    try:
        update(TS_PATH)
    except subprocess.CalledProcessError as exc:
        print(exc.stdout, exc.stderr, sep="\n", file=sys.stderr)
        print(f"pyside6-lupdate failed with exit code {exc.returncode}", file=sys.stderr)
        return 1
    messages = read_messages(TS_PATH)
    unfinished = sum(message.unfinished for message in messages)
    print(f"{TS_PATH.relative_to(ROOT)}: {len(messages)} messages, {unfinished} unfinished")
    if unfinished:
        print("List them with: python tools/translations_todo.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
