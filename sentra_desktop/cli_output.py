"""What the command line prints, in the catalogue's words (Indonesian unless ``--lang en``).

Every text is an English source in the ``CommandLine`` context of ``resources/i18n/sentra_id.ts``,
read without Qt through :mod:`sentra_desktop.core.i18n`; error messages come from the ``Errors``
context the window uses too. Paths and numbers a script may read (the backup file written, the
PDF made) are printed bare.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from sentra_desktop.core import i18n, names
from sentra_desktop.core.errors import SentraError
from sentra_desktop.core.formatting import format_date, format_decimal, format_thousands
from sentra_desktop.core.messages import (
    CONTEXT,
    describe,
    plain_phrase,
    render,
    system_error_words,
    technical_detail,
)

if TYPE_CHECKING:
    from sentra_desktop.services.backup import RestoreResult
    from sentra_desktop.services.data_copy import CopyResult
    from sentra_desktop.services.health import HealthReport, StockMismatch
    from sentra_desktop.services.transfer import ImportResult


class DemoCounts(Protocol):
    """What the demo generator's summary tells (the generator lives apart from the product)."""

    @property
    def first_day(self) -> date: ...

    @property
    def last_day(self) -> date: ...

    @property
    def member_businesses(self) -> int: ...

    @property
    def makers(self) -> int: ...

    @property
    def designs(self) -> int: ...

    @property
    def materials(self) -> int: ...

    @property
    def production_entries(self) -> int: ...

    @property
    def stock_movements(self) -> int: ...

    @property
    def buyers(self) -> int: ...

    @property
    def orders(self) -> int: ...

    @property
    def delivered_orders(self) -> int: ...

    @property
    def payments(self) -> int: ...


LISTED = 20  # problems listed per check; the count says how many there are


def error_words(text: str) -> str:
    """An error message's English source in the current language."""
    return i18n.translate(CONTEXT, text)


def error_text(exc: SentraError) -> str:
    """An error (every field of a validation error) in the current language."""
    return describe(exc, error_words)


def detail_line(exc: SentraError) -> str:
    """The driver's own words behind a connection error, on a line of their own ("" if none)."""
    detail = technical_detail(exc)
    return i18n.translate("CommandLine", "Technical details: {detail}", None, detail=detail) if detail else ""


def file_error_text(exc: OSError) -> str:
    """A file that could not be read or written, in the current language; the system's words last."""
    name = str(exc.filename) if exc.filename else ""
    if isinstance(exc, FileNotFoundError):
        return i18n.translate("CommandLine", "{file} does not exist.", None, file=name)
    if isinstance(exc, IsADirectoryError):
        return i18n.translate("CommandLine", "{file} is a folder, not a file.", None, file=name)
    text = i18n.translate("CommandLine", "The file {file} could not be read or written.", None, file=name)
    return f"{text} ({system_error_words(exc, error_words)})"


def problem_text(code: str, params: dict[str, object]) -> str:
    """One import problem's reason in the current language."""
    return render(code, params, error_words)


# --- check ---------------------------------------------------------------------------------------


def database_line(what: str) -> str:
    return i18n.translate("CommandLine", "Database: {database}", None, database=what)


def result_line(sound: bool) -> str:
    if sound:
        return i18n.translate("CommandLine", "Result: sound")
    return i18n.translate("CommandLine", "Result: PROBLEMS FOUND")


def health_lines(report: HealthReport) -> list[str]:
    """The full check's findings, one per line, ending with the result."""
    out: list[str] = []
    # SQLite's English for a damaged file: what it means and what to do first, in the catalogue's words.
    found = (
        None if report.integrity is None else tuple(plain_phrase(p, error_words) for p in report.integrity)
    )
    integrity = _section(i18n.translate("CommandLine", "Integrity"), found)
    if found:
        integrity.insert(1, "  " + render("damaged_found", None, error_words))
    out += integrity
    out += _section(i18n.translate("CommandLine", "Foreign keys"), report.foreign_keys)
    out += _section(i18n.translate("CommandLine", "Schema"), report.schema + report.schema_warnings)
    title = i18n.translate(
        "CommandLine",
        "Stock balances against the ledger ({items} items)",
        None,
        items=format_thousands(report.stock_items),
    )
    out += _section(title, tuple(mismatch_text(m) for m in report.stock))
    out += _section(
        i18n.translate("CommandLine", "Monthly summaries against their records"), report.summaries
    )
    for failure in report.failures:
        out.append(i18n.translate("CommandLine", "Could not check: {failure}", None, failure=failure))
    out.append(result_line(report.sound))
    return out


