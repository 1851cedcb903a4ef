"""Attainment formulas (*rumus capaian*): realised against expected, in percent.

The formulas used in Indonesian performance reports (LKjIP, e-SAKIP, e-Monev)
and set out for individual performance in PermenPAN-RB 8/2021; R is the
realised value and T the target (or the expected value, pro-rated while the
year runs):

=========================  ==========================================  =====================
case                       formula                                     `Formula`
=========================  ==========================================  =====================
higher is better           R / T × 100%                                ``HIGHER``
lower is better            (T − (R − T)) / T × 100% = (2T − R)/T       ``LOWER_DIFFERENCE``
lower is better, option    T / R × 100%                                ``LOWER_RATIO``
range target L-H           100% within; outside, the formula above     ``RANGE``
                           with T = H above the range, T = L below
target of 0                100% when met, 0% when not                  ``ZERO_TARGET``
threshold ``> T``, ``≤ T``  100% when met; else the formula above       ``COMPARISON``
                           against T (``≤``, ``<``: lower is better),
                           held below 100%
graded ``>70/BB``          as a threshold at the grade's lower end      ``GRADE``
                           (``> 70`` for BB on IRB)
qualitative                100% achieved, 0% not achieved              ``QUALITATIVE``
check mark ``√``           100% done, 0% not done                      ``CHECK_MARK``
=========================  ==========================================  =====================

Then the floor: attainment is never below 0% ((2T − R)/T turns negative once
R exceeds 2T). No regulation caps attainment; an agency may choose a cap
(100%, 120%, 150%), which applies last.

**Zero targets.** R/T and (2T − R)/T divide by T. A target of 0 asks for
nothing when higher is better, so any realised value of 0 or more meets it:
100% (a value below 0, possible for a change in percent or an index, misses
it: 0%). When lower is better a target of 0 is met by 0 or less (100%);
anything above it misses it (0%). T/R divides by R: a realised 0 or less under a positive
lower-is-better target is better than any ratio (below 0, T/R would even turn negative), so
it gets the cap if one is set and is otherwise *undefined* (``None``, with the reason), never
infinite, negative or NaN. A realised 0 is always zero, never "missing".

**Negative targets.** The formulas turn their meaning round when T < 0 (R =
−25 against T = −50, higher being better, would be 50% for a value better than
its target), so a negative target, or a negative end of a range the realised
value lies beyond, is *undefined* (``None``, with the reason), whatever the cap.

**Thresholds and grades.** A `rbroadmap.Threshold` (``> 70``, ``minimal
80%``, ``maks. 5 hari``) is a condition: met (100%) or not. A value that does
not meet it is judged against its bound with the formula of its direction
(a ceiling, ``≤`` or ``<``, is lower-is-better), to say how far it fell
short: 69 against ``> 70`` is 69/70 = 98,57% of the bound. It is never shown
as 100% or more, because it is not met: 70 against ``> 70`` gives 70/70 =
100% of the bound, held at 99,99%. A `rbroadmap.Graded` target (``>70/BB``)
is judged on its grade's place in its scale: a realised score in that grade
or a better one meets it, which is a threshold at the grade's lower end (BB on
IRB is ``> 70``). On a scale the score does not name, it is judged as its
score.

**Qualitative targets.** A `rbroadmap.Qualitative` realised value achieves the
target when its text equals the target's text (case and runs of spaces
aside): ``WTP`` against ``WTP``; or when both name grades of one scale and the
realised grade is as good or better (``WTP`` achieves a ``WDP`` target, on the
BPK opinion scale). A `Verdict` says so directly. A year ticked ``√`` is
judged by a `Verdict` alone: done (*terlaksana*) is 100%, not done 0%.

>>> from rbroadmap.values import Percentage
>>> out = judge(Expected.point(Percentage(80)), Percentage(60))
>>> out.exact, out.explanation.english
(Fraction(75, 1), 'higher is better: R/T × 100% = 60/80 × 100% = 75.00%')
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any, Final, TypeAlias, final

import attrs

from rbroadmap._text import name_key
from rbroadmap.attainment import _lazy
from rbroadmap.attainment._numbers import HUNDRED, exact_decimal, num, pct, round_half_up
from rbroadmap.attainment.realizations import RealizedValue, Verdict
from rbroadmap.attainment.starts import StartPoint
from rbroadmap.messages import LabelledEnum, Lang, Message
from rbroadmap.model import Target
from rbroadmap.notation import format_value
from rbroadmap.scales import SCALES, Grade, Scale, ScaleError
from rbroadmap.schedule import Direction, LowerIsBetter
from rbroadmap.values import (
    VALUE_KINDS,
    CheckMark,
    Comparison,
    Count,  # noqa: F401  # the examples in the docstrings use it
    Graded,
    NoTarget,
    NotAvailable,
    NumericValue,
    Percentage,  # noqa: F401  # the examples in the docstrings use it
    Qualitative,
    Range,
    TargetValue,
    Threshold,
)

__all__ = [
    "Expected",
    "Formula",
    "LowerIsBetter",
    "Outcome",
    "TargetFormula",
    "bounds",
    "judge",
    "judge_number",
    "magnitude",
]


class Formula(LabelledEnum):
    """The formula that produced an attainment figure (*rumus yang dipakai*)."""

    HIGHER = "higher", "Semakin tinggi semakin baik", "Higher is better"
    """R/T × 100%: higher is better."""
    LOWER_DIFFERENCE = "lower-difference", "Semakin rendah, selisih", "Lower is better, difference"
    """(2T − R)/T × 100%: lower is better."""
    LOWER_RATIO = "lower-ratio", "Semakin rendah, rasio", "Lower is better, ratio"
    """T/R × 100%: lower is better, the alternative."""
    RANGE = "range", "Rentang", "Range"
    """A range target: 100% within, else the bound passed is the target."""
    ZERO_TARGET = "zero-target", "Target nol", "Zero target"
    """A target of 0: 100% when met, 0% when missed."""
    QUALITATIVE = "qualitative", "Kualitatif", "Qualitative"
    """A qualitative target: 100% when achieved, 0% when not."""
    COMPARISON = "comparison", "Pembanding", "Comparison"
    """A threshold (``> 70``): 100% when met; else how far, against the bound, below 100%."""
    GRADE = "grade", "Predikat", "Grade"
    """A graded target (``>70/BB``): met in its grade or a better one; else as a threshold."""
    CHECK_MARK = "check-mark", "Tanda centang", "Check mark"
    """A ticked year (``√``): 100% when done, 0% when not."""

    @property
    def expression(self) -> str:
        """The formula as written in a report.

        >>> Formula.LOWER_DIFFERENCE.expression
        '(2T − R)/T × 100%'
        """
        return _EXPRESSIONS[self]


_EXPRESSIONS = {
    Formula.HIGHER: "R/T × 100%",
    Formula.LOWER_DIFFERENCE: "(2T − R)/T × 100%",
    Formula.LOWER_RATIO: "T/R × 100%",
    Formula.RANGE: "100% dalam rentang / within the range",
    Formula.ZERO_TARGET: "T = 0",
    Formula.QUALITATIVE: "tercapai 100% / achieved 100%",
    Formula.COMPARISON: "terpenuhi 100%; bila tidak, R/T dari batas, < 100% / met 100%; if not, "
    "R/T of the bound, < 100%",
    Formula.GRADE: "predikat tercapai 100%; bila tidak, R/T dari batas bawahnya / grade reached "
    "100%; if not, R/T of its lower end",
    Formula.CHECK_MARK: "terlaksana 100% / done 100%",
}

SHORT_OF_MET: Final = Fraction(9999, 100)
"""The highest attainment a target that is not met is shown at: 99,99%.

