"""Pro-rating (*pro rata*): what a target expects while its year runs.

A year's target is what should stand at the end of the year. While the year runs,
what is expected by ``as_of`` lies between where the year starts, S, and the year's
target, T, in proportion to the share of the year elapsed, f (completed quarters or
days, see `rbroadmap.attainment.periods`):

    E = S + (T − S) × f

Where the year starts (`start_within_year`, a `StartPoint`) depends on the schedule
and on what the target counts:

1. **The last stated target** before the year, skipping the years marked ``-`` (or
   ``NA``), when it measures the same thing (`same_kind`): a cumulative ``- 50% -
   100% -`` has stood at 50% since 2019, so 2021 starts from 50%, not from 0. When
   ``-`` years lie between the two,
   the document plans no step from one to the other, so no part of it is expected
   before it falls due: the last stated target holds until the end of the year
   (``E = S``), and the year's target is judged once the year is over. Only from the
   year just before does a year rise pro rata. A steady schedule's last stated target
   is the year's own, so nothing is built: the state is kept.
2. Else, in the first year something is due, **a baseline** where one is known (an
   indicator's value measured before the period).
3. Else **the year's own target, held all year**, for what is not built from
   nothing: a lower-is-better target (its target is a ceiling), a ceiling written
   as such (``maks. 5 hari``), a steady schedule (a state to keep: a steady
   ``39 OPD`` reached in its first quarter is met), a score, a level or a score with
   its grade (an ``IRB 70``, a SPIP level or ``> IRB 70/BB`` is a standing, not a
   sum).
4. Else **zero**: a percentage of work done, a count or a quantity, also as the
   floor of a threshold (``≥ 80%``), built from nothing in the first year it is
   due (one-off, periodic and cumulative schedules).

A range is pro-rated at both ends; a qualitative target and a check mark are judged
only once their year is over. A quarter whose target the road map states is not
pro-rated: it expects what is stated (`rbroadmap.attainment.quarters`, looked up
first by the calculator).

>>> from fractions import Fraction
>>> from rbroadmap.model import Target
>>> from rbroadmap.messages import Message
>>> expected = expected_within_year(Target.of(2018, "-", "50%", "-", "100%", "-"), 2021,
...                                 share=Fraction(1, 4), when=Message("1/4", "1/4"))
>>> expected.low, expected.origin.source.value
(Fraction(50, 1), 'stated')
>>> print(expected.explanation.english)  # doctest: +NORMALIZE_WHITESPACE
no step is planned between 2019 and 2021 ('-' years): the last stated target (2019): 50
holds until the target for 2021 100% falls due at the end of the year
>>> expected = expected_within_year(Target.of(2018, "25%", "35%", "60%"), 2020,
...                                 share=Fraction(2, 4), when=Message("2/4", "2/4"))
>>> print(expected.explanation.english)
target for 2020 pro rata: 35 + (60 − 35) × 2/4 = 47.5
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from typing import Any, Final

import attrs

from rbroadmap.attainment._numbers import num
from rbroadmap.attainment.formulas import Expected, bounds
from rbroadmap.attainment.starts import StartPoint, StartSource
from rbroadmap.messages import Message
from rbroadmap.model import Target
from rbroadmap.notation import format_value
from rbroadmap.schedule import Direction, Shape
from rbroadmap.values import (
    Count,
    Graded,
    IndexScore,
    Level,
    Percentage,
    Quantity,
    Range,
    TargetValue,
    Threshold,
    is_due,
    measure_of,
)

__all__ = [
    "baseline_point",
    "built_from_nothing",
    "expected_within_year",
    "keeps_a_state",
    "last_stated",
    "same_kind",
    "start_within_year",
]


def same_kind(first: TargetValue, second: TargetValue) -> bool:
    """Whether two cells count the same thing in numbers, so that one may start the other.

    They do when they measure the same thing (`rbroadmap.values.measure_of`): a
    range, a threshold and a graded score as the number they hold, a count and a
    quantity in one unit alike.

    >>> from rbroadmap.notation import parse_value
    >>> same_kind(parse_value("60-70%"), parse_value("80%")), same_kind(
    ...     parse_value("3 OPD"), parse_value("3 Orang"))
    (True, False)
    >>> same_kind(parse_value("70%"), parse_value("≥ 80%"))
    True
    """
    measure = measure_of(first)
    return measure is not None and measure == measure_of(second)


def _point(value: TargetValue, year: int, source: StartSource) -> StartPoint | None:
    found = bounds(value)
    if found is None:
        return None
    return StartPoint(year=year, low=found[0], high=found[1], source=source)


def last_stated(target: Target, year: int) -> StartPoint | None:
    """The last target *target* states before *year*, skipping ``-`` years, as a start.

    ``None`` when no year before states one, or when the last one stated is of
    another kind than the year's own (a change of unit starts afresh).

    >>> last_stated(Target.of(2018, "-", "50%", "-", "100%"), 2021).year
    2019
    >>> last_stated(Target.of(2018, "25%", "35%"), 2018) is None
    True
    """
    cell = target.get(year)
    for earlier, value in reversed(target.values):
        if earlier >= year or not is_due(value):
            continue
        if cell is None or not same_kind(value, cell):
            return None
        return _point(value, earlier, StartSource.STATED)
    return None


def baseline_point(target: Target, value: TargetValue, year: int) -> StartPoint | None:
    """A baseline (*nilai dasar*) of *target*, measured at the end of *year*, as a start.

    ``None`` when *value* is not a number of the same kind as the target's final
    target. An indicator with a baseline passes it to pro-rating and forecasts
    through this.

    >>> from rbroadmap.notation import parse_value
    >>> baseline_point(Target.of(2018, "IKM 80"), parse_value("IKM 79,30"), 2017).text
    '79,3'
    """
    final = target.final
    if final is None or not same_kind(value, final):
        return None
    return _point(value, year, StartSource.BASELINE)


def keeps_a_state(target: Target) -> bool:
    """Whether *target* asks to keep one state: the same value every year it is due.

    A steady schedule (``39 OPD`` every year), also one that ends early
    (``100% 100% 100% - -``).

    >>> keeps_a_state(Target.of(2018, "39 OPD", "39 OPD")), keeps_a_state(
    ...     Target.of(2018, "-", "100%", "-", "100%"))
    (True, False)
    """
    if target.shape is Shape.STEADY:
        return True
    if target.shape is not Shape.ENDING_EARLY:
        return False
    due = [v for _, v in target.values if is_due(v)]
    return len(due) > 1 and all(v == due[0] for v in due)


def built_from_nothing(cell: TargetValue) -> bool:
    """Whether a target of *cell*'s kind may be built from nothing: a percentage or an amount.

    Scores, levels, graded scores and the other kinds stand where they stand; a
    range as its ends; a threshold as its bound when it is a floor (``≥ 80%`` as
    ``80%``), never when it is a ceiling (``maks. 5 hari`` is a limit to stay
    under, not a quantity to build).

    >>> from rbroadmap.notation import parse_value
    >>> built_from_nothing(parse_value("39 OPD")), built_from_nothing(parse_value("IRB 70"))
    (True, False)
    >>> built_from_nothing(parse_value("≥ 80%")), built_from_nothing(parse_value("≤ 5 hari"))
    (True, False)
    """
    if isinstance(cell, Range):
        return built_from_nothing(cell.low)
    if isinstance(cell, Threshold):
        return not cell.comparison.upper and built_from_nothing(cell.value)
    return type(cell) in _BUILT_FROM_NOTHING


_BUILT_FROM_NOTHING: Final = frozenset({Percentage, Count, Quantity})
"""The kinds a target may build from nothing within a year: a share of work done, a
count or a quantity of something. Scores, levels, graded scores and every other kind
stand where they stand (a range and a threshold: see `built_from_nothing`)."""


def _held_reason(target: Target, cell: TargetValue) -> Message | None:
    """Why the year's own target holds in full all year, or ``None`` if it does not."""
    if target.direction is Direction.LOWER:
        return Message(
            "semakin rendah semakin baik, tanpa target sebelumnya",
            "lower is better, with no earlier target",
        )
    if keeps_a_state(target):
        return Message(
            "jadwal tetap: keadaan yang dipertahankan, bukan dibangun dari nol",
            "a steady schedule: a state to keep, not built from nothing",
        )
    if not built_from_nothing(cell):
        if isinstance(cell, Threshold) and cell.comparison.upper:
            written = format_value(cell)
            return Message(
                f"batas atas {written} adalah batas yang tidak boleh dilampaui, bukan "
                "dibangun dari nol",
                f"the ceiling {format_value(cell, lang='en')} is a limit to stay under, not built "
                "from nothing",
            )
        one = _standing(cell)
        what = _STATE_NAMES.get(type(one), _this_value)(one)
        return Message(
            f"{what.indonesian} adalah kedudukan, bukan dibangun dari nol",
            f"{what.english} is a standing, not built from nothing",
        )
    return None


