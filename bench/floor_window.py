"""The startup floor: the least a PySide6 program can do to show one page of this database.

A bare ``QMainWindow`` with a ``QTableView`` of the first 50 designs, read with SQLAlchemy Core
(no ORM, no migrations, no settings, no translations). ``bench/startup.py`` times it next to the
real program, so the ratio between the two says how much the program adds on top of what Python,
Qt and SQLAlchemy cost anyway on this machine.

Usage: ``python bench/floor_window.py DATABASE_FILE``. Prints ``READY rows=<n>`` (flushed) once
the table has been painted, then quits: the same moment the program reports under
``SENTRA_STARTUP_PROBE=1``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from sqlalchemy import column, create_engine, select, table

ROWS = 50
COLUMNS = ("code", "name", "colour", "size", "price", "status")
# A lightweight table construct: no reflection query, just the columns the view shows.
DESIGN_VARIANT = table("design_variant", *(column(name) for name in COLUMNS))


def read_rows(database: str) -> list[tuple[object, ...]]:
    """The first ``ROWS`` designs by code, as plain tuples."""
    engine = create_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as conn:
            query = select(DESIGN_VARIANT).order_by(DESIGN_VARIANT.c.code).limit(ROWS)
            return [tuple(row) for row in conn.execute(query)]
    finally:
        engine.dispose()


class FirstPaint(QObject):
    """Reports READY after the first paint of the watched widget, then quits the application.

    The report is deferred to the next turn of the event loop, as the program does, so that the
    paint has finished (and been flushed to the backing store) before the clock stops.
    """

    def __init__(self, widget: QObject, rows: int) -> None:
        super().__init__(widget)
        self._rows = rows
        self._fired = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._fired:
            self._fired = True
            QTimer.singleShot(0, self._ready)
        return False

    def _ready(self) -> None:
        print(f"READY rows={self._rows}", flush=True)
        QApplication.quit()


def main(argv: list[str]) -> int:
    """Show the table for the database named in ``argv`` until it has been painted once."""
    if len(argv) != 1:
        print("usage: floor_window.py DATABASE_FILE", file=sys.stderr)
        return 2
    app = QApplication(sys.argv[:1])
    rows = read_rows(argv[0])
    model = QStandardItemModel(len(rows), len(COLUMNS))
    model.setHorizontalHeaderLabels(list(COLUMNS))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            model.setItem(r, c, QStandardItem("" if value is None else str(value)))
    window = QMainWindow()
    window.setWindowTitle("Startup floor")
    view = QTableView(window)
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1024, 640)
    FirstPaint(view.viewport(), len(rows))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
