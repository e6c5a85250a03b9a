"""Import and export through the real services: round trips, no duplicates, all or nothing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sentra_desktop.core.enums import StockItemKind
from sentra_desktop.core.messages import render
from sentra_desktop.db.models import Buyer, DesignVariant, Material, ProductionEntry, StockMovement
from sentra_desktop.services.catalogue_setup import ProductTypeInput, ProductTypeService
from sentra_desktop.services.database import Database
from sentra_desktop.services.members import MakerInput, MakerService
from sentra_desktop.services.stock import StockService
from sentra_desktop.services.stock_counts import StockCountService
from sentra_desktop.services.transfer import KINDS, TransferService
from tests.services.test_stock import World
from tests.services.transfer.conftest import YESTERDAY, fingerprint

ORDER = ["materials", "designs", "buyers", "production", "stock-counts"]


@pytest.fixture
def fresh(migrated_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A second, empty database with only what imports refer to: product types and makers."""
    path = tmp_path / "fresh.sqlite3"
    shutil.copyfile(migrated_template, path)
    db = Database.open(f"sqlite:///{path}", actor="Penguji")
    types = ProductTypeService(db)
    types.create(ProductTypeInput(name="Gantungan kunci"))
    types.create(ProductTypeInput(name="Tatakan gelas"))
    makers = MakerService(db)
    makers.create(MakerInput(name="Budi"))
    makers.create(MakerInput(name="Sari"))
    yield db
    db.dispose()


def _comparable(kind: str, rows: list[list[object]]) -> list[list[object]]:
    if kind == "stock-counts":  # expected stock depends on recipes, which are not transferred
        expected = KINDS[kind].headers.index("Stok tercatat")
        return [[c for i, c in enumerate(r) if i != expected] for r in rows]
    return rows


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_every_export_round_trips_through_import(
    db: Database, world: World, transfer: TransferService, fresh: Database, tmp_path: Path, suffix: str
) -> None:
    """Export each kind, import it into another database, export again: the same rows."""
    other = TransferService(fresh)
    for kind in ORDER:
        first = tmp_path / f"{kind}-1.{suffix}"
        count = transfer.export(kind, first)
        assert count > 0, kind
        result = other.import_file(kind, first)
        assert result.problems == (), (kind, result.problems)
        second = tmp_path / f"{kind}-2.{suffix}"
        other.export(kind, second)
        before = transfer.preview(kind, first, limit=1000)
        after = other.preview(kind, second, limit=1000)
        assert after.headers == before.headers
        assert _comparable(kind, after.rows) == _comparable(kind, before.rows), kind
    assert StockService(fresh).check_balances() == []
    with fresh.reading() as session:
        buyer = session.scalars(select(Buyer).where(Buyer.name == "Toko Ampera")).one()
        assert buyer.phone == "+62 812-7310-4471" and buyer.notes == '=HYPERLINK("x")'
        entry = session.scalars(select(ProductionEntry).where(ProductionEntry.good_qty == 1500)).one()
        assert entry.note == "-pagi" and entry.reject_qty == 12


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_reimporting_an_export_adds_nothing(
    db: Database, world: World, transfer: TransferService, tmp_path: Path, suffix: str
) -> None:
    for kind in ORDER:
        path = tmp_path / f"{kind}.{suffix}"
        rows = transfer.export(kind, path)
        before = fingerprint(db)
        result = transfer.import_file(kind, path)
        assert result.written and (result.created, result.updated) == (0, 0), (kind, result)
        assert result.unchanged == (rows if kind != "stock-counts" else 2)
        assert fingerprint(db) == before, kind


def test_second_import_of_a_new_file_creates_once(
    db: Database, world: World, transfer: TransferService, tmp_path: Path
) -> None:
    path = tmp_path / "produksi.csv"
    day = (YESTERDAY - timedelta(days=1)).strftime("%d/%m/%Y")
    path.write_text(
        "Tanggal;Kode desain;Pengrajin;Jumlah baik;Jumlah reject;Catatan\n"
        f"{day};GK-01;Budi;1.000;5;\n{day};GK-01;Budi;1.000;5;\n{day};tg-01;sari;20;0;sore\n",
        encoding="utf-8",
    )
    first = transfer.import_file("production", path)
    assert (first.created, first.unchanged, first.problems) == (3, 0, ())
    again = transfer.import_file("production", path)
    assert (again.created, again.unchanged) == (0, 3)
    assert StockService(db).on_hand(StockItemKind.DESIGN, world.keychain) == Decimal(1500 + 2000)
    assert StockService(db).check_balances() == []


