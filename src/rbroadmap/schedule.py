"""Target schedules (*jadwal target*): their shapes and direction.

A target gives one value per year of the road map's period, and the five
values together have a shape that says how to read them. Kota Probolinggo's
action plan shows every shape this module knows:

=========================  ========================  =====================================
shape                      Indonesian                example (2018 ... 2022)
=========================  ========================  =====================================
`Shape.CUMULATIVE`         kumulatif                 ``25% 35% 60% 80% 100%``; ``3 OPD`` ...
                                                     ``39 OPD``; ``IRB 70`` ... ``IRB 82``
`Shape.STEADY`             tetap                     ``100% 100% 100% 100% 100%``
`Shape.ONE_OFF`            sekali                    ``- 100% - - -``
`Shape.PERIODIC`           berkala                   ``- 100% - 100% -``
`Shape.ENDING_EARLY`       berakhir lebih awal       ``50% 75% 100% - -``
`Shape.IRREGULAR`          tidak beraturan           values that fall, or mix units
`Shape.EMPTY`              kosong                    ``- - - - -``
=========================  ========================  =====================================

A cumulative schedule counts what has been reached so far, so it is judged on
its latest value; a steady one asks for the same each year; one-off and
periodic ones are due only in their marked years. Where a schedule fits more
than one reading (``- 50% - 100% -`` is periodic, but also cumulative with
gaps), `shape_candidates` returns all of them and a road map may declare the
one it means.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from rbroadmap import _checks
from rbroadmap.messages import LabelledEnum, Message
from rbroadmap.values import TargetValue, is_due, is_numeric, is_target_value

__all__ = ["Direction", "LowerIsBetter", "Shape", "infer_shape", "shape_candidates"]


class Direction(LabelledEnum):
    """Which way is better (*arah kinerja*) for a target's values."""

    HIGHER = "higher", "Semakin tinggi semakin baik", "Higher is better"
    """Higher is better (*semakin tinggi semakin baik*): coverage, scores."""
    LOWER = "lower", "Semakin rendah semakin baik", "Lower is better"
    """Lower is better (*semakin rendah semakin baik*): complaints, error rates."""


class LowerIsBetter(LabelledEnum):
    """Formula for a lower-is-better target (*rumus semakin rendah semakin baik*).

    A road map may choose it per target (`rbroadmap.Target.lower_is_better`); a
    report chooses it for the targets that do not (`rbroadmap.attain`). It lives
    beside `Direction` because a document stores it; `rbroadmap.LowerIsBetter` and
    `rbroadmap.attainment.LowerIsBetter` are the same class.

    >>> LowerIsBetter.RATIO.label.english
    'Ratio'
    """

    DIFFERENCE = "difference", "Selisih", "Difference"
    """(T − (R − T)) / T × 100% = (2T − R)/T: the common formula, the default."""
    RATIO = "ratio", "Rasio", "Ratio"
    """T / R × 100%: used by some agencies instead."""


class Shape(LabelledEnum):
    """Shape of a target schedule (*pola jadwal target*)."""

    CUMULATIVE = "cumulative", "Kumulatif", "Cumulative"
    """Kumulatif: values build up year on year towards the final target."""
    STEADY = "steady", "Tetap", "Steady"
    """Tetap: the same value is asked every year it is due."""
    ONE_OFF = "one-off", "Sekali", "One-off"
    """Sekali: due in one year only."""
    PERIODIC = "periodic", "Berkala", "Periodic"
    """Berkala: due at regular intervals, with years off between."""
    ENDING_EARLY = "ending-early", "Berakhir lebih awal", "Ending early"
    """Berakhir lebih awal: due from the start and finished before the last year."""
    IRREGULAR = "irregular", "Tidak beraturan", "Irregular"
    """Tidak beraturan: none of the above (values fall, or units change)."""
    EMPTY = "empty", "Kosong", "Empty"
    """Kosong: nothing is due in any year."""


def shape_candidates(
    values: Sequence[TargetValue], direction: Direction = Direction.HIGHER
) -> tuple[Shape, ...]:
    """Return every shape the yearly *values* fit, the likeliest first.

    Args:
        values: The schedule's values in year order, one per year, with
            `rbroadmap.values.NO_TARGET` (or `rbroadmap.values.NOT_AVAILABLE`)
            for years without a target.
        direction: Which way is better; a cumulative schedule moves that way.

    Returns:
        One shape, or several when the schedule can be read more than one way.

    >>> from rbroadmap.notation import parse_value
    >>> def shapes(*cells):
    ...     return [s.value for s in shape_candidates([parse_value(c) for c in cells])]
    >>> shapes("25%", "35%", "60%", "80%", "100%")
    ['cumulative']
    >>> shapes("-", "100%", "-", "100%", "-")
    ['periodic']
    >>> shapes("-", "50%", "-", "100%", "-")
    ['periodic', 'cumulative']
    """
    values = _schedule("shape_candidates", values)
    direction = _checks.choice("shape_candidates", "direction", direction, Direction)
    due = [(i, v) for i, v in enumerate(values) if is_due(v)]
    if not due:
        return (Shape.EMPTY,)
    if len(due) == 1:
        return (Shape.ONE_OFF,)
    positions = [i for i, _ in due]
    cells = [v for _, v in due]
    same = all(v == cells[0] for v in cells)
    moves = _moves_towards_goal(cells, direction)
    gaps = {b - a for a, b in pairwise(positions)}
    if gaps != {1}:
        if len(gaps) > 1:
            return (Shape.IRREGULAR,)
        return (Shape.PERIODIC, Shape.CUMULATIVE) if moves else (Shape.PERIODIC,)
    if positions[-1] < len(values) - 1:
        return (Shape.ENDING_EARLY,)
    if same:
        return (Shape.STEADY,)
    if moves:
        return (Shape.CUMULATIVE,)
    return (Shape.IRREGULAR,)


def _schedule(function: str, values: object) -> tuple[TargetValue, ...]:
    """The yearly values given to *function*, checked to be target values."""
    expected = Message("daftar nilai target", "a list of target values")
    if not isinstance(values, list | tuple):
        raise _checks.wrong_argument(function, "values", values, expected)
    for i, value in enumerate(values):
        if not is_target_value(value):
            raise _checks.wrong_argument(
                function, f"values[{i}]", value, Message("nilai target", "a target value")
            )
    return tuple(values)


def infer_shape(values: Sequence[TargetValue], direction: Direction = Direction.HIGHER) -> Shape:
    """Return the likeliest shape of the yearly *values*.

    >>> from rbroadmap.notation import parse_value
    >>> infer_shape([parse_value(c) for c in ("50%", "75%", "100%", "-", "-")]).value
    'ending-early'
    """
    return shape_candidates(values, direction)[0]


def _moves_towards_goal(cells: Sequence[TargetValue], direction: Direction) -> bool:
    """Whether numeric *cells* of one kind never move away from the goal and do move."""
    numeric = [c for c in cells if is_numeric(c)]
    if len(numeric) != len(cells) or len({c.dimension for c in numeric}) != 1:
        return False
    magnitudes = [c.magnitude for c in numeric]
    if direction is Direction.LOWER:
        magnitudes.reverse()
    return all(a <= b for a, b in pairwise(magnitudes)) and magnitudes[0] < magnitudes[-1]
