"""Indicators as measured targets: goal tables, baselines, realisations, roll-ups, forecasts."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rbroadmap as rb
import rbroadmap.strategies as rbst
from rbroadmap.attainment import (
    Dimension,
    OutsidePeriodError,
    StartSource,
    UnitMismatchError,
    UnknownTargetError,
    Verdict,
)
from rbroadmap.values import is_due, number_of
from support.goals import goal_table, irb

PERIOD = rb.Period(2020, 2024)


def roadmap(*indicators: rb.Indicator, **fields: object) -> rb.RoadMap:
    defaults: dict[str, object] = {
        "id": "kota-contoh-2020-2024",
        "government": "Kota Contoh",
        "period": PERIOD,
        "objectives": [goal_table(*indicators)],
    }
    defaults.update(fields)
    return rb.RoadMap(**defaults)  # type: ignore[arg-type]


# -- the model


def test_bare_numbers_are_read_in_the_satuan_and_the_baseline_is_a_series() -> None:
    indicator = irb()
    assert indicator.baseline[2019] == rb.IndexScore("IRB", Decimal("62.5"))
    assert indicator.baseline[2018] is rb.NOT_AVAILABLE
    assert indicator.targets is not None
    assert indicator.targets.unit == "IRB"
    assert indicator.start() == (2019, rb.IndexScore("IRB", Decimal("62.5")))
    assert indicator.start(2019) is None  # nothing known before 2019: 2018 is NA


def test_an_indicator_is_an_entity_of_the_road_map_with_a_path() -> None:
    rm = roadmap(irb())
    assert rm.entity("irb") == irb()
    assert [e.id for e in rm.ancestors("irb")] == ["tujuan-1", "sasaran-1"]
    assert list(rm.indicators()) == [irb()]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (
            {"baseline": rb.Baseline(values={2019: rb.Percentage(Decimal("62.5"))})},
            "baseline[2019]",
        ),
        ({"aim": rb.parse_value("75 OPD")}, "aim"),
        ({"current": rb.parse_value("62,5%")}, "current"),
    ],
)
def test_a_value_in_another_unit_than_the_satuan_is_refused(
    change: dict[str, object], field: str
) -> None:
    with pytest.raises(rb.ModelError) as caught:
        attrs.evolve(irb(), **change)
    assert caught.value.field == field
    assert "is not in the indicator's unit 'IRB'" in caught.value.message.english
    with pytest.raises(rb.NotationError):
        irb(baseline={2019: "62,5%"})  # a cell in another unit is refused where it is read


def test_the_targets_unit_column_is_the_indicators_unit() -> None:
    with pytest.raises(rb.ModelError) as caught:
        rb.Indicator(id="i", name="IRB", unit="IRB", targets=rb.Target.of(2020, "IRB 70"))
    assert caught.value.field == "targets.unit"


def test_a_dash_is_no_baseline_value() -> None:
    with pytest.raises(rb.ModelTypeError) as caught:
        rb.Baseline(values={2019: rb.NO_TARGET})
    assert "values[2019]" in str(caught.value)


# -- the years of a goal table


def test_target_years_lie_within_the_road_maps_period_without_a_table_of_their_own() -> None:
    late = irb(targets={2024: "75", 2025: "77"})
    with pytest.raises(rb.IntegrityError) as caught:
        roadmap(late)
    assert [e.path for e in caught.value.problems] == [
        "objectives[0].goals[0].indicators[0].targets[2025]"
    ]
    assert "outside the period 2020-2024" in caught.value.problems[0].message.english


def test_a_goal_table_covering_other_years_checks_its_indicators_against_them() -> None:
    early = irb(baseline={2016: "60"}, targets={2017: "62", 2019: "66", 2021: "70"})
    rm = roadmap(objectives=[goal_table(early, period=rb.Period(2017, 2021))])
    assert rb.model.structure.period_of(rm, rm.entity("irb")) == rb.Period(2017, 2021)
    with pytest.raises(rb.IntegrityError) as caught:
        roadmap(objectives=[goal_table(irb(targets={2022: "70"}), period=rb.Period(2017, 2021))])
    (error,) = caught.value.problems
    assert "outside the years of its goal table 2017-2021" in error.message.english
    # Realisations follow the goal table's years too.
    report = rb.attain(
        rm, [rb.Realization.parse("irb", 2018, "IRB 64")], as_of=pendulum.date(2019, 12, 31)
    )
    assert report.target("irb").rows[0].year == 2017
    with pytest.raises(OutsidePeriodError):
        rb.attain(
            rm, [rb.Realization.parse("irb", 2022, "IRB 71")], as_of=pendulum.date(2022, 12, 31)
        )


def test_a_document_with_a_goal_table_of_its_own_years_loads() -> None:
    rm = roadmap(objectives=[goal_table(irb(targets={2017: "62"}), period=rb.Period(2017, 2021))])
    assert rb.from_json(rb.to_json(rm), rb.RoadMap) == rm
    data = rb.to_dict(rm)
    data["objectives"][0]["goals"][0]["indicators"][0]["targets"]["2022"] = "70"
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict(data, rb.RoadMap)
    assert caught.value.paths == ('$.objectives[0].goals[0].indicators[0].targets["2022"]',)


# -- attainment on indicator ids


def test_an_irb_indicator_takes_realisations_and_appears_in_the_roll_ups() -> None:
    rm = roadmap(irb())
    realised = [
        rb.Realization.parse("irb", 2020, "IRB 66"),
        rb.Realization.parse("irb", 2021, "IRB 67"),
    ]
    report = rb.attain(rm, realised, as_of=pendulum.date(2021, 12, 31))
    assert report.row("irb", 2020).percent == Decimal("101.54")  # 66/65
    assert report.row("irb", 2020).area_id is None
    target = report.target("irb")
    assert target.label == "Indeks Reformasi Birokrasi"
    for dimension, key in [
        (Dimension.INDICATOR, "irb"),
        (Dimension.GOAL, "sasaran-1"),
        (Dimension.OBJECTIVE, "tujuan-1"),
        (Dimension.ROADMAP, rm.id),
    ]:
        rollup = report.rollup(dimension, key)
        assert rollup.children == ("irb",)
        assert rollup.exact == target.exact
    assert report.by_year(2021).children == ("irb",)
    assert not report.rollups_by(Dimension.PROGRAMME)
    assert not report.rollups_by(Dimension.UNIT)


def test_its_forecast_from_one_realised_value_starts_at_the_baseline_within_the_scale() -> None:
    rm = roadmap(irb())
    report = rb.attain(
        rm, [rb.Realization.parse("irb", 2020, "IRB 90")], as_of=pendulum.date(2021, 3, 31)
    )
    forecast = report.target("irb").forecast
    assert forecast.start is not None
    assert forecast.start.source is StartSource.BASELINE
    assert (forecast.start.year, forecast.start.low) == (2019, Decimal("62.5"))
    # The line from 62,5 (2019) through 90 (2020) reaches 200 by 2024: clipped to the scale.
    assert forecast.clipped
    assert forecast.projected_value == 100
    assert "baseline" in forecast.explanation.english


def test_pro_rating_the_first_year_starts_from_the_baseline() -> None:
    rm = roadmap(irb())
    report = rb.attain(
        rm,
        [rb.Realization.parse("irb", 2020, "IRB 64", quarter=2)],
        as_of=pendulum.date(2020, 6, 30),
    )
    expected = report.row("irb", 2020).expected
    assert expected is not None
    assert expected.low == Decimal("63.75")  # 62,5 + (65 − 62,5) × 2/4


def test_impact_indicators_roll_up_by_theme_and_area_goals_by_area() -> None:
    poverty = rb.Indicator.parse(
        id="kemiskinan-1",
        name="Persentase penduduk miskin",
        unit="%",
        baseline={2019: "12,5"},
        targets={2020: "12", 2021: "11,5"},
        direction=rb.Direction.LOWER,
    )
    ikm = rb.Indicator.parse(id="ikm", name="IKM", unit="IKM", targets={2020: "80", 2021: "82"})
    rm = roadmap(
        objectives=[],
        area_set="permenpanrb-3-2023",
        areas=[
            rb.Area(
                id="pelayanan-publik",
                name="Peningkatan Kualitas Pelayanan Publik",
                goals=[rb.Goal(id="pelayanan-sasaran", text="IKM naik", indicators=[ikm])],
            )
        ],
        themes=[rb.Theme(id="kemiskinan", name="Pengentasan Kemiskinan", indicators=[poverty])],
    )
    realised = [
        rb.Realization.parse("kemiskinan-1", 2020, "12,4%"),
        rb.Realization.parse("ikm", 2020, "IKM 80"),
    ]
    report = rb.attain(rm, realised, as_of=pendulum.date(2020, 12, 31))
    assert report.rollup(Dimension.THEME, "kemiskinan").children == ("kemiskinan-1",)
    assert report.rollup(Dimension.AREA, "pelayanan-publik").children == ("ikm",)
    assert report.rollup(Dimension.GOAL, "pelayanan-sasaran").children == ("ikm",)
    # Lower is better: (2 × 12 − 12,4) / 12.
    assert report.row("kemiskinan-1", 2020).percent == Decimal("96.67")


def test_a_realisation_for_an_indicator_without_yearly_targets_is_refused_saying_why() -> None:
    rm = roadmap(irb(targets=None, aim=rb.parse_value("IRB 75")))
    with pytest.raises(UnknownTargetError) as caught:
        rb.attain(
            rm, [rb.Realization.parse("irb", 2020, "IRB 66")], as_of=pendulum.date(2021, 1, 1)
        )
    assert "this indicator has no yearly targets" in str(caught.value)
    with pytest.raises(UnknownTargetError) as caught:
        rb.attain(
            rm, [rb.Realization.parse("irv", 2020, "IRB 66")], as_of=pendulum.date(2021, 1, 1)
        )
    assert "no action or indicator has this id" in str(caught.value)


def test_a_realisation_in_another_unit_is_refused() -> None:
    with pytest.raises(UnitMismatchError):
        rb.attain(
            roadmap(irb()),
            [rb.Realization.parse("irb", 2020, "66%")],
            as_of=pendulum.date(2021, 1, 1),
        )


def test_the_rules_read_indicator_ids() -> None:
    late = irb(baseline={2020: "62,5"})
    (finding,) = [f for f in rb.validate(roadmap(late), lang="en") if f.code == "RB210"]
    assert (finding.entity_id, finding.path) == (
        "irb",
        "$.objectives[0].goals[0].indicators[0].baseline[2020]",
    )
    outside = irb(baseline={2019: "120"})
    codes = [(f.code, f.path) for f in rb.validate(roadmap(outside))]
    assert ("RB605", "$.objectives[0].goals[0].indicators[0].baseline[2019]") in codes


def test_diff_reports_a_raised_indicator_target() -> None:
    old = roadmap(irb())
    new = roadmap(irb(targets={2020: "65", 2021: "67,5", 2022: "71", 2023: "72,5", 2024: "75"}))
    changes = rb.diff(old, new).changes
    assert [(c.kind.value, c.entity_id, c.field) for c in changes] == [
        ("target-raised", "irb", "targets[2022]")
    ]


# -- properties over drawn indicators


@st.composite
def _indicator_and_realisation(draw: st.DrawFn) -> tuple[rb.RoadMap, rb.Realization, pendulum.Date]:
    indicator = draw(rbst.indicators(ids=st.just("i-1"), period=PERIOD))
    if indicator.targets is None or not indicator.targets.due_years:
        indicator = attrs.evolve(
            indicator, targets=rb.Target.of(2020, "IRB 70", "IRB 72"), unit=None
        )
    assert indicator.targets is not None
    year = draw(st.sampled_from(indicator.targets.due_years))
    cell = indicator.targets[year]
    number = number_of(cell)
    value: object = number if number is not None and is_due(number) else Verdict.ACHIEVED
    as_of = pendulum.date(draw(st.integers(year, 2025)), 12, 31)
    rm = roadmap(objectives=[goal_table(indicator)])
    realised = rb.Realization(target_id="i-1", year=year, value=value)  # type: ignore[arg-type]
    return rm, realised, as_of


@settings(max_examples=60, deadline=None)
@given(_indicator_and_realisation())
def test_a_forecast_from_one_realised_value_never_goes_beyond_the_scale(
    case: tuple[rb.RoadMap, rb.Realization, pendulum.Date],
) -> None:
    rm, realised, as_of = case
    report = rb.attain(rm, [realised], as_of=as_of)
    forecast = report.target("i-1").forecast
    limits = forecast.limits
    if forecast.projected_value is not None and limits is not None:
        if limits.low is not None:
            assert forecast.projected_value >= limits.low
        if limits.high is not None:
            assert forecast.projected_value <= limits.high


@settings(max_examples=40, deadline=None)
@given(
    rbst.indicators(period=PERIOD),
    st.sampled_from([rb.Period(2017, 2021), None]),
)
def test_drawn_indicators_survive_the_document_round_trip(
    indicator: rb.Indicator, table_years: rb.Period | None
) -> None:
    if table_years is not None:
        indicator = attrs.evolve(indicator, targets=None)
    rm = roadmap(objectives=[goal_table(indicator, period=table_years)])
    text = rb.to_json(rm)
    assert rb.from_json(text, rb.RoadMap) == rm
    assert rb.to_json(rb.from_json(text, rb.RoadMap)) == text
