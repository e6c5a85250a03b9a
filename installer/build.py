"""Build the installable package for the platform this runs on: freeze, smoke-test, package.

    Linux:    PyInstaller one-folder build -> quick check -> dist/sentra-desktop_<version>_<arch>.deb
    Windows:  PyInstaller one-folder build -> quick check -> dist/sentra-desktop-<version>-setup.exe (NSIS)

Run with the project's virtual environment, after ``pip install -e .[installer]``:
``make installer`` on Linux, ``.venv\\Scripts\\python installer\\build.py`` on Windows. The full
smoke test of a Linux build is ``make installer-test``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
BUNDLE = DIST / "sentra-desktop"
WINDOWS = sys.platform == "win32"
EXE = ".exe" if WINDOWS else ""


def version() -> str:
    text = (ROOT / "sentra_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    assert found is not None
    return found.group(1)


def step(text: str) -> None:
    print(f"==> {text}", flush=True)


def compile_translations() -> None:
    """resources/i18n/*.ts -> .qm and the Qt-free .json catalogue (what `make translations` does)."""
    subprocess.run([sys.executable, str(ROOT / "tools" / "compile_translations.py")], check=True, cwd=ROOT)


def freeze() -> None:
    """The PyInstaller one-folder build into dist/sentra-desktop/."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(ROOT / "installer" / "sentra-desktop.spec"),
        ],
        check=True,
        cwd=ROOT,
    )


def quick_check() -> None:
    """The frozen console program answers --version, fills a fresh database and checks it."""
    cli = BUNDLE / f"sentra-desktop-cli{EXE}"
    with tempfile.TemporaryDirectory(prefix="sentra-build-") as temp:
        env = dict(os.environ, SENTRA_DATA_DIR=str(Path(temp) / "data"))
        out = subprocess.run([str(cli), "--version"], env=env, check=True, capture_output=True, text=True)
        if version() not in out.stdout:
            raise SystemExit(f"frozen --version printed {out.stdout!r}")
        done = subprocess.run([str(cli), "demo-data", "--days", "7"], env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"frozen demo-data failed:\n{done.stdout}{done.stderr}")
        done = subprocess.run([str(cli), "check"], env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"frozen check failed:\n{done.stdout}{done.stderr}")
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"    {BUNDLE.relative_to(ROOT)}: {size / 1e6:.1f} MB; --version, demo-data, check pass")


def package_linux() -> Path:
    sys.path.insert(0, str(ROOT / "installer" / "linux"))
    import build_deb

    return build_deb.build(BUNDLE, DIST)


def _makensis() -> str:
    found = shutil.which("makensis")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "NSIS" / "makensis.exe").is_file():
            return str(Path(base) / "NSIS" / "makensis.exe")
    raise SystemExit("makensis not found: install NSIS 3 (https://nsis.sourceforge.io) or add it to PATH")


def package_windows() -> Path:
    out = DIST / f"sentra-desktop-{version()}-setup.exe"
    script = ROOT / "installer" / "windows" / "sentra-desktop.nsi"
    subprocess.run(
        [
            _makensis(),
            "-V2",
            f"-DVERSION={version()}",
            f"-DDIST_DIR={BUNDLE}",
            f"-DOUTFILE={out}",
            str(script),
        ],
        check=True,
        cwd=script.parent,
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build Sentra Desktop's installable package.")
    parser.add_argument("--skip-freeze", action="store_true", help="package the existing dist/ build")
    args = parser.parse_args(argv)
    started = time.monotonic()
    if not args.skip_freeze:
        step("compiling translations")
        compile_translations()
        step("PyInstaller one-folder build (takes a few minutes)")
        freeze()
    step("checking the frozen program")
    quick_check()
    if WINDOWS:
        step("NSIS installer")
        result = package_windows()
    elif sys.platform.startswith("linux"):
        step("Debian package")
        result = package_linux()
    else:
        raise SystemExit(f"no package format for {sys.platform}; the one-folder build is in {BUNDLE}")
    print(f"==> {result.relative_to(ROOT)} ({time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
