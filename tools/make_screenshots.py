"""Render each implemented page on demo data into docs/screenshots/ (``make screenshots``).

Uses the program's own ``screenshot`` command, so what README shows is what the program draws;
and the ``report`` command for page 1 of the Kinerja pack (``pdftoppm``, Debian's poppler-utils).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"

SHOTS = [
    # (file name, page, window size, extra environment)
    ("kinerja.png", "kinerja", "1366x768", {}),
    ("desain.png", "desain", "1366x768", {}),
    ("desain-form.png", "desain/form", "1366x768", {}),
    ("produksi.png", "produksi", "1366x768", {}),
    ("stok-ringkasan.png", "stok", "1366x768", {}),
    ("stok-kartu.png", "stok/kartu", "1366x768", {}),
    ("pengaturan.png", "pengaturan", "1366x768", {}),
    ("pembeli.png", "pembeli", "1366x768", {}),
    ("pesanan.png", "pesanan", "1366x768", {}),
    ("pesanan-produksi.png", "pesanan/produksi", "1366x768", {}),
    ("upah.png", "upah", "1366x768", {}),
    ("desain-150persen.png", "desain", "1280x720", {"QT_SCALE_FACTOR": "1.5"}),
    ("bantuan.png", "bantuan", "1366x768", {}),
    ("bantuan-tumpang-tindih.png", "bantuan/tumpang-tindih", "1366x768", {}),
    ("bantuan-cetakan.png", "bantuan/cetakan", "1366x768", {}),
    ("bantuan-form.png", "bantuan/form", "1366x768", {}),
    ("cetakan.png", "pengaturan/cetakan", "1366x768", {}),
    ("cetakan-form.png", "pengaturan/cetakan-form", "1366x768", {}),
]


def run(args: list[str], env: dict[str, str]) -> None:
    command = [sys.executable, "-m", "sentra_desktop", *args]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{result.stderr}")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    # The demo's head (README lists the demo's users and PINs): the pages are behind the login.
    base_env = dict(
        os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), SENTRA_PIN="1234"
    )
    with tempfile.TemporaryDirectory() as data_dir:
        run(["--data-dir", data_dir, "demo-data"], base_env)
        for name, page, size, extra in SHOTS:
            env = dict(base_env, **extra)
            run(
                [
                    "--data-dir",
                    data_dir,
                    "--user",
                    "Hj. Nurhayati",
                    "screenshot",
                    "--page",
                    page,
                    "--size",
                    size,
                    "--out",
                    str(OUT / name),
                ],
                env,
            )
            print(f"wrote {OUT / name}")
        pack = Path(data_dir) / "laporan-kinerja.pdf"
        user = ["--data-dir", data_dir, "--user", "Hj. Nurhayati"]
        run([*user, "report", "performance", "--out", str(pack)], base_env)  # the last 12 months
        png = OUT / "laporan-kinerja"
        subprocess.run(
            ["pdftoppm", "-f", "1", "-l", "1", "-r", "70", "-png", "-singlefile", pack, png], check=True
        )
        print(f"wrote {png}.png")


if __name__ == "__main__":
    main()
