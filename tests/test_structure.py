"""The table of what contains what (`rbroadmap.model.structure`) describes the whole
model, and every walk over a road map follows it: the id index, the paths, the
entities of one kind, the area of an entity, the texts the rules read, the numbered
lists. A level added to the table is walked with no other change."""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Iterator
from typing import Any, final

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rbroadmap as rb
from rbroadmap import model
from rbroadmap import strategies as rbst
from rbroadmap.messages import Message
from rbroadmap.model import structure
from rbroadmap.model.structure import STRUCTURE, InPeriod, Part, Text
from rbroadmap.units import ResponsibleUnit, UnitGroup, UnitRegistry

MODEL_CLASSES = {
    value
    for name in model.__all__
    if isinstance(value := getattr(model, name), type) and attrs.has(value)
} - {rb.ResolvedAction} | {UnitRegistry, ResponsibleUnit, UnitGroup}

# Text fields that are not prose for the text rules: ids and references, codes,
# numbers written as text, names looked up elsewhere (units, aliases) and the
# categories of an indicator, which the claim rules read on their own.
NOT_PROSE = {
    (rb.RoadMap, "id"),
    (rb.RoadMap, "government"),
    (rb.RoadMap, "area_set"),
    (rb.Area, "standard"),
    (rb.Area, "label"),
    (model.PlanProgramme, "label"),
    (model.Activity, "label"),
    (model.SubActivity, "label"),
    (model.Theme, "label"),
    (model.Theme, "standard"),
    (model.Regulation, "instrument"),  # a citation, not prose
    (model.Indicator, "unit"),  # a unit of measure (Satuan), checked as one
    (model.Regulation, "number"),
    (model.Regulation, "title"),
    (rb.Area, "other_names"),
    (rb.Action, "units"),
    (rb.Action, "shares"),
    (rb.Programme, "aliases"),
    (rb.Team, "number"),
    (rb.TeamMember, "holder"),
    (rb.TeamMember, "title"),
    (rb.QuickWin, "service"),
    (rb.Indicator, "baseline_category"),
    (rb.Indicator, "target_category"),
    (rb.Waiver, "code"),
    (rb.Waiver, "entity_id"),
    (rb.Waiver, "reason"),
    (rb.Item, "label"),
    (rb.Item, "text"),  # read through the list that holds the item
    (ResponsibleUnit, "name"),
    (ResponsibleUnit, "aliases"),
    (ResponsibleUnit, "parent"),
    (UnitGroup, "name"),
    (UnitGroup, "aliases"),
    (UnitGroup, "members"),
    (UnitGroup, "unit"),
    (rb.Target, "unit"),  # the unit column (Satuan) its numbers are read in
}


def hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def named_classes(annotation: Any) -> set[type]:
    """Every class an annotation names: ``tuple[Goal, ...] | None`` names Goal."""
    found: set[type] = set()
    if isinstance(annotation, type):
        found.add(annotation)
    for arg in typing.get_args(annotation):
        found |= named_classes(arg)
    return found


def rows(kind: type) -> list[Any]:
    return [row for row in STRUCTURE if isinstance(row, kind)]


# -- the table describes the model


def test_every_field_holding_part_of_a_road_map_has_a_row() -> None:
    parts = {(row.parent, row.field): row for row in rows(Part)}
    for cls in MODEL_CLASSES:
        for field in attrs.fields(cls):
            if not field.init or field.name.startswith("_"):
                continue
            held = named_classes(hints(cls)[field.name]) & (MODEL_CLASSES | {rb.Target})
            if held:
                part = parts.get((cls, field.name))
                assert part is not None, f"{cls.__name__}.{field.name} holds {held}: add a Part"
                assert held == {part.child}, f"{cls.__name__}.{field.name}"


def test_every_row_names_a_field_of_its_class() -> None:
    for row in STRUCTURE:
        fields = attrs.fields_dict(row.parent)
        assert row.field in fields, f"{row.parent.__name__} has no field {row.field!r}"
        annotation = hints(row.parent)[row.field]
        if isinstance(row, Part):
            assert row.child in named_classes(annotation), row
            many = typing.get_origin(annotation) is tuple
            assert row.many == many, row
        if isinstance(row, Part) and row.numbered:
            names = attrs.fields_dict(row.child)
            assert "number" in names or "label" in names, row


