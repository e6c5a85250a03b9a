"""Buyers: phone forms as one number, duplicate warnings, search in SQL, archive instead of delete."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sentra_desktop.core.enums import BuyerKind, OrderStatus
from sentra_desktop.core.errors import ConflictError, ValidationError
from sentra_desktop.core.phone import normalize_phone, whatsapp_link
from sentra_desktop.services.buyers import BuyerInput, BuyerService, DuplicateBuyerError
from sentra_desktop.services.database import Database
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.orders import DeliveryInput, LineInput, OrderInput, OrderService, PaymentInput
from sentra_desktop.services.production import ProductionInput, ProductionService
from tests.services.test_stock import fingerprint, make_world

TODAY = date.today()


@pytest.fixture
def buyers(db: Database) -> BuyerService:
    return BuyerService(db)


# --- phone numbers --------------------------------------------------------------------------------


@given(
    body=st.from_regex(r"8[1-9][0-9]{7,10}", fullmatch=True),
    style=st.sampled_from(["0{}", "+62{}", "62{}", "62-{}", "+62 {}", "(0){}", "{}"]),
    groups=st.booleans(),
)
def test_every_way_of_writing_a_number_is_one_number(body: str, style: str, groups: bool) -> None:
    text = body
    if groups:
        text = "-".join(text[i : i + 4] for i in range(0, len(text), 4))
    written = style.format(text)
    assert normalize_phone(written) == "62" + body
    assert whatsapp_link(written) == f"https://wa.me/62{body}"


def test_phone_with_letters_is_refused_at_the_field(db: Database, buyers: BuyerService) -> None:
    before = fingerprint(db)
    with pytest.raises(ValidationError) as caught:
        buyers.create(BuyerInput(name="Budi", phone="0812-ABC-123"))
    assert [(e.field, e.code) for e in caught.value.errors] == [("phone", "invalid_phone")]
    with pytest.raises(ValidationError) as caught:
        buyers.create(BuyerInput(name="  ", email="bukan-email"))
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("name", "required"),
        ("email", "invalid_email"),
    }
    assert fingerprint(db) == before


# --- duplicates -----------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["+62 812 7310 4471", "62-812-7310-4471", "081273104471", "0812.7310.4471"])
def test_the_same_phone_in_another_form_warns_and_names_the_existing_buyer(
    db: Database, buyers: BuyerService, typed: str
) -> None:
    first = buyers.create(BuyerInput(name="Rina Marlina", phone="0812-7310-4471", city="Palembang"))
    before = fingerprint(db)
    with pytest.raises(DuplicateBuyerError) as caught:
        buyers.create(BuyerInput(name="Bu Rina", phone=typed, city="Prabumulih"))
    assert caught.value.code == "duplicate_phone"
    assert [(m.id, m.reason) for m in caught.value.matches] == [(first, "phone")]
    assert fingerprint(db) == before
    assert buyers.create(BuyerInput(name="Bu Rina", phone=typed), allow_duplicate=True) != first


def test_the_same_name_in_the_same_city_warns(buyers: BuyerService) -> None:
    first = buyers.create(BuyerInput(name="Andi Saputra", city="Palembang"))
    with pytest.raises(DuplicateBuyerError) as caught:
        buyers.create(BuyerInput(name="andi  saputra", city="PALEMBANG"))
    assert caught.value.code == "duplicate_name_city" and caught.value.matches[0].id == first
    buyers.create(BuyerInput(name="Andi Saputra", city="Lahat"))  # another city, another person
    detail = buyers.get(first)
    buyers.update(first, detail.version, BuyerInput(name="Andi Saputra", city="Palembang", phone="0813"))


# --- search ---------------------------------------------------------------------------------------


def test_search_across_name_organisation_phone_and_city(buyers: BuyerService) -> None:
    rina = buyers.create(BuyerInput(name="Rina Marlina", organisation="Rina Craft", phone="0812-7310-4471"))
    andi = buyers.create(BuyerInput(name="Andi", organisation="Galeri Songket", city="Lubuklinggau"))
    buyers.create(BuyerInput(name="Joko", kind=BuyerKind.TOURIST, city="Yogyakarta"))

    def found(text: str, **filters: object) -> list[int]:
        return [row.id for row in buyers.page(ListQuery(search=text, filters=filters), 0, 50)]

    assert found("craft") == [rina]
    assert found("songket") == [andi]
    assert found("linggau") == [andi]
    assert found("+62 812 7310") == [rina]
    assert found("0812-7310") == [rina]
    assert found("73104471") == [rina]
    assert found("rina craft") == [rina]
    assert buyers.count(ListQuery(filters={"kind": BuyerKind.TOURIST})) == 1
    assert found("50%") == []


# --- archive, the buyer's page ------------------------------------------------------------------------


def test_a_buyer_with_orders_is_archived_not_deleted(db: Database, buyers: BuyerService) -> None:
    make_world(db)
    lonely = buyers.create(BuyerInput(name="Tanpa Pesanan"))
    regular = buyers.create(BuyerInput(name="Langganan"))
    OrderService(db).create(OrderInput(regular, TODAY, [LineInput("GK-01", 5, 1000)]))
    assert buyers.remove(lonely) is True
    assert buyers.remove(regular) is False
    assert buyers.get(regular).archived
    assert buyers.count(ListQuery()) == 0
    assert buyers.count(ListQuery(filters={"include_archived": True})) == 1
    buyers.set_archived(regular, False)
    assert buyers.count(ListQuery()) == 1


def test_the_buyers_page_shows_orders_most_bought_and_what_they_owe(
    db: Database, buyers: BuyerService
) -> None:
    world = make_world(db)
    ProductionService(db).create(
        ProductionInput(produced_on=TODAY, design="GK-01", maker_id=world.budi, good_qty=500, reject_qty=0)
    )
    orders = OrderService(db)
    rina = buyers.create(BuyerInput(name="Rina"))
    paid_up = orders.create(OrderInput(rina, TODAY, [LineInput("GK-01", 100, 5000)])).id
    orders.confirm(paid_up)
    line = orders.get(paid_up).lines[0]
    orders.deliver(paid_up, DeliveryInput(TODAY, {line.id: 100}))
    orders.add_payment(paid_up, PaymentInput(TODAY, 500_000))
    owing = orders.create(
        OrderInput(rina, TODAY, [LineInput("GK-01", 50, 5000), LineInput("TG-01", 80, 2000)])
    ).id
    orders.confirm(owing)
    orders.add_payment(owing, PaymentInput(TODAY, 100_000, is_down_payment=True))
    orders.create(OrderInput(rina, TODAY, [LineInput("TG-01", 999, 1000)]))  # a draft: not bought yet
    summary = buyers.summary(rina)
    assert [o.id for o in summary.orders][1:] == [owing, paid_up]
    assert [o.status for o in summary.orders] == [
        OrderStatus.DRAFT,
        OrderStatus.CONFIRMED,
        OrderStatus.DELIVERED,
    ]
    assert [(b.code, b.quantity) for b in summary.most_bought] == [("GK-01", 150), ("TG-01", 80)]
    assert summary.bought == 500_000 + 250_000 + 160_000
    assert summary.owed == 310_000


def test_an_edit_made_on_a_stale_read_is_a_conflict(db: Database, buyers: BuyerService) -> None:
    buyer_id = buyers.create(BuyerInput(name="Toko Ampera", city="Palembang"))
    read = buyers.get(buyer_id)
    buyers.update(buyer_id, read.version, BuyerInput(name="Toko Ampera Jaya", city="Palembang"))
    before = fingerprint(db)
    with pytest.raises(ConflictError) as caught:
        buyers.update(buyer_id, read.version, BuyerInput(name="Toko Lama", city="Palembang"))
    assert caught.value.code == "stale" and buyers.get(buyer_id).name == "Toko Ampera Jaya"
    assert fingerprint(db) == before
