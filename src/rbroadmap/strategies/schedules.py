"""Strategies of target schedules (*jadwal target*): every shape the seed shows."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from rbroadmap.errors import ModelError
from rbroadmap.model import (
    Period,
    Target,
)
from rbroadmap.schedule import Direction, LowerIsBetter, Shape
from rbroadmap.strategies import _options
from rbroadmap.strategies._common import _BOOLEANS, _int, _pick
from rbroadmap.strategies.values import percentages, target_values
from rbroadmap.values import (
    CHECK_MARK,
    NO_TARGET,
    Comparison,
    Count,
    IndexScore,
    Level,
    Percentage,
    Qualitative,
    Quantity,
    TargetValue,
    Threshold,
    is_due,
    measure_of,
    number_of,
    unit_measure,
)

# -- target schedules


SEED_SHAPES: Final = (
    Shape.CUMULATIVE,
    Shape.STEADY,
    Shape.ONE_OFF,
    Shape.PERIODIC,
    Shape.ENDING_EARLY,
)
"""The shapes of target schedule found in Kota Probolinggo's action plan."""

_MIN_YEARS: Final = {
    Shape.EMPTY: 1,
    Shape.ONE_OFF: 1,
    Shape.STEADY: 2,
    Shape.CUMULATIVE: 2,
    Shape.IRREGULAR: 2,
    Shape.PERIODIC: 3,
    Shape.ENDING_EARLY: 3,
}

_STEADY_VALUES: Final[tuple[TargetValue, ...]] = (
    Percentage(100),
    Percentage(100),
    Count(39, "OPD"),
    Count(40, "OPD"),
    Count(1, "Unit"),
    Count(39, "OPD", "Dan masyarakat"),
    Count(1, "Peraturan Daerah"),
    Qualitative("WTP"),
    Level(3, "Terdefinisi"),
    CHECK_MARK,
    Threshold(Comparison.AT_LEAST, Percentage(80)),
)
_COUNT_TOTALS: Final = ((39, "OPD"), (40, "OPD"), (30, "Orang"), (5, "Unit"), (12, "Dokumen"))


def target_schedules(
    *,
    period: Period = Period(2018, 2022),  # noqa: B008 - an immutable value
    shapes: Sequence[Shape] = SEED_SHAPES,
    directions: Sequence[Direction] = (Direction.HIGHER, Direction.LOWER),
) -> st.SearchStrategy[Target]:
    """Yearly target schedules (*jadwal target*) of every shape found in the seed.

    A cell for every year of *period*, in one of the *shapes*:
    cumulative (``25% 35% 60% 80% 100%``, growing counts ``3 OPD`` ... ``39
    OPD``, ``IRB 70`` ... ``IRB 82``), steady (``100%``, ``√`` or ``≥ 80%``
    every year), one-off
    (``- 100% - - -``), periodic (``- 100% - 100% -``) and ending early
    (``50% 75% 100% - -``); `Shape.IRREGULAR` and `Shape.EMPTY` on request.
    The shape `rbroadmap.Target.shape` reads from the values is always the one
    drawn; now and then the target also declares it, now and then it sets its
    own lower-is-better formula or cap, names the unit column (*Satuan*) its
    cells stand under, or states the targets of some quarters of a year.

    Args:
        period: The years to give a cell. Shapes that need more years than it
            has (periodic and ending early need three) are left out.
        shapes: The shapes to draw from.
        directions: The directions to draw from. When both are allowed,
            lower-is-better schedules come about one time in ten, as in
            road maps.

    Raises:
        InvalidArgument: If *period* is not a `Period`, *shapes* or
            *directions* is empty or holds anything else, or no shape of
            *shapes* fits in *period*.
    """
    _options.instance("target_schedules", "period", period, Period)
    chosen = _options.members("target_schedules", "shapes", shapes, Shape)
    ways = _options.members("target_schedules", "directions", directions, Direction)
    n = len(period)
    feasible = [s for s in chosen if n >= _MIN_YEARS[s]]
    if not feasible:
        raise InvalidArgument(
            f"target_schedules(shapes=...): no shape of {[s.value for s in chosen]} fits in "
            f"the {n} years of {period}"
        )
    return _targets(period, tuple(feasible), ways)


@st.composite
def _targets(
    draw: st.DrawFn,
    period: Period,
    shapes: tuple[Shape, ...],
    directions: tuple[Direction, ...],
) -> Target:
    n = len(period)
    shape = draw(_pick(shapes))
    lower = Direction.LOWER in directions and (
        Direction.HIGHER not in directions or draw(_int(0, 9)) == 0
    )
    direction = Direction.LOWER if lower else Direction.HIGHER
    cells: list[TargetValue] = [NO_TARGET] * n
    if shape is Shape.ONE_OFF:
        cells[draw(_int(0, n - 1))] = draw(_single_values())
    elif shape is Shape.STEADY:
        cells = [draw(_pick(_STEADY_VALUES))] * n
    elif shape is Shape.CUMULATIVE:
        cells = draw(_rising(n, direction))
    elif shape is Shape.IRREGULAR:
        # A schedule that moves away from its goal once: 80% then 50% when higher is better.
        high, low = Percentage(80), Percentage(50)
        first, second = (high, low) if direction is Direction.HIGHER else (low, high)
        rest = draw(st.lists(percentages(places=0), min_size=n - 2, max_size=n - 2))
        cells = [first, second, *rest]
    elif shape is Shape.PERIODIC:
        gap = draw(_int(2, n - 1))
        offset = draw(_int(0, n - 1 - gap))
        positions = list(range(offset, n, gap))
        due = draw(_steady_or_rising(len(positions), direction))
        for position, value in zip(positions, due, strict=True):
            cells[position] = value
    elif shape is Shape.ENDING_EARLY:
        k = draw(_int(2, n - 1))
        cells[:k] = draw(_steady_or_rising(k, direction))
    declared = shape if draw(_int(0, 9)) == 0 else None
    lower_is_better, cap = draw(_own_formulas())
    values = dict(zip(period.years, cells, strict=True))
    unit, quarters = draw(_unit_and_quarters(values))
    return Target(
        values=values,
        direction=direction,
        shape=declared,
        lower_is_better=lower_is_better,
        cap=cap,
        unit=unit,
        quarters=quarters,
    )


