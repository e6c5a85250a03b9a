"""The Indonesian catalogues: complete, well-formed, and actually used by Qt.

The program speaks Indonesian by default, so an English text slipping through (a string added to
the code but not to ``sentra_id.ts``) is a visible bug; Qt ships no Indonesian for its own buttons
and dialogs, so ``qtbase_id.ts`` must compile and be found under Qt's real contexts.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
SENTRA_TS = I18N / "sentra_id.ts"
QTBASE_TS = I18N / "qtbase_id.ts"


def _load_tool(name: str) -> ModuleType:
    """Import ``tools/<name>.py``, which is a script folder rather than a package."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Registered before running it: dataclasses look their module up in sys.modules.
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


tools = _load_tool("update_translations")


def _listing(messages: list, limit: int = 200) -> str:
    """Messages as readable lines for an assertion message."""
    lines = [f"  [{m.context}] {m.source!r}" + (f" ({m.comment})" if m.comment else "") for m in messages]
    if len(lines) > limit:
        lines = [*lines[:limit], f"  ... and {len(lines) - limit} more"]
    return "\n".join(lines)


def _lrelease(ts_path: Path, qm_path: Path) -> subprocess.CompletedProcess[str]:
    """Compile ``ts_path`` the way ``make translations`` does."""
    return subprocess.run(
        [tools.tool_path("pyside6-lrelease"), str(ts_path), "-qm", str(qm_path)],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """Translators a test installs; removed afterwards so other tests see the English source."""
    from sentra_desktop.core import i18n

    translators: list[QTranslator] = []
    locale = QLocale()
    language = i18n.language()  # install_translators switches the catalogue without Qt too
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)
    i18n.set_language(language)


def _install(app: QApplication, qm_path: Path, into: list[QTranslator]) -> QTranslator:
    translator = QTranslator(app)
    assert translator.load(str(qm_path)), f"QTranslator could not load {qm_path}"
    assert not translator.isEmpty()
    assert app.installTranslator(translator)
    into.append(translator)
    return translator


# --- sentra_id.ts: every text of the code, translated ----------------------------------------------


@pytest.mark.timeout(30)
def test_sentra_catalogue_matches_the_code(tmp_path: Path) -> None:
    """lupdate over the code adds nothing to, and drops nothing from, the committed catalogue.

    lupdate runs on a copy, so the test never rewrites the committed file. Takes well under a
    second: lupdate parses ~50 Python files.
    """
    assert SENTRA_TS.exists(), "resources/i18n/sentra_id.ts is missing: run `make update-translations`"
    copy = tmp_path / SENTRA_TS.name
    shutil.copyfile(SENTRA_TS, copy)
    tools.update(copy)

    committed = tools.read_messages(SENTRA_TS)
    current = tools.read_messages(copy)
    committed_keys = {m.key for m in committed}
    current_keys = {m.key for m in current}
    missing = [m for m in current if m.key not in committed_keys]
    stale = [m for m in committed if m.key not in current_keys]
    unfinished = [m for m in current if m.unfinished and m.key in committed_keys]

    problems = []
    if missing:
        problems.append(f"{len(missing)} text(s) in the code but not in sentra_id.ts:\n{_listing(missing)}")
    if stale:
        problems.append(f"{len(stale)} text(s) in sentra_id.ts no longer in the code:\n{_listing(stale)}")
    if unfinished:
        problems.append(f"{len(unfinished)} text(s) without a translation:\n{_listing(unfinished)}")
    assert not problems, (
        "\n".join(problems)
        + "\nRun `make update-translations`, translate (tools/translations_todo.py lists what is left)."
    )


def test_sentra_catalogue_has_no_unfinished_entries() -> None:
    """No entry is marked unfinished or left empty: Qt would show the English text for it."""
    unfinished = [m for m in tools.read_messages(SENTRA_TS) if m.unfinished]
    assert not unfinished, f"{len(unfinished)} unfinished in sentra_id.ts:\n{_listing(unfinished)}"


