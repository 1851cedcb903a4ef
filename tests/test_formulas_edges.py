"""Attainment formulas at their edges: zero and negative targets, range ends, floor and cap.

`tests/test_attainment.py` checks each formula against a hand-computed example.
Here each boundary a formula turns on is tested on both sides: a realised
value just below, at and just above a zero target; a negative target, however
small; a realised value exactly at either end of a range; an attainment
exactly at the cap. Every figure goes through `rb.attain`, as an application
computes it, and the working shown to the reader is checked with it.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pendulum
import pytest

import rbroadmap as rb
from rbroadmap.attainment import Expected, Formula, Status
from rbroadmap.attainment.formulas import judge, judge_number, magnitude

D = Decimal
HIGHER = rb.Direction.HIGHER
LOWER = rb.Direction.LOWER
DIFFERENCE = rb.LowerIsBetter.DIFFERENCE
RATIO = rb.LowerIsBetter.RATIO


def attain(
    cell: str,
    realised: str,
    *,
    direction: rb.Direction = HIGHER,
    lower: rb.LowerIsBetter = DIFFERENCE,
    cap: int | None = None,
) -> rb.Attainment:
    """The 2018 row of a one-year target *cell* realised *realised*, at the end of 2018."""
    roadmap = rb.RoadMap(
        id="kota-x",
        government="Kota X",
        period=rb.Period(2018, 2022),
        areas=[
            rb.Area(
                id="organisasi",
                name="Penataan dan Penguatan Organisasi",
                actions=[
                    rb.Action(
                        id="a1",
                        text="Penataan tugas dan fungsi",
                        targets=rb.Target.of(2018, cell, direction=direction),
                    )
                ],
            )
        ],
    )
    report = rb.attain(
        roadmap,
        [rb.Realization.parse("a1", 2018, realised)],
        as_of=pendulum.date(2018, 12, 31),
        lower_is_better=lower,
        cap=cap,
    )
    return report.row("a1", 2018)


# -- a target of 0


@pytest.mark.parametrize(
    ("realised", "percent", "working"),
    [
        ("-0,5%", "100.00", "R = -0.5 stays below a target of 0: met = 100.00%"),
        ("-5%", "100.00", "R = -5 stays below a target of 0: met = 100.00%"),
        ("0%", "100.00", "R = 0 meets a target of 0 = 100.00%"),
        ("0,5%", "0.00", "R = 0.5 exceeds a target of 0: missed = 0.00%"),
        ("5%", "0.00", "R = 5 exceeds a target of 0: missed = 0.00%"),
    ],
)
@pytest.mark.parametrize("lower", [DIFFERENCE, RATIO])
def test_a_zero_target_lower_is_better_is_met_by_zero_or_less(
    realised: str, percent: str, working: str, lower: rb.LowerIsBetter
) -> None:
    row = attain("0%", realised, direction=LOWER, lower=lower)
    assert row.status is Status.JUDGED
    assert row.percent == D(percent)
    assert row.formula is Formula.ZERO_TARGET
    assert row.explanation.english == f"lower is better: {working}"


def test_a_zero_target_lower_is_better_explains_itself_in_indonesian() -> None:
    met = attain("0%", "-0,5%", direction=LOWER).explanation.indonesian
    assert met == "semakin rendah semakin baik: R = -0,5 di bawah target 0: terpenuhi = 100,00%"
    zero = attain("0%", "0%", direction=LOWER).explanation.indonesian
    assert zero == "semakin rendah semakin baik: target 0 dan R = 0: terpenuhi = 100,00%"
    missed = attain("0%", "0,5%", direction=LOWER).explanation.indonesian
    assert missed == (
        "semakin rendah semakin baik: R = 0,5 melampaui target 0: tidak terpenuhi = 0,00%"
    )


@pytest.mark.parametrize(
    ("realised", "percent", "working"),
    [
        ("-0,5%", "0.00", "R = -0.5 falls below a target of 0: missed = 0.00%"),
        ("0%", "100.00", "a target of 0 asks for nothing; R = 0 meets it = 100.00%"),
        ("0,5%", "100.00", "a target of 0 asks for nothing; R = 0.5 meets it = 100.00%"),
    ],
)
def test_a_zero_target_higher_is_better_is_missed_only_below_zero(
    realised: str, percent: str, working: str
) -> None:
    row = attain("0%", realised)
    assert row.percent == D(percent)
    assert row.formula is Formula.ZERO_TARGET
    assert row.explanation.english == f"higher is better: {working}"


def test_a_zero_target_is_met_or_missed_whatever_the_cap() -> None:
    assert attain("0%", "0%", cap=120).percent == D("100.00")
    assert attain("0%", "-1%", cap=120).percent == D("0.00")


# -- negative targets


@pytest.mark.parametrize("cell", ["-0,5%", "-5%", "IKM -0,5"])
@pytest.mark.parametrize(
    ("direction", "lower", "formula", "expression"),
    [
        (HIGHER, DIFFERENCE, Formula.HIGHER, "R/T × 100%"),
        (HIGHER, RATIO, Formula.HIGHER, "R/T × 100%"),
        (LOWER, DIFFERENCE, Formula.LOWER_DIFFERENCE, "(2T − R)/T × 100%"),
        (LOWER, RATIO, Formula.LOWER_RATIO, "T/R × 100%"),
    ],
)
def test_a_negative_target_however_small_is_undefined(
    cell: str,
    direction: rb.Direction,
    lower: rb.LowerIsBetter,
    formula: Formula,
    expression: str,
) -> None:
    realised = "IKM -1" if cell.startswith("IKM") else "-1%"
    row = attain(cell, realised, direction=direction, lower=lower, cap=150)
    assert row.status is Status.UNDEFINED
    assert (row.exact, row.percent) == (None, None)
    assert row.formula is formula
    assert formula.expression == expression
    shown = cell.removeprefix("IKM ").removesuffix("%")
    assert row.explanation.english.endswith(
        f"{expression} is undefined for a negative target (T = {shown.replace(',', '.')})"
    )
    assert row.explanation.indonesian.endswith(
        f"{expression} tidak terdefinisi untuk target negatif (T = {shown})"
    )


def test_a_range_with_a_negative_end_beyond_the_realised_value_is_undefined() -> None:
    below = attain("-0,5-10%", "-1%")
    assert below.status is Status.UNDEFINED
    assert below.formula is Formula.RANGE
    assert "undefined for a negative target (T = -0.5)" in below.explanation.english
    # Within the range, or beyond its positive end, the figure is defined.
    assert attain("-0,5-10%", "-0,5%").percent == D("100.00")
    assert attain("-0,5-10%", "12%").percent == D("120.00")


# -- ranges: the ends belong to the range


@pytest.mark.parametrize("direction", [HIGHER, LOWER])
@pytest.mark.parametrize("realised", ["70%", "75%", "80%"])
def test_both_ends_of_a_range_lie_within_it(direction: rb.Direction, realised: str) -> None:
    row = attain("70-80%", realised, direction=direction)
    assert row.percent == D("100.00")
    assert row.formula is Formula.RANGE
    r = realised.removesuffix("%")
    assert row.explanation.english == f"range target: R = {r} lies within 70-80 = 100.00%"


def test_just_outside_a_range_the_nearer_end_is_the_target() -> None:
    above = attain("70-80%", "80,5%")
    assert above.exact == Fraction(805, 8)  # 80,5/80
    assert above.explanation.english == (
        "range target, higher is better: R = 80.5 lies above the range 70-80: "
        "T = the upper end 80; R/T × 100% = 80.5/80 × 100% = 100.63%"
    )
    assert above.explanation.indonesian == (
        "target rentang, semakin tinggi semakin baik: R = 80,5 di atas rentang 70-80: "
        "T = batas atas 80; R/T × 100% = 80,5/80 × 100% = 100,63%"
    )
    below = attain("70-80%", "69,5%", direction=LOWER)
    assert below.exact == Fraction(1410, 14)  # (140 - 69,5)/70
    assert below.explanation.indonesian == (
        "target rentang, semakin rendah semakin baik: R = 69,5 di bawah rentang 70-80: "
        "T = batas bawah 70; (2T − R)/T × 100% = (2 × 70 − 69,5)/70 × 100% = 100,71%"
    )


def test_a_range_target_of_zero_to_a_number() -> None:
    assert attain("0-10%", "0%").percent == D("100.00")
    assert attain("0-10%", "-1%").percent == D("0.00")  # below 0, higher being better
    assert attain("0-10%", "-1%", direction=LOWER).percent == D("100.00")


# -- the floor at 0 and the cap


def test_the_floor_applies_below_zero_only() -> None:
    at_zero = attain("50%", "100%", direction=LOWER)  # (100 - 100)/50 = 0
    assert at_zero.exact == 0
    assert "floored" not in at_zero.explanation.english
    below = attain("50%", "100,5%", direction=LOWER)
    assert below.exact == 0
    assert below.explanation.english.endswith(" = -1.00% → 0.00% (floored at 0)")
    assert below.explanation.indonesian.endswith(" = -1,00% → 0,00% (batas bawah 0)")


def test_the_cap_applies_above_it_only() -> None:
    at_cap = attain("80%", "96%", cap=120)  # 96/80 = 120%
    assert at_cap.exact == 120
    assert "capped" not in at_cap.explanation.english
    above = attain("80%", "96,8%", cap=120)  # 121%
    assert above.exact == 120
    assert above.explanation.english.endswith(" = 121.00% → 120.00% (capped at 120.00%)")
    assert above.explanation.indonesian.endswith(" = 121,00% → 120,00% (dibatasi 120,00%)")


def test_a_ratio_undefined_for_a_realised_zero_takes_the_cap() -> None:
    row = attain("5%", "0%", direction=LOWER, lower=RATIO, cap=150)
    assert row.exact == 150
    assert row.explanation.english == (
        "lower is better: T/R × 100% is undefined for R = 0 (T = 5); capped at 150.00%"
    )
    assert row.explanation.indonesian == (
        "semakin rendah semakin baik: T/R × 100% tidak terdefinisi untuk R = 0 (T = 5); "
        "dibatasi 150,00%"
    )


# -- the pieces applications call directly


def test_an_expected_value_is_a_number_a_range_or_a_cell() -> None:
    point = Expected.point(rb.Percentage(35))
    assert (point.low, point.high, point.is_range, point.text) == (35, 35, False, "35")
    span = Expected.point(rb.Range(rb.Percentage(70), rb.Percentage(80)))
    assert (span.low, span.high, span.is_range, span.text) == (70, 80, True, "70-80")
    text = Expected.point(rb.Qualitative("WTP"))
    assert (text.low, text.high, text.is_range, text.text) == (None, None, False, "WTP")
    level = Expected.point(rb.Level(3))
    assert (level.low, level.text) == (3, "3")


def test_magnitude_is_exact() -> None:
    assert magnitude(rb.Percentage(D("79.30"))) == Fraction(793, 10)
    assert magnitude(rb.Count(39, "OPD")) == 39


def test_judge_number_needs_a_number() -> None:
    with pytest.raises(ValueError, match="numeric expected value"):
        judge_number(Expected.point(rb.Qualitative("WTP")), Fraction(1))


@pytest.mark.parametrize(
    ("realised", "exact"),
    [(rb.Qualitative("WTP"), 100), (rb.Qualitative("WDP"), 0), (rb.Verdict.NOT_ACHIEVED, 0)],
)
def test_a_qualitative_judgement_is_all_or_nothing(realised: object, exact: int) -> None:
    outcome = judge(Expected.point(rb.Qualitative("WTP")), realised, cap=D(90))  # type: ignore[arg-type]
    assert outcome.formula is Formula.QUALITATIVE
    assert outcome.exact == min(exact, 90)
    assert outcome.raw == exact


def test_a_pro_rated_number_is_still_one_number() -> None:
    roadmap = rb.RoadMap(
        id="kota-x",
        government="Kota X",
        period=rb.Period(2018, 2022),
        areas=[
            rb.Area(
                id="organisasi",
                name="Penataan dan Penguatan Organisasi",
                actions=[
                    rb.Action(
                        id="a1",
                        text="Penataan tugas dan fungsi",
                        targets=rb.Target.of(2018, "25%", "35%", "60%"),
                    )
                ],
            )
        ],
    )
    report = rb.attain(
        roadmap,
        [rb.Realization.parse("a1", 2020, "38%", quarter=2)],
        as_of=pendulum.date(2020, 6, 30),
    )
    expected = report.row("a1", 2020).expected
    assert expected is not None
    assert expected.low == expected.high == Fraction(95, 2)
    assert not expected.is_range
    assert expected.text == "47,5"
    assert expected.share == Fraction(1, 2)
    assert Expected.point(rb.Percentage(35)).share == 1


def test_expected_values_and_outcomes_are_built_by_keyword() -> None:
    with pytest.raises(TypeError):
        Expected(rb.Percentage(35), Fraction(35), Fraction(35))  # type: ignore[misc]
    outcome = judge(Expected.point(rb.Percentage(80)), rb.Percentage(60))
    with pytest.raises(TypeError):
        type(outcome)(outcome.exact, outcome.raw, outcome.formula, outcome.explanation)  # type: ignore[misc]


def test_a_ratio_is_undefined_for_a_realised_value_below_zero() -> None:
    # -1% beats a ceiling of 5%: T/R = -500% would read as missed.
    row = attain("5%", "-1%", direction=LOWER, lower=RATIO)
    assert row.status is Status.UNDEFINED
    assert (row.exact, row.percent) == (None, None)
    assert row.explanation.english == "lower is better: T/R × 100% is undefined for R = -1 (T = 5)"
    assert row.explanation.indonesian == (
        "semakin rendah semakin baik: T/R × 100% tidak terdefinisi untuk R = -1 (T = 5)"
    )
    assert attain("5%", "-1%", direction=LOWER, lower=RATIO, cap=150).percent == D("150.00")
    assert attain("5%", "-1%", direction=LOWER).percent == D("220.00")  # (10 + 1)/5
    assert attain("5%", "0,5%", direction=LOWER, lower=RATIO).percent == D("1000.00")


def test_a_qualitative_target_is_achieved_only_by_its_own_text() -> None:
    assert attain("WTP", "wtp").percent == D("100.00")
    assert attain("WTP", "WTP dengan pengecualian").percent == D("0.00")
    assert attain("Tersedia", "Belum tersedia").percent == D("0.00")
