"""The Kinerja figures as rows of text, the same on the page and in the printed pack.

Both the screen and the paper lay out these rows, so a number and its change cannot differ
between them; words come from the one catalogue (context "Performance").
"""

from __future__ import annotations

from collections.abc import Sequence

from sentra_desktop.core import i18n
from sentra_desktop.core.formatting import format_date, format_rupiah, format_thousands
from sentra_desktop.core.performance import Amount, Output, PerformanceData, change_text, format_percent

Row = list[str]


def _count(label: str, now: int, before: int) -> Row:
    return [label, format_thousands(now), format_thousands(before), change_text(now, before)]


def _money(label: str, now: int, before: int) -> Row:
    return [label, format_rupiah(now), format_rupiah(before), change_text(now, before)]


def _rate(label: str, now: float | None, before: float | None) -> Row:
    return [label, format_percent(now), format_percent(before), change_text(now, before, points=True)]


def output_rows(now: Sequence[Output], before: Sequence[Output]) -> list[Row]:
    """Good pieces per group, this period against before, every group of either period."""
    old = {o.key: o.good for o in before}
    rows = [_count(o.name, o.good, old.get(o.key, 0)) for o in now]
    seen = {o.key for o in now}
    return rows + [_count(o.name, 0, o.good) for o in before if o.key not in seen]


def amount_rows(now: Sequence[Amount], before: Sequence[Amount]) -> list[Row]:
    """Sales value per group, this period against before; a blank place is "(not given)"."""
    empty = i18n.translate("Performance", "(not given)")
    old = {a.key: a.value for a in before}
    rows = [_money(a.name or empty, a.value, old.get(a.key, 0)) for a in now]
    seen = {a.key for a in now}
    return rows + [_money(a.name or empty, 0, a.value) for a in before if a.key not in seen]


def output_summary(data: PerformanceData) -> list[Row]:
    c, p = data.current, data.previous
    return [
        _count(i18n.translate("Performance", "Good pieces"), c.good, p.good),
        _count(i18n.translate("Performance", "Reject pieces"), c.reject, p.reject),
        _rate(i18n.translate("Performance", "Reject rate"), c.reject_rate, p.reject_rate),
        _count(i18n.translate("Performance", "Active makers"), c.active_makers, p.active_makers),
    ]


def sales_summary(data: PerformanceData) -> list[Row]:
    c, p = data.current, data.previous
    largest = c.largest_buyer.name if c.largest_buyer else "–"
    return [
        _count(i18n.translate("Performance", "Orders"), c.orders, p.orders),
        _money(i18n.translate("Performance", "Sales ordered"), c.ordered_value, p.ordered_value),
        _money(i18n.translate("Performance", "Sales delivered"), c.delivered_value, p.delivered_value),
        _money(i18n.translate("Performance", "Paid"), c.paid, p.paid),
        _money(
            i18n.translate("Performance", "Outstanding (orders of the period)"), c.outstanding, p.outstanding
        ),
        _count(i18n.translate("Performance", "Buyers"), c.buyers, p.buyers),
        _count(i18n.translate("Performance", "New buyers"), c.new_buyers, p.new_buyers),
        _count(i18n.translate("Performance", "Repeat buyers"), c.repeat_buyers, p.repeat_buyers),
        _rate(i18n.translate("Performance", "Repeat buyers' share of sales"), c.repeat_share, p.repeat_share),
        _rate(
            i18n.translate("Performance", "Largest buyer's share ({name})", None, name=largest),
            c.largest_buyer_share,
            p.largest_buyer_share,
        ),
        [
            i18n.translate("Performance", "Concentration across buyers (Herfindahl, 0–10.000)"),
            format_thousands(round(c.herfindahl)),
            format_thousands(round(p.herfindahl)),
            change_text(c.herfindahl, p.herfindahl),
        ],
        _count(
            i18n.translate("Performance", "New markets: regencies/cities"),
            len(c.new_cities),
            len(p.new_cities),
        ),
        _count(
            i18n.translate("Performance", "New markets: provinces"),
            len(c.new_provinces),
            len(p.new_provinces),
        ),
    ]


def design_summary(data: PerformanceData) -> list[Row]:
    c, p = data.current, data.previous
    return [
        _count(
            i18n.translate("Performance", "Active designs (made or sold)"), c.active_designs, p.active_designs
        ),
        _count(
            i18n.translate("Performance", "Designs introduced"), c.introduced_designs, p.introduced_designs
        ),
        _rate(
            i18n.translate("Performance", "Share of sales from designs of the last 12 months"),
            c.recent_design_share,
            p.recent_design_share,
        ),
    ]


def top_design_rows(data: PerformanceData) -> list[Row]:
    """The ten best sellers: design, pieces, value, value before, change."""
    before = {s.key: s.value for s in data.previous.design_sales}
    return [
        [
            f"{s.code} {s.name}",
            format_thousands(s.pieces),
            format_rupiah(s.value),
            format_rupiah(before.get(s.key, 0)),
            change_text(s.value, before.get(s.key, 0)),
        ]
        for s in data.current.top_designs
    ]


def retire_rows(data: PerformanceData) -> list[Row]:
    return [[f"{r.code} {r.name}", format_date(r.introduced_on) or "–"] for r in data.retire_candidates]


def event_share_rows(data: PerformanceData) -> list[Row]:
    total = data.event_total
    no_event = i18n.translate("Performance", "(no event)")
    return [
        [a.name or no_event, format_rupiah(a.value), format_percent(a.value / total * 100 if total else None)]
        for a in data.event_shares
    ]


def window_rows(data: PerformanceData) -> list[Row]:
    """Each ended event: output and sales of the 3 months before against the 3 after (* still running)."""
    return [
        [
            w.name + ("" if w.complete else " *"),
            f"{format_date(w.starts_on)} – {format_date(w.ends_on)}",
            format_thousands(w.output_before),
            f"{format_thousands(w.output_after)} ({change_text(w.output_after, w.output_before)})",
            format_rupiah(w.sales_before),
            f"{format_rupiah(w.sales_after)} ({change_text(w.sales_after, w.sales_before)})",
        ]
        for w in data.event_windows
    ]


def upcoming_rows(data: PerformanceData) -> list[Row]:
    return [
        [u.name, format_date(u.starts_on), format_thousands(u.orders), format_rupiah(u.value)]
        for u in data.upcoming
    ]
