"""Reading one cell of an action-plan table: texts, units, targets and budgets.

A table repeats the same few cell texts thousands of times (``100%``, ``-``,
``Bagian Organisasi``), so each distinct text is read once and its note is
shared by every cell that holds it; the log still has one note per cell.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Hashable, Sequence
from decimal import Decimal
from typing import Any, Final, Protocol, TypeVar, final

from rbroadmap._text import name_key
from rbroadmap.errors import ModelError, NotationError, RoadmapError, quote
from rbroadmap.messages import Message
from rbroadmap.model import Target, YearlyBudget
from rbroadmap.notation import format_number, format_value, parse_rupiah, parse_value
from rbroadmap.tables._columns import Field, TableColumn
from rbroadmap.tables._log import NoteKind
from rbroadmap.units import UnitRegistry
from rbroadmap.values import CHECK_MARK, QUARTER_NAMES, TargetValue

__all__ = ["MARKUP", "Cell", "CellReader", "Problems", "decimal_of", "is_blank"]

Cell = str | int | float | Decimal | bool | dt.date | dt.time | None
"""What a cell may hold: what ``csv``, ``openpyxl`` and ``python-docx`` give."""

MARKUP: Final = re.compile(r"</?(?:i|b|em|strong|u)\s*>", re.IGNORECASE)
_UNIT_SEPARATORS: Final = re.compile(r"\s*(?:[,;\n]|\r\n?)\s*")

_T = TypeVar("_T")


def is_blank(value: object) -> bool:
    """Whether a cell is empty: nothing, or only white space."""
    return value is None or (isinstance(value, str) and not value.strip())


def decimal_of(value: int | float | Decimal) -> Decimal:
    """A number from a cell, exactly as the spreadsheet shows it (a float by its shortest form)."""
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(value)


class Problems:
    """The problems found, each with its cell and path."""

    def __init__(self) -> None:
        self.found: list[tuple[str, str, Message]] = []

    def add(self, cell: str, path: str, indonesian: str, english: str) -> None:
        self.found.append((cell, path, Message(indonesian, english)))

    def add_error(self, cell: str, path: str, error: RoadmapError) -> None:
        self.found.append((cell, path, error.message))


class Sheet(Protocol):
    """Where cells are: their names and the reading log."""

    def cell(self, column: int, i: int) -> str:
        """The name of the cell of *column* in the *i*-th row read (``G14``)."""

    def said(self, kind: NoteKind, i: int, message: Message, column: int | None = None) -> None:
        """Add a note to the log for the *i*-th row read."""


def target_path(path: str, column: TableColumn) -> str:
    """The path of the target a cell of *column* holds, in the row at *path*."""
    if column.field is Field.TARGET:
        return f"{path}.targets[{column.year}]"
    assert column.quarter is not None
    return f"{path}.targets.quarters[{column.year}][{QUARTER_NAMES[column.quarter - 1]}]"


@final
class CellReader:
    """Reads the cells of a table's rows, each distinct text once."""

    def __init__(
        self,
        sheet: Sheet,
        problems: Problems,
        *,
        units: UnitRegistry | None,
        percent_fractions: bool,
    ) -> None:
        self.sheet = sheet
        self.problems = problems
        self.percent_fractions = percent_fractions
        # what a cell was read as, with the note saying so, by cell value (and unit)
        self.targets_read: dict[Hashable, tuple[TargetValue, Message]] = {}
        self.amounts_read: dict[Hashable, tuple[int, Message]] = {}
        self.units_read: dict[str, tuple[tuple[str, ...], Message | None]] = {}
        self.unit_names: dict[str, int] = {}
        self.unit_longest = 0
        if units is not None:
            for name in units.known_names():
                key = name_key(name)
                self.unit_names[key] = len(key.split())
                self.unit_longest = max(self.unit_longest, len(key.split()))

    def _read_once(
        self,
        cache: dict[Hashable, tuple[_T, Message]],
        key: Hashable,
        read: Callable[[], tuple[_T, Message]],
        *,
        i: int,
        column: TableColumn,
        where: str,
    ) -> _T | None:
        """What *read* makes of a cell, read once per *key* and noted for every cell."""
        known = cache.get(key)
        if known is None:
            try:
                known = cache[key] = read()
            except NotationError as error:
                self.problems.add_error(self.sheet.cell(column.index, i), where, error)
                return None
        self.sheet.said(NoteKind.VALUE, i, known[1], column.index)
        return known[0]

    # -- texts

    def text(self, i: int, column: TableColumn, value: Cell, path: str) -> str | None:
        """The text of a cell, formatting tags removed; ``None`` for a blank cell."""
        if type(value) is str and value and "<" not in value and not value[0].isspace():
            return value.rstrip()  # the common case: plain text
        if is_blank(value):
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            self.problems.add(
                self.sheet.cell(column.index, i),
                path,
                f"{quote(value)} bukan teks; {column.description.indonesian} berisi teks",
                f"{quote(value)} is not text; {column.description.english} holds text",
            )
            return None
        text = value.strip() if isinstance(value, str) else str(value)
        if MARKUP.search(text):
            self.sheet.said(
                NoteKind.MARKUP,
                i,
                Message(
                    "markah format (<i>, <b>) dihapus dari teks",
                    "formatting tags (<i>, <b>) removed from the text",
                ),
                column.index,
            )
            text = MARKUP.sub("", text)
        return text

    def units(self, i: int, column: TableColumn, text: str) -> tuple[str, ...]:
        """The units a cell names, split at separators and into the registry's names."""
        known = self.units_read.get(text)
        if known is None:
            names: list[str] = []
            pieces = [p.strip() for p in _UNIT_SEPARATORS.split(text) if p.strip()]
            for piece in pieces:
                names.extend(self._split_run(piece))
            message = None
            if len(names) > 1:
                shown = ", ".join(repr(n) for n in names)
                message = Message(f"{len(names)} unit: {shown}", f"{len(names)} units: {shown}")
            known = self.units_read[text] = (tuple(names), message)
        if known[1] is not None:
            self.sheet.said(NoteKind.UNITS, i, known[1], column.index)
        return known[0]

    def _split_run(self, piece: str) -> list[str]:
        """*piece* cut into the registry's names when they cover it whole, else whole."""
        if not self.unit_names or name_key(piece) in self.unit_names:
            return [piece]
        words = piece.split()
        out: list[str] = []
        k = 0
        while k < len(words):
            for n in range(min(self.unit_longest, len(words) - k), 0, -1):
                candidate = " ".join(words[k : k + n])
                if name_key(candidate) in self.unit_names:
                    out.append(candidate)
                    k += n
                    break
            else:
                return [piece]
        return out

    # -- targets

    def targets(
        self,
        i: int,
        columns: Sequence[TableColumn],
        cells: Sequence[Cell],
        path: str,
        fields: dict[str, Any],
    ) -> None:
        """Read the target cells (and the unit) of a row into ``fields["targets"]``."""
        unit = None
        for column in columns:
            if column.field is Field.MEASURE:
                unit = self.text(i, column, cells[column.index], f"{path}.targets.unit")
        values: dict[int, TargetValue] = {}
        quarters: dict[int, dict[int, TargetValue]] = {}
        for column in columns:
            value = cells[column.index]
            if column.field is Field.MEASURE or is_blank(value):
                continue
            assert column.year is not None
            parsed = self.target_cell(i, column, value, unit, path)
            if parsed is None:
                continue
            if column.field is Field.TARGET:
                values[column.year] = parsed
            else:
                assert column.quarter is not None
                quarters.setdefault(column.year, {})[column.quarter] = parsed
        if not values and not quarters:
            if unit is not None:
                fields["targets"] = None
            return
        try:
            fields["targets"] = Target(values=values, unit=unit, quarters=quarters)
        except ModelError as error:
            first = next(c for c in columns if not is_blank(cells[c.index]))
            self.problems.add_error(self.sheet.cell(first.index, i), f"{path}.targets", error)

    def target_cell(
        self, i: int, column: TableColumn, value: Cell, unit: str | None, path: str
    ) -> TargetValue | None:
        """The target value a cell holds, or ``None`` (blank, FALSE or a problem)."""
        where = target_path(path, column)
        if isinstance(value, str):  # the common case first: a cell of text
            return self._read_once(
                self.targets_read,
                (type(value), value, unit),
                lambda: self._parsed(value, value.strip(), unit),
                i=i,
                column=column,
                where=where,
            )
        ref = self.sheet.cell(column.index, i)
        if isinstance(value, bool):
            if not value:
                return None
            self.sheet.said(
                NoteKind.VALUE,
                i,
                Message("TRUE dibaca sebagai centang √", "TRUE read as a check mark √"),
                column.index,
            )
            return CHECK_MARK
        if isinstance(value, dt.date | dt.time):
            self.problems.add(
                ref,
                where,
                f"{quote(value)} adalah tanggal, bukan target; lembar kerja mungkin mengubah teks "
                "menjadi tanggal: format kolomnya sebagai teks",
                f"{quote(value)} is a date, not a target; the spreadsheet may have turned the "
                "text into a date: format the column as text",
            )
            return None
        if not isinstance(value, int | float | Decimal):
            self.problems.add(
                ref,
                where,
                f"{quote(value)} bukan isi sel yang dikenal",
                f"{quote(value)} is not a cell value rbroadmap knows",
            )
            return None
        number = decimal_of(value)
        if not number.is_finite():
            self.problems.add(
                ref, where, f"{quote(value)} bukan bilangan", f"{quote(value)} is not a number"
            )
            return None
        if self.percent_fractions:
            text = format_number((number * 100).normalize()) + "%"
        else:
            text = format_number(number)
        return self._read_once(
            self.targets_read,
            (type(value), value, unit),
            lambda: self._parsed(value, text, unit),
            i=i,
            column=column,
            where=where,
        )

    @staticmethod
    def _parsed(value: Cell, text: str, unit: str | None) -> tuple[TargetValue, Message]:
        parsed = parse_value(text, unit=unit)
        shown = format_value(parsed)
        kind = type(parsed).__name__
        return parsed, Message(
            f"{quote(value)} dibaca sebagai {shown} ({kind})",
            f"{quote(value)} read as {shown} ({kind})",
        )

    # -- budgets

    def budget(
        self,
        i: int,
        columns: Sequence[TableColumn],
        cells: Sequence[Cell],
        path: str,
        fields: dict[str, Any],
    ) -> None:
        """Read the budget cells of a row into its one form of budget in *fields*."""
        per_year: dict[int, int] = {}
        forms: list[tuple[str, TableColumn]] = []
        for column in columns:
            value = cells[column.index]
            if is_blank(value):
                continue
            if column.field is Field.BUDGET:
                amount = self.rupiah(i, column, value, f"{path}.budget")
                if amount is not None:
                    fields["budget"] = amount
                forms.append(("budget", column))
            elif column.field is Field.BUDGET_TOTAL:
                amount = self.rupiah(i, column, value, f"{path}.budget_total")
                if amount is not None:
                    fields["budget_total"] = amount
                forms.append(("budget_total", column))
            else:
                assert column.year is not None
                amount = self.rupiah(i, column, value, f"{path}.budget_per_year[{column.year}]")
                if amount is not None:
                    per_year[column.year] = amount
                if not forms or forms[-1][0] != "budget_per_year":
                    forms.append(("budget_per_year", column))
        if per_year:
            fields["budget_per_year"] = YearlyBudget(values=per_year)
        if len(forms) > 1:
            second = forms[1][1]
            self.problems.add(
                self.sheet.cell(second.index, i),
                f"{path}.{forms[1][0]}",
                f"baris ini juga memuat anggaran di kolom {forms[0][1].letter}; satu baris memuat "
                "satu bentuk anggaran (per tahun, tiap tahun atau total)",
                f"the row also has a budget in column {forms[0][1].letter}; a row holds one form "
                "of budget (annual, per year or total)",
            )

    def rupiah(self, i: int, column: TableColumn, value: Cell, where: str) -> int | None:
        """The whole rupiah a budget cell holds, or ``None`` after noting a problem."""
        if isinstance(value, str):
            return self._read_once(
                self.amounts_read,
                value,
                lambda: self._amount(value),
                i=i,
                column=column,
                where=where,
            )
        ref = self.sheet.cell(column.index, i)
        if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
            self.problems.add(
                ref,
                where,
                f"{quote(value)} bukan jumlah rupiah",
                f"{quote(value)} is not an amount of rupiah",
            )
            return None
        number = decimal_of(value)
        if not number.is_finite() or number != number.to_integral_value():
            self.problems.add(
                ref,
                where,
                f"{quote(value)} bukan rupiah utuh; anggaran ditulis dalam rupiah utuh",
                f"{quote(value)} is not whole rupiah; a budget is written in whole rupiah",
            )
            return None
        amount = int(number)
        if amount < 0:
            self.problems.add(
                ref, where, f"anggaran negatif: {amount}", f"a negative budget: {amount}"
            )
            return None
        return amount

    @staticmethod
    def _amount(value: str) -> tuple[int, Message]:
        amount = parse_rupiah(value)
        shown = format_number(amount, grouping=True)
        return amount, Message(
            f"{quote(value)} dibaca sebagai Rp{shown}", f"{quote(value)} read as Rp{shown}"
        )
