"""The yearly IKM data sheet: what an agency's small-industry survey asks of each member business.

Plain data filled by ``services/ikm_year.py`` and laid out by ``reports/ikm_year.py`` (PDF) and
:func:`ikm_rows` (the spreadsheet), so paper and sheet carry the same figures in the same words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sentra_desktop.core import i18n
from sentra_desktop.core.formatting import format_date, format_rupiah, format_thousands
from sentra_desktop.core.i18n import QT_TRANSLATE_NOOP
from sentra_desktop.core.sheets import SentraInfo


class Area(StrEnum):
    """Where a buyer is, seen from the sentra: the survey's three areas, or not known."""

    SAME_REGENCY = "same_regency"
    PROVINCE = "province"  # another regency/city of the sentra's province
    OTHER_PROVINCE = "other_province"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class AidLine:
    """One aid item or guidance a member business received in the year."""

    received_on: date
    description: str
    agency: str
    value: int


@dataclass(frozen=True)
class IkmMemberYear:
    """One member business's year."""

    name: str
    owner: str
    workers: int  # makers with production in the year
    output_pieces: int
    output_value: int  # good pieces at the designs' list prices
    sales: int
    material_cost: int
    sales_by_area: tuple[tuple[Area, int], ...]
    events: tuple[str, ...]
    aid: tuple[AidLine, ...]
    workers_pay: int = 0  # balas jasa pekerja: the piece-rate pay of the paid periods inside the year

    @property
    def value_added(self) -> int:
        return self.sales - self.material_cost

    def area(self, area: Area) -> int:
        return dict(self.sales_by_area).get(area, 0)


@dataclass(frozen=True)
class IkmYearData:
    """The sheet: the sentra, the year, every member business, and the sentra's mentoring visits."""

    sentra: SentraInfo
    year: int
    members: tuple[IkmMemberYear, ...]
    visits: tuple[str, ...] = ()  # "dd/mm/yyyy — mentors (agency)" of the year


AREA_LABELS = {
    Area.SAME_REGENCY: QT_TRANSLATE_NOOP("IkmYear", "Sales in the same regency/city"),
    Area.PROVINCE: QT_TRANSLATE_NOOP("IkmYear", "Sales to other regencies/cities of the province"),
    Area.OTHER_PROVINCE: QT_TRANSLATE_NOOP("IkmYear", "Sales to other provinces"),
    Area.UNKNOWN: QT_TRANSLATE_NOOP("IkmYear", "Sales, place not recorded"),
}


def ikm_rows(member: IkmMemberYear) -> list[tuple[str, str]]:
    """(figure, value) of one member business, as printed and as exported."""
    rows = [
        (i18n.translate("IkmYear", "Owner"), member.owner or "–"),
        (i18n.translate("IkmYear", "Workers (makers active in the year)"), format_thousands(member.workers)),
        (i18n.translate("IkmYear", "Workers' pay (piece-rate pay paid)"), format_rupiah(member.workers_pay)),
        (i18n.translate("IkmYear", "Output (good pieces)"), format_thousands(member.output_pieces)),
        (i18n.translate("IkmYear", "Output value (list prices)"), format_rupiah(member.output_value)),
        (i18n.translate("IkmYear", "Sales value"), format_rupiah(member.sales)),
        (i18n.translate("IkmYear", "Cost of materials used"), format_rupiah(member.material_cost)),
        (i18n.translate("IkmYear", "Value added"), format_rupiah(member.value_added)),
    ]
    rows += [
        (i18n.translate("IkmYear", AREA_LABELS[area]), format_rupiah(member.area(area))) for area in Area
    ]
    rows.append((i18n.translate("IkmYear", "Sales events attended"), ", ".join(member.events) or "–"))
    aid = "; ".join(
        f"{format_date(a.received_on)} {a.description} ({a.agency}, {format_rupiah(a.value)})"
        for a in member.aid
    )
    rows.append((i18n.translate("IkmYear", "Aid and guidance received"), aid or "–"))
    return rows


def ikm_table(data: IkmYearData) -> tuple[list[str], list[list[object]]]:
    """One row per member business with plain numbers, for a spreadsheet; the headers are the
    printed sheet's words."""
    headers = [
        i18n.translate("IkmYear", "Member business"),
        *(label for label, _value in ikm_rows(IkmMemberYear("", "", 0, 0, 0, 0, 0, (), (), ()))),
    ]
    rows: list[list[object]] = []
    for m in data.members:
        aid = "; ".join(
            f"{format_date(a.received_on)} {a.description} ({a.agency}, {a.value})" for a in m.aid
        )
        rows.append(
            [
                m.name,
                m.owner,
                m.workers,
                m.workers_pay,
                m.output_pieces,
                m.output_value,
                m.sales,
                m.material_cost,
                m.value_added,
                *(m.area(area) for area in Area),
                ", ".join(m.events),
                aid,
            ]
        )
    return headers, rows


__all__ = ["AREA_LABELS", "AidLine", "Area", "IkmMemberYear", "IkmYearData", "ikm_rows", "ikm_table"]
