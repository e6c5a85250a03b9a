"""Indonesian everywhere: the sweep of every window, the English it found, the command line, F1's guide."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from sentra_desktop.core import i18n
from sentra_desktop.core.errors import CannotOpenDatabase, DatabaseUnavailable
from sentra_desktop.services.container import Services
from sentra_desktop.ui.i18n import install_translators
from sentra_desktop.ui.settings import AppSettings
from tests.ui.indonesian_sweep_probe import english_words, findings_of, translated_sources

ROOT = Path(__file__).resolve().parents[2]
TODAY = date.today()


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    """The program's Indonesian, in Qt and in the Qt-free catalogue, as it runs for an operator."""
    language, locale = i18n.language(), QLocale()
    translators = install_translators(qapp, "id")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    i18n.set_language(language)
    QLocale.setDefault(locale)


# --- the sweep -------------------------------------------------------------------------------------
@pytest.mark.timeout(600)
def test_every_page_and_dialog_speaks_indonesian(tmp_path: Path) -> None:
    """Every page, tab, dialog and Qt's print dialog: no English UI word on screen."""
    out = tmp_path / "english.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SENTRA_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.indonesian_sweep_probe", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=540,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    found = json.loads(out.read_text(encoding="utf-8"))
    assert found == [], "\n".join(found)


def test_the_sweep_sees_the_english_it_was_written_for(qtbot: QtBot) -> None:
    """The findings of issue 14 would each fail the sweep; loanwords and names would not."""
    assert english_words("Stok menipis: GK-01 (3 piece)") == ["piece"]
    assert english_words("SJ-2026-0001-1 (void)") == ["void"]
    assert english_words("11 record(s)") == ["record"]
    assert english_words("Drawing the design photos") == ["design", "drawing", "the"]
    assert english_words("Printer Properties") == ["properties"]
    assert english_words("Simpan sebagai PDF · kirim lewat WhatsApp · email · reject 4,5%") == []
    # Paths are shown as they are; words around them, and words joined by a slash, are still read.
    assert english_words("/tmp/tmpg1hhc0if/sentra.sqlite3") == []
    assert english_words(r"Disimpan ke C:\Users\if\backup · D:/data/if") == []
    assert english_words("Saved to /tmp/if") == ["saved", "to"]
    assert english_words("Buah/hari · pieces/day") == ["day", "pieces"]
    label = QLabel("quantity_per_piece")
    qtbot.addWidget(label)
    label.show()
    assert findings_of("probe", label, translated_sources()) != []
    # A source shown as is, though its words are not in the word list, is untranslated too.
    assert "Daily production" in translated_sources()


# --- what the sweep found ----------------------------------------------------------------------------
def test_audit_shows_field_labels_and_display_values(indonesian: None) -> None:
    from sentra_desktop.ui.pages.settings.audit_fields import display_value, field_label

    assert field_label("recipe_line", "quantity_per_piece") == "Jumlah per buah"
    assert field_label("order_counter", "last_number") == "Nomor terakhir"
    assert field_label("assistance", "value") == "Nilai (Rp)"
    assert display_value("stock_movement", "kind", "production_in") != "production_in"
    assert display_value("sales_order", "status", "ready") == "Siap kirim"
    assert display_value("material", "unit", "piece") == "buah"
    assert display_value("buyer", "archived", True) == "Ya"
    assert display_value("delivery", "delivered_on", "2026-11-03") == "03/11/2026"
    assert display_value("delivery", "voided_at", "2026-11-03T09:15:00") == "03/11/2026 09:15"
    assert display_value("buyer", "name", "Rina") == "Rina"


def test_low_stock_notice_names_units_in_indonesian(indonesian: None) -> None:
    from decimal import Decimal

    from sentra_desktop.app import low_stock_text

    items = [
        SimpleNamespace(code="GK-01", on_hand=Decimal(3), unit="pcs"),
        SimpleNamespace(code="LTX", on_hand=Decimal("1.5"), unit="litre"),
    ]
    text = low_stock_text(items)
    assert text == "Stok menipis: GK-01 (3 buah), LTX (1,5 liter)"
    assert english_words(text) == []


