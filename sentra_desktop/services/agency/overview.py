"""The Kinerja figures of many sentra side by side, each read from its replica by the sentra's own code.

A replica has exactly a sentra database's schema, so each row is the part of
:meth:`PerformanceService.figures` the table shows (:mod:`services.agency.figures`: the same
monthly-summary queries and value added, without the breakdowns no column prints) and the event
shares the Kinerja page warns about, read in one transaction; nothing is summed again here.

A replica changes only when a packet is merged into it, which moves its ``last_seq`` (or its
``last_packet_at``), so a sentra's figures of a period are kept under those and read again only
after its next packet: the first table after an import reads every changed sentra (two at a time,
about 20 ms each for a small demo sentra's year on SQLite at load 3.5-5), later ones (another
area, back to the same period) come from memory.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date
from typing import Any

from sentra_desktop.core import i18n
from sentra_desktop.core.agency_view import SentraFigures, is_silent
from sentra_desktop.core.performance import Period
from sentra_desktop.core.places import places
from sentra_desktop.services.agency.figures import event_shares, shown_figures
from sentra_desktop.services.agency.replicas import SentraReplica

Progress = Callable[[int, int, str], None]
READERS = 2  # SQLite files read at once: one is in SQLite while Python folds another's rows
SERVER_READERS = 4  # replicas on a server: its queries wait on the network and the server's cores
KEPT = 4096  # rows kept: 50 sentra times 80 periods
_kept: OrderedDict[tuple[Any, ...], SentraFigures] = OrderedDict()
_lock = threading.Lock()


def region_name(replica: SentraReplica) -> str:
    """ "Kota Palembang" (the province when the regency is unknown) from the registry's codes; ""
    when it has none. The province is the area filter's; a dozen columns leave no room for it."""
    found = places()
    if replica.regency_code in found.regencies:
        return found.regencies[replica.regency_code].name
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
    to the period's end, as its Kinerja page shows them, read in one transaction."""
    with replica.database.reading() as session:
        figures = shown_figures(session, period)
        shares = event_shares(session, period)
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


def _key(replica: SentraReplica, period: Period) -> tuple[Any, ...]:
    """What a row depends on: the replica's state, the period and the words of the names."""
    state = (replica.database.url, replica.sentra_uuid, replica.last_seq, replica.last_packet_at)
    return (*state, replica.name, replica.regency_code, replica.province_code, period.start, period.end,
            i18n.language())  # fmt: skip


def side_by_side(
    replicas: Sequence[SentraReplica],
    period: Period,
    *,
    today: date,
    progress: Progress | None = None,
) -> list[SentraFigures]:
    """A row per replica, in the order given; ``progress(done, total, name)`` as sentra are read.

    Rows kept from an earlier call for the same replica state and period are not read again;
    the not-heard-from flag is always of ``today``.
    """
    keys = [_key(r, period) for r in replicas]
    with _lock:
        found = {k: _kept[k] for k in keys if k in _kept}
    todo = [(k, r) for k, r in zip(keys, replicas, strict=True) if k not in found]
    done = 0

    def read(item: tuple[tuple[Any, ...], SentraReplica]) -> tuple[tuple[Any, ...], SentraFigures]:
        return item[0], sentra_figures(item[1], period, today)

    if progress is not None:
        progress(0, len(todo), "")
    server = any(not r.database.url.startswith("sqlite") for _k, r in todo)
    with ThreadPoolExecutor(SERVER_READERS if server else READERS) as pool:
        for key, row in pool.map(read, todo):
            found[key] = row
            done += 1
            if progress is not None:
                progress(done, len(todo), row.name)
    with _lock:
        for key, row in found.items():
            _kept[key] = row
            _kept.move_to_end(key)
        while len(_kept) > KEPT:
            _kept.popitem(last=False)
    return [
        replace(found[k], silent=is_silent(r.last_packet_at, today))
        for k, r in zip(keys, replicas, strict=True)
    ]


def forget() -> None:
    """Drop the kept rows (a test that rewrites a replica under the same sequence)."""
    with _lock:
        _kept.clear()
