"""Reads every visible text of every page and dialog in Indonesian and reports the English in it.

Run by tests/ui/test_indonesian_sweep.py in a fresh process (the Indonesian translators stay
installed for the whole run): ``python -m tests.ui.indonesian_sweep_probe OUT.json``. Opens the
windows the way :mod:`tests.ui.window_fit_probe` does (every page and tab of the main window, every
dialog, the longest message boxes, Qt's print dialogs) and collects window titles, labels, buttons,
tooltips, placeholders, combo items, tab titles, group titles, column headers and the first rows of
every list. A text is English when it still equals the English source of a translated catalogue
entry, or when it holds a word of :data:`ENGLISH` that :data:`ACCEPTED` does not allow.
"""

from __future__ import annotations

import itertools
import json
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tests.ui.window_fit_probe import demo_services, dialogs, message_boxes, settle

ROOT = Path(__file__).resolve().parents[2]
ROWS = 4  # the first rows of each list are read: enough to see a raw value, cheap on a long list

# Common English words of a user interface that are not also Indonesian words. A visible text
# holding one of them in Indonesian mode is untranslated (or a raw stored value shown as is).
_ENGLISH_WORDS = """
    about above add added after all an and any apply are as at back before below by cancel cancelled
    change changed changes choose clear click close closed collate colour color copies copy count
    create created current date day days default delete deleted delivered delivery design designs
    done draft drawing each edit empty enter entries entry error every failed field fields file find
    first for from full good has have help here how if in invalid is it item items last left list
    load loading material materials more name new next no none not of off on one only open options
    or order orders other out output overview page pages paper part payment per piece pieces please
    previous print printer printing properties quantity range receipt record records remove reject
    rejects reverse right row rows save saved search select selected set settings show size some
    stock that the this to total two type unit update user value values view void voided was when
    where which who will with without yes you your portrait landscape margins orientation top bottom
    duplex
"""
ENGLISH = frozenset(_ENGLISH_WORDS.split())

# Words that are English but belong on an Indonesian screen: loanwords, names and file kinds.
_ACCEPTED_WORDS = """
    pdf csv xlsx excel sabutret whatsapp wa email online offline backup sqlite postgresql sentra
    desktop cups ok id no reject per total subtotal enter set printer
"""
ACCEPTED = frozenset(_ACCEPTED_WORDS.split())

# Proper names with English words in them, taken out of a text before it is read.
PROPER_NAMES = ("GNU General Public License", "Qt for Python", "GPL-3.0-or-later")

WORD = re.compile(r"[A-Za-z][A-Za-z']*")
TAG = re.compile(r"<[^>]+>")
# A file path shown as it is (the database in the status bar, a backup folder): not words. A
# temporary folder's random name once read as "tmpg", "hhc" and "if", and "if" is English.
PATH = re.compile(r"(?<![\w/])(?:[A-Za-z]:\\|~?/)[^\s'\"]+")


def english_words(text: str) -> list[str]:
    """The words of ``text`` that are English UI words and not accepted loanwords."""
    for name in PROPER_NAMES:
        text = text.replace(name, " ")
    plain = PATH.sub(" ", TAG.sub(" ", text)).replace("&amp;", "&").replace("&", "")
    words = (w.lower().strip("'") for w in WORD.findall(plain))
    return sorted({w for w in words if w in ENGLISH and w not in ACCEPTED})


def translated_sources() -> frozenset[str]:
    """English sources the catalogues always translate into something else: seen as is, untranslated."""
    sources: set[str] = set()
    kept: set[str] = set()  # a text some entry translates into itself ("Reject", "Status") is Indonesian
    for name in ("sentra_id.ts", "qtbase_id.ts"):
        for message in ET.parse(ROOT / "resources" / "i18n" / name).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = "".join(translation.itertext()).strip() if translation is not None else ""
            if text and text != source and len(source) > 3 and WORD.search(source):
                sources.add(source.replace("&", ""))
            kept.add(text.replace("&", ""))
    return frozenset(sources - kept)


def model_texts(model: QAbstractItemModel | None) -> Iterator[str]:
    if model is None:
        return
    from PySide6.QtCore import QModelIndex

    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model keeps its one column private
        columns = 1
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(min(ROWS, model.rowCount(root))):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value


