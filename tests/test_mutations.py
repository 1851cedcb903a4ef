"""Mutated documents: a field removed, a wrong type, an unknown key, a broken
reference or a duplicate id always raise a DataError whose paths point at the
mutation; arbitrary data never raises anything but a DataError."""

from __future__ import annotations

import copy
import json
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any, Union

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rbroadmap as rb
from rbroadmap import strategies as rbst

ROADMAPS = rbst.roadmaps(max_areas=3, max_actions=4)
MUTATION_SETTINGS = settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])


@attrs.frozen
class Site:
    """A place in a document: the value at *path*, held by *parent* under *key*.

    *location* is the keys and indices that lead to it from the document's root,
    and *tp* the type the schema declares for it (``None`` inside a structured
    target value, where the value's ``kind`` decides).
    """

    path: str
    parent: Any
    key: Any
    required: bool
    location: tuple[Any, ...] = ()
    tp: Any = None


@attrs.frozen
class ObjectSite:
    """An object of a document, and how a key added to it is written in a path."""

    path: str
    mapping: dict[str, Any]
    keyed: bool  # keys written ["key"] (a target's years) rather than .key
    location: tuple[Any, ...] = ()

    def step(self, key: str) -> str:
        return f'{self.path}["{key}"]' if self.keyed else f"{self.path}.{key}"


Walked = Site | ObjectSite


def _optional_inner(tp: Any) -> Any:
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (Union, types.UnionType) and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        return rest[0] if len(rest) == 1 else Union[tuple(rest)]  # noqa: UP007
    return tp


def _is_target_value(tp: Any) -> bool:
    return set(typing.get_args(tp)) == set(typing.get_args(rb.TargetValue))


VALUE_KEYS = {
    "percentage": {"value"},
    "count": {"value", "unit"},
    "index": {"index", "value"},
    "level": {"value"},
    "range": {"low", "high"},
    "qualitative": {"text"},
    "none": set(),
}


def walk(value: Any, tp: Any, path: str = "$", location: tuple[Any, ...] = ()) -> Iterator[Walked]:
    """Every site and every object of a document of type *tp*, schema in hand."""
    tp = _optional_inner(tp)
    if value is None:
        return
    if _is_target_value(tp) or tp in (rb.Percentage, rb.Count, rb.IndexScore):
        if isinstance(value, dict):
            yield ObjectSite(path, value, keyed=False, location=location)
            for key, item in value.items():
                required = key == "kind" or key in VALUE_KEYS[value["kind"]]
                here = (*location, key)
                yield Site(f"{path}.{key}", value, key, required, here)
                if key in ("low", "high"):
                    yield from walk(item, rb.TargetValue, f"{path}.{key}", here)
        return
    if tp is rb.Target:
        yield ObjectSite(path, value, keyed=True, location=location)
        for key, item in value.items():
            here = (*location, key)
            declared = {"direction": rb.Direction, "shape": rb.Shape}.get(key, rb.TargetValue)
            yield Site(f'{path}["{key}"]', value, key, False, here, declared)
            yield from walk(item, rb.TargetValue, f'{path}["{key}"]', here)
        return
    if typing.get_origin(tp) is tuple:
        (item_type, _) = typing.get_args(tp)
        for i, item in enumerate(value):
            here = (*location, i)
            yield Site(f"{path}[{i}]", value, i, False, here, item_type)
            yield from walk(item, item_type, f"{path}[{i}]", here)
        return
    if attrs.has(tp):
        yield ObjectSite(path, value, keyed=False, location=location)
        hints = typing.get_type_hints(tp)
        fields = {a.name: a for a in attrs.fields(tp)}
        for key, item in value.items():
            here = (*location, key)
            if key == "format_version":
                yield Site(f"{path}.{key}", value, key, True, here, int)
                continue
            field = fields[key]
            required = field.default is attrs.NOTHING
            yield Site(f"{path}.{key}", value, key, required, here, hints[key])
            yield from walk(item, hints[key], f"{path}.{key}", here)


def refused(data: object, cls: Any = rb.RoadMap) -> rb.DataError:
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict(data, cls)
    return caught.value


def under(path: str, prefix: str) -> bool:
    """Whether *path* is *prefix* or lies inside it."""
    return path == prefix or (path.startswith(prefix) and path[len(prefix)] in ".[")


# -- mutations


@MUTATION_SETTINGS
@given(st.data())
def test_a_required_field_removed_is_reported_at_its_path(data: st.DataObject) -> None:
    document = rb.to_dict(data.draw(ROADMAPS))
    sites = [s for s in walk(document, rb.RoadMap) if isinstance(s, Site) and s.required]
    site = data.draw(st.sampled_from(sites))
    del site.parent[site.key]
    error = refused(document)
    assert error.paths == (site.path,)
    assert "required key missing" in str(error)


@MUTATION_SETTINGS
@given(st.data())
def test_a_value_of_the_wrong_type_is_reported_at_its_path(data: st.DataObject) -> None:
    document = rb.to_dict(data.draw(ROADMAPS))
    sites = [s for s in walk(document, rb.RoadMap) if isinstance(s, Site)]
    site = data.draw(st.sampled_from(sites))
    site.parent[site.key] = data.draw(
        st.sampled_from([True, False, 1.5, -0.25, float("nan"), {"x": True}, [[]]])
    )
    error = refused(document)
    assert error.details
    assert all(under(path, site.path) for path in error.paths), (site.path, error.paths)


