"""The Kinerja figures of many sentra side by side, each read from its replica by the sentra's own code.

A replica has exactly a sentra database's schema, so each row is :meth:`PerformanceService.figures`
run on that replica (the monthly summaries for whole months) and the event shares the Kinerja page
warns about; nothing is summed again here. Sentra are read one after another on the caller's
thread (the agency window runs this on a worker).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta

from sentra_desktop.core.agency_view import SentraFigures, is_silent
from sentra_desktop.core.performance import Period, add_months
from sentra_desktop.core.places import places
from sentra_desktop.services import performance
from sentra_desktop.services.agency.replicas import SentraReplica
from sentra_desktop.services.performance import PerformanceService

Progress = Callable[[int, int, str], None]


def region_name(replica: SentraReplica) -> str:
    """ "Kota Palembang, Sumatera Selatan" from the registry's codes; "" when it has none."""
    found = places()
    if replica.regency_code in found.regencies:
        return found.label(replica.regency_code)
    province = found.provinces.get(replica.province_code)
    return province.name if province is not None else ""


def in_area(replica: SentraReplica, province: str = "", regency: str = "") -> bool:
    """Whether the sentra lies in the province and the regency/city asked for ("" for any)."""
    if regency and replica.regency_code != regency:
        return False
    return (
        not province or replica.province_code == province or replica.regency_code.startswith(province + ".")
    )


def chosen(replicas: Iterable[SentraReplica], province: str = "", regency: str = "") -> list[SentraReplica]:
    """The sentra of the area, by name."""
    return sorted(
        (r for r in replicas if in_area(r, province, regency)),
        key=lambda r: (r.name.casefold(), str(r.sentra_uuid)),
    )


def sentra_figures(replica: SentraReplica, period: Period, today: date) -> SentraFigures:
    """One sentra's row: its own figures of ``period`` and its largest event share of the 12 months
    to the period's end, as its Kinerja page shows them."""
    figures = PerformanceService(replica.database).figures(period)
    with replica.database.reading() as session:
        year_start = add_months(period.end, -12) + timedelta(days=1)
        # The Kinerja page's own event shares (services/performance.py), not a sum of our own.
        shares = performance._event_shares(
            session, year_start, period.end, None, performance._events(session)
        )
    total = sum(a.value for a in shares)
    top = next((a for a in shares if a.key), None)
    return SentraFigures(
        key=str(replica.sentra_uuid),
        name=replica.name,
        region=region_name(replica),
        province_code=replica.province_code,
        regency_code=replica.regency_code,
        last_packet_at=replica.last_packet_at,
        silent=is_silent(replica.last_packet_at, today),
        figures=figures,
        top_event=top.name if top is not None else "",
        event_share=top.value / total * 100 if top is not None and total > 0 else None,
    )


def side_by_side(
    replicas: Sequence[SentraReplica],
    period: Period,
    *,
    today: date,
    progress: Progress | None = None,
) -> list[SentraFigures]:
    """A row per replica, in the order given; ``progress(done, total, name)`` after each."""
    rows = []
    for number, replica in enumerate(replicas):
        if progress is not None:
            progress(number, len(replicas), replica.name)
        rows.append(sentra_figures(replica, period, today))
    if progress is not None:
        progress(len(replicas), len(replicas), "")
    return rows
