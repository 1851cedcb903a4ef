"""Action-plan tables (*tabel rencana aksi*): read a road map from the rows of its table.

Every road map exists first as a table in a Word document, a spreadsheet or a
PDF. `read_plan` reads the rows of such a table, already read by the caller
(with ``csv``, ``openpyxl`` or ``python-docx``; the library opens no file),
into areas with their rows and plan hierarchy, with a reading log of every
decision it made: which blank cells continue a merged cell (``shares``),
which rows it skipped, what each target and budget cell was read as.
Whatever it cannot read it reports at once, each cell named as a spreadsheet
user says it (``G14``), in a `TableError`. `write_plan` goes the other way: a
road map to rows in the same columns, merged blocks written once, cells in
the document's notation, that `read_plan` reads back into the same action
plan.
"""

from __future__ import annotations

from rbroadmap.tables._columns import Field, TableColumn, cell_name, column_letter
from rbroadmap.tables._log import NoteKind, ReadingNote, TableError
from rbroadmap.tables._reading import Cell, TableReading, read_plan
from rbroadmap.tables._writing import WrittenTable, write_plan

__all__ = [
    "Cell",
    "Field",
    "NoteKind",
    "ReadingNote",
    "TableColumn",
    "TableError",
    "TableReading",
    "WrittenTable",
    "cell_name",
    "column_letter",
    "read_plan",
    "write_plan",
]
