"""The reader of action-plan tables: rows of cells in, areas with their rows and a log out."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final, cast, final

import attrs

from rbroadmap import _checks
from rbroadmap.areasets import AREA_SETS, AreaSet, StandardArea
from rbroadmap.errors import ModelError, quote
from rbroadmap.messages import Message
from rbroadmap.model import (
    Action,
    Activity,
    Area,
    Column,
    PlanProgramme,
    Problem,
    Profile,
    Result,
    RoadMap,
    SubActivity,
)
from rbroadmap.tables._cells import MARKUP, Cell, CellReader, Problems, is_blank
from rbroadmap.tables._columns import (
    Field,
    TableColumn,
    cell_name,
    column_letter,
    column_of,
    guess,
    header_key,
    header_row_score,
)
from rbroadmap.tables._log import NoteKind, ReadingNote, TableError
from rbroadmap.units import UnitRegistry

__all__ = ["Cell", "TableReading", "read_plan"]

_HEADER_SEARCH: Final = 10
_LABEL: Final = re.compile(r"\s*([0-9]{1,3}|[A-Za-z]|[IVXivx]{1,5})[.)]\s+(\S.*)\Z", re.DOTALL)
_NUMBER_CELL: Final = re.compile(r"\(?(\d{1,3})\)?\Z")
_NO_CELL: Final = re.compile(r"\s*\(?([0-9]{1,3}|[A-Za-z]|[IVXivx]{1,5})[.)]?\s*\Z")
_BULLET: Final = re.compile(r"\s*[-•–*]\s+")

# The groups of columns whose blank cells continue a merged cell of a row above.
_GROUPS: Final[dict[str, tuple[Field, ...]]] = {
    "text": (Field.ACTION,),
    "result": (Field.RESULT,),
    "expected_condition": (Field.CONDITION,),
    "targets": (Field.TARGET, Field.QUARTER, Field.MEASURE),
    "programme": (Field.PROGRAMME,),
    "budget": (Field.BUDGET, Field.BUDGET_YEAR, Field.BUDGET_TOTAL),
    "units": (Field.UNITS,),
}
_GROUP_OF: Final = {field: group for group, fields in _GROUPS.items() for field in fields}
_LEVELS: Final = (Field.PLAN_PROGRAMME, Field.ACTIVITY, Field.SUB_ACTIVITY)
_SINGLE: Final = frozenset(Field) - {Field.TARGET, Field.QUARTER, Field.BUDGET_YEAR, Field.IGNORED}
_PROFILE_COLUMNS: Final = {
    Column.PROBLEM: (Field.PROBLEM,),
    Column.ACTION: (Field.ACTION,),
    Column.RESULT: (Field.RESULT,),
    Column.EXPECTED_CONDITION: (Field.CONDITION,),
    Column.TARGET: (Field.TARGET, Field.QUARTER),
    Column.PROGRAMME: (Field.PROGRAMME,),
    Column.BUDGET: (Field.BUDGET, Field.BUDGET_YEAR, Field.BUDGET_TOTAL),
    Column.UNIT: (Field.UNITS,),
}


@final
@attrs.frozen(kw_only=True)
class TableReading:
    """Reading of an action-plan table (*hasil pembacaan tabel*): its areas and its log.

    Attributes:
        areas: The areas of the table, in the order of their first heading,
            each with its rows (``actions``) or its plan hierarchy
            (``programmes``, ``activities``).
        columns: The columns, as read from their headers or the column map.
        profile: Which columns of a road map's action plan the table has
            (`rbroadmap.model.Profile`).
        log: Every decision of the reading, in the order of the table.
    """

    areas: tuple[Area, ...]
    columns: tuple[TableColumn, ...]
    profile: Profile
    log: tuple[ReadingNote, ...]

    def into(self, roadmap: RoadMap) -> RoadMap:
        """Return *roadmap* with the action plan of the table.

        Each area read replaces the rows and the plan hierarchy of the
        road map's area with the same id (the code of its standard area),
        keeping the area's name, goals and improvement items; an area the
        road map does not have is added after its own. The road map's
        profile becomes the table's.

        Raises:
            ModelTypeError: If *roadmap* is not a `rbroadmap.RoadMap`.
            IntegrityError: If the rows do not fit the road map (a target
                year outside its period, an id used twice).
        """
        if not isinstance(roadmap, RoadMap):
            raise _checks.wrong_type_named(
                "TableReading.into", "roadmap", roadmap, "RoadMap / a RoadMap"
            )
        read = {area.id: area for area in self.areas}
        areas = [
            attrs.evolve(
                area,
                actions=read[area.id].actions,
                programmes=read[area.id].programmes,
                activities=read[area.id].activities,
            )
            if area.id in read
            else area
            for area in roadmap.areas
        ]
        known = {area.id for area in roadmap.areas}
        areas += [area for area in self.areas if area.id not in known]
        return attrs.evolve(roadmap, areas=areas, profile=self.profile)

    def notes(self, kind: NoteKind) -> tuple[ReadingNote, ...]:
        """The notes of the log of one kind."""
        return tuple(note for note in self.log if note.kind is kind)


# -- cells

_NOTHING_ABOVE: Final = Message(
    "kosong, tanpa sel di atasnya untuk dilanjutkan: baris ini tidak memilikinya",
    "blank, with no cell above it to continue: the row has none",
)


# -- the reader


@final
class _Node:
    """A programme, activity or sub-activity being read."""

    def __init__(self, field: Field, id: str, label: str | None, name: str, path: str) -> None:
        self.field = field
        self.id = id
        self.label = label
        self.name = name
        self.path = path
        self.children: list[_Node] = []
        self.actions: list[Action] = []

    def build(self) -> PlanProgramme | Activity | SubActivity:
        if self.field is Field.SUB_ACTIVITY:
            return SubActivity(id=self.id, label=self.label, name=self.name, actions=self.actions)
        if self.field is Field.ACTIVITY:
            return Activity(
                id=self.id,
                label=self.label,
                name=self.name,
                sub_activities=[cast("SubActivity", c.build()) for c in self.children],
                actions=self.actions,
            )
        return PlanProgramme(
            id=self.id,
            label=self.label,
            name=self.name,
            activities=[cast("Activity", c.build()) for c in self.children],
            actions=self.actions,
        )


@final
class _AreaDraft:
    def __init__(
        self,
        index: int,
        id: str,
        *,
        number: int | None,
        label: str | None,
        name: str,
        std: str | None,
    ) -> None:
        self.index = index
        self.id = id
        self.number = number
        self.label = label
        self.name = name
        self.standard = std
        self.actions: list[Action] = []
        self.nodes: list[_Node] = []  # programmes and activities directly in the area
        self.current: dict[Field, _Node | None] = dict.fromkeys(_LEVELS)
        self.row_ids: list[str] = []  # every row, in order, for the explicit shares column
        # per parent and group: the id and sheet row of the last row that filled it
        self.filled: dict[tuple[str, str], tuple[str, int]] = {}

    def build(self) -> Area:
        return Area(
            id=self.id,
            number=self.number,
            label=self.label,
            name=self.name,
            standard=self.standard,
            actions=self.actions,
            programmes=[
                cast("PlanProgramme", n.build())
                for n in self.nodes
                if n.field is Field.PLAN_PROGRAMME
            ],
            activities=[
                cast("Activity", n.build()) for n in self.nodes if n.field is Field.ACTIVITY
            ],
        )


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:60].strip("-")
    return slug or "area"


def _split_label(text: str) -> tuple[str | None, str]:
    match = _LABEL.match(text)
    if match is None:
        return None, text.strip()
    return match.group(1), match.group(2).strip()


class _Reader:
    def __init__(
        self,
        rows: Sequence[Sequence[Cell]],
        *,
        columns: Sequence[str] | Mapping[str | int, str] | None,
        header_rows: int | None,
        area_set: AreaSet | None,
        area: str | None,
        units: UnitRegistry | None,
        percent_fractions: bool,
        first_row: int,
        first_column: int,
    ) -> None:
        self.rows = rows
        self.area_set = area_set
        self.default_area = area
        self.first_row = first_row
        self.first_column = first_column
        self.log: list[ReadingNote] = []
        self.problems = Problems()
        self.areas: list[_AreaDraft] = []
        self.by_id: dict[str, _AreaDraft] = {}
        self.area: _AreaDraft | None = None
        self.columns: list[TableColumn] = []
        self.letters: list[str] = []
        self.continued: dict[tuple[str, int], Message] = {}
        self.header_keys: list[set[str]] = []
        self.areas_found: dict[str, StandardArea | None] = {}
        self.cells = CellReader(
            self, self.problems, units=units, percent_fractions=percent_fractions
        )
        self._find_columns(columns, header_rows)
        self.letters = [c.letter for c in self.columns]

    # -- where

    def sheet_row(self, i: int) -> int:
        return self.first_row + i

    def cell(self, column: int, i: int) -> str:
        if column < len(self.letters):
            return f"{self.letters[column]}{self.first_row + i}"
        return cell_name(self.first_column + column, self.sheet_row(i))

    def note(
        self, kind: NoteKind, i: int, indonesian: str, english: str, column: int | None = None
    ) -> None:
        self.said(kind, i, Message(indonesian, english), column)

    def said(self, kind: NoteKind, i: int, message: Message, column: int | None = None) -> None:
        """Add a note whose message is made already (and may be shared by many notes)."""
        row = self.first_row + i
        if column is None:
            cell = None
        elif column < len(self.letters):
            cell = f"{self.letters[column]}{row}"
        else:
            cell = self.cell(column, i)
        self.log.append(ReadingNote(kind=kind, row=row, cell=cell, message=message))

    # -- columns

    def _text_of(self, value: Cell) -> str:
        return value.strip() if isinstance(value, str) else ("" if value is None else str(value))

    def _find_columns(
        self, given: Sequence[str] | Mapping[str | int, str] | None, header_rows: int | None
    ) -> None:
        width = max((len(r) for r in self.rows), default=0)
        if given is not None and not isinstance(given, Mapping):
            top = [str(t) for t in given]
            top += [""] * (width - len(top))
            self.body_start = header_rows or 0
            for i in range(self.body_start):
                self.note(
                    NoteKind.SKIPPED,
                    i,
                    "baris judul kolom dilewati: kolom dari daftar judul",
                    "header row skipped: the columns come from the list of headers",
                )
            self._classify(top, [""] * len(top), None)
            return
        overrides: dict[int, str] = {}
        for key, text in (given or {}).items():
            index = key if type(key) is int else column_of(str(key))
            if index is not None and type(key) is not int:
                index -= self.first_column
            if index is None or index < 0 or not isinstance(text, str):
                self.problems.add(
                    str(key),
                    "$.columns",
                    f"{quote(key)}: {quote(text)} bukan huruf kolom dan judul",
                    f"{quote(key)}: {quote(text)} is not a column letter and a header",
                )
                continue
            overrides[index] = text
        width = max([width, *(k + 1 for k in overrides)])
        found = None
        if header_rows is not None and header_rows >= 1 and overrides:
            found = 0
        limit = min(len(self.rows), _HEADER_SEARCH) if header_rows is None else header_rows
        for i in range(limit if found is None else 0):
            texts = [self._text_of(c) for c in self.rows[i]]
            if header_row_score(texts) >= 2:
                found = i
                break
        if found is None:
            self.problems.add(
                "1",
                "$.columns",
                "tidak ada baris judul kolom (Permasalahan, Aksi, Target …) di baris-baris pertama;"
                " berikan judul kolom dengan columns=",
                "no header row (Permasalahan, Aksi, Target …) among the first rows; give the "
                "column headers with columns=",
            )
            self.body_start = len(self.rows)
            return
        for i in range(found):
            self.note(
                NoteKind.SKIPPED,
                i,
                "baris di atas judul kolom dilewati (judul tabel)",
                "row above the header skipped (a title)",
            )
        top = [self._text_of(c) for c in self.rows[found]]
        top += [""] * (width - len(top))
        bottom = [""] * width
        used = found + 1
        if found + 1 < len(self.rows):
            below = [self._text_of(c) for c in self.rows[found + 1]]
            if (
                not self._number_row(below)
                and any(below)
                and all(not t or guess(t, "").field is not None for t in below)
            ):
                bottom = below + [""] * (width - len(below))
                used = found + 2
        for index, text in overrides.items():
            top[index], bottom[index] = text, ""
        self.note(NoteKind.HEADER, found, "judul kolom", "column headers")
        if used == found + 2:
            self.note(NoteKind.HEADER, found + 1, "baris kedua judul kolom", "second header row")
        self.body_start = used
        self._classify(top, bottom, found)

    def _classify(self, top: list[str], bottom: list[str], header_at: int | None) -> None:
        width = len(top)
        carried = list(top)
        for j in range(1, width):
            if not top[j] and bottom[j] and bottom[j - 1]:
                carried[j] = carried[j - 1]
        guesses = [guess(carried[j], bottom[j]) for j in range(width)]
        fields = {g.field for g in guesses}
        hierarchy = Field.SUB_ACTIVITY in fields or (
            Field.ACTIVITY in fields and Field.ACTION in fields
        )
        has_result = any(g.field is Field.RESULT and not g.indicator for g in guesses)
        years = sorted({g.year for g in guesses if g.field is Field.TARGET and g.year})
        where_row = 0 if header_at is None else header_at
        seen: dict[tuple[Field, int | None, int | None], int] = {}
        for j, g in enumerate(guesses):
            text = " ".join(t for t in (carried[j], bottom[j]) if t)
            ref = (
                self.cell(j, where_row)
                if header_at is not None
                else column_letter(self.first_column + j)
            )
            field, year = g.field, g.year
            if field is Field.ACTIVITY and not hierarchy:
                field = Field.ACTION
            if field is Field.PROGRAMME and hierarchy and header_key(text) == "program":
                field = Field.PLAN_PROGRAMME
            if g.indicator and has_result:
                field = None
            if field is Field.QUARTER and year is None and len(years) == 1:
                year = years[0]
            if not text:
                field = Field.IGNORED
            if field is None:
                self.problems.add(
                    ref,
                    "$.columns",
                    f"judul kolom {quote(text)} tidak dikenal; berikan peta kolom (columns=) atau "
                    "ubah judulnya (Permasalahan, Aksi, Hasil, Kondisi yang Diharapkan, Target "
                    "<tahun>, Program, Anggaran, Penanggung Jawab, Satuan, TW I <tahun> …)",
                    f"the column header {quote(text)} is not known; give a column map "
                    "(columns=) or rename it (Permasalahan, Aksi, Hasil, Kondisi yang Diharapkan, "
                    "Target <year>, Program, Anggaran, Penanggung Jawab, Satuan, TW I <year> …)",
                )
                field = Field.IGNORED
            if field is Field.QUARTER and year is None:
                self.problems.add(
                    ref,
                    "$.columns",
                    f"kolom triwulan {quote(text)} tidak menyebut tahunnya; tulis 'TW I 2022'",
                    f"the quarter column {quote(text)} does not name its year; write 'TW I 2022'",
                )
                field = Field.IGNORED
            key = (field, year, g.quarter if field is Field.QUARTER else None)
            if field is not Field.IGNORED and (field in _SINGLE or year is not None):
                if key in seen:
                    first = column_letter(self.first_column + seen[key])
                    self.problems.add(
                        ref,
                        "$.columns",
                        f"kolom {quote(text)} dibaca sebagai {field.label.indonesian}, seperti "
                        f"kolom {first}; berikan peta kolom (columns=)",
                        f"the column {quote(text)} reads as {field.label.english}, as column "
                        f"{first} does; give a column map (columns=)",
                    )
                    field = Field.IGNORED
                else:
                    seen[key] = j
            column = TableColumn(
                index=j,
                letter=column_letter(self.first_column + j),
                header=text,
                field=field,
                year=year if field in (Field.TARGET, Field.BUDGET_YEAR, Field.QUARTER) else None,
                quarter=g.quarter if field is Field.QUARTER else None,
            )
            self.columns.append(column)
            self.header_keys.append({header_key(carried[j]), header_key(bottom[j])} - {""})
            if text:
                desc = column.description
                how_id, how_en = "", ""
                if g.fuzzy is not None and field is not Field.IGNORED:
                    how_id, how_en = (
                        f" (ejaan terdekat: {g.fuzzy!r})",
                        f" (closest spelling: {g.fuzzy!r})",
                    )
                self.log.append(
                    ReadingNote(
                        kind=NoteKind.COLUMN,
                        row=self.sheet_row(where_row),
                        cell=ref if header_at is not None else None,
                        message=Message(
                            f"kolom {column.letter} {quote(text)} dibaca sebagai "
                            f"{desc.indonesian}{how_id}",
                            f"column {column.letter} {quote(text)} read as {desc.english}{how_en}",
                        ),
                    )
                )
        self.by_field: dict[Field, list[TableColumn]] = {}
        for column in self.columns:
            self.by_field.setdefault(column.field, []).append(column)
        self.result_suffix = "hasil"
        for column in self.by_field.get(Field.RESULT, []):
            words = set(header_key(column.header).split())
            if "hasil" not in words:
                for word in ("keluaran", "output"):
                    if word in words:
                        self.result_suffix = word
        self.groups_present = tuple(
            group for group, fs in _GROUPS.items() if any(f in self.by_field for f in fs)
        )
        self.group_columns = [
            (group, columns, tuple(c.index for c in columns))
            for group in self.groups_present
            for columns in [[c for f in _GROUPS[group] for c in self.by_field.get(f, [])]]
        ]
        plan_columns = frozenset(
            c.index
            for f in (*_LEVELS, Field.NUMBER, Field.IGNORED)
            for c in self.by_field.get(f, [])
        )
        # the columns a row of the plan fills, beside the levels of the hierarchy
        self.plan_free = [j for j in range(width) if j not in plan_columns]
        self.level_columns = [
            (depth, field, self.by_field.get(field, []))
            for depth, field in enumerate(_LEVELS)
            if field in self.by_field
        ]
        self.headless = [c for c in self.by_field.get(Field.IGNORED, []) if not c.header]
        present = {f for f in self.by_field if f is not Field.IGNORED}
        self.profile = Profile(
            columns=[c for c, fs in _PROFILE_COLUMNS.items() if any(f in present for f in fs)]
        )

    # -- rows

    @staticmethod
    def _number_row(texts: Sequence[str]) -> bool:
        numbers = [t for t in texts if t]
        if len(numbers) < 3:
            return False
        values = []
        for t in numbers:
            match = _NUMBER_CELL.match(t)
            if match is None:
                return False
            values.append(int(match.group(1)))
        return all(a < b for a, b in itertools.pairwise(values))

    def _repeated_header(self, texts: Sequence[str]) -> bool:
        filled = [(j, t) for j, t in enumerate(texts) if t]
        if len(filled) < 2:
            return False
        return all(
            j < len(self.header_keys) and header_key(t) in self.header_keys[j] for j, t in filled
        )

    def read(self) -> TableReading:
        width = len(self.columns)
        for i in range(self.body_start, len(self.rows)):
            raw: Any = self.rows[i]
            if not isinstance(raw, Sequence) or isinstance(raw, str | bytes):
                self.problems.add(
                    str(self.sheet_row(i)),
                    "$.rows",
                    f"baris bukan deretan sel: {quote(raw)}",
                    f"a row is not a sequence of cells: {quote(raw)}",
                )
                continue
            cells = list(raw[:width]) + [None] * (width - len(raw))
            texts = [c.strip() if isinstance(c, str) else "" for c in cells]
            blank = [
                not t and (c is None or isinstance(c, str))
                for c, t in zip(cells, texts, strict=True)
            ]
            if all(blank) and all(is_blank(c) for c in raw[width:]):
                self.note(NoteKind.SKIPPED, i, "baris kosong dilewati", "blank row skipped")
                continue
            if self._number_row(texts) and all(isinstance(c, str) or is_blank(c) for c in cells):
                self.note(
                    NoteKind.SKIPPED,
                    i,
                    "baris nomor kolom (1 2 3 …) dilewati",
                    "row of column numbers (1 2 3 …) skipped",
                )
                continue
            if self._repeated_header(texts):
                self.note(
                    NoteKind.SKIPPED,
                    i,
                    "judul kolom yang diulang (halaman baru) dilewati",
                    "repeated column headers (a new page) skipped",
                )
                continue
            if not self._heading(i, cells, texts):
                self._row(i, cells, blank)
            for column in self.headless:
                if not blank[column.index]:
                    self.problems.add(
                        self.cell(column.index, i),
                        "$.rows",
                        f"sel {quote(cells[column.index])} di kolom tanpa judul",
                        f"the cell {quote(cells[column.index])} is in a column without a header",
                    )
            for j in range(width, len(raw)):
                if not is_blank(raw[j]):
                    self.problems.add(
                        self.cell(j, i),
                        "$.rows",
                        f"sel di luar kolom tabel: {quote(raw[j])}",
                        f"a cell beyond the table's columns: {quote(raw[j])}",
                    )
        built: list[Area] = []
        for draft in self.areas:
            try:
                built.append(draft.build())
            except ModelError as error:
                self.problems.add_error(draft.id, f"$.areas[{draft.index}]", error)
        if self.problems.found:
            raise TableError(self.problems.found)
        return TableReading(
            areas=tuple(built),
            columns=tuple(self.columns),
            profile=self.profile,
            log=tuple(self.log),
        )

    def _heading(self, i: int, cells: list[Cell], texts: list[str]) -> bool:
        filled = [(j, t) for j, t in enumerate(texts) if t]
        if not filled or len({t for _, t in filled}) != 1:
            return False
        if any(c is not None and not isinstance(c, str) for c in cells):
            return False
        j, text = filled[0]
        text = MARKUP.sub("", text).strip()
        label, name = _split_label(text)
        standard = None
        if self.area_set is not None:
            whole = self._find_area(text)
            if whole is not None:
                standard, label, name = whole, None, text
            else:
                standard = self._find_area(name)
        in_level = self.columns[j].field in _LEVELS
        if standard is None and (label is None or in_level):
            return False
        number = int(label) if label is not None and label.isdigit() else None
        mark = None if label is None or number is not None else label
        area_id = standard.code if standard is not None else _slug(name)
        draft = self.by_id.get(area_id)
        if draft is not None:
            self.area = draft
            self.note(
                NoteKind.AREA,
                i,
                f"{quote(text)}: area {area_id!r} berlanjut (judul diulang di halaman baru)",
                f"{quote(text)}: area {area_id!r} continues (heading repeated on a new page)",
                j,
            )
            return True
        draft = _AreaDraft(
            len(self.areas),
            area_id,
            number=number,
            label=mark,
            name=name,
            std=standard.code if standard is not None else None,
        )
        self.areas.append(draft)
        self.by_id[area_id] = draft
        self.area = draft
        what = (
            Message(f"area baku {standard.code!r}", f"standard area {standard.code!r}")
            if standard is not None
            else Message("area di luar set area", "an area outside the area set")
        )
        self.note(
            NoteKind.AREA,
            i,
            f"{quote(text)}: area baru {area_id!r} ({what.indonesian})",
            f"{quote(text)}: new area {area_id!r} ({what.english})",
            j,
        )
        return True

    def _find_area(self, name: str) -> StandardArea | None:
        """The standard area *name* names, looked up once for each text."""
        assert self.area_set is not None
        if name not in self.areas_found:
            self.areas_found[name] = self.area_set.find(name)
        return self.areas_found[name]

    def _area_for_row(self, i: int) -> _AreaDraft | None:
        if self.area is not None:
            return self.area
        if self.default_area is None:
            self.problems.add(
                str(self.sheet_row(i)),
                "$.areas",
                "baris ini ada sebelum judul area mana pun; berikan area= untuk baris tanpa "
                "judul area",
                "this row comes before any area heading; give area= for rows without one",
            )
            return None
        text = self.default_area.strip()
        label, name = _split_label(text)
        standard = None
        if self.area_set is not None:
            standard = self.area_set.find(text) or self.area_set.get(text)
            if standard is not None:  # the area's name or code, without a label
                label, name = None, standard.name
            else:
                standard = self.area_set.find(name)
        number = int(label) if label is not None and label.isdigit() else None
        area_id = standard.code if standard is not None else _slug(name)
        draft = _AreaDraft(
            0,
            area_id,
            number=number,
            label=None if label is None or number is not None else label,
            name=name,
            std=standard.code if standard else None,
        )
        self.areas.append(draft)
        self.by_id[area_id] = draft
        self.area = draft
        self.note(
            NoteKind.AREA,
            i,
            f"baris tanpa judul area dibaca di area {area_id!r}",
            f"rows without an area heading read in area {area_id!r}",
        )
        return draft

    # -- one row of the plan

    def _number_label(self, cells: list[Cell]) -> str | None:
        """The label the row's *No* cell gives (``3.`` → ``"3"``), if it holds one."""
        for column in self.by_field.get(Field.NUMBER, []):
            value = cells[column.index]
            if type(value) is int and 0 <= value < 1000:
                return str(value)
            if isinstance(value, str):
                match = _NO_CELL.match(value)
                if match is not None:
                    return match.group(1)
        return None

    def _level(self, draft: _AreaDraft, i: int, cells: list[Cell]) -> None:
        numbered = False  # whether the No cell has labelled a level of this row
        for depth, field, columns in self.level_columns:
            for column in columns:
                value = self.cells.text(i, column, cells[column.index], f"$.areas[{draft.index}]")
                if value is None:
                    continue
                label, name = _split_label(value)
                from_number = None
                if not numbered:
                    # The No cell numbers the highest level that begins in its row.
                    numbered = True
                    from_number = self._number_label(cells)
                    if label is None and from_number is not None:
                        label = from_number
                    else:
                        from_number = None
                if field is Field.SUB_ACTIVITY:
                    parent = draft.current[Field.ACTIVITY]
                    if parent is None:
                        self.problems.add(
                            self.cell(column.index, i),
                            f"$.areas[{draft.index}]",
                            "sub kegiatan tanpa kegiatan di atasnya",
                            "a sub-activity without an activity above it",
                        )
                        continue
                    siblings, prefix, mark, base = parent.children, parent.id, "s", parent.path
                    attr = "sub_activities"
                elif field is Field.ACTIVITY:
                    parent = draft.current[Field.PLAN_PROGRAMME]
                    if parent is not None:
                        siblings, prefix, base = parent.children, parent.id, parent.path
                    else:
                        siblings = draft.nodes
                        prefix, base = draft.id, f"$.areas[{draft.index}]"
                    mark, attr = "k", "activities"
                else:
                    siblings, prefix, mark = draft.nodes, draft.id, "p"
                    base, attr = f"$.areas[{draft.index}]", "programmes"
                same = [n for n in siblings if n.field is field]
                tag = _slug(label) if label is not None else str(len(same) + 1)
                node_id = f"{prefix}-{mark}{tag}"
                if any(n.id == node_id for n in same):
                    node_id = f"{prefix}-{mark}{len(same) + 1}"
                node = _Node(field, node_id, label, name, f"{base}.{attr}[{len(same)}]")
                siblings.append(node)
                draft.current[field] = node
                for lower in _LEVELS[depth + 1 :]:
                    draft.current[lower] = None
                by_id, by_en = "", ""
                if from_number is not None:
                    by_id, by_en = " (nomor dari kolom No)", " (its number from the No column)"
                self.note(
                    NoteKind.PLAN,
                    i,
                    f"{field.label.indonesian} baru {node_id!r}: {quote(name)}{by_id}",
                    f"new {field.label.english.lower()} {node_id!r}: {quote(name)}{by_en}",
                    column.index,
                )

    def _row(self, i: int, cells: list[Cell], blank: list[bool]) -> None:
        draft = self._area_for_row(i)
        if draft is None:
            return
        self._level(draft, i, cells)
        if all(blank[j] for j in self.plan_free):
            return  # a row that only names a level of the plan hierarchy
        parent: _Node | None = None
        for field in reversed(_LEVELS):
            if draft.current[field] is not None:
                parent = draft.current[field]
                break
        if parent is None:
            siblings, row_id = draft.actions, f"{draft.id}-{len(draft.actions) + 1}"
            path = f"$.areas[{draft.index}].actions[{len(draft.actions)}]"
            parent_key = draft.id
        else:
            siblings, row_id = parent.actions, f"{parent.id}-{len(parent.actions) + 1}"
            path = f"{parent.path}.actions[{len(parent.actions)}]"
            parent_key = parent.id
        fields: dict[str, Any] = {}
        before = len(self.problems.found)
        # problems
        for column in self.by_field.get(Field.PROBLEM, []):
            text = self.cells.text(i, column, cells[column.index], f"{path}.problems")
            if text is not None:
                fields["problems"] = self._problems(i, column, text, row_id)
        blanks: dict[str, int] = {}
        filled_here = (row_id, self.first_row + i)
        for group, group_columns, indices in self.group_columns:
            if all(blank[j] for j in indices) if len(indices) > 1 else blank[indices[0]]:
                blanks[group] = indices[0]
                continue
            draft.filled[(parent_key, group)] = filled_here
            self._group(i, group, group_columns, cells, row_id, path, fields)
        shares = None
        explicit = self.by_field.get(Field.SHARES)
        if explicit:
            shares = self._explicit_shares(i, explicit[0], cells[explicit[0].index], draft, path)
        else:
            owners: list[tuple[int, str]] = []
            for group, j in blanks.items():
                owner = draft.filled.get((parent_key, group))
                if owner is None:
                    self.said(NoteKind.BLANK, i, _NOTHING_ABOVE, j)
                    continue
                owner_id, owner_row = owner
                owners.append((owner_row, owner_id))
                message = self.continued.get(owner)
                if message is None:
                    message = self.continued[owner] = Message(
                        f"kosong: sel gabungan baris {owner_row} ({owner_id}) berlanjut",
                        f"blank: the merged cell of row {owner_row} ({owner_id}) continues",
                    )
                self.said(NoteKind.CONTINUED, i, message, j)
            if owners:
                shares = max(owners)[1]
        if len(self.problems.found) > before:
            siblings.append(Action(id=row_id))  # keeps the numbering of the rows after it
            draft.row_ids.append(row_id)
            return
        try:
            action = Action(id=row_id, shares=shares, **fields)
        except ModelError as error:
            self.problems.add_error(str(self.sheet_row(i)), path, error)
            action = Action(id=row_id)
        siblings.append(action)
        draft.row_ids.append(row_id)

    def _explicit_shares(
        self, i: int, column: TableColumn, value: Cell, draft: _AreaDraft, path: str
    ) -> str | None:
        if is_blank(value):
            return None
        text = str(value).strip()
        if not text.isdigit() or not 1 <= int(text) <= len(draft.row_ids):
            self.problems.add(
                self.cell(column.index, i),
                f"{path}.shares",
                f"{quote(value)} bukan nomor baris sebelumnya di area ini (1-{len(draft.row_ids)})",
                f"{quote(value)} is not the number of an earlier row of this area "
                f"(1-{len(draft.row_ids)})",
            )
            return None
        shared = draft.row_ids[int(text) - 1]
        self.note(
            NoteKind.CONTINUED,
            i,
            f"sel kosong baris ini tercakup sel gabungan baris ke-{text} area ({shared})",
            f"the blank cells of this row are covered by the merged cells of row {text} of "
            f"the area ({shared})",
            column.index,
        )
        return shared

    def _problems(self, i: int, column: TableColumn, text: str, row_id: str) -> list[Problem]:
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) >= 2 and all(_BULLET.match(line) for line in lines):
            texts = [_BULLET.sub("", line, count=1).strip() for line in lines]
            self.note(
                NoteKind.PROBLEMS,
                i,
                f"{len(texts)} permasalahan, satu per baris berpoin",
                f"{len(texts)} problems, one per bulleted line",
                column.index,
            )
            return [Problem(id=f"{row_id}-masalah-{k}", text=t) for k, t in enumerate(texts, 1)]
        return [Problem(id=f"{row_id}-masalah", text=text)]

    def _group(  # noqa: PLR0917 - the parts of one row, passed on as they are
        self,
        i: int,
        group: str,
        columns: list[TableColumn],
        cells: list[Cell],
        row_id: str,
        path: str,
        fields: dict[str, Any],
    ) -> None:
        if group == "targets":
            self.cells.targets(i, columns, cells, path, fields)
            return
        if group == "budget":
            self.cells.budget(i, columns, cells, path, fields)
            return
        column = columns[0]
        text = self.cells.text(i, column, cells[column.index], f"{path}.{group}")
        if text is None:
            return
        if group == "result":
            fields["result"] = Result(id=f"{row_id}-{self.result_suffix}", text=text)
        elif group == "units":
            fields["units"] = self.cells.units(i, column, text)
        else:
            fields[group] = text