def mismatch_text(mismatch: StockMismatch) -> str:
    """One stock balance that is not the sum of its ledger."""
    item = f"{names.name(names.STOCK_ITEM_KIND, mismatch.kind)} {mismatch.item_id}"
    ledger = _plain(mismatch.ledger)
    if mismatch.on_hand is None:
        return i18n.translate(
            "CommandLine", "{item}: no balance row, ledger sum {ledger}", None, item=item, ledger=ledger
        )
    return i18n.translate(
        "CommandLine",
        "{item}: balance {balance}, ledger sum {ledger}",
        None,
        item=item,
        balance=_plain(mismatch.on_hand),
        ledger=ledger,
    )


def _plain(quantity: Decimal) -> str:
    """10.250 -> 10,25, 1100.000 -> 1.100."""
    return format_decimal(quantity.normalize())


def _section(title: str, problems: tuple[str, ...] | None) -> list[str]:
    if problems is None:
        return [i18n.translate("CommandLine", "{title}: not applicable here", None, title=title)]
    if not problems:
        return [i18n.translate("CommandLine", "{title}: ok", None, title=title)]
    lines = [
        i18n.translate(
            "CommandLine",
            "{title}: {count} problem(s)",
            None,
            title=title,
            count=format_thousands(len(problems)),
        )
    ]
    lines += [f"  {p}" for p in problems[:LISTED]]
    if len(problems) > LISTED:
        lines.append(
            i18n.translate(
                "CommandLine", "  ... and {count} more", None, count=format_thousands(len(problems) - LISTED)
            )
        )
    return lines


# --- what a command did --------------------------------------------------------------------------


def restore_text(result: RestoreResult) -> str:
    lines = [
        i18n.translate(
            "CommandLine",
            "Restored {file} (schema {revision}).",
            None,
            file=result.restored_from,
            revision=result.revision,
        )
    ]
    if result.migrated:
        lines.append(i18n.translate("CommandLine", "It was updated to this version's schema."))
    if result.previous is not None:
        lines.append(
            i18n.translate(
                "CommandLine", "The data it replaced was kept as {file}.", None, file=result.previous
            )
        )
    lines += [i18n.translate("CommandLine", "Note: {warning}", None, warning=w) for w in result.warnings]
    return "\n".join(lines)


def copy_text(result: CopyResult) -> str:
    return i18n.translate(
        "CommandLine",
        "Copied {records} records from {source} to {target}; counts and stock totals match.",
        None,
        records=format_thousands(result.records),
        source=result.source,
        target=result.target,
    )


def demo_text(summary: DemoCounts) -> str:
    s = summary
    return i18n.translate(
        "CommandLine",
        "Demo data {first}–{last}: {designs} designs, {makers} makers in {members} member businesses, "
        "{materials} materials, {entries} production entries, {movements} stock movements, "
        "{buyers} buyers, {orders} orders ({delivered} delivered), {payments} payments.",
        None,
        first=format_date(s.first_day),
        last=format_date(s.last_day),
        designs=format_thousands(s.designs),
        makers=format_thousands(s.makers),
        members=format_thousands(s.member_businesses),
        materials=format_thousands(s.materials),
        entries=format_thousands(s.production_entries),
        movements=format_thousands(s.stock_movements),
        buyers=format_thousands(s.buyers),
        orders=format_thousands(s.orders),
        delivered=format_thousands(s.delivered_orders),
        payments=format_thousands(s.payments),
    )


def import_problem_lines(result: ImportResult, column_name: Callable[[str | None], str]) -> list[str]:
    """Every refused row of an import; ``column_name(field)`` is the file's column for a field."""
    lines = []
    for problem in result.problems:
        where = i18n.translate("CommandLine", "row {row}", None, row=problem.row)
        column = column_name(problem.field)
        if column:
            where = f"{where}, {column}"
        lines.append(f"{where}: {problem_text(problem.code, dict(problem.params))}")
    return lines


def nothing_imported(bad_rows: int, file: str) -> str:
    return i18n.translate(
        "CommandLine", "nothing was imported: {rows} bad row(s) in {file}", None, rows=bad_rows, file=file
    )


def imported(result: ImportResult) -> str:
    return i18n.translate(
        "CommandLine",
        "{kind}: {rows} rows, {created} new, {updated} changed, {unchanged} already there",
        None,
        kind=result.kind,
        rows=format_thousands(result.rows),
        created=format_thousands(result.created),
        updated=format_thousands(result.updated),
        unchanged=format_thousands(result.unchanged),
    )


def exported(file: str, rows: int) -> str:
    return i18n.translate("CommandLine", "{file} ({rows} rows)", None, file=file, rows=format_thousands(rows))


def progress_line(percent: int, done: int, total: int, label: str) -> str:
    return i18n.translate(
        "CommandLine",
        "{percent}%  {done} of {total} records  ({label})",
        None,
        percent=f"{percent:3d}",
        done=format_thousands(done),
        total=format_thousands(total),
        label=label,
    )
