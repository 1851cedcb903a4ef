"""The public Hypothesis strategies build realistic objects, valid by
construction, respect their options, and are registered for st.from_type."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import rbroadmap as rb
from rbroadmap import strategies as rbst
from rbroadmap.model import BudgetForm
from rbroadmap.schedule import infer_shape
from rbroadmap.values import measure_of, unit_measure
from support.snippets import blocks, check, module


def test_strategies_are_named_as_plurals_and_exported() -> None:
    # `violating(code)` reads as what it draws: road maps violating rule *code*
    for name in rbst.__all__:
        assert name.endswith("s") or name == "violating", name
        assert callable(getattr(rbst, name))
    assert rbst.__all__ == sorted(rbst.__all__)


def test_the_hypothesis_entry_point_is_declared() -> None:
    (entry,) = [
        e
        for e in importlib.metadata.entry_points(group="hypothesis")
        if e.value.startswith("rbroadmap.")
    ]
    assert entry.load() is rbst._hypothesis_setup_hook


@pytest.mark.parametrize(
    "first", ["import rbroadmap.strategies", "import hypothesis; import rbroadmap.strategies"]
)
def test_the_strategies_can_be_imported_before_hypothesis(first: str) -> None:
    # Regression: when rbroadmap.strategies was the first to import Hypothesis, the
    # entry point asked the half-imported module for its hook: AttributeError.
    script = (
        f"{first}\n"
        "from hypothesis import strategies as st\n"
        "import rbroadmap as rb\n"
        "assert isinstance(st.from_type(rb.Period).example(), rb.Period)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("cls", [rb.RoadMap, rb.Action, rb.Target, rb.UnitRegistry, rb.Count])
def test_from_type_builds_valid_objects_through_the_entry_point(cls: type) -> None:
    # No explicit import of rbroadmap.strategies is needed: Hypothesis ran the hook.
    @settings(max_examples=5)
    @given(st.from_type(cls))
    def check(obj: object) -> None:
        assert isinstance(obj, cls)

    check()


@pytest.mark.parametrize("shape", list(rb.Shape), ids=lambda s: s.value)
@given(data=st.data())
def test_target_schedules_have_the_shape_drawn(shape: rb.Shape, data: st.DataObject) -> None:
    period = data.draw(rbst.periods(min_years=3, max_years=6))
    target = data.draw(rbst.target_schedules(period=period, shapes=[shape]))
    assert target.years == period.years
    assert target.shape is shape
    values = [v for _, v in target.values]
    assert infer_shape(values, target.direction) is shape


@given(rbst.target_schedules())
def test_target_schedules_cover_the_probolinggo_period_by_default(target: rb.Target) -> None:
    assert target.years == (2018, 2019, 2020, 2021, 2022)
    assert target.shape in rbst.SEED_SHAPES


@given(rbst.target_schedules(directions=[rb.Direction.LOWER], shapes=[rb.Shape.CUMULATIVE]))
def test_lower_is_better_cumulative_schedules_fall(target: rb.Target) -> None:
    magnitudes = [v.magnitude for _, v in target.values]  # type: ignore[union-attr]
    assert magnitudes == sorted(magnitudes, reverse=True)
    assert magnitudes[0] > magnitudes[-1]


def test_target_schedules_refuse_shapes_that_do_not_fit() -> None:
    with pytest.raises(InvalidArgument, match="fits"):
        rbst.target_schedules(period=rb.Period(2020, 2021), shapes=[rb.Shape.PERIODIC])
    # A one-year period still has one-off schedules.
    rbst.target_schedules(period=rb.Period(2020, 2020))


def test_every_seed_shape_comes_up() -> None:
    seen: set[rb.Shape] = set()

    @settings(max_examples=200)
    @given(rbst.target_schedules())
    def collect(target: rb.Target) -> None:
        seen.add(target.shape)

    collect()
    assert seen == set(rbst.SEED_SHAPES)


@settings(max_examples=300)
@given(rbst.target_schedules())
def test_a_unit_column_and_quarters_fit_the_cells(target: rb.Target) -> None:
    if target.unit is not None:
        measure = unit_measure(target.unit)
        assert all(measure_of(v) in (None, measure) for _, v in target.values)
    for year, cells in target.quarters:
        assert all(value == target[year] for _, value in cells)  # the year's target, held
    assert rb.from_dict(rb.to_dict(target), rb.Target) == target


def test_unit_columns_and_quarters_come_up() -> None:
    schedules = rbst.target_schedules()
    quick = settings(max_examples=2000, database=None)
    assert find(schedules, lambda t: t.unit is not None, settings=quick).unit is not None
    assert find(schedules, lambda t: bool(t.quarters), settings=quick).quarters


def test_rows_of_a_plan_hierarchy_carry_every_kind_of_cell_and_budget() -> None:
    """Drawn plan hierarchies hold rows with the cells and budgets of other regions."""

    def plan_rows(roadmap: rb.RoadMap) -> list[rb.Action]:
        return [r for a in roadmap.areas for r in a.rows if r not in a.actions]

    def cells(row: rb.Action) -> list[rb.TargetValue]:
        return [] if row.targets is None else [v for _, v in row.targets.values]

    quick = settings(max_examples=3000, database=None)
    for kind in (rb.Threshold, rb.CheckMark):
        find(
            rbst.roadmaps(),
            lambda rm, kind=kind: any(
                row.budget_form in (BudgetForm.PER_YEAR, BudgetForm.PERIOD_TOTAL)
                and any(isinstance(v, kind) for v in cells(row))
                for row in plan_rows(rm)
            ),
            settings=quick,
        )


@given(rbst.notation_strings())
def test_notation_strings_read_back_to_a_value(text: str) -> None:
    value = rb.parse_value(text)
    assert rb.parse_value(rb.format_value(value)) == value


@given(st.data())
def test_notation_strings_spell_the_value_given(data: st.DataObject) -> None:
    value = data.draw(rbst.target_values())
    text = data.draw(rbst.notation_strings(values=st.just(value)))
    assert rb.parse_value(text) == value


@given(st.data())
def test_rupiah_strings_read_back_to_the_amount(data: st.DataObject) -> None:
    amount = data.draw(rbst.rupiah_amounts(max_value=rb.notation.MAX_RUPIAH))
    text = data.draw(rbst.rupiah_strings(amounts=st.just(amount)))
    assert rb.parse_rupiah(text) == amount


@settings(max_examples=30)
@given(rbst.roadmaps(max_areas=4, max_actions=5))
def test_roadmaps_are_realistic_and_valid_by_construction(roadmap: rb.RoadMap) -> None:
    area_set = rb.AREA_SETS[roadmap.area_set or ""]
    assert [a.id for a in roadmap.areas] == [
        code for code in area_set.codes if code in {a.id for a in roadmap.areas}
    ]
    for area in roadmap.areas:
        assert area.standard in area_set.codes
        ids = [a.id for a in area.actions]
        for j, action in enumerate(area.actions):
            if action.shares is not None:
                assert action.shares in ids[:j]  # only earlier rows of the same area
            if action.targets is not None:
                assert set(action.targets.years) <= set(roadmap.period.years)
            if action.budget is not None:
                assert action.budget % 5_000_000 == 0
                assert 0 < action.budget <= 500_000_000
    assert {s.year for s in roadmap.stages} <= set(roadmap.period.years)
    assert all(w.entity_id in roadmap for w in roadmap.waivers)


def test_roadmaps_name_units_mostly_known_to_their_registry() -> None:
    known = unknown = 0

    @settings(max_examples=40)
    @given(rbst.roadmaps(min_areas=2, max_areas=4, min_actions=2, max_actions=5))
    def count(roadmap: rb.RoadMap) -> None:
        nonlocal known, unknown
        for action in roadmap.actions():
            for name in action.units:
                if roadmap.unit(name) is None:
                    unknown += 1
                else:
                    known += 1

    count()
    assert unknown > 0  # the rules have something to find
    assert known > 5 * unknown


@settings(max_examples=20)
@given(rbst.roadmaps(periods=st.just(rb.Period(2020, 2024)), min_areas=3, max_areas=3))
def test_roadmaps_respect_their_options(roadmap: rb.RoadMap) -> None:
    assert roadmap.period == rb.Period(2020, 2024)
    assert len(roadmap.areas) == 3


@settings(max_examples=20)
@given(rbst.roadmaps(area_sets=["permenpanrb-3-2023"], min_areas=8, max_areas=8, max_actions=1))
def test_roadmaps_can_follow_every_area_of_a_set(roadmap: rb.RoadMap) -> None:
    area_set = rb.AREA_SETS["permenpanrb-3-2023"]
    assert [a.id for a in roadmap.areas] == [a.code for a in area_set.general]
    codes = [t.code for t in area_set.themes]
    assert [t.standard for t in roadmap.themes] == [c for c in codes if c in roadmap]
    assert [t.number for t in roadmap.themes] == list(range(1, len(roadmap.themes) + 1))


@given(rbst.areas(max_actions=8, period=rb.Period(2018, 2020)))
def test_areas_share_only_earlier_rows(area: rb.Area) -> None:
    for j, action in enumerate(area.actions):
        assert action.id == f"{area.id}-{j + 1}"
        if action.shares is not None:
            assert action.shares in [a.id for a in area.actions[:j]]
        if action.targets is not None:
            assert action.targets.years == (2018, 2019, 2020)


@given(rbst.actions(unit_names=["BKPSDM"], programme_names=["program-1"], max_problems=1))
def test_actions_take_their_names_from_the_options(action: rb.Action) -> None:
    assert set(action.units) <= {"BKPSDM"}
    assert action.programme in (None, "program-1")
    assert len(action.problems) <= 1
    assert all(p.id.startswith(f"{action.id}-masalah-") for p in action.problems)


@given(rbst.unit_registries())
def test_unit_registries_have_parents_that_are_registered(registry: rb.UnitRegistry) -> None:
    ids = {u.id for u in registry.units}
    assert all(u.parent is None or u.parent in ids for u in registry.units)
    for group in registry.groups:
        assert set(group.members) <= ids
        assert group.size is not None
        assert group.size >= len(group.members)


@given(rbst.indicators(period=rb.Period(2020, 2024)))
def test_indicators_have_a_baseline_before_targets_in_their_unit(indicator: rb.Indicator) -> None:
    targets = indicator.targets
    assert all(year < 2020 for year in indicator.baseline.years)
    if targets is not None:
        assert set(targets.years) <= set(range(2020, 2025))
        assert targets.unit == indicator.unit
    if indicator.unit is not None:  # every baseline value with a number is in the Satuan
        measure = unit_measure(indicator.unit)
        assert all(measure_of(v) in (None, measure) for _, v in indicator.baseline.values)


@given(rbst.baselines(period=rb.Period(2022, 2024)))
def test_baselines_come_before_the_period_in_one_kind(baseline: rb.Baseline) -> None:
    assert 1 <= len(baseline.years) <= 3
    assert all(2019 <= year <= 2021 for year in baseline.years)
    known = [v for _, v in baseline.values if v is not rb.NOT_AVAILABLE]
    assert len({type(v) for v in known}) <= 1


def test_the_examples_of_the_testing_page_run(monkeypatch: pytest.MonkeyPatch) -> None:
    page = Path(__file__).resolve().parent.parent / "docs" / "tutorials" / "property-testing.md"
    examples = blocks(page.read_text("utf-8"), source="property-testing.md")
    assert len(examples) >= 5
    for n, block in enumerate(examples):
        namespace = module(f"testing_example_{n}", monkeypatch)  # each example on its own
        check(block, namespace)
        tests = [f for name, f in vars(namespace).items() if name.startswith("test_")]
        assert tests, f"example {n} has no test"
        for test in tests:
            settings(max_examples=10)(test)()
