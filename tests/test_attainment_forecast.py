"""Forecasts from the realised trend, by hand; outlook of targets, areas and the road map."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pendulum
import pytest

import rbroadmap as rb
from rbroadmap.attainment import ForecastMethod

D = Decimal
R = rb.Realization.parse


def roadmap(*cells: str, direction: rb.Direction = rb.Direction.HIGHER) -> rb.RoadMap:
    return rb.RoadMap(
        id="kota-x",
        government="Kota X",
        period=rb.Period(2018, 2022),
        areas=[
            rb.Area(
                id="organisasi",
                name="Organisasi",
                actions=[
                    rb.Action(id="a1", targets=rb.Target.of(2018, *cells, direction=direction))
                ],
            )
        ],
    )


CUMULATIVE = ("25%", "35%", "60%", "80%", "100%")


def forecast(
    cells: tuple[str, ...], realised: list[rb.Realization], as_of: pendulum.Date, **kw: object
) -> rb.attainment.Forecast:
    return rb.attain(roadmap(*cells), realised, as_of=as_of, **kw).target("a1").forecast  # type: ignore[arg-type]


def test_a_linear_trend_by_least_squares() -> None:
    realised = [R("a1", 2018, "25%"), R("a1", 2019, "35%"), R("a1", 2020, "60%")]
    f = forecast(CUMULATIVE, realised, pendulum.date(2020, 12, 31))
    # t = 1, 2, 3; mean t 2, mean v 40; slope 35/2 = 17,5; at t = 5: 40 + 17,5 × 3 = 92,5
    assert f.method is ForecastMethod.TREND
    assert f.projected_value == Fraction(185, 2)
    assert (f.final_year, f.final_target) == (2022, rb.Percentage(100))
    assert f.percent == D("92.50")
    assert f.outlook is rb.Outlook.AT_RISK  # within 15 points of 100%
    assert f.will_meet is False
    assert f.explanation.english == (
        "linear trend of 3 values (2018: 25; 2019: 35; 2020: 60): projected 92.5 by the end of "
        "2022; against the final target 100% (2022): higher is better: R/T × 100% = 92.5/100 "
        "× 100% = 92.50%; At risk"
    )


def test_the_tolerance_decides_at_risk_or_off_track() -> None:
    realised = [R("a1", 2018, "25%"), R("a1", 2019, "35%"), R("a1", 2020, "60%")]
    f = forecast(CUMULATIVE, realised, pendulum.date(2020, 12, 31), tolerance=5)
    assert f.outlook is rb.Outlook.OFF_TRACK


def test_one_value_of_a_cumulative_target_projects_from_zero() -> None:
    f = forecast(CUMULATIVE, [R("a1", 2018, "20%")], pendulum.date(2018, 12, 31))
    assert f.method is ForecastMethod.FROM_ZERO
    assert f.projected_value == 100  # 20 × 5/1
    assert f.outlook is rb.Outlook.ON_TRACK
    assert f.will_meet is True


def test_a_quarterly_value_sits_at_its_quarter_end() -> None:
    f = forecast(CUMULATIVE, [R("a1", 2018, "8%", quarter=2)], pendulum.date(2018, 6, 30))
    assert f.projected_value == 80  # 8 × 5/0,5
    assert f.percent == D("80.00")
    assert f.outlook is rb.Outlook.OFF_TRACK


def test_one_value_of_a_steady_target_is_carried_forward() -> None:
    f = forecast(("100%",) * 5, [R("a1", 2018, "90%")], pendulum.date(2018, 12, 31))
    assert f.method is ForecastMethod.FLAT
    assert f.percent == D("90.00")
    assert f.outlook is rb.Outlook.AT_RISK


def test_the_final_year_over_and_reported_is_a_fact() -> None:
    cells = ("50%", "75%", "100%", "-", "-")
    realised = [R("a1", 2018, "40%"), R("a1", 2019, "60%"), R("a1", 2020, "95%")]
    f = forecast(cells, realised, pendulum.date(2021, 3, 31))
    assert f.method is ForecastMethod.ACTUAL
    assert (f.final_year, f.percent) == (2020, D("95.00"))


def test_nothing_realised_cannot_be_forecast() -> None:
    f = forecast(CUMULATIVE, [], pendulum.date(2020, 12, 31))
    assert f.method is ForecastMethod.NONE
    assert f.outlook is rb.Outlook.UNKNOWN
    assert f.exact is None
    assert f.will_meet is None


def test_a_qualitative_target_keeps_its_latest_verdict() -> None:
    f = forecast(
        ("WTP",) * 5, [R("a1", 2018, "WTP"), R("a1", 2019, "WDP")], pendulum.date(2019, 12, 31)
    )
    assert f.method is ForecastMethod.LATEST
    assert f.outlook is rb.Outlook.OFF_TRACK


def test_a_projection_below_zero_is_zero() -> None:
    realised = [R("a1", 2018, "30%"), R("a1", 2019, "10%")]
    f = forecast(("50%",) * 5, realised, pendulum.date(2019, 12, 31))
    assert f.projected_value == 0  # 30, 10, ... -50 by 2022
    assert f.clipped
    assert (
        "projected -50 lies below the range of a percentage of a whole (0-100): taken as 0"
        in f.explanation.english
    )


def test_lower_is_better_forecasts_use_the_same_formula() -> None:
    rm = roadmap(
        "20 Kasus", "15 Kasus", "10 Kasus", "8 Kasus", "5 Kasus", direction=rb.Direction.LOWER
    )
    realised = [R("a1", 2018, "20 Kasus"), R("a1", 2019, "16 Kasus")]
    f = rb.attain(rm, realised, as_of=pendulum.date(2019, 12, 31)).target("a1").forecast
    # 20, 16: slope -4; at t = 5: 16 - 4 × 3 = 4; (2 × 5 - 4)/5 = 120%
    assert f.projected_value == 4
    assert f.percent == D("120.00")
    assert f.outlook is rb.Outlook.ON_TRACK


@pytest.mark.parametrize("method", list(rb.RollUpMethod))
def test_groups_and_the_road_map_roll_up_their_forecasts(method: rb.RollUpMethod) -> None:
    rm = rb.RoadMap(
        id="kota-x",
        government="Kota X",
        period=rb.Period(2018, 2022),
        areas=[
            rb.Area(
                id="organisasi",
                name="Organisasi",
                actions=[
                    rb.Action(id="a1", targets=rb.Target.of(2018, *CUMULATIVE), budget=100),
                    rb.Action(id="a2", targets=rb.Target.of(2018, *CUMULATIVE), budget=300),
                ],
            )
        ],
    )
    realised = [R("a1", 2018, "20%"), R("a2", 2018, "10%")]  # projected 100 and 50
    rep = rb.attain(rm, realised, as_of=pendulum.date(2018, 12, 31), method=method)
    area = rep.rollup("area", "organisasi")
    expected = {
        rb.RollUpMethod.MEAN: D("75.00"),
        rb.RollUpMethod.BUDGET_WEIGHTED: D("62.50"),  # (100 × 100 + 50 × 300)/400
        rb.RollUpMethod.WORST: D("50.00"),
    }[method]
    assert area.forecast == expected
    assert area.outlook is rb.Outlook.OFF_TRACK
    assert area.meeting == 1
    assert area.at_risk == ("a2",)
    assert rep.overall.forecast == expected
    assert rep.by_year(2018).forecast is None  # forecasts belong to roll-ups to date
