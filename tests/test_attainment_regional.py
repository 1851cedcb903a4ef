"""The target cells of every region in the attainment an inspector would sign, by hand:
stated quarters before pro-rating, thresholds, grades, quantities, ticks and ``NA``
through the start points, forecasts, scale limits, not-due values and each target's
own formula."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

import rbroadmap as rb
from rbroadmap.attainment import ForecastMethod, LeftOutReason, StartSource, Status
from rbroadmap.attainment.limits import limits_of
from rbroadmap.attainment.prorating import built_from_nothing, same_kind
from rbroadmap.scales import IKM_2004, IRB, SAKIP, scale_of, scale_of_index

D = Decimal
R = rb.Realization.parse
LOWER, HIGHER = rb.Direction.LOWER, rb.Direction.HIGHER
RATIO = rb.LowerIsBetter.RATIO


def roadmap(target: rb.Target) -> rb.RoadMap:
    """A road map 2018-2022 with one target ``a1``."""
    return rb.RoadMap(
        id="kota-x",
        government="Kota X",
        period=rb.Period(2018, 2022),
        areas=[rb.Area(id="o", name="Organisasi", actions=[rb.Action(id="a1", targets=target)])],
    )


def attain(
    target: rb.Target, realised: list[rb.Realization], day: pendulum.Date, **options: Any
) -> rb.AttainmentReport:
    return rb.attain(roadmap(target), realised, as_of=day, **options)


# -- a stated quarter first, then the pro-rating from where the year starts


GAP = {2018: "-", 2019: "50%", 2020: "-", 2021: "100%", 2022: "-"}


def test_a_stated_quarter_is_expected_as_written_even_after_a_gap() -> None:
    # 70% stated for TW II 2021: expected as written, not the 50% the gap would hold.
    target = rb.Target.parse(GAP, quarters={2021: {2: "70%"}})
    report = attain(target, [R("a1", 2021, "63%", quarter=2)], pendulum.date(2021, 6, 30))
    row = report.row("a1", 2021)
    assert row.expected is not None
    assert row.expected.low == 70
    assert row.percent == D("90.00")  # 63/70
    assert row.explanation.english.startswith("the target stated for 2021 Q2: 70%")


def test_a_quarter_without_a_stated_target_falls_through_to_the_pro_rating() -> None:
    # TW I 2021 states nothing: the last stated target (50%, 2019) holds over the gap.
    target = rb.Target.parse(GAP, quarters={2021: {2: "70%"}})
    report = attain(target, [R("a1", 2021, "50%", quarter=1)], pendulum.date(2021, 3, 31))
    row = report.row("a1", 2021)
    assert row.expected is not None
    assert row.expected.origin is not None
    assert row.expected.origin.source is StartSource.STATED
    assert (row.expected.low, row.percent) == (50, D("100.00"))


def test_the_planned_pace_follows_a_stated_quarter() -> None:
    # IRB 69 stated for TW II 2018: IRB 68,5 then is 68,5/69 = 99,28%, and the plan it
    # moves with goes from 69 to 82: 68,5 + (82 - 69) = 81,5, 81,5/82 = 99,39%.
    cells = {2018: "IRB 70", 2019: "IRB 73", 2020: "IRB 76", 2021: "IRB 79", 2022: "IRB 82"}
    target = rb.Target.parse(cells, quarters={2018: {2: "IRB 69"}})
    report = attain(target, [R("a1", 2018, "IRB 68,5", quarter=2)], pendulum.date(2018, 6, 30))
    assert report.row("a1", 2018).percent == D("99.28")
    forecast = report.target("a1").forecast
    assert forecast.method is ForecastMethod.PLANNED
    assert forecast.projected_value == D("81.5")
    assert forecast.percent == D("99.39")


# -- where a year of each new kind starts


def test_a_floor_of_a_percentage_is_built_from_nothing_in_its_first_year() -> None:
    target = rb.Target.of(2018, "≥ 20%", "≥ 40%", "≥ 60%", "≥ 80%", "≥ 100%")
    first = attain(target, [R("a1", 2018, "12%", quarter=2)], pendulum.date(2018, 6, 30))
    row = first.row("a1", 2018)
    assert row.expected is not None
    assert (row.expected.low, row.expected.text) == (10, "≥ 10")  # 0 + 20 x 2/4
    assert row.percent == D("100.00")  # 12 meets >= 10
    later = attain(target, [R("a1", 2019, "25%", quarter=2)], pendulum.date(2019, 6, 30))
    row = later.row("a1", 2019)
    assert row.expected is not None
    assert row.expected.low == 30  # 20 + (40 - 20) x 2/4, from the floor stated for 2018
    assert row.percent == D("83.33")  # 25/30, short of the floor


def test_a_ceiling_holds_in_full_all_year() -> None:
    target = rb.Target.of(2018, "maks. 10 hari", "maks. 8 hari", "maks. 5 hari")
    assert target.direction is LOWER  # its cells say so
    report = attain(target, [R("a1", 2018, "12 hari", quarter=2)], pendulum.date(2018, 6, 30))
    row = report.row("a1", 2018)
    assert row.expected is not None
    assert row.expected.low == 10
    assert row.percent == D("80.00")  # (2 x 10 - 12)/10


def test_a_ceiling_in_a_higher_is_better_target_is_held_and_judged_lower_is_better() -> None:
    # The comparison wins over the direction the road map wrote (RB213 reports it), and
    # the target's own formula, T/R, judges the ceiling: 10/12 = 83,33%, named first.
    target = rb.Target.of(
        2018,
        "maks. 10 hari",
        "maks. 8 hari",
        "maks. 5 hari",
        direction=HIGHER,
        lower_is_better=RATIO,
    )
    report = attain(target, [R("a1", 2018, "12 hari", quarter=2)], pendulum.date(2018, 6, 30))
    row = report.row("a1", 2018)
    assert row.expected is not None
    assert row.expected.low == 10
    assert row.percent == D("83.33")
    english = row.explanation.english
    assert english.startswith("the ceiling ≤ 10 hari is a limit to stay under")
    assert "this target's own formula: T/R × 100%; threshold ≤ 10" in english
    assert "RB213" in {f.code for f in rb.validate(roadmap(target))}


def test_a_floor_in_a_lower_is_better_target_is_judged_higher_is_better() -> None:
    target = rb.Target.of(2018, "≥ 80%", direction=LOWER, lower_is_better=RATIO)
    report = attain(target, [R("a1", 2018, "60%")], pendulum.date(2019, 1, 31))
    row = report.row("a1", 2018)
    assert row.percent == D("75.00")  # 60/80: not the T/R of a ceiling
    assert "this target's own formula" in row.explanation.english
    assert "R/T × 100% = 60/80" in row.explanation.english


def test_a_graded_score_is_a_standing_and_forecast_at_the_planned_pace() -> None:
    target = rb.Target.of(
        2018, "> IRB 70/BB", "> IRB 70/BB", "IRB 75/BB", "IRB 80/BB", "> IRB 80/A"
    )
    report = attain(target, [R("a1", 2018, "IRB 68,5", quarter=2)], pendulum.date(2018, 6, 30))
    row = report.row("a1", 2018)
    assert row.expected is not None
    assert row.expected.origin is not None
    assert row.expected.origin.source is StartSource.HELD
    assert row.percent == D("97.86")  # 68,5/70, the lower end of BB
    assert row.explanation.english.startswith("a score graded BB is a standing")
    forecast = report.target("a1").forecast
    assert forecast.method is ForecastMethod.PLANNED
    assert forecast.projected_value == D("78.5")  # 68,5 + (80 - 70)
    assert forecast.percent == D("98.13")  # 78,5/80, short of A


def test_a_quantity_and_a_count_in_one_unit_start_one_another() -> None:
    target = rb.Target.of(2018, "2,5 Unit", "5 Unit")
    first = attain(target, [R("a1", 2018, "1 Unit", quarter=2)], pendulum.date(2018, 6, 30))
    assert first.row("a1", 2018).percent == D("80.00")  # 1/(0 + 2,5 x 2/4)
    later = attain(target, [R("a1", 2019, "3 Unit", quarter=2)], pendulum.date(2019, 6, 30))
    row = later.row("a1", 2019)
    assert row.expected is not None
    assert row.expected.low == D("3.75")  # 2,5 + (5 - 2,5) x 2/4
    assert row.percent == D("80.00")  # 3/3,75


def test_which_kinds_are_built_from_nothing_and_which_start_one_another() -> None:
    built = {
        text: built_from_nothing(rb.parse_value(text))
        for text in (
            "80%",
            "39 OPD",
            "2,5 hari",
            "≥ 80%",
            "> 39 OPD",
            "≤ 5 hari",
            "< 10%",
            "IRB 70",
            "> IRB 70",
            "SAKIP 60/B",
            "Level 3",
            "√",
            "WTP",
        )
    }
    assert [t for t, b in built.items() if b] == ["80%", "39 OPD", "2,5 hari", "≥ 80%", "> 39 OPD"]
    assert same_kind(rb.parse_value("70%"), rb.parse_value("≥ 80%"))
    assert same_kind(rb.parse_value("IRB 70"), rb.parse_value("> IRB 70/BB"))
    assert not same_kind(rb.parse_value("IRB 70"), rb.parse_value("SAKIP 70"))
    assert not same_kind(rb.CHECK_MARK, rb.CHECK_MARK)


# -- NA: never due, and a value realised for it is left out with the reason


def test_a_value_realised_for_an_na_year_is_left_out_and_the_gap_holds() -> None:
    target = rb.Target.of(2018, "50%", "NA", "100%")
    realised = [R("a1", 2019, "60%"), R("a1", 2020, "70%", quarter=2)]
    report = attain(target, realised, pendulum.date(2020, 6, 30))
    [left] = report.left_out_reasons
    assert left.reason is LeftOutReason.NOTHING_DUE
    assert "the target for 2019 is not available ('NA')" in left.explanation.english
    assert report.row("a1", 2019).status is Status.NOT_DUE
    row = report.row("a1", 2020)
    assert row.expected is not None
    assert row.expected.low == 50  # 2018's 50% holds over the NA year
    assert "between 2018 and 2020 ('NA' years)" in row.explanation.english
    assert row.percent == D("140.00")  # 70/50


# -- forecasts within the scale


def test_a_threshold_of_a_score_is_forecast_within_its_scale() -> None:
    target = rb.Target.of(2018, "> IRB 80", "> IRB 85", "> IRB 90", "> IRB 95", "> IRB 98")
    realised = [R("a1", 2018, "IRB 80"), R("a1", 2019, "IRB 95")]
    report = attain(target, realised, pendulum.date(2020, 1, 31))
    assert report.row("a1", 2018).percent == D("99.99")  # 80 is not more than 80
    forecast = report.target("a1").forecast
    assert forecast.method is ForecastMethod.TREND
    assert forecast.clipped  # the line reaches 140 by 2022
    assert forecast.projected_value == 100
    assert forecast.percent == D("100.00")  # 100 meets > 98


@pytest.mark.parametrize(
    ("cells", "low", "high"),
    [
        (("≥ 80%",), 0, 100),
        (("maks. 10 hari", "≤ 2,5 hari"), 0, None),
        (("2,5 hari",), 0, None),
        (("> IRB 70",), IRB.minimum, IRB.maximum),
        (("SAKIP 60/B",), SAKIP.minimum, SAKIP.maximum),
        (("> Level 3",), 0, 5),
    ],
)
def test_the_limits_of_each_new_kind(cells: tuple[str, ...], low: object, high: object) -> None:
    limits = limits_of(rb.Target.of(2018, *cells))
    assert limits is not None
    assert (limits.low, limits.high) == (low, high)


def test_a_graded_score_is_limited_by_the_scale_its_grade_is_on() -> None:
    target = rb.Target.parse({2018: "85/B"}, unit="IKM", scale="IKM_2004")
    limits = limits_of(target, year=2018)  # the grade's own scale, not the one in force
    assert limits is not None
    assert (limits.low, limits.high) == (IKM_2004.minimum, IKM_2004.maximum)
    assert limits_of(rb.Target.of(2018, "√", "√")) is None


def test_a_scale_is_named_once_for_notation_and_attainment() -> None:
    assert scale_of_index("PMPRB") is IRB
    assert scale_of(rb.IndexScore("PMPRB", 70)) is IRB
    assert scale_of_index("SKM") is None  # which IKM scale, the index does not say
    assert scale_of(rb.IndexScore("SKM", 70), year=2016) is IKM_2004
    count = rb.Count(3, "Level")  # not a level, whatever its unit
    assert scale_of(count) is None  # type: ignore[arg-type]  # a count, on purpose


SCALES = {"IRB": (0, 100), "SAKIP": (0, 100), "IKM": (25, 100)}


@st.composite
def threshold_cases(draw: st.DrawFn) -> tuple[rb.Target, list[rb.Realization], pendulum.Date]:
    """Schedules of thresholds of one index's scores, either way, and realised scores."""
    index = draw(st.sampled_from(sorted(SCALES)))
    low, high = SCALES[index]
    comparison = draw(st.sampled_from([c for c in rb.Comparison if c is not rb.Comparison.EXACTLY]))
    bounds = draw(st.lists(st.integers(low, high), min_size=5, max_size=5))
    cells = {
        year: rb.Threshold(comparison, rb.IndexScore(index, bound))
        for year, bound in zip(range(2018, 2023), bounds, strict=True)
    }
    realised = draw(
        st.dictionaries(
            st.tuples(st.integers(2018, 2022), st.sampled_from([None, 1, 2, 3, 4])),
            st.integers(low, high),
            max_size=5,
        )
    )
    day = draw(st.dates(pendulum.date(2018, 1, 1), pendulum.date(2023, 6, 30)))
    return (
        rb.Target(values=cells),
        [R("a1", y, f"{index} {v}", quarter=q) for (y, q), v in realised.items()],
        pendulum.Date(day.year, day.month, day.day),
    )