def test_voided_delivery_and_payment_say_so_in_indonesian(
    qtbot: QtBot, indonesian: None, services: Services, catalogue_basics: dict[str, int]
) -> None:
    from sentra_desktop.core.enums import PaymentMethod
    from sentra_desktop.services.buyers import BuyerInput
    from sentra_desktop.services.designs import DesignInput
    from sentra_desktop.services.members import MakerInput
    from sentra_desktop.services.orders import DeliveryInput, LineInput, OrderInput, PaymentInput
    from sentra_desktop.services.production import ProductionInput
    from sentra_desktop.ui.pages.orders.panel import OrderPanel

    design = services.designs.create(DesignInput("GK-01", "Ampera", catalogue_basics["keychain"], price=8000))
    services.production.create(ProductionInput(TODAY, design, services.makers.create(MakerInput("Yani")), 50))
    buyer = services.buyers.create(BuyerInput(name="Rina", city="Palembang"))
    order = services.orders.create(OrderInput(buyer, TODAY, [LineInput("GK-01", 10)]))
    services.orders.confirm(order.id)
    line = services.orders.get(order.id).lines[0].id
    services.orders.deliver(order.id, DeliveryInput(TODAY, {line: 4}))
    services.orders.add_payment(order.id, PaymentInput(TODAY, 10_000, PaymentMethod.CASH))
    detail = services.orders.get(order.id)
    services.orders.void_delivery(detail.deliveries[0].id)
    services.orders.void_payment(detail.payments[0].id)

    panel = OrderPanel()
    qtbot.addWidget(panel)
    panel.show_order(services.orders.get(order.id))
    assert panel.deliveries.item(0, 0).text().endswith("(dibatalkan)")
    assert panel.payments.item(0, 0).text().endswith("(dibatalkan)")


def test_record_count_of_a_subclassed_list_is_indonesian(
    qtbot: QtBot, indonesian: None, services: Services
) -> None:
    """Stok › Bahan baku showed "11 record(s)": a subclass's tr() misses a plural filed under its base."""
    from sentra_desktop.ui.pages.stock.materials import MaterialsTab

    tab = MaterialsTab(services)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.count_label.text() != "", timeout=5_000)
    assert tab.count_label.text().endswith(" data"), tab.count_label.text()


def test_demo_data_steps_are_reported_in_indonesian(indonesian: None, services: Services) -> None:
    from sentra_desktop.demo import DemoOptions, load_demo_data

    labels: list[str] = []
    load_demo_data(services.db, DemoOptions(days=2), progress=lambda _d, _t, label: labels.append(label))
    assert "Menggambar foto desain" in labels and labels[-1] == "Selesai"
    assert [english_words(label) for label in labels] == [[]] * len(labels)


