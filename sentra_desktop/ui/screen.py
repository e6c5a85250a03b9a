"""Keeping every window inside the screen it opens on.

A shop PC often has a 1366×768 screen with a taskbar, at 100 % or 125 % display scaling, so the
room for a window can be as small as 1093×582 logical pixels. Dialogs are capped to that room
when they are shown (:class:`ScreenFitter`, installed once on the application); a dialog whose
content cannot shrink that far puts its body in a scroll area (:func:`scroll_dialog_body`) and
keeps its buttons outside, where they are always visible; a side panel that may be squeezed sits
in one too (:func:`scroll_body`).

The filter costs about 3.6 µs per event (measured offscreen: 5.4 µs → 9.0 µs for a sent event),
no stall: it does work only when a dialog is shown.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QBoxLayout, QDialog, QFrame, QScrollArea, QVBoxLayout, QWidget

log = logging.getLogger("sentra.ui")

# Below this room (logical pixels) the main window opens maximised rather than as a window.
SMALL_SCREEN = QSize(1400, 800)


def available(widget: QWidget | None = None) -> QRect:
    """The room for windows (screen minus taskbar) on ``widget``'s screen, else the primary one."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def room_key(room: QRect) -> str:
    """A screen's room as text ("1366x728"), to tell whether a saved geometry belongs to it."""
    return f"{room.width()}x{room.height()}"


def frame_extra(window: QWidget) -> QSize:
    """What the window frame (title bar, borders) adds to the window's own size."""
    frame, inner = QWidget.frameGeometry(window), QWidget.geometry(window)
    return QSize(max(frame.width() - inner.width(), 0), max(frame.height() - inner.height(), 0))


def capped(size: QSize, room: QRect, extra: QSize | None = None) -> QSize:
    """``size`` made no larger than ``room`` once the frame's ``extra`` is added."""
    extra = extra or QSize(0, 0)
    return QSize(
        min(size.width(), room.width() - extra.width()), min(size.height(), room.height() - extra.height())
    )


def fit_to_screen(window: QWidget) -> None:
    """Shrink ``window`` to the available room (never below what its layout needs) and move it
    so that it lies wholly on the screen.

    QWidget's methods are called unbound: a form may name a field ``size`` or ``move``.
    """
    room = available(window)
    extra = frame_extra(window)
    current = QWidget.size(window)
    least = QWidget.minimumSizeHint(window).expandedTo(QWidget.minimumSize(window)).boundedTo(current)
    wanted = capped(current, room, extra).expandedTo(least)
    if wanted != current:
        QWidget.resize(window, wanted)
    frame = QWidget.frameGeometry(window)
    x = max(min(frame.x(), room.right() + 1 - frame.width()), room.x())
    y = max(min(frame.y(), room.bottom() + 1 - frame.height()), room.y())
    if (x, y) != (frame.x(), frame.y()):
        QWidget.move(window, x, y)


def scroll_body(body: QWidget) -> QScrollArea:
    """A frameless scroll area holding ``body``: as large as the body where there is room, and
    scrolling (rather than cutting) where there is not."""
    area = QScrollArea()
    area.setObjectName("scroll_body")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(body)
    return area


def scroll_dialog_body(dialog: QWidget, keep: QWidget) -> QScrollArea:
    """Move everything in ``dialog``'s box layout except ``keep`` (its buttons) into a scroll area,
    so that on a small screen the body scrolls and the buttons stay in sight.

    Stretch factors and alignments are kept; ``keep`` goes last, below the scroll area.
    """
    layout = dialog.layout()
    assert isinstance(layout, QBoxLayout), "scroll_dialog_body needs a dialog with a box layout"
    body = QWidget()
    inner = QVBoxLayout(body)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.setSpacing(layout.spacing())
    while layout.count():
        stretch = layout.stretch(0)
        item = layout.takeAt(0)
        if item is None:
            break
        widget, child = item.widget(), item.layout()
        if widget is keep:
            continue
        if widget is not None:
            inner.addWidget(widget, stretch, item.alignment())
        elif child is not None:
            child.setParent(None)
            inner.addLayout(child, stretch)
        elif item.spacerItem() is not None:
            inner.addItem(item)
    area = scroll_body(body)
    area.setMinimumHeight(min(body.minimumSizeHint().height(), 160))
    layout.addWidget(area, 1)
    layout.addWidget(keep)
    return area


class ScreenFitter(QObject):
    """Fits every dialog to the screen when it is shown (an application-wide event filter)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow():
            try:
                fit_to_screen(watched)
            except Exception:  # an event filter must never raise: Qt would abort
                log.exception("could not fit %s to the screen", type(watched).__name__)
        return False


def install(app: QApplication) -> ScreenFitter:
    """Fit every dialog of ``app`` to its screen from now on."""
    fitter = ScreenFitter(app)
    app.installEventFilter(fitter)
    return fitter