@given(threshold_cases())
def test_a_forecast_of_a_threshold_of_a_score_stays_within_the_scale(
    case: tuple[rb.Target, list[rb.Realization], pendulum.Date],
) -> None:
    target, realised, day = case
    report = attain(target, realised, day)
    forecast = report.target("a1").forecast
    final = target.final
    assert isinstance(final, rb.Threshold)
    assert isinstance(final.value, rb.IndexScore)
    low, high = SCALES[final.value.index]
    if forecast.projected_value is not None:
        assert low <= forecast.projected_value <= high
    for row in report.rows:
        if row.exact is not None and row.expected is not None:
            assert row.realization is not None
            assert row.expected.low is not None
            value = row.realization.value
            assert isinstance(value, rb.IndexScore)
            met = final.comparison.holds(value.magnitude, row.expected.low)
            assert (row.exact >= 100) == met  # never 100% when not met
    assert target.direction is (LOWER if final.comparison.upper else HIGHER)


# -- each target's own cap, with thresholds


def test_a_threshold_not_met_stays_below_100_under_any_cap() -> None:
    target = rb.Target.of(2018, "> IRB 70", cap=120)
    report = attain(target, [R("a1", 2018, "IRB 70")], pendulum.date(2019, 1, 31))
    assert report.row("a1", 2018).percent == D("99.99")
    capped = rb.Target.of(2018, "> IRB 70", cap=90)
    report = attain(capped, [R("a1", 2018, "IRB 72")], pendulum.date(2019, 1, 31))
    assert report.row("a1", 2018).percent == D("90.00")  # met, capped as any figure


# -- version 1 documents: no key of version 2


@pytest.mark.parametrize(
    ("key", "value", "cell"),
    [("unit", "IKM", "IKM 80"), ("quarters", {"2018": {"TW II": "45%"}}, "100%")],
)
def test_a_version_1_document_may_not_state_a_unit_or_quarters(
    key: str, value: object, cell: str
) -> None:
    data = {
        "format_version": 1,
        "id": "kota-x",
        "government": "Kota X",
        "period": {"start": 2018, "end": 2022},
        "areas": [
            {
                "id": "o",
                "name": "Organisasi",
                "actions": [{"id": "a1", "targets": {"2018": cell, key: value}}],
            }
        ],
    }
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict(data, rb.RoadMap)
    assert caught.value.paths == (f'$.areas[0].actions[0].targets["{key}"]',)
    assert "format version 2" in caught.value.details[0].message.english
    data["format_version"] = 2
    loaded = rb.from_dict(data, rb.RoadMap).action("a1").targets
    assert loaded is not None
    assert loaded[2018] == rb.parse_value(cell)
