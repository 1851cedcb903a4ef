"""Where a target starts, by hand: pro-rating within a year from the last stated target,
steady states, scores and levels held in full, and forecasts that start where the
target starts and stay within the value's scale."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import attrs
import pendulum
import pytest

import rbroadmap as rb
from rbroadmap.attainment import ForecastMethod, StartSource, Status
from rbroadmap.attainment.forecast import Point, project
from rbroadmap.attainment.formulas import TargetFormula
from rbroadmap.attainment.limits import limits_of
from rbroadmap.attainment.prorating import (
    baseline_point,
    expected_within_year,
    keeps_a_state,
    start_within_year,
)

D = Decimal
R = rb.Realization.parse
IRB = ("IRB 70", "IRB 73", "IRB 76", "IRB 79", "IRB 82")


def roadmap(
    *cells: str, direction: rb.Direction = rb.Direction.HIGHER, shape: rb.Shape | None = None
) -> rb.RoadMap:
    """A road map 2018-2022 with one target ``a1`` whose cells start in 2018."""
    target = attrs.evolve(rb.Target.of(2018, *cells, direction=direction), shape=shape)
    return rb.RoadMap(
        id="kota-x",
        government="Kota X",
        period=rb.Period(2018, 2022),
        areas=[rb.Area(id="o", name="Organisasi", actions=[rb.Action(id="a1", targets=target)])],
    )


def attain(
    rm: rb.RoadMap, realised: list[rb.Realization], day: pendulum.Date
) -> rb.AttainmentReport:
    return rb.attain(rm, realised, as_of=day)


# -- pro-rating within a year


def test_after_a_gap_the_last_stated_target_holds_until_the_year_is_over() -> None:
    # - 50% - 100% -: 50% has been the state since 2019, and no step towards 100% is
    # planned for any part of 2020 or 2021 ('-' says nothing is due): 2021 is judged
    # against 50% until 100% falls due at its end (it was pro-rated from 0: 25%).
    rm = roadmap("-", "50%", "-", "100%", "-")
    row = attain(rm, [R("a1", 2021, "50%", quarter=1)], pendulum.date(2021, 3, 31)).row("a1", 2021)
    assert row.expected is not None
    assert row.expected.start == 50
    assert row.expected.low == 50  # (was 25)
    assert row.percent == D("100.00")  # 50/50 (was 200,00%)
    assert row.expected.origin is not None
    assert (row.expected.origin.source, row.expected.origin.year) == (StartSource.STATED, 2019)
    assert row.explanation.english == (
        "no step is planned between 2019 and 2021 ('-' years): the last stated target "
        "(2019): 50 holds until the target for 2021 100% falls due at the end of the year; "
        "realised in 2021 Q1; higher is better: R/T × 100% = 50/50 × 100% = 100.00%"
    )
    assert "target tertulis terakhir (2019)" in row.explanation.indonesian
    half = attain(rm, [R("a1", 2021, "75%", quarter=2)], pendulum.date(2021, 6, 30))
    assert half.row("a1", 2021).percent == D("150.00")  # 75 of 50: ahead of the state to keep
    year_end = attain(rm, [R("a1", 2021, "75%")], pendulum.date(2021, 12, 31))
    assert year_end.row("a1", 2021).percent == D("75.00")  # due in full: 75 of 100


def test_consecutive_years_still_rise_pro_rata_from_the_year_before() -> None:
    rm = roadmap("25%", "35%", "60%", "80%", "100%")
    row = attain(rm, [R("a1", 2020, "47,5%", quarter=2)], pendulum.date(2020, 6, 30)).row(
        "a1", 2020
    )
    assert row.expected is not None
    assert row.expected.low == Fraction(95, 2)  # 35 + (60 - 35) × 2/4
    assert row.percent == D("100.00")


def test_the_same_gap_read_as_cumulative_is_judged_on_its_latest_value() -> None:
    rm = roadmap("-", "50%", "-", "100%", "-", shape=rb.Shape.CUMULATIVE)
    report = attain(
        rm, [R("a1", 2019, "50%"), R("a1", 2021, "50%", quarter=1)], pendulum.date(2021, 3, 31)
    )
    target = report.target("a1")
    assert target.cumulative
    assert target.percent == D("100.00")  # the latest, 50, against the 50 that holds
    assert "no step is planned between 2019 and 2021" in target.explanation.english


def test_a_steady_target_is_a_state_to_keep_from_its_first_year() -> None:
    rm = roadmap(*["39 OPD"] * 5)
    first = attain(rm, [R("a1", 2018, "39 OPD", quarter=2)], pendulum.date(2018, 6, 30))
    row = first.row("a1", 2018)
    assert row.expected is not None
    assert row.expected.low == 39  # in full (was 19,5)
    assert row.percent == D("100.00")  # (was 200,00%)
    assert row.expected.origin is not None
    assert row.expected.origin.source is StartSource.HELD
    assert row.explanation.english.startswith(
        "a steady schedule: a state to keep, not built from nothing: "
        "the target 39 holds in full all year"
    )
    later = attain(rm, [R("a1", 2019, "39 OPD", quarter=2)], pendulum.date(2019, 6, 30))
    assert later.row("a1", 2019).percent == D("100.00")  # the same a year later


def test_a_steady_schedule_that_ends_early_keeps_its_state_too() -> None:
    rm = roadmap("100%", "100%", "100%", "-", "-")
    assert keeps_a_state(rm.action("a1").targets)  # type: ignore[arg-type]
    row = attain(rm, [R("a1", 2018, "90%", quarter=1)], pendulum.date(2018, 3, 31)).row("a1", 2018)
    assert row.percent == D("90.00")  # 90 against 100 held (was 90/25 = 360%)


@pytest.mark.parametrize(
    ("cells", "realised", "held", "percent"),
    [
        (IRB, "IRB 68,5", 70, "97.86"),  # 68,5/70 (was 68,5/35 = 195,71%)
        (("Level 3",) * 2 + ("Level 4",) * 3, "Level 2", 3, "66.67"),  # 2/3 (was 2/1,5)
    ],
)
def test_a_score_or_a_level_is_not_built_from_zero_within_its_first_year(
    cells: tuple[str, ...], realised: str, held: int, percent: str
) -> None:
    rm = roadmap(*cells)
    row = attain(rm, [R("a1", 2018, realised, quarter=2)], pendulum.date(2018, 6, 30)).row(
        "a1", 2018
    )
    assert row.expected is not None
    assert row.expected.low == held
    assert row.percent == D(percent)
    assert "is a standing, not built from nothing" in row.explanation.english


def test_work_done_is_built_from_nothing_in_its_first_year() -> None:
    # A one-off document: half the year gone, half of it expected.
    rm = roadmap("-", "100%", "-", "-", "-")
    row = attain(rm, [R("a1", 2019, "40%", quarter=2)], pendulum.date(2019, 6, 30)).row("a1", 2019)
    assert row.expected is not None
    assert row.expected.low == 50  # 0 + 100 × 2/4
    assert row.percent == D("80.00")
    assert row.expected.origin is not None
    assert row.expected.origin.source is StartSource.ZERO
    assert row.explanation.english.startswith(
        "target for 2019 pro rata from 0 (built from nothing in its first year): "
        "0 + (100 − 0) × 2/4 (to the end of Q2) = 50"
    )


def test_a_periodic_target_starts_from_its_last_stated_target_too() -> None:
    rm = roadmap("-", "100%", "-", "100%", "-")
    row = attain(rm, [R("a1", 2021, "60%", quarter=2)], pendulum.date(2021, 6, 30)).row("a1", 2021)
    assert row.expected is not None
    assert row.expected.low == 100  # 100 + (100 - 100) × 2/4: the level of 2019 is kept
    assert row.percent == D("60.00")


def test_the_consecutive_year_keeps_its_explanation() -> None:
    rm = roadmap("25%", "35%", "60%", "80%", "100%")
    row = attain(rm, [R("a1", 2020, "38%", quarter=2)], pendulum.date(2020, 6, 30)).row("a1", 2020)
    assert row.explanation.english.startswith(
        "target for 2020 pro rata: 35 + (60 − 35) × 2/4 (to the end of Q2) = 47.5;"
    )


def test_a_change_of_unit_starts_afresh() -> None:
    target = rb.Target.of(2018, "10 Orang", "39 OPD")
    start = start_within_year(target, 2019)
    assert start is not None
    assert start.source is StartSource.ZERO


def test_a_baseline_starts_the_first_year() -> None:
    target = rb.Target.of(2018, "IKM 85", "IKM 86")
    baseline = baseline_point(target, rb.parse_value("IKM 79,30"), 2017)
    assert baseline is not None
    assert baseline_point(target, rb.parse_value("79,30%"), 2017) is None  # another kind
    expected = expected_within_year(
        target, 2018, share=Fraction(1, 2), when=rb.Message("2/4", "2/4"), baseline=baseline
    )
    assert expected.low == Fraction(1643, 20)  # 79,3 + (85 - 79,3) × 1/2 = 82,15
    assert expected.explanation is not None
    assert expected.explanation.english == (
        "target for 2018 pro rata from the baseline (2017): 79.3 + (85 − 79.3) × 2/4 = 82.15"
    )
    # the year after starts from its last stated target, not from the baseline
    later = start_within_year(target, 2019, baseline=baseline)
    assert later is not None
    assert later.source is StartSource.STATED


# -- forecasts from where the target starts, within the scale


def forecast(
    cells: tuple[str, ...], realised: list[rb.Realization], day: pendulum.Date
) -> rb.attainment.Forecast:
    return attain(roadmap(*cells), realised, day).target("a1").forecast


def test_one_irb_score_moves_at_the_planned_pace_within_its_scale() -> None:
    f = forecast(IRB, [R("a1", 2018, "IRB 68,5")], pendulum.date(2018, 12, 31))
    assert f.method is ForecastMethod.PLANNED
    assert f.projected_value == Fraction(161, 2)  # 68,5 + (82 - 70) = 80,5 (was 342,5)
    assert 0 <= f.projected_value <= 100
    assert f.percent == D("98.17")  # 80,5/82 (was 417,68%)
    assert f.outlook is rb.Outlook.AT_RISK  # (was on track)
    assert f.start is not None
    assert (f.start.source, f.start.year, f.start.low) == (
        StartSource.REALISED,
        2018,
        Fraction(137, 2),
    )
    assert not f.clipped
    assert f.explanation.english == (
        "cumulative with one value (2018: 68.5) and no known start: it moves at the planned "
        "pace to 2022: 68.5 + (82 − 70) = 80.5; against the final target IRB 82 (2022): "
        "higher is better: R/T × 100% = 80.5/82 × 100% = 98.17%; At risk"
    )
    assert "laju rencana" in f.explanation.indonesian


def test_a_quarterly_score_moves_at_the_planned_pace_from_its_quarter() -> None:
    f = forecast(IRB, [R("a1", 2019, "IRB 72", quarter=2)], pendulum.date(2019, 6, 30))
    # the plan at 2019 Q2: 70 + (73 - 70) × 2/4 = 71,5; 72 + (82 - 71,5) = 82,5
    assert f.projected_value == Fraction(165, 2)
    assert f.outlook is rb.Outlook.ON_TRACK


def test_one_level_moves_at_the_planned_pace() -> None:
    cells = ("Level 3", "Level 3", "Level 4", "Level 4", "Level 5")
    f = forecast(cells, [R("a1", 2018, "Level 2")], pendulum.date(2018, 12, 31))
    assert f.method is ForecastMethod.PLANNED
    assert f.projected_value == 4  # 2 + (5 - 3) (from zero it was Level 10)
    assert f.percent == D("80.00")


def test_a_score_projected_beyond_its_scale_is_taken_at_the_limit_and_says_so() -> None:
    f = forecast(
        IRB, [R("a1", 2018, "IRB 80"), R("a1", 2019, "IRB 95")], pendulum.date(2019, 12, 31)
    )
    assert f.method is ForecastMethod.TREND
    assert f.projected_value == 100  # 95 + 15 × 3 = 140, above the IRB scale
    assert f.clipped
    assert f.limits is not None
    assert f.limits.text == "0-100"
    assert f.percent == D("121.95")  # 100/82
    assert (
        "projected 140 lies above the IRB scale (0-100, PermenPAN-RB 26/2020 (PMPRB)): "
        "taken as 100" in f.explanation.english
    )
    assert "proyeksi 140 di atas skala IRB" in f.explanation.indonesian


def test_an_ikm_never_falls_below_25() -> None:
    f = forecast(
        ("IKM 80",) * 5,
        [R("a1", 2018, "IKM 60"), R("a1", 2019, "IKM 40")],
        pendulum.date(2019, 12, 31),
    )
    assert f.projected_value == 25  # 40 - 20 × 3 = -20, below the IKM scale of 2017
    assert f.clipped
    assert f.percent == D("31.25")  # 25/80


def test_a_share_of_a_whole_never_passes_100_percent() -> None:
    cells = ("35%", "50%", "100%", "100%", "100%")
    realised = [R("a1", 2018, "35%"), R("a1", 2019, "50%"), R("a1", 2020, "90%")]
    f = forecast(cells, realised, pendulum.date(2020, 12, 31))
    assert f.projected_value == 100  # the line reads 140,83% by 2022
    assert f.clipped
    assert f.percent == D("100.00")  # (was 140,83%)


def test_a_percentage_whose_targets_pass_100_is_not_a_share_of_a_whole() -> None:
    cells = ("100%", "110%", "120%", "130%", "140%")
    realised = [R("a1", 2018, "100%"), R("a1", 2019, "120%")]
    f = forecast(cells, realised, pendulum.date(2019, 12, 31))
    assert f.projected_value == 180  # 120 + 20 × 3, not clipped
    assert not f.clipped


def test_a_cumulative_count_is_still_projected_from_zero() -> None:
    cells = ("3 OPD", "10 OPD", "20 OPD", "30 OPD", "39 OPD")
    f = forecast(cells, [R("a1", 2018, "8 OPD")], pendulum.date(2018, 12, 31))
    assert f.method is ForecastMethod.FROM_ZERO
    assert f.projected_value == 40  # 8 × 5/1
    assert f.start is not None
    assert f.start.source is StartSource.ZERO


def test_a_cumulative_target_due_from_its_second_year_starts_from_zero_then() -> None:
    cells = ("-", "10%", "40%", "70%", "100%")
    f = forecast(cells, [R("a1", 2019, "20%")], pendulum.date(2019, 12, 31))
    assert f.method is ForecastMethod.FROM_ZERO
    assert f.projected_value == 80  # 20 × 4/1: from 0 at the start of 2019
    assert "the line from 0 at the start of 2019: 20 × 4/1 years = 80" in f.explanation.english


def test_one_value_of_a_lower_is_better_cumulative_target_moves_at_the_planned_pace() -> None:
    rm = roadmap(
        "20 Kasus", "15 Kasus", "10 Kasus", "8 Kasus", "5 Kasus", direction=rb.Direction.LOWER
    )
    f = attain(rm, [R("a1", 2018, "16 Kasus")], pendulum.date(2018, 12, 31)).target("a1").forecast
    assert f.method is ForecastMethod.PLANNED
    assert f.projected_value == 1  # 16 + (5 - 20)
    assert f.percent == D("180.00")  # (2 × 5 - 1)/5


def test_a_periodic_target_draws_no_trend_across_the_years_between() -> None:
    cells = ("100%", "-", "100%", "-", "100%")
    realised = [R("a1", 2018, "60%"), R("a1", 2020, "90%")]
    f = forecast(cells, realised, pendulum.date(2020, 12, 31))
    assert f.method is ForecastMethod.FLAT
    assert f.projected_value == 90  # the latest occasion (the line read 120)
    assert f.percent == D("90.00")
    assert f.explanation.english.startswith(
        "periodic: each due year stands on its own, with no trend across the years with "
        "nothing due; the latest value (2020: 90) carried forward to 2022"
    )


def test_a_baseline_starts_the_forecast_line() -> None:
    target = rb.Target.of(2018, "IKM 85", "IKM 85", "IKM 85", "IKM 85", "IKM 85")
    baseline = baseline_point(target, rb.parse_value("IKM 79,30"), 2017)
    assert baseline is not None
    f = project(
        [Point(t=Fraction(1), value=Fraction(81), year=2018)],
        final_year=2022,
        final_target=rb.parse_value("IKM 85"),
        formula=TargetFormula(),
        tolerance=D(15),
        period_start=2018,
        cumulative=False,
        periodic=False,
        start=baseline,
        limits=limits_of(target, year=2018),
    )
    assert f.method is ForecastMethod.FROM_BASELINE
    assert f.projected_value == Fraction(439, 5)  # 79,3 at t = 0, 81 at t = 1: 81 + 1,7 × 4
    assert f.start == baseline
    assert f.explanation.english.startswith(
        "the line from the baseline (2017): 79.3 through 1 value (2018: 81): projected 87.8"
    )


def test_nothing_due_yet_means_no_year_is_judged_yet() -> None:
    rm = roadmap(*IRB)
    report = attain(rm, [R("a1", 2018, "IRB 60", quarter=1)], pendulum.date(2018, 3, 30))
    assert report.row("a1", 2018).status is Status.NOT_YET_DUE