def test_every_text_field_is_read_or_said_not_to_be_prose() -> None:
    texts = {(row.parent, row.field) for row in rows(Text)}
    for cls in MODEL_CLASSES:
        for field in attrs.fields(cls):
            if not field.init or field.name.startswith("_"):
                continue
            annotation = hints(cls)[field.name]
            if field.name == "id" or (cls, field.name) in NOT_PROSE:
                continue
            if str in named_classes(annotation):
                assert (cls, field.name) in texts, (
                    f"{cls.__name__}.{field.name} holds text: add a Text row, or list it as "
                    "not prose"
                )
    assert not texts & NOT_PROSE


def test_text_rows_have_distinct_kinds_and_a_name_in_each_language() -> None:
    kinds = [row.kind for row in rows(Text)]
    assert len(kinds) == len(set(kinds))
    for row in rows(Text):
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", row.kind)
        assert row.name.indonesian
        assert row.name.english
        annotation = hints(row.parent)[row.field]
        if rb.Item in named_classes(annotation):
            assert any(p.parent is row.parent and p.field == row.field for p in rows(Part))
        else:
            assert named_classes(annotation) <= {str, type(None)}, row


def test_rows_in_period_hold_yearly_series_or_years() -> None:
    assert {(row.parent, row.field) for row in rows(InPeriod)} == {
        (rb.Action, "targets"),
        (rb.Action, "budget_per_year"),
        (rb.Stage, "year"),
        (rb.Indicator, "targets"),
    }
    for row in rows(InPeriod):
        held = named_classes(hints(row.parent)[row.field]) - {type(None)}
        assert held == {int} or all(issubclass(c, model.Yearly) for c in held), row


def test_the_containment_has_no_cycle_and_reaches_every_class_from_the_road_map() -> None:
    reached: set[type] = set()

    def visit(cls: type, path: tuple[type, ...]) -> None:
        assert cls not in path, f"a cycle: {(*path, cls)}"
        reached.add(cls)
        for row in structure.parts_of(cls):
            if isinstance(row, Part):
                visit(row.child, (*path, cls))

    visit(rb.RoadMap, ())
    assert MODEL_CLASSES - {rb.Period} <= reached


def test_the_rules_read_their_names_from_the_table() -> None:
    from rbroadmap.rules.context import KINDS

    assert KINDS["area-name"] == ("nama area", "area name")
    assert KINDS["improvement"] == ("butir pembenahan", "improvement item")
    assert set(KINDS) == {row.kind for row in rows(Text)}


# -- every walk follows the table


def resolve(root: Any, path: str) -> Any:
    """Follow a JSON path such as ``areas[0].actions[2].result`` from *root*."""
    obj = root
    for name, index in re.findall(r"\.?(\w+)(?:\[(\d+)\])?", path):
        obj = getattr(obj, name)
        if index:
            obj = obj[int(index)]
    return obj


ROADMAPS = rbst.roadmaps(max_areas=4, max_actions=4)


@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow])
@given(roadmap=ROADMAPS)
def test_the_walks_agree_with_each_other_and_with_the_paths(roadmap: rb.RoadMap) -> None:
    walked = structure.walk(roadmap)
    found = structure.entities(roadmap)
    assert [entity for _, entity in walked] == found == list(roadmap.entities())
    assert walked[0] == ("", roadmap)
    for path, entity in walked:
        assert resolve(roadmap, path) is entity
    assert len({e.id for e in found}) == len(found)
    for kind in (rb.Area, rb.Action, rb.Problem, rb.Result, rb.Goal, rb.Indicator, rb.Stage):
        assert structure.collect(roadmap, kind) == [e for e in found if type(e) is kind]
    assert list(roadmap.actions()) == [a for a in found if isinstance(a, rb.Action)]
    assert list(roadmap.all_goals()) == [g for g in found if isinstance(g, rb.Goal)]
    assert [a for a, _ in roadmap.targets()] == [
        a for a in roadmap.actions() if a.targets is not None
    ]


