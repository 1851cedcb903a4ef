"""Scale limits (*batas skala*): the values a target's kind can take.

A forecast projects a realised value to the final year. A straight line knows no
bounds, but the values do: an ``IRB`` score lies between 0 and 100
(PermenPAN-RB 26/2020), an IKM between 25 and 100 (PermenPAN-RB 14/2017), a SPIP
maturity level between 0 and 5; a percentage of a whole cannot pass 100%, and no
count falls below zero. A projection beyond its value's limits is taken at the
limit, and its explanation says so (`ScaleLimits.clip`).

The limits of each kind of target value (`limits_of`):

==================  ==========================================================
kind                limits
==================  ==========================================================
percentage          0-100%, a share of a whole; at least 0% only, when a
                    target of the schedule asks for more than 100%
count               at least 0
index score         its regulation scale (`rbroadmap.scales.scale_of`): IRB and
                    SAKIP 0-100, IKM 25-100 (24,85-100 before 2017), SPIP
                    0-5; at least 0 for an index rbroadmap does not know
level               the SPIP maturity scale, 0-5; 0-99 when a target of the
                    schedule states a level above 5
quantity            at least 0
range               the limits of its ends' kind
threshold           the limits of its bound's kind
graded score        the scale its grade is on (`rbroadmap.Graded.on_scale`);
                    else the limits of its score's kind
==================  ==========================================================

>>> from rbroadmap.model import Target
>>> limits = limits_of(Target.of(2018, "IRB 70", "IRB 82"))
>>> limits.text, limits.described.english
('0-100', 'the IRB scale (0-100, PermenPAN-RB 26/2020 (PMPRB))')
>>> limits.clip(Fraction(685, 2))[0]
Fraction(100, 1)
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from typing import Any, Final, final

import attrs

from rbroadmap.attainment._numbers import num
from rbroadmap.attainment.formulas import bounds
from rbroadmap.messages import Lang, Message
from rbroadmap.model import Target
from rbroadmap.scales import Scale, scale_of
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
)

__all__ = ["ScaleLimits", "limits_of"]


@final
@attrs.frozen(kw_only=True)
class ScaleLimits:
    """Scale limits (*batas skala*): the lowest and highest value of a kind of value.

    Attributes:
        low: The lowest value, or ``None`` for no lower limit.
        high: The highest value, or ``None`` for no upper limit.
        name: What the limits bound, in both languages (``"the IRB scale"``).
        regulation: The regulation that sets them, if one does.
    """

    low: Fraction | None
    high: Fraction | None
    name: Message
    regulation: str | None = None

    @property
    def text(self) -> str:
        """The limits in Indonesian notation: ``0-100``, ``≥ 0`` or ``-``."""
        return self.written("id")

    def written(self, lang: Lang) -> str:
        """The limits with their numbers in the notation of *lang*."""
        if self.low is not None and self.high is not None:
            return f"{num(self.low, lang)}-{num(self.high, lang)}"
        if self.low is not None:
            return f"≥ {num(self.low, lang)}"
        if self.high is not None:
            return f"≤ {num(self.high, lang)}"
        return "-"

    @property
    def described(self) -> Message:
        """What the limits bound, with the limits and their regulation.

        >>> limits_of(Target.of(2018, "IKM 80")).described.english
        'the IKM_2017 scale (25-100, PermenPAN-RB 14/2017)'
        """
        regulation = "" if self.regulation is None else f", {self.regulation}"
        return Message(
            f"{self.name.indonesian} ({self.written('id')}{regulation})",
            f"{self.name.english} ({self.written('en')}{regulation})",
        )

    def clip(self, value: Fraction) -> tuple[Fraction, Message | None]:
        """Take *value* within the limits; say so when it was not.

        >>> limits = limits_of(Target.of(2018, "3 OPD", "39 OPD"))
        >>> limits.clip(Fraction(-3))[1].english
        'projected -3 lies below the range of a count (≥ 0): taken as 0'
        >>> limits.clip(Fraction(3))
        (Fraction(3, 1), None)
        """
        if self.low is not None and value < self.low:
            described = self.described
            return self.low, Message(
                f"proyeksi {num(value)} di bawah {described.indonesian}: dianggap {num(self.low)}",
                f"projected {num(value, 'en')} lies below {described.english}: taken as "
                f"{num(self.low, 'en')}",
            )
        if self.high is not None and value > self.high:
            described = self.described
            return self.high, Message(
                f"proyeksi {num(value)} di atas {described.indonesian}: dianggap {num(self.high)}",
                f"projected {num(value, 'en')} lies above {described.english}: taken as "
                f"{num(self.high, 'en')}",
            )
        return value, None


_AT_LEAST_ZERO: Final = Fraction(0)
_HUNDRED: Final = Fraction(100)


def _stated(target: Target) -> list[TargetValue]:
    """Every number the schedule states: its cells, ranges' ends, thresholds' bounds."""
    found: list[TargetValue] = []
    for _, cell in target.values:
        if isinstance(cell, Range):
            found += [cell.low, cell.high]
        elif isinstance(cell, Graded):
            score = cell.score
            found.append(score.value if isinstance(score, Threshold) else score)
        elif isinstance(cell, Threshold):
            found.append(cell.value)
        elif is_due(cell):
            found.append(cell)
    return found


def _percentage(cell: Percentage, target: Target, year: int) -> ScaleLimits:
    if any(isinstance(v, Percentage) and v.value > 100 for v in _stated(target)):
        return ScaleLimits(
            low=_AT_LEAST_ZERO,
            high=None,
            name=Message(
                "rentang persentase yang targetnya melampaui 100%",
                "the range of a percentage whose targets pass 100%",
            ),
        )
    return ScaleLimits(
        low=_AT_LEAST_ZERO,
        high=_HUNDRED,
        name=Message("rentang persentase dari keseluruhan", "the range of a percentage of a whole"),
    )


def _count(cell: Count, target: Target, year: int) -> ScaleLimits:
    return ScaleLimits(
        low=_AT_LEAST_ZERO, high=None, name=Message("rentang jumlah", "the range of a count")
    )


def _quantity(cell: Quantity, target: Target, year: int) -> ScaleLimits:
    return ScaleLimits(
        low=_AT_LEAST_ZERO, high=None, name=Message("rentang besaran", "the range of a quantity")
    )


def _index(cell: IndexScore, target: Target, year: int) -> ScaleLimits:
    scale = scale_of(cell, year=year)
    if scale is None:
        return ScaleLimits(
            low=_AT_LEAST_ZERO,
            high=None,
            name=Message(
                f"rentang nilai indeks {cell.index} (skala tidak dikenal)",
                f"the range of an {cell.index} score (a scale rbroadmap does not know)",
            ),
        )
    return _scale_limits(scale, Message(f"skala {scale.code}", f"the {scale.code} scale"))


def _scale_limits(scale: Scale, name: Message) -> ScaleLimits:
    """The limits of a regulation scale's scores."""
    return ScaleLimits(
        low=None if scale.minimum is None else Fraction(scale.minimum),
        high=None if scale.maximum is None else Fraction(scale.maximum),
        name=name,
        regulation=scale.regulation,
    )


