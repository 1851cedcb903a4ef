"""Documents as a hostile user builds them: only `DataError` escapes, pointing at the fault.

Plain data reaches `from_dict` from JSON, but also from code: a spreadsheet
reader, a form, a dict built by hand. Such data may hold keys JSON cannot (a
whole number of 5,000 digits, an object whose ``str`` raises, a tuple), and
whatever it holds, loading must say what is wrong and where, and raise nothing
but `rb.DataError`. `from_dict({"id": "a1", 10**5000: 1}, rb.Action)` used to
raise the `ValueError` of int -> str while sorting the unknown keys, and a
duplicate realisation was reported at ``$`` rather than at the item.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pendulum
import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

import rbroadmap as rb
import rbroadmap.strategies as rbst
from support.documents import ObjectSite, walk
from support.hostile import hostile_texts


class Unprintable:
    """A key whose ``str`` and ``repr`` raise."""

    def __str__(self) -> str:
        raise RuntimeError("str fails")

    def __repr__(self) -> str:
        raise RuntimeError("repr fails")


class TextWithBrokenMethods(str):
    def __str__(self) -> str:
        raise RuntimeError("str fails")

    def __repr__(self) -> str:
        raise RuntimeError("repr fails")


HOSTILE_KEYS: dict[str, Any] = {
    "a whole number of 5,001 digits": 10**5000,
    "a negative one": -(10**5000),
    "a small whole number": 7,
    "a year as a number": 2019,
    "an object whose str and repr raise": Unprintable(),
    "text whose str and repr raise": TextWithBrokenMethods("no such field"),
    "a tuple": (1, "a"),
    "None": None,
    "a float": 1.5,
    "NaN": float("nan"),
    "bytes": b"units",
    "a boolean": True,
    "a megabyte of text": "k" * 1_000_000,
    "a lone surrogate": "unit\ud800",
}


def _objects(document: dict[str, Any]) -> list[ObjectSite]:
    return [site for site in walk(document, rb.RoadMap) if isinstance(site, ObjectSite)]


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(
    rbst.roadmaps(max_areas=2, max_actions=2),
    st.sampled_from(list(HOSTILE_KEYS)),
    st.data(),
)
def test_any_key_is_refused_with_a_data_error_at_its_path(
    roadmap: rb.RoadMap, name: str, data: st.DataObject
) -> None:
    document = rb.to_dict(roadmap)
    objects = _objects(document)
    chosen = data.draw(st.integers(0, len(objects) - 1))
    site = objects[chosen]
    parent: Any = document
    for step in site.location:
        parent = parent[step]
    # A key equal to one the object has (the text "unit" of an indicator's or a
    # target's unit) would replace that field's value, not add a hostile key.
    assume(HOSTILE_KEYS[name] not in parent)
    parent[HOSTILE_KEYS[name]] = "x"
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict(document, rb.RoadMap)
    error = caught.value
    assert error.__cause__ is None
    (path,) = error.paths
    assert path.startswith(site.path)
    assert path[len(site.path)] in ".["
    assert len(path) < len(site.path) + 200
    str(error).encode("utf-8")
    error.text("id").encode("utf-8")


@pytest.mark.parametrize("key", HOSTILE_KEYS.values(), ids=list(HOSTILE_KEYS))
@pytest.mark.parametrize("cls", [rb.Action, rb.Target, rb.Percentage, rb.Realizations])
def test_any_key_of_any_class_is_refused_with_a_data_error(cls: type, key: Any) -> None:
    # Regression: the int -> str limit and a key's own failing __str__ escaped.
    valid: dict[type, dict[Any, Any]] = {
        rb.Action: {"id": "a1"},
        rb.Target: {"2019": "25%"},
        rb.Percentage: {"kind": "percentage", "value": "25"},
        rb.Realizations: {"items": []},
    }
    data = {**copy.deepcopy(valid[cls]), key: 1}
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict(data, cls)
    (path,) = caught.value.paths
    assert path.startswith(("$[", "$."))
    assert len(path) < 200
    assert caught.value.__cause__ is None


def test_a_huge_whole_number_key_of_a_target_is_reported_at_its_key() -> None:
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict({"2019": "25%", 10**5000: "1%"}, rb.Target)
    assert caught.value.paths == ('$["<int of 5001 digits>"]',)
    assert "expected a year of four digits" in str(caught.value)


def test_a_duplicate_realisation_is_reported_at_the_item() -> None:
    # Regression: it was reported at $, its own path inside the message.
    realisation = rb.to_dict(rb.Realization.parse("a1", 2019, "30%"))
    other = rb.to_dict(rb.Realization.parse("a1", 2020, "40%"))
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict({"items": [realisation, other, realisation]}, rb.Realizations)
    (detail,) = caught.value.details
    assert detail.path == "$.items[2]"
    assert detail.message.english == (
        "a second realisation for target 'a1' in 2019; the first is at items[0]"
    )
    assert detail.message.indonesian == (
        "realisasi kedua untuk target 'a1' periode 2019; yang pertama di items[0]"
    )


# -- whatever loads flows through


def _leaves(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every value of a document that is no dict or list, with the keys that lead to it."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _leaves(value, (*path, i))
    else:
        yield path, data


def _set(data: Any, path: tuple[Any, ...], value: Any) -> None:
    for step in path[:-1]:
        data = data[step]
    data[path[-1]] = value


HUGE_NUMBERS = st.sampled_from([10**15 - 1, 10**15, 10**18 - 1, 10**18, 10**30, 10**5000])
HOSTILE_CELLS = st.one_of(
    hostile_texts(max_size=6),
    st.sampled_from(["1" + "0" * 20 + "%", "999999999999999,999999999999%", "\u3000 25%", "NA"]),
)


@settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(rbst.roadmaps(max_areas=2, max_actions=3), st.data())
def test_any_document_from_json_accepts_is_validated_attained_and_written_back(
    roadmap: rb.RoadMap, data: st.DataObject
) -> None:
    document = rb.to_dict(roadmap)
    leaves = list(_leaves(document))
    for _ in range(data.draw(st.integers(0, 6), label="changes")):
        path, value = data.draw(st.sampled_from(leaves), label="leaf")
        if isinstance(value, bool) or path[-1] == "format_version":
            continue
        if isinstance(value, int):
            _set(document, path, data.draw(HUGE_NUMBERS, label="number"))
        elif len(path) >= 2 and path[-2] == "targets":
            _set(document, path, data.draw(HOSTILE_CELLS, label="cell"))
        elif isinstance(value, str):
            _set(document, path, data.draw(hostile_texts(), label="text"))
    try:
        text = json.dumps(document)  # escapes what is not ASCII, lone surrogates too
    except ValueError:  # a whole number too long for Python to write
        return
    try:
        loaded = rb.from_json(text, rb.RoadMap)
    except rb.DataError as error:
        event("refused")
        str(error).encode("utf-8")
        error.text("id").encode("utf-8")
        return
    event("loaded")
    report = rb.validate(loaded, lang="en")
    json.dumps(report.to_dict(), ensure_ascii=False).encode("utf-8")
    report.to_text().encode("utf-8")
    report.with_lang("id").to_text().encode("utf-8")
    realised = data.draw(rbst.realizations(loaded), label="realisations")
    day = pendulum.date(loaded.period.end, 12, 31)
    attained = rb.attain(loaded, realised, as_of=day)
    json.dumps(attained.to_dict(), ensure_ascii=False).encode("utf-8")
    written = rb.to_json(loaded)
    assert rb.from_json(written.encode("utf-8"), rb.RoadMap) == loaded