def _standing(cell: TargetValue) -> TargetValue:
    """The value a cell stands at: a range's low end, a floor's bound, itself."""
    if isinstance(cell, Range):
        return cell.low
    if isinstance(cell, Threshold):
        return cell.value
    return cell


def _index_name(cell: IndexScore) -> Message:
    return Message(f"nilai {cell.index}", f"an {cell.index} score")


def _graded_name(cell: Graded) -> Message:
    return Message(f"nilai dengan predikat {cell.grade}", f"a score graded {cell.grade}")


def _this_value(_: object) -> Message:
    return Message("nilai ini", "this value")


_STATE_NAMES: Final[dict[type, Callable[[Any], Message]]] = {
    IndexScore: _index_name,
    Level: lambda _: Message("level", "a level"),
    Graded: _graded_name,
}


def start_within_year(
    target: Target, year: int, *, baseline: StartPoint | None = None
) -> StartPoint | None:
    """Where *target* starts in *year* while the year runs (see the module's rules).

    Args:
        target: The target.
        year: A year in which something is due.
        baseline: The target's baseline, if one is known (see `baseline_point`).

    Returns:
        The start point, or ``None`` for a target judged in words.

    >>> start_within_year(Target.of(2018, "IRB 70", "IRB 82"), 2018).source.value
    'held'
    >>> start_within_year(Target.of(2018, "25%", "100%"), 2018).source.value
    'zero'
    """
    cell = target.get(year)
    if cell is None or bounds(cell) is None:
        return None
    stated = last_stated(target, year)
    if stated is not None:
        return stated
    if baseline is not None and baseline.year < year:
        return baseline
    if _held_reason(target, cell) is not None:
        return _point(cell, year - 1, StartSource.HELD)
    return StartPoint(year=year - 1, low=Fraction(0), high=Fraction(0), source=StartSource.ZERO)


