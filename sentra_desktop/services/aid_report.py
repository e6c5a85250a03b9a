"""What the Laporan Bantuan sheet prints, gathered for a period and optionally one agency."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select

from sentra_desktop.core.aid_sheet import MAX_OVERLAPS_PRINTED, AidLine, AssistanceSheetData, OverlapLine
from sentra_desktop.core.errors import SentraError
from sentra_desktop.db.models import Agency
from sentra_desktop.services.aid import OVERLAP_WINDOW_MONTHS
from sentra_desktop.services.aid_overlap import overlap_summary
from sentra_desktop.services.aid_use import item_use
from sentra_desktop.services.base import Service
from sentra_desktop.services.report_data import ReportDataService
from sentra_desktop.services.sentra_settings import SentraSettingService


class UnknownAgencyError(SentraError):
    code = "unknown_agency"


class AidReportService(Service):
    """Gathers the assistance sheet in one snapshot."""

    def assistance_sheet(
        self, date_from: date | None = None, date_to: date | None = None, agency: str | None = None
    ) -> AssistanceSheetData:
        """Items received from ``date_from`` to ``date_to`` (either may be open), by agency and programme.

        ``agency`` is an agency's name or short name (any case); an unknown one raises
        :class:`UnknownAgencyError`. Overlaps are listed when either of their items is shown.
        """
        sentra = ReportDataService(self.db).sentra()
        window = SentraSettingService(self.db).get(OVERLAP_WINDOW_MONTHS)
        today = date.today()
        with self.db.reading() as session:
            agency_names: set[str] | None = None
            if agency:
                wanted = agency.strip().lower()
                found = session.execute(
                    select(Agency.name, Agency.short_name).where(
                        or_(func.lower(Agency.name) == wanted, func.lower(Agency.short_name) == wanted)
                    )
                ).first()
                if found is None:
                    raise UnknownAgencyError(value=agency)
                agency_names = {found[0], found[1] or found[0]}
            uses = item_use(session, today)
            shown = [
                use
                for use in uses
                if (date_from is None or use.received_on >= date_from)
                and (date_to is None or use.received_on <= date_to)
                and (agency_names is None or use.agency in agency_names)
            ]
            everything = len(shown) == len(uses)
            # Counted, not made: only the printed pairs become objects (100,000 on the large demo).
            summary = overlap_summary(
                session, window, None if everything else {use.id for use in shown}, MAX_OVERLAPS_PRINTED
            )
        overlapping = summary.items
        items = sorted(
            (
                AidLine(
                    use.id,
                    use.received_on,
                    use.description,
                    use.kind.value,
                    use.agency,
                    use.programme,
                    use.recipient,
                    use.quantity,
                    use.value,
                    use.condition.value if use.condition else None,
                    use.status.value,
                    use.pieces,
                    use.last_used,
                    use.idle,
                    use.id in overlapping,
                )
                for use in shown
            ),
            key=lambda line: (line.agency, line.programme, line.received_on, line.id),
        )
        # Every overlap of the items shown is counted; only the newest are printed (lines made for those).
        overlaps = [
            OverlapLine(
                pair.kind.value,
                pair.recipient,
                pair.first,
                pair.first_agency,
                pair.first_on,
                pair.first_value,
                pair.second,
                pair.second_agency,
                pair.second_on,
                pair.second_value,
            )
            for pair in summary.newest
        ]
        return AssistanceSheetData(sentra, date_from, date_to, agency, items, overlaps, summary.count)
