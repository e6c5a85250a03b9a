"""Aid overlaps across sentra and agencies, and the agency-wide Laporan Bantuan, with planted overlaps."""

from __future__ import annotations

from datetime import date

from sentra_desktop.services.agency.replicas import SentraReplica
from sentra_desktop.services.agency.view import AgencyViewService
from sentra_desktop.services.aid_use import AidUseService
from sentra_desktop.services.listing import ListQuery
from tests.agency_replicas import PLANTED_TWICE, PLANTED_TWO, TODAY


def service(replicas: list[SentraReplica]) -> AgencyViewService:
    return AgencyViewService(replicas[0].database, lambda: replicas)


def test_every_sentras_own_overlaps_are_found_and_told_apart_by_agency(replicas: list[SentraReplica]) -> None:
    found = service(replicas).overlaps()
    for r in replicas:  # exactly each sentra's own list, nothing more, nothing lost
        own = AidUseService(r.database).overlaps()
        mine = [o for o in found if o.sentra_key == str(r.sentra_uuid)]
        assert sorted(
            (o.line.first, o.line.first_on, o.line.second, o.line.second_on) for o in mine
        ) == sorted((p.first, p.first_on, p.second, p.second_on) for p in own)
    two = [o for o in found if o.line.second == PLANTED_TWO]
    twice = [o for o in found if o.line.second == PLANTED_TWICE]
    assert [(o.sentra, o.same_agency, o.line.kind) for o in two] == [
        ("Sentra Karet Palembang", False, "machine")
    ]
    assert [(o.sentra, o.same_agency, o.line.kind) for o in twice] == [
        ("Sentra Sabutret Banyuasin", True, "tools")
    ]
    assert two[0].line.first_agency == "Dinas Perindustrian Sumsel"
    assert two[0].line.second_agency == "Dinas Koperasi UKM"
    assert [o.line.second_on for o in found] == sorted((o.line.second_on for o in found), reverse=True)
    # The planted ones are in the first two sentra only: the area filter keeps them apart.
    assert not [o for o in service(replicas).overlaps("32") if o.line.second in (PLANTED_TWO, PLANTED_TWICE)]


def test_the_overlap_list_pages_one_reading_and_keeps_one_sort(replicas: list[SentraReplica]) -> None:
    reads: list[ListQuery] = []
    view = service(replicas)
    source = view.overlap_list()
    inner = source.read
    source.read = lambda q: reads.append(q) or inner(q)  # type: ignore[func-returns-value]
    everything = ListQuery(filters={"reading": 1, "province": "16"})
    total = source.count(everything)
    assert source.page(everything, 0, 2) == view.overlaps("16")[:2]
    same = ListQuery(filters={"reading": 1, "province": "16", "same_agency": True})
    assert 0 < source.count(same) < total
    assert all(o.same_agency for o in source.page(same, 0, 1000))
    assert len(reads) == 2  # once per reading and sort, not per page


def test_the_agency_aid_report_folds_every_sentras_own_sheet(replicas: list[SentraReplica]) -> None:
    start, end = date(2026, 1, 1), TODAY
    sheet = service(replicas).aid_sheet(start, end, today=TODAY)
    assert sheet.sentra == sorted(r.name for r in replicas)
    assert sheet.silent == ["Sentra Kriya Bandung", "Sentra Sabutret Banyuasin"]
    from sentra_desktop.services.aid_report import AidReportService

    own = [AidReportService(r.database).assistance_sheet(start, end) for r in replicas]
    assert sheet.total_value == sum(s.total_value for s in own)
    assert sum(line.items for line in sheet.lines) == sum(len(s.items) for s in own)
    assert sheet.overlap_count == sum(s.overlap_count for s in own)
    # One agency spelt two ways in two sentra is one agency on the report.
    dinas = [line for line in sheet.lines if line.agency == "Dinas Perindustrian Sumsel"]
    assert {line.sentra for line in dinas} == {"Sentra Karet Palembang", "Sentra Sabutret Banyuasin"}
    assert [line.items for line in dinas if line.sentra == "Sentra Sabutret Banyuasin"] == [2]
    assert {o.line.second for o in sheet.overlaps} >= {PLANTED_TWO, PLANTED_TWICE}
    agencies = [line.agency.casefold() for line in sheet.lines]
    assert agencies == sorted(agencies)
