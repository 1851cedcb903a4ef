"""Properties of attainment over random road maps and realisations (Hypothesis)."""

from __future__ import annotations

import datetime
from decimal import Decimal
from fractions import Fraction

import pendulum
from hypothesis import given
from hypothesis import strategies as st

import rbroadmap as rb
from rbroadmap import strategies as rbst
from rbroadmap.attainment import Status

UNITS = ("BKPSDM", "Inspektorat", "Diskominfo", "Bag. Organisasi Setda")
PROGRAMMES = (None, "Program peningkatan kapasitas kelembagaan", "Program good governance")


@st.composite
def cells(draw: st.DrawFn) -> tuple[rb.TargetValue, ...]:
    """Five yearly cells of one kind, some of them ``-``."""
    kind = draw(st.sampled_from(["percentage", "count", "index", "level", "range", "text"]))
    unit = draw(rbst.count_units())
    index = draw(st.sampled_from(rbst.INDEXES))

    def value(n: int) -> rb.TargetValue:
        if kind == "percentage":
            return rb.Percentage(n)
        if kind == "count":
            return rb.Count(n, unit)
        if kind == "index":
            return rb.IndexScore(index, n)
        if kind == "level":
            return rb.Level(n % 6)
        if kind == "range":
            return rb.Range(rb.Percentage(n), rb.Percentage(n + 10))
        return rb.Qualitative("WTP")

    numbers = draw(st.lists(st.integers(0, 100), min_size=5, max_size=5))
    dashes = draw(st.lists(st.integers(0, 4), min_size=5, max_size=5))
    return tuple(rb.NO_TARGET if d == 0 else value(n) for n, d in zip(numbers, dashes, strict=True))


@st.composite
def roadmaps(draw: st.DrawFn) -> rb.RoadMap:
    """Small road maps 2018-2022 with every kind of target, merged rows and budgets."""
    areas = []
    k = 0
    for i in range(draw(st.integers(1, 3))):
        actions: list[rb.Action] = []
        for _ in range(draw(st.integers(1, 4))):
            k += 1
            units = draw(st.lists(st.sampled_from(UNITS), max_size=2, unique=True))
            if actions and draw(st.integers(0, 4)) == 0:
                actions.append(rb.Action(id=f"a{k}", text="x", units=units, shares=actions[-1].id))
                continue
            direction = draw(st.sampled_from(rb.Direction))
            actions.append(
                rb.Action(
                    id=f"a{k}",
                    targets=rb.Target(
                        values=dict(zip(range(2018, 2023), draw(cells()), strict=True)),
                        direction=direction,
                    ),
                    programme=draw(st.sampled_from(PROGRAMMES)),
                    budget=draw(st.one_of(st.none(), rbst.rupiah_amounts(max_value=10**9))),
                    units=units,
                )
            )
        areas.append(rb.Area(id=f"area-{i}", name=f"Area {i}", actions=actions))
    return rb.RoadMap(id="kota-x", government="Kota X", period=rb.Period(2018, 2022), areas=areas)


@st.composite
def cases(draw: st.DrawFn) -> tuple[rb.RoadMap, rb.Realizations, pendulum.Date]:
    rm = draw(roadmaps())
    realised = draw(rbst.realizations(rm))
    day = draw(st.dates(datetime.date(2018, 1, 1), datetime.date(2023, 6, 30)))
    return rm, realised, pendulum.Date(day.year, day.month, day.day)


OPTIONS = st.fixed_dictionaries(
    {
        "method": st.sampled_from(rb.RollUpMethod),
        "lower_is_better": st.sampled_from(rb.LowerIsBetter),
        "proration": st.sampled_from(rb.Proration),
    }
)


def every_figure(report: rb.AttainmentReport) -> list[Fraction]:
    figures: list[Fraction | None] = [r.exact for r in report.rows]
    for t in report.targets:
        figures += [t.exact, t.forecast.exact, None if t.progress is None else t.progress.exact]
    for r in report.rollups:
        figures += [r.exact, r.mean, r.budget_weighted, r.worst, r.forecast_exact]
    return [f for f in figures if f is not None]


