"""The mould a production entry names, the designs a mould casts, and the aid item's photo."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PIL import Image
from sqlalchemy import select

from sentra_desktop.core.errors import ValidationError
from sentra_desktop.db.models import Assistance, MouldDesign, ProductionEntry
from sentra_desktop.services.aid import AssistanceService
from sentra_desktop.services.catalogue_setup import MouldInput, MouldService
from sentra_desktop.services.database import Database
from sentra_desktop.services.production import ProductionInput, ProductionService
from sentra_desktop.services.production.moulds import last_used, last_used_query
from tests.services.test_aid import moulds_set, setup  # noqa: F401  (a fixture)
from tests.services.test_stock import World, make_world

TODAY = date.today()


@pytest.fixture
def world(db: Database) -> World:
    return make_world(db)


def _links(db: Database, mould_id: int) -> set[int]:
    with db.reading() as session:
        return set(session.scalars(select(MouldDesign.design_id).where(MouldDesign.mould_id == mould_id)))


def test_the_mould_form_links_designs_many_to_many(db: Database, world: World) -> None:
    moulds = MouldService(db)
    a = moulds.create(MouldInput(code="CTK-A", name="Ampera", design_ids=(world.keychain, world.coaster)))
    b = moulds.create(MouldInput(code="CTK-B", name="Ampera 2", design_ids=(world.keychain,)))
    assert _links(db, a) == {world.keychain, world.coaster}  # a mould casts two designs
    assert _links(db, b) == {world.keychain}  # and a design has two moulds
    detail = moulds.get(a)
    moulds.update(a, detail.version, replace(_input(detail), design_ids=(world.coaster,)))
    assert moulds.get(a).design_ids == (world.coaster,)
    moulds.update(a, moulds.get(a).version, replace(_input(moulds.get(a)), name="Ampera besar"))
    assert _links(db, a) == {world.coaster}  # an input without designs keeps them
    with pytest.raises(ValidationError) as caught:
        moulds.update(a, moulds.get(a).version, replace(_input(moulds.get(a)), design_ids=(999_999,)))
    assert caught.value.errors[0].field == "design_ids"
    assert _links(db, a) == {world.coaster}
    offered = [choice.id for choice in moulds.design_choices()]
    assert world.retired not in offered and world.keychain in offered
    assert world.retired in [choice.id for choice in moulds.design_choices((world.retired,))]


def _input(detail: object) -> MouldInput:
    names = MouldInput.__dataclass_fields__
    return MouldInput(**{name: getattr(detail, name) for name in names if name != "design_ids"})


def _entry(world: World, **changes: object) -> ProductionInput:
    values: dict[str, object] = {
        "produced_on": TODAY,
        "design": "GK-01",
        "maker_id": world.budi,
        "good_qty": "100",
    }
    values.update(changes)
    return ProductionInput(**values)  # type: ignore[arg-type]


def _mould_of(db: Database, entry_id: int) -> int | None:
    with db.reading() as session:
        return session.scalar(select(ProductionEntry.mould_id).where(ProductionEntry.id == entry_id))


def test_an_entry_names_its_mould_and_the_last_one_is_proposed(db: Database, world: World) -> None:
    moulds, production = MouldService(db), ProductionService(db)
    a = moulds.create(MouldInput(code="CTK-A", name="A", design_ids=(world.keychain,)))
    b = moulds.create(MouldInput(code="CTK-B", name="B", design_ids=(world.keychain,)))
    other = moulds.create(MouldInput(code="CTK-C", name="C", design_ids=(world.coaster,)))
    offer = production.mould_choices("gk-01")
    assert ([c.id for c in offer.choices], offer.proposed) == ([a, b], None)  # nothing used yet
    first = production.create(_entry(world, mould_id=b, produced_on=TODAY - timedelta(days=3))).entry_id
    assert production.mould_choices("GK-01").proposed == b
    production.create(_entry(world, mould_id=a, produced_on=TODAY - timedelta(days=1), maker_id=world.sari))
    production.create(_entry(world, produced_on=TODAY))  # no mould named: no proposal from it
    assert production.mould_choices(world.keychain).proposed == a
    assert production.mould_choices("TG-01").proposed is None
    assert production.mould_choices("NOPE").choices == []
    assert _mould_of(db, first) == b and production.get(first).mould_id == b

    # An edit keeps the mould unless it changes it; a mould of another design is refused.
    detail = production.get(first)
    day = detail.produced_on
    production.update(first, detail.version, _entry(world, good_qty="90", produced_on=day))
    assert _mould_of(db, first) == b
    with pytest.raises(ValidationError) as caught:
        production.update(
            first, production.get(first).version, _entry(world, mould_id=other, produced_on=day)
        )
    assert [(e.field, e.code) for e in caught.value.errors] == [("mould_id", "mould_not_for_design")]
    assert _mould_of(db, first) == b
    production.update(first, production.get(first).version, _entry(world, mould_id=None, produced_on=day))
    assert _mould_of(db, first) is None
    with pytest.raises(ValidationError):
        production.create(_entry(world, mould_id=other, maker_id=world.sari, produced_on=TODAY))

    # A voided entry no longer counts as the last use.
    production.delete(first)
    with db.reading() as session:
        assert last_used(session, world.keychain) == (a, TODAY - timedelta(days=1))


def test_the_proposal_reads_the_partial_index(db: Database, world: World) -> None:
    """One look-up per mould of the design on ``ix_production_entry_mould`` (SQLite's plan)."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("the plan is SQLite's")
    MouldService(db).create(MouldInput(code="CTK-A", name="A", design_ids=(world.keychain,)))
    stmt = last_used_query(world.keychain).compile(db.engine, compile_kwargs={"literal_binds": True})
    with db.reading() as session:
        plan = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {stmt}").all()
    assert any("ix_production_entry_mould" in str(row) for row in plan), plan


def _picture(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "orange").save(out, "PNG")
    return out.getvalue()


def test_an_aid_item_keeps_a_resized_photo(db: Database, setup: dict) -> None:  # noqa: F811
    aid = AssistanceService(db)
    item = aid.create(moulds_set(setup["sida"], setup["kkm"], photo=_picture(2400, 1200)))
    stored = aid.get(item).photo
    assert stored is not None and stored[:2] == b"\xff\xd8"  # a JPEG
    assert Image.open(io.BytesIO(stored)).size == (800, 400)
    detail = aid.get(item)
    data = moulds_set(setup["sida"], setup["kkm"], notes="diperiksa")
    aid.update(item, detail.version, data)  # no photo sent: the stored one stays
    assert aid.get(item).photo == stored
    with pytest.raises(ValidationError) as caught:
        aid.update(item, aid.get(item).version, replace(data, photo=b"not a picture"))
    assert [(e.field, e.code) for e in caught.value.errors] == [("photo", "not_an_image")]
    aid.update(item, aid.get(item).version, replace(data, remove_photo=True))
    with db.reading() as session:
        assert session.scalar(select(Assistance.photo).where(Assistance.id == item)) is None


def test_mould_use_follows_every_change(db: Database, world: World) -> None:
    """Mould use (read from the monthly summary) equals a plain computation after each kind of change."""
    from sentra_desktop.services import aid_use
    from tests.services.test_mould_use import expected_use

    moulds, production, uses = MouldService(db), ProductionService(db), aid_use.AidUseService(db)
    a = moulds.create(MouldInput(code="CTK-A", name="A", design_ids=(world.keychain,)))
    moulds.create(MouldInput(code="CTK-B", name="B", design_ids=(world.keychain, world.coaster)))

    def check() -> list[aid_use.MouldUse]:
        got = uses.mould_use()
        assert got == expected_use(db)
        return got

    day = TODAY - timedelta(days=10)
    first = production.create(_entry(world, produced_on=day)).entry_id
    check()
    production.create(_entry(world, produced_on=day - timedelta(days=3), maker_id=world.sari))  # earlier
    production.create(_entry(world, design="TG-01", produced_on=day, good_qty="7"))
    production.create(_entry(world, produced_on=day + timedelta(days=1), mould_id=a, good_qty="30"))
    assert sum(use.pieces for use in check()) == 100 + 100 + 7 + 30
    detail = production.get(first)
    production.update(first, detail.version, _entry(world, produced_on=day, good_qty="60"))
    assert sum(use.pieces for use in check()) == 60 + 100 + 7 + 30
    production.delete(first)
    check()
    production.bulk_create([_entry(world, produced_on=day - timedelta(days=1), good_qty="5")])
    check()
    with db.transaction() as session:
        session.add(
            ProductionEntry(
                produced_on=day, month=day.strftime("%Y-%m"), design_id=world.coaster, maker_id=world.budi,
                good_qty=11,
            )
        )  # fmt: skip
    # GK-01's unnamed 105 pieces split over its two moulds (52 each), 30 named; TG-01's 18 on B.
    assert sum(use.pieces for use in check()) == 2 * (105 // 2) + 30 + 7 + 11