def test_bad_rows_are_all_reported_and_nothing_is_written(
    db: Database, world: World, transfer: TransferService, tmp_path: Path
) -> None:
    future = (date.today() + timedelta(days=3)).strftime("%d/%m/%Y")
    path = tmp_path / "produksi.csv"
    path.write_text(
        "Tanggal,Kode desain,Pengrajin,Jumlah baik,Jumlah reject\n"
        "01/11/2026,GK-01,Budi,10,0\n"  # good (when today is later)
        "31/02/2026,GK-01,Budi,10,0\n"  # no such date
        "01/11/2026,XX-99,Budi,10,0\n"  # unknown design
        "01/11/2026,GK-01,Tono,10,0\n"  # unknown maker
        '01/11/2026,GK-01,Budi,"1,5",0\n'  # not whole pieces
        f"{future},GK-01,Budi,10,0\n"  # future
        "01/11/2026,GK-OLD,Sari,10,0\n",  # retired design
        encoding="utf-8",
    )
    before = fingerprint(db)
    result = transfer.import_file("production", path)
    assert not result.written and result.created == 0
    assert [(p.row, p.field, p.code) for p in result.problems] == [
        (3, "produced_on", "not_a_date"),
        (4, "design", "unknown_design"),
        (5, "maker", "unknown_maker"),
        (6, "good_qty", "too_many_decimals"),
        (7, "produced_on", "future_date"),
        (8, "design", "design_retired"),
    ]
    assert fingerprint(db) == before
    assert "XX-99" in render(result.problems[1].code, dict(result.problems[1].params))


def test_one_bad_design_refuses_the_good_ones_too(
    db: Database, world: World, transfer: TransferService, tmp_path: Path
) -> None:
    path = tmp_path / "desain.csv"
    path.write_text(
        "\ufeffKode;Nama;Jenis produk;Harga;Status\n"
        "GK-02;Musi;Gantungan kunci;15.000;active\n"
        "GK-03;Kapal;Gantungan kunci;Rp 17.500;prototype\n"
        "TG-09;Songket;Sepatu;10000;active\n"  # unknown product type
        "gk-02;Musi lagi;Gantungan kunci;1;active\n"  # the same code twice
        "GK 04;Spasi;Gantungan kunci;1;aktif\n",  # bad code, bad status
        encoding="utf-8",
    )
    before = fingerprint(db)
    result = transfer.import_file("designs", path)
    assert [(p.row, p.field, p.code) for p in result.problems] == [
        (4, "product_type", "unknown_product_type"),
        (5, "code", "duplicate_in_file"),
        (6, "status", "invalid_choice"),
    ]
    assert fingerprint(db) == before
    path.write_text(path.read_text(encoding="utf-8").split("TG-09")[0], encoding="utf-8")
    result = transfer.import_file("designs", path)
    assert result.written and result.created == 2
    with db.reading() as session:
        prices = dict(session.execute(select(DesignVariant.code, DesignVariant.price)).all())
    assert prices["GK-02"] == 15000 and prices["GK-03"] == 17500


def test_indonesian_numbers_and_dates_and_updates_by_code(
    db: Database, world: World, transfer: TransferService, tmp_path: Path
) -> None:
    path = tmp_path / "bahan.csv"
    path.write_text(
        'Kode,Nama,Satuan,Batas stok rendah,Pemasok,Aktif\nltx,Lateks,kg,"1.500,5",PT Karet,ya\n'
        'PGM,Pigmen merah,kg,"0,25",,tidak\nSBT,Sabut kelapa,kg,1.500,,1\n',
        encoding="utf-8",
    )
    result = transfer.import_file("materials", path)
    assert (result.created, result.updated, result.problems) == (2, 1, ())
    with db.reading() as session:
        rows = {m.code: (m.low_stock_level, m.supplier, m.active) for m in session.scalars(select(Material))}
    assert rows["LTX"] == (Decimal("1500.5"), "PT Karet", True)
    assert rows["PGM"] == (Decimal("0.25"), "", False)
    assert rows["SBT"][0] == Decimal(1500)
    ambiguous = tmp_path / "ambigu.csv"
    ambiguous.write_text("Kode;Nama;Satuan;Batas stok rendah\nXYZ;X;kg;1.5\n", encoding="utf-8")
    (problem,) = transfer.import_file("materials", ambiguous).problems
    assert (problem.row, problem.code, problem.params["hint"]) == (2, "ambiguous_decimal", "1,5")


