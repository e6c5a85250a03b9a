"""The Windows installer script compiles (Debian's makensis), over a stand-in for the frozen build.

No Windows build exists on Linux, so a stand-in payload with the same layout (two executables and
``_internal/``) takes its place. Fast enough for ``make test``; keeps the script from rotting.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from sentra_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "installer" / "windows" / "sentra-desktop.nsi"

pytestmark = pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis missing (apt nsis)")


def _payload(folder: Path) -> Path:
    payload = folder / "sentra-desktop"
    (payload / "_internal" / "sentra_desktop").mkdir(parents=True)
    (payload / "sentra-desktop.exe").write_bytes(b"MZ stand-in GUI executable")
    (payload / "sentra-desktop-cli.exe").write_bytes(b"MZ stand-in console executable")
    (payload / "_internal" / "sentra_desktop" / "stand-in.txt").write_text("payload")
    return payload


def _fixed_file_version(data: bytes) -> tuple[int, int, int, int]:
    """The four numbers of the VS_FIXEDFILEINFO in a Windows executable's version resource."""
    start = data.index(struct.pack("<I", 0xFEEF04BD))
    _signature, _struct_version, ms, ls = struct.unpack_from("<IIII", data, start)
    return ms >> 16, ms & 0xFFFF, ls >> 16, ls & 0xFFFF


def _compile(tmp_path: Path, *defines: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["makensis", "-V2", "-WX", "-NOCD", *defines, str(SCRIPT)],
        cwd=SCRIPT.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_installer_script_compiles_with_the_program_version(tmp_path: Path) -> None:
    payload = _payload(tmp_path)
    out = tmp_path / f"sentra-desktop-{__version__}-setup.exe"
    # No VERSION given: the script reads it from sentra_desktop/__init__.py, as a build does.
    done = _compile(tmp_path, f"-DDIST_DIR={payload}", f"-DOUTFILE={out}")
    assert done.returncode == 0, done.stdout + done.stderr
    data = out.read_bytes()
    assert data[:2] == b"MZ"
    # The version resource (Properties > Details) carries the program's version.
    assert __version__.encode("utf-16-le") in data
    numbers = [int(n) for n in [*re.findall(r"\d+", __version__), "0", "0", "0"][:3]] + [0]
    assert _fixed_file_version(data) == tuple(numbers)


def test_a_version_given_by_the_build_wins(tmp_path: Path) -> None:
    payload = _payload(tmp_path)
    out = tmp_path / "sentra-desktop-9.8.7-setup.exe"
    done = _compile(tmp_path, "-DVERSION=9.8.7", f"-DDIST_DIR={payload}", f"-DOUTFILE={out}")
    assert done.returncode == 0, done.stdout + done.stderr
    data = out.read_bytes()
    assert "9.8.7".encode("utf-16-le") in data
    assert _fixed_file_version(data) == (9, 8, 7, 0)


def test_a_missing_payload_fails_the_build(tmp_path: Path) -> None:
    out = tmp_path / "sentra-desktop-0-setup.exe"
    done = _compile(tmp_path, f"-DDIST_DIR={tmp_path / 'nothing'}", f"-DOUTFILE={out}")
    assert done.returncode != 0
    assert not out.exists()


def test_the_uninstaller_leaves_the_data_folder_alone() -> None:
    """The uninstall section removes only the program's files: nothing under the data folder."""
    text = SCRIPT.read_text(encoding="utf-8")
    uninstall = text[text.index('Section "Uninstall"') :]
    uninstall = uninstall[: uninstall.index("SectionEnd")]
    removals = [
        line.strip()
        for line in uninstall.splitlines()
        if line.strip().startswith(("RMDir", "Delete ")) and not line.strip().startswith(";")
    ]
    assert removals
    for line in removals:
        assert "APPDATA" not in line.upper() and "$PROFILE" not in line, line
        assert "$INSTDIR" in line or "$SMPROGRAMS" in line or "$DESKTOP" in line, line
    assert 'RMDir /r "$INSTDIR"' not in uninstall  # never a blind recursive delete of the folder
    assert '!insertmacro MUI_LANGUAGE "Indonesian"' in text
