"""Agencies, programmes and moulds from a spreadsheet: all or nothing, bad rows by line, no re-adding."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from sentra_desktop.cli import main
from sentra_desktop.core.enums import AgencyKind, AssistanceKind, Condition, ProgrammeKind
from sentra_desktop.db.models import Agency, Mould, MouldDesign, Programme
from sentra_desktop.services import aid_transfer  # noqa: F401 - adds the aid kinds
from sentra_desktop.services.aid import AssistanceInput, AssistanceService
from sentra_desktop.services.aid_sources import AgencyInput, AgencyService, ProgrammeInput, ProgrammeService
from sentra_desktop.services.database import Database
from sentra_desktop.services.transfer import KINDS, TransferService
from tests.services.test_stock import World, make_world

AGENCY_HEADER = "Nama;Nama singkat;Jenis;Kontak\n"
PROGRAMME_HEADER = "Instansi;Nama program;Tahun;Jenis\n"
MOULD_HEADER = (
    "Kode;Nama;Jenis produk;Desain;Jumlah rongga;Cetak per hari;Kondisi;Dipegang oleh;No. catatan bantuan\n"
)


def csv(tmp_path: Path, name: str, header: str, *lines: str) -> Path:
    path = tmp_path / name
    path.write_text(header + "".join(lines), encoding="utf-8-sig")
    return path


def xlsx(tmp_path: Path, name: str, *rows: list[object]) -> Path:
    """A workbook typed by hand: numbers as numbers, as Excel keeps them."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def rows(db: Database, model: type, *columns: str) -> list[tuple[object, ...]]:
    with db.reading() as session:
        found = session.scalars(select(model).order_by(model.id)).all()
        return [tuple(getattr(row, c) for c in columns) for row in found]


def test_the_kinds_come_before_the_aid_items_that_name_them() -> None:
    keys = list(KINDS)
    assert keys.index("agencies") < keys.index("programmes") < keys.index("assistance")
    assert "moulds" in keys


