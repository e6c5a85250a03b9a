"""The aid sheet's overlap figures, counted without making every pair, equal those of the full list."""

from __future__ import annotations

from datetime import timedelta

from sentra_desktop.core.enums import AssistanceKind
from sentra_desktop.services.aid import AssistanceService
from sentra_desktop.services.aid_overlap import overlap_pairs, overlap_summary
from sentra_desktop.services.aid_report import AidReportService
from sentra_desktop.services.database import Database
from tests.services.test_aid import FIRST, moulds_set, setup  # noqa: F401  (a fixture)


def test_the_summary_counts_what_the_list_holds_for_any_items_shown(db: Database, setup: dict) -> None:  # noqa: F811
    aid = AssistanceService(db)
    ids = []
    for n, (programme, business) in enumerate(
        [("sida", "kkm"), ("ikm", "kkm"), ("sida2", "kkm"), ("ikm", "kdk"), ("sida", "kdk"), ("ikm", "kkm")]
    ):
        data = moulds_set(
            setup[programme], setup[business], FIRST + timedelta(days=40 * n), overlap_reason="ya"
        )
        ids.append(aid.create(data))
    machine = moulds_set(setup["sida"], None, FIRST, kind=AssistanceKind.MACHINE, description="Mesin")
    ids.append(aid.create(machine))
    with db.reading() as session:
        pairs = overlap_pairs(session, 24)
        assert len(pairs) >= 5
        for shown in (None, {ids[0]}, {ids[1], ids[3]}, {ids[-1]}, set()):
            summary = overlap_summary(session, 24, shown, 3)
            touching = [p for p in pairs if shown is None or p.first_id in shown or p.second_id in shown]
            assert summary.count == len(touching)
            assert summary.newest == touching[:3]
            assert summary.items == {p.first_id for p in pairs} | {p.second_id for p in pairs}
    sheet = AidReportService(db).assistance_sheet(date_to=FIRST + timedelta(days=40))
    assert [line.description for line in sheet.items] and sheet.overlap_count == len(
        [p for p in pairs if {p.first_id, p.second_id} & {ids[0], ids[1], ids[-1]}]
    )
