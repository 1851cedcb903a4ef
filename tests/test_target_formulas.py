"""A target's own lower-is-better formula and cap: in the model, in documents of format
version 2, and what a document of version 1 becomes."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given

import rbroadmap as rb
from rbroadmap import strategies as rbst
from rbroadmap.converters import FORMAT_VERSION, MIGRATIONS, SUPPORTED_FORMAT_VERSIONS

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


def without_formulas(roadmap: rb.RoadMap) -> rb.RoadMap:
    areas = [
        attrs.evolve(
            area,
            actions=[
                action
                if action.targets is None
                else attrs.evolve(
                    action, targets=attrs.evolve(action.targets, lower_is_better=None, cap=None)
                )
                for action in area.actions
            ],
        )
        for area in roadmap.areas
    ]
    return attrs.evolve(roadmap, areas=areas)


@given(rbst.roadmaps())
def test_any_version_1_document_reads_as_its_version_2_twin(roadmap: rb.RoadMap) -> None:
    plain = without_formulas(roadmap)
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
    data["format_version"] = 2
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
