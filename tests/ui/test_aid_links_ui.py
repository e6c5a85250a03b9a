"""Through the real widgets: the production line names its mould (the last used is proposed), the
mould form ticks the designs it casts, the aid form takes a photo."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sentra_desktop.db.models import ProductionEntry
from sentra_desktop.services.catalogue_setup import MouldInput
from sentra_desktop.services.container import Services
from sentra_desktop.services.database import Database
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.ui.pages.aid.forms import AidForm, MouldForm
from sentra_desktop.ui.pages.production import ProductionPage
from tests.ui.test_aid_page import click_save, programmes  # noqa: F401  (a fixture)
from tests.ui.test_production_page import page, setup  # noqa: F401  (fixtures)


def _moulds_named(db: Database) -> list[int | None]:
    with db.reading() as session:
        return list(session.scalars(select(ProductionEntry.mould_id).order_by(ProductionEntry.id)))


def test_the_line_proposes_the_last_mould_of_the_design(
    qtbot: QtBot,
    page: ProductionPage,  # noqa: F811
    services: Services,
    db: Database,
    setup: dict[str, int],  # noqa: F811
) -> None:
    design = setup["GK-AMP-01"]
    a = services.moulds.create(MouldInput(code="CTK-A", name="Ampera A", design_ids=(design,)))
    b = services.moulds.create(MouldInput(code="CTK-B", name="Ampera B", design_ids=(design,)))
    page.maker.setCurrentIndex(page.maker.findData(setup["maker"]))
    page.design.setFocus()
    qtbot.keyClicks(page.design, "GK-AMP-01")
    assert [page.mould.itemData(i) for i in range(page.mould.count())] == [None, a, b]
    assert page.mould.id_value() is None  # never used yet: nothing proposed
    # The operator names mould B from the keyboard: Tab to it, type its code.
    page.mould.setFocus()
    qtbot.keyClicks(page.mould, "CTK-B")
    assert page.mould.id_value() == b
    page.good.setFocus()
    qtbot.keyClicks(page.good, "50")
    with qtbot.waitSignal(page.entry_saved, timeout=3000):
        qtbot.keyClick(page.good, Qt.Key.Key_Return)
    assert page.mould.id_value() is None  # cleared with the design for the next line

    # The next line of that design gets B proposed; design, Tab, pieces, Enter keeps it.
    page.maker.setCurrentIndex(page.maker.findData(setup["other"]))
    page.design.setFocus()
    qtbot.keyClicks(page.design, "GK-AMP-01")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    if QApplication.focusWidget() is not page.good:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert page.mould.id_value() == b
    qtbot.keyClicks(page.good, "20")
    with qtbot.waitSignal(page.entry_saved, timeout=3000):
        qtbot.keyClick(page.good, Qt.Key.Key_Return)
    qtbot.keyClicks(page.design, "GK-SGK-01")  # a design without moulds: nothing to offer
    assert page.mould.count() == 1 and page.mould.id_value() is None
    assert _moulds_named(db) == [b, b]

    # Editing keeps the mould unless it is changed.
    page.table.selectRow(0)
    dialog = page.edit_selected()
    assert dialog is not None
    assert dialog.mould.id_value() == b
    dialog.good.setText("25")
    dialog.submit()
    assert _moulds_named(db) == [b, b]
    page.table.selectRow(0)
    dialog = page.edit_selected()
    assert dialog is not None
    dialog.mould.select(a)
    dialog.submit()
    assert sorted(_moulds_named(db), key=str) == sorted([a, b], key=str)


def test_the_mould_form_ticks_the_designs_it_casts(
    qtbot: QtBot,
    services: Services,
    setup: dict[str, int],  # noqa: F811
) -> None:
    form = MouldForm(services.moulds, None)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    qtbot.keyClicks(form.code_edit, "CTK-9")
    qtbot.keyClicks(form.name_edit, "Cetakan dua desain")
    form.designs.set_checked(setup["GK-AMP-01"])
    form.designs.set_checked(setup["GK-SGK-01"])
    assert form.has_unsaved_changes()
    click_save(qtbot, form)  # type: ignore[arg-type]
    assert not form.isVisible()
    mould = services.moulds.get(form.record_id or 0)
    assert set(mould.design_ids) == {setup["GK-AMP-01"], setup["GK-SGK-01"]}
    again = MouldForm(services.moulds, mould.id)
    qtbot.addWidget(again)
    assert set(again.designs.ids()) == set(mould.design_ids)
    again.designs.set_checked(setup["GK-SGK-01"], False)
    click_save(qtbot, again)  # type: ignore[arg-type]
    assert services.moulds.get(mould.id).design_ids == (setup["GK-AMP-01"],)
    row = next(r for r in services.designs.page(ListQuery(), 0, 10) if r.id == setup["GK-AMP-01"])
    assert row.mould == "CTK-9" and row.working_moulds == 1


def test_the_aid_form_takes_a_photo(
    qtbot: QtBot,
    services: Services,
    programmes: dict[str, int],  # noqa: F811
    tmp_path: Path,
) -> None:
    item = services.assistance.page(ListQuery(), 0, 1)[0].id
    form = AidForm(services.assistance, item)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    assert form.photo.preview.pixmap().isNull()  # "No photo"
    picture = tmp_path / "cetakan.png"
    Image.new("RGB", (1600, 1200), "green").save(picture)
    form.photo.set_file(picture)
    assert not form.photo.preview.pixmap().isNull()
    assert form.has_unsaved_changes()
    click_save(qtbot, form)
    assert not form.isVisible()
    stored = services.assistance.get(item).photo
    assert stored is not None and Image.open(io.BytesIO(stored)).size == (800, 600)
    shown = AidForm(services.assistance, item)
    qtbot.addWidget(shown)
    assert not shown.photo.preview.pixmap().isNull() and not shown.has_unsaved_changes()
    bad = tmp_path / "bukan.jpg"
    bad.write_bytes(b"no picture")
    shown.show()
    shown.photo.set_file(bad)
    click_save(qtbot, shown)
    assert shown.isVisible() and shown.error_text("photo")


def test_the_catalogue_flags_a_design_no_working_mould_casts(
    qtbot: QtBot,
    services: Services,
    setup: dict[str, int],  # noqa: F811
) -> None:
    from PySide6.QtCore import Qt as QtCore

    from sentra_desktop.core.enums import Condition
    from sentra_desktop.ui.pages.designs import DesignsPage

    design = setup["GK-AMP-01"]
    mould = services.moulds.create(MouldInput(code="CTK-A", name="A", design_ids=(design,)))
    designs = DesignsPage(services)
    qtbot.addWidget(designs)

    def shown(code: str) -> str:
        designs.reload()
        model = designs.model
        header = [model.headerData(c, QtCore.Orientation.Horizontal) for c in range(model.columnCount())]
        column = header.index("Moulds") if "Moulds" in header else header.index("Mould")
        for row in range(model.rowCount()):
            if model.row_at(row).code == code:
                return str(model.data(model.index(row, column)))
        raise AssertionError(code)

    assert shown("GK-AMP-01") == "CTK-A"
    assert shown("GK-SGK-01").startswith("⚠")  # no mould at all
    detail = services.moulds.get(mould)
    names = MouldInput.__dataclass_fields__
    data = {name: getattr(detail, name) for name in names if name != "design_ids"}
    services.moulds.update(mould, detail.version, MouldInput(**{**data, "condition": Condition.BROKEN}))
    assert shown("GK-AMP-01").startswith("⚠") and "CTK-A" in shown("GK-AMP-01")
