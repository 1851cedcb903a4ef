"""Quarterly targets (*target triwulan*): what a road map states for TW I to TW IV.

Monitoring tables (*e-Monev*) state a target per quarter within a year: ``20%``
by the end of TW I, ``45%`` by TW II, and so on (`rbroadmap.Target.quarters`).
While a year runs, the value expected of a quarter whose target is stated is
that target, as written: it is looked up here before anything is pro-rated.
A quarter written ``-`` (or ``NA``) states nothing, and the year's target is
pro-rated as if the quarter had no target of its own.
"""

from __future__ import annotations

from fractions import Fraction

import attrs

from rbroadmap.attainment.formulas import Expected
from rbroadmap.attainment.periods import period_text
from rbroadmap.messages import Message
from rbroadmap.model import Target
from rbroadmap.notation import format_value
from rbroadmap.values import is_due

__all__ = ["stated_quarter"]


def stated_quarter(
    target: Target, year: int, quarter: int | None, *, share: Fraction
) -> Expected | None:
    """The expected value for *quarter* of *year* when *target* states it, else ``None``.

    Args:
        target: The target.
        year: The year running.
        quarter: The quarter (1-4) judged, or ``None``.
        share: The share of the year elapsed, kept on the expected value.

    >>> t = Target.parse({2022: "100%"}, quarters={2022: {2: "45%"}})
    >>> stated_quarter(t, 2022, 2, share=Fraction(1, 2)).text
    '45'
    >>> stated_quarter(t, 2022, 3, share=Fraction(3, 4)) is None
    True
    """
    if quarter is None:
        return None
    cell = target.quarter(year, quarter)
    if cell is None or not is_due(cell):
        return None
    period = period_text(year, quarter)
    written = format_value(cell)
    return attrs.evolve(
        Expected.point(cell),
        share=share,
        explanation=Message(
            f"target {period.indonesian} dinyatakan: {written}",
            f"the target stated for {period.english}: {format_value(cell, lang='en')}",
        ),
    )
