"""What every list page asks of a service: a row count and one page of rows.

Lists never load everything: the table model asks for the count once per query, then for the
pages in view. Searching, filtering and sorting happen in SQL.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, Protocol, TypeVar

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from sentra_desktop.core.formatting import parse_date

RowT_co = TypeVar("RowT_co", covariant=True)


@dataclass(frozen=True)
class Choice:
    """An id and the name to show for it in a drop-down."""

    id: int
    name: str


@dataclass(frozen=True)
class ListQuery:
    """Search text, filters by name, and the sort key a list is shown with."""

    search: str = ""
    sort: str | None = None
    descending: bool = False
    filters: Mapping[str, Any] = field(default_factory=dict)

    def with_sort(self, key: str | None, descending: bool = False) -> ListQuery:
        return replace(self, sort=key, descending=descending)

    def with_search(self, text: str) -> ListQuery:
        return replace(self, search=text)

    def with_filter(self, name: str, value: Any) -> ListQuery:
        filters = dict(self.filters)
        if value is None:
            filters.pop(name, None)
        else:
            filters[name] = value
        return replace(self, filters=filters)


class ListSource(Protocol[RowT_co]):
    """A service that can count and page the rows of a list."""

    def count(self, query: ListQuery) -> int: ...

    def page(self, query: ListQuery, offset: int, limit: int) -> Sequence[RowT_co]: ...


def as_date(value: Any) -> date | None:
    """A date filter or a date read back from SQL: None when empty, text in the program's formats."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return parse_date(str(value))


def search_condition(text: str, *columns: Any) -> ColumnElement[bool] | None:
    """Every word of ``text`` must appear in at least one of ``columns`` (case-insensitive)."""
    words = text.split()
    if not words:
        return None
    conditions = []
    for word in words:
        pattern = "%" + _escape_like(word) + "%"
        conditions.append(or_(*(col.ilike(pattern, escape="\\") for col in columns)))
    return and_(*conditions)


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def count_rows(session: Session, stmt: Select[Any]) -> int:
    """COUNT(*) over the rows ``stmt`` selects (its ORDER BY dropped)."""
    subquery = stmt.order_by(None).subquery()
    return int(session.scalar(select(func.count()).select_from(subquery)) or 0)


def ordered(
    stmt: Select[Any], query: ListQuery, sort_columns: Mapping[str, Any], default: str, tie: Any
) -> Select[Any]:
    """``stmt`` ordered by the query's sort key (or ``default``), with ``tie`` breaking ties."""
    column = sort_columns.get(query.sort or default, sort_columns[default])
    primary = column.desc() if query.descending else column.asc()
    return stmt.order_by(primary, tie.desc() if query.descending else tie.asc())
