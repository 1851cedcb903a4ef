"""Strategies of realisations (*realisasi*): values a road map's targets are judged on."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Final

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from rbroadmap.attainment.realizations import (
    Realization,
    Realizations,
    RealizedValue,
    Verdict,
)
from rbroadmap.model import (
    RoadMap,
)
from rbroadmap.strategies import _options
from rbroadmap.strategies.values import (
    counts,
    index_scores,
    levels,
    percentages,
    qualitatives,
    quantities,
    rupiah_amounts,
)
from rbroadmap.values import (
    CheckMark,
    Count,
    Graded,
    IndexScore,
    Level,
    Percentage,
    Qualitative,
    Quantity,
    Range,
    TargetValue,
    Threshold,
    is_due,
)

# -- realisations


def realized_values(cell: TargetValue) -> st.SearchStrategy[RealizedValue]:
    """Realised values (*nilai realisasi*) that can be judged against the target *cell*.

    Of the cell's kind and unit: a percentage up to 150%, a count (or a
    quantity) in the same unit up to twice the target, a score of the same
    index, a level; for a threshold or a graded score a value of its number's
    kind; for a qualitative target its own text, another text or a `Verdict`,
    and for a check mark a `Verdict`. Zero comes up often, because a realised 0
    is a value, not a gap.

    Raises:
        InvalidArgument: If *cell* is not a target value, or nothing can be
            judged against it (a ``-`` or ``NA``).
    """
    realised = _REALISED.get(type(cell))
    if realised is None:
        raise InvalidArgument(
            f"realized_values(cell={cell!r}): expected a target value that something can be "
            "judged against (not '-' or 'NA')"
        )
    return realised(cell)


def _realized_range(cell: Range) -> st.SearchStrategy[RealizedValue]:
    return realized_values(cell.low)


def _realized_percentage(cell: Percentage) -> st.SearchStrategy[RealizedValue]:
    return percentages(max_value=150)


def _realized_count(cell: Count) -> st.SearchStrategy[RealizedValue]:
    return st.one_of(
        counts(
            min_value=0,
            max_value=2 * cell.value + 10,
            units=st.just(cell.unit),
            qualifiers=st.none(),
        ),
        quantities(max_value=2 * cell.value + 10, units=st.just(cell.unit), qualifiers=st.none()),
    )


def _realized_quantity(cell: Quantity) -> st.SearchStrategy[RealizedValue]:
    top = 2 * int(cell.value) + 10
    return st.one_of(
        quantities(max_value=top, units=st.just(cell.unit), qualifiers=st.none()),
        counts(max_value=top, units=st.just(cell.unit), qualifiers=st.none()),
    )


def _realized_threshold(cell: Threshold) -> st.SearchStrategy[RealizedValue]:
    return realized_values(cell.value)


def _realized_graded(cell: Graded) -> st.SearchStrategy[RealizedValue]:
    return realized_values(cell.score)


def _realized_check_mark(cell: CheckMark) -> st.SearchStrategy[RealizedValue]:
    return st.sampled_from([Verdict.ACHIEVED, Verdict.NOT_ACHIEVED])


def _realized_index(cell: IndexScore) -> st.SearchStrategy[RealizedValue]:
    return index_scores(indexes=st.just(cell.index))


def _realized_level(cell: Level) -> st.SearchStrategy[RealizedValue]:
    return levels()


def _realized_qualitative(cell: Qualitative) -> st.SearchStrategy[RealizedValue]:
    return st.one_of(
        st.sampled_from([Verdict.ACHIEVED, Verdict.NOT_ACHIEVED]),
        st.just(cell),
        qualitatives(),
    )


_REALISED: Final[dict[type, Callable[[Any], st.SearchStrategy[RealizedValue]]]] = {
    Percentage: _realized_percentage,
    Count: _realized_count,
    Quantity: _realized_quantity,
    IndexScore: _realized_index,
    Level: _realized_level,
    Threshold: _realized_threshold,
    Graded: _realized_graded,
    Range: _realized_range,
    CheckMark: _realized_check_mark,
    Qualitative: _realized_qualitative,
}
"""The realised values each kind of target cell can be judged on (``-`` and ``NA`` take
none)."""


def _reference_cell(values: Sequence[tuple[int, TargetValue]], year: int) -> TargetValue | None:
    due = [(y, v) for y, v in values if is_due(v)]
    for y, v in due:
        if y == year:
            return v
    return due[0][1] if due else None


def realizations(
    roadmap: RoadMap,
    *,
    years: Sequence[int] | None = None,
    coverage: int | None = None,
    spent: bool = True,
) -> st.SearchStrategy[Realizations]:
    """Sets of realisations (*realisasi*) for the targets of *roadmap*.

    One annual realisation per target (named by the row that holds it) and
    year, of the target's kind and unit, so that `rbroadmap.attain` accepts
    every set.

    Args:
        roadmap: The road map whose targets are reported on.
        years: The years reported on; by default every year of the period.
        coverage: The share of ``(target, year)`` pairs reported, in percent
            (100 reports every one); by default any share.
        spent: Whether realisations may say how much was spent.

    Raises:
        InvalidArgument: If *roadmap* is not a road map, *years* not a list of
            years of its period, each once, *coverage* not from 0 to 100, or
            *spent* not a bool.
    """
    _options.instance("realizations", "roadmap", roadmap, RoadMap)
    if years is not None:
        given = _options.whole_numbers("realizations", "years", years)
        if len(set(given)) != len(given):
            raise InvalidArgument(f"realizations(years={years!r}): expected each year once")
        outside = [year for year in given if year not in roadmap.period]
        if outside:
            raise InvalidArgument(
                f"realizations(years={years!r}): {outside[0]} is outside the road map's "
                f"period {roadmap.period}"
            )
    if coverage is not None:
        _options.whole("realizations", "coverage", coverage, low=0, high=100)
    _options.boolean("realizations", "spent", spent)
    chosen = tuple(roadmap.period.years if years is None else years)
    pairs = [
        (action, year, cell)
        for action, target in roadmap.targets()
        for year in chosen
        if (cell := _reference_cell(target.values, year)) is not None
    ]

    @st.composite
    def build(draw: st.DrawFn) -> Realizations:
        items = []
        for action, year, cell in pairs:
            if coverage is None:
                reported = draw(st.booleans())
            else:
                reported = draw(st.integers(0, 99)) < coverage
            if not reported:
                continue
            money = None
            if spent and draw(st.booleans()):
                money = draw(rupiah_amounts(max_value=2 * (action.budget or 10**9)))
            items.append(
                Realization(
                    target_id=action.id,
                    year=year,
                    value=draw(realized_values(cell)),
                    spent=money,
                )
            )
        return Realizations(items=items)

    return build()
