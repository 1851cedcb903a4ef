"""A target's own lower-is-better formula and cap: in the model, in documents of format
version 2, and what a document of version 1 becomes."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import attrs
import pendulum
import pytest
from hypothesis import given

import rbroadmap as rb
from rbroadmap import strategies as rbst
from rbroadmap.attainment import Formula
from rbroadmap.converters import FORMAT_VERSION, MIGRATIONS, SUPPORTED_FORMAT_VERSIONS
from support.documents import version_1

LOWER = rb.Direction.LOWER


def test_lower_is_better_lives_beside_direction_and_stays_where_users_know_it() -> None:
    assert rb.LowerIsBetter is rb.schedule.LowerIsBetter
    assert rb.attainment.LowerIsBetter is rb.LowerIsBetter
    assert rb.attainment.formulas.LowerIsBetter is rb.LowerIsBetter
    assert rb.LowerIsBetter.RATIO.label.indonesian == "Rasio"


def test_a_target_may_set_its_formula_and_cap() -> None:
    target = rb.Target.of(
        2018,
        "20 Kasus",
        "15 Kasus",
        direction=LOWER,
        lower_is_better=rb.LowerIsBetter.RATIO,
        cap=120,
    )
    assert target.lower_is_better is rb.LowerIsBetter.RATIO
    assert target.cap == Decimal(120)
    plain = rb.Target.of(2018, "20 Kasus")
    assert (plain.lower_is_better, plain.cap) == (None, None)


@pytest.mark.parametrize(
    ("cap", "error", "says"),
    [
        (0, rb.ModelError, "Target.cap = Decimal('0'): a cap must be positive"),
        (-5, rb.ModelError, "a cap must be positive"),
        (1.5, rb.ModelTypeError, "a binary float is not exact"),
        ("120", rb.ModelTypeError, "Target.cap"),
    ],
)
def test_a_cap_is_an_exact_positive_number(cap: object, error: type[Exception], says: str) -> None:
    with pytest.raises(error, match=re.escape(says)):
        rb.Target.of(2018, "20%", cap=cap)  # type: ignore[arg-type]


def test_a_formula_must_be_one_of_the_two() -> None:
    with pytest.raises(rb.ModelTypeError, match="lower_is_better"):
        rb.Target.of(2018, "20%", lower_is_better="ratio")  # type: ignore[arg-type]


# -- documents


def test_a_document_writes_the_formula_and_cap_beside_the_years() -> None:
    target = rb.Target.of(
        2018,
        "20 Kasus",
        direction=LOWER,
        lower_is_better=rb.LowerIsBetter.RATIO,
        cap=Decimal("112.5"),
    )
    data = rb.to_dict(target)
    assert data == {
        "2018": "20 Kasus",
        "direction": "lower",
        "lower_is_better": "ratio",
        "cap": "112.5",
    }
    assert rb.from_dict(data, rb.Target) == target
    assert rb.from_dict({**data, "cap": 112}, rb.Target).cap == 112


@pytest.mark.parametrize(
    ("key", "value", "says"),
    [
        ("cap", 0, "a cap on attainment must be above 0, not 0"),
        ("cap", 1.5, "not exact"),
        ("cap", "120%", "expected an exact number"),
        ("lower_is_better", "rasio", "expected one of 'difference', 'ratio'"),
        ("lower_is_better", None, "expected one of"),
    ],
)
def test_a_bad_formula_or_cap_is_refused_at_its_key(key: str, value: object, says: str) -> None:
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict({"2018": "20%", key: value}, rb.Target)
    assert caught.value.paths == (f'$["{key}"]',)
    assert says in str(caught.value)


def document(version: int) -> dict[str, Any]:
    if version == 1:  # the IKM as version 1 held it: one baseline, one target
        return version_1(rb.samples.probolinggo())
    data = rb.to_dict(rb.samples.probolinggo())
    data["format_version"] = version
    return data


def test_the_newest_version_is_written_and_older_ones_are_read() -> None:
    assert FORMAT_VERSION == 2
    assert sorted(SUPPORTED_FORMAT_VERSIONS) == [1, 2]
    assert set(MIGRATIONS) == {1}  # a step from each older version
    assert rb.to_dict(rb.samples.probolinggo())["format_version"] == 2


def test_a_version_1_document_loads_to_the_same_road_map_as_before() -> None:
    sample = rb.samples.probolinggo()
    assert rb.from_dict(document(1), rb.RoadMap) == sample
    assert rb.from_dict(document(2), rb.RoadMap) == sample


def version_1_cell(cell: rb.TargetValue) -> rb.TargetValue:
    """A cell of the kind version 1 wrote that stands for *cell*, read alike by both versions.

    Version 1 knew no thresholds, grades, ticks, quantities or ``NA``, read the words
    after a count's first as a remark, and read a remark only after its first word.
    """
    if isinstance(cell, rb.Threshold):
        return version_1_cell(cell.value)
    if isinstance(cell, rb.Graded):
        return version_1_cell(cell.score)
    if isinstance(cell, rb.Range):
        low, high = version_1_cell(cell.low), version_1_cell(cell.high)
        assert isinstance(low, rb.Percentage | rb.Count | rb.IndexScore)
        assert isinstance(high, rb.Percentage | rb.Count | rb.IndexScore)
        return rb.Range(low, high)
    if isinstance(cell, rb.Count | rb.Quantity):
        return rb.Count(int(cell.magnitude), cell.unit.split(" ")[0])
    if isinstance(cell, rb.CheckMark):
        return rb.Qualitative("Terlaksana")
    if isinstance(cell, rb.NotAvailable):
        return rb.NO_TARGET
    return cell


def version_1_row(action: rb.Action) -> rb.Action:
    """*action* as version 1 could state it: an annual budget only, cells of version 1."""
    targets = action.targets
    if targets is not None:
        targets = rb.Target(
            values={y: version_1_cell(v) for y, v in targets.values},
            direction=targets.direction,
            shape=targets.declared_shape,
        )
    return attrs.evolve(action, targets=targets, budget_per_year=None, budget_total=None)


def version_1_twin(roadmap: rb.RoadMap) -> rb.RoadMap:
    """*roadmap* as a document of version 1 could state it: without what version 2 added.

    Version 1 knew no plan hierarchy (its rows stand in their area), no area labels,
    budgets per year or for the period, themes, profile, regulations, goal tables or
    indicators of goals (its indicators, of another shape, are tested on their own).
    """

    def goals(held: tuple[rb.Goal, ...]) -> list[rb.Goal]:
        return [attrs.evolve(goal, indicators=()) for goal in held]

    areas = [
        attrs.evolve(
            area,
            label=None,
            programmes=(),
            activities=(),
            goals=goals(area.goals),
            actions=[version_1_row(action) for action in area.rows],
        )
        for area in roadmap.areas
    ]
    achievements = [
        attrs.evolve(a, goals=goals(a.goals), indicators=()) for a in roadmap.achievements
    ]
    return attrs.evolve(
        roadmap,
        areas=areas,
        achievements=achievements,
        goals=goals(roadmap.goals),
        objectives=(),
        themes=(),
        profile=rb.Profile(),
        regulation=None,
        amends=None,
    )


@given(rbst.roadmaps())
def test_any_version_1_document_reads_as_its_version_2_twin(roadmap: rb.RoadMap) -> None:
    plain = version_1_twin(roadmap)
    data = rb.to_dict(plain)
    assert rb.from_dict({**data, "format_version": 1}, rb.RoadMap) == plain
    assert rb.from_dict(rb.to_dict(roadmap), rb.RoadMap) == roadmap


def test_a_version_1_document_may_not_use_what_version_2_added() -> None:
    data = document(1)
    targets = data["areas"][4]["actions"][2]["targets"]
    targets["lower_is_better"] = "ratio"
    targets["cap"] = 120
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict(data, rb.RoadMap)
    assert set(caught.value.paths) == {
        '$.areas[4].actions[2].targets["lower_is_better"]',
        '$.areas[4].actions[2].targets["cap"]',
    }
    detail = caught.value.details[0]
    assert "format version 2" in detail.message.english
    assert "versi format 2" in detail.message.indonesian
    data = document(2)  # the same keys in a version-2 document are read
    targets = data["areas"][4]["actions"][2]["targets"]
    targets["lower_is_better"] = "ratio"
    targets["cap"] = 120
    loaded = rb.from_dict(data, rb.RoadMap)
    target = loaded.areas[4].actions[2].targets
    assert target is not None
    assert (target.lower_is_better, target.cap) == (rb.LowerIsBetter.RATIO, 120)


@pytest.mark.parametrize("version", [0, 3, "2"])
def test_an_unknown_version_is_refused(version: object) -> None:
    data = document(2)
    data["format_version"] = version
    with pytest.raises(rb.DataError, match="the supported versions are 1, 2"):
        rb.from_dict(data, rb.RoadMap)


def test_a_malformed_version_1_document_is_refused_where_it_is_malformed() -> None:
    data = document(1)
    data["areas"][0]["actions"] = "none"
    data["areas"][1] = 5
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict(data, rb.RoadMap)
    assert set(caught.value.paths) == {"$.areas[0].actions", "$.areas[1]"}


# -- attainment with a target's own formula


def two_targets(first: rb.Target, second: rb.Target) -> rb.RoadMap:
    return rb.RoadMap(
        id="kota-x",
        government="Kota X",
        period=rb.Period(2018, 2022),
        areas=[
            rb.Area(
                id="pengawasan",
                name="Pengawasan",
                actions=[rb.Action(id="a1", targets=first), rb.Action(id="a2", targets=second)],
            )
        ],
    )


def attained(roadmap: rb.RoadMap, **options: object) -> rb.AttainmentReport:
    realised = [rb.Realization.parse("a1", 2018, "40%"), rb.Realization.parse("a2", 2018, "40%")]
    return rb.attain(roadmap, realised, as_of=pendulum.date(2018, 12, 31), **options)  # type: ignore[arg-type]


def test_each_target_is_judged_with_its_own_formula_and_the_rest_with_the_report_s() -> None:
    ratio = rb.Target.of(2018, "50%", direction=LOWER, lower_is_better=rb.LowerIsBetter.RATIO)
    plain = rb.Target.of(2018, "50%", direction=LOWER)
    report = attained(two_targets(ratio, plain))
    own, default = report.row("a1", 2018), report.row("a2", 2018)
    assert (own.percent, own.formula) == (Decimal("125.00"), Formula.LOWER_RATIO)  # 50/40
    assert (default.percent, default.formula) == (Decimal("120.00"), Formula.LOWER_DIFFERENCE)
    assert own.explanation.english == (
        "this target's own formula: T/R × 100%; lower is better: T/R × 100% = 50/40 × 100% "
        "= 125.00%"
    )
    assert own.explanation.indonesian.startswith("rumus target ini sendiri: T/R × 100%; ")
    assert default.explanation.english == (
        "lower is better: (2T − R)/T × 100% = (2 × 50 − 40)/50 × 100% = 120.00%"
    )
    assert report.target("a1").formula.lower_is_better is rb.LowerIsBetter.RATIO
    assert report.target("a2").formula.lower_is_better is rb.LowerIsBetter.DIFFERENCE
    # the report's option is only a default: the target keeps its own choice
    swapped = attained(two_targets(ratio, plain), lower_is_better=rb.LowerIsBetter.RATIO)
    assert swapped.row("a1", 2018).percent == swapped.row("a2", 2018).percent == Decimal("125.00")
    difference = attrs.evolve(ratio, lower_is_better=rb.LowerIsBetter.DIFFERENCE)
    kept = attained(two_targets(difference, plain), lower_is_better=rb.LowerIsBetter.RATIO)
    assert kept.row("a1", 2018).percent == Decimal("120.00")  # its own (2T - R)/T
    assert kept.row("a2", 2018).percent == Decimal("125.00")  # the report's T/R


def test_a_target_s_own_cap_wins_over_the_report_s() -> None:
    high = rb.Target.of(2018, "20%", cap=150)
    plain = rb.Target.of(2018, "20%")
    report = attained(two_targets(high, plain), cap=120)
    assert report.row("a1", 2018).percent == Decimal("150.00")  # 200% capped at its own 150
    assert report.row("a2", 2018).percent == Decimal("120.00")  # the report's cap
    assert report.row("a1", 2018).explanation.english == (
        "this target's own formula: capped at 150.00%; higher is better: R/T × 100% = "
        "40/20 × 100% = 200.00% → 150.00% (capped at 150.00%)"
    )
    uncapped = attained(two_targets(high, plain))
    assert uncapped.row("a2", 2018).percent == Decimal("200.00")
    assert uncapped.target("a1").formula.cap == 150


def test_a_formula_for_lower_is_better_is_not_named_where_higher_is_better() -> None:
    higher = rb.Target.of(2018, "50%", lower_is_better=rb.LowerIsBetter.RATIO)
    report = attained(two_targets(higher, rb.Target.of(2018, "50%")))
    row = report.row("a1", 2018)
    assert row.percent == Decimal("80.00")  # 40/50
    assert row.explanation.english == "higher is better: R/T × 100% = 40/50 × 100% = 80.00%"


def test_the_forecast_and_progress_use_the_target_s_own_formula() -> None:
    cells = ("20 Kasus", "15 Kasus", "10 Kasus", "8 Kasus", "5 Kasus")
    own = rb.Target.of(2018, *cells, direction=LOWER, lower_is_better=rb.LowerIsBetter.RATIO)
    roadmap = two_targets(own, rb.Target.of(2018, *cells, direction=LOWER))
    realised = [
        rb.Realization.parse(target, year, value)
        for target in ("a1", "a2")
        for year, value in ((2018, "20 Kasus"), (2019, "16 Kasus"))
    ]
    report = rb.attain(roadmap, realised, as_of=pendulum.date(2019, 12, 31))
    # 20, 16: projected 4 in 2022; T/R = 5/4, (2T - R)/T = (10 - 4)/5
    assert report.target("a1").forecast.percent == Decimal("125.00")
    assert report.target("a2").forecast.percent == Decimal("120.00")
    assert (
        "this target's own formula: T/R × 100%" in report.target("a1").forecast.explanation.english
    )
    progress = report.target("a1").progress
    assert progress is not None
    assert progress.percent == Decimal("31.25")  # 5/16
