"""The program's log file: ``logs/sentra.log`` in the data folder, rotated by size.

The windowed Windows build has no console, so without this file an unexpected error would leave
no trace at all. The file keeps INFO and above from every ``sentra.*`` logger, Qt's own messages
and every uncaught exception (see :mod:`sentra_desktop.ui.errors` for the hooks); five older
files of 1 MB each are kept beside it.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import sys
import threading
from pathlib import Path
from types import TracebackType

LOG_FILE = "sentra.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"

log = logging.getLogger("sentra")


def setup_log_file(folder: Path, level: int = logging.INFO) -> Path | None:
    """Write the log to ``folder/sentra.log`` from now on (once per process; later calls return
    the same file).

    Console handlers set up before keep the level they had, so the command line prints no more
    than it did; the file gets ``level`` and above.

    Returns:
        The log file, or None when the folder cannot be written (a read-only disk: the program
        still starts and says so in its own words).
    """
    current = log_file()
    if current is not None:
        return current
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=False
        )
    except OSError as exc:
        log.warning("cannot write the log file in %s: %s", folder, exc)
        return None
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    for other in root.handlers:
        if other.level == logging.NOTSET:
            other.setLevel(root.level)
    root.setLevel(min(root.level, level) if root.level != logging.NOTSET else level)
    root.addHandler(handler)
    return Path(handler.baseFilename)


def log_file() -> Path | None:
    """The log file being written, None before :func:`setup_log_file`."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def log_uncaught(
    kind: type[BaseException], value: BaseException, traceback: TracebackType | None, where: str = ""
) -> None:
    """Write an uncaught exception, with its traceback, to the log (once per exception)."""
    if getattr(value, "_sentra_logged", False):
        return
    with contextlib.suppress(AttributeError):  # an exception with __slots__: logged again at worst
        value._sentra_logged = True  # type: ignore[attr-defined]
    log.critical("unexpected error%s", f" in {where}" if where else "", exc_info=(kind, value, traceback))


_hooks_installed = False


def install_hooks() -> None:
    """Send exceptions nobody caught, on the main thread and on other threads, to the log (once
    per process).

    The previous hooks still run afterwards (the console's traceback where there is a console).
    """
    global _hooks_installed
    if _hooks_installed:
        return
    _hooks_installed = True
    previous = sys.excepthook
    previous_thread = threading.excepthook

    def hook(kind: type[BaseException], value: BaseException, traceback: TracebackType | None) -> None:
        log_uncaught(kind, value, traceback)
        previous(kind, value, traceback)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            thread = args.thread.name if args.thread is not None else "?"
            log_uncaught(args.exc_type, args.exc_value, args.exc_traceback, f"thread {thread}")
        previous_thread(args)

    sys.excepthook = hook
    threading.excepthook = thread_hook
