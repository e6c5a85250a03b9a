"""The demo's orders, planned before the simulated year starts.

Orders are what the makers work towards, so they are drawn up front: the sports week's big
committee orders, fair and festival orders, a new market after the slump, a large recent order
that is still short, and ordinary orders spread over the year by how busy each month is. Then a
few are marked to stay drafts, be cancelled, or be held open past their due date, so that every
order status appears. Numbers run per year in the order they were placed.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta

from sentra_desktop.core.enums import BuyerKind, DesignStatus, MetVia
from sentra_desktop.demo.catalogue import NEXT_EVENT, SPORTS_EVENT
from sentra_desktop.demo.records import BuyerInfo, Cast, DesignInfo, Line, Order
from sentra_desktop.demo.timeline import Timeline

# Pieces per order line, by buyer kind and product type.
QUANTITIES: dict[BuyerKind, dict[str, tuple[int, int]]] = {
    BuyerKind.RESELLER: {"GK": (200, 650), "MGK": (80, 300), "TG": (60, 250), "HD": (5, 15),
                         "SDL": (30, 120), "KST": (12, 48), "POT": (24, 96), "ADK": (12, 36)},
    BuyerKind.SHOP: {"GK": (80, 320), "MGK": (40, 160), "TG": (30, 150), "HD": (3, 10),
                     "SDL": (12, 60), "KST": (6, 24), "POT": (12, 60), "ADK": (6, 20)},
    BuyerKind.AGENCY: {"GK": (250, 1000), "MGK": (120, 500), "TG": (120, 400), "HD": (12, 50),
                       "SDL": (60, 120), "KST": (12, 50), "POT": (24, 80), "ADK": (12, 40)},
    BuyerKind.EVENT_COMMITTEE: {"GK": (500, 1500), "MGK": (200, 650), "TG": (200, 500), "HD": (12, 40),
                                "SDL": (60, 200), "KST": (24, 80), "POT": (24, 80), "ADK": (24, 80)},
    BuyerKind.TOURIST: {"GK": (5, 30), "MGK": (3, 12), "TG": (4, 12), "HD": (1, 2),
                        "SDL": (1, 4), "KST": (1, 3), "POT": (1, 4), "ADK": (1, 2)},
    BuyerKind.OTHER: {"GK": (200, 500), "MGK": (60, 200), "TG": (80, 250), "HD": (3, 10),
                      "SDL": (120, 400), "KST": (12, 40), "POT": (24, 80), "ADK": (12, 40)},
}  # fmt: skip
_LEAD_DAYS: dict[BuyerKind, tuple[int, int]] = {
    BuyerKind.TOURIST: (0, 0),
    BuyerKind.SHOP: (5, 14),
    BuyerKind.RESELLER: (7, 21),
    BuyerKind.AGENCY: (14, 30),
    BuyerKind.EVENT_COMMITTEE: (21, 40),
    BuyerKind.OTHER: (7, 25),
}
_KIND_WEIGHTS = {
    BuyerKind.RESELLER: 7.0,
    BuyerKind.SHOP: 6.0,
    BuyerKind.TOURIST: 4.0,
    BuyerKind.AGENCY: 1.5,
    BuyerKind.OTHER: 2.5,
}
ORDERS_PER_YEAR = 60
RECENT_ORDERS = 5
MIN_RANDOM_ORDERS = 8


class OrderPlanner:
    """Draws up every order of the demo period from the cast, the timeline and the seed."""

    def __init__(self, cast: Cast, timeline: Timeline, rng: random.Random) -> None:
        self.cast = cast
        self.tl = timeline
        self.rng = rng
        self.designs = {d.id: d for d in cast.designs}
        self.design_by_code = {d.code: d for d in cast.designs}
        self.event_by_key = {e.key: e for e in cast.events}

    def plan(self) -> list[Order]:
        """Every order of the period, numbered; random ones follow how busy the sentra is."""
        orders = self._event_orders()
        target = len(orders) + max(
            MIN_RANDOM_ORDERS, round(ORDERS_PER_YEAR * self.tl.days / 365) - len(orders)
        )
        days = list(self.tl.each_day())
        day_weights = [self.tl.activity(d) * (0.3 if d.weekday() == 6 else 1.0) for d in days]
        buyers = [b for b in self.cast.buyers if b.spec.kind != BuyerKind.EVENT_COMMITTEE]
        buyer_weights = [_KIND_WEIGHTS[b.spec.kind] for b in buyers]
        for _ in range(target * 20):
            if len(orders) >= target:
                break
            day = self.rng.choices(days, day_weights)[0]
            buyer = self.rng.choices(buyers, buyer_weights)[0]
            if self.tl.fraction(day) < buyer.spec.since:  # a market not opened yet
                continue
            order = self._random_order(buyer, day)
            if order is not None:
                orders.append(order)
        self._recent_orders(orders, [b for b in buyers if b.spec.kind != BuyerKind.TOURIST])
        orders.sort(key=lambda o: o.ordered_on)
        self._assign_plans(orders)
        counters: dict[int, int] = defaultdict(int)
        for order in orders:
            counters[order.ordered_on.year] += 1
            order.number = f"PSN-{order.ordered_on.year}-{counters[order.ordered_on.year]:04d}"
        return orders

    def _recent_orders(self, orders: list[Order], buyers: list[BuyerInfo]) -> None:
        """Enough business orders in the last two weeks for drafts and open orders due after today."""
        since = max(self.tl.first, self.tl.last - timedelta(days=13))
        recent_days = [since + timedelta(days=i) for i in range((self.tl.last - since).days + 1)]
        wanted = RECENT_ORDERS - sum(
            1 for o in orders if o.ordered_on >= since and o.buyer in buyers and not o.scripted
        )
        for _ in range(wanted * 5):
            if wanted <= 0:
                break
            order = self._random_order(self.rng.choice(buyers), self.rng.choice(recent_days))
            if order is not None:
                orders.append(order)
                wanted -= 1

    def _scaled(self, pieces: int) -> int:
        """Event quantities shrink with a short demo, so its makers can still deliver them."""
        return max(10, round(pieces * min(1.0, self.tl.days / 365) / 10) * 10)

    def _event_orders(self) -> list[Order]:
        """The orders the story needs: the sports week's, a new market's, the fairs', a big new one."""
        by_org = {b.spec.organisation: b for b in self.cast.buyers}
        sports = self.event_by_key[SPORTS_EVENT]
        committee = by_org["Panitia Porprov Sumatera Selatan"]
        orders: list[Order] = []
        for when, wanted, due_gap in (
            (0.1, (("GK-PRP-01", 3000), ("GK-PRP-02", 2000), ("TG-PRP-01", 600), ("MGK-AMP-01", 400)), 6),
            (0.2, (("GK-PRP-01", 1500), ("GK-AMP-01", 800), ("TG-PRP-01", 300)), 2),
        ):
            ordered = self.tl.at(when)
            due = max(ordered, sports.starts_on - timedelta(days=due_gap))
            lines = [self._line(code, self._scaled(q)) for code, q in wanted]
            order = self._order(committee, ordered, due, lines, sports.id, "Suvenir resmi Porprov")
            order.discount = order.total * 5 // 100 // 10_000 * 10_000
            orders.append(order)
        riau = by_org["Dinas Pemuda dan Olahraga Provinsi Riau"]
        ordered = self.tl.at(riau.spec.since)
        lines = [self._line("GK-AMP-01", self._scaled(600)), self._line("MGK-AMP-01", self._scaled(300))]
        orders.append(
            self._order(riau, ordered, ordered + timedelta(days=21), lines, None, "Jejaring baru (PON)")
        )
        # The next sports week's contingent souvenirs: most of the last year's value on one event again.
        pon = self.event_by_key[NEXT_EVENT]
        contingent: tuple[tuple[float, tuple[tuple[str, int], ...]], ...] = (
            (0.9, (("HD-AMP-01", 800), ("GK-LMS-01", 6000), ("MGK-SGK-01", 1500))),
            (0.96, (("KST-JMP-01", 400), ("TG-JMP-01", 1500))),
        )
        for when, contingent_lines in contingent:
            ordered = self.tl.at(when)
            lines = [self._line(code, self._scaled(q)) for code, q in contingent_lines]
            orders.append(
                self._order(
                    riau,
                    ordered,
                    max(ordered + timedelta(days=7), pon.starts_on - timedelta(days=7)),
                    lines,
                    pon.id,
                    "Suvenir kontingen PON",
                )
            )
        # A large order of a new design a few days ago: still short, so the shortfall shows.
        ordered = self.tl.at(0.985)
        lines = [self._line("GK-LMS-01", self._scaled(2500)), self._line("TG-JMP-01", self._scaled(600))]
        csr = by_org["Bank Sumsel Babel (CSR)"]
        orders.append(
            self._order(csr, ordered, ordered + timedelta(days=30), lines, None, "Bingkisan akhir tahun")
        )
        for order in orders:
            order.scripted = True
        committees = {
            "kriya": "Panitia Pameran Kriya Sumsel",
            "festival": "Panitia Festival Sriwijaya",
            "inacraft": "Sumsel Craft Store",  # the Jakarta reseller met there: a new market
        }
        fair_buyers = [b for b in self.cast.buyers if b.spec.met_via == MetVia.EXHIBITION]
        for event in self.cast.events:
            if event.key in (SPORTS_EVENT, NEXT_EVENT):
                continue
            opened = [b for b in fair_buyers if b.spec.since <= self.tl.fraction(event.starts_on)]
            buyers = [self.rng.choice(opened)]
            if event.key in committees:
                buyers.insert(0, by_org[committees[event.key]])
            for buyer in buyers:
                day = event.starts_on + timedelta(
                    days=self.rng.randint(0, (event.ends_on - event.starts_on).days)
                )
                fair_order = self._random_order(buyer, day)
                if fair_order is not None:
                    fair_order.event_id = event.id
                    orders.append(fair_order)
        return orders

    def _line(self, code: str, quantity: int) -> Line:
        design = self.design_by_code[code]
        return Line(design.id, quantity, design.price)

    def _order(
        self,
        buyer: BuyerInfo,
        ordered: date,
        due: date,
        lines: list[Line],
        event_id: int | None,
        notes: str = "",
    ) -> Order:
        lead = (due - ordered).days
        deliver_from = due - timedelta(days=self.rng.randint(0, min(3, lead)))
        order = Order(buyer, ordered, due, deliver_from, "deliver", lines, event_id, notes=notes)
        order.business_id = self._business_for(lines)
        return order

    def _business_for(self, lines: list[Line]) -> int | None:
        owners = {self.cast.business_by_type.get(self.designs[line.design_id].type_key) for line in lines}
        return owners.pop() if len(owners) == 1 else None

    def _random_order(self, buyer: BuyerInfo, day: date) -> Order | None:
        spec = buyer.spec
        sellable = [
            d
            for d in self.cast.designs
            if d.status != DesignStatus.PROTOTYPE
            and d.sellable_from <= day <= d.sellable_until
            and d.type_key in spec.type_keys
        ]
        if not sellable:
            return None
        count = min(len(sellable), self.rng.choice((1, 2, 2, 3, 3, 4)))
        new_design = [2.5 if self.tl.fraction(d.sellable_from) > 0 else 1.0 for d in sellable]
        chosen: list[DesignInfo] = []
        while len(chosen) < count:
            pick = self.rng.choices(sellable, new_design)[0]
            if pick not in chosen:
                chosen.append(pick)
        lines = []
        for design in chosen:
            low, high = QUANTITIES[spec.kind][design.type_key]
            quantity = self.rng.randint(low, high)
            if quantity >= 50:
                quantity = quantity // 10 * 10
            lines.append(Line(design.id, quantity, design.price))
        lead_low, lead_high = _LEAD_DAYS[spec.kind]
        due = day + timedelta(days=self.rng.randint(lead_low, lead_high))
        order = self._order(buyer, day, due, lines, None)
        subtotal = order.total
        if spec.kind == BuyerKind.RESELLER and subtotal >= 1_000_000:
            order.discount = subtotal // 10 // 1000 * 1000
            order.notes = "Potongan reseller 10%"
        elif subtotal >= 2_000_000 and self.rng.random() < 0.5:
            order.discount = subtotal * 5 // 100 // 1000 * 1000
            order.notes = "Potongan pembelian banyak 5%"
        return order

    def _assign_plans(self, orders: list[Order]) -> None:
        """Mark a cancelled order, the newest drafts, and a couple held open past their due date."""
        last = self.tl.last
        business = [
            o
            for o in orders
            if o.buyer.spec.kind != BuyerKind.TOURIST and o.event_id is None and not o.scripted
        ]
        middle = [o for o in business if 0.4 <= self.tl.fraction(o.ordered_on) <= 0.75] or business[:-2]
        if middle:
            cancelled = self.rng.choice(middle)
            cancelled.plan = "cancel"
            cancelled.notes = "Dibatalkan pembeli: acara kantor ditunda"
        recent = [o for o in business if o.plan == "deliver" and (last - o.ordered_on).days <= 14]
        for order in recent[-2:]:
            order.plan = "draft"
            order.notes = "Menunggu konfirmasi jumlah dari pembeli"
        overdue = [
            o
            for o in business
            if o.plan == "deliver" and 2 <= (last - o.due_on).days <= 90 and o.ordered_on < o.due_on
        ]
        for order in sorted(overdue, key=lambda o: o.due_on)[-2:]:
            order.plan = "hold"
            order.notes = "Pembeli minta pengiriman ditunda; belum diambil"
