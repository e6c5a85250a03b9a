"""The agency's main window (``--agency``): the area at the top, four pages below.

Perbandingan (every sentra's Kinerja side by side), Tumpang tindih bantuan (aid overlaps across
sentra and agencies), Laporan Bantuan (agency-wide) and Paket (the registry and the import). A
page reads its figures the first time it is shown and again when the area changes or a packet
comes in; everything slow runs on a worker. No login: agency mode runs as the agency operator.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from sentra_desktop import APP_NAME
from sentra_desktop.services.agency.view import AgencyViewService
from sentra_desktop.ui.agency.aid_report import AgencyAidPage
from sentra_desktop.ui.agency.common import AreaBox
from sentra_desktop.ui.agency.comparison import ComparisonPage
from sentra_desktop.ui.agency.overlaps import AgencyOverlapsPage
from sentra_desktop.ui.agency.packets import PacketImporter, PacketsPage
from sentra_desktop.ui.pages.common import buddy_label, page_title
from sentra_desktop.ui.screen import SMALL_SCREEN, available, capped

MINIMUM_SIZE = QSize(1000, 560)
DEFAULT_SIZE = QSize(1280, 740)
FRAME_ALLOWANCE = QSize(16, 48)


class AgencyWindow(QMainWindow):
    """The agency's window over the registry's sentra."""

    def __init__(
        self, view: AgencyViewService, importer: PacketImporter | None = None, location: str = ""
    ) -> None:
        super().__init__()
        self.view = view
        title = self.tr("{app} — agency").replace("{app}", APP_NAME)
        self.setWindowTitle(f"{title} ({location})" if location else title)
        self.setMinimumSize(capped(MINIMUM_SIZE, available(), FRAME_ALLOWANCE))
        self.area = AreaBox(view)
        self.comparison = ComparisonPage(view, self.area)
        self.overlaps = AgencyOverlapsPage(view, self.area)
        self.aid = AgencyAidPage(view, self.area)
        self.packets = PacketsPage(view, self.area, importer)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("agency_pages")
        self.tabs.addTab(self.comparison, self.tr("&Side by side"))
        self.tabs.addTab(self.overlaps, self.tr("Aid &overlaps"))
        self.tabs.addTab(self.aid, self.tr("&Aid report"))
        self.tabs.addTab(self.packets, self.tr("Pac&kets"))
        self._read: set[int] = set()
        self.tabs.currentChanged.connect(self._shown)
        self.packets.imported.connect(self._packet_came)
        self.area.area_changed.connect(self._area_changed)

        top = QHBoxLayout()
        top.addWidget(page_title(self.tr("Sentra of the agency")))
        top.addStretch(1)
        top.addWidget(buddy_label(self.tr("A&rea:"), self.area))
        top.addWidget(self.area)
        self.note = QLabel(
            self.tr("Each sentra's figures as its own program shows them, from the packets it sent.")
        )
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(body)
        self._shown(0)

    def _shown(self, index: int) -> None:
        """A page reads its figures the first time it is shown (the others later, when asked)."""
        if index in self._read:
            return
        self._read.add(index)
        page = self.tabs.widget(index)
        if page is self.comparison:
            self.comparison.reload()
        elif page is self.overlaps:
            self.overlaps.load()
        elif page is self.aid:
            self.aid.reload()
        elif page is self.packets:
            self.packets.reload()

    def _area_changed(self) -> None:
        """Another area: the page shown reads again now, the others when next shown (a page
        never reads while hidden)."""
        self._read = set()
        self._shown(self.tabs.currentIndex())

    def _packet_came(self) -> None:
        """A packet changed a replica: the pages read again when next shown."""
        self._read = {self.tabs.currentIndex()}

    def show_page(self, index: int) -> QWidget:
        pages: list[QWidget] = [self.comparison, self.overlaps, self.aid, self.packets]
        self.tabs.setCurrentIndex(index)
        return pages[index]

    def show_on_screen(self) -> None:
        """Maximised on a small screen (a 1366×768 laptop), else at the default size inside it."""
        room = available(self)
        if room.width() < SMALL_SCREEN.width() or room.height() < SMALL_SCREEN.height():
            self.showMaximized()
            return
        self.resize(capped(DEFAULT_SIZE, room, FRAME_ALLOWANCE))
        self.show()