def test_contexts_are_class_names() -> None:
    """Each context is a class name or an explicit translate() context.

    ``variable.tr("...")`` makes lupdate file the text under the variable's name (``widget``), while
    Qt looks it up at run time under the object's class: the translation would never be found.
    Use ``self.tr`` or ``QCoreApplication.translate("Context", ...)`` instead.
    """
    wrong = [m for m in tools.read_messages(SENTRA_TS) if not m.context[:1].isupper()]
    assert not wrong, f"texts filed under a variable name instead of a class:\n{_listing(wrong)}"


_PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[A-Za-z_][A-Za-z0-9_]*\}")


def _mnemonics(text: str) -> int:
    """How many ``&`` keyboard markers a text has (``&&`` is a literal ampersand)."""
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def test_translations_keep_placeholders_and_mnemonics() -> None:
    """A translation uses the same placeholders ({max}, %1, %n; repeats allowed) and keeps its & marker."""
    problems = []
    for message in tools.read_messages(SENTRA_TS):
        if message.unfinished:
            continue
        for form in message.translation.split("\n") if "%n" in message.source else [message.translation]:
            if set(_PLACEHOLDER.findall(message.source)) != set(_PLACEHOLDER.findall(form)):
                problems.append(f"  placeholders differ: {message.source!r} -> {form!r}")
        if _mnemonics(message.source) != _mnemonics(message.translation):
            problems.append(f"  & marker differs: {message.source!r} -> {message.translation!r}")
    assert not problems, "\n".join(problems)


# --- qtbase_id.ts: Qt's own texts ----------------------------------------------------------------


def test_qtbase_catalogue_compiles_and_translates_qt_buttons(
    qapp: QApplication, installed: list[QTranslator], tmp_path: Path
) -> None:
    """lrelease accepts the file and Qt's own button texts come out in Indonesian.

    Qt's generic theme names standard buttons in the ``QPlatformTheme`` context ("Save", "Cancel");
    the GNOME theme uses ``QGnomeTheme`` with mnemonics ("&Save"), so both are checked.
    """
    entries = tools.read_messages(QTBASE_TS)
    assert entries and not [m for m in entries if m.unfinished]
    qm = tmp_path / "qtbase_id.qm"
    result = _lrelease(QTBASE_TS, qm)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "error" not in output.lower() and "warning" not in output.lower(), output

    _install(qapp, qm, installed)
    translate = QCoreApplication.translate
    assert translate("QPlatformTheme", "Save") == "Simpan"
    assert translate("QPlatformTheme", "Cancel") == "Batal"
    assert translate("QGnomeTheme", "&Save") == "&Simpan"
    assert translate("QGnomeTheme", "&Cancel") == "&Batal"
    assert translate("QFileDialog", "Show &hidden files") == "Tampilkan berkas &tersembunyi"
    # Qt asks with a disambiguation here; the entry must be found with it.
    assert translate("QFileSystemModel", "Type", "All other platforms") == "Jenis"


# --- sentra_id.qm: loads, and English needs none ------------------------------------------------


def test_indonesian_catalogue_loads_and_english_needs_none(
    qapp: QApplication, installed: list[QTranslator], tmp_path: Path
) -> None:
    """The compiled Indonesian catalogue loads and translates; the English setting installs nothing."""
    from sentra_desktop.ui.i18n import install_translators

    finished = [m for m in tools.read_messages(SENTRA_TS) if not m.unfinished and "%n" not in m.source]
    assert finished, "sentra_id.ts has no translated entry"
    sample = next((m for m in finished if m.translation != m.source), finished[0])

    assert install_translators(qapp, "en") == []
    assert QCoreApplication.translate(sample.context, sample.source) == sample.source

    qm = tmp_path / "sentra_id.qm"
    result = _lrelease(SENTRA_TS, qm)
    assert result.returncode == 0, result.stdout + result.stderr
    _install(qapp, qm, installed)
    assert QCoreApplication.translate(sample.context, sample.source, sample.comment or None) == (
        sample.translation
    )


# --- one catalogue: the Qt-free lookup says what Qt says ------------------------------------------


