"""Sentra replicas for the agency view's tests and bench: ordinary sentra databases filled by the
demo generator (a seed each), registered as :class:`SentraReplica` without any packet."""

from __future__ import annotations

import shutil
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

from sentra_desktop.core.enums import AssistanceKind, Condition
from sentra_desktop.demo import DemoOptions, load_demo_data
from sentra_desktop.services.agency.replicas import SentraReplica
from sentra_desktop.services.aid import (
    AgencyInput,
    AgencyService,
    AssistanceInput,
    AssistanceService,
    ProgrammeInput,
    ProgrammeService,
)
from sentra_desktop.services.database import Database
from sentra_desktop.services.members import MemberService

TODAY = date(2026, 6, 30)  # the demo's last day: the figures never move with the calendar
# name, province, regency of the test sentra (Kemendagri codes)
SENTRA = (
    ("Sentra Karet Palembang", "16", "16.71"),
    ("Sentra Sabutret Banyuasin", "16", "16.07"),
    ("Sentra Kriya Bandung", "32", "32.73"),
)


def demo_file(folder: Path, seed: int, days: int = 400) -> Path:
    """A sentra database file of ``days`` days of demo data (seed ``seed``)."""
    path = folder / f"sentra-{seed}.sqlite3"
    db = Database.open(f"sqlite:///{path}")
    try:
        load_demo_data(db, DemoOptions(seed=seed, days=days, today=TODAY))
    finally:
        db.dispose()
    return path


def replica(
    path: Path, name: str, province: str, regency: str, last_packet_at: datetime | None, number: int = 0
) -> SentraReplica:
    return SentraReplica(
        sentra_uuid=uuid.UUID(int=number + 1),
        name=name,
        address=f"Jl. Uji {number}",
        province_code=province,
        regency_code=regency,
        key_fingerprint="a1b2 c3d4 e5f6 0708 090a 0b0c 0d0e 0f10",
        last_seq=100 + number,
        last_packet_at=last_packet_at,
        database=Database.open(f"sqlite:///{path}", migrate=False),
    )


def copies(source: Path, folder: Path, count: int) -> list[Path]:
    """``count`` copies of one sentra file (the bench's fifty small sentra)."""
    paths = []
    for n in range(count):
        target = folder / f"copy-{n}.sqlite3"
        shutil.copyfile(source, target)
        paths.append(target)
    return paths


PLANTED_TWO = "Mesin press tanam (dua dinas)"
PLANTED_TWICE = "Perkakas tanam (satu dinas dua kali)"


def plant_overlaps(first: Database, second: Database, day: date = TODAY - timedelta(days=60)) -> None:
    """Overlaps put in by hand: in ``first`` a machine for one member business from two agencies;
    in ``second`` tools for one member business twice from one agency's two programmes (its name
    spelt as in ``first``, with other case and spacing)."""
    two = [("Dinas Perindustrian Sumsel", "Hibah Mesin"), ("Dinas Koperasi UKM", "Mesin UKM")]
    _plant(first, two, AssistanceKind.MACHINE, PLANTED_TWO, day)
    once = "Dinas Perindustrian  SUMSEL"
    _plant(second, [(once, "Perkakas 1"), (once, "Perkakas 2")], AssistanceKind.TOOLS, PLANTED_TWICE, day)


def _plant(db: Database, givers: list[tuple[str, str]], kind: AssistanceKind, what: str, day: date) -> None:
    member = MemberService(db).choices()[0].id
    agencies: dict[str, int] = {}
    for number, (agency, programme) in enumerate(givers):
        if agency not in agencies:
            agencies[agency] = AgencyService(db).create(AgencyInput(name=agency))
        made = ProgrammeService(db).create(
            ProgrammeInput(name=programme, agency_id=agencies[agency], year=day.year)
        )
        AssistanceService(db).create(
            AssistanceInput(
                programme_id=made,
                received_on=day + timedelta(days=30 * number),
                kind=kind,
                description=what,
                member_business_id=member,
                quantity=1,
                value=5_000_000,
                condition=Condition.GOOD,
                overlap_reason="ditanam untuk uji" if number else "",
            )
        )


def demo_replicas(folder: Path, heard: tuple[datetime | None, ...]) -> list[SentraReplica]:
    """The three test sentra (seeds 11, 12, 13) last heard from at ``heard``, overlaps planted in the
    first two."""
    made = [
        replica(demo_file(folder, 11 + n), name, province, regency, heard[n], n)
        for n, (name, province, regency) in enumerate(SENTRA)
    ]
    plant_overlaps(made[0].database, made[1].database)
    return made