@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow])
@given(roadmap=ROADMAPS)
def test_an_entity_is_in_the_area_whose_walk_holds_it(roadmap: rb.RoadMap) -> None:
    inside = {e.id: area for area in roadmap.areas for e in structure.entities(area)}
    for entity in roadmap.entities():
        assert roadmap.area_of(entity.id) is inside.get(entity.id)
    assert [(a, list(a.problems)) for a in roadmap.areas] == [
        (a, structure.collect(a, rb.Problem)) for a in roadmap.areas
    ]


@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow])
@given(roadmap=ROADMAPS)
def test_every_text_is_found_where_it_says(roadmap: rb.RoadMap) -> None:
    for entity_id, field, kind, text, scope, label in structure.texts(roadmap):
        entity = roadmap.entity(entity_id)
        assert resolve(entity, field) == text
        assert kind in {row.kind for row in rows(Text)}
        if scope:
            assert scope == f"{entity_id}:{field.split('[')[0]}"
            assert label
        else:
            assert label is None


@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow])
@given(roadmap=ROADMAPS)
def test_numbered_lists_hold_the_numbers_in_document_order(roadmap: rb.RoadMap) -> None:
    for part, owner, entries in structure.numbered_lists(roadmap):
        assert part.numbered
        assert (owner is None) == (part.parent is rb.RoadMap)
        for entity_id, field, label in entries:
            assert str(resolve(roadmap.entity(entity_id), field)) == label
    lists = {(p.field, owner) for p, owner, _ in structure.numbered_lists(roadmap)}
    assert ("areas", None) in lists
    assert {("improvements", a.id) for a in roadmap.areas} <= lists


def test_a_year_outside_the_period_is_found_in_any_field_the_table_names() -> None:
    stage = rb.Stage(id="tahap", year=2030)
    row = rb.Action(id="a1", targets=rb.Target.of(2019, "1%", "2%"))
    area = rb.Area(id="org", name="Organisasi", actions=[row])
    with pytest.raises(rb.ModelError) as caught:
        rb.RoadMap(id="r", government="X", period=rb.Period(2020, 2022), areas=[area],
                   stages=[stage])  # fmt: skip
    assert caught.value.path == "areas[0].actions[0].targets[2019]"
    with pytest.raises(rb.ModelError) as caught:
        rb.RoadMap(id="r", government="X", period=rb.Period(2018, 2022), stages=[stage])
    assert caught.value.path == "stages[0].year"
    assert caught.value.field == "year"


def test_a_duplicate_id_names_both_places_however_deep() -> None:
    area = rb.Area(id="org", name="Organisasi", actions=[
        rb.Action(id="a1", result=rb.Result(id="hasil", text="SOP"))])  # fmt: skip
    goal = rb.Goal(id="hasil", text="Sasaran")
    with pytest.raises(rb.ModelError, match=r"already used at areas\[0\]\.actions\[0\]\.result"):
        rb.RoadMap(id="r", government="X", period=rb.Period(2018, 2022), areas=[area],
                   achievements=[rb.Achievement(id="ach", name="A", goals=[goal])])  # fmt: skip


# -- a level added to the table is walked with no other change


@final
@attrs.frozen(kw_only=True)
class Output:
    id: str
    text: str
    numbering: str | None = None


@final
@attrs.frozen(kw_only=True)
class SubActivity:
    id: str
    name: str
    number: int | None = None
    outputs: tuple[Output, ...] = ()


@final
@attrs.frozen(kw_only=True)
class Activity:
    id: str
    name: str
    sub_activities: tuple[SubActivity, ...] = ()


