"""Every service of the program over one database, handed to the user interface as one object."""

from __future__ import annotations

from sentra_desktop.services.agency import service as _agency  # noqa: F401 - agency actions join the roles
from sentra_desktop.services.agency.view import AgencyViewService  # noqa: F401 - its actions join the role table
from sentra_desktop.services.aid import AgencyService, AssistanceService, ProgrammeService
from sentra_desktop.services.aid_period import AidPeriodService
from sentra_desktop.services.aid_report import AidReportService
from sentra_desktop.services.aid_transfer import ASSISTANCE  # noqa: F401 - adds the "assistance" kind
from sentra_desktop.services.aid_use import AidUseService
from sentra_desktop.services.audit_log import AuditLogService
from sentra_desktop.services.buyers import BuyerService
from sentra_desktop.services.catalogue_setup import MouldService, ProductTypeService
from sentra_desktop.services.database import Database
from sentra_desktop.services.database_setup import DatabaseSetupService
from sentra_desktop.services.designs import DesignService
from sentra_desktop.services.ikm_year import IkmYearService  # noqa: F401 - its actions join the role table
from sentra_desktop.services.materials import MaterialService
from sentra_desktop.services.member_books import MemberBookService
from sentra_desktop.services.members import MakerService, MemberService
from sentra_desktop.services.operators import OperatorService
from sentra_desktop.services.orders import OrderService
from sentra_desktop.services.packet.export import PacketService
from sentra_desktop.services.pay import PayService
from sentra_desktop.services.performance import PerformanceService
from sentra_desktop.services.production import ProductionService
from sentra_desktop.services.profile import ProfileService
from sentra_desktop.services.report_data import ReportDataService
from sentra_desktop.services.sentra_settings import SentraSettingService
from sentra_desktop.services.stock import StockService
from sentra_desktop.services.stock_counts import StockCountService
from sentra_desktop.services.transfer import TransferService
from sentra_desktop.services.users import UserService


class Services:
    """The use-cases the user interface may call; it never sees a session."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.designs = DesignService(db)
        self.profile = ProfileService(db)
        self.sentra_settings = SentraSettingService(db)
        self.operators = OperatorService(db)
        self.users = UserService(db)
        self.members = MemberService(db)
        self.makers = MakerService(db)
        self.member_books = MemberBookService(db)
        self.product_types = ProductTypeService(db)
        self.moulds = MouldService(db)
        self.agencies = AgencyService(db)
        self.programmes = ProgrammeService(db)
        self.assistance = AssistanceService(db)
        self.aid_use = AidUseService(db)
        self.aid_report = AidReportService(db)
        self.aid_period = AidPeriodService(db)
        self.stock = StockService(db)
        self.production = ProductionService(db)
        self.materials = MaterialService(db)
        self.stock_counts = StockCountService(db)
        self.buyers = BuyerService(db)
        self.orders = OrderService(db)
        self.audit_log = AuditLogService(db)
        self.performance = PerformanceService(db)
        self.pay = PayService(db)
        self.reports = ReportDataService(db)  # the data behind the printed sheets
        self.transfer = TransferService(db)
        self.database_setup = DatabaseSetupService(db)  # Pengaturan → Database
        self.packets = PacketService(db)  # packets to the agency (the head's export)

    @property
    def database_url(self) -> str:
        return self.db.url

    def close(self) -> None:
        self.db.dispose()