@pytest.fixture
def indonesian_qt(qapp: QApplication, installed: list[QTranslator], tmp_path: Path) -> Iterator[None]:
    """The Indonesian .qm installed in Qt and Indonesian in the Qt-free catalogue, as the program runs."""
    from sentra_desktop.core import i18n

    qm = tmp_path / "sentra_id.qm"
    result = _lrelease(SENTRA_TS, qm)
    assert result.returncode == 0, result.stdout + result.stderr
    _install(qapp, qm, installed)
    previous = i18n.language()
    i18n.set_language("id")
    yield
    i18n.set_language(previous)


def test_the_catalogue_without_qt_agrees_with_qt_on_every_text(indonesian_qt: None) -> None:
    """Every finished entry of sentra_id.ts reads the same through Qt (.qm) and without it (.json).

    The .json is what `make translations` built; a stale one (older than the .ts) fails here too.
    """
    from sentra_desktop.core import i18n

    differ = []
    for message in tools.read_messages(SENTRA_TS):
        if message.unfinished or "%n" in message.source:
            continue
        qt = QCoreApplication.translate(message.context, message.source, message.comment or None)
        plain = i18n.translate(message.context, message.source, message.comment or None)
        if qt != plain:
            differ.append(f"  [{message.context}] {message.source!r}: Qt {qt!r}, without Qt {plain!r}")
    assert not differ, "run `make translations`:\n" + "\n".join(differ[:50])


def test_screen_and_paper_use_the_same_word_for_every_status_and_unit(indonesian_qt: None) -> None:
    """What a list on screen shows for each stored value is what a sheet (and the CLI) prints."""
    from sentra_desktop.core import names
    from sentra_desktop.core.enums import DesignStatus, MaterialUnit, OrderStatus
    from sentra_desktop.reports.labels import label, unit_label
    from sentra_desktop.ui.pages import sales_labels
    from sentra_desktop.ui.pages.aid import names as aid_names
    from sentra_desktop.ui.pages.design_form import status_names as design_status_names
    from sentra_desktop.ui.pages.settings.audit_fields import display_value
    from sentra_desktop.ui.pages.stock import common

    screen = {
        "OrderStatus": sales_labels.status_names(),
        "PaymentMethod": sales_labels.method_names(),
        "BuyerKind": sales_labels.kind_names(),
        "MetVia": sales_labels.met_via_names(),
        "SalesEventKind": sales_labels.event_kind_names(),
        "MovementKind": common.movement_names(),
        "StockItemKind": common.item_kind_names(),
        "DesignStatus": design_status_names(),
        "MaterialUnit": {unit: common.unit_name(unit) for unit in MaterialUnit},
        "AssistanceKind": aid_names.assistance_kind_names(),
        "AgencyKind": aid_names.agency_kind_names(),
        "ProgrammeKind": aid_names.programme_kind_names(),
        "Condition": aid_names.condition_names(),
        "AidStatus": aid_names.aid_status_names(),
        # Shown (so far) in the audit log's values.
        "StockCountStatus": {
            s: display_value("stock_count", "status", s.value) for s in names.STOCK_COUNT_STATUS
        },
        "Role": {r: display_value("app_user", "role", r.value) for r in names.ROLE},
        "AuditEvent": {e: display_value("app_user", "event", e.value) for e in names.AUDIT_EVENT},
    }
    # The audit log names an aid item's kind as the Bantuan page does.
    for kind, shown in screen["AssistanceKind"].items():
        assert display_value("assistance", "kind", kind.value) == shown, kind
    assert set(screen) == set(names.TABLES)
    compared = 0
    for context, table in names.TABLES.items():
        for member in table:
            on_screen = screen[context][member]
            on_paper = unit_label(member.value) if context == "MaterialUnit" else label(table, member.value)
            assert on_screen == on_paper, (context, member.value, on_screen, on_paper)
            assert on_screen != member.value or context == "MaterialUnit", (context, member.value)
            compared += 1
    assert compared >= 40
    # Finished goods are counted in pieces: the same word as a material counted in pieces.
    assert common.unit_name(names.DESIGN_UNIT) == unit_label(names.DESIGN_UNIT) == "buah"
    assert unit_label(MaterialUnit.PIECE) == "buah"
    assert sales_labels.status_names()[OrderStatus.READY] == "Siap kirim"
    assert design_status_names()[DesignStatus.RETIRED] == label(names.DESIGN_STATUS, "retired")