def _area_set(value: str | AreaSet | None) -> AreaSet | None:
    if value is None or isinstance(value, AreaSet):
        return value
    if value in AREA_SETS:
        return AREA_SETS[value]
    raise _checks.fail_named(
        "read_plan",
        "area_set",
        value,
        f"bukan kode set area; yang dikenal: {', '.join(AREA_SETS)}",
        f"is not the code of an area set; known: {', '.join(AREA_SETS)}",
    )


def read_plan(
    rows: Iterable[Sequence[Cell]],
    *,
    columns: Sequence[str] | Mapping[str | int, str] | None = None,
    header_rows: int | None = None,
    area_set: str | AreaSet | None = "permenpanrb-11-2015",
    area: str | None = None,
    units: UnitRegistry | None = None,
    percent_fractions: bool = False,
    first_row: int = 1,
    first_column: str = "A",
) -> TableReading:
    """Read the action plan (*rencana aksi*) from the rows of its table.

    The rows are what the caller read from a CSV file, a spreadsheet or a
    Word table: each a sequence of cells. A cell is text, ``None`` (blank), or
    what spreadsheet libraries return: an ``int``, a ``float`` or a
    ``Decimal`` (read exactly as the spreadsheet shows it: a float by its
    shortest form, ``0.1`` as 0,1), a ``bool`` in a year cell (``True`` is a
    check mark ``√``, ``False`` blank) or a date (refused: a spreadsheet
    turned the text into a date). Numbers in a target cell are read like a
    bare number written there: in the unit of the row's *Satuan* cell, refused
    without one; with ``percent_fractions=True`` they are fractions of a cell
    formatted as a percentage (``0.25`` is 25%). A number in a budget cell is
    whole rupiah.

    **Columns** are read from the header text, in the words and misspellings
    real tables use (see the reference page), one or two header rows (a
    ``Target`` cell spanning a row of years); or given with *columns*: a
    list of header texts for a table without a header row, or a mapping from
    column letter to header text. Title rows above the header, repeated
    headers after a page break and rows of column numbers (``1 2 3 … 12``)
    are skipped.

    **Areas** begin at a heading row: one text alone in its row (or merged
    across it), the name of an area of *area_set* (``"Tatalaksana"``, ``"G.
    Penguatan Pengawasan"``) or, outside the set, a labelled name (``"I.
    Deregulasi"``). A heading seen again continues the same area. An area's id
    is the code of its standard area. A number before the name is the area's
    number, a letter its label. A programme, activity or sub-activity takes
    the number before its name (``"1. Pembangunan Zona Integritas"``) as its
    label or, without one, the number of the row's *No* cell (``"3."``) when
    it is the highest level that begins in the row.

    **Blank cells** are read as a printed table means them: a blank cell is
    covered by the merged cell above it, within the area and the innermost
    level of the plan hierarchy, so the row ``shares`` the row that holds it;
    with nothing above, the row has no such cell. Problems are never merged.
    A table written by `write_plan` may say which row a row shares in a
    column *Gabung baris*; then a blank cell is blank.

    **Rows** are numbered by their place: ``<area>-<n>`` directly in an area,
    ``<parent>-<n>`` under a programme (``<area>-p<label>``), an activity
    (``-k<label>``) or a sub-activity (``-s<label>``); a problem is
    ``<row>-masalah`` (``-masalah-<k>`` when a cell lists several as bulleted
    lines), a result ``<row>-hasil`` (``-output`` under an *Output* header,
    ``-keluaran`` under a *Keluaran* header). A unit cell naming several
    units is split at commas, semicolons and line breaks and, with *units*,
    where the registry's names run together (``Bag. Organisasi Setda
    BPPKAD``).

    Args:
        rows: The rows of the table, the header rows included.
        columns: The headers of a table without a header row, in order, or a
            mapping from column letter (``"D"``) to header text.
        header_rows: How many rows at the top are headers to skip; by default
            found from the text (or none when *columns* is given).
        area_set: The code of the standard area set (or the set) area
            headings are read against; ``None`` for labelled headings only.
        area: The area of rows that come before any heading (a table of one
            area, or a page whose heading is on an earlier one), by name, by
            code or as a heading is written (``"G. Penguatan Pengawasan"``).
        units: The road map's unit registry, to split unit cells whose names
            run together.
        percent_fractions: Read numbers in target cells as fractions shown as
            percentages.
        first_row: The sheet row number of the first row given, for cell names.
        first_column: The sheet column letter of the first cell of each row.

    Returns:
        The areas with their rows, the columns, the profile and the reading log.

    Raises:
        TableError: Every cell that cannot be read, at once, each named as a
            spreadsheet user says it (``G14``) and by its path in the road map.
        ModelTypeError: If an argument has the wrong type.
        ModelError: If *area_set* is not a known code, or *first_row* or
            *first_column* is not a place in a sheet.

    >>> reading = read_plan([
    ...     ["Permasalahan", "Aksi", "Target 2022", "Target 2023", "Anggaran"],
    ...     ["Tatalaksana", None, None, None, None],
    ...     ["SOP belum ada", "Penyusunan SOP", "50%", "100%", "Rp 150 juta"],
    ...     ["SOP belum diterapkan", "Penerapan SOP", None, None, None],
    ... ])
    >>> [(a.id, a.shares, a.budget) for a in reading.areas[0].actions]
    [('tatalaksana-1', None, 150000000), ('tatalaksana-2', 'tatalaksana-1', None)]
    >>> print(reading.notes(NoteKind.CONTINUED)[0].text("en"))
    C4: blank: the merged cell of row 3 (tatalaksana-1) continues
    """
    if isinstance(rows, str | bytes) or not isinstance(rows, Iterable):
        raise _checks.wrong_type_named(
            "read_plan", "rows", rows, "baris-baris sel / an iterable of rows of cells"
        )
    if columns is not None and (
        isinstance(columns, str) or not isinstance(columns, Sequence | Mapping)
    ):
        raise _checks.wrong_type_named(
            "read_plan",
            "columns",
            columns,
            "daftar judul atau peta kolom / a list of headers or a column map",
        )
    if units is not None and not isinstance(units, UnitRegistry):
        raise _checks.wrong_type_named("read_plan", "units", units, "UnitRegistry")
    if area is not None and not isinstance(area, str):
        raise _checks.wrong_type_named("read_plan", "area", area, "teks / a str")
    if type(first_row) is not int or first_row < 1:
        raise _checks.fail_named(
            "read_plan",
            "first_row",
            first_row,
            "nomor baris mulai dari 1",
            "a row number starts at 1",
        )
    if header_rows is not None and (type(header_rows) is not int or header_rows < 0):
        raise _checks.fail_named(
            "read_plan",
            "header_rows",
            header_rows,
            "jumlah baris judul 0 atau lebih",
            "a number of header rows, 0 or more",
        )
    letter: object = first_column
    start = column_of(letter) if isinstance(letter, str) else None
    if start is None:
        raise _checks.fail_named(
            "read_plan",
            "first_column",
            first_column,
            "bukan huruf kolom (A, B, … AA)",
            "is not a column letter (A, B, … AA)",
        )
    reader = _Reader(
        list(rows),
        columns=columns,
        header_rows=header_rows,
        area_set=_area_set(area_set),
        area=area,
        units=units,
        percent_fractions=bool(percent_fractions),
        first_row=first_row,
        first_column=start,
    )
    return reader.read()