A threshold or grade not met is judged against its bound to say how far it fell
short; at the bound of a strict comparison (70 against ``> 70``) that figure is
100%, and a figure shown as 100% reads as met. So it is held here: the largest
figure, to two decimals, below 100%."""


def magnitude(value: NumericValue) -> Fraction:
    """The number of a numeric value, as an exact `Fraction`.

    >>> magnitude(Percentage(Decimal("79.30")))
    Fraction(793, 10)
    """
    return _fraction(value.magnitude)


@lru_cache(maxsize=8192)
def _fraction(number: Decimal) -> Fraction:
    """*number* as a fraction, kept: equal decimals (``79.3``, ``79.30``) give one fraction."""
    return Fraction(number)


Bounds: TypeAlias = tuple[Fraction, Fraction]


def _one_number(cell: NumericValue) -> Bounds:
    value = magnitude(cell)
    return value, value


def _two_ends(cell: Range) -> Bounds:
    return magnitude(cell.low), magnitude(cell.high)


def _in_words(cell: object) -> None:
    return None


def _grade_end(cell: Graded) -> Bounds:
    grade = _scored_grade(cell)
    if grade is None or grade.low is None:
        return _one_number(cell)
    low = Fraction(grade.low)
    return low, low


_BOUNDS: Final[dict[type, Callable[[Any], Bounds | None]]] = {
    **{kind.cls: _one_number for kind in VALUE_KINDS if kind.numeric},
    Graded: _grade_end,
    Range: _two_ends,
    CheckMark: _in_words,
    Qualitative: _in_words,
    NotAvailable: _in_words,
    NoTarget: _in_words,
}
"""What each kind of target cell expects in numbers: its lowest and highest value.

