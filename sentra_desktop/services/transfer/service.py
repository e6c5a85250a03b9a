"""Import and export use-cases: a file in, every row checked, all written or nothing; a file out."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sentra_desktop.core.errors import FieldError, SentraError, ValidationError
from sentra_desktop.db import watchdog
from sentra_desktop.services.base import Service
from sentra_desktop.services.database import Database
from sentra_desktop.services.transfer.columns import KINDS, KindSpec, auto_mapping, convert
from sentra_desktop.services.transfer.files import Sheet, file_format, read_sheet, write_csv, write_xlsx
from sentra_desktop.services.transfer.joined import joined
from sentra_desktop.services.transfer.kinds import EXPORTERS, IMPORTERS, Outcome, Row

ProgressFn = Callable[[int, int, str], None]


def _no_progress(_done: int, _total: int, _label: str) -> None:
    return None


@dataclass(frozen=True)
class RowProblem:
    """Why one row was refused: the row number as the spreadsheet shows it, field and reason."""

    row: int
    field: str | None
    code: str
    params: Mapping[str, Any]


@dataclass(frozen=True)
class ImportResult:
    """What an import did. With any problem, ``written`` is False and nothing was saved."""

    kind: str
    rows: int
    created: int
    updated: int
    unchanged: int
    problems: tuple[RowProblem, ...]

    @property
    def written(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class Preview:
    """The first rows of a file and the mapping guessed from its headers."""

    headers: list[str]
    rows: list[list[Any]]
    total_rows: int
    mapping: dict[str, int | None]
    delimiter: str


class _RefusedError(Exception):
    """Rolls the shared transaction back when any row was bad."""


def spec_for(kind: str) -> KindSpec:
    if kind not in KINDS:
        raise SentraError("unknown_kind", kind=kind, kinds=", ".join(KINDS))
    return KINDS[kind]


class TransferService(Service):
    """Import and export of designs, materials, buyers, production entries and stock counts."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @staticmethod
    def column_name(kind: str, field_key: str | None) -> str:
        """The column header a problem's field is read from, as the file's own sheet says it."""
        if field_key is None:
            return ""
        spec = spec_for(kind)
        return next((f.header for f in spec.fields if f.key == field_key), field_key)

    def export(self, kind: str, path: Path, progress: ProgressFn = _no_progress) -> int:
        """Write every record of ``kind`` to ``path`` (.csv or .xlsx); returns the row count."""
        spec = spec_for(kind)
        fmt = file_format(path)
        progress(0, 0, spec.title)
        with self.db.reading(snapshot=True) as session:  # streamed, and one state of the records
            rows = EXPORTERS[kind](session)
            # Write beside the target and rename when complete: a full disk never leaves half a file.
            partial = path.with_name(path.name + ".part" + path.suffix)
            try:
                if fmt == "csv":
                    count = write_csv(partial, spec.headers, rows)
                else:
                    count = write_xlsx(partial, spec.headers, rows, spec.title)
                partial.replace(path)
            finally:
                partial.unlink(missing_ok=True)
        progress(count, count, spec.title)
        return count

    def preview(self, kind: str, path: Path, limit: int = 20) -> Preview:
        """The first ``limit`` rows of ``path`` and the column mapping its headers suggest."""
        spec = spec_for(kind)
        sheet = read_sheet(path)
        return Preview(
            headers=sheet.headers,
            rows=[cells for _, cells in sheet.rows[:limit]],
            total_rows=len(sheet.rows),
            mapping=auto_mapping(spec, sheet.headers),
            delimiter=sheet.delimiter,
        )

    def import_file(
        self,
        kind: str,
        path: Path,
        mapping: Mapping[str, int | None] | None = None,
        progress: ProgressFn = _no_progress,
    ) -> ImportResult:
        """Read ``path`` and write its rows of ``kind``, all of them or none.

        ``mapping`` names the column of each field (field key -> column index, None for a field
        the file lacks); by default it is guessed from the headers. Every row is checked; any
        problem anywhere means nothing is written, and the result lists every bad row.
        """
        spec = spec_for(kind)
        sheet = read_sheet(path)
        return self.import_sheet(spec, sheet, mapping, progress)

    @watchdog.unbounded()  # a large import is a long job: progress, no deadline
    def import_sheet(
        self,
        spec: KindSpec,
        sheet: Sheet,
        mapping: Mapping[str, int | None] | None = None,
        progress: ProgressFn = _no_progress,
    ) -> ImportResult:
        columns = dict(auto_mapping(spec, sheet.headers) if mapping is None else mapping)
        outcome = Outcome()
        missing = [f for f in spec.importable if f.required and columns.get(f.key) is None]
        for f in missing:
            outcome.bad(1, f.key, "missing_column", column=f.header)
        rows: list[Row] = []
        if not missing:
            rows = self._converted(spec, sheet, columns, outcome)
        total = len(sheet.rows)

        def step(done: int) -> None:
            if done % 50 == 0 or done == total:
                progress(done, total, spec.title)

        if rows:
            try:
                with joined(self.db) as jdb:
                    IMPORTERS[spec.key](jdb, rows, outcome, step)
                    if outcome.problems:
                        raise _RefusedError
            except _RefusedError:
                pass
        problems = tuple(
            sorted(
                (RowProblem(row, e.field, e.code, dict(e.params)) for row, e in outcome.problems),
                key=lambda p: p.row,
            )
        )
        if problems:
            outcome.created = outcome.updated = 0
        return ImportResult(spec.key, total, outcome.created, outcome.updated, outcome.unchanged, problems)

    @staticmethod
    def _converted(
        spec: KindSpec, sheet: Sheet, columns: dict[str, int | None], outcome: Outcome
    ) -> list[Row]:
        """Every row's cells as field values; rows with a bad cell become problems, not rows."""
        result: list[Row] = []
        for number, cells in sheet.rows:
            values: dict[str, Any] = {}
            errors: list[FieldError] = []
            for f in spec.importable:
                index = columns.get(f.key)
                cell = cells[index] if index is not None and index < len(cells) else None
                try:
                    values[f.key] = convert(f, cell)
                except ValidationError as exc:
                    errors.extend(exc.errors)
            if errors:
                outcome.refuse(number, ValidationError(errors))
            else:
                result.append((number, values))
        return result
