"""Columns of an action-plan table: what each holds, read from its header text."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from typing import Final, final

import attrs

from rbroadmap.messages import LabelledEnum, Message

__all__ = ["Field", "TableColumn", "cell_name", "column_letter", "column_of", "header_key"]


class Field(LabelledEnum):
    """What a column of an action-plan table holds (*isi kolom*)."""

    NUMBER = "number", "Nomor", "Number"
    """No: the row's number as written; not read (rows are numbered by their place)."""
    PROBLEM = "problem", "Permasalahan", "Problem"
    """Permasalahan: the problems the row addresses (`rbroadmap.Action.problems`)."""
    ACTION = "action", "Aksi", "Action"
    """Aksi, rencana aksi: the action (`rbroadmap.Action.text`)."""
    RESULT = "result", "Hasil / keluaran", "Result / output"
    """Hasil, output, keluaran: what the row delivers (`rbroadmap.Action.result`)."""
    CONDITION = "condition", "Kondisi yang diharapkan", "Expected condition"
    """Kondisi yang diharapkan (`rbroadmap.Action.expected_condition`)."""
    TARGET = "target", "Target", "Target"
    """Target of one year (`rbroadmap.Target`); the column names the year."""
    QUARTER = "quarter", "Target triwulan", "Quarterly target"
    """Target of one quarter (TW I-IV) of one year (`rbroadmap.Target.quarters`)."""
    MEASURE = "measure", "Satuan", "Unit of measure"
    """Satuan: the unit the row's bare target numbers are read in (`rbroadmap.Target.unit`)."""
    PROGRAMME = "programme", "Program", "Programme"
    """Program: the row's programme cell (`rbroadmap.Action.programme`)."""
    PLAN_PROGRAMME = "plan-programme", "Program (hierarki)", "Programme (hierarchy)"
    """Program as the top of a plan hierarchy (`rbroadmap.model.PlanProgramme`)."""
    ACTIVITY = "activity", "Kegiatan", "Activity"
    """Kegiatan of a plan hierarchy (`rbroadmap.model.Activity`)."""
    SUB_ACTIVITY = "sub-activity", "Sub kegiatan", "Sub-activity"
    """Sub kegiatan of a plan hierarchy (`rbroadmap.model.SubActivity`)."""
    BUDGET = "budget", "Anggaran per tahun", "Annual budget"
    """Estimasi anggaran, pagu: the annual budget (`rbroadmap.Action.budget`)."""
    BUDGET_YEAR = "budget-year", "Anggaran tahun", "Budget of a year"
    """Anggaran of one year (`rbroadmap.Action.budget_per_year`); the column names the year."""
    BUDGET_TOTAL = "budget-total", "Total anggaran", "Budget total"
    """Total anggaran for the period (`rbroadmap.Action.budget_total`)."""
    UNITS = "units", "Penanggung jawab", "Responsible units"
    """Penanggung jawab, PJ, pelaksana (`rbroadmap.Action.units`)."""
    SHARES = "shares", "Gabung baris", "Merged with row"
    """Gabung baris: the number, within its area, of the row whose merged cells
    cover this row's blank ones (`rbroadmap.Action.shares`). Written by
    `write_plan` when blank cells alone would not say it; with this column,
    a blank cell is blank."""
    IGNORED = "ignored", "Tidak dibaca", "Not read"
    """Keterangan, catatan: a column of remarks, not read."""


_YEARLY: Final = frozenset({Field.TARGET, Field.BUDGET_YEAR})


@final
@attrs.frozen(kw_only=True)
class TableColumn:
    """Column of an action-plan table (*kolom tabel*): its place, header and what it holds.

    Attributes:
        index: Its place in the row, from 0.
        letter: Its letter as a spreadsheet names it (``"D"``).
        header: Its header text as written (both rows of a two-row header).
        field: What it holds.
        year: The year, for a target or a budget of one year.
        quarter: The quarter (1-4), for a quarterly target.
    """

    index: int
    letter: str
    header: str
    field: Field
    year: int | None = None
    quarter: int | None = None

    @property
    def description(self) -> Message:
        """What the column holds, in both languages (``"Target 2019"``)."""
        label = self.field.label
        suffix = ""
        if self.quarter is not None:
            suffix = f" {_QUARTER_NAMES[self.quarter - 1]}"
        if self.year is not None:
            suffix += f" {self.year}"
        return Message(label.indonesian + suffix, label.english + suffix)


_QUARTER_NAMES: Final = ("TW I", "TW II", "TW III", "TW IV")


def column_letter(index: int) -> str:
    """The spreadsheet letter of the column at *index* (0 → ``A``, 26 → ``AA``).

    >>> column_letter(0), column_letter(3), column_letter(27)
    ('A', 'D', 'AB')
    """
    letters = ""
    n = index + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_name(index: int, row: int) -> str:
    """The cell as a spreadsheet user names it: column letter and row number (``D14``).

    >>> cell_name(3, 14)
    'D14'
    """
    return f"{column_letter(index)}{row}"


def column_of(letter: str) -> int | None:
    """The index of the column named by *letter* (``"D"`` → 3), or ``None``.

    >>> column_of("D"), column_of("aa"), column_of("D1")
    (3, 26, None)
    """
    if not letter.isascii() or not letter.isalpha() or len(letter) > 3:
        return None
    n = 0
    for ch in letter.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


def header_key(text: str) -> str:
    """A header as compared: case-folded, everything but letters and digits made a space.

    >>> header_key("Anggaran (Rp.)")
    'anggaran rp'
    """
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).replace("_", " ").split())


