"""List the messages of a TS file that still need a translation.

Usage: ``python tools/translations_todo.py [FILE.ts]`` (default ``resources/i18n/sentra_id.ts``).
Prints one block per unfinished message: context, the English source (with its disambiguation
comment, if any) and the files where the text occurs. The catalogue carries no source locations
(see ``update_translations.py``), so the files are found by searching the code for the text.
Exit code 0 when nothing is left, 1 otherwise, so a release script can stop on it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from update_translations import ROOT, TS_PATH, Message, collect_sources, read_messages


def where(message: Message, sources: dict[Path, str]) -> list[str]:
    """Files with a string literal starting like the message, as paths relative to the project.

    Only the first line is looked for, right after an opening quote: the code writes line breaks
    as ``\\n`` escapes, and a bare word such as "Name" would otherwise match half the program.
    """
    first_line = message.source.splitlines()[0] if message.source else ""
    if not first_line:
        return []
    needles = (f'"{first_line}', f"'{first_line}")
    return [
        str(path.relative_to(ROOT))
        for path, text in sources.items()
        if any(needle in text for needle in needles)
    ]


def main(argv: list[str]) -> int:
    """Print the unfinished messages of the TS file named in ``argv`` (or the default one)."""
    ts_path = Path(argv[0]) if argv else TS_PATH
    todo = [message for message in read_messages(ts_path) if message.unfinished]
    sources = {path: path.read_text(encoding="utf-8") for path in collect_sources()}
    for message in todo:
        print(f"[{message.context}]")
        print(f"  source:  {message.source!r}")
        if message.comment:
            print(f"  comment: {message.comment!r}")
        found = where(message, sources)
        if found:
            print(f"  in:      {', '.join(found)}")
    print(f"{len(todo)} unfinished message(s) in {ts_path}")
    return 1 if todo else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
