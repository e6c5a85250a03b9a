"""Every service of the program over one database, handed to the user interface as one object.

Each service is built, and its module imported, the first time it is used: the login screen needs
only the users and the profile, so startup does not pay for the aid, pay, report or import code
(nor for the ORM mapper configuration some of it would trigger). The attribute names are the
callers' API; :meth:`Services.every` builds them all (the role-table checks).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from sentra_desktop.services.base import Service
from sentra_desktop.services.database import Database

if TYPE_CHECKING:
    from sentra_desktop.services.aid import AgencyService, AssistanceService, ProgrammeService
    from sentra_desktop.services.aid_period import AidPeriodService
    from sentra_desktop.services.aid_report import AidReportService
    from sentra_desktop.services.aid_use import AidUseService
    from sentra_desktop.services.audit_log import AuditLogService
    from sentra_desktop.services.buyers import BuyerService
    from sentra_desktop.services.catalogue_setup import MouldService, ProductTypeService
    from sentra_desktop.services.database_setup import DatabaseSetupService
    from sentra_desktop.services.designs import DesignService
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

    @classmethod
    def names(cls) -> list[str]:
        """The attribute name of every service, in declaration order."""
        return [name for name, member in vars(cls).items() if isinstance(member, cached_property)]

    def every(self) -> dict[str, Service]:
        """Every service by attribute name, building those not used yet."""
        return {name: getattr(self, name) for name in self.names()}

    @cached_property
    def designs(self) -> DesignService:
        from sentra_desktop.services.designs import DesignService

        return DesignService(self.db)

    @cached_property
    def profile(self) -> ProfileService:
        from sentra_desktop.services.profile import ProfileService

        return ProfileService(self.db)

    @cached_property
    def sentra_settings(self) -> SentraSettingService:
        from sentra_desktop.services.sentra_settings import SentraSettingService

        return SentraSettingService(self.db)

    @cached_property
    def operators(self) -> OperatorService:
        from sentra_desktop.services.operators import OperatorService

        return OperatorService(self.db)

    @cached_property
    def users(self) -> UserService:
        from sentra_desktop.services.users import UserService

        return UserService(self.db)

    @cached_property
    def members(self) -> MemberService:
        from sentra_desktop.services.members import MemberService

        return MemberService(self.db)

    @cached_property
    def makers(self) -> MakerService:
        from sentra_desktop.services.members import MakerService

        return MakerService(self.db)

    @cached_property
    def member_books(self) -> MemberBookService:
        from sentra_desktop.services.member_books import MemberBookService

        return MemberBookService(self.db)

    @cached_property
    def product_types(self) -> ProductTypeService:
        from sentra_desktop.services.catalogue_setup import ProductTypeService

        return ProductTypeService(self.db)

    @cached_property
    def moulds(self) -> MouldService:
        from sentra_desktop.services.catalogue_setup import MouldService

        return MouldService(self.db)

    @cached_property
    def agencies(self) -> AgencyService:
        from sentra_desktop.services.aid import AgencyService

        return AgencyService(self.db)

    @cached_property
    def programmes(self) -> ProgrammeService:
        from sentra_desktop.services.aid import ProgrammeService

        return ProgrammeService(self.db)

    @cached_property
    def assistance(self) -> AssistanceService:
        from sentra_desktop.services.aid import AssistanceService

        return AssistanceService(self.db)

    @cached_property
    def aid_use(self) -> AidUseService:
        from sentra_desktop.services.aid_use import AidUseService

        return AidUseService(self.db)

    @cached_property
    def aid_report(self) -> AidReportService:
        from sentra_desktop.services.aid_report import AidReportService

        return AidReportService(self.db)

    @cached_property
    def aid_period(self) -> AidPeriodService:
        from sentra_desktop.services.aid_period import AidPeriodService

        return AidPeriodService(self.db)

    @cached_property
    def stock(self) -> StockService:
        from sentra_desktop.services.stock import StockService

        return StockService(self.db)

    @cached_property
    def production(self) -> ProductionService:
        from sentra_desktop.services.production import ProductionService

        return ProductionService(self.db)

    @cached_property
    def materials(self) -> MaterialService:
        from sentra_desktop.services.materials import MaterialService

        return MaterialService(self.db)

    @cached_property
    def stock_counts(self) -> StockCountService:
        from sentra_desktop.services.stock_counts import StockCountService

        return StockCountService(self.db)

    @cached_property
    def buyers(self) -> BuyerService:
        from sentra_desktop.services.buyers import BuyerService

        return BuyerService(self.db)

    @cached_property
    def orders(self) -> OrderService:
        from sentra_desktop.services.orders import OrderService

        return OrderService(self.db)

    @cached_property
    def audit_log(self) -> AuditLogService:
        from sentra_desktop.services.audit_log import AuditLogService

        return AuditLogService(self.db)

    @cached_property
    def performance(self) -> PerformanceService:
        from sentra_desktop.services.performance import PerformanceService

        return PerformanceService(self.db)

    @cached_property
    def pay(self) -> PayService:
        from sentra_desktop.services.pay import PayService

        return PayService(self.db)

    @cached_property
    def reports(self) -> ReportDataService:
        """The data behind the printed sheets."""
        from sentra_desktop.services.report_data import ReportDataService

        return ReportDataService(self.db)

    @cached_property
    def transfer(self) -> TransferService:
        """Import and export; the aid items' kind joins the registry first."""
        from sentra_desktop.services import aid_transfer  # noqa: F401 - adds the "assistance" kind
        from sentra_desktop.services.transfer import TransferService

        return TransferService(self.db)

    @cached_property
    def database_setup(self) -> DatabaseSetupService:
        """Pengaturan → Database."""
        from sentra_desktop.services.database_setup import DatabaseSetupService

        return DatabaseSetupService(self.db)

    @cached_property
    def packets(self) -> PacketService:
        """Packets to the agency (the head's export)."""
        from sentra_desktop.services.packet.export import PacketService

        return PacketService(self.db)

    @property
    def database_url(self) -> str:
        return self.db.url

    def close(self) -> None:
        self.db.dispose()
