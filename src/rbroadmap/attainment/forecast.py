"""Forecast (*proyeksi*): will a target be met by its final year, from where it stands.

A target's final-year target is the value of the last year in which something
is due. The forecast projects the realised values to that year and judges the
projection against that target with the target's own formula
(`ForecastMethod`):

* **actual**: the final year is over and reported: the forecast is the fact.
* **from the baseline**: where the target's baseline is known (an indicator's),
  the least-squares line through the baseline and the realised values (the
  straight line through both, with one value); not for a periodic target.
* **trend**: two or more realised values: the least-squares line through them
  (time measured in years from the start of the period, a quarterly value at
  its quarter's end), read at the end of the final year. Exact arithmetic.
* **from zero**: one realised value of a cumulative, higher-is-better target
  that is built from nothing (a percentage of work done, a count): the line
  from 0 at the start of the period through it.
* **at the planned pace**: one realised value of any other cumulative target (a
  score, a level, a lower-is-better count): the plan's own rise from the time of
  that value to the final year, added to it. An ``IRB 68,5`` realised in 2018
  against ``IRB 70 … IRB 82`` is projected to 68,5 + (82 − 70) = 80,5, never
  along a line from 0.
* **flat**: one realised value of a steady or other schedule, and the latest
  value of a periodic schedule (whose due years are separate occasions: no trend
  is drawn across the years between, in which nothing is due), carried forward.
* **latest**: a qualitative target: its latest verdict carried forward.
* **none**: nothing realised yet: the outlook is unknown.

A projection never leaves its value's scale (`rbroadmap.attainment.limits`): it
is taken at the limit (0-100 for an IRB score, 0-100% for a share of a whole, 0
or more for a count), and the forecast says so (`Forecast.clipped`). The
projected attainment classifies into an `Outlook`: on track at 100% or more, at
risk within the tolerance below it (15 percentage points unless told otherwise;
one peer uses ±15%), off track below that.

>>> from decimal import Decimal
>>> from fractions import Fraction
>>> Outlook.classify(Fraction(90), Decimal(15))
<Outlook.AT_RISK: 'at-risk'>
>>> trend([(Fraction(1), Fraction(25)), (Fraction(2), Fraction(35)), (Fraction(3), Fraction(60))],
...       Fraction(5))
Fraction(185, 2)
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Final, final

import attrs

from rbroadmap._exact import EXACT
from rbroadmap.attainment import _lazy
from rbroadmap.attainment._numbers import HUNDRED, num, round_half_up
from rbroadmap.attainment.formulas import Expected, Outcome, TargetFormula
from rbroadmap.attainment.limits import ScaleLimits
from rbroadmap.attainment.periods import period_text
from rbroadmap.attainment.starts import StartPoint, StartSource
from rbroadmap.messages import LabelledEnum, Message
from rbroadmap.notation import format_value
from rbroadmap.values import TargetValue

__all__ = ["Forecast", "ForecastMethod", "Outlook", "Point", "project", "trend"]


class Outlook(LabelledEnum):
    """Outlook (*prospek*) of a target or group for its final year."""

    ON_TRACK = "on-track", "Sesuai jalur", "On track"
    """Sesuai jalur: projected to reach 100% of the final target or more."""
    AT_RISK = "at-risk", "Berisiko", "At risk"
    """Berisiko: projected short of 100%, but within the tolerance."""
    OFF_TRACK = "off-track", "Tidak sesuai jalur", "Off track"
    """Tidak sesuai jalur: projected short by more than the tolerance."""
    UNKNOWN = "unknown", "Tidak dapat diperkirakan", "Cannot be forecast"
    """Tidak dapat diperkirakan: nothing realised to project from."""

    @classmethod
    def classify(cls, exact: Fraction | None, tolerance: Decimal) -> Outlook:
        """The outlook of a projected attainment *exact* (percent), given *tolerance*.

        Classified as shown, rounded half up to two decimals.
        """
        if exact is None:
            return cls.UNKNOWN
        shown = round_half_up(exact)
        if shown >= 100:
            return cls.ON_TRACK
        if EXACT.add(shown, tolerance) >= 100:
            return cls.AT_RISK
        return cls.OFF_TRACK


class ForecastMethod(LabelledEnum):
    """How a forecast was made (*metode proyeksi*)."""

    ACTUAL = "actual", "Realisasi", "Actual"
    """The final year is over and reported: the realised value itself."""
    TREND = "trend", "Tren", "Trend"
    """The least-squares line through two or more realised values."""
    FROM_BASELINE = "from-baseline", "Dari nilai dasar", "From the baseline"
    """The line from the target's baseline through the realised values."""
    FROM_ZERO = "from-zero", "Dari nol", "From zero"
    """One value of a cumulative target built from nothing: the line from 0 through it."""
    PLANNED = "planned", "Laju rencana", "At the planned pace"
    """One value of another cumulative target: the plan's rise to the final year added."""
    FLAT = "flat", "Tetap", "Flat"
    """One value, or a periodic target's latest, carried forward."""
    LATEST = "latest", "Terakhir", "Latest"
    """A qualitative target: the latest verdict, carried forward."""
    NONE = "none", "Tanpa proyeksi", "None"
    """Nothing realised: no forecast."""