@given(cases(), OPTIONS)
def test_attainment_is_deterministic_and_order_free(
    case: tuple[rb.RoadMap, rb.Realizations, pendulum.Date], options: dict[str, object]
) -> None:
    rm, realised, day = case
    first = rb.attain(rm, realised, as_of=day, **options)  # type: ignore[arg-type]
    again = rb.attain(rm, realised, as_of=day, **options)  # type: ignore[arg-type]
    assert first.to_dict() == again.to_dict()
    reordered = rb.attain(rm, list(reversed(realised.items)), as_of=day, **options)  # type: ignore[arg-type]
    assert [r.exact for r in reordered.rows] == [r.exact for r in first.rows]
    assert [r.exact for r in reordered.rollups] == [r.exact for r in first.rollups]


@given(cases(), OPTIONS, st.one_of(st.none(), st.sampled_from([100, 120, 150])))
def test_floor_cap_and_never_nan(
    case: tuple[rb.RoadMap, rb.Realizations, pendulum.Date],
    options: dict[str, object],
    cap: int | None,
) -> None:
    rm, realised, day = case
    report = rb.attain(rm, realised, as_of=day, cap=cap, **options)  # type: ignore[arg-type]
    for figure in every_figure(report):
        assert isinstance(figure, Fraction)
        assert figure >= 0
        if cap is not None:
            assert figure <= cap
    for record in report.to_records() + report.to_records("rollups"):
        for value in record.values():
            if isinstance(value, Decimal):
                assert value.is_finite()
    assert "NaN" not in repr(report.to_dict())


@given(roadmaps(), st.sampled_from(rb.LowerIsBetter), st.integers(2019, 2023))
def test_realised_equal_to_target_is_100_percent(
    rm: rb.RoadMap, lower: rb.LowerIsBetter, year_after: int
) -> None:
    realised = []
    for action, target in rm.targets():
        for year, cell in target.values:
            if year >= year_after or isinstance(cell, rb.NoTarget):
                continue
            value = cell.low if isinstance(cell, rb.Range) else cell
            realised.append(rb.Realization(target_id=action.id, year=year, value=value))
    report = rb.attain(rm, realised, as_of=pendulum.date(year_after, 1, 1), lower_is_better=lower)
    for row in report.rows:
        if row.year < year_after and row.status.due:
            assert row.status is Status.JUDGED
            assert row.exact == 100, row.explanation


@given(cases(), st.sampled_from(rb.RollUpMethod))
def test_a_roll_up_of_one_child_is_the_child(
    case: tuple[rb.RoadMap, rb.Realizations, pendulum.Date], method: rb.RollUpMethod
) -> None:
    rm, realised, day = case
    report = rb.attain(rm, realised, as_of=day, method=method)
    for rollup in report.rollups_by("action"):
        assert rollup.key is not None
        target = report.target(rollup.key)
        assert rollup.exact == target.exact
        assert rollup.forecast_exact == target.forecast.exact
        for row in target.rows:
            if row.status.due:
                assert report.rollup("action", rollup.key, year=row.year).exact == row.exact


@given(cases(), OPTIONS)
def test_the_worst_child_is_never_above_a_mean(
    case: tuple[rb.RoadMap, rb.Realizations, pendulum.Date], options: dict[str, object]
) -> None:
    rm, realised, day = case
    report = rb.attain(rm, realised, as_of=day, **options)  # type: ignore[arg-type]
    for rollup in report.rollups:
        if rollup.worst is not None:
            assert rollup.mean is not None
            assert rollup.budget_weighted is not None
            assert rollup.worst <= rollup.mean
            assert rollup.worst <= rollup.budget_weighted


@given(cases())
def test_coverage_counts_add_up(case: tuple[rb.RoadMap, rb.Realizations, pendulum.Date]) -> None:
    rm, realised, day = case
    report = rb.attain(rm, realised, as_of=day)
    for rollup in report.rollups:
        assert rollup.reported + len(rollup.missing) == rollup.due
        assert set(rollup.missing) | set(rollup.undefined) <= set(rollup.children)
    areas = report.rollups_by("area")
    overall = report.overall
    assert overall.due == sum(a.due for a in areas)
    assert overall.missing == tuple(m for a in areas for m in a.missing)
    assert overall.due == sum(1 for t in report.targets if t.status.due)
    for year in report.rollups_by("year"):
        assert year.year is not None
        per_area = report.rollups_by("area", year=year.year)
        assert year.due == sum(a.due for a in per_area)
        assert year.reported == sum(a.reported for a in per_area)
        assert year.due == sum(1 for r in report.rows if r.year == year.year and r.status.due)
