"""Laws of honest attainment (Hypothesis): a projection never leaves its value's scale,
the order of realisations changes nothing, and a value in a year with nothing due
changes no figure."""

from __future__ import annotations

import datetime
from fractions import Fraction

import pendulum
from hypothesis import given
from hypothesis import strategies as st

import rbroadmap as rb
from rbroadmap import strategies as rbst
from rbroadmap.attainment import ForecastMethod, LeftOutReason
from rbroadmap.attainment.limits import limits_of
from rbroadmap.values import is_due

PERIOD = rb.Period(2018, 2022)
SCORES = {"IRB": (0, 100), "SAKIP": (0, 100), "IKM": (25, 100)}


@st.composite
def score_targets(draw: st.DrawFn) -> rb.Target:
    """Schedules of index scores and levels, of every shape, either direction."""
    kind = draw(st.sampled_from([*SCORES, "Level"]))
    if kind == "Level":
        values = draw(st.lists(st.integers(0, 5), min_size=5, max_size=5))
        cells: list[rb.TargetValue] = [rb.Level(v) for v in values]
    else:
        low, high = SCORES[kind]
        values = draw(st.lists(st.integers(low, high), min_size=5, max_size=5))
        cells = [rb.IndexScore(kind, v) for v in values]
    if draw(st.booleans()):
        cells = sorted(cells, key=lambda c: c.magnitude)  # type: ignore[union-attr]
    dashes = draw(st.lists(st.booleans(), min_size=5, max_size=5))
    cells = [rb.NO_TARGET if dash else cell for cell, dash in zip(cells, dashes, strict=True)]
    direction = draw(st.sampled_from(rb.Direction))
    return rb.Target(values=dict(zip(PERIOD.years, cells, strict=True)), direction=direction)


def realised_scores(target: rb.Target) -> st.SearchStrategy[list[rb.Realization]]:
    """Realised values anywhere on the scale, yearly or quarterly, for any year."""
    final = target.final
    assert final is not None

    def one(year: int, quarter: int | None, value: int) -> rb.Realization:
        if isinstance(final, rb.Level):
            realised: rb.TargetValue = rb.Level(value % 6)
        else:
            assert isinstance(final, rb.IndexScore)
            low, high = SCORES[final.index]
            realised = rb.IndexScore(final.index, low + value % (high - low + 1))
        return rb.Realization(target_id="a1", year=year, quarter=quarter, value=realised)

    keys = st.tuples(st.sampled_from(PERIOD.years), st.sampled_from([None, 1, 2, 3, 4]))
    return st.dictionaries(keys, st.integers(0, 1000), max_size=6).map(
        lambda found: [one(y, q, v) for (y, q), v in found.items()]
    )


def one_target(target: rb.Target) -> rb.RoadMap:
    return rb.RoadMap(
        id="kota-x",
        government="Kota X",
        period=PERIOD,
        areas=[rb.Area(id="o", name="O", actions=[rb.Action(id="a1", targets=target)])],
    )


DAYS = st.dates(datetime.date(2018, 1, 1), datetime.date(2023, 6, 30)).map(
    lambda d: pendulum.Date(d.year, d.month, d.day)
)
PROJECTED = frozenset(ForecastMethod) - {
    ForecastMethod.ACTUAL,
    ForecastMethod.LATEST,
    ForecastMethod.NONE,
}


@given(score_targets().filter(lambda t: t.final is not None).flatmap(
    lambda t: st.tuples(st.just(t), realised_scores(t))
), DAYS)  # fmt: skip
def test_a_forecast_of_a_score_or_level_stays_within_its_scale(
    case: tuple[rb.Target, list[rb.Realization]], day: pendulum.Date
) -> None:
    target, realised = case
    forecast = rb.attain(one_target(target), realised, as_of=day).target("a1").forecast
    if forecast.method not in PROJECTED:
        return
    assert forecast.projected_value is not None
    final = target.final
    if isinstance(final, rb.Level):
        assert 0 <= forecast.projected_value <= 5
    else:
        assert isinstance(final, rb.IndexScore)
        low, high = SCORES[final.index]
        assert low <= forecast.projected_value <= high
    assert forecast.clipped == ("taken as" in forecast.explanation.english)


