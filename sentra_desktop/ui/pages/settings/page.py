"""Pengaturan: the basics a sentra sets up once, one tab each.

The sentra profile, member businesses, makers, product types, moulds, operators, the
language, backups, import/export, the audit log and where the database lives. The five
lists are the same :class:`RecordListTab`, each over its record kind's service; what they save
is announced by :attr:`SettingsPage.changed` so the main window can refresh what depends on it
(the operator drop-down). Each tab is built the first time it is shown (or asked for): building
all eleven at once made the page's first showing slow on a large database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from sentra_desktop.core.paths import DB_FILE
from sentra_desktop.services.container import Services
from sentra_desktop.ui.pages.lazy_tabs import put_in_place
from sentra_desktop.ui.pages.settings.dialogs import words
from sentra_desktop.ui.pages.settings.profile_tab import ProfileTab
from sentra_desktop.ui.settings import AppSettings

if TYPE_CHECKING:  # each tab's module is imported when the tab is first built (imports cost too)
    from sentra_desktop.services.records import RecordService
    from sentra_desktop.ui.pages.settings.audit_tab import AuditTab
    from sentra_desktop.ui.pages.settings.backup_tab import BackupTab
    from sentra_desktop.ui.pages.settings.database_tab import DatabaseTab
    from sentra_desktop.ui.pages.settings.idle_lock import IdleLockSetting
    from sentra_desktop.ui.pages.settings.language_tab import LanguageTab
    from sentra_desktop.ui.pages.settings.packet_box import PacketBox
    from sentra_desktop.ui.pages.settings.record_list import DialogFactory, RecordListTab
    from sentra_desktop.ui.pages.settings.transfer_tab import TransferTab

# The tabs in their order; the five record lists sit between the profile and the language.
PROFILE, MEMBERS, MAKERS, PRODUCT_TYPES, MOULDS, OPERATORS, LANGUAGE, BACKUP, TRANSFER, AUDIT, DATABASE = (
    range(11)
)
LISTS = (MEMBERS, MAKERS, PRODUCT_TYPES, MOULDS, OPERATORS)


class SettingsPage(QWidget):
    """The Pengaturan page; emits ``changed`` whenever something on it is saved."""

    changed = Signal()

    def __init__(self, services: Services, app_settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.app_settings = app_settings
        self._built: dict[int, QWidget] = {}
        self._factories: dict[int, Callable[[], QWidget]] = {
            PROFILE: self._profile,
            MEMBERS: lambda: self._list(services.members),
            MAKERS: self._makers,
            PRODUCT_TYPES: lambda: self._list(services.product_types),
            MOULDS: self._moulds,
            OPERATORS: self._operators,
            LANGUAGE: self._language,
            BACKUP: self._backup,
            TRANSFER: self._transfer,
            AUDIT: self._audit,
            DATABASE: self._database,
        }
        titles = [self.tr("Sentra profile")]
        titles += [
            words(service.kind.plural)
            for service in (
                services.members,
                services.makers,
                services.product_types,
                services.moulds,
                services.operators,
            )
        ]
        titles += [self.tr("Language"), self.tr("Backup"), self.tr("Import/Export"), self.tr("Audit")]
        titles.append(self.tr("Database"))

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for title in titles:
            self.tabs.addTab(QWidget(), title)  # a placeholder until the tab is first shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.tabs)
        self._tab(PROFILE)
        self.tabs.currentChanged.connect(self._tab)

    # --- the tabs, built on first use ------------------------------------------------------------
    def _tab(self, index: int) -> QWidget:
        """Tab ``index``, built (and put in place of its placeholder) the first time it is needed."""
        tab = self._built.get(index)
        if tab is not None:
            return tab
        tab = self._factories[index]()
        self._built[index] = tab
        put_in_place(self.tabs, index, tab, self.services.db)
        return tab

    def _list(
        self, service: RecordService[Any, Any, Any, Any], dialog: DialogFactory | None = None
    ) -> RecordListTab:
        from sentra_desktop.ui.pages.settings.record_list import RecordListTab

        return self._listed(RecordListTab(service, dialog))

    def _listed(self, tab: RecordListTab) -> RecordListTab:
        tab.changed.connect(self._list_changed)
        tab.reload()  # built when first shown or asked for: either way its rows are wanted now
        return tab

    def _profile(self) -> ProfileTab:
        tab = ProfileTab(self.services.profile)
        tab.saved.connect(self.changed)
        return tab

    def _makers(self) -> RecordListTab:
        from sentra_desktop.ui.pages.settings.maker_dialog import MakerDialog

        makers = self.services.makers
        return self._list(makers, lambda parent, record_id: MakerDialog(makers, record_id, parent))

    def _moulds(self) -> RecordListTab:
        from sentra_desktop.ui.pages.aid.lists import NamedListTab  # the aid area imports this package

        return self._listed(NamedListTab(self.services.moulds))

    def _operators(self) -> RecordListTab:
        from sentra_desktop.ui.pages.settings.dialogs import OperatorDialog
        from sentra_desktop.ui.pages.settings.idle_lock import IdleLockSetting

        operators, app_settings = self.services.operators, self.app_settings
        tab = self._list(
            operators, lambda parent, record_id: OperatorDialog(operators, app_settings, record_id, parent)
        )
        # The idle lock's time, a sentra setting, under the user list.
        self._idle_lock = IdleLockSetting(self.services.sentra_settings)
        users_layout = tab.layout()
        assert users_layout is not None  # a record list tab always has its layout
        users_layout.addWidget(self._idle_lock)
        return tab

    def _language(self) -> LanguageTab:
        from sentra_desktop.ui.pages.settings.language_tab import LanguageTab

        tab = LanguageTab(self.app_settings)
        tab.saved.connect(self.changed)
        return tab

    def _backup(self) -> BackupTab:
        from sentra_desktop.services.backup import BackupService
        from sentra_desktop.services.data_copy import ServerBackups
        from sentra_desktop.ui.pages.settings.backup_tab import BackupTab

        backups = BackupService.for_database(self.services.db) or ServerBackups(
            self.services.db, self.app_settings.path.parent / "backups"
        )
        tab = BackupTab(backups)
        tab.restored.connect(self._restored)
        return tab

    def _transfer(self) -> TransferTab:
        from sentra_desktop.ui.pages.settings.packet_box import PacketBox
        from sentra_desktop.ui.pages.settings.transfer_tab import TransferTab

        tab = TransferTab(self.services.transfer)
        tab.imported.connect(self._imported)
        # The signed packet for the agency, under the spreadsheet import and export.
        self._packet_box = PacketBox(self.services.packets)
        transfer_layout = tab.layout()
        assert isinstance(transfer_layout, QVBoxLayout)  # the tab's own column
        transfer_layout.insertWidget(transfer_layout.count() - 2, self._packet_box)
        return tab

    def _audit(self) -> AuditTab:
        from sentra_desktop.ui.pages.settings.audit_tab import AuditTab

        return AuditTab(self.services.audit_log)

    def _database(self) -> DatabaseTab:
        from sentra_desktop.ui.pages.settings.database_tab import DatabaseTab

        # The settings file lives in the data folder, beside this PC's database file.
        settings = self.app_settings
        return DatabaseTab(settings, self.services.db, str(settings.path.parent / DB_FILE))

    @property
    def profile_tab(self) -> ProfileTab:
        return self._tab(PROFILE)  # type: ignore[return-value]

    @property
    def members_tab(self) -> RecordListTab:
        return self._tab(MEMBERS)  # type: ignore[return-value]

    @property
    def makers_tab(self) -> RecordListTab:
        return self._tab(MAKERS)  # type: ignore[return-value]

    @property
    def product_types_tab(self) -> RecordListTab:
        return self._tab(PRODUCT_TYPES)  # type: ignore[return-value]

    @property
    def moulds_tab(self) -> RecordListTab:
        return self._tab(MOULDS)  # type: ignore[return-value]

    @property
    def operators_tab(self) -> RecordListTab:
        return self._tab(OPERATORS)  # type: ignore[return-value]

    @property
    def idle_lock(self) -> IdleLockSetting:
        self._tab(OPERATORS)
        return self._idle_lock

    @property
    def language_tab(self) -> LanguageTab:
        return self._tab(LANGUAGE)  # type: ignore[return-value]

    @property
    def backup_tab(self) -> BackupTab:
        return self._tab(BACKUP)  # type: ignore[return-value]

    @property
    def transfer_tab(self) -> TransferTab:
        return self._tab(TRANSFER)  # type: ignore[return-value]

    @property
    def packet_box(self) -> PacketBox:
        self._tab(TRANSFER)
        return self._packet_box

    @property
    def audit_tab(self) -> AuditTab:
        return self._tab(AUDIT)  # type: ignore[return-value]

    @property
    def database_tab(self) -> DatabaseTab:
        return self._tab(DATABASE)  # type: ignore[return-value]

    def screenshot_detail(self, name: str) -> QWidget | None:
        """``--page pengaturan/cetakan``: the mould register; ``cetakan-form``: its first mould's form."""
        if name not in ("cetakan", "cetakan-form"):
            return None
        self.tabs.setCurrentWidget(self.moulds_tab)
        if name == "cetakan":
            return self.window()
        self.moulds_tab.reload()
        self.moulds_tab.table.selectRow(0)
        self.moulds_tab.edit_selected()
        return self.moulds_tab.dialog

    def list_tabs(self) -> tuple[RecordListTab, ...]:
        """The five record lists (building those not yet shown)."""
        return tuple(self._tab(index) for index in LISTS)  # type: ignore[misc]

    def _built_lists(self) -> tuple[RecordListTab, ...]:
        # One not yet built reads its list when it is: no need to re-read it now.
        return tuple(self._built[index] for index in LISTS if index in self._built)  # type: ignore[misc]

    def activated(self) -> None:
        """Called each time the page is shown: re-read the lists and an untouched profile."""
        for tab in self._built_lists():
            tab.reload()
        self.profile_tab.reload_if_unchanged()
        if LANGUAGE in self._built:
            self.language_tab.load()
        if AUDIT in self._built:
            self.audit_tab.invalidate()

    def _restored(self) -> None:
        # Every list on this page now shows data from the backup, and so may the operator list.
        self.activated()
        self.changed.emit()

    def _imported(self, _result: object) -> None:
        # Imported records show on other pages, and in the audit log.
        if AUDIT in self._built:
            self.audit_tab.invalidate()
        self.changed.emit()

    def _list_changed(self) -> None:
        # A renamed member business shows in the maker list, a product type in the moulds, ...
        sender = self.sender()
        for tab in self._built_lists():
            if tab is not sender:
                tab.reload()
        self.changed.emit()