@pytest.fixture
def new_level(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The table with a Kegiatan -> Sub Kegiatan -> Output hierarchy added, as its rows."""
    named = Message
    extra = (
        Text(Activity, "name", "activity-name", named("nama kegiatan", "name of activity")),
        Part(Activity, "sub_activities", SubActivity, named("sub kegiatan", "sub-activities")),
        Text(SubActivity, "name", "sub-activity", named("sub kegiatan", "sub-activity")),
        Part(SubActivity, "outputs", Output, named("keluaran", "outputs")),
        Text(Output, "text", "output", named("keluaran", "output"), principal=True),
    )
    monkeypatch.setattr(structure, "STRUCTURE", STRUCTURE + extra)
    structure._forget()
    yield
    monkeypatch.undo()
    structure._forget()


def test_a_new_level_is_walked_indexed_and_read(new_level: None) -> None:
    activity = Activity(id="k1", name="Kegiatan", sub_activities=[
        SubActivity(id="s1", name="Sub 1", number=1, outputs=[Output(id="o1", text="Dokumen")]),
        SubActivity(id="s2", name="Sub 2", number=3),
    ])  # fmt: skip
    assert [e.id for e in structure.entities(activity)] == ["k1", "s1", "o1", "s2"]
    assert [(p, e.id) for p, e in structure.walk(activity)] == [
        ("", "k1"),
        ("sub_activities[0]", "s1"),
        ("sub_activities[0].outputs[0]", "o1"),
        ("sub_activities[1]", "s2"),
    ]
    assert [o.id for o in structure.collect(activity, Output)] == ["o1"]
    assert structure.texts(activity) == [
        ("k1", "name", "activity-name", "Kegiatan", "", None),
        ("s1", "name", "sub-activity", "Sub 1", "", None),
        ("o1", "text", "output", "Dokumen", "", None),
        ("s2", "name", "sub-activity", "Sub 2", "", None),
    ]


def test_the_table_is_restored_after_the_new_level() -> None:
    assert all(row.parent is not Activity for row in structure.STRUCTURE)
    assert structure.parts_of(Activity) == ()


# -- Yearly series


@final
@attrs.frozen(kw_only=True)
class Budgets(model.Yearly[int]):
    """A year-keyed series of whole rupiah, as a per-year budget would be."""

    values: tuple[tuple[int, int], ...] = attrs.field(
        converter=model.yearly.yearly_pairs,
        validator=model.yearly.check_yearly(
            lambda v: type(v) is int and v >= 0, "rupiah utuh / whole rupiah"
        ),
    )


def test_target_is_a_yearly_series() -> None:
    target = rb.Target.of(2018, "25%", "-")
    assert isinstance(target, model.Yearly)
    assert not hasattr(target, "__dict__")  # still slotted


def test_a_yearly_series_of_another_kind_reads_like_a_mapping() -> None:
    budgets = Budgets(values={2020: 300, 2018: 100})
    assert budgets.values == ((2018, 100), (2020, 300))
    assert budgets[2020] == 300
    assert budgets.get(2019) is None
    assert 2018 in budgets
    assert list(budgets) == [2018, 2020]
    assert budgets.years == (2018, 2020)
    assert len(budgets) == 2
    with pytest.raises(KeyError):
        budgets[2019]


def test_a_yearly_series_refuses_what_is_not_a_year_or_not_a_value() -> None:
    with pytest.raises(rb.ModelError, match=r"values\[2019\].*whole rupiah"):
        Budgets(values={2019: -1})
    with pytest.raises(rb.ModelError, match=r"values\[1066\]"):
        Budgets(values={1066: 1})
    with pytest.raises(rb.ModelError, match="twice"):
        Budgets(values=[(2019, 1), (2019, 2)])
    with pytest.raises(rb.ModelTypeError, match="mapping year"):
        Budgets(values=5)  # type: ignore[arg-type]


@given(st.dictionaries(st.integers(1900, 2200), st.integers(0, 10**12), max_size=8))
def test_a_yearly_series_holds_its_mapping_in_year_order(mapping: dict[int, int]) -> None:
    budgets = Budgets(values=mapping)
    assert dict(budgets.items()) == mapping
    assert list(budgets) == sorted(mapping)
    for year, value in mapping.items():
        assert budgets[year] == value


def test_yearly_is_documented_as_part_of_the_model() -> None:
    assert isinstance(model.yearly, types.ModuleType)
    assert "Yearly" in model.__all__


def test_the_entity_alias_names_every_kind_of_entity_in_the_table() -> None:
    named = {name.strip() for name in str(model.Entity).split("|")}
    named = named - {"UnitRef"} | {"ResponsibleUnit", "UnitGroup"}  # UnitRef is their union
    in_table = {row.child.__name__ for row in rows(Part) if structure.is_entity(row.child)}
    assert named == in_table | {"RoadMap"}
