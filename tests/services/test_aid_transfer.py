"""Aid to and from a spreadsheet: all or nothing, unknown names listed by line, a re-import adds nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sentra_desktop.core.enums import AssistanceKind, Condition
from sentra_desktop.services import aid_transfer  # noqa: F401 - adds the "assistance" kind
from sentra_desktop.services.aid import (
    AgencyInput,
    AgencyService,
    AssistanceInput,
    AssistanceService,
    ProgrammeInput,
    ProgrammeService,
)
from sentra_desktop.services.database import Database
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.transfer import TransferService

HEADER = (
    "Instansi;Program;Tahun program;Tanggal terima;Penerima;Jenis;Uraian;Jumlah;Nilai;Nomor BAST;Kondisi\n"
)


@pytest.fixture
def known(db: Database) -> AssistanceService:
    agency = AgencyService(db).create(
        AgencyInput(name="Dinas Perindustrian Palembang", short_name="Disperin")
    )
    programme = ProgrammeService(db).create(
        ProgrammeInput(name="Bantuan Peralatan IKM", agency_id=agency, year="2025")
    )
    aid = AssistanceService(db)
    aid.create(
        AssistanceInput(
            programme,
            date(2025, 3, 9),
            AssistanceKind.MACHINE,
            "Mesin press",
            value=25_000_000,
            bast_number="027/BAST",
            condition=Condition.GOOD,
        )
    )
    return aid


def write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "bantuan.csv"
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    return path


def test_a_bad_file_is_refused_whole_with_each_line(
    db: Database, known: AssistanceService, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "Disperin;Bantuan Peralatan IKM;2025;01/04/2025;;peralatan;Gunting;2;50.000;030/BAST;baik\n",
        "Dinas Entah;Bantuan Peralatan IKM;2025;01/04/2025;;mesin;Bor;1;900.000;031/BAST;baik\n",
        "Disperin;Program Hilang;2025;01/04/2025;;mesin;Gerinda;1;700.000;032/BAST;baik\n",
        "Disperin;Bantuan Peralatan IKM;2025;01/04/2025;;mesin;Las;1;1.500,50;033/BAST;baik\n",
    )
    result = TransferService(db).import_file("assistance", path)
    assert [(p.row, p.field, p.code) for p in result.problems] == [
        (3, "agency", "unknown_agency"),
        (4, "programme", "unknown_programme"),
        (5, "value", "not_whole_rupiah"),
    ]
    assert result.created == 0 and known.count(ListQuery()) == 1  # the good first row was not kept


def test_export_then_reimport_adds_nothing(db: Database, known: AssistanceService, tmp_path: Path) -> None:
    transfer = TransferService(db)
    path = write(
        tmp_path,
        "disperin;bantuan peralatan ikm;2025;01/04/2025;;Peralatan;Gunting;2;50.000;030/BAST;Baik\n",
        "Disperin;Bantuan Peralatan IKM;;09/03/2025;;mesin;Mesin press;1;25.000.000;027/BAST;"
        "perlu perbaikan\n",
    )
    result = transfer.import_file("assistance", path)
    assert (result.created, result.updated, result.problems) == (1, 1, ())  # matched by BAST number
    rows = known.page(ListQuery(), 0, 10)
    assert [(r.description, r.kind, r.condition) for r in rows] == [
        ("Mesin press", AssistanceKind.MACHINE, Condition.NEEDS_REPAIR),
        ("Gunting", AssistanceKind.TOOLS, Condition.GOOD),
    ]
    out = tmp_path / "export.xlsx"
    assert transfer.export("assistance", out) == 2
    again = transfer.import_file("assistance", out)
    assert (again.created, again.updated, again.unchanged, again.problems) == (0, 0, 2, ())
    assert known.count(ListQuery()) == 2