def _written_unit(cell: TargetValue) -> str | None:
    """The unit a cell writes its number in, as a table's unit column would name it."""
    number = number_of(cell)
    if isinstance(number, Percentage):
        return "%"
    if isinstance(number, Count | Quantity):
        return number.unit
    if isinstance(number, IndexScore):
        return number.index
    return "Level" if isinstance(number, Level) else None


def _column_unit(values: dict[int, TargetValue]) -> str | None:
    """The unit column (*Satuan*) the due cells could stand under, if they share one."""
    due = [cell for cell in values.values() if is_due(cell)]
    measures = {measure_of(cell) for cell in due}
    if not due or len(measures) != 1 or None in measures:
        return None
    unit = _written_unit(due[0])
    try:
        return unit if unit is not None and unit_measure(unit) in measures else None
    except ModelError:  # a unit no column could name
        return None


@st.composite
def _unit_and_quarters(
    draw: st.DrawFn, values: dict[int, TargetValue]
) -> tuple[str | None, dict[int, dict[int, TargetValue]]]:
    """Now and then the unit column the cells stand under and targets stated per quarter.

    A stated quarter holds its year's target: what is planned for the end of that
    quarter, of the same kind and measure as the year's.
    """
    unit = _column_unit(values) if draw(_int(0, 7)) == 0 else None
    quarters: dict[int, dict[int, TargetValue]] = {}
    due = [year for year, cell in values.items() if is_due(cell)]
    if due and draw(_int(0, 7)) == 0:
        year = draw(_pick(tuple(due)))
        stated = draw(st.sets(st.integers(1, 4), min_size=1, max_size=4))
        quarters[year] = dict.fromkeys(sorted(stated), values[year])
    return unit, quarters


_CAPS: Final = (Decimal(100), Decimal(120), Decimal(150), Decimal("112.5"))


@st.composite
def _own_formulas(draw: st.DrawFn) -> tuple[LowerIsBetter | None, Decimal | None]:
    """Now and then a target's own lower-is-better formula and cap; mostly neither."""
    if draw(_int(0, 9)) != 0:
        return None, None
    lower = draw(st.one_of(st.none(), _pick(tuple(LowerIsBetter))))
    cap = draw(st.one_of(st.none(), _pick(_CAPS)))
    return lower, cap


@functools.cache
def _single_values() -> st.SearchStrategy[TargetValue]:
    return st.one_of(
        st.sampled_from(
            (
                Percentage(100),
                Count(1, "Unit"),
                Count(1, "Dokumen"),
                Qualitative("Tersedia"),
                Qualitative("WTP"),
            )
        ),
        target_values(include_no_target=False),
    )


@st.composite
def _rising(draw: st.DrawFn, n: int, direction: Direction) -> list[TargetValue]:
    """*n* values that move towards the goal year on year, and do move."""
    kind = draw(_pick(("percentage", "percentage", "count", "index")))
    if kind == "percentage":
        steps = sorted(draw(st.lists(st.integers(0, 20), min_size=n, max_size=n)))
        numbers = [5 * s for s in steps]
        if draw(_BOOLEANS):
            numbers[-1] = 100
        if numbers[0] == numbers[-1]:
            if numbers[-1] < 100:
                numbers[-1] = 100
            else:
                numbers[0] = 0
        values: list[TargetValue] = [Percentage(x) for x in numbers]
    elif kind == "count":
        total, unit = draw(_pick(_COUNT_TOTALS))
        numbers = sorted(draw(st.lists(st.integers(0, total), min_size=n, max_size=n)))
        numbers[-1] = total
        if numbers[0] == total:
            numbers[0] = 0
        values = [Count(x, unit) for x in numbers]
    else:
        start = draw(_int(55, 75))
        step = draw(_int(1, 5))
        index = draw(_pick(("IRB", "SAKIP", "IKM")))
        values = [IndexScore(index, start + step * i) for i in range(n)]
    return values[::-1] if direction is Direction.LOWER else values


@functools.cache
def _steady_or_rising(n: int, direction: Direction) -> st.SearchStrategy[list[TargetValue]]:
    steady = st.sampled_from(_STEADY_VALUES).map(lambda v: [v] * n)
    return st.one_of(steady, _rising(n, direction))