def test_agencies_import_once_and_round_trip(db: Database, tmp_path: Path) -> None:
    transfer = TransferService(db)
    path = csv(
        tmp_path,
        "instansi.csv",
        AGENCY_HEADER,
        "Dinas Perindustrian Kota Palembang;Disperin;Regional government;0711-123\n",
        "Kementerian Perindustrian;Kemenperin;kementerian;\n",
        "Bank Sumsel Babel;;bank_csr;\n",
    )
    first = transfer.import_file("agencies", path)
    assert (first.created, first.updated, first.unchanged, first.problems) == (3, 0, 0, ())
    assert rows(db, Agency, "short_name", "kind") == [
        ("Disperin", AgencyKind.REGIONAL_GOVERNMENT),
        ("Kemenperin", AgencyKind.MINISTRY),
        ("", AgencyKind.BANK_CSR),
    ]
    again = transfer.import_file("agencies", path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    out = tmp_path / "instansi.xlsx"
    assert transfer.export("agencies", out) == 3
    book = openpyxl.load_workbook(out)
    sheet = book.active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    assert header[:2] == ["No. catatan", "Nama"]
    sheet.cell(row=2, column=2, value="Bank Sumsel Babel (CSR)")  # renamed: the record id still names it
    book.save(out)
    renamed = transfer.import_file("agencies", out)
    assert (renamed.created, renamed.updated, renamed.unchanged) == (0, 1, 2)
    assert len(rows(db, Agency, "name")) == 3


def test_a_bad_agency_file_is_refused_whole(db: Database, tmp_path: Path) -> None:
    path = csv(
        tmp_path,
        "instansi.csv",
        AGENCY_HEADER,
        "Dinas Koperasi dan UKM;Diskop;regional_government;\n",
        "Universitas Sriwijaya;Unsri;sekolah;\n",
        "dinas koperasi dan ukm;;other;\n",
    )
    result = TransferService(db).import_file("agencies", path)
    assert [(p.row, p.field, p.code) for p in result.problems] == [
        (3, "kind", "invalid_choice"),
        (4, "name", "duplicate_in_file"),
    ]
    assert result.created == 0 and rows(db, Agency, "name") == []


@pytest.fixture
def agencies(db: Database) -> tuple[int, int]:
    service = AgencyService(db)
    return (
        service.create(AgencyInput(name="Dinas Perindustrian Kota Palembang", short_name="Disperin")),
        service.create(AgencyInput(name="Balitbangnovda Sumsel", short_name="Balitbangnovda")),
    )


def test_programmes_from_xlsx_name_their_agency_and_year(
    db: Database, agencies: tuple[int, int], tmp_path: Path
) -> None:
    transfer = TransferService(db)
    header = ["Instansi", "Nama program", "Tahun", "Jenis"]
    bad = xlsx(
        tmp_path,
        "program.xlsx",
        header,
        ["Disperin", "Bantuan Peralatan IKM", 2025, "Hibah peralatan"],
        ["Dinas Entah", "Pelatihan", 2025, "training"],
        ["Balitbangnovda", "SIDa", 1800, "mentoring"],
        ["Balitbangnovda", "SIDa", None, "mentoring"],
    )
    refused = transfer.import_file("programmes", bad)
    assert [(p.row, p.field, p.code) for p in refused.problems] == [
        (3, "agency", "unknown_agency"),
        (4, "year", "invalid_year"),
        (5, "year", "required"),
    ]
    assert rows(db, Programme, "name") == []
    good = xlsx(
        tmp_path,
        "program2.xlsx",
        header,
        ["Disperin", "Bantuan Peralatan IKM", 2025, "Equipment grant"],
        ["Disperin", "Bantuan Peralatan IKM", 2026, "equipment_grant"],  # another year: another programme
        ["balitbangnovda sumsel", "Pendampingan SIDa", 2024, "Pendampingan"],
    )
    first = transfer.import_file("programmes", good)
    assert (first.created, first.problems) == (3, ())
    assert rows(db, Programme, "agency_id", "year", "kind") == [
        (agencies[0], 2025, ProgrammeKind.EQUIPMENT_GRANT),
        (agencies[0], 2026, ProgrammeKind.EQUIPMENT_GRANT),
        (agencies[1], 2024, ProgrammeKind.MENTORING),
    ]
    assert transfer.import_file("programmes", good).unchanged == 3
    out = tmp_path / "program.csv"
    assert transfer.export("programmes", out) == 3
    again = transfer.import_file("programmes", out)
    assert (again.created, again.updated, again.unchanged, again.problems) == (0, 0, 3, ())


@pytest.fixture
def world(db: Database, agencies: tuple[int, int]) -> tuple[World, int]:
    world = make_world(db)
    programme = ProgrammeService(db).create(
        ProgrammeInput(name="Bantuan Peralatan IKM", agency_id=agencies[0], year="2025")
    )
    aid = AssistanceService(db).create(
        AssistanceInput(
            programme,
            date(2025, 3, 9),
            AssistanceKind.MOULD,
            "Cetakan gantungan kunci",
            condition=Condition.GOOD,
        )
    )
    return world, aid


def _links(db: Database) -> dict[str, set[int]]:
    with db.reading() as session:
        stmt = select(Mould.code, MouldDesign.design_id).join(MouldDesign, MouldDesign.mould_id == Mould.id)
        found: dict[str, set[int]] = {}
        for code, design_id in session.execute(stmt):
            found.setdefault(code, set()).add(design_id)
        return found


def test_moulds_import_with_their_designs_holder_and_aid(
    db: Database, world: tuple[World, int], tmp_path: Path
) -> None:
    w, aid = world
    transfer = TransferService(db)
    path = csv(
        tmp_path,
        "cetakan.csv",
        MOULD_HEADER,
        f"ctk-01;Ampera 12;Gantungan kunci;GK-01, TG-01;12;8;baik;IKM Karya Karet;{aid}\n",
        "CTK-02;Ampera 6;;gk-01;6;;Needs repair;;\n",
    )
    first = transfer.import_file("moulds", path)
    assert (first.created, first.problems) == (2, ())
    assert rows(db, Mould, "code", "cavities", "casts_per_day", "condition", "assistance_id") == [
        ("CTK-01", 12, 8, Condition.GOOD, aid),
        ("CTK-02", 6, 1, Condition.NEEDS_REPAIR, None),
    ]
    assert _links(db) == {"CTK-01": {w.keychain, w.coaster}, "CTK-02": {w.keychain}}  # two moulds, one design
    assert transfer.import_file("moulds", path).unchanged == 2
    out = tmp_path / "cetakan.xlsx"
    assert transfer.export("moulds", out) == 2
    again = transfer.import_file("moulds", out)
    assert (again.created, again.updated, again.unchanged, again.problems) == (0, 0, 2, ())
    # An empty designs cell unlinks nothing; a changed list relinks.
    changed = csv(
        tmp_path,
        "cetakan2.csv",
        MOULD_HEADER,
        f"CTK-01;Ampera 12;Gantungan kunci;;12;8;baik;IKM Karya Karet;{aid}\n",
        "CTK-02;Ampera 6;;TG-01;6;;perlu perbaikan;;\n",
    )
    result = transfer.import_file("moulds", changed)
    assert (result.updated, result.unchanged) == (1, 1)
    assert _links(db) == {"CTK-01": {w.keychain, w.coaster}, "CTK-02": {w.coaster}}


def test_a_bad_mould_file_lists_each_line_and_saves_nothing(
    db: Database, world: tuple[World, int], tmp_path: Path
) -> None:
    path = csv(
        tmp_path,
        "cetakan.csv",
        MOULD_HEADER,
        "CTK-01;Ampera;Gantungan kunci;GK-01;12;8;baik;;\n",
        "CTK-02;Nol;;GK-01;0;1;baik;;\n",
        "CTK-03;Entah;Mainan;GK-99;1;1;baik;IKM Tidak Ada;999999\n",
        "CTK-04;Rusak;;;1;1;hancur;;\n",
    )
    result = TransferService(db).import_file("moulds", path)
    assert [(p.row, p.field, p.code) for p in result.problems] == [
        (3, "cavities", "not_positive"),
        (4, "product_type", "unknown_product_type"),
        (4, "designs", "unknown_design"),
        (4, "holder", "unknown_member"),
        (4, "aid", "unknown_aid"),
        (5, "condition", "invalid_choice"),
    ]
    assert rows(db, Mould, "code") == []


def test_the_command_line_imports_and_exports_moulds(
    db: Database, world: tuple[World, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = str(db.engine.url.render_as_string(hide_password=False))
    bad = csv(tmp_path, "cetakan.csv", MOULD_HEADER, "CTK-09;Nol;;GK-01;0;1;baik;;\n")
    assert main(["--db-url", url, "import", "moulds", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "baris 2, Jumlah rongga:" in err and "tidak ada yang diimpor: 1 baris salah" in err
    good = csv(tmp_path, "cetakan2.csv", MOULD_HEADER, "CTK-09;Ampera;;GK-01;4;10;baik;;\n")
    assert main(["--db-url", url, "import", "moulds", str(good)]) == 0
    assert "moulds: 1 baris, 1 baru" in capsys.readouterr().out
    out = tmp_path / "cetakan.xlsx"
    assert main(["--db-url", url, "export", "moulds", "--out", str(out)]) == 0
    assert main(["--db-url", url, "import", "moulds", str(out)]) == 0
    assert "0 baru, 0 diubah, 1 sudah ada" in capsys.readouterr().out
    for kind in ("agencies", "programmes"):
        path = tmp_path / f"{kind}.csv"
        assert main(["--db-url", url, "export", kind, "--out", str(path)]) == 0
        assert main(["--db-url", url, "import", kind, str(path)]) == 0
        assert "0 baru, 0 diubah" in capsys.readouterr().out