A numeric kind expects its own number (a threshold its bound, a graded score the
lower end of its grade, where its scale is known); a range its two ends. A
qualitative target and a tick are judged in words (``None``), and ``-`` and
``NA`` expect nothing.
"""


def _scored_grade(cell: Graded) -> Grade | None:
    """The grade of a graded cell on its scale, if the scale is known."""
    grade = cell.stated_grade
    return grade if grade is not None and grade.low is not None else None


def bounds(cell: TargetValue) -> Bounds | None:
    """The lowest and highest value *cell* expects, or ``None`` if it is judged in words.

    >>> bounds(Percentage(35))
    (Fraction(35, 1), Fraction(35, 1))
    """
    return _BOUNDS[type(cell)](cell)


@final
@attrs.frozen(kw_only=True)
class Expected:
    """Expected value (*nilai yang diharapkan*): the target a realised value is judged against.

    The year's target cell, pro-rated while the year runs (see
    `rbroadmap.attainment.periods`): what is expected by ``as_of``.

    Attributes:
        cell: The year's target cell, as written.
        low: The expected number (the lower end, for a range), or ``None`` for
            a qualitative target.
        high: The upper end for a range; equal to *low* for a single number.
        share: The share of the year elapsed (1 for a complete year).
        start: The value pro-rated from, or ``None`` if not pro-rated.
        explanation: How the expected value was derived, if pro-rated.
        origin: Where the year starts while it runs (a `StartPoint`: the last
            stated target, a baseline, zero, or the year's own target held in
            full), or ``None`` for a complete year and for a quarter whose
            target the road map states (`rbroadmap.attainment.quarters`).

    >>> Expected.point(Percentage(35)).low
    Fraction(35, 1)
    """

    cell: TargetValue
    low: Fraction | None
    high: Fraction | None
    share: Fraction = Fraction(1)
    start: Fraction | None = None
    explanation: Message | None = None
    origin: StartPoint | None = None

    @classmethod
    def point(cls, cell: TargetValue) -> Expected:
        """The whole target of *cell*, not pro-rated."""
        found = bounds(cell)
        if found is None:
            return cls(cell=cell, low=None, high=None)
        return cls(cell=cell, low=found[0], high=found[1])

    @property
    def is_range(self) -> bool:
        """Whether the expected value is a range rather than one number."""
        return self.low is not None and self.high is not None and self.low != self.high

    @property
    def text(self) -> str:
        """The expected value in Indonesian notation: ``30``, ``70-80``, ``> 70`` or the cell.

        >>> Expected.point(Percentage(35)).text
        '35'
        """
        return self.written("id")

    def written(self, lang: Lang) -> str:
        """The expected value with its numbers in the notation of *lang*.

        >>> Expected.point(Percentage(Decimal("35.5"))).written("en")
        '35.5'
        """
        if self.low is None or self.high is None:
            return format_value(self.cell, lang=lang)
        if self.low == self.high:
            condition = _condition(self.cell)
            if condition is not None:
                return f"{condition.comparison.symbol} {num(self.low, lang)}"
            return num(self.low, lang)
        return f"{num(self.low, lang)}-{num(self.high, lang)}"


@final
@attrs.frozen(kw_only=True)
class Outcome:
    """Outcome (*hasil penilaian*) of one formula: an attainment in percent.

    Attributes:
        exact: The attainment in percent, exactly, after the floor at 0 and the
            cap; ``None`` when it is undefined (see *explanation*).
        raw: The formula's value before the floor and the cap, if defined.
        formula: The formula used.
        explanation: The formula with its inputs and result, in both languages.
    """

    exact: Fraction | None
    raw: Fraction | None
    formula: Formula
    _explanation: _lazy.Explanation = attrs.field(
        alias="explanation", eq=_lazy.message, repr=_lazy.show
    )

    @property
    def explanation(self) -> Message:
        """The formula with its inputs and result, in both languages."""
        return _lazy.read(self, "_explanation")

    __repr__ = _lazy.lazy_repr

    @property
    def percent(self) -> Decimal | None:
        """The attainment rounded half up to two decimals, or ``None``.

        >>> judge(Expected.point(Percentage(3)), Percentage(2)).percent
        Decimal('66.67')
        """
        return None if self.exact is None else round_half_up(self.exact)


def _direction_text(direction: Direction) -> Message:
    """The direction within a sentence: ``"higher is better"``."""
    label = direction.label
    return Message(label.indonesian.lower(), label.english.lower())


def _point(
    target: Fraction, realised: Fraction, direction: Direction, lower: LowerIsBetter
) -> tuple[Fraction | None, Formula, Message]:
    """The formula for one target number: its raw value, name and working."""
    t, r = num(target), num(realised)
    t_en, r_en = num(target, "en"), num(realised, "en")
    if target == 0:
        met = realised >= 0 if direction is Direction.HIGHER else realised <= 0
        if direction is Direction.HIGHER and met:
            return (
                HUNDRED,
                Formula.ZERO_TARGET,
                Message(
                    f"target 0 tidak meminta apa pun; R = {r} memenuhinya = 100,00%",
                    f"a target of 0 asks for nothing; R = {r_en} meets it = 100.00%",
                ),
            )
        if direction is Direction.HIGHER:
            return (
                Fraction(0),
                Formula.ZERO_TARGET,
                Message(
                    f"R = {r} di bawah target 0: tidak terpenuhi = 0,00%",
                    f"R = {r_en} falls below a target of 0: missed = 0.00%",
                ),
            )
        if realised == 0:
            return (
                HUNDRED,
                Formula.ZERO_TARGET,
                Message(
                    "target 0 dan R = 0: terpenuhi = 100,00%", "R = 0 meets a target of 0 = 100.00%"
                ),
            )
        if met:
            return (
                HUNDRED,
                Formula.ZERO_TARGET,
                Message(
                    f"R = {r} di bawah target 0: terpenuhi = 100,00%",
                    f"R = {r_en} stays below a target of 0: met = 100.00%",
                ),
            )
        return (
            Fraction(0),
            Formula.ZERO_TARGET,
            Message(
                f"R = {r} melampaui target 0: tidak terpenuhi = 0,00%",
                f"R = {r_en} exceeds a target of 0: missed = 0.00%",
            ),
        )
    if direction is Direction.HIGHER:
        value = realised / target * HUNDRED
        work = Message(
            f"R/T × 100% = {r}/{t} × 100% = {pct(value)}",
            f"R/T × 100% = {r_en}/{t_en} × 100% = {pct(value, 'en')}",
        )
        return value, Formula.HIGHER, work
    if lower is LowerIsBetter.DIFFERENCE:
        value = (2 * target - realised) / target * HUNDRED
        work = Message(
            f"(2T − R)/T × 100% = (2 × {t} − {r})/{t} × 100% = {pct(value)}",
            f"(2T − R)/T × 100% = (2 × {t_en} − {r_en})/{t_en} × 100% = {pct(value, 'en')}",
        )
        return value, Formula.LOWER_DIFFERENCE, work
    if realised <= 0:
        return (
            None,
            Formula.LOWER_RATIO,
            Message(
                f"T/R × 100% tidak terdefinisi untuk R = {r} (T = {t})",
                f"T/R × 100% is undefined for R = {r_en} (T = {t_en})",
            ),
        )
    value = target / realised * HUNDRED
    work = Message(
        f"T/R × 100% = {t}/{r} × 100% = {pct(value)}",
        f"T/R × 100% = {t_en}/{r_en} × 100% = {pct(value, 'en')}",
    )
    return value, Formula.LOWER_RATIO, work


def _achieved(cell: TargetValue, value: RealizedValue) -> bool:
    if isinstance(value, Verdict):
        return value is Verdict.ACHIEVED
    if not isinstance(value, Qualitative) or not isinstance(cell, Qualitative):
        return False
    if name_key(value.text) == name_key(cell.text):
        return True
    scale = _scale_of_both(cell.text, value.text)
    return scale is not None and scale.at_least(value.text, cell.text)


def _scale_of_both(target: str, realised: str) -> Scale | None:
    """The first scale on which both texts name a grade, if any (BPK: ``WTP``, ``WDP``)."""
    for scale in SCALES.values():
        if scale.find(target) is not None and scale.find(realised) is not None:
            return scale
    return None


@final
@attrs.frozen
class _Condition:
    """What a threshold or a graded cell asks: a comparison with its bound, maybe a grade."""

    comparison: Comparison
    grade: Grade | None = None
    scale: Scale | None = None


def _condition(cell: TargetValue) -> _Condition | None:
    """The condition *cell* states, or ``None`` for a target of one number or a range."""
    if isinstance(cell, Threshold):
        return _Condition(cell.comparison)
    if isinstance(cell, Graded):
        grade = _scored_grade(cell)
        if grade is not None:
            comparison = Comparison.MORE_THAN if grade.low_open else Comparison.AT_LEAST
            return _Condition(comparison, grade, cell.on_scale)
        if isinstance(cell.score, Threshold):
            return _Condition(cell.score.comparison)
    return None


def _judge_check_mark(realised: RealizedValue, cap: Decimal | None) -> Outcome:
    done = realised is Verdict.ACHIEVED
    raw = HUNDRED if done else Fraction(0)
    message = Message(
        f"tanda centang: {'terlaksana' if done else 'tidak terlaksana'} = {pct(raw)}",
        f"check mark: {'done' if done else 'not done'} = {pct(raw, 'en')}",
    )
    return _limit(raw, Formula.CHECK_MARK, message, cap)


def _judge_condition(
    expected: Expected,
    realised: Fraction,
    condition: _Condition,
    *,
    lower: LowerIsBetter,
    cap: Decimal | None,
) -> Outcome:
    """Judge a realised number against a threshold or a grade: met, or how far short."""
    assert expected.low is not None  # a condition has a bound
    bound, comparison = expected.low, condition.comparison
    sign, t, r = comparison.symbol, num(bound), num(realised)
    t_en, r_en = num(bound, "en"), num(realised, "en")
    formula = Formula.COMPARISON if condition.grade is None else Formula.GRADE
    if condition.grade is not None and condition.scale is not None:
        grade = condition.grade
        what = Message(
            f"predikat {grade.code} ({condition.scale.code} {grade.printed}, yaitu {sign} {t})",
            f"grade {grade.code} ({condition.scale.code} {grade.printed_in('en')}, "
            f"that is {sign} {t_en})",
        )
        reached = _grade_reached(condition.scale, realised)
        if reached is not None:
            r_id, r_en = f"{r} ({reached.code})", f"{r_en} ({reached.code})"
        else:
            r_id = r
    else:
        what = Message(f"ambang {sign} {t}", f"threshold {sign} {t_en}")
        r_id = r
    if comparison.holds(realised, bound):
        work = Message(
            f"{what.indonesian}: R = {r_id} memenuhinya = 100,00%",
            f"{what.english}: R = {r_en} meets it = 100.00%",
        )
        return _limit(HUNDRED, formula, work, cap)
    direction = Direction.LOWER if comparison.upper else Direction.HIGHER
    if bound < 0:
        return _negative_target(bound, formula, _direction_text(direction))
    raw, _, inner = _point(bound, realised, direction, lower)
    work = Message(
        f"{what.indonesian}: R = {r_id} tidak memenuhinya; seberapa jauh terhadap batasnya: "
        f"{inner.indonesian}",
        f"{what.english}: R = {r_en} does not meet it; how far, against the bound: {inner.english}",
    )
    outcome = _limit(raw, formula, work, cap)
    if outcome.exact is None or outcome.exact <= SHORT_OF_MET:
        return outcome
    return Outcome(
        exact=SHORT_OF_MET,
        raw=outcome.raw,
        formula=formula,
        explanation=Message(
            f"{outcome.explanation.indonesian} → {pct(SHORT_OF_MET)} (tidak terpenuhi: di "
            "bawah 100%)",
            f"{outcome.explanation.english} → {pct(SHORT_OF_MET, 'en')} (not met: held below 100%)",
        ),
    )


def _grade_reached(scale: Scale, realised: Fraction) -> Grade | None:
    """The grade *realised* earns on *scale*, when it is exact and on the scale."""
    number = exact_decimal(realised)
    if number is None:
        return None
    try:
        return scale.classify(number)
    except ScaleError:
        return None


def judge(
    expected: Expected,
    realised: RealizedValue,
    *,
    direction: Direction = Direction.HIGHER,
    lower: LowerIsBetter = LowerIsBetter.DIFFERENCE,
    cap: Decimal | None = None,
) -> Outcome:
    """Judge *realised* against *expected*: the attainment in percent, with its working.

    The kinds are assumed to match (see
    `rbroadmap.attainment.realizations.compatible`).

    Args:
        expected: The expected value.
        realised: The realised value.
        direction: Whether higher or lower values are better.
        lower: The formula for lower-is-better targets.
        cap: The highest attainment reported, in percent, or ``None``.

    >>> from rbroadmap.schedule import Direction, LowerIsBetter
    >>> judge(Expected.point(Percentage(50)), Percentage(40),
    ...       direction=Direction.LOWER).explanation.english
    'lower is better: (2T − R)/T × 100% = (2 × 50 − 40)/50 × 100% = 120.00%'
    >>> judge(Expected.point(Percentage(50)), Percentage(40), direction=Direction.LOWER,
    ...       lower=LowerIsBetter.RATIO, cap=Decimal(120)).percent
    Decimal('120.00')
    """
    if isinstance(expected.cell, CheckMark):
        return _judge_check_mark(realised, cap)
    if isinstance(expected.cell, Qualitative) or isinstance(realised, Verdict | Qualitative):
        achieved = _achieved(expected.cell, realised)
        shown = realised.label if isinstance(realised, Verdict) else None
        r_id = shown.indonesian if shown else format_value(realised)  # type: ignore[arg-type]
        r_en = shown.english if shown else format_value(realised, lang="en")  # type: ignore[arg-type]
        target = format_value(expected.cell) if not isinstance(expected.cell, NoTarget) else "-"
        target_en = (
            format_value(expected.cell, lang="en")
            if not isinstance(expected.cell, NoTarget)
            else "-"
        )
        raw = HUNDRED if achieved else Fraction(0)
        message = Message(
            f"kualitatif: realisasi {r_id!r} untuk target {target!r}: "
            f"{'tercapai' if achieved else 'tidak tercapai'} = {pct(raw)}",
            f"qualitative: {r_en!r} against the target {target_en!r}: "
            f"{'achieved' if achieved else 'not achieved'} = {pct(raw, 'en')}",
        )
        return _limit(raw, Formula.QUALITATIVE, message, cap)
    return judge_number(expected, magnitude(realised), direction=direction, lower=lower, cap=cap)


def judge_number(
    expected: Expected,
    realised: Fraction,
    *,
    direction: Direction = Direction.HIGHER,
    lower: LowerIsBetter = LowerIsBetter.DIFFERENCE,
    cap: Decimal | None = None,
) -> Outcome:
    """Judge a realised number against a numeric *expected* value (see `judge`).

    >>> from fractions import Fraction
    >>> judge_number(Expected.point(Percentage(80)), Fraction(60)).exact
    Fraction(75, 1)
    """
    if expected.low is None or expected.high is None:
        msg = "judge_number needs a numeric expected value"
        raise ValueError(msg)
    condition = _condition(expected.cell)
    if condition is not None:
        return _judge_condition(expected, realised, condition, lower=lower, cap=cap)
    sense = _direction_text(direction)
    r = realised
    low, high = expected.low, expected.high
    if low == high:
        if low < 0:
            return _negative_target(low, _POINT_FORMULAS[(direction, lower)], sense)
        raw_value, formula, work = _point(low, r, direction, lower)
        work = work.prefixed(sense.indonesian + ": ", sense.english + ": ")
        return _limit(raw_value, formula, work, cap)
    span = f"{num(low)}-{num(high)}"
    span_en = f"{num(low, 'en')}-{num(high, 'en')}"
    if low <= r <= high:
        work = Message(
            f"target rentang: R = {num(r)} dalam rentang {span} = 100,00%",
            f"range target: R = {num(r, 'en')} lies within {span_en} = 100.00%",
        )
        return _limit(HUNDRED, Formula.RANGE, work, cap)
    above = r > high
    bound = high if above else low
    if bound < 0:
        return _negative_target(bound, Formula.RANGE, sense)
    raw_value, _, inner = _point(bound, r, direction, lower)
    if above:
        where = Message(
            f"di atas rentang {span}: T = batas atas {num(high)}",
            f"above the range {span_en}: T = the upper end {num(high, 'en')}",
        )
    else:
        where = Message(
            f"di bawah rentang {span}: T = batas bawah {num(low)}",
            f"below the range {span_en}: T = the lower end {num(low, 'en')}",
        )
    work = Message(
        f"target rentang, {sense.indonesian}: R = {num(r)} {where.indonesian}; {inner.indonesian}",
        f"range target, {sense.english}: R = {num(r, 'en')} lies {where.english}; {inner.english}",
    )
    return _limit(raw_value, Formula.RANGE, work, cap)


_POINT_FORMULAS: Final = {
    (Direction.HIGHER, LowerIsBetter.DIFFERENCE): Formula.HIGHER,
    (Direction.HIGHER, LowerIsBetter.RATIO): Formula.HIGHER,
    (Direction.LOWER, LowerIsBetter.DIFFERENCE): Formula.LOWER_DIFFERENCE,
    (Direction.LOWER, LowerIsBetter.RATIO): Formula.LOWER_RATIO,
}


def _negative_target(target: Fraction, formula: Formula, sense: Message) -> Outcome:
    """A negative target: no formula means anything, so the attainment is undefined.

    R/T, (2T − R)/T and T/R turn their meaning round when T < 0: R = −25 against
    T = −50, higher being better, would show 50% for a value better than its target.
    No cap applies: the value is not better than any ratio, it is not judged.
    """
    t = num(target)
    return Outcome(
        exact=None,
        raw=None,
        formula=formula,
        explanation=Message(
            f"{sense.indonesian}: {formula.expression} tidak terdefinisi untuk target negatif "
            f"(T = {t})",
            f"{sense.english}: {formula.expression} is undefined for a negative target "
            f"(T = {num(target, 'en')})",
        ),
    )


def _limit(raw: Fraction | None, formula: Formula, work: Message, cap: Decimal | None) -> Outcome:
    """Apply the floor at 0 and the cap to *raw*, and say so."""
    if raw is None:
        if cap is None:
            return Outcome(exact=None, raw=None, formula=formula, explanation=work)
        limit = Fraction(cap)
        return Outcome(
            exact=limit,
            raw=None,
            formula=formula,
            explanation=Message(
                f"{work.indonesian}; dibatasi {pct(limit)}",
                f"{work.english}; capped at {pct(limit, 'en')}",
            ),
        )
    exact = raw
    id_text, en_text = work.indonesian, work.english
    if exact < 0:
        exact = Fraction(0)
        id_text += " → 0,00% (batas bawah 0)"
        en_text += " → 0.00% (floored at 0)"
    if cap is not None and exact > Fraction(cap):
        exact = Fraction(cap)
        id_text += f" → {pct(exact)} (dibatasi {pct(exact)})"
        en_text += f" → {pct(exact, 'en')} (capped at {pct(exact, 'en')})"
    return Outcome(exact=exact, raw=raw, formula=formula, explanation=Message(id_text, en_text))


_Figure: TypeAlias = tuple[Fraction | None, Fraction | None, Formula]
"""The exact figure, the raw value and the formula of a target judged in whole numbers."""

_Judge: TypeAlias = Callable[..., Outcome]
"""`judge` or `judge_number`: the judgement with its working."""


def _point_figure(
    expected: Expected,
    realised: RealizedValue,
    direction: Direction,
    lower: LowerIsBetter,
    cap: Decimal | None,
) -> _Figure | None:
    """The figures of `judge` for a positive target of one number, without the working.

    The exact, the raw value and the formula, the same fractions `judge` gives, in
    integer arithmetic; ``None`` for any other target (a range, a threshold, a grade,
    a target of 0 or below, a qualitative one), which `judge` itself judges.
    """
    low = expected.low
    if low is None or low <= 0 or low != expected.high:
        return None
    if isinstance(realised, Verdict | Qualitative) or isinstance(
        expected.cell, CheckMark | Qualitative
    ):
        return None
    return _number_figure(expected, magnitude(realised), direction, lower, cap)


def _number_figure(
    expected: Expected,
    r: Fraction,
    direction: Direction,
    lower: LowerIsBetter,
    cap: Decimal | None,
) -> _Figure | None:
    """The figures of `judge_number` for a positive target of one number (see `_point_figure`)."""
    low = expected.low
    if low is None or low <= 0 or low != expected.high:
        return None
    if _condition(expected.cell) is not None:
        return None
    tn, td, rn, rd = low.numerator, low.denominator, r.numerator, r.denominator
    raw: Fraction | None
    if direction is Direction.HIGHER:
        raw = Fraction(rn * td * 100, rd * tn)  # R/T × 100
        formula = Formula.HIGHER
    elif lower is LowerIsBetter.DIFFERENCE:
        raw = Fraction((2 * tn * rd - rn * td) * 100, rd * tn)  # (2T − R)/T × 100
        formula = Formula.LOWER_DIFFERENCE
    else:
        raw = None if r <= 0 else Fraction(tn * rd * 100, td * rn)  # T/R × 100
        formula = Formula.LOWER_RATIO
    if raw is None:
        return (None if cap is None else Fraction(cap)), None, formula
    exact = raw
    if exact < 0:
        exact = Fraction(0)
    if cap is not None and exact > Fraction(cap):
        exact = Fraction(cap)
    return exact, raw, formula


def _judged_lower(target: Target) -> bool:
    """Whether some cell of *target* is judged lower-is-better.

    Every cell is when its direction is lower; else each ceiling it states (``maks. 5
    hari``), whatever its direction.
    """
    if target.direction is Direction.LOWER:
        return True
    for _, cell in target.values:
        condition = _condition(cell)
        if condition is not None and condition.comparison.upper:
            return True
    return False


@final
@attrs.frozen(kw_only=True)
class TargetFormula:
    """The formula of one target (*rumus target*): direction, lower-is-better formula, cap.

    A target may choose its own lower-is-better formula and cap
    (`rbroadmap.Target.lower_is_better`, `rbroadmap.Target.cap`); what it does not
    choose, the report does (`rbroadmap.attain`'s ``lower_is_better`` and ``cap``).
    Every figure of the target is judged with it, and when the target chose, the
    explanation of each figure says so.

    A threshold states its own direction, and it wins over the target's: a ceiling
    (``maks. 5 hari``, ``< 10%``) is judged lower-is-better and a floor (``≥ 80%``)
    higher-is-better, whatever `direction` says (the rule RB213 reports a threshold
    against its target's direction). The formula a ceiling falls short by is this
    one's `lower_is_better`: the target's own where it chose one, else the report's.

    Attributes:
        direction: Whether higher or lower values are better.
        lower_is_better: The formula used when lower is better, and for every
            ceiling.
        cap: The highest attainment reported, in percent, or ``None``.
        own: What the target chose itself, in words, or ``None`` if nothing.

    >>> from rbroadmap.model import Target
    >>> target = Target.of(2018, "5 Kasus", direction=Direction.LOWER,
    ...                    lower_is_better=LowerIsBetter.RATIO, cap=120)
    >>> formula = TargetFormula.of(target)
    >>> outcome = formula.judge(Expected.point(target[2018]), Count(4, "Kasus"))
    >>> outcome.percent
    Decimal('120.00')
    >>> for part in outcome.explanation.english.split("; "):
    ...     print(part)
    this target's own formula: T/R × 100%, capped at 120.00%
    lower is better: T/R × 100% = 5/4 × 100% = 125.00% → 120.00% (capped at 120.00%)
    """

    direction: Direction = Direction.HIGHER
    lower_is_better: LowerIsBetter = LowerIsBetter.DIFFERENCE
    cap: Decimal | None = None
    own: Message | None = None

    @classmethod
    def of(
        cls,
        target: Target,
        *,
        lower_is_better: LowerIsBetter = LowerIsBetter.DIFFERENCE,
        cap: Decimal | None = None,
    ) -> TargetFormula:
        """The formula of *target*: its own choices, else *lower_is_better* and *cap*."""
        lower = lower_is_better if target.lower_is_better is None else target.lower_is_better
        limit = cap if target.cap is None else target.cap
        chosen: list[tuple[str, str]] = []
        if target.lower_is_better is not None and _judged_lower(target):
            expression = _POINT_FORMULAS[(Direction.LOWER, lower)].expression
            chosen.append((expression, expression))
        if target.cap is not None:
            shown = Fraction(target.cap)
            chosen.append((f"batas atas {pct(shown)}", f"capped at {pct(shown, 'en')}"))
        own = None
        if chosen:
            own = Message(
                "rumus target ini sendiri: " + ", ".join(i for i, _ in chosen),
                "this target's own formula: " + ", ".join(e for _, e in chosen),
            )
        return cls(direction=target.direction, lower_is_better=lower, cap=limit, own=own)

    def _named(self, outcome: Outcome) -> Outcome:
        if self.own is None:
            return outcome
        return attrs.evolve(
            outcome,
            explanation=outcome.explanation.prefixed(
                self.own.indonesian + "; ", self.own.english + "; "
            ),
        )

    def judge(self, expected: Expected, realised: RealizedValue) -> Outcome:
        """Judge *realised* against *expected* with this formula (see `judge`)."""
        figure = _point_figure(expected, realised, self.direction, self.lower_is_better, self.cap)
        return self._outcome(figure, judge, expected, realised)

    def judge_number(self, expected: Expected, realised: Fraction) -> Outcome:
        """Judge a realised number against *expected* with this formula (see `judge_number`)."""
        figure = _number_figure(expected, realised, self.direction, self.lower_is_better, self.cap)
        return self._outcome(figure, judge_number, expected, realised)

    def _outcome(
        self, figure: _Figure | None, rule: _Judge, expected: Expected, realised: Any
    ) -> Outcome:
        """The outcome of *figure*, its explanation written by *rule* when read.

        Without a figure found in whole numbers, what *rule* itself gives.
        """
        if figure is None:
            return self._judged(rule, expected, realised)
        exact, raw, formula = figure
        return Outcome(
            exact=exact,
            raw=raw,
            formula=formula,
            explanation=_lazy.Later(_explained, self, rule, expected, realised),
        )

    def _judged(self, rule: _Judge, expected: Expected, realised: Any) -> Outcome:
        return self._named(
            rule(
                expected,
                realised,
                direction=self.direction,
                lower=self.lower_is_better,
                cap=self.cap,
            )
        )


def _explained(formula: TargetFormula, rule: _Judge, expected: Expected, realised: Any) -> Message:
    """The explanation of a figure judged in whole numbers: *rule*'s, written when read."""
    return formula._judged(rule, expected, realised).explanation
