"""Forecast (*proyeksi*): will a target be met by its final year, from the realised trend.

A target's final-year target is the value of the last year in which something
is due. The forecast projects the realised value to that year and judges it
against that target with the same formula as any attainment
(`ForecastMethod`):

* **actual**: the final year is over and reported: the forecast is the fact.
* **trend**: two or more realised values: the least-squares line through them
  (time measured in years from the start of the period, a quarterly value at
  its quarter's end), read at the end of the final year. Exact arithmetic.
* **from zero**: one realised value of a cumulative, higher-is-better target:
  the line from 0 at the start of the period through it. A cumulative target
  builds up from nothing, so one year's pace is the best guide there is.
* **flat**: one realised value of any other target: carried forward as it is.
* **latest**: a qualitative target: its latest verdict carried forward.
* **none**: nothing realised yet: the outlook is unknown.

A projected value below 0 is taken as 0. The projected attainment classifies
into an `Outlook`: on track at 100% or more, at risk within the tolerance
below it (15 percentage points unless told otherwise; one peer uses ±15%), off
track below that.

>>> from decimal import Decimal
>>> from fractions import Fraction
>>> Outlook.classify(Fraction(90), Decimal(15))
<Outlook.AT_RISK: 'at-risk'>
>>> trend([(Fraction(1), Fraction(25)), (Fraction(2), Fraction(35)), (Fraction(3), Fraction(60))],
...       Fraction(5))
Fraction(185, 2)
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from typing import final

import attrs

from rbroadmap._exact import EXACT
from rbroadmap.attainment._numbers import HUNDRED, round_half_up
from rbroadmap.messages import LabelledEnum, Message
from rbroadmap.values import TargetValue

__all__ = ["Forecast", "ForecastMethod", "Outlook", "trend"]


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
    FROM_ZERO = "from-zero", "Dari nol", "From zero"
    """One value of a cumulative target: the line from 0 at the start through it."""
    FLAT = "flat", "Tetap", "Flat"
    """One value, carried forward."""
    LATEST = "latest", "Terakhir", "Latest"
    """A qualitative target: the latest verdict, carried forward."""
    NONE = "none", "Tanpa proyeksi", "None"
    """Nothing realised: no forecast."""


def trend(points: Sequence[tuple[Fraction, Fraction]], at: Fraction) -> Fraction:
    """Read the least-squares line through *points* ``(t, value)`` at *at*, exactly.

    Needs two points or more with different times.
    """
    n = len(points)
    t_mean = sum((t for t, _ in points), Fraction(0)) / n
    v_mean = sum((v for _, v in points), Fraction(0)) / n
    sxx = sum(((t - t_mean) ** 2 for t, _ in points), Fraction(0))
    sxy = sum(((t - t_mean) * (v - v_mean) for t, v in points), Fraction(0))
    slope = sxy / sxx
    return v_mean + slope * (at - t_mean)


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
    """

    final_year: int | None
    final_target: TargetValue | None
    method: ForecastMethod
    projected_value: Fraction | None
    exact: Fraction | None
    outlook: Outlook
    explanation: Message

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
        return round_half_up(self.exact) >= round_half_up(HUNDRED)
