"""What makes one kind of record set up once what it is: a declaration, no code.

A :class:`RecordKind` names the model, the fields its form edits (:class:`Field`: label, kind,
required, length, unique ignoring case, the record or enum it chooses from), the values its list
shows and sorts by (:class:`ListColumn`), what the search looks at, and which other records point
at it. :class:`~sentra_desktop.services.records.RecordService` turns a declaration into the
use-cases; the user interface builds the list tab and the form from it. The words a declaration
carries are English source texts in the :data:`WORDS` context, translated on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from sentra_desktop.core.errors import FieldError
from sentra_desktop.core.messages import QT_TRANSLATE_NOOP
from sentra_desktop.core.text import NAME_MAX, NOTE_MAX, check_code, check_phone, check_text, clean

RowT = TypeVar("RowT")
DetailT = TypeVar("DetailT")

WORDS = "Records"  # the translation context of the words the declarations carry

Parse = Callable[[list[FieldError], str, Any], Any]


class FieldKind(StrEnum):
    """What a field holds, which decides how it is checked and which input the form shows."""

    TEXT = "text"  # one line; inner white space folded
    NOTE = "note"  # free lines, trimmed
    CODE = "code"  # letters, digits, - and _, stored upper case
    PHONE = "phone"
    FLAG = "flag"  # yes or no
    DATE = "date"  # a day or nothing
    NUMBER = "number"  # typed text the field's ``parse`` turns into a value
    REFERENCE = "reference"  # the id of another record, or nothing
    CHOICE = "choice"  # one value of an enum


@dataclass(frozen=True)
class Field:
    """One input of a record's form, named as the model's attribute and the service's errors.

    ``label``, ``hint`` and ``tooltip`` are English source words in the :data:`WORDS` context
    (translated on screen). ``hint`` is the text of a yes/no box, the empty entry of a drop-down,
    or the placeholder of a text input.
    """

    name: str
    label: str
    kind: FieldKind = FieldKind.TEXT
    required: bool = False
    max_len: int | None = None
    unique: bool = False  # no other record may have the same value, ignoring case
    reference: Any = None  # REFERENCE: the model whose id the field holds
    choices: type[StrEnum] | None = None  # CHOICE: the enum of allowed values
    parse: Parse | None = None  # NUMBER: (errors, field name, typed) -> value
    default: Any = None  # what a new record's form starts with
    hint: str = ""
    tooltip: str = ""

    @classmethod
    def status(cls, hint: str) -> Field:
        """The "Active" box every kind has; ``hint`` says what being active means for this kind."""
        return cls(
            "active", QT_TRANSLATE_NOOP("Records", "Ac&tive:"), FieldKind.FLAG, default=True, hint=hint
        )

    @classmethod
    def notes(cls) -> Field:
        """Free notes, which most kinds have."""
        return cls("notes", QT_TRANSLATE_NOOP("Records", "Not&es:"), FieldKind.NOTE)

    def check(self, session: Session, errors: list[FieldError], raw: Any) -> Any:
        """The value to store for ``raw``; problems are appended to ``errors``."""
        kind, name = self.kind, self.name
        if kind is FieldKind.TEXT:
            return check_text(
                errors, name, clean(raw), required=self.required, max_len=self.max_len or NAME_MAX
            )
        if kind is FieldKind.NOTE:
            text = (raw or "").strip()
            return check_text(errors, name, text, required=self.required, max_len=self.max_len or NOTE_MAX)
        if kind is FieldKind.CODE:
            return check_code(errors, name, raw or "", required=self.required)
        if kind is FieldKind.PHONE:
            return check_phone(errors, name, raw or "")
        if kind is FieldKind.FLAG:
            return bool(raw)
        if kind is FieldKind.NUMBER and self.parse is not None:
            return self.parse(errors, name, raw)
        if raw is None or raw == "":
            if self.required:
                errors.append(FieldError(name, "required"))
            return None
        if kind is FieldKind.REFERENCE and session.get(self.reference, raw) is None:
            errors.append(FieldError(name, "invalid_choice"))
        if kind is FieldKind.CHOICE and self.choices is not None:
            try:
                return self.choices(raw)
            except ValueError:
                errors.append(FieldError(name, "invalid_choice"))
        return raw


class Show(StrEnum):
    """How the list writes a column's value."""

    TEXT = "text"
    COUNT = "count"  # a whole number with thousands dots, right-aligned
    DATE = "date"
    STATUS = "status"  # Active / Inactive
    FIRST_LINE = "first_line"  # the first line of a longer text
    QUANTITY = "quantity"  # a decimal quantity, right-aligned
    THRESHOLD = "threshold"  # a quantity where zero means "none": empty when zero
    CHOICE = "choice"  # an enum value by its display name


@dataclass(frozen=True)
class ListColumn:
    """One column of a record list: the row value ``key`` (also its sort key) under ``title``."""

    key: str
    title: str
    show: Show = Show.TEXT
    width: int = 12  # characters the column starts with; the operator can drag it
    sortable: bool = True
    empty: str = ""  # the words shown for an empty value, e.g. "(sentra)"

    @classmethod
    def status(cls) -> ListColumn:
        """Active / Inactive, which every list shows."""
        return cls("active", QT_TRANSLATE_NOOP("Records", "Status"), Show.STATUS, 10)


@dataclass(frozen=True)
class RecordKind(Generic[RowT, DetailT]):
    """Everything that makes one kind of record what it is; the rest is :class:`RecordService`.

    ``input`` is what the form sends (made from the fields' values by name), ``row`` one line of
    the list, ``detail`` one record as the form shows it. ``values`` are the list row's values
    by name (SQL expressions), besides ``id``: each is a field of ``row`` and a sort key.
    ``referenced_by`` are the foreign-key columns of other tables that name this kind: a record
    any of them names is deactivated, never deleted.
    """

    model: Any
    title: str
    new_title: str
    plural: str
    fields: tuple[Field, ...]
    input: Callable[..., Any]
    row: Callable[..., RowT]
    detail: Callable[..., DetailT]
    values: Mapping[str, Any]
    columns: tuple[ListColumn, ...]
    search: tuple[Any, ...]
    default_sort: str = "name"
    joins: tuple[tuple[Any, Any], ...] = ()
    filters: Mapping[str, Any] = field(default_factory=dict)  # equality filters by name
    referenced_by: tuple[Any, ...] = ()
    deletable: bool = True
    label_key: str = "name"  # the value that names a record in questions and drop-downs
    stretch: str | None = None  # the column that takes the room left over (default: the last)

    def spec(self, name: str) -> Field:
        """The field called ``name``."""
        return next(f for f in self.fields if f.name == name)
