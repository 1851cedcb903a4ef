"""The reading log (*catatan pembacaan*) and the error of a table that cannot be read."""

from __future__ import annotations

from collections.abc import Iterable
from typing import final

import attrs

from rbroadmap.errors import DataError, ErrorDetail
from rbroadmap.messages import LabelledEnum, Lang, Message

__all__ = ["NoteKind", "ReadingNote", "TableError"]


class NoteKind(LabelledEnum):
    """Kind of decision the reader made (*jenis keputusan*), one per note of the log."""

    HEADER = "header", "Baris judul kolom", "Header row"
    """A row read as the header of the columns."""
    COLUMN = "column", "Kolom", "Column"
    """What a column was read as, from its header text or the column map."""
    SKIPPED = "skipped", "Baris dilewati", "Row skipped"
    """A row not read as a row of the plan: blank, a title above the header, a
    repeated header or a row of column numbers (``1 2 3 … 12``)."""
    AREA = "area", "Area perubahan", "Area of change"
    """An area heading: a new area, or the same area again after a page break."""
    PLAN = "plan", "Hierarki rencana", "Plan hierarchy"
    """A programme, activity or sub-activity of the plan hierarchy begins."""
    CONTINUED = "continued", "Sel gabungan", "Merged cell"
    """A blank cell continued from the row above whose merged cell covers it (``shares``)."""
    BLANK = "blank", "Sel kosong", "Blank cell"
    """A blank cell with nothing above it to continue: the row has no such cell."""
    VALUE = "value", "Nilai", "Value"
    """A target or budget cell, and what its notation was read as."""
    UNITS = "units", "Penanggung jawab", "Responsible units"
    """A unit cell naming several units, and the names read from it."""
    PROBLEMS = "problems", "Permasalahan", "Problems"
    """A problem cell listing several problems, one per bulleted line."""
    MARKUP = "markup", "Markah", "Markup"
    """Formatting tags (``<i>``) left by a conversion, removed from a text."""


@final
@attrs.frozen(kw_only=True)
class ReadingNote:
    """One decision of the reading log (*catatan pembacaan*).

    Attributes:
        kind: What kind of decision it is.
        row: The row of the sheet it concerns (counting from the table's
            ``first_row``).
        cell: The cell as a spreadsheet user names it (``"K14"``), or ``None``
            when the note is about the whole row.
        message: What was decided, in Indonesian and English.

    >>> note = ReadingNote(kind=NoteKind.SKIPPED, row=2, message=Message("a", "b"))
    >>> note.text("en")
    'row 2: b'
    """

    kind: NoteKind
    row: int
    cell: str | None = None
    message: Message

    def text(self, lang: Lang) -> str:
        """The note in *lang*: where (``K14`` or ``baris 14``), then what was decided."""
        where = (
            self.cell
            if self.cell is not None
            else Message(f"baris {self.row}", f"row {self.row}").get(lang)
        )
        return f"{where}: {self.message.get(lang)}"


class TableError(DataError):
    """An action-plan table that cannot be read (*tabel tidak dapat dibaca*), every bad cell.

    A `rbroadmap.DataError`: each of its `details` names the cell as a
    spreadsheet user says it (``"cell G14"``) in its message and, as its path,
    where in the road map the value would go
    (``$.areas[0].actions[1].targets[2019]``). `cells` lists the cells in the
    same order.

    Attributes:
        cells: The cell of each detail (``"G14"``), or the row (``"14"``) when
            a whole row is wrong.
    """

    cells: tuple[str, ...]

    def __init__(self, problems: Iterable[tuple[str, str, Message]]) -> None:
        found = tuple(problems)
        super().__init__(
            ErrorDetail(
                path,
                message.prefixed(f"sel {cell}: ", f"cell {cell}: ")
                if not cell.isdigit()
                else message.prefixed(f"baris {cell}: ", f"row {cell}: "),
            )
            for cell, path, message in found
        )
        self.cells = tuple(cell for cell, _, _ in found)