def widget_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for every text a user can see in ``window`` now, or by hovering."""
    yield "title", window.windowTitle()
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not widget.isVisibleTo(window) and not isinstance(widget, QMenu):
            continue
        kind = type(widget).__name__
        if widget.toolTip():
            yield f"{kind} tooltip", widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield kind, widget.text()
        elif isinstance(widget, QLineEdit):
            yield f"{kind} placeholder", widget.placeholderText()
        elif isinstance(widget, QPlainTextEdit) and widget.isReadOnly():
            continue  # technical details (a traceback, a driver's message) stay as they were written
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            yield f"{kind} placeholder", widget.placeholderText()
            yield kind, widget.toPlainText()
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield f"{kind} item", widget.itemText(index)
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield f"{kind} tab", widget.tabText(index)
        elif isinstance(widget, QGroupBox):
            yield kind, widget.title()
        elif isinstance(widget, QMenu):
            yield kind, widget.title()
            for action in widget.actions():
                yield f"{kind} action", action.text()
        if isinstance(widget, QAbstractItemView):
            for text in model_texts(widget.model()):
                yield f"{kind} cell", text


def findings_of(name: str, window: QWidget, sources: frozenset[str]) -> list[str]:
    settle()
    found: list[str] = []
    seen: set[str] = set()
    for what, text in widget_texts(window):
        text = text.strip()
        if not text or text in seen:
            continue
        seen.add(text)
        words = english_words(text)
        if words:
            found.append(f"{name}: {what} {text[:80]!r}: {', '.join(words)}")
        elif text.replace("&", "") in sources:
            found.append(f"{name}: {what} {text[:80]!r} is the untranslated source")
    return found


def select_first_rows(window: QWidget) -> None:
    """Choose the first row of every list in view, so detail panes (the audit's values) fill too."""
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisibleTo(window) or model is None or view.selectionModel() is None:
            continue
        if view.selectionMode() == QAbstractItemView.SelectionMode.NoSelection:
            continue
        from PySide6.QtCore import QModelIndex

        if model.rowCount(QModelIndex()) > 0:
            flags = QItemSelectionModel.SelectionFlag
            view.selectionModel().setCurrentIndex(model.index(0, 0), flags.ClearAndSelect | flags.Rows)
    settle()


def page_findings(name: str, window: QWidget, page: QWidget, sources: frozenset[str]) -> list[str]:
    """The window with ``page`` as it opens, then with the first row of each of its lists chosen."""
    found = findings_of(name, window, sources)
    select_first_rows(page)
    return found + findings_of(f"{name} (first rows chosen)", window, sources)


def qt_print_dialogs(window: QWidget) -> Iterator[tuple[str, QWidget]]:
    """Qt's page setup dialog and the print dialog's printer properties (CUPS options)."""
    from PySide6.QtPrintSupport import QPageSetupDialog, QPrinter

    printer = QPrinter()
    if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:  # it needs a real (CUPS) printer
        yield "page setup dialog", QPageSetupDialog(printer, window)


def run(out: Path) -> list[str]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    from sentra_desktop.ui import screen
    from sentra_desktop.ui.i18n import install_translators
    from sentra_desktop.ui.main_window import MainWindow
    from sentra_desktop.ui.settings import AppSettings

    screen.install(app)
    install_translators(app, "id")
    sources = translated_sources()
    found: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        services = demo_services(Path(folder))
        settings = AppSettings(Path(folder) / "settings.ini")
        window = MainWindow(services, settings, str(Path(folder) / "sentra.sqlite3"))
        window.show_on_screen()
        for area in window.areas:
            page = window.show_page(area.key)
            found.extend(page_findings(f"main/{area.key}", window, page, sources))
            tabs = page.findChild(QTabWidget)
            if tabs is not None:
                for index in range(1, tabs.count()):
                    tabs.setCurrentIndex(index)
                    settle()
                    name = f"main/{area.key}/{tabs.tabText(index)}"
                    found.extend(page_findings(name, window, tabs.currentWidget(), sources))
        # Lazily, as the generators keep alive what a dialog points at (the printer of the print dialog).
        windows = itertools.chain(
            dialogs(services, window, settings), message_boxes(window), qt_print_dialogs(window)
        )
        for name, dialog in windows:
            if name == "transfer":  # as Impor/Ekspor opens it, with every kind's name
                from sentra_desktop.ui.pages.settings.transfer_tab import TransferTab

                dialog.deleteLater()
                dialog = window.findChild(TransferTab).open_import()
            dialog.show()
            found.extend(findings_of(name, dialog, sources))
            if name == "print dialog":  # Qt's own dialog on Linux, with its options opened
                from PySide6.QtWidgets import QPushButton

                for button in dialog.findChildren(QPushButton):
                    if ">>" in button.text():
                        button.click()
                found.extend(findings_of("print dialog options", dialog, sources))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            if isinstance(dialog, QDialog):
                dialog.done(0)
            dialog.hide()
            dialog.deleteLater()
            settle()
        window.close()
        services.close()
    out.write_text(json.dumps(found, indent=1, ensure_ascii=False), encoding="utf-8")
    return found


if __name__ == "__main__":
    for line in run(Path(sys.argv[1])):
        print(line)
