"""What the agency window and the agency's sheets read: every registered sentra side by side.

One service over the agency database (for the permission hook) and the registry's replicas,
asked for afresh on every call so a packet just imported shows. Every action is a read, allowed
to every role; agency mode runs without a login, as the agency operator.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sentra_desktop.core import i18n
from sentra_desktop.core.agency_view import (
    AgencyAidData,
    AgencyOverlap,
    ComparisonData,
    SentraFigures,
    is_silent,
)
from sentra_desktop.core.performance import Period
from sentra_desktop.core.places import places
from sentra_desktop.core.sheets import SentraInfo
from sentra_desktop.services import roles
from sentra_desktop.services.agency import aid, overview
from sentra_desktop.services.agency.replicas import SentraReplica
from sentra_desktop.services.base import Service
from sentra_desktop.services.database import Database
from sentra_desktop.services.listing import ListQuery

_READS = (
    "office",
    "areas",
    "registered",
    "comparison",
    "comparison_sheet",
    "overlaps",
    "overlap_list",
    "aid_sheet",
)
ROLES: dict[str, tuple[str, ...]] = {f"agency_view.{method}": roles.EVERY_ROLE for method in _READS}
roles.READS.update(ROLES)  # reads, also for the agency operator who does not log in

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class RegisteredSentra:
    """One line of the Paket page: a sentra, its key, its last packet and whether it is silent."""

    key: str
    name: str
    region: str
    key_fingerprint: str
    last_seq: int
    last_packet_at: datetime | None
    silent: bool


class AgencyViewService(Service, domain="agency_view"):
    """The side-by-side figures, the overlaps and the Laporan Bantuan of every registered sentra."""

    def __init__(
        self, db: Database, replicas: Callable[[], Sequence[SentraReplica]], office: SentraInfo | None = None
    ) -> None:
        super().__init__(db)
        self._replicas = replicas
        self._office = office

    def office(self) -> SentraInfo:
        """The agency as its sheets' page heads print it."""
        return self._office or SentraInfo(i18n.translate("AgencyView", "Sentra of the agency"))

    def _chosen(self, province: str, regency: str) -> list[SentraReplica]:
        return overview.chosen(self._replicas(), province, regency)

    def areas(self) -> list[tuple[str, str]]:
        """(code, name) of the provinces and then the regencies/cities the registered sentra lie in."""
        found = places()
        provinces = {r.province_code for r in self._replicas() if r.province_code in found.provinces}
        regencies = {r.regency_code for r in self._replicas() if r.regency_code in found.regencies}
        return sorted((c, found.provinces[c].name) for c in provinces) + sorted(
            (c, found.label(c)) for c in regencies
        )

    def registered(
        self, province: str = "", regency: str = "", today: date | None = None
    ) -> list[RegisteredSentra]:
        """Every sentra of the area, by name, with its last packet and the not-heard-from warning."""
        today = today or date.today()
        return [
            RegisteredSentra(
                str(r.sentra_uuid),
                r.name,
                overview.region_name(r),
                r.key_fingerprint,
                r.last_seq,
                r.last_packet_at,
                is_silent(r.last_packet_at, today),
            )
            for r in self._chosen(province, regency)
        ]

    def comparison(
        self,
        period: Period,
        province: str = "",
        regency: str = "",
        *,
        today: date | None = None,
        progress: Progress | None = None,
    ) -> list[SentraFigures]:
        """Every sentra of the area's Kinerja figures of ``period``, by name."""
        return overview.side_by_side(
            self._chosen(province, regency), period, today=today or date.today(), progress=progress
        )

    def comparison_sheet(
        self,
        period: Period,
        province: str = "",
        regency: str = "",
        *,
        today: date | None = None,
        progress: Progress | None = None,
    ) -> ComparisonData:
        """The printed comparison: the same rows as :meth:`comparison`."""
        rows = self.comparison(period, province, regency, today=today, progress=progress)
        return ComparisonData(
            self.office(), period.start, period.end, self._area_name(province, regency), rows
        )

    def overlaps(
        self, province: str = "", regency: str = "", progress: Progress | None = None
    ) -> list[AgencyOverlap]:
        """Every aid overlap of every sentra of the area, newest first."""
        return aid.overlaps(self._chosen(province, regency), progress)

    def overlap_list(self) -> aid.AgencyOverlapList:
        """The Tumpang tindih list source; its query's ``province``/``regency`` filters choose the area."""
        return aid.AgencyOverlapList(self._read_overlaps)

    def _read_overlaps(self, query: ListQuery) -> list[AgencyOverlap]:
        return self.overlaps(
            str(query.filters.get("province") or ""), str(query.filters.get("regency") or "")
        )

    def aid_sheet(
        self,
        date_from: date | None = None,
        date_to: date | None = None,
        province: str = "",
        regency: str = "",
        *,
        today: date | None = None,
        progress: Progress | None = None,
    ) -> AgencyAidData:
        """The agency-wide Laporan Bantuan of the area, items received from ``date_from`` to ``date_to``."""
        today = today or date.today()
        chosen = self._chosen(province, regency)
        silent = [r.name for r in chosen if is_silent(r.last_packet_at, today)]
        return aid.aid_report(
            chosen,
            date_from,
            date_to,
            office=self.office(),
            area=self._area_name(province, regency),
            silent=silent,
            progress=progress,
        )

    @staticmethod
    def _area_name(province: str, regency: str) -> str:
        found = places()
        if regency and regency in found.regencies:
            return found.label(regency)
        if province and province in found.provinces:
            return found.provinces[province].name
        return ""


class OpenReplicas:
    """The registry's replicas, opened once (opening checks each replica's schema) and kept until
    :meth:`refresh` after a packet came in; callable from any thread."""

    def __init__(self, read: Callable[[], list[SentraReplica]]) -> None:
        self._read = read
        self._open: list[SentraReplica] | None = None
        self._lock = threading.Lock()

    def __call__(self) -> list[SentraReplica]:
        with self._lock:
            if self._open is None:
                self._open = self._read()
            return self._open

    def refresh(self) -> None:
        """Read the registry again at the next call (a sentra registered, a replica replaced)."""
        with self._lock:
            old, self._open = self._open, None
        for replica in old or []:
            replica.database.dispose()  # connections still reading finish first

    def close(self) -> None:
        self.refresh()
