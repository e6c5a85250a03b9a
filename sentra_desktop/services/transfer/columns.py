"""Per-kind column specs: which fields a sheet of each kind has, their headers and cell types.

Headers are written in Indonesian (the operators' language, and what their own sheets say);
reading matches a header case-insensitively against the Indonesian header, the English name and
the field key, so a sheet typed by hand or exported by an older version maps itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sentra_desktop.core.errors import ValidationError
from sentra_desktop.core.formatting import parse_date, parse_decimal, parse_int, parse_rupiah

TEXT, INT, DECIMAL, RUPIAH, DATE, FLAG = "text", "int", "decimal", "rupiah", "date", "flag"

_YES = {"1", "ya", "y", "yes", "true", "aktif", "benar"}
_NO = {"0", "tidak", "t", "n", "no", "false", "nonaktif", "salah"}


@dataclass(frozen=True)
class Field:
    """One column: its key, the header written, other names it is recognised by, its type."""

    key: str
    header: str
    english: str
    type: str = TEXT
    required: bool = False
    negative: bool = False
    imported: bool = True

    def names(self) -> set[str]:
        return {_norm(self.key), _norm(self.header), _norm(self.english)}


@dataclass(frozen=True)
class KindSpec:
    """A kind of record that can be imported and exported."""

    key: str
    title: str
    fields: tuple[Field, ...]

    def field(self, key: str) -> Field:
        return next(f for f in self.fields if f.key == key)

    @property
    def headers(self) -> list[str]:
        return [f.header for f in self.fields]

    @property
    def importable(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.imported)


def _norm(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def auto_mapping(spec: KindSpec, headers: list[str]) -> dict[str, int | None]:
    """Field key -> column index of the header that names it (None when no header does)."""
    normalised = [_norm(h) for h in headers]
    mapping: dict[str, int | None] = {}
    for field in spec.importable:
        names = field.names()
        mapping[field.key] = next((i for i, h in enumerate(normalised) if h and h in names), None)
    return mapping


DESIGNS = KindSpec(
    "designs",
    "Desain",
    (
        Field("code", "Kode", "Code", required=True),
        Field("name", "Nama", "Name", required=True),
        Field("product_type", "Jenis produk", "Product type", required=True),
        Field("mould", "Cetakan", "Mould"),
        Field("colour", "Warna", "Colour"),
        Field("size", "Ukuran", "Size"),
        Field("price", "Harga", "Price", RUPIAH),
        Field("cost", "Biaya", "Cost", RUPIAH),
        Field("status", "Status", "Status"),
        Field("introduced_on", "Tanggal mulai", "Introduced on", DATE),
        Field("low_stock_level", "Batas stok rendah", "Low stock level", INT),
        Field("notes", "Catatan", "Notes"),
    ),
)
MATERIALS = KindSpec(
    "materials",
    "Bahan baku",
    (
        Field("code", "Kode", "Code", required=True),
        Field("name", "Nama", "Name", required=True),
        Field("unit", "Satuan", "Unit", required=True),
        Field("low_stock_level", "Batas stok rendah", "Low stock level", DECIMAL),
        Field("supplier", "Pemasok", "Supplier"),
        Field("active", "Aktif", "Active", FLAG),
        Field("notes", "Catatan", "Notes"),
    ),
)
BUYERS = KindSpec(
    "buyers",
    "Pembeli",
    (
        Field("name", "Nama", "Name", required=True),
        Field("organisation", "Organisasi", "Organisation"),
        Field("kind", "Jenis", "Kind"),
        Field("phone", "Telepon/WA", "Phone"),
        Field("email", "Email", "E-mail"),
        Field("address", "Alamat", "Address"),
        Field("city", "Kota", "City"),
        Field("province", "Provinsi", "Province"),
        Field("met_via", "Kenal lewat", "Met via"),
        Field("tags", "Label", "Tags"),
        Field("notes", "Catatan", "Notes"),
    ),
)
PRODUCTION = KindSpec(
    "production",
    "Produksi",
    (
        Field("produced_on", "Tanggal", "Date", DATE, required=True),
        Field("design", "Kode desain", "Design code", required=True),
        Field("maker", "Pengrajin", "Maker", required=True),
        Field("good_qty", "Jumlah baik", "Good pieces", INT, required=True),
        Field("reject_qty", "Jumlah reject", "Rejects", INT),
        Field("note", "Catatan", "Note"),
    ),
)
STOCK_COUNTS = KindSpec(
    "stock-counts",
    "Stok opname",
    (
        Field("counted_on", "Tanggal opname", "Count date", DATE, required=True),
        Field("item_kind", "Jenis barang", "Item kind", required=True),
        Field("code", "Kode", "Code", required=True),
        Field("name", "Nama", "Name", imported=False),
        Field("unit", "Satuan", "Unit", imported=False),
        Field("expected", "Stok tercatat", "Expected", DECIMAL, negative=True, imported=False),
        Field("counted", "Jumlah dihitung", "Counted", DECIMAL),
        Field("status", "Status", "Status", imported=False),
    ),
)

KINDS: dict[str, KindSpec] = {
    spec.key: spec for spec in (DESIGNS, MATERIALS, BUYERS, PRODUCTION, STOCK_COUNTS)
}


def convert(field: Field, value: Any) -> Any:
    """A cell read from CSV (text) or XLSX (text, number, date) as the field's Python value.

    Text in Indonesian forms is read by :mod:`core.formatting` (1.500; 1.500,5; 28/11/2026).
    Empty cells give None (or "" for text); a required empty cell raises ``required``.
    """
    if isinstance(value, str):
        value = value.strip() if field.type != TEXT else value
    empty = value is None or (isinstance(value, str) and not value.strip())
    if empty:
        if field.required:
            raise ValidationError.single(field.key, "required")
        return "" if field.type == TEXT else None
    if field.type == TEXT:
        return _text(value)
    if field.type == DATE:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        return parse_date(str(value), field.key)
    if field.type == FLAG:
        text = _text(value).strip().lower()
        if text in _YES:
            return True
        if text in _NO:
            return False
        raise ValidationError.single(field.key, "invalid_choice")
    if isinstance(value, bool | datetime | date):
        raise ValidationError.single(field.key, "not_a_number")
    if isinstance(value, int | float | Decimal):
        number = Decimal(str(value))
        if field.type in (INT, RUPIAH) and number != number.to_integral_value():
            code = "not_whole_rupiah" if field.type == RUPIAH else "not_whole_number"
            raise ValidationError.single(field.key, code)
        if number < 0 and not field.negative:
            raise ValidationError.single(field.key, "negative")
        if field.type == DECIMAL:
            if number != number.quantize(Decimal("0.001")):
                raise ValidationError.single(field.key, "too_many_decimals", places=3)
            return number.quantize(Decimal("0.001"))
        return int(number)
    text = str(value)
    if field.type == RUPIAH:
        return parse_rupiah(text, field.key, allow_negative=field.negative)
    if field.type == INT:
        return parse_int(text, field.key, allow_negative=field.negative)
    return parse_decimal(text, field.key, max_places=3, allow_negative=field.negative)


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        from sentra_desktop.core.formatting import format_date

        return format_date(value)
    return str(value)