def _level(cell: Level, target: Target, year: int) -> ScaleLimits:
    spip = scale_of(Level(0))
    assert spip is not None  # the SPIP maturity scale
    if any(isinstance(v, Level) and scale_of(v) is None for v in _stated(target)):
        return ScaleLimits(
            low=_AT_LEAST_ZERO,
            high=Fraction(99),
            name=Message("rentang level", "the range of a level"),
        )
    return _scale_limits(
        spip, Message(f"skala maturitas {spip.code}", f"the {spip.code} maturity scale")
    )


def _range(cell: Range, target: Target, year: int) -> ScaleLimits:
    return _limits(cell.low, target, year)


def _threshold(cell: Threshold, target: Target, year: int) -> ScaleLimits:
    return _limits(cell.value, target, year)


def _graded(cell: Graded, target: Target, year: int) -> ScaleLimits:
    scale = cell.on_scale
    if scale is None or not scale.scored:
        return _limits(cell.score, target, year)
    return _scale_limits(scale, Message(f"skala {scale.code}", f"the {scale.code} scale"))


_LIMITS: Final[dict[type, Callable[[Any, Target, int], ScaleLimits]]] = {
    Percentage: _percentage,
    Count: _count,
    Quantity: _quantity,
    IndexScore: _index,
    Level: _level,
    Range: _range,
    Threshold: _threshold,
    Graded: _graded,
}
"""The limits of each numeric kind of target value; a kind not listed is at least 0."""


def _limits(cell: TargetValue, target: Target, year: int) -> ScaleLimits:
    found = _LIMITS.get(type(cell))
    if found is None:
        return ScaleLimits(
            low=_AT_LEAST_ZERO, high=None, name=Message("rentang nilai", "the range of a value")
        )
    return found(cell, target, year)


def limits_of(target: Target, *, year: int = 2017) -> ScaleLimits | None:
    """Return the limits of the values of *target*, read from its final target.

    Args:
        target: The target; its final target (the last year something is due)
            decides the kind.
        year: The first year of the road map's period, which decides the IKM
            scale in force (see `rbroadmap.scales.ikm_scale`).

    Returns:
        The limits, or ``None`` for a target judged in words or with nothing due.
    """
    final = target.final
    if final is None or bounds(final) is None:
        return None
    return _limits(final, target, year)
