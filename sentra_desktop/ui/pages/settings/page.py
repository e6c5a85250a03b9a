"""Pengaturan: the basics a sentra sets up once, one tab each.

The sentra profile, member businesses, makers, product types, moulds, operators, the
language, backups, import/export, the audit log and where the database lives. The five
lists are the same :class:`RecordListTab`, each over its record kind's service; what they save
is announced by :attr:`SettingsPage.changed` so the main window can refresh what depends on it
(the operator drop-down).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from sentra_desktop.core.paths import DB_FILE
from sentra_desktop.services.backup import BackupService
from sentra_desktop.services.container import Services
from sentra_desktop.services.data_copy import ServerBackups
from sentra_desktop.ui.pages.settings.audit_tab import AuditTab
from sentra_desktop.ui.pages.settings.backup_tab import BackupTab
from sentra_desktop.ui.pages.settings.database_tab import DatabaseTab
from sentra_desktop.ui.pages.settings.dialogs import OperatorDialog, words
from sentra_desktop.ui.pages.settings.idle_lock import IdleLockSetting
from sentra_desktop.ui.pages.settings.language_tab import LanguageTab
from sentra_desktop.ui.pages.settings.maker_dialog import MakerDialog
from sentra_desktop.ui.pages.settings.profile_tab import ProfileTab
from sentra_desktop.ui.pages.settings.record_list import RecordListTab
from sentra_desktop.ui.pages.settings.transfer_tab import TransferTab
from sentra_desktop.ui.settings import AppSettings


class SettingsPage(QWidget):
    """The Pengaturan page; emits ``changed`` whenever something on it is saved."""

    changed = Signal()

    def __init__(self, services: Services, app_settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)

        self.profile_tab = ProfileTab(services.profile)
        self.members_tab = RecordListTab(services.members)
        makers = services.makers
        self.makers_tab = RecordListTab(
            makers, lambda parent, record_id: MakerDialog(makers, record_id, parent)
        )
        self.product_types_tab = RecordListTab(services.product_types)
        from sentra_desktop.ui.pages.aid.lists import NamedListTab  # the aid area imports this package

        self.moulds_tab = NamedListTab(services.moulds)
        operators = services.operators
        self.operators_tab = RecordListTab(
            operators, lambda parent, record_id: OperatorDialog(operators, app_settings, record_id, parent)
        )
        # The idle lock's time, a sentra setting, under the user list.
        self.idle_lock = IdleLockSetting(services.sentra_settings)
        users_layout = self.operators_tab.layout()
        assert users_layout is not None  # a record list tab always has its layout
        users_layout.addWidget(self.idle_lock)
        self.language_tab = LanguageTab(app_settings)
        backups = BackupService.for_database(services.db) or ServerBackups(
            services.db, app_settings.path.parent / "backups"
        )
        self.backup_tab = BackupTab(backups)
        self.transfer_tab = TransferTab(services.transfer)
        self.audit_tab = AuditTab(services.audit_log)
        # The settings file lives in the data folder, beside this PC's database file.
        self.database_tab = DatabaseTab(app_settings, services.db, str(app_settings.path.parent / DB_FILE))

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.profile_tab, self.tr("Sentra profile"))
        for tab in self.list_tabs():
            self.tabs.addTab(tab, words(tab.service.kind.plural))
        self.tabs.addTab(self.language_tab, self.tr("Language"))
        self.tabs.addTab(self.backup_tab, self.tr("Backup"))
        self.tabs.addTab(self.transfer_tab, self.tr("Import/Export"))
        self.tabs.addTab(self.audit_tab, self.tr("Audit"))
        self.tabs.addTab(self.database_tab, self.tr("Database"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.tabs)

        self.profile_tab.saved.connect(self.changed)
        self.language_tab.saved.connect(self.changed)
        self.backup_tab.restored.connect(self._restored)
        self.transfer_tab.imported.connect(self._imported)
        for tab in self.list_tabs():
            tab.changed.connect(self._list_changed)

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
        return (
            self.members_tab,
            self.makers_tab,
            self.product_types_tab,
            self.moulds_tab,
            self.operators_tab,
        )

    def activated(self) -> None:
        """Called each time the page is shown: re-read the lists and an untouched profile."""
        for tab in self.list_tabs():
            tab.reload()
        self.profile_tab.reload_if_unchanged()
        self.language_tab.load()
        self.audit_tab.invalidate()

    def _restored(self) -> None:
        # Every list on this page now shows data from the backup, and so may the operator list.
        self.activated()
        self.changed.emit()

    def _imported(self, _result: object) -> None:
        # Imported records show on other pages, and in the audit log.
        self.audit_tab.invalidate()
        self.changed.emit()

    def _list_changed(self) -> None:
        # A renamed member business shows in the maker list, a product type in the moulds, ...
        sender = self.sender()
        for tab in self.list_tabs():
            if tab is not sender:
                tab.reload()
        self.changed.emit()
