"""Smoke test of the built program: the PyInstaller bundle in dist/ and the .deb made from it.

Run by ``make installer-test`` (after ``make installer``), which sets ``SENTRA_INSTALLER_TEST=1``;
``make test`` skips this file, since a build takes minutes and may be stale. The program is started
on a real X display (xvfb-run, Qt's xcb platform), never the offscreen platform, which would hide
missing system libraries. Every run uses a temporary data folder.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from sentra_desktop import __version__

from .upgrade import assert_upgraded, make_old_data_folder

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
BUNDLE = DIST / "sentra-desktop"
GUI = BUNDLE / "sentra-desktop"
CLI = BUNDLE / "sentra-desktop-cli"
MAX_BUNDLE_BYTES = 250_000_000  # 250 MB
DEB_INSTALL_DIR = Path("/opt/sentra-desktop")

pytestmark = pytest.mark.skipif(
    os.environ.get("SENTRA_INSTALLER_TEST") != "1",
    reason="tests the built program: run by `make installer-test` after `make installer`",
)


@pytest.fixture(scope="module", autouse=True)
def built() -> None:
    if not (GUI.is_file() and CLI.is_file()):
        pytest.fail(f"no build in {BUNDLE}: run `make installer` first")
    if shutil.which("xvfb-run") is None:
        pytest.fail("xvfb-run is missing (apt-get install xvfb xauth)")


def _env(data_dir: Path | None, **extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "SENTRA_", "PYTHON", "XDG_"))
        and key not in ("LD_LIBRARY_PATH", "DISPLAY")
    }
    if data_dir is not None:
        env["SENTRA_DATA_DIR"] = str(data_dir)
    env.update(extra)
    return env


def run(command: list[str], data_dir: Path | None, timeout: float = 300, **extra: str):
    return subprocess.run(
        command,
        env=_env(data_dir, **extra),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd="/",
    )


def run_on_display(command: list[str], data_dir: Path | None, timeout: float = 120, **extra: str):
    """``command`` on a fresh virtual X display, through Qt's xcb platform plugin."""
    return run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", *command],
        data_dir,
        timeout,
        QT_QPA_PLATFORM="xcb",
        **extra,
    )


def window_drawn(command: list[str], data_dir: Path | None, **extra: str) -> None:
    """Open the main window; the startup probe prints READY once it is drawn, then quits."""
    done = run_on_display(command, data_dir, SENTRA_STARTUP_PROBE="1", **extra)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "READY" in done.stdout, done.stdout + done.stderr
    assert "Could not load the Qt platform plugin" not in done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert "translation" not in done.stderr, done.stderr  # every .qm catalogue was found


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder filled by the built program's own ``demo-data``."""
    data_dir = tmp_path_factory.mktemp("demo") / "data"
    done = run([str(CLI), "demo-data"], data_dir)
    assert done.returncode == 0, done.stderr
    assert "desain" in done.stdout and "PIN 1234" in done.stdout
    return data_dir


# --- the bundle ---------------------------------------------------------------------------------


def test_the_one_folder_build_is_under_250_mb() -> None:
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"one-folder build: {size / 1e6:.1f} MB")
    assert size < MAX_BUNDLE_BYTES


def _libraries(folder: Path) -> list[Path]:
    found = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink() and ".so" in p.name]
    return [*found, folder / "sentra-desktop", folder / "sentra-desktop-cli"]


def _ldd(path: Path, internal: Path) -> str:
    # The bootloader puts _internal on the library path before Python starts; so does this check.
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    return subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True).stdout


