"""Round trips: for every public class, from_dict(to_dict(x)) == x and
from_json(to_json(x)) == x, exactly; and documents written by hand, with the
notation staff use, read back to the same road map."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rbroadmap as rb
from rbroadmap import strategies as rbst

# Every public class of the model, built by the strategies registered for st.from_type.
PUBLIC_CLASSES = [
    rb.RoadMap,
    rb.Area,
    rb.Action,
    rb.Problem,
    rb.Result,
    rb.Target,
    rb.Goal,
    rb.Item,
    rb.Programme,
    rb.Stage,
    rb.Team,
    rb.TeamMember,
    rb.PriorityService,
    rb.QuickWin,
    rb.Achievement,
    rb.Indicator,
    rb.Waiver,
    rb.Period,
    rb.ResponsibleUnit,
    rb.UnitGroup,
    rb.UnitRegistry,
    rb.Percentage,
    rb.Count,
    rb.IndexScore,
    rb.Level,
    rb.Range,
    rb.Qualitative,
    rb.NoTarget,
]

SMALL_ROADMAPS = rbst.roadmaps(max_areas=4, max_actions=4)


def same(a: object, b: object) -> bool:
    """Equal, and equal in every digit: repr shows Decimal('79.30'), not Decimal('79.3')."""
    return a == b and repr(a) == repr(b)


def test_every_public_class_of_the_model_is_covered() -> None:
    covered = set(PUBLIC_CLASSES) | {rb.ResolvedAction}
    model_classes = {
        getattr(rb, name)
        for name in rb.__all__
        if isinstance(getattr(rb, name), type)
        and getattr(rb, name).__module__.startswith(
            ("rbroadmap.model", "rbroadmap.units", "rbroadmap.values")
        )
        and hasattr(getattr(rb, name), "__attrs_attrs__")
    }
    assert model_classes <= covered


@pytest.mark.parametrize("cls", PUBLIC_CLASSES, ids=lambda c: c.__name__)
@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_plain_data_round_trip(cls: type, data: st.DataObject) -> None:
    obj = data.draw(st.from_type(cls))
    assert isinstance(obj, cls)
    plain = rb.to_dict(obj)
    assert same(rb.from_dict(plain, cls), obj)


@pytest.mark.parametrize("cls", PUBLIC_CLASSES, ids=lambda c: c.__name__)
@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_json_round_trip(cls: type, data: st.DataObject) -> None:
    obj = data.draw(st.from_type(cls))
    text = rb.to_json(obj)
    assert same(rb.from_json(text, cls), obj)
    assert rb.to_json(rb.from_json(text, cls)) == text


@settings(max_examples=40)
@given(SMALL_ROADMAPS)
def test_road_maps_round_trip_exactly(roadmap: rb.RoadMap) -> None:
    back = rb.from_json(rb.to_json(roadmap), rb.RoadMap)
    assert back == roadmap
    for action, again in zip(roadmap.actions(), back.actions(), strict=True):
        assert same(action, again)
    for indicator, again in zip(roadmap.indicators(), back.indicators(), strict=True):
        assert same(indicator, again)


@settings(max_examples=20)
@given(SMALL_ROADMAPS)
def test_resolved_rows_round_trip(roadmap: rb.RoadMap) -> None:
    for action in roadmap.actions():
        resolved = roadmap.resolve(action)
        assert rb.from_dict(rb.to_dict(resolved), rb.ResolvedAction) == resolved


@given(rbst.target_values())
def test_target_values_round_trip_in_notation_and_structured_form(value: rb.TargetValue) -> None:
    assert same(rb.from_dict(rb.to_dict(value), rb.TargetValue), value)
    assert same(rb.from_dict(rb.format_value(value), rb.TargetValue), value)
    cell = rb.to_dict(rb.Target(values={2019: value}))["2019"]
    assert cell == rb.format_value(value)


@given(rbst.percentages(places=6))
def test_decimals_keep_every_digit(value: rb.Percentage) -> None:
    text = rb.to_json(rb.Target(values={2020: value}))
    back = rb.from_json(text, rb.Target)[2020]
    assert str(back.value) == str(value.value)  # type: ignore[union-attr]


@given(rbst.rupiah_amounts(max_value=rb.notation.MAX_RUPIAH))
def test_budgets_stay_whole_rupiah(amount: int) -> None:
    text = rb.to_json(rb.Action(id="a1", budget=amount))
    assert json.loads(text)["budget"] == amount
    assert rb.from_json(text, rb.Action).budget == amount


# -- documents written by hand


@st.composite
def hand_written(draw: st.DrawFn, roadmap: rb.RoadMap) -> dict[str, Any]:
    """The road map's document as a person might type it: cells in any accepted
    spelling or in structured form, budgets in rupiah notation."""
    data = rb.to_dict(roadmap)
    for area in data.get("areas", []):
        for row in area.get("actions", []):
            for key, cell in row.get("targets", {}).items():
                if key.isdigit() and isinstance(cell, str):
                    value = rb.parse_value(cell)
                    row["targets"][key] = draw(
                        st.one_of(
                            rbst.notation_strings(values=st.just(value)),
                            st.just(rb.to_dict(value)),
                        )
                    )
            if "budget" in row:
                row["budget"] = draw(
                    st.one_of(
                        st.just(row["budget"]), rbst.rupiah_strings(amounts=st.just(row["budget"]))
                    )
                )
    return data


@settings(max_examples=30)
@given(st.data())
def test_documents_written_by_hand_read_the_same(data: st.DataObject) -> None:
    roadmap = data.draw(SMALL_ROADMAPS)
    document = data.draw(hand_written(roadmap))
    assert rb.from_dict(document, rb.RoadMap) == roadmap
    assert rb.from_json(json.dumps(document), rb.RoadMap) == roadmap
