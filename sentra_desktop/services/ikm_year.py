"""The yearly IKM data sheet's figures, per member business, from the records of one year.

Workers are the makers with production in the year; output is good pieces, valued at the
designs' list prices; sales and the materials' cost are those of the Kinerja page (sold orders;
recipe quantities at the receipts' weighted average cost); events are those the member's sold
orders were tagged to; aid is what the member business received in the year.

Sales by area compare each buyer's regency/city and province with the sentra's own (Pengaturan
→ profile). :func:`place_of` is the one seam where a place is read: the official regency/province
codes a buyer carries (migration 0008), else the typed text matched to the official list.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from sentra_desktop.core.errors import ValidationError
from sentra_desktop.core.formatting import format_date
from sentra_desktop.core.ikm_year import AidLine, Area, IkmMemberYear, IkmYearData, ikm_table
from sentra_desktop.core.places import places
from sentra_desktop.core.sheets import SentraInfo
from sentra_desktop.db.models import (
    Agency,
    Assistance,
    DesignVariant,
    MemberBusiness,
    MentoringVisit,
    ProductionEntry,
    Programme,
    SalesEvent,
)
from sentra_desktop.services import performance_queries as q
from sentra_desktop.services.base import Service
from sentra_desktop.services.pay import PayService
from sentra_desktop.services.value_added import value_added

# Its reads are every role's, named in services/roles.py (the CLI reads them without a user).

FIRST_YEAR = 1900


def place_of(
    city: str, province: str, regency_code: str | None = None, province_code: str | None = None
) -> tuple[str, str]:
    """(regency/city code, province code) as compared, "" where unknown: the codes when given, else
    the typed names matched to the official list (the sentra's own profile is typed text)."""
    if regency_code or province_code:
        return regency_code or "", province_code or (regency_code or "").split(".")[0]
    region = places().match_regency(city, province) if city.strip() else None
    matched = places().match_province(province) if province.strip() else None
    return (region.code if region else ""), matched or (region.province_code if region else "")


def area_of(buyer: tuple[str, str], home: tuple[str, str]) -> Area:
    """Where ``buyer`` is seen from ``home`` (both from :func:`place_of`); unknown when the buyer's
    place does not tell."""
    city, province = buyer
    home_city, home_province = home
    if province and home_province and province != home_province:
        return Area.OTHER_PROVINCE
    if city and city == home_city:
        return Area.SAME_REGENCY
    if city and province and province == home_province:
        return Area.PROVINCE
    return Area.UNKNOWN


class IkmYearService(Service, domain="ikm_year"):
    """The yearly IKM data sheet."""

    def sheet(self, year: int, sentra: SentraInfo) -> IkmYearData:
        """Every member business's figures of ``year``.

        Raises:
            ValidationError: ``invalid_year`` at "year" for a year before 1900 or after this one.
        """
        if not FIRST_YEAR <= year <= date.today().year:
            raise ValidationError.single("year", "invalid_year")
        start, end = date(year, 1, 1), date(year, 12, 31)
        home = place_of(sentra.city, sentra.province)
        # The pay of the paid periods inside the year, per member business (the pay's own rules:
        # lines by their entry's member of the day); a nested call joins this one's permission.
        pay = {figures.member: figures.pay for figures in PayService(self.db).member_figures(start, end)}
        with self.db.reading() as session:
            members = list(
                session.execute(
                    select(MemberBusiness.id, MemberBusiness.name, MemberBusiness.owner).order_by(
                        MemberBusiness.name
                    )
                )
            )
            rows = tuple(
                replace(_member(session, m, start, end, home), workers_pay=pay.get(m.name, 0))
                for m in members
            )
            visits = tuple(
                f"{format_date(day)} — {mentors}" + (f" ({agency})" if agency else "")
                for day, mentors, agency in session.execute(
                    select(MentoringVisit.visited_on, MentoringVisit.mentors, Agency.name)
                    .outerjoin(Agency, Agency.id == MentoringVisit.agency_id)
                    .where(MentoringVisit.visited_on.between(start, end))
                    .order_by(MentoringVisit.visited_on)
                )
            )
        return IkmYearData(sentra=sentra, year=year, members=rows, visits=visits)


def _member(session: Session, member: Any, start: date, end: date, home: tuple[str, str]) -> IkmMemberYear:
    pe = ProductionEntry
    produced = (
        pe.voided_at.is_(None),
        pe.produced_on >= start,
        pe.produced_on <= end,
        pe.member_business_id == member.id,
    )
    workers = session.scalar(select(func.count(distinct(pe.maker_id))).where(*produced)) or 0
    pieces, value = session.execute(
        select(
            func.coalesce(func.sum(pe.good_qty), 0),
            func.coalesce(func.sum(pe.good_qty * DesignVariant.price), 0),
        )
        .join(DesignVariant, DesignVariant.id == pe.design_id)
        .where(*produced)
    ).one()
    per_buyer: dict[int, int] = defaultdict(int)
    event_ids: set[int] = set()
    for buyer_id, event_id, _count, sold in q.sales_by_buyer_event(session, start, end, member.id):
        per_buyer[buyer_id] += int(sold)
        if event_id is not None:
            event_ids.add(event_id)
    sales = sum(per_buyer.values())
    by_area: dict[Area, int] = dict.fromkeys(Area, 0)
    for buyer_id, buyer in q.buyers(session, per_buyer).items():
        by_area[
            area_of(place_of(buyer.city, buyer.province, buyer.regency_code, buyer.province_code), home)
        ] += per_buyer[buyer_id]
    events = tuple(
        session.scalars(
            select(SalesEvent.name).where(SalesEvent.id.in_(event_ids)).order_by(SalesEvent.starts_on)
        )
    )
    aid = tuple(
        AidLine(day, description, agency, int(worth))
        for day, description, agency, worth in session.execute(
            select(Assistance.received_on, Assistance.description, Agency.name, Assistance.value)
            .join(Programme, Programme.id == Assistance.programme_id)
            .join(Agency, Agency.id == Programme.agency_id)
            .where(
                Assistance.member_business_id == member.id,
                Assistance.received_on.between(start, end),
            )
            .order_by(Assistance.received_on, Assistance.id)
        )
    )
    return IkmMemberYear(
        name=member.name,
        owner=member.owner,
        workers=int(workers),
        output_pieces=int(pieces),
        output_value=int(value),
        sales=sales,
        material_cost=value_added(session, start, end, member.id, sales).material_cost,
        sales_by_area=tuple(by_area.items()),
        events=events,
        aid=aid,
    )


def write_xlsx(data: IkmYearData, path: Path) -> int:
    """Write the sheet's table to an .xlsx file, one row per member business; returns the rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    headers, rows = ikm_table(data)
    book = Workbook()
    sheet = book.active
    sheet.title = f"IKM {data.year}"
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return len(rows)


__all__ = ["IkmYearService", "area_of", "place_of", "write_xlsx"]