def trend(points: Sequence[tuple[Fraction, Fraction]], at: Fraction) -> Fraction:
    """Read the least-squares line through *points* ``(t, value)`` at *at*, exactly.

    Needs two points or more with different times.
    """
    # On whole numbers: with t = T/dt and v = V/dv over common denominators, the line
    # read at `at` = A/dt is [ΣV·Sxx + Sxy·(nA − ΣT)] / (n·dv·Sxx), where
    # Sxx = nΣT² − (ΣT)² and Sxy = nΣTV − ΣT·ΣV: the same fraction, reduced once.
    n = len(points)
    dt = math.lcm(at.denominator, *(t.denominator for t, _ in points))
    dv = math.lcm(*(v.denominator for _, v in points))
    ts = [t.numerator * (dt // t.denominator) for t, _ in points]
    vs = [v.numerator * (dv // v.denominator) for _, v in points]
    a = at.numerator * (dt // at.denominator)
    st, sv = sum(ts), sum(vs)
    sxx = n * sum(t * t for t in ts) - st * st
    sxy = n * sum(t * v for t, v in zip(ts, vs, strict=True)) - st * sv
    return Fraction(sv * sxx + sxy * (n * a - st), n * dv * sxx)


@final
@attrs.frozen(kw_only=True)
class Point:
    """Point (*titik*): a realised value on the time axis of a forecast.

    Attributes:
        t: When it was reached, in years from the start of the period: a year's
            value at the end of its year (1 for the first year), a quarter's at
            its quarter's end, a value of the year under way at ``as_of``.
        value: Its number.
        year: The year it was reported for.
        quarter: The quarter it was reported for, or ``None``.
    """

    t: Fraction
    value: Fraction
    year: int
    quarter: int | None = None

    @property
    def period(self) -> Message:
        """The period it was reported for: ``2020`` or ``2020 TW II`` / ``2020 Q2``."""
        return period_text(self.year, self.quarter)


@final
@attrs.frozen(kw_only=True)
class Forecast:
    """Forecast (*proyeksi*) of one target for its final year.

    Attributes:
        final_year: The last year in which something is due, or ``None``.
        final_target: The target of that year, as written, or ``None``.
        method: How the forecast was made.
        projected_value: The projected realised value in the final year (a
            number; for a qualitative target 100 for achieved, 0 for not), or
            ``None``.
        exact: The projected attainment of the final target in percent, exactly,
            after the floor and the cap, or ``None``.
        outlook: On track, at risk, off track or unknown.
        explanation: The projection and the formula, with their inputs.
        start: Where the projection starts (a baseline, zero, or the first
            realised value moving at the planned pace), or ``None`` when it
            starts from the realised values alone.
        clipped: Whether the projection went beyond its value's scale and was
            taken at the scale's limit.
        points: The realised values projected from, in time order.
        limits: The limits of the value's scale the projection was kept within,
            or ``None`` for a fact, a verdict or no forecast.
    """

    final_year: int | None
    final_target: TargetValue | None
    method: ForecastMethod
    projected_value: Fraction | None
    exact: Fraction | None
    outlook: Outlook
    _explanation: _lazy.Explanation = attrs.field(
        alias="explanation", eq=_lazy.message, repr=_lazy.show
    )
    start: StartPoint | None = None
    clipped: bool = False
    points: tuple[Point, ...] = ()
    limits: ScaleLimits | None = None

    @property
    def explanation(self) -> Message:
        """The projection and the formula, with their inputs."""
        return _lazy.read(self, "_explanation")

    __repr__ = _lazy.lazy_repr

    @classmethod
    def judged(
        cls,
        *,
        final_year: int,
        final_target: TargetValue,
        method: ForecastMethod,
        projected_value: Fraction | None,
        outcome: Outcome | None,
        how: Message | _lazy.Later,
        tolerance: Decimal,
        start: StartPoint | None = None,
        clipped: bool = False,
        points: tuple[Point, ...] = (),
        limits: ScaleLimits | None = None,
    ) -> Forecast:
        """A forecast whose projection *how* was judged against the final target (*outcome*).

        The explanation gives the projection, the formula against the final
        target and the outlook; the other arguments are the fields of the same
        names.
        """
        exact = None if outcome is None else outcome.exact
        outlook = Outlook.classify(exact, tolerance)
        return cls(
            final_year=final_year,
            final_target=final_target,
            method=method,
            projected_value=projected_value,
            exact=exact,
            outlook=outlook,
            explanation=_lazy.Later(_judged_text, how, outcome, final_target, final_year, outlook),
            start=start,
            clipped=clipped,
            points=points,
            limits=limits,
        )

    @property
    def percent(self) -> Decimal | None:
        """The projected attainment rounded half up to two decimals, or ``None``."""
        return None if self.exact is None else round_half_up(self.exact)

    @property
    def will_meet(self) -> bool | None:
        """Whether the final target is projected to be met (attainment ≥ 100%).

        ``None`` when there is nothing to project from.
        """
        if self.exact is None:
            return None
        return round_half_up(self.exact) >= _HUNDRED_SHOWN


_HUNDRED_SHOWN: Final = round_half_up(HUNDRED)


def _judged_text(
    how: Message | _lazy.Later,
    outcome: Outcome | None,
    final_target: TargetValue,
    final_year: int,
    outlook: Outlook,
) -> Message:
    """A forecast's explanation: the projection, the formula, the outlook."""
    written = _lazy.message(how)
    parts = [written.indonesian], [written.english]
    if outcome is not None:
        shown = format_value(final_target)
        parts[0].append(
            f"terhadap target akhir {shown} ({final_year}): {outcome.explanation.indonesian}"
        )
        parts[1].append(
            f"against the final target {format_value(final_target, lang='en')} "
            f"({final_year}): {outcome.explanation.english}"
        )
    parts[0].append(outlook.label.indonesian)
    parts[1].append(outlook.label.english)
    return Message("; ".join(parts[0]), "; ".join(parts[1]))


def _listed(points: Sequence[Point]) -> Message:
    return Message(
        "; ".join(f"{p.period.indonesian}: {num(p.value)}" for p in points),
        "; ".join(f"{p.period.english}: {num(p.value, 'en')}" for p in points),
    )


def _how(  # noqa: PLR0917 - what `project` found, as `Later` passes it on
    method: ForecastMethod,
    periodic: bool,
    points: Sequence[Point],
    final_year: int,
    period_start: int,
    start: StartPoint | None,
    value: Fraction,
    planned: tuple[Fraction, Fraction] | None,
    note: Message | None,
) -> Message:
    """How `project` projected *points* to *value*, and the note of its clipping, if any."""
    at = Fraction(final_year - period_start + 1)
    listed = _listed(points)
    last = points[-1]
    latest_t, latest, latest_period = last.t, last.value, last.period
    if method is ForecastMethod.FLAT and periodic:
        how = Message(
            f"berkala: tiap tahun jatuh tempo dinilai tersendiri, tanpa tren melintasi tahun "
            f"tanpa target; nilai terakhir ({latest_period.indonesian}: {num(latest)}) dianggap "
            f"tetap sampai {final_year}",
            f"periodic: each due year stands on its own, with no trend across the years with "
            f"nothing due; the latest value ({latest_period.english}: {num(latest, 'en')}) "
            f"carried forward to {final_year}",
        )
    elif method is ForecastMethod.FROM_BASELINE:
        assert start is not None  # the baseline projected from
        line = "garis" if len(points) == 1 else "garis kuadrat terkecil"
        line_en = "the line" if len(points) == 1 else "the least-squares line"
        how = Message(
            f"{line} dari {start.label.indonesian} melalui {len(points)} nilai "
            f"({listed.indonesian}): perkiraan akhir {final_year} = {num(value)}",
            f"{line_en} from {start.label.english} through {len(points)} "
            f"{'value' if len(points) == 1 else 'values'} "
            f"({listed.english}): projected {num(value, 'en')} by the end of {final_year}",
        )
    elif method is ForecastMethod.TREND:
        how = Message(
            f"tren linear dari {len(points)} nilai ({listed.indonesian}): perkiraan akhir "
            f"{final_year} = {num(value)}",
            f"linear trend of {len(points)} values ({listed.english}): projected "
            f"{num(value, 'en')} by the end of {final_year}",
        )
    elif method is ForecastMethod.FROM_ZERO:
        assert start is not None  # zero at the end of its year
        t0 = Fraction(start.year - period_start + 1)
        span, elapsed = at - t0, latest_t - t0
        how = Message(
            f"kumulatif dengan satu nilai ({listed.indonesian}): garis dari 0 pada awal "
            f"{start.year + 1}: {num(latest)} × {num(span)}/{num(elapsed)} tahun = {num(value)} "
            f"pada akhir {final_year}",
            f"cumulative with one value ({listed.english}): the line from 0 at the start of "
            f"{start.year + 1}: {num(latest, 'en')} × {num(span, 'en')}/{num(elapsed, 'en')} "
            f"years = {num(value, 'en')} by the end of {final_year}",
        )
    elif method is ForecastMethod.PLANNED:
        assert planned is not None  # the plan's pace
        now, final = planned
        how = Message(
            f"kumulatif dengan satu nilai ({listed.indonesian}) dan titik awal tidak diketahui: "
            f"nilai itu bergerak dengan laju rencana sampai {final_year}: {num(latest)} + "
            f"({num(final)} − {num(now)}) = {num(value)}",
            f"cumulative with one value ({listed.english}) and no known start: it moves at "
            f"the planned pace to {final_year}: {num(latest, 'en')} + "
            f"({num(final, 'en')} − {num(now, 'en')}) = {num(value, 'en')}",
        )
    else:
        how = Message(
            f"satu nilai ({listed.indonesian}), dianggap tetap sampai {final_year}",
            f"one value ({listed.english}), carried forward to {final_year}",
        )
    if note is not None:
        how = Message(f"{how.indonesian}; {note.indonesian}", f"{how.english}; {note.english}")
    return how


def project(
    points: Sequence[Point],
    *,
    final_year: int,
    final_target: TargetValue,
    formula: TargetFormula,
    tolerance: Decimal,
    period_start: int,
    cumulative: bool,
    periodic: bool,
    start: StartPoint | None = None,
    planned: tuple[Fraction, Fraction] | None = None,
    limits: ScaleLimits | None = None,
) -> Forecast:
    """Project realised *points* to the end of the final year, and judge the projection.

    The method is chosen as the module says; the projection is kept within
    *limits*, then judged against *final_target* with the target's *formula*.

    Args:
        points: The realised values, in time order, at least one.
        final_year: The last year in which something is due.
        final_target: Its target, a number.
        formula: The target's formula (its own choices, else the report's).
        tolerance: Percentage points short of 100% that are *at risk*.
        period_start: The first year of the period.
        cumulative: Whether the schedule counts what has been reached so far.
        periodic: Whether its due years are separate occasions (no trend).
        start: Where the target starts, if known: its baseline, or zero (at the
            end of its *year*) for a cumulative quantity built from nothing.
        planned: For one value of a cumulative target with no known start: the
            plan's value at that value's time and at the final year.
        limits: The limits of the value's scale, if it has any.

    >>> from rbroadmap.values import IndexScore
    >>> first = Point(t=Fraction(1), value=Fraction(137, 2), year=2018)
    >>> found = project([first], final_year=2022, final_target=IndexScore("IRB", 82),
    ...                 formula=TargetFormula(), tolerance=Decimal(15), period_start=2018,
    ...                 cumulative=True, periodic=False, planned=(Fraction(70), Fraction(82)))
    >>> found.method.value, found.projected_value, found.percent, found.outlook.value
    ('planned', Fraction(161, 2), Decimal('98.17'), 'at-risk')
    """
    at = Fraction(final_year - period_start + 1)
    last = points[-1]
    latest_t, latest = last.t, last.value
    used: StartPoint | None = None
    if periodic:
        method = ForecastMethod.FLAT
        value = latest
    elif (
        start is not None
        and start.source is StartSource.BASELINE
        and (Fraction(start.year - period_start + 1) < points[0].t)
    ):
        method = ForecastMethod.FROM_BASELINE
        used = start
        t0 = Fraction(start.year - period_start + 1)
        value = trend([(t0, start.low), *((p.t, p.value) for p in points)], at)
    elif len(points) >= 2:
        method = ForecastMethod.TREND
        value = trend([(p.t, p.value) for p in points], at)
    elif (
        cumulative
        and start is not None
        and start.source is StartSource.ZERO
        and latest_t > start.year - period_start + 1
    ):
        method = ForecastMethod.FROM_ZERO
        used = start
        t0 = Fraction(start.year - period_start + 1)
        value = latest * (at - t0) / (latest_t - t0)
    elif cumulative and planned is not None:
        method = ForecastMethod.PLANNED
        now, final = planned
        value = latest + (final - now)
        used = StartPoint(
            year=last.year,
            quarter=last.quarter,
            low=latest,
            high=latest,
            source=StartSource.REALISED,
        )
    else:
        method = ForecastMethod.FLAT
        value = latest
    clipped = False
    projected = value
    note: Message | None = None
    if limits is not None:
        value, note = limits.clip(value)
        clipped = note is not None
    how = _lazy.Later(
        _how, method, periodic, points, final_year, period_start, start, projected, planned, note
    )
    return Forecast.judged(
        final_year=final_year,
        final_target=final_target,
        method=method,
        projected_value=value,
        outcome=formula.judge_number(Expected.point(final_target), value),
        how=how,
        tolerance=tolerance,
        start=used,
        clipped=clipped,
        points=tuple(points),
        limits=limits,
    )
