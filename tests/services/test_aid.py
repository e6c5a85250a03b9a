"""Aid: the overlap rules at their edges, marks instead of deletes, bad input, mould use and utilisation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from sentra_desktop.core.enums import AidStatus, AssistanceKind, Condition, ProgrammeKind
from sentra_desktop.core.errors import ValidationError
from sentra_desktop.db.models import (
    Assistance,
    DesignVariant,
    Maker,
    MemberBusiness,
    Mould,
    MouldDesign,
    ProductionEntry,
    ProductType,
)
from sentra_desktop.services.aid import (
    OVERLAP_WINDOW_MONTHS,
    AgencyInput,
    AgencyService,
    AssistanceInput,
    AssistanceService,
    MarkWithReasonError,
    ProgrammeInput,
    ProgrammeService,
    months_before,
)
from sentra_desktop.services.aid_use import AidUseService, working_days
from sentra_desktop.services.catalogue_setup import MouldInput, MouldService
from sentra_desktop.services.database import Database
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.records import InUseError
from sentra_desktop.services.sentra_settings import SentraSettingService

TODAY = date.today()
FIRST = date(TODAY.year - 1, 3, 15)


def codes(exc: ValidationError) -> dict[str | None, str]:
    return {e.field: e.code for e in exc.errors}


@pytest.fixture
def aid(db: Database) -> AssistanceService:
    return AssistanceService(db)


@pytest.fixture
def setup(db: Database) -> dict[str, int]:
    """Two agencies with a programme each (and a second one for the first), two member businesses."""
    agencies, programmes = AgencyService(db), ProgrammeService(db)
    balit = agencies.create(AgencyInput(name="Balitbangnovda Sumsel", short_name="Balitbangnovda"))
    disperin = agencies.create(AgencyInput(name="Dinas Perindustrian Palembang", short_name="Disperin"))
    year = str(FIRST.year)
    with db.transaction() as session:
        kkm, kdk = MemberBusiness(name="IKM Karya Karet"), MemberBusiness(name="IKM Kedondong")
        session.add_all([kkm, kdk])
        session.flush()
        ids = {"kkm": kkm.id, "kdk": kdk.id}
    ids["sida"] = programmes.create(ProgrammeInput(name="Penguatan SIDa", agency_id=balit, year=year))
    ids["sida2"] = programmes.create(ProgrammeInput(name="Bantuan Bahan", agency_id=balit, year=year))
    ids["ikm"] = programmes.create(
        ProgrammeInput(
            name="Bantuan Peralatan IKM", agency_id=disperin, year=year, kind=ProgrammeKind.TRAINING
        )
    )
    return ids


def moulds_set(programme: int, business: int | None, day: date = FIRST, **more: object) -> AssistanceInput:
    values: dict[str, object] = {
        "programme_id": programme,
        "received_on": day,
        "kind": AssistanceKind.MOULD,
        "description": "Cetakan gantungan kunci (1 set)",
        "member_business_id": business,
        "quantity": "10",
        "value": "7.500.000",
        "condition": Condition.GOOD,
    }
    values.update(more)
    return AssistanceInput(**values)  # type: ignore[arg-type]


def overlap_refused(aid: AssistanceService, data: AssistanceInput) -> bool:
    """True when saving ``data`` is refused for want of an overlap reason (nothing then saved)."""
    before = aid.count(ListQuery())
    try:
        aid.create(data)
    except ValidationError as exc:
        assert codes(exc) == {"overlap_reason": "aid_overlap"}
        assert aid.count(ListQuery()) == before
        return True
    return False


def test_a_second_mould_set_from_another_agency_asks_for_a_reason(
    aid: AssistanceService, setup: dict
) -> None:
    first = aid.create(moulds_set(setup["sida"], setup["kkm"]))
    again = moulds_set(setup["ikm"], setup["kkm"], FIRST + timedelta(days=90), value="6.000.000")
    with pytest.raises(ValidationError) as caught:
        aid.create(again)
    message = caught.value.errors[0].params["items"]
    assert "Balitbangnovda" in message and "Rp 7.500.000" in message
    assert [o.id for o in aid.overlaps_for(again)] == [first]
    second = aid.create(replace(again, overlap_reason="Set pertama untuk desain Porprov saja"))
    assert aid.get(second).overlap_reason.startswith("Set pertama")
    pairs = AidUseService(aid.db).overlaps()
    assert [(p.first_id, p.second_id, p.first_agency, p.second_agency) for p in pairs] == [
        (first, second, "Balitbangnovda", "Disperin")
    ]


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("window_edge", True),
        ("past_window", False),
        ("other_recipient", False),
        ("sentra_vs_member", False),
        ("other_kind", False),
        ("same_programme", False),
        ("returned", False),
        ("lost", False),
        ("broken_new_item", False),
        ("needs_repair", True),
    ],
)
def test_overlap_rules_at_their_edges(
    db: Database, aid: AssistanceService, setup: dict, case: str, expected: bool
) -> None:
    first = moulds_set(setup["sida"], setup["kkm"])
    later = moulds_set(setup["ikm"], setup["kkm"], FIRST + timedelta(days=30))
    if case == "window_edge":  # exactly 24 months later still overlaps (if not in the future)
        first = replace(first, received_on=months_before(TODAY - timedelta(days=1), 24))
        later = replace(later, received_on=TODAY - timedelta(days=1))
    elif case == "past_window":
        first = replace(first, received_on=months_before(TODAY, 24) - timedelta(days=1))
        later = replace(later, received_on=TODAY)
    elif case == "other_recipient":
        later = replace(later, member_business_id=setup["kdk"])
    elif case == "sentra_vs_member":
        later = replace(later, member_business_id=None)
    elif case == "other_kind":
        later = replace(later, kind=AssistanceKind.MACHINE, description="Mesin press")
    elif case == "same_programme":
        later = replace(later, programme_id=setup["sida"])
    elif case == "returned":
        first = replace(first, status=AidStatus.RETURNED, status_reason="Dikembalikan ke dinas")
    elif case == "lost":
        first = replace(first, condition=Condition.LOST)
    elif case == "broken_new_item":
        later = replace(later, condition=Condition.BROKEN)
    elif case == "needs_repair":
        first = replace(first, condition=Condition.NEEDS_REPAIR)
    aid.create(first)
    assert overlap_refused(aid, later) is expected
    pairs = AidUseService(db).overlaps()
    if not expected:
        assert pairs == [] or case == "broken_new_item"


def test_the_window_is_a_sentra_setting(db: Database, aid: AssistanceService, setup: dict) -> None:
    aid.create(moulds_set(setup["sida"], setup["kkm"]))
    later = moulds_set(setup["ikm"], setup["kkm"], FIRST + timedelta(days=200))
    SentraSettingService(db).set(OVERLAP_WINDOW_MONTHS, 6)
    assert not overlap_refused(aid, later)
    assert AidUseService(db).overlaps() == []
    SentraSettingService(db).set(OVERLAP_WINDOW_MONTHS, 7)
    assert len(AidUseService(db).overlaps()) == 1


def _design_with_mould(db: Database, item: int, code: str, design_code: str) -> tuple[int, int]:
    with db.transaction() as session:
        kind = session.scalar(select(ProductType).where(ProductType.name == "GK"))
        if kind is None:
            kind = ProductType(name="GK")
            session.add(kind)
            session.flush()
        design = session.scalar(select(DesignVariant).where(DesignVariant.code == design_code))
        if design is None:
            design = DesignVariant(code=design_code, name=design_code, product_type_id=kind.id, price=10_000)
            session.add(design)
            session.flush()
        mould = Mould(code=code, name=code, cavities=4, casts_per_day=5, assistance_id=item)
        session.add(mould)
        session.flush()
        session.add(MouldDesign(mould_id=mould.id, design_id=design.id))
        return mould.id, design.id


def test_moulds_overlap_only_when_they_cast_a_common_design(
    db: Database, aid: AssistanceService, setup: dict
) -> None:
    first = aid.create(moulds_set(setup["sida"], setup["kkm"]))
    _design_with_mould(db, first, "CTK-A", "GK-PRP-01")
    later = moulds_set(setup["ikm"], setup["kkm"], FIRST + timedelta(days=60), overlap_reason="dua set")
    second = aid.create(later)
    _design_with_mould(db, second, "CTK-B", "GK-AMP-01")  # another design's mould
    assert AidUseService(db).overlaps() == []
    detail = aid.get(second)
    edited = replace(later, overlap_reason="")
    aid.update(second, detail.version, edited)  # the only earlier set casts other designs: no question
    _design_with_mould(db, second, "CTK-C", "GK-PRP-01")  # now it casts the same design as well
    with pytest.raises(ValidationError):
        aid.update(second, aid.get(second).version, edited)
    assert len(AidUseService(db).overlaps()) == 1


def test_aid_is_marked_with_a_reason_never_deleted(db: Database, aid: AssistanceService, setup: dict) -> None:
    item = aid.create(moulds_set(setup["sida"], setup["kkm"]))
    with pytest.raises(InUseError):
        aid.delete(item)
    with pytest.raises(MarkWithReasonError):
        aid.deactivate(item)
    marked = moulds_set(setup["sida"], setup["kkm"], status=AidStatus.WRITTEN_OFF)
    with pytest.raises(ValidationError) as caught:
        aid.update(item, 1, marked)
    assert codes(caught.value) == {"status_reason": "reason_required"}
    aid.update(item, 1, replace(marked, status_reason="Rusak terbakar"))
    detail = aid.get(item)
    assert (detail.status, detail.version) == (AidStatus.WRITTEN_OFF, 2)
    assert [r.active for r in aid.page(ListQuery(), 0, 10)] == [False]
    with db.reading() as session:
        assert session.scalar(select(func.count(Assistance.id))) == 1


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"value": "1.500,50"}, "value", "not_whole_rupiah"),
        ({"value": "tujuh juta"}, "value", "not_a_number"),
        ({"received_on": TODAY + timedelta(days=1)}, "received_on", "future_date"),
        ({"quantity": "0"}, "quantity", "not_positive"),
        ({"condition": None}, "condition", "required"),
        ({"programme_id": None}, "programme_id", "required"),
    ],
)
def test_bad_aid_input_saves_nothing(
    aid: AssistanceService, setup: dict, change: dict, field: str, code: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        aid.create(replace(moulds_set(setup["sida"], setup["kkm"]), **change))
    assert codes(caught.value).get(field) == code
    assert aid.count(ListQuery()) == 0


def test_a_training_has_no_condition(aid: AssistanceService, setup: dict) -> None:
    data = AssistanceInput(
        setup["ikm"], FIRST, AssistanceKind.TRAINING, "Pelatihan desain", condition=Condition.GOOD, value=""
    )
    detail = aid.get(aid.create(data))
    assert (detail.condition, detail.value) == (None, 0)


def test_mould_refusals(db: Database, setup: dict) -> None:
    moulds = MouldService(db)
    with pytest.raises(ValidationError) as caught:
        moulds.create(MouldInput(code="CTK-1", name="Ikan", cavities="0", casts_per_day="0"))
    assert codes(caught.value) == {"cavities": "not_positive", "casts_per_day": "not_positive"}
    with pytest.raises(ValidationError) as caught:
        moulds.create(MouldInput(code="CTK-1", name="Ikan", purchase_price="150.000,50"))
    assert codes(caught.value) == {"purchase_price": "not_whole_rupiah"}
    mould = moulds.create(
        MouldInput(code="CTK-1", name="Ikan", cavities="6", casts_per_day="8", retired_on=FIRST)
    )
    row = moulds.page(ListQuery(), 0, 10)[0]
    assert (row.capacity, row.active, moulds.get(mould).active) == (48, False, False)


def test_utilisation_against_an_independent_computation(
    db: Database, aid: AssistanceService, setup: dict
) -> None:
    item = aid.create(moulds_set(setup["sida"], setup["kkm"]))
    arrived = TODAY - timedelta(days=70)
    mould_a, design = _design_with_mould(db, item, "CTK-A", "GK-PRP-01")
    mould_b, _ = _design_with_mould(db, item, "CTK-B", "GK-PRP-01")  # two moulds, one design
    with db.transaction() as session:
        session.get(Mould, mould_a).acquired_on = arrived  # type: ignore[union-attr]
        maker = Maker(name="Sri")
        session.add(maker)
        session.flush()
        entries = [
            (arrived - timedelta(days=5), None, 100),  # before A arrived: counts for B only
            (arrived + timedelta(days=1), None, 40),  # unnamed: split between A and B
            (arrived + timedelta(days=2), mould_a, 30),  # named A
            (arrived + timedelta(days=3), mould_b, 11),  # named B
            (arrived + timedelta(days=4), None, 7),  # unnamed, odd: 3 each
        ]
        for day, mould, good in entries:
            session.add(
                ProductionEntry(
                    produced_on=day,
                    month=day.strftime("%Y-%m"),
                    design_id=design,
                    maker_id=maker.id,
                    good_qty=good,
                    mould_id=mould,
                )
            )
        voided = ProductionEntry(
            produced_on=arrived + timedelta(days=5), month=(arrived + timedelta(days=5)).isoformat()[:7],
            design_id=design, maker_id=maker.id,
            good_qty=500, mould_id=mould_a, voided_at=func.now(),
        )  # fmt: skip
        session.add(voided)
    uses = {use.code: use for use in AidUseService(db).mould_use()}
    a, b = uses["CTK-A"], uses["CTK-B"]
    assert a.pieces == 30 + 40 // 2 + 7 // 2 == 53
    assert b.pieces == 11 + 100 // 2 + 40 // 2 + 7 // 2 == 84
    assert a.sales_value == 53 * 10_000
    assert a.last_used == arrived + timedelta(days=4)
    assert a.capacity == 20
    assert a.utilisation == pytest.approx(53 / (20 * working_days(arrived, TODAY)))
    assert b.utilisation is None  # its arrival is not known
    item_use = {use.id: use for use in AidUseService(db).item_use()}[item]
    assert (item_use.pieces, item_use.idle) == (53 + 84, False)


def test_idle_items(db: Database, aid: AssistanceService, setup: dict) -> None:
    long_ago = months_before(TODAY, 8)
    machine = AssistanceInput(
        setup["sida"], long_ago, AssistanceKind.MACHINE, "Mesin press", setup["kkm"], condition=Condition.GOOD
    )
    idle = aid.create(machine)
    checked = aid.create(
        replace(machine, description="Mesin giling", last_checked_on=TODAY - timedelta(days=10))
    )
    training = aid.create(replace(machine, kind=AssistanceKind.TRAINING, description="Pelatihan"))
    flags = {use.id: use.idle for use in AidUseService(db).item_use()}
    assert flags == {idle: True, checked: False, training: False}


def test_a_design_no_working_mould_casts_is_flagged(
    db: Database, aid: AssistanceService, setup: dict
) -> None:
    from sentra_desktop.services.designs import DesignService

    item = aid.create(moulds_set(setup["sida"], setup["kkm"]))
    mould_a, design = _design_with_mould(db, item, "CTK-A", "GK-PRP-01")
    mould_b, _ = _design_with_mould(db, item, "CTK-B", "GK-PRP-01")
    designs = DesignService(db)

    def row() -> tuple[str, int]:
        found = designs.page(ListQuery(), 0, 10)[0]
        return found.mould, found.working_moulds

    assert row() == ("CTK-A, CTK-B", 2)
    with db.transaction() as session:
        session.get(Mould, mould_a).condition = Condition.BROKEN  # type: ignore[union-attr]
        session.get(Mould, mould_b).active = False  # type: ignore[union-attr]
    assert row() == ("CTK-A, CTK-B", 0)
    assert designs.get(design).mould_ids == (mould_a, mould_b)