def test_buyers_match_on_normalised_phone_then_name_and_city(
    db: Database, world: World, transfer: TransferService, tmp_path: Path
) -> None:
    path = tmp_path / "pembeli.csv"
    path.write_text(
        "Nama;Telepon/WA;Kota;Jenis\n"
        "Toko Ampera Baru;0812 7310 4471;Palembang;shop\n"  # same phone as +62 812-7310-4471
        "dinas perindustrian;;PALEMBANG;agency\n"  # same name and city, no phone
        "Wisatawan;;Jakarta;tourist\n",
        encoding="utf-8",
    )
    result = transfer.import_file("buyers", path)
    assert (result.created, result.updated, result.unchanged, result.problems) == (1, 2, 0, ())
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Buyer)) == 3
        renamed = session.scalar(select(Buyer.name).where(Buyer.phone_normalized == "6281273104471"))
        assert renamed == "Toko Ampera Baru"
    bad = tmp_path / "bad.csv"
    bad.write_text("Nama;Telepon/WA;Jenis\n;123;shop\nA;abc;alien\n", encoding="utf-8")
    problems = transfer.import_file("buyers", bad).problems
    assert [(p.row, p.field, p.code) for p in problems] == [
        (2, "name", "required"),
        (3, "phone", "invalid_phone"),
        (3, "kind", "invalid_choice"),
    ]


def test_an_excel_csv_in_windows_1252_imports(
    db: Database, world: World, transfer: TransferService, tmp_path: Path
) -> None:
    path = tmp_path / "pembeli-excel.csv"
    text = "Nama,Kota,Catatan\r\nBu Dé,Palembang,Rp 5.000 per ½ lusin\r\nToko ‘Maju’,Lahat,\r\n"
    path.write_bytes(text.encode("cp1252"))
    result = transfer.import_file("buyers", path)
    assert (result.created, result.problems) == (2, ())
    with db.reading() as session:
        notes = {name: note for name, note in session.execute(select(Buyer.name, Buyer.notes))}
    assert notes["Bu Dé"] == "Rp 5.000 per ½ lusin" and "Toko ‘Maju’" in notes


def test_stock_count_fills_the_open_count_and_respects_a_posted_one(
    db: Database, world: World, transfer: TransferService, tmp_path: Path
) -> None:
    day = YESTERDAY.strftime("%d/%m/%Y")
    path = tmp_path / "opname.csv"
    path.write_text(
        f"Tanggal opname;Jenis barang;Kode;Jumlah dihitung\n{day};material;RNG;30\n{day};design;TG-01;39\n"
        f"{day};design;GK-01;1.490\n{day};design;TG-01;\n",
        encoding="utf-8",
    )
    result = transfer.import_file("stock-counts", path)
    assert (result.created, result.updated, result.unchanged, result.problems) == (2, 0, 1, ())
    counts = StockCountService(db)
    (count,) = counts.open_counts()
    counted = {ln.code: ln.counted for ln in counts.lines(count.id)}
    assert counted["RNG"] == 30 and counted["TG-01"] == 39 and counted["LTX"] == Decimal("12.5")
    counts.post(count.id, "opname bulanan")
    moved = fingerprint(db)
    assert transfer.import_file("stock-counts", path).written  # same values: accepted, nothing new
    assert fingerprint(db) == moved
    path.write_text(
        f"Tanggal opname;Jenis barang;Kode;Jumlah dihitung\n{day};design;TG-01;41\n", encoding="utf-8"
    )
    (problem,) = transfer.import_file("stock-counts", path).problems
    assert (problem.row, problem.code) == (2, "count_posted")
    with db.reading() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(StockMovement).where(StockMovement.kind == "adjustment")
            )
            == 4
        )


def test_missing_required_column_and_explicit_mapping(
    db: Database, world: World, transfer: TransferService, tmp_path: Path
) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Item;Nama barang;Unit\nLEM2;Lem kuning;litre\n", encoding="utf-8")
    result = transfer.import_file("materials", path)
    assert {(p.row, p.field, p.code) for p in result.problems} == {
        (1, "code", "missing_column"),
        (1, "name", "missing_column"),
    }
    preview = transfer.preview("materials", path)
    assert preview.mapping["code"] is None and preview.mapping["unit"] == 2 and preview.total_rows == 1
    mapping = {**preview.mapping, "code": 0, "name": 1, "unit": 2}
    assert transfer.import_file("materials", path, mapping).created == 1
