"""The agency demo: an agency database filled from generated sentra by real packets.

Each sentra is generated like ``demo-data`` (its own seed, so its records and its identity
differ), given its own name and place, and hands its records over the way a real one does: a
full packet first, a packet of later changes after it, each written by the sentra's own exporter
and imported by the agency. One of them last sent a packet four months ago, so the registry warns
about it. Every generated sentra keeps the demo's aid from several agencies, so the same kinds of
item reach several sentra from overlapping agencies.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from sentra_desktop.core import i18n
from sentra_desktop.core.errors import SentraError, ValidationError
from sentra_desktop.core.i18n import QT_TRANSLATE_NOOP
from sentra_desktop.db.models import Buyer, SentraProfile
from sentra_desktop.db.types import utcnow
from sentra_desktop.demo import DemoOptions, load_demo_data
from sentra_desktop.services.agency.service import AgencyService
from sentra_desktop.services.agency.store import Agency
from sentra_desktop.services.database import Database
from sentra_desktop.services.packet.export import export_packet

Progress = Callable[[int, int, str], None]

MAX_SENTRA = 50
QUIET_DAYS = 122  # the sentra not heard from: its last packet came four months ago


@dataclass(frozen=True)
class DemoSentra:
    name: str
    address: str
    city: str
    province: str


SUMSEL = "Sumatera Selatan"
SENTRA = (
    DemoSentra("Sentra Souvenir Karet Talang Kedondong", "Jl. Talang Kedondong RT 09", "Palembang", SUMSEL),
    DemoSentra("Sentra Sabutret Talang Jambe", "Jl. Talang Jambe No. 12, Sukarami", "Palembang", SUMSEL),
    DemoSentra("Sentra Karet Rakyat Sembawa", "Jl. Raya Sembawa Km 29", "Banyuasin", SUMSEL),
    DemoSentra("Sentra Kerajinan Karet Prabumulih", "Jl. Jenderal Sudirman No. 40", "Prabumulih", SUMSEL),
    DemoSentra("Sentra Sandal Karet Baturaja", "Jl. Dr. Moh. Hatta No. 7", "Ogan Komering Ulu", SUMSEL),
    DemoSentra("Sentra Souvenir Kayuagung", "Jl. Letnan Muchtar Saleh No. 3", "Ogan Komering Ilir", SUMSEL),
    DemoSentra("Sentra Karet Lubuklinggau", "Jl. Yos Sudarso No. 18", "Lubuklinggau", SUMSEL),
    DemoSentra("Sentra Kriya Karet Muara Enim", "Jl. Bambang Utoyo No. 5", "Muara Enim", SUMSEL),
    DemoSentra("Sentra Karet dan Rotan Jambi", "Jl. Kapten Pattimura No. 21", "Kota Jambi", "Jambi"),
    DemoSentra("Sentra Anyaman Karet Bengkulu", "Jl. Salak Raya No. 9", "Kota Bengkulu", "Bengkulu"),
    DemoSentra("Sentra Souvenir Karet Bandar Lampung", "Jl. Teuku Umar No. 33", "Bandar Lampung", "Lampung"),
    DemoSentra(
        "Sentra Kerajinan Karet Pangkalpinang",
        "Jl. Jenderal Sudirman No. 2",
        "Pangkalpinang",
        "Kepulauan Bangka Belitung",
    ),
)

_STEP = QT_TRANSLATE_NOOP("DemoAgency", "Sentra {number} of {total}: {name}")
_DONE = QT_TRANSLATE_NOOP("DemoAgency", "Done")


@dataclass(frozen=True)
class AgencyDemoSummary:
    sentra: int
    packets: int
    records: int
    quiet: str  # the sentra not heard from for four months


def place_of(number: int) -> DemoSentra:
    """The ``number``-th sentra (from 0); beyond the named twelve, numbered variants of them."""
    base = SENTRA[number % len(SENTRA)]
    if number < len(SENTRA):
        return base
    return DemoSentra(f"{base.name} {number // len(SENTRA) + 1}", base.address, base.city, base.province)


def load_agency_demo(
    agency: Agency,
    sentra: int = 12,
    years: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
    days: int | None = None,
) -> AgencyDemoSummary:
    """Generate ``sentra`` sentra and import their packets into the empty ``agency``.

    Each sentra has ``years`` of history (or ``days``, for a quick test).

    Raises:
        SentraError: ``demo_not_empty`` when the agency already registered a sentra.
        ValidationError: ``sentra`` is below 1 or above :data:`MAX_SENTRA`.
    """
    if not 1 <= sentra <= MAX_SENTRA:
        raise ValidationError.single("sentra", "too_large", max=MAX_SENTRA)
    service = AgencyService(agency)
    if service.registry():
        raise SentraError("demo_not_empty")
    last = today or date.today()
    quiet = min(sentra - 1, 7)
    packets = records = 0
    with tempfile.TemporaryDirectory(prefix="sentra-demo-agency-") as work:
        folder = Path(work)
        for number in range(sentra):
            place = place_of(number)
            if progress is not None:
                label = i18n.translate(
                    "DemoAgency", _STEP, None, number=number + 1, total=sentra, name=place.name
                )
                progress(number, sentra, label)
            ends = last - timedelta(days=QUIET_DAYS) if number == quiet and sentra > 1 else last
            db = Database.open(f"sqlite:///{(folder / f'sentra-{number}.sqlite3').as_posix()}")
            try:
                load_demo_data(db, DemoOptions(seed=2026 + number, days=days or 365 * years, today=ends))
                _name(db, place)
                clock = (lambda: utcnow() - timedelta(days=QUIET_DAYS)) if ends != last else utcnow
                first = export_packet(db, _made(folder / f"{number}-full"), full=True)
                records += AgencyService(agency, clock=clock).import_packet(first.path).inserted
                _later_changes(db, number)
                later = export_packet(db, _made(folder / f"{number}-later"))
                AgencyService(agency, clock=clock).import_packet(later.path)
                packets += 2
            finally:
                db.dispose()
    if progress is not None:
        progress(sentra, sentra, i18n.translate("DemoAgency", _DONE))
    return AgencyDemoSummary(sentra, packets, records, place_of(quiet).name if sentra > 1 else "")


def _made(folder: Path) -> Path:
    folder.mkdir()
    return folder


def _name(db: Database, place: DemoSentra) -> None:
    """The generated sentra under its own name and place (an edit, so it travels like any other)."""
    with db.transaction() as session:
        profile = session.scalars(select(SentraProfile).order_by(SentraProfile.id)).first()
        assert profile is not None
        profile.name, profile.address = place.name, place.address
        profile.city, profile.province = place.city, place.province


def _later_changes(db: Database, number: int) -> None:
    """What happens between two packets: a buyer's details change."""
    with db.transaction() as session:
        buyer = session.scalars(select(Buyer).order_by(Buyer.id).offset(number % 5)).first()
        if buyer is not None:
            buyer.notes = (buyer.notes + " Dikunjungi pendamping dinas.").strip()
