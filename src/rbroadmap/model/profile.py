"""Document profile (*profil dokumen*): which columns a road map's action plan has.

Kota Probolinggo's action plan has twelve columns; other road maps leave whole
columns out (Kabupaten Klaten's has no problem, budget, programme or unit
column: only activities, sub-activities, outputs and a tick per year). A road
map says which columns its tables have in its `Profile`, so that the rules do
not report, row after row, a column the document simply does not have
(`rbroadmap.validate` says once, as info, which checks it left out).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final, final

import attrs

from rbroadmap import _checks
from rbroadmap.messages import LabelledEnum

__all__ = ["Column", "Profile"]


class Column(LabelledEnum):
    """Column of the action plan (*kolom rencana aksi*), as the rules read it."""

    PROBLEM = "problem", "Permasalahan", "Problem"
    """Permasalahan: the problems a row addresses (`Action.problems`)."""
    ACTION = "action", "Aksi", "Action"
    """Aksi: the action of a row (`Action.text`)."""
    RESULT = "result", "Hasil / keluaran", "Result / output"
    """Hasil or keluaran: what a row delivers (`Action.result`)."""
    EXPECTED_CONDITION = "expected-condition", "Kondisi yang diharapkan", "Expected condition"
    """Kondisi yang diharapkan: the outcome (`Action.expected_condition`)."""
    TARGET = "target", "Target", "Target"
    """Target: the target of each year (`Action.targets`)."""
    PROGRAMME = "programme", "Program", "Programme"
    """Program: the programme of a row (`Action.programme`)."""
    BUDGET = "budget", "Anggaran", "Budget"
    """Anggaran: the budget of a row, in any form (`Action.budget` and the others)."""
    UNIT = "unit", "Penanggung jawab", "Responsible unit"
    """Penanggung jawab: the responsible units of a row (`Action.units`)."""


FIELDS: Final[dict[Column, tuple[str, ...]]] = {
    Column.PROBLEM: ("problems",),
    Column.ACTION: ("text",),
    Column.RESULT: ("result",),
    Column.EXPECTED_CONDITION: ("expected_condition",),
    Column.TARGET: ("targets",),
    Column.PROGRAMME: ("programme",),
    Column.BUDGET: ("budget", "budget_per_year", "budget_total"),
    Column.UNIT: ("units",),
}
"""The fields of `rbroadmap.Action` that hold the cells of each column."""


def _columns(value: Iterable[Column]) -> tuple[Column, ...]:
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def _check_columns(instance: Profile, attribute: attrs.Attribute[Any], value: object) -> None:
    _checks.tuple_of(Column)(instance, attribute, value)
    seen: set[Column] = set()
    columns: tuple[Column, ...] = value  # type: ignore[assignment]  # checked just above
    for i, column in enumerate(columns):
        if column in seen:
            raise _checks.fail(
                instance,
                f"columns[{i}]",
                column.value,
                "kolom ini disebut dua kali",
                "this column is named twice",
            )
        seen.add(column)


@final
@attrs.frozen(kw_only=True)
class Profile:
    """Document profile (*profil dokumen*): which columns the road map's action plan has.

    Attributes:
        columns: The columns of its action plan, in the order of the table.
            By default every column (`Column`), as in Kota Probolinggo's
            twelve-column table.

    >>> klaten = Profile(columns=[Column.RESULT, Column.TARGET])
    >>> klaten.has(Column.BUDGET), [c.value for c in klaten.missing]
    (False, ['problem', 'action', 'expected-condition', 'programme', 'budget', 'unit'])
    """

    columns: tuple[Column, ...] = attrs.field(
        default=tuple(Column), converter=_columns, validator=_check_columns
    )

    def has(self, column: Column) -> bool:
        """Whether the action plan has *column*.

        >>> Profile().has(Column.UNIT)
        True
        """
        return column in self.columns

    @property
    def missing(self) -> tuple[Column, ...]:
        """The columns the action plan does not have, in the order of `Column`."""
        return tuple(c for c in Column if c not in self.columns)