@st.composite
def cases(draw: st.DrawFn) -> tuple[rb.RoadMap, rb.Realizations, pendulum.Date]:
    roadmap = draw(rbst.roadmaps(max_areas=3, max_actions=4, max_programmes=2, max_waivers=0))
    return roadmap, draw(rbst.realizations(roadmap)), draw(DAYS)


def figures(report: rb.AttainmentReport) -> dict[str, object]:
    data = report.to_dict()
    return {key: data[key] for key in ("rows", "targets", "rollups")}


@given(cases(), st.randoms(use_true_random=False))
def test_the_order_of_realisations_changes_nothing(
    case: tuple[rb.RoadMap, rb.Realizations, pendulum.Date], random: object
) -> None:
    roadmap, realised, day = case
    shuffled = list(realised.items)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    first = rb.attain(roadmap, realised, as_of=day)
    again = rb.attain(roadmap, shuffled, as_of=day)
    assert figures(again) == figures(first)
    assert set(again.left_out_reasons) == set(first.left_out_reasons)


@given(cases(), st.data())
def test_a_value_in_a_year_with_nothing_due_never_changes_any_figure(
    case: tuple[rb.RoadMap, rb.Realizations, pendulum.Date], data: st.DataObject
) -> None:
    roadmap, realised, day = case
    taken = {(r.target_id, r.year, r.quarter) for r in realised}
    idle = []
    for action, target in roadmap.targets():
        for year, cell in target.values:
            if is_due(cell):  # '-' and 'NA' ask for nothing
                continue
            reference = target.final
            if reference is None:
                continue
            quarter = data.draw(st.sampled_from([None, 1, 2, 3, 4]))
            if (action.id, year, quarter) in taken:
                continue
            value = data.draw(rbst.realized_values(reference))
            idle.append(
                rb.Realization(target_id=action.id, year=year, quarter=quarter, value=value)
            )
    before = rb.attain(roadmap, realised, as_of=day)
    after = rb.attain(roadmap, [*realised, *idle], as_of=day)
    assert figures(after) == figures(before)
    added = {left.realization: left.reason for left in after.left_out_reasons}
    for realization in idle:
        assert added[realization] in (LeftOutReason.NOTHING_DUE, LeftOutReason.NOT_BEGUN)


def test_the_laws_hold_on_a_hand_made_case() -> None:
    target = rb.Target.of(2018, "IRB 70", "IRB 73", "IRB 76", "IRB 79", "IRB 82")
    realised = [
        rb.Realization.parse("a1", 2018, "IRB 90"),
        rb.Realization.parse("a1", 2019, "IRB 99"),
    ]
    forecast = (
        rb.attain(one_target(target), realised, as_of=pendulum.date(2019, 12, 31))
        .target("a1")
        .forecast
    )
    assert forecast.projected_value == Fraction(100)  # 99 + 9 × 3 = 126, taken as 100
    assert forecast.clipped


@given(cases(), st.one_of(st.none(), st.sampled_from([100, 120, 150])))
def test_every_projection_stays_within_its_scale_and_every_figure_within_its_cap(
    case: tuple[rb.RoadMap, rb.Realizations, pendulum.Date], cap: int | None
) -> None:
    roadmap, realised, day = case
    report = rb.attain(roadmap, realised, as_of=day, cap=cap)
    for action, target in roadmap.targets():
        attained = report.target(action.id)
        forecast = attained.forecast
        if forecast.method in PROJECTED:
            limits = limits_of(target, year=roadmap.period.start)
            value = forecast.projected_value
            assert limits is not None
            assert value is not None
            assert limits.low is None or value >= limits.low
            assert limits.high is None or value <= limits.high
        limit = target.cap if target.cap is not None else cap
        assert attained.formula.cap == limit
        figures = [row.exact for row in attained.rows]
        figures += [attained.exact, forecast.exact]
        for figure in figures:
            if figure is not None:
                assert figure >= 0
                assert limit is None or figure <= limit