def test_ldd_finds_every_library_of_the_bundle() -> None:
    internal = BUNDLE / "_internal"
    missing = {}
    for path in _libraries(BUNDLE):
        lost = [line.split()[0] for line in _ldd(path, internal).splitlines() if "not found" in line]
        if lost:
            missing[str(path.relative_to(BUNDLE))] = lost
    assert not missing
    dangling = [str(p) for p in BUNDLE.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling


def _needed(path: Path) -> list[str]:
    """The libraries ``path`` links to directly (its DT_NEEDED entries)."""
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def _owner(library: str) -> str | None:
    for candidate in (library, "/usr" + library if not library.startswith("/usr") else library):
        done = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if done.returncode == 0:
            return done.stdout.split(":")[0]
    return None


def test_system_libraries_the_bundle_uses_come_from_packages_it_depends_on() -> None:
    """Every system library the bundle links to belongs to a package in Depends (or one of theirs)."""
    sys.path.insert(0, str(ROOT / "installer" / "linux"))
    try:
        import build_deb
    finally:
        sys.path.pop(0)
    declared = set(build_deb.depends())
    allowed = set(declared)
    for package in declared:
        done = subprocess.run(["dpkg-query", "-W", "-f=${Depends}", package], capture_output=True, text=True)
        for alternative in done.stdout.replace("|", ",").split(","):
            if alternative.strip():
                allowed.add(alternative.split()[0].split(":")[0])
    internal = BUNDLE / "_internal"
    outside: set[str] = set()
    for path in _libraries(BUNDLE):
        # Only what the bundle links to itself (DT_NEEDED); the system libraries' own dependencies
        # are their packages' business.
        needed = set(_needed(path))
        for line in _ldd(path, internal).splitlines():
            parts = line.split("=>")
            if len(parts) != 2 or parts[0].strip() not in needed or not parts[1].split():
                continue
            resolved = parts[1].split()[0]
            if resolved.startswith("/") and not resolved.startswith(str(BUNDLE)):
                outside.add(resolved)
    owners = {library: _owner(library) for library in sorted(outside)}
    print("system libraries used:", owners)
    assert {lib: owner for lib, owner in owners.items() if owner not in allowed} == {}


# --- the programs -------------------------------------------------------------------------------


def test_version_from_both_executables(tmp_path: Path) -> None:
    for executable in (CLI, GUI):
        done = run([str(executable), "--version"], tmp_path / "data")
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"Sentra Desktop {__version__}"


def test_demo_data_then_check_is_sound(demo_dir: Path) -> None:
    done = run([str(CLI), "check"], demo_dir)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Hasil: sehat" in done.stdout


def test_server_mode_driver_is_bundled(tmp_path: Path) -> None:
    """A PostgreSQL URL reaches the driver (bundled) and fails as an unreachable server, plainly."""
    url = "postgresql+psycopg://sentra@127.0.0.1:9/sentra"  # port 9 (discard): nothing listens
    done = run([str(CLI), "--db-url", url, "check"], tmp_path / "data", timeout=120)
    assert done.returncode == 1, done.stdout + done.stderr
    output = done.stdout + done.stderr
    assert "Traceback" not in output and "No module named" not in output, output


def test_stock_sheet_pdf(demo_dir: Path, tmp_path: Path) -> None:
    commands = run([str(CLI), "--help"], demo_dir).stdout
    assert " report " in commands or "\n    report" in commands, (
        f"the build has no `report` command:\n{commands}"
    )
    out = tmp_path / "stok.pdf"
    done = run([str(CLI), "report", "stock", "--out", str(out)], demo_dir)
    assert done.returncode == 0, done.stdout + done.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 1000
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert text.strip(), "the stock sheet has no text"


def test_main_window_is_drawn_on_a_real_x_display(demo_dir: Path) -> None:
    window_drawn([str(GUI)], demo_dir)


def test_the_window_in_english_on_an_empty_data_folder(tmp_path: Path) -> None:
    window_drawn([str(GUI), "--lang", "en"], tmp_path / "fresh")
    assert (tmp_path / "fresh" / "sentra.sqlite3").is_file()


def test_a_newer_build_on_the_previous_versions_data_backs_up_and_migrates(tmp_path: Path) -> None:
    old = make_old_data_folder(tmp_path / "data")
    window_drawn([str(GUI)], old.data_dir.root)
    assert_upgraded(old)


# --- the Debian package ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def installed_deb() -> Iterator[Path]:
    debs = sorted(DIST.glob(f"sentra-desktop_{__version__}_*.deb"))
    if not debs:
        pytest.fail(f"no .deb for version {__version__} in {DIST}: run `make installer` first")
    if os.geteuid() != 0:
        pytest.skip("installing a .deb needs root")
    done = subprocess.run(["dpkg", "-i", str(debs[-1])], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    try:
        yield debs[-1]
    finally:
        subprocess.run(["dpkg", "-r", "sentra-desktop"], capture_output=True, text=True, timeout=600)


def test_the_deb_installs_starts_and_removes_without_touching_data(
    installed_deb: Path, tmp_path: Path
) -> None:
    assert (DEB_INSTALL_DIR / "sentra-desktop").is_file()
    desktop = Path("/usr/share/applications/sentra-desktop.desktop")
    done = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    assert Path("/usr/share/icons/hicolor/256x256/apps/sentra-desktop.png").is_file()
    exec_line = next(line for line in desktop.read_text().splitlines() if line.startswith("Exec="))
    launcher = shutil.which(exec_line.removeprefix("Exec=").split()[0])
    assert launcher == "/usr/bin/sentra-desktop"

    # The launcher, as the menu starts it: no data folder given, so the user's default one.
    home = tmp_path / "home"
    home.mkdir()
    data = home / ".local" / "share" / "sentra-desktop"
    extra = {"HOME": str(home)}
    window_drawn([launcher], None, **extra)
    assert (data / "sentra.sqlite3").is_file()
    done = run(["/usr/bin/sentra-desktop-cli", "check"], None, **extra)
    assert done.returncode == 0, done.stdout + done.stderr

    done = subprocess.run(["dpkg", "-r", "sentra-desktop"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert not DEB_INSTALL_DIR.exists()
    assert not Path("/usr/bin/sentra-desktop").exists() and not desktop.exists()
    assert (data / "sentra.sqlite3").is_file(), "removing the package took the user's data"


def test_installing_a_newer_deb_over_an_older_one_keeps_and_migrates_the_data(tmp_path: Path) -> None:
    """dpkg upgrades the package; the user's data, left by the previous version, is backed up and
    migrated on the first start of the new one, through the menu's launcher."""
    if os.geteuid() != 0:
        pytest.skip("installing a .deb needs root")
    old_deb = sorted(DIST.glob(f"sentra-desktop_{__version__}_*.deb"))[-1]
    sys.path.insert(0, str(ROOT / "installer" / "linux"))
    try:
        import build_deb
    finally:
        sys.path.pop(0)
    newer_version = f"{__version__}+upgrade1"  # sorts after the real version for dpkg
    newer = build_deb.build(BUNDLE, tmp_path / "debs", package_version=newer_version, compress=False)
    home = tmp_path / "home"
    old = make_old_data_folder(home / ".local" / "share" / "sentra-desktop")
    try:
        for deb in (old_deb, newer):
            done = subprocess.run(["dpkg", "-i", str(deb)], capture_output=True, text=True, timeout=600)
            assert done.returncode == 0, done.stdout + done.stderr
        installed = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", "sentra-desktop"], capture_output=True, text=True
        ).stdout
        assert installed == newer_version
        window_drawn(["/usr/bin/sentra-desktop"], None, HOME=str(home))
        assert_upgraded(old)
    finally:
        subprocess.run(["dpkg", "-r", "sentra-desktop"], capture_output=True, text=True, timeout=600)
    assert (old.data_dir.database).is_file()
