"""Start points (*titik awal*): where a target starts, for pro-rating and forecasts.

A schedule says where a target should stand at the end of each year it is due; it
does not say where the target stands before. Two figures need that start: what is
expected while a year runs (pro-rated from the start to the year's target, see
`rbroadmap.attainment.prorating`), and the forecast for the final year (projected
from the start through what was realised, see `rbroadmap.attainment.forecast`).
Each uses an explicit `StartPoint` -- a year, a value and where the value comes
from (`StartSource`) -- and says which in its explanation:

* **baseline** (*nilai dasar*): a value measured before, where one is known (an
  indicator's baseline);
* **the last stated target** before the year, skipping the years marked ``-``:
  in ``- 50% - 100% -`` the year 2021 starts from the 50% of 2019;
* **zero**: a quantity built from nothing (a percentage of work done, a count of
  OPD) in the first year it is due;
* **the year's own target, held**: a state to keep (a steady schedule), a score
  or a level (an ``IRB 70`` is not built from 0 during the year), or a ceiling
  (lower is better);
* **the first realised value**: where a forecast starts when nothing earlier is
  known.

>>> from fractions import Fraction
>>> StartPoint(year=2019, low=Fraction(50), high=Fraction(50), source=StartSource.STATED).text
'50'
"""

from __future__ import annotations

from fractions import Fraction
from typing import final

import attrs

from rbroadmap.attainment._numbers import num
from rbroadmap.messages import LabelledEnum, Lang, Message

__all__ = ["StartPoint", "StartSource"]


class StartSource(LabelledEnum):
    """Where a start point comes from (*asal titik awal*)."""

    BASELINE = "baseline", "Nilai dasar", "Baseline"
    """Nilai dasar: a value measured before, where one is known."""
    STATED = "stated", "Target tertulis terakhir", "Last stated target"
    """Target tertulis terakhir: the last target stated before the year, ``-`` years skipped."""
    ZERO = "zero", "Nol", "Zero"
    """Nol: a quantity built from nothing, in the first year it is due."""
    HELD = "held", "Target tahun itu, berlaku penuh", "The year's own target, held"
    """Target tahun itu: a state to keep, a score or level, or a ceiling: held all year."""
    REALISED = "realised", "Realisasi pertama", "First realised value"
    """Realisasi pertama: the first realised value, when nothing earlier is known."""


@final
@attrs.frozen(kw_only=True)
class StartPoint:
    """Start point (*titik awal*): a value a target stands at, at the end of a year.

    Attributes:
        year: The year at whose end the value holds: a baseline of 2017 and a
            start of zero for 2018 hold at the start of 2018 (the end of 2017);
            a last stated target of 2019 at the end of 2019. A target held in
            full holds from the start of its own year (the end of the year
            before).
        low: The value, exactly (the lower end, for a range).
        high: The upper end, for a range; equal to *low* for one number.
        source: Where the value comes from.
        quarter: The quarter (1-4) at whose end the value holds, for a realised
            value reported by quarter; ``None`` for the end of the year.
    """

    year: int
    low: Fraction
    high: Fraction
    source: StartSource
    quarter: int | None = None

    @property
    def text(self) -> str:
        """The value in Indonesian notation: ``50`` or ``60-70``."""
        return self.written("id")

    def written(self, lang: Lang) -> str:
        """The value with its numbers in the notation of *lang*."""
        if self.low == self.high:
            return num(self.low, lang)
        return f"{num(self.low, lang)}-{num(self.high, lang)}"

    @property
    def label(self) -> Message:
        """Where it comes from and what it is, for an explanation.

        >>> StartPoint(year=2017, low=Fraction(793, 10), high=Fraction(793, 10),
        ...            source=StartSource.BASELINE).label.english
        'the baseline (2017): 79.3'
        """
        where = {
            StartSource.BASELINE: Message(
                f"nilai dasar ({self.year})", f"the baseline ({self.year})"
            ),
            StartSource.STATED: Message(
                f"target tertulis terakhir ({self.year})", f"the last stated target ({self.year})"
            ),
            StartSource.ZERO: Message("nol", "zero"),
            StartSource.HELD: Message("target tahun itu", "the year's own target"),
            StartSource.REALISED: Message(
                f"realisasi pertama ({self.year})", f"the first realised value ({self.year})"
            ),
        }[self.source]
        return Message(f"{where.indonesian}: {self.text}", f"{where.english}: {self.written('en')}")
