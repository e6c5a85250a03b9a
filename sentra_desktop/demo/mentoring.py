"""Demo mentoring visits and the materials' value-added settings.

The mentors start visiting some months after the big sports event (the slump the article tells
of) and come back every two months or, over a longer demo, spread over the time since, so the
last 12 months (the pack's default) hold visits too. Their recommendations are in every follow-up state:
the older ones done, some still in progress, a few open past their due date, the newest not yet
started. Materials get their category, latex its kg-per-litre factor, and each a set price.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import SalesEventKind
from sentra_desktop.core.value_added import MaterialCategory
from sentra_desktop.core.visits import FollowUpStatus
from sentra_desktop.db.models import Agency, Material, MentoringVisit, SalesEvent, VisitRecommendation
from sentra_desktop.demo import catalogue as cat
from sentra_desktop.demo.masters import Stamper
from sentra_desktop.demo.timeline import Timeline

FIRST_VISIT_AFTER = timedelta(days=75)  # after the sports event ends
VISIT_EVERY = timedelta(days=61)
LAST_VISIT_BEFORE = timedelta(days=30)  # before the demo's last day
LATEX_KG_PER_LITRE = Decimal("0.97")
CATEGORIES = {
    "LTX": MaterialCategory.RUBBER,
    "KMP": MaterialCategory.RUBBER,
    "SBT": MaterialCategory.COCONUT_FIBRE,
}

# (agency short name, mentors, findings, recommendations: (text, owner, days to due))
# fmt: off
VISITS = (
    ("Balitbangnovda", "Pak Hendra Gunawan, Dr. Rina Marlina",
     "Produksi turun tajam setelah Porprov; hampir semua pesanan dari panitia acara. Stok suvenir "
     "bertema Porprov menumpuk.",
     (("Cari pembeli tetap di luar panitia acara (toko oleh-oleh, hotel)", "Hj. Nurhayati", 60),
      ("Hentikan produksi desain bertema Porprov, habiskan stok dengan harga khusus", "Siti Aminah", 30),
      ("Catat reject per cetakan agar cetakan rusak cepat diganti", "Rahmat Hidayat", 45))),
    ("Unsri", "Pak Hendra Gunawan, Ir. Bambang Sutrisno",
     "Desain masih sama sejak tiga tahun; pembeli di pameran menanyakan produk fungsional.",
     (("Kembangkan 3 desain baru: tatakan gelas, gantungan tas, hiasan dinding sabutret", "Dewi Lestari", 90),
      ("Ikut Pameran Kriya Sumsel bersama Dekranasda", "Hj. Nurhayati", 75))),
    ("Disperin Palembang", "Pak Hendra Gunawan",
     "Penjualan mulai naik; pembeli baru dari Banyuasin dan Muara Enim.",
     (("Buat katalog foto produk untuk pembeli luar kota", "Siti Aminah", 40),
      ("Hitung nilai tambah per kg karet untuk laporan ke dinas", "Hj. Nurhayati", 30),
      ("Tawarkan produk ke toko oleh-oleh di Bandara SMB II", "Rahmat Hidayat", 60))),
    ("Kemenperin", "Pak Hendra Gunawan, Drs. Agus Salim",
     "Ketergantungan pada satu pembeli besar perlu dikurangi.",
     (("Batasi satu pembeli paling banyak 40 % penjualan", "Hj. Nurhayati", 120),
      ("Daftarkan merek Sabutret", "Dewi Lestari", 150))),
)
# fmt: on


def _status(due: date, today: date, number: int) -> FollowUpStatus:
    """Older recommendations are done, some are in progress, every fourth is left open past its due."""
    if due >= today:
        return FollowUpStatus.NOT_STARTED if number % 2 else FollowUpStatus.IN_PROGRESS
    if number % 4 == 2:
        return FollowUpStatus.NOT_STARTED
    if number % 4 == 3:
        return FollowUpStatus.IN_PROGRESS
    return FollowUpStatus.DONE


def _materials(session: Session) -> None:
    prices = {m.code: m.unit_price for m in cat.MATERIALS}
    for material in session.scalars(select(Material)):
        material.category = CATEGORIES.get(material.code, MaterialCategory.OTHER)
        if material.code == "LTX":
            material.kg_per_litre = LATEX_KG_PER_LITRE
        material.set_price = prices.get(material.code)


def add_mentoring(session: Session, tl: Timeline, seed: int) -> int:
    """Write the demo's visits and the materials' value-added settings; returns how many visits."""
    _materials(session)
    stamper = Stamper(random.Random(f"sentra-demo-visits-{seed}"))
    sports = session.scalar(
        select(SalesEvent.ends_on)
        .where(SalesEvent.kind == SalesEventKind.SPORTS_WEEK, SalesEvent.ends_on.is_not(None))
        .order_by(SalesEvent.starts_on)
        .limit(1)
    )
    day = (sports or tl.at(0.33)) + FIRST_VISIT_AFTER
    every = max(VISIT_EVERY, (tl.last - LAST_VISIT_BEFORE - day) / (len(VISITS) - 1))
    agencies = {a.short_name: a.id for a in session.scalars(select(Agency))}
    written = number = 0
    for short, mentors, findings, recommendations in VISITS:
        if day > tl.last:
            break
        visit = MentoringVisit(
            **stamper.record(tl.stamp(day, 15)),
            visited_on=day,
            mentors=mentors,
            agency_id=agencies.get(short),
            findings=findings,
        )
        session.add(visit)
        session.flush()
        for text, owner, days in recommendations:
            number += 1
            due = day + timedelta(days=days)
            status = _status(due, tl.last, number)
            session.add(
                VisitRecommendation(
                    **stamper.record(tl.stamp(day, 16)),
                    visit_id=visit.id,
                    text=text,
                    owner=owner,
                    due_on=due,
                    status=status,
                    note="" if status is FollowUpStatus.NOT_STARTED else "Dibahas di rapat anggota.",
                )
            )
        written += 1
        day += timedelta(days=every.days)
    return written


__all__ = ["add_mentoring"]