def _written_between(target: Target, first: int, last: int) -> str:
    """How the years between *first* and *last* are written: ``'-'``, or ``'-', 'NA'``."""
    written: dict[str, None] = {}
    for year, value in target.values:
        if first < year < last:
            written.setdefault(repr(format_value(value)))
    return ", ".join(written) or "'-'"


def expected_within_year(
    target: Target,
    year: int,
    *,
    share: Fraction,
    when: Message,
    baseline: StartPoint | None = None,
) -> Expected:
    """What *target* expects in *year* once *share* of the year has elapsed.

    The year's target pro-rated from where the year starts (`start_within_year`):
    ``E = S + (T − S) × share``, or the target itself once the year is over, or
    when it holds in full all year.

    Args:
        target: The target.
        year: A year in which something is due.
        share: The share of the year elapsed, from 0 to 1 (see
            `rbroadmap.attainment.periods.elapsed`).
        when: The share as the explanation writes it (``2/4 (to the end of Q2)``,
            see `rbroadmap.attainment.periods.elapsed_text`).
        baseline: The target's baseline, if one is known.

    Raises:
        KeyError: If *target* has no cell for *year*.
    """
    cell = target[year]
    base = Expected.point(cell)
    if share == 1 or base.low is None or base.high is None:
        return base
    start = start_within_year(target, year, baseline=baseline)
    assert start is not None  # a numeric cell has a start
    if start.source is StartSource.HELD:
        reason = _held_reason(target, cell)
        assert reason is not None  # that is why it is held
        return attrs.evolve(
            base,
            share=share,
            origin=start,
            explanation=Message(
                f"{reason.indonesian}: target {base.text} berlaku penuh sepanjang tahun",
                f"{reason.english}: the target {base.written('en')} holds in full all year",
            ),
        )
    if start.source is StartSource.STATED and start.year < year - 1:
        # Years with nothing due lie between: the document plans no step from the last stated
        # target to this one, so no part of it is expected before it falls due at the year's
        # end; until then the last stated target is the state to keep.
        between = _written_between(target, start.year, year)
        return Expected(
            cell=cell,
            low=start.low,
            high=start.high,
            share=share,
            start=start.low,
            origin=start,
            explanation=Message(
                f"tidak ada langkah yang direncanakan antara {start.year} dan {year} "
                f"(tahun {between}): {start.label.indonesian} berlaku sampai target {year} "
                f"{format_value(cell)} jatuh tempo di akhir tahun",
                f"no step is planned between {start.year} and {year} ({between} years): "
                f"{start.label.english} holds until the target for {year} "
                f"{format_value(cell, lang='en')} falls due at the end of the year",
            ),
        )
    low = start.low + (base.low - start.low) * share
    high = start.high + (base.high - start.high) * share
    ends = [(start.low, base.low, low)]
    if base.is_range:
        ends.append((start.high, base.high, high))
    working = Message.each(
        lambda lang: "; ".join(
            f"{num(s, lang)} + ({num(t, lang)} − {num(s, lang)}) × {{share}} = {num(e, lang)}"
            for s, t, e in ends
        )
    )
    if start.source is StartSource.STATED:
        lead = Message(f"target {year} pro rata: ", f"target for {year} pro rata: ")
    elif start.source is StartSource.BASELINE:
        lead = Message(
            f"target {year} pro rata dari nilai dasar ({start.year}): ",
            f"target for {year} pro rata from the baseline ({start.year}): ",
        )
    else:
        lead = Message(
            f"target {year} pro rata dari 0 (dibangun dari nol pada tahun pertamanya): ",
            f"target for {year} pro rata from 0 (built from nothing in its first year): ",
        )
    return Expected(
        cell=cell,
        low=low,
        high=high,
        share=share,
        start=start.low,
        origin=start,
        explanation=Message(
            lead.indonesian + working.indonesian.format(share=when.indonesian),
            lead.english + working.english.format(share=when.english),
        ),
    )
