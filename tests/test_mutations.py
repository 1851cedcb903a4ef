"""Mutated documents: a field removed, a wrong type, an unknown key, a broken
reference or a duplicate id always raise a DataError whose paths point at the
mutation; arbitrary data never raises anything but a DataError."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rbroadmap as rb
from rbroadmap import strategies as rbst
from support.documents import ObjectSite, Site, id_sites, reference_sites, under, walk

ROADMAPS = rbst.roadmaps(max_areas=3, max_actions=4)
MUTATION_SETTINGS = settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])


def refused(data: object, cls: Any = rb.RoadMap) -> rb.DataError:
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict(data, cls)
    return caught.value


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