def test_connection_errors_are_explained_with_the_driver_text_as_details(
    indonesian: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sentra_desktop.ui.errors import error_text, show_error

    driver = 'connection to server at "10.0.0.5", port 5432 failed: FATAL:  password authentication failed'
    refused = CannotOpenDatabase(detail=driver)
    text = error_text(refused)
    assert text.startswith("Basis data tidak bisa dibuka.") and "kata sandi ditolak" in text
    assert "password" not in text and "FATAL" not in text
    lost = error_text(DatabaseUnavailable(detail="server closed the connection unexpectedly"))
    assert "Server memutus sambungan" in lost and "closed" not in lost

    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    show_error(None, refused)
    assert shown[0].text() == text and shown[0].detailedText() == driver


# --- the command line --------------------------------------------------------------------------------
def test_command_line_errors_and_usage_are_indonesian(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sentra_desktop.cli import main

    assert i18n.language() == "id"
    assert main(["--db-url", "sqlite:////no/such/folder/x.sqlite3", "demo-data"]) == 1
    err = capsys.readouterr().err
    assert "Berkas database tidak dapat dibaca atau dibuat" in err and "Rincian teknis: " in err

    assert main(["--data-dir", str(tmp_path), "import", "designs", str(tmp_path / "none.csv")]) == 1
    assert capsys.readouterr().err.strip().endswith("none.csv tidak ada.")

    bad = tmp_path / "bad.csv"
    bad.write_text("code,name\nX,Y\n", encoding="utf-8")
    assert main(["--data-dir", str(tmp_path), "import", "designs", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "baris 1" in err and "tidak ada yang diimpor" in err and "Traceback" not in err

    with pytest.raises(SystemExit):
        main(["export"])
    err = capsys.readouterr().err
    assert err.startswith("cara pakai:") and "kesalahan: argumen berikut wajib diisi" in err


# --- F1 ------------------------------------------------------------------------------------------------
def test_f1_opens_the_guide_with_the_four_topics(
    qtbot: QtBot, indonesian: None, services: Services, app_settings: AppSettings
) -> None:
    from sentra_desktop.ui.help import HelpDialog
    from sentra_desktop.ui.main_window import MainWindow

    window = MainWindow(services, app_settings, "/data/sentra.sqlite3")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # a window shortcut answers in the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(HelpDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.text()
    for topic in ("Mencatat produksi", "Mencetak daftar stok", "Mencatat pesanan", "Membuat cadangan"):
        assert topic in text
    assert english_words(dialog.windowTitle()) == []
    assert window.show_help() is dialog  # once more: the same dialog, not a second one
    assert len(window.findChildren(HelpDialog)) == 1


def test_the_guide_ships_with_the_program() -> None:
    from sentra_desktop.ui.help import GUIDES, guide_path, guide_text

    for language in GUIDES:
        assert guide_path(language).is_file() and "F1" in guide_text(language)
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "ui/help/*.md" in package_data["tool"]["setuptools"]["package-data"]["sentra_desktop"]
    spec = (ROOT / "installer" / "sentra-desktop.spec").read_text(encoding="utf-8")
    assert '"ui" / "help" / "*.md"' in spec


def test_the_connection_test_keeps_the_driver_text_out_of_its_sentence(
    qtbot: QtBot, indonesian: None, services: Services, app_settings: AppSettings
) -> None:
    from sentra_desktop.services.connection import ConnectionTest
    from sentra_desktop.ui.pages.settings import SettingsPage

    page = SettingsPage(services, app_settings)
    qtbot.addWidget(page)
    tab = page.database_tab
    driver = 'connection to server at "10.0.0.5", port 5432 failed: Connection refused'
    tab._tested(ConnectionTest(False, "refused", driver))
    said = tab.status_label.text()
    assert said.startswith("Tidak ada jawaban dari alamat itu.") and english_words(said) == []
    assert tab.status_label.toolTip() == driver


def test_qt_print_and_page_setup_texts_are_in_the_qt_catalogue(indonesian: None) -> None:
    """CUPS printers show these only with a real printer; their contexts are Qt's own (from its .qm)."""
    from PySide6.QtCore import QCoreApplication

    expected = {
        ("QPrintPropertiesDialog", "Printer Properties"): "Properti printer",
        ("QPageSetupWidget", "Page size:"): "Ukuran kertas:",
        ("QPageSetupWidget", "Paper source:"): "Sumber kertas:",
        ("QPrintDialog", "Print To File ..."): "Cetak ke berkas ...",
        ("QPrintSettingsOutput", "Page &Set:"): "&Pilihan halaman:",
        ("QCupsJobWidget", "Job Control"): "Pengaturan tugas cetak",
        ("QPageSize", "Envelope DL"): "Amplop DL",
    }
    for (context, source), wanted in expected.items():
        assert QCoreApplication.translate(context, source) == wanted
