"""Indonesian words for the fixed choices printed on sheets, and number formats for cells."""

from __future__ import annotations

from decimal import Decimal

from sentra_desktop.core.formatting import format_decimal, format_thousands
from sentra_desktop.core.quantities import reject_rate

ORDER_STATUS = {
    "draft": "Draf",
    "confirmed": "Dikonfirmasi",
    "ready": "Siap kirim",
    "delivered": "Terkirim",
    "cancelled": "Dibatalkan",
}
BUYER_KIND = {
    "shop": "Toko",
    "reseller": "Reseller",
    "event_committee": "Panitia acara",
    "agency": "Instansi",
    "tourist": "Wisatawan",
    "other": "Lainnya",
}
PAYMENT_METHOD = {"cash": "tunai", "transfer": "transfer"}
MOVEMENT_KIND = {
    "receipt": "Penerimaan bahan",
    "production_in": "Hasil produksi",
    "production_use": "Pemakaian produksi",
    "delivery": "Pengiriman",
    "adjustment": "Penyesuaian opname",
    "return": "Retur",
    "reversal": "Pembatalan",
}
UNIT = {"pcs": "pcs", "kg": "kg", "litre": "liter", "m": "m", "piece": "buah"}
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def label(table: dict[str, str], value: str) -> str:
    """The Indonesian word for a stored value (the value itself when it has none)."""
    return table.get(str(value), str(value))


def quantity(value: Decimal | int, places: int = 0) -> str:
    """A quantity as printed: 1.250 pieces; with ``places`` fixed decimals, 12,500 kg (columns line up)."""
    if isinstance(value, int) or not places:
        return format_thousands(int(value)) if value == int(value) else format_decimal(Decimal(value))
    text = format_decimal(Decimal(value), places)
    whole, _, frac = text.partition(",")
    return f"{whole},{frac.ljust(places, '0')}"


def places(unit: str) -> int:
    """Decimals a quantity of ``unit`` is printed with: none for pieces, three for materials."""
    return 0 if unit in ("pcs", "piece") else 3


def rate(good: int, reject: int) -> str:
    """Reject rate as "4,2 %"."""
    text = format_decimal(reject_rate(good, reject), 1)
    return f"{text if ',' in text else text + ',0'} %"