@MUTATION_SETTINGS
@given(st.data())
def test_an_unknown_key_is_reported_at_its_path(data: st.DataObject) -> None:
    document = rb.to_dict(data.draw(ROADMAPS))
    objects = [o for o in walk(document, rb.RoadMap) if isinstance(o, ObjectSite)]
    obj = data.draw(st.sampled_from(objects))
    key = data.draw(st.sampled_from(["zz_unknown", "Budget", "catatan", "x1"]))
    obj.mapping[key] = data.draw(st.sampled_from(["25%", 1, None, []]))
    error = refused(document)
    assert error.paths == (obj.step(key),)
    assert "unknown key" in str(error)


def reference_sites(
    document: dict[str, Any],
) -> Iterator[tuple[str, dict[str, Any] | list[Any], Any]]:
    for i, area in enumerate(document.get("areas", [])):
        for j, row in enumerate(area.get("actions", [])):
            yield f"$.areas[{i}].actions[{j}].shares", row, "shares"
    for i, win in enumerate(document.get("quick_wins", [])):
        yield f"$.quick_wins[{i}].service", win, "service"
    registry = document.get("units", {})
    for i, unit in enumerate(registry.get("units", [])):
        yield f"$.units.units[{i}].parent", unit, "parent"
    for i, group in enumerate(registry.get("groups", [])):
        for j, _ in enumerate(group.get("members", [])):
            yield f"$.units.groups[{i}].members[{j}]", group["members"], j


@MUTATION_SETTINGS
@given(st.data())
def test_a_broken_reference_is_reported_at_its_path(data: st.DataObject) -> None:
    document = rb.to_dict(data.draw(ROADMAPS))
    sites = list(reference_sites(document))
    if not sites:
        return
    path, parent, key = data.draw(st.sampled_from(sites))
    parent[key] = data.draw(st.sampled_from(["tidak-ada", "organisasi-99", "BKPSDM"]))
    error = refused(document)
    assert error.paths == (path,)


def id_sites(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every entity's id, but those other entities refer to."""
    referred = {
        *(row.get("shares") for a in document.get("areas", []) for row in a.get("actions", [])),
        *(u.get("parent") for u in document.get("units", {}).get("units", [])),
        *(m for g in document.get("units", {}).get("groups", []) for m in g.get("members", [])),
    }
    for site in walk(document, rb.RoadMap):
        if (
            isinstance(site, Site)
            and site.key == "id"
            and site.path != "$.id"
            and site.parent["id"] not in referred
        ):
            yield site.path, site.parent


@MUTATION_SETTINGS
@given(st.data())
def test_a_duplicate_id_is_reported_at_its_path(data: st.DataObject) -> None:
    document = rb.to_dict(data.draw(ROADMAPS))
    path, entity = data.draw(st.sampled_from(list(id_sites(document))))
    entity["id"] = document["id"]
    error = refused(document)
    assert error.paths == (path,)
    assert "already used" in str(error)


@MUTATION_SETTINGS
@given(st.data())
def test_several_mutations_are_all_reported(data: st.DataObject) -> None:
    document = rb.to_dict(data.draw(ROADMAPS))
    sites = [s for s in walk(document, rb.RoadMap) if isinstance(s, Site) and s.required]
    chosen = data.draw(
        st.lists(st.sampled_from(sites), min_size=2, max_size=5, unique_by=lambda s: s.path)
    )
    # Remove the deepest first, and none inside another that is removed.
    chosen = [s for s in chosen if not any(under(s.path, o.path) and o != s for o in chosen)]
    for site in sorted(chosen, key=lambda s: s.path, reverse=True):
        del site.parent[site.key]
    error = refused(document)
    assert set(error.paths) == {s.path for s in chosen}


# -- anything at all


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


def load_or_error(load: Callable[[], object]) -> rb.DataError | None:
    """Load, and return the DataError if there is one: any other exception fails the test."""
    try:
        load()
    except rb.DataError as error:
        assert error.details  # noqa: PT017 - checked for every error, then returned
        return error
    return None


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_value_anywhere_loads_or_is_a_data_error(data: st.DataObject) -> None:
    document = rb.to_dict(data.draw(ROADMAPS))
    sites = [s for s in walk(document, rb.RoadMap) if isinstance(s, Site)]
    site = data.draw(st.sampled_from(sites))
    site.parent[site.key] = data.draw(json_values)
    error = load_or_error(lambda: rb.from_dict(copy.deepcopy(document), rb.RoadMap))
    if error is not None:
        assert all(path.startswith("$") for path in error.paths)
        assert all(d.message.indonesian and d.message.english for d in error.details)


@pytest.mark.parametrize(
    "cls", [rb.RoadMap, rb.Area, rb.Action, rb.Target, rb.TargetValue, rb.UnitRegistry, rb.Waiver]
)
@settings(max_examples=40)
@given(data=json_values)
def test_arbitrary_data_is_read_or_refused_with_a_data_error(cls: Any, data: object) -> None:
    load_or_error(lambda: rb.from_dict(data, cls))


@settings(max_examples=60)
@given(text=st.text(max_size=40) | json_values.map(json.dumps))
def test_arbitrary_text_is_read_or_refused_with_a_data_error(text: str) -> None:
    load_or_error(lambda: rb.from_json(text, rb.Action))
