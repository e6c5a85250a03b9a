"""Start of the built program against starting from source, in one run, on a real X display.

Both start the same way, to the main window drawn with its first page of designs: from source,
``python -m sentra_desktop``; frozen, ``dist/sentra-desktop/sentra-desktop`` (``make installer``).
Each measurement is wall-clock time from starting the process to the ``READY`` line the program
prints once its window is drawn (``SENTRA_STARTUP_PROBE=1``), on the same demo data, through Qt's
xcb platform under Xvfb. Reported: cold starts (each contender's own files -- the bundle; or the
standard library, the venv's packages and the code -- evicted from the page cache first with
posix_fadvise, so they are read from disk; the machine's cache, shared with other work, is not
dropped), the first warm start, then runs alternating between the two, order swapped every round;
the medians give the ratios.

The target (issue 8): the frozen start within 1.5x of the start from source, the one-folder build
under 250 MB. Prints the figures; exits 0 whatever they are, 1 when a run fails.

Usage: ``xvfb-run -a python bench/frozen_start.py [--runs N]`` (or ``make frozen-bench``); without
a display it re-runs itself under ``xvfb-run``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "sentra-desktop"
FROZEN = BUNDLE / ("sentra-desktop.exe" if sys.platform == "win32" else "sentra-desktop")
TARGET_RATIO = 1.5
MAX_BUNDLE_MB = 250
TIMEOUT = 120.0


def time_to_ready(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` to its READY line; the process is then waited for."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert process.stdout is not None
    ready: float | None = None
    for line in process.stdout:
        if line.strip() == "READY":
            ready = time.perf_counter() - started
            break
    try:
        _, err = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        _, err = process.communicate()
    if ready is None or process.returncode != 0:
        raise SystemExit(f"{command[0]}: no READY (exit {process.returncode})\n{err[-2000:]}")
    return ready


def evict(folders: list[Path]) -> None:
    """Drop these folders' files from the page cache (posix_fadvise DONTNEED), so the next start
    reads them from disk: a cold start of this program without dropping the whole machine's cache."""
    for folder in folders:
        for path in folder.rglob("*"):
            if not path.is_file() or path.is_symlink():
                continue
            try:
                fd = os.open(path, os.O_RDONLY)
            except OSError:
                continue
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def source_folders() -> list[Path]:
    """What a start from source reads: the interpreter's library, the venv's packages, the code."""
    import sysconfig

    return [
        Path(sysconfig.get_paths()["stdlib"]),
        Path(sysconfig.get_paths()["purelib"]),
        ROOT / "sentra_desktop",
    ]


def bundle_megabytes() -> float:
    """The one-folder build's size in MB (10^6 bytes), symlinks not counted twice."""
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    return size / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each, after the first")
    parser.add_argument("--cold-runs", type=int, default=3, help="cold starts of each (files evicted)")
    args = parser.parse_args()
    if not FROZEN.is_file():
        print(f"no build at {FROZEN}: run `make installer` first", file=sys.stderr)
        return 1
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
        if shutil.which("xvfb-run") is None:
            print("no X display and no xvfb-run", file=sys.stderr)
            return 1
        xvfb = ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable, *sys.argv]
        return subprocess.call(xvfb)

    with tempfile.TemporaryDirectory(prefix="sentra-bench-") as temp:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "SENTRA_"))}
        env.update(SENTRA_DATA_DIR=str(Path(temp) / "data"), SENTRA_STARTUP_PROBE="1")
        if sys.platform.startswith("linux"):
            env["QT_QPA_PLATFORM"] = "xcb"
        made = subprocess.run(
            [sys.executable, "-m", "sentra_desktop", "demo-data"], env=env, cwd=ROOT, capture_output=True
        )
        if made.returncode != 0:
            print(made.stderr.decode(errors="replace"), file=sys.stderr)
            return 1
        contenders = {
            "from source (python -m sentra_desktop)": [sys.executable, "-m", "sentra_desktop"],
            "built (dist/sentra-desktop/sentra-desktop)": [str(FROZEN)],
        }
        first = {name: time_to_ready(command, env) for name, command in reversed(contenders.items())}
        source_name, built_name = contenders
        folders = {source_name: source_folders(), built_name: [BUNDLE]}
        cold: dict[str, list[float]] = {name: [] for name in contenders}
        if hasattr(os, "posix_fadvise"):
            for _ in range(args.cold_runs):
                for name, command in contenders.items():
                    evict(folders[name])
                    cold[name].append(time_to_ready(command, env))
        runs: dict[str, list[float]] = {name: [] for name in contenders}
        order = list(contenders.items())
        for round_number in range(args.runs):
            for name, command in order if round_number % 2 == 0 else reversed(order):
                runs[name].append(time_to_ready(command, env))

    width = max(len(name) for name in contenders)
    print(f"Start to a drawn main window (xcb on Xvfb, demo data, {args.runs} runs each after the first)")
    print(f"{'':{width}}  cold     first    median   min")
    for name in contenders:
        series = runs[name]
        cold_text = f"{statistics.median(cold[name]):.3f} s" if cold[name] else "   -   "
        print(
            f"{name:{width}}  {cold_text}  {first[name]:.3f} s  {statistics.median(series):.3f} s  "
            f"{min(series):.3f} s"
        )
    source, frozen = (statistics.median(runs[name]) for name in contenders)
    ratio = frozen / source
    verdict = "within" if ratio <= TARGET_RATIO else "OVER"
    print(f"ratio built/source (medians): {ratio:.2f}x ({verdict} the {TARGET_RATIO}x target)")
    if all(cold.values()):
        source_cold, frozen_cold = (statistics.median(cold[name]) for name in contenders)
        print(f"ratio built/source, cold (medians): {frozen_cold / source_cold:.2f}x")
    size = bundle_megabytes()
    verdict = "under" if size < MAX_BUNDLE_MB else "OVER"
    print(f"one-folder build: {size:.1f} MB ({verdict} the {MAX_BUNDLE_MB} MB limit)")
    debs = sorted((ROOT / "dist").glob("sentra-desktop_*.deb"))
    if debs and shutil.which("dpkg-deb"):
        installed = subprocess.run(
            ["dpkg-deb", "-f", str(debs[-1]), "Installed-Size"], capture_output=True, text=True
        ).stdout.strip()
        print(
            f"{debs[-1].name}: {debs[-1].stat().st_size / 1e6:.1f} MB to download, "
            f"{int(installed) * 1024 / 1e6:.1f} MB installed"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
