"""Build the Debian package from the PyInstaller one-folder build, with dpkg-deb.

Layout of the package:

    /opt/sentra-desktop/                           the one-folder build, as PyInstaller made it
    /usr/bin/sentra-desktop, sentra-desktop-cli    launchers (the window; the command line)
    /usr/share/applications/sentra-desktop.desktop
    /usr/share/icons/hicolor/{256x256,scalable}/apps/sentra-desktop.{png,svg}
    /usr/share/doc/sentra-desktop/copyright

The program keeps its data in each user's ``~/.local/share/sentra-desktop``; the package never
touches it, so removing or upgrading the package leaves every record in place.

Usage: ``python installer/linux/build_deb.py [--dist dist/sentra-desktop] [--out dist]``; prints the
path of the .deb.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PACKAGE = "sentra-desktop"
INSTALL_DIR = f"/opt/{PACKAGE}"
MAINTAINER = os.environ.get("DEB_MAINTAINER", "Sentra Desktop <sentra-desktop@localhost>")

LAUNCHER = """#!/bin/sh
# {what}: runs the program installed in {install_dir}.
exec {install_dir}/{executable} "$@"
"""

COPYRIGHT = """Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Sentra Desktop

Files: *
License: GPL-3.0-or-later
 On Debian systems, the complete text of the GNU General Public License version 3 can be found
 in /usr/share/common-licenses/GPL-3.

Files: opt/sentra-desktop/_internal/*
Comment: The one-folder build also carries Python, Qt for Python (PySide6, LGPL-3.0), SQLAlchemy,
 Alembic, ReportLab, Pillow, platformdirs and the shared libraries they use, each under its own
 licence, and the DejaVu and Droid Sans Fallback fonts (see resources/fonts inside).
License: various
"""


def version() -> str:
    """The program's version, from ``sentra_desktop/__init__.py``."""
    text = (ROOT / "sentra_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    if found is None:
        raise SystemExit("no __version__ in sentra_desktop/__init__.py")
    return found.group(1)


def depends() -> list[str]:
    """The Depends list, from ``depends.txt`` (one package a line, # comments)."""
    lines = (HERE / "depends.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()


def _installed_size_kib(folder: Path) -> int:
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return (total + 1023) // 1024


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def stage(dist: Path, root: Path, ver: str) -> None:
    """Lay out the package's files under ``root``."""
    if not (dist / PACKAGE).is_file() or not (dist / f"{PACKAGE}-cli").is_file():
        raise SystemExit(f"no PyInstaller build in {dist}: run `make installer` (PyInstaller) first")
    shutil.copytree(dist, root / INSTALL_DIR.lstrip("/"), symlinks=True)
    for executable, what in ((PACKAGE, "Sentra Desktop"), (f"{PACKAGE}-cli", "Sentra Desktop, command line")):
        _write(
            root / "usr" / "bin" / executable,
            LAUNCHER.format(what=what, install_dir=INSTALL_DIR, executable=executable),
            0o755,
        )
    applications = root / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copyfile(HERE / f"{PACKAGE}.desktop", applications / f"{PACKAGE}.desktop")
    icons = root / "usr" / "share" / "icons" / "hicolor"
    (icons / "256x256" / "apps").mkdir(parents=True)
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copyfile(
        ROOT / "resources" / "icons" / "sentra.png", icons / "256x256" / "apps" / f"{PACKAGE}.png"
    )
    shutil.copyfile(
        ROOT / "resources" / "icons" / "sentra.svg", icons / "scalable" / "apps" / f"{PACKAGE}.svg"
    )
    _write(root / "usr" / "share" / "doc" / PACKAGE / "copyright", COPYRIGHT)
    # dpkg wants sane permissions: directories 755, files 644, executables 755.
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir() or path.stat().st_mode & 0o111:
            path.chmod(0o755)
        else:
            path.chmod(0o644)
    control = "\n".join(
        [
            f"Package: {PACKAGE}",
            f"Version: {ver}",
            f"Architecture: {architecture()}",
            f"Maintainer: {MAINTAINER}",
            f"Installed-Size: {_installed_size_kib(root)}",
            f"Depends: {', '.join(depends())}",
            "Section: misc",
            "Priority: optional",
            "Description: record keeping for a small-industry production centre (sentra)",
            " Sentra Desktop keeps the records of a sentra on one offline PC: daily production,",
            " stock of materials and finished goods, design variants, buyers and orders, and",
            " prints order and stock sheets. Indonesian by default, English as a setting.",
            " .",
            " This package carries its own Python and Qt under /opt/sentra-desktop. Each user's",
            " data stays in ~/.local/share/sentra-desktop and is never removed by the package.",
            "",
        ]
    )
    _write(root / "DEBIAN" / "control", control)


def build(dist: Path, out: Path, *, package_version: str | None = None, compress: bool = True) -> Path:
    """Stage and build the .deb into ``out``; returns its path.

    ``package_version`` overrides the program's version (a test makes a "newer" package from the
    same build); ``compress=False`` skips xz, which takes minutes, for such throwaway packages.
    """
    ver = package_version or version()
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"{PACKAGE}_{ver}_{architecture()}.deb"
    with tempfile.TemporaryDirectory(prefix="sentra-deb-") as temp:
        root = Path(temp) / "root"
        root.mkdir()
        root.chmod(0o755)
        stage(dist, root, ver)
        compression = ["-Zxz", "-z6"] if compress else ["-Znone"]
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", *compression, "--build", str(root), str(deb)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / PACKAGE, help="the PyInstaller build")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="folder for the .deb")
    args = parser.parse_args(argv)
    print(build(args.dist.resolve(), args.out.resolve()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
