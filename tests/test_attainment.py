"""Attainment per target and year: every formula against a hand-computed example
to two decimals, zero targets, caps and floors, pro-rating and as_of."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pendulum
import pytest

import rbroadmap as rb
from rbroadmap.attainment import Formula, Status

D = Decimal
R = rb.Realization.parse
END_2020 = pendulum.date(2020, 12, 31)


def roadmap(*cells: str, direction: rb.Direction = rb.Direction.HIGHER) -> rb.RoadMap:
    """A road map with one target ``a1`` whose cells start in 2018."""
    return rb.RoadMap(
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
                        targets=rb.Target.of(2018, *cells, direction=direction),
                        budget=150_000_000,
                    )
                ],
            )
        ],
    )


def one(
    cell: str,
    realised: str,
    *,
    direction: rb.Direction = rb.Direction.HIGHER,
    **options: object,
) -> rb.Attainment:
    """The 2018 row of a one-year target *cell*, realised *realised*, as of the end of 2018."""
    report = rb.attain(
        roadmap(cell, direction=direction),
        [R("a1", 2018, realised)],
        as_of=pendulum.date(2018, 12, 31),
        **options,  # type: ignore[arg-type]
    )
    return report.row("a1", 2018)


# -- the formulas, by hand


def test_higher_is_better_r_over_t() -> None:
    row = one("80%", "60%")
    assert row.percent == D("75.00")
    assert row.formula is Formula.HIGHER
    assert row.explanation.english == "higher is better: R/T × 100% = 60/80 × 100% = 75.00%"
    assert row.explanation.indonesian.startswith("semakin tinggi semakin baik: R/T × 100%")


def test_higher_is_better_rounds_half_up_and_keeps_the_exact_value() -> None:
    row = one("3 Unit", "2 Unit")
    assert row.exact == Fraction(200, 3)
    assert row.percent == D("66.67")
    assert one("IRB 70", "IRB 65,5").percent == D("93.57")  # 6550/70 = 93,571...


LOWER = rb.Direction.LOWER


@pytest.mark.parametrize(
    ("target", "realised", "expected"),
    [
        ("50%", "40%", "120.00"),  # (100 - 40)/50
        ("50%", "60%", "80.00"),  # (100 - 60)/50
        ("50%", "50%", "100.00"),
        ("12 Kasus", "15 Kasus", "75.00"),  # (24 - 15)/12
    ],
)
def test_lower_is_better_difference(target: str, realised: str, expected: str) -> None:
    row = one(target, realised, direction=LOWER)
    assert row.percent == D(expected)
    assert row.formula is Formula.LOWER_DIFFERENCE


def test_lower_is_better_difference_explains_itself() -> None:
    row = one("50%", "40%", direction=LOWER)
    assert row.explanation.english == (
        "lower is better: (2T − R)/T × 100% = (2 × 50 − 40)/50 × 100% = 120.00%"
    )


@pytest.mark.parametrize(
    ("target", "realised", "expected"),
    [("50%", "40%", "125.00"), ("50%", "60%", "83.33"), ("12 Kasus", "15 Kasus", "80.00")],
)
def test_lower_is_better_ratio(target: str, realised: str, expected: str) -> None:
    row = one(target, realised, direction=LOWER, lower_is_better=rb.LowerIsBetter.RATIO)
    assert row.percent == D(expected)
    assert row.formula is Formula.LOWER_RATIO
    assert "T/R × 100%" in row.explanation.english


def test_the_floor_is_zero() -> None:
    row = one("50%", "120%", direction=LOWER)  # (100 - 120)/50 = -40%
    assert row.exact == 0
    assert row.percent == D("0.00")
    assert "floored at 0" in row.explanation.english
    assert "-40.00%" in row.explanation.english


def test_no_cap_by_default_and_a_cap_when_asked() -> None:
    assert one("80%", "104%").percent == D("130.00")
    capped = one("80%", "104%", cap=120)
    assert capped.percent == D("120.00")
    assert "capped at 120.00%" in capped.explanation.english


@pytest.mark.parametrize(
    ("target", "realised", "expected"),
    [
        ("70-80%", "75%", "100.00"),  # within
        ("70-80%", "70%", "100.00"),  # at the lower end
        ("70-80%", "92%", "115.00"),  # above: 92/80
        ("70-80%", "56%", "80.00"),  # below: 56/70
        ("IRB 70-75", "IRB 77", "102.67"),  # 77/75
    ],
)
def test_range_targets_higher_is_better(target: str, realised: str, expected: str) -> None:
    row = one(target, realised)
    assert row.percent == D(expected)
    assert row.formula is Formula.RANGE


def test_range_targets_lower_is_better() -> None:
    # PermenPAN-RB 8/2021's own examples: a target of 7-8 months; 6,5 gives 107%, 9 gives 87,5%
    below = one("7-8%", "6,5%", direction=LOWER)
    assert below.percent == D("107.14")  # (2 × 7 - 6,5)/7, T = the lower end
    assert "T = the lower end 7" in below.explanation.english
    above = one("7-8 Bulan", "9 Bulan", direction=LOWER)
    assert above.percent == D("87.50")  # (2 × 8 - 9)/8, T = the upper end
    assert "T = the upper end 8" in above.explanation.english
    assert one("7-8 Bulan", "8 Bulan", direction=LOWER).percent == D("100.00")


# -- zero targets and zero realised values


def test_a_realised_zero_is_zero_not_missing() -> None:
    row = one("35%", "0%")
    assert row.status is Status.JUDGED
    assert row.percent == D("0.00")


@pytest.mark.parametrize("realised", ["0%", "5%"])
def test_a_zero_target_higher_is_better_is_met(realised: str) -> None:
    row = one("0%", realised)
    assert row.percent == D("100.00")
    assert row.formula is Formula.ZERO_TARGET
    assert "a target of 0 asks for nothing" in row.explanation.english


@pytest.mark.parametrize(
    ("formula", "realised", "expected"),
    [
        (rb.LowerIsBetter.DIFFERENCE, "0 Kasus", "100.00"),
        (rb.LowerIsBetter.DIFFERENCE, "3 Kasus", "0.00"),
        (rb.LowerIsBetter.RATIO, "0 Kasus", "100.00"),
        (rb.LowerIsBetter.RATIO, "3 Kasus", "0.00"),
    ],
)
def test_a_zero_target_lower_is_better_is_met_only_by_zero(
    formula: rb.LowerIsBetter, realised: str, expected: str
) -> None:
    row = one("0 Kasus", realised, direction=LOWER, lower_is_better=formula)
    assert row.percent == D(expected)
    assert row.formula is Formula.ZERO_TARGET


def test_ratio_with_a_realised_zero_is_undefined_unless_capped() -> None:
    row = one("5 Kasus", "0 Kasus", direction=LOWER, lower_is_better=rb.LowerIsBetter.RATIO)
    assert row.status is Status.UNDEFINED
    assert row.exact is None
    assert row.percent is None
    assert row.band is None
    assert "undefined for R = 0" in row.explanation.english
    capped = one(
        "5 Kasus", "0 Kasus", direction=LOWER, lower_is_better=rb.LowerIsBetter.RATIO, cap=150
    )
    assert capped.status is Status.JUDGED
    assert capped.percent == D("150.00")


# -- qualitative targets


@pytest.mark.parametrize(
    ("realised", "expected"),
    [("WTP", "100.00"), ("wtp", "100.00"), ("WDP", "0.00"), ("tercapai", "100.00"),
     ("Tidak tercapai", "0.00"), ("achieved", "100.00")],
)  # fmt: skip
def test_qualitative_targets(realised: str, expected: str) -> None:
    row = one("WTP", realised)
    assert row.percent == D(expected)
    assert row.formula is Formula.QUALITATIVE


def test_a_verdict_explains_itself_in_both_languages() -> None:
    row = one("WTP", "tidak tercapai")
    assert row.explanation.indonesian == (
        "kualitatif: realisasi 'Tidak tercapai' untuk target 'WTP': tidak tercapai = 0,00%"
    )
    assert row.explanation.english == (
        "qualitative: 'Not achieved' against the target 'WTP': not achieved = 0.00%"
    )


# -- schedules: `-` years, as_of, pro-rating, quarters


def test_dash_years_are_not_due() -> None:
    rm = roadmap("-", "100%", "-", "100%", "-")
    report = rb.attain(rm, [R("a1", 2019, "90%"), R("a1", 2020, "50%")], as_of=END_2020)
    assert [r.status for r in report.target("a1").rows] == [
        Status.NOT_DUE,
        Status.JUDGED,
        Status.NOT_DUE,
        Status.NOT_YET_DUE,
        Status.NOT_DUE,
    ]
    not_due = report.row("a1", 2020)
    assert not_due.exact is None
    assert not_due.realized is None  # a value for a year with nothing due counts nowhere
    assert report.left_out == (rb.Realization.parse("a1", 2020, "50%"),)
    (why,) = report.left_out_reasons
    assert why.reason is rb.attainment.LeftOutReason.NOTHING_DUE
    assert why.explanation.english == (
        "2020: no target in 2020 ('-'); not judged and not used for a trend"
    )
    assert report.target("a1").percent == D("90.00")  # the one due year


def test_years_after_as_of_are_not_yet_due_and_missing_years_are_missing() -> None:
    rm = roadmap("25%", "35%", "60%", "80%", "100%")
    report = rb.attain(rm, [R("a1", 2018, "20%")], as_of=pendulum.date(2019, 12, 31))
    assert report.row("a1", 2018).percent == D("80.00")
    assert report.row("a1", 2019).status is Status.MISSING
    assert report.row("a1", 2019).expected is not None
    assert report.row("a1", 2020).status is Status.NOT_YET_DUE


def test_the_current_year_is_pro_rated_by_completed_quarters() -> None:
    rm = roadmap("25%", "35%", "60%", "80%", "100%")
    report = rb.attain(rm, [R("a1", 2020, "38%", quarter=2)], as_of=pendulum.date(2020, 6, 30))
    row = report.row("a1", 2020)
    assert row.expected is not None
    assert row.expected.low == Fraction(95, 2)  # 35 + (60 - 35) × 2/4 = 47,5
    assert row.percent == D("80.00")  # 38/47,5
    assert row.explanation.english == (
        "target for 2020 pro rata: 35 + (60 − 35) × 2/4 (to the end of Q2) = 47.5; "
        "realised in 2020 Q2; higher is better: R/T × 100% = 38/47.5 × 100% = 80.00%"
    )
    assert "TW II" in row.explanation.indonesian


def test_a_quarter_counts_once_its_last_day_is_reached() -> None:
    rm = roadmap("25%", "35%", "60%", "80%", "100%")
    realised = [R("a1", 2020, "38%", quarter=2)]
    before = rb.attain(rm, realised, as_of=pendulum.date(2020, 6, 29)).row("a1", 2020)
    assert before.expected is not None
    assert before.expected.low == Fraction(165, 4)  # 35 + 25 × 1/4 = 41,25
    assert before.percent == D("92.12")  # 38/41,25


def test_pro_rating_by_days() -> None:
    rm = roadmap("25%", "35%", "60%", "80%", "100%")
    report = rb.attain(
        rm,
        [R("a1", 2020, "38%")],
        as_of=pendulum.date(2020, 6, 30),
        proration=rb.Proration.DAYS,
    )
    row = report.row("a1", 2020)
    assert row.expected is not None
    assert row.expected.low == 35 + Fraction(25 * 182, 366)  # 30 June is day 182 of 366
    assert row.percent == D("80.12")  # 38 × 183/8680 = 0,80115...
    assert "182/366 days" in row.explanation.english


def test_the_first_year_is_pro_rated_from_zero_when_higher_is_better() -> None:
    rm = roadmap("25%", "35%", "60%", "80%", "100%")
    row = rb.attain(rm, [R("a1", 2018, "5%")], as_of=pendulum.date(2018, 3, 31)).row("a1", 2018)
    assert row.expected is not None
    assert row.expected.low == Fraction(25, 4)  # 0 + 25 × 1/4
    assert row.percent == D("80.00")


def test_a_lower_is_better_target_without_last_year_holds_in_full() -> None:
    rm = roadmap("10 Kasus", "8 Kasus", direction=LOWER)
    row = rb.attain(rm, [R("a1", 2018, "8 Kasus")], as_of=pendulum.date(2018, 6, 30)).row(
        "a1", 2018
    )
    assert row.expected is not None
    assert row.expected.low == 10
    assert row.percent == D("120.00")
    assert "holds in full all year" in row.explanation.english


def test_nothing_is_due_before_the_first_quarter_ends() -> None:
    rm = roadmap("25%", "35%")
    report = rb.attain(rm, [], as_of=pendulum.date(2018, 3, 30))
    assert report.row("a1", 2018).status is Status.NOT_YET_DUE
    assert report.target("a1").status is Status.NOT_YET_DUE


def test_a_range_is_pro_rated_at_both_ends() -> None:
    rm = roadmap("60-70%", "80-90%")
    row = rb.attain(rm, [R("a1", 2019, "70%")], as_of=pendulum.date(2019, 6, 30)).row("a1", 2019)
    assert row.expected is not None
    assert (row.expected.low, row.expected.high) == (70, 80)
    assert row.percent == D("100.00")


def test_a_qualitative_target_is_judged_when_its_year_is_over() -> None:
    rm = roadmap("WTP", "WTP")
    realised = [R("a1", 2019, "WTP")]
    running = rb.attain(rm, realised, as_of=pendulum.date(2019, 9, 30))
    assert running.row("a1", 2019).status is Status.NOT_YET_DUE
    over = rb.attain(rm, realised, as_of=pendulum.date(2019, 12, 31))
    assert over.row("a1", 2019).percent == D("100.00")


def test_the_year_is_judged_on_its_own_value_else_its_latest_quarter() -> None:
    rm = roadmap("25%", "35%")
    quarters = [R("a1", 2018, "10%", quarter=1), R("a1", 2018, "20%", quarter=3)]
    report = rb.attain(rm, quarters, as_of=END_2020)
    row = report.row("a1", 2018)
    assert row.realization is not None
    assert row.realization.quarter == 3
    assert row.percent == D("80.00")
    yearly = rb.attain(rm, [*quarters, R("a1", 2018, "25%")], as_of=END_2020)
    assert yearly.row("a1", 2018).percent == D("100.00")


def test_what_is_not_known_at_as_of_is_left_out() -> None:
    rm = roadmap("25%", "35%", "60%")
    realised = [
        R("a1", 2018, "20%", recorded=pendulum.date(2019, 1, 15)),
        R("a1", 2019, "30%", quarter=3),  # TW III 2019 begins on 1 July
        R("a1", 2020, "50%"),
    ]
    report = rb.attain(rm, realised, as_of=pendulum.date(2019, 1, 10))
    assert report.row("a1", 2018).status is Status.MISSING  # recorded five days later
    assert len(report.left_out) == 3
    later = rb.attain(rm, realised, as_of=pendulum.date(2019, 7, 1))
    assert later.row("a1", 2018).percent == D("80.00")
    assert [r.year for r in later.left_out] == [2020]


def test_as_of_accepts_a_standard_date_and_a_datetime() -> None:
    import datetime

    rm = roadmap("25%")
    realised = [R("a1", 2018, "25%")]
    a = rb.attain(rm, realised, as_of=datetime.date(2018, 12, 31))
    b = rb.attain(rm, realised, as_of=pendulum.datetime(2018, 12, 31, 23, 0))
    assert a.as_of == b.as_of == pendulum.date(2018, 12, 31)
    assert isinstance(a.as_of, pendulum.Date)


def test_as_of_must_be_a_date() -> None:
    with pytest.raises(rb.ModelTypeError, match="as_of"):
        rb.attain(roadmap("25%"), [], as_of="2018-12-31")  # type: ignore[arg-type]


# -- to date: cumulative on its latest value, other shapes year by year


def test_a_cumulative_target_is_judged_on_its_latest_value() -> None:
    rm = roadmap("25%", "35%", "60%", "80%", "100%")
    report = rb.attain(rm, [R("a1", 2018, "20%"), R("a1", 2019, "30%")], as_of=END_2020)
    target = report.target("a1")
    assert target.cumulative
    assert report.row("a1", 2020).status is Status.MISSING
    assert target.percent == D("50.00")  # the latest value, 30, against 2020's 60
    assert target.explanation.english == (
        "cumulative, judged on its latest value (2019) against the target for 2020; "
        "higher is better: R/T × 100% = 30/60 × 100% = 50.00%"
    )
    assert target.progress is not None
    assert target.progress.percent == D("30.00")  # 30 of the final 100


def test_a_steady_target_is_judged_year_by_year() -> None:
    rm = roadmap("100%", "100%", "100%", "100%", "100%")
    report = rb.attain(rm, [R("a1", 2018, "100%"), R("a1", 2019, "90%")], as_of=END_2020)
    target = report.target("a1")
    assert not target.cumulative
    assert target.percent == D("95.00")  # (100 + 90)/2; 2020 not reported
    assert (target.due, target.reported) == (3, 2)
    assert "not reported: 2020" in target.explanation.english


def test_ending_early_increasing_schedules_read_as_cumulative() -> None:
    rising = rb.attain(roadmap("50%", "75%", "100%", "-", "-"), [], as_of=END_2020)
    assert rising.target("a1").cumulative
    level = rb.attain(roadmap("100%", "100%", "-", "-", "-"), [], as_of=END_2020)
    assert not level.target("a1").cumulative


def test_budget_absorption_beside_attainment() -> None:
    rm = roadmap("25%", "35%", "60%")
    realised = [R("a1", 2018, "25%", spent="120.000.000,-"), R("a1", 2019, "35%", spent=90_000_000)]
    report = rb.attain(rm, realised, as_of=END_2020)
    assert report.row("a1", 2018).absorption == D("80.00")  # 120/150
    assert report.row("a1", 2019).absorption == D("60.00")
    target = report.target("a1")
    assert (target.spent, target.spent_budget) == (210_000_000, 300_000_000)
    assert target.absorption == D("70.00")  # pooled: 210/300, not the mean of 80 and 60


def test_bands_are_given_to_every_judged_figure() -> None:
    assert one("100%", "91%").band == rb.DEFAULT_BANDS.band("sangat-tinggi")
    assert one("100%", "90,5%").band == rb.DEFAULT_BANDS.band("tinggi")
    assert one("100%", "50%").band == rb.DEFAULT_BANDS.band("sangat-rendah")