_SYNONYMS: Final[Mapping[Field, tuple[str, ...]]] = {
    Field.NUMBER: ("no", "nomor", "no urut", "nomor urut"),
    Field.PROBLEM: (
        "permasalahan",
        "masalah",
        "permasalahan yang dihadapi",
        "isu",
        "isu permasalahan",
        "akar masalah",
    ),
    Field.ACTION: (
        "aksi",
        "rencana aksi",
        "rencana kegiatan",
        "langkah",
        "langkah aksi",
        "uraian aksi",
        "kegiatan aksi",
    ),
    Field.RESULT: (
        "hasil",
        "output",
        "keluaran",
        "hasil output",
        "output hasil",
        "hasil keluaran",
        "output keluaran",
        "keluaran output",
    ),
    Field.CONDITION: (
        "kondisi yang diharapkan",
        "kondisi diharapkan",
        "kondisi yg diharapkan",
        "kondisi yang ingin dicapai",
        "outcome",
        "kondisi akhir",
    ),
    Field.TARGET: (
        "target",
        "target pencapaian aksi",
        "target pencapaian",
        "target capaian",
        "tahun",
        "tahun pelaksanaan",
        "target tahun",
        "target kinerja",
    ),
    Field.MEASURE: ("satuan",),
    Field.PROGRAMME: ("program", "nama program", "program aksi"),
    Field.ACTIVITY: ("kegiatan", "nama kegiatan"),
    Field.SUB_ACTIVITY: ("sub kegiatan", "subkegiatan", "nama sub kegiatan"),
    Field.BUDGET: (
        "anggaran",
        "estimasi anggaran",
        "pagu",
        "pagu anggaran",
        "anggaran rp",
        "estimasi anggaran rp",
        "anggaran per tahun",
        "estimasi anggaran per tahun",
        "estimasi biaya",
        "biaya",
        "rp",
    ),
    Field.BUDGET_TOTAL: ("total anggaran", "jumlah anggaran", "anggaran total", "total pagu"),
    Field.UNITS: (
        "penanggung jawab",
        "penanggungjawab",
        "pj",
        "pic",
        "pelaksana",
        "unit pelaksana",
        "opd pelaksana",
        "opd penanggung jawab",
        "unit kerja",
        "unit penanggung jawab",
        "penanggung jawab pelaksana",
        "instansi pelaksana",
    ),
    Field.SHARES: ("gabung baris", "gabung dengan baris"),
    Field.IGNORED: ("keterangan", "catatan", "ket"),
}
"""Header texts of each field, as `header_key` writes them."""

_BY_KEY: Final[dict[str, Field]] = {key: field for field, keys in _SYNONYMS.items() for key in keys}
_ALL_KEYS: Final = tuple(_BY_KEY)

# "Indikator" is read as the result when the table has no result column of its own.
_INDICATOR_KEYS: Final = frozenset(
    {"indikator", "indikator output", "indikator keberhasilan", "indikator kinerja"}
)

_YEAR: Final = re.compile(r"(?<!\d)((?:19|20|21)\d\d)(?!\d)")
_QUARTER: Final = re.compile(r"\b(?:tw|trw|triwulan|q)\s*(iv|iii|ii|i|[1-4])\b")
_ROMAN: Final = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@final
@attrs.frozen
class Guess:
    """What one header says, before the columns are looked at together."""

    field: Field | None
    year: int | None = None
    quarter: int | None = None
    fuzzy: str | None = None  # the synonym a misspelt header was read as
    indicator: bool = False


def guess(top: str, bottom: str) -> Guess:
    """Read a column's header from its upper and lower header cells.

    *top* is the upper row (carried across a spanning cell), *bottom* the lower
    row of a two-row header, or empty.
    """
    top_key, bottom_key = header_key(top), header_key(bottom)
    whole = f"{top_key} {bottom_key}".strip()
    years = _YEAR.findall(whole)
    quarter = _QUARTER.search(whole)
    year = int(years[0]) if len(years) == 1 else None
    if quarter is not None:
        return Guess(Field.QUARTER, year=year, quarter=_ROMAN[quarter.group(1)])
    if year is not None:
        rest = _YEAR.sub(" ", whole).split()
        words = set(rest)
        if words & {"anggaran", "pagu", "biaya", "rp"}:
            return Guess(Field.BUDGET_YEAR, year=year)
        return Guess(Field.TARGET, year=year)
    for written in (bottom_key, top_key, whole):
        if not written:
            continue
        key = written
        for unit in (" rp", " rupiah", " juta", " ribu"):
            if key.endswith(unit) and key[: -len(unit)] in _BY_KEY:
                key = key[: -len(unit)]
        if key in _BY_KEY:
            return Guess(_BY_KEY[key])
        if key in _INDICATOR_KEYS:
            return Guess(Field.RESULT, indicator=True)
    for key in (bottom_key, top_key):
        if len(key) < 4:
            continue
        close = difflib.get_close_matches(key, _ALL_KEYS, n=1, cutoff=0.85)
        if close:
            return Guess(_BY_KEY[close[0]], fuzzy=close[0])
    return Guess(None)


def header_row_score(cells: Sequence[str]) -> int:
    """How many cells of a row read as a known header (a year counts)."""
    return sum(1 for c in cells if c and guess(c, "").field is not None)


def is_yearly(field: Field) -> bool:
    """Whether a column of *field* belongs to one year."""
    return field in _YEARLY
