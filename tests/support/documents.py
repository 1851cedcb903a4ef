"""The walk over a road map document, schema in hand, for the tests that mutate it.

`walk` visits every site of a document (a value at a path, held by a parent under a
key, with the type the schema declares for it) and every object (a mapping a key
could be added to). The mutation tests change one site or object and check that
loading reports the change at its path; `reference_sites` and `id_sites` find the
values other entities refer to and the ids that may be duplicated.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Iterator
from typing import Any, Union

import attrs

import rbroadmap as rb


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

BUDGET_CELL: Any = "rupiah"
"""The type a site holding one year's amount of a budget per year is declared with."""


def optional_inner(tp: Any) -> Any:
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
    "quantity": {"value", "unit"},
    "index": {"index", "value"},
    "level": {"value"},
    "range": {"low", "high"},
    "threshold": {"comparison", "value"},
    "graded": {"score", "grade"},
    "check": set(),
    "qualitative": {"text"},
    "not-available": set(),
    "none": set(),
}


QUARTERS: Any = "quarters"
"""The type a target's quarters are declared with: years, then quarters, then cells."""

TARGET_KEYS: dict[str, Any] = {
    "direction": rb.Direction,
    "shape": rb.Shape,
    "unit": str,
    "quarters": QUARTERS,
    "lower_is_better": rb.LowerIsBetter,
    "cap": "cap",
}
"""The keys of a target beside its years, with the types they are declared with."""


def _quarters(value: Any, path: str, location: tuple[Any, ...]) -> Iterator[Walked]:
    """The sites of a target's quarters: ``{"2022": {"TW I": "20%"}}``."""
    yield ObjectSite(path, value, keyed=True, location=location)
    for year, cells in value.items():
        at, here = f'{path}["{year}"]', (*location, year)
        yield Site(at, value, year, False, here, dict)
        yield ObjectSite(at, cells, keyed=True, location=here)
        for name, cell in cells.items():
            site = (*here, name)
            yield Site(f'{at}["{name}"]', cells, name, False, site, rb.TargetValue)
            yield from walk(cell, rb.TargetValue, f'{at}["{name}"]', site)


def walk(value: Any, tp: Any, path: str = "$", location: tuple[Any, ...] = ()) -> Iterator[Walked]:
    """Every site and every object of a document of type *tp*, schema in hand."""
    tp = optional_inner(tp)
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
            declared = TARGET_KEYS.get(key, rb.TargetValue)
            yield Site(f'{path}["{key}"]', value, key, False, here, declared)
            if declared is QUARTERS:
                yield from _quarters(item, f'{path}["{key}"]', here)
            elif declared is rb.TargetValue:
                yield from walk(item, rb.TargetValue, f'{path}["{key}"]', here)
        return
    if tp is rb.Baseline:
        yield ObjectSite(path, value, keyed=True, location=location)
        for key, item in value.items():
            here = (*location, key)
            yield Site(f'{path}["{key}"]', value, key, False, here, rb.TargetValue)
            yield from walk(item, rb.TargetValue, f'{path}["{key}"]', here)
        return
    if tp is rb.model.YearlyBudget:
        yield ObjectSite(path, value, keyed=True, location=location)
        for key in value:
            yield Site(f'{path}["{key}"]', value, key, False, (*location, key), BUDGET_CELL)
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


_ROW = re.compile(r"\.actions\[\d+\]\Z")


def under(path: str, prefix: str) -> bool:
    """Whether *path* is *prefix* or lies inside it."""
    return path == prefix or (path.startswith(prefix) and path[len(prefix)] in ".[")


def reference_sites(
    document: dict[str, Any],
) -> Iterator[tuple[str, dict[str, Any] | list[Any], Any]]:
    for obj in walk(document, rb.RoadMap):  # every row, also in a plan hierarchy
        if isinstance(obj, ObjectSite) and _ROW.search(obj.path):
            yield f"{obj.path}.shares", obj.mapping, "shares"
    for i, win in enumerate(document.get("quick_wins", [])):
        yield f"$.quick_wins[{i}].service", win, "service"
    registry = document.get("units", {})
    for i, unit in enumerate(registry.get("units", [])):
        yield f"$.units.units[{i}].parent", unit, "parent"
    for i, group in enumerate(registry.get("groups", [])):
        for j, _ in enumerate(group.get("members", [])):
            yield f"$.units.groups[{i}].members[{j}]", group["members"], j


def id_sites(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every entity's id, but those other entities refer to."""
    referred = {
        *(
            p.get(k)
            for _, p, k in reference_sites(document)
            if k == "shares" and isinstance(p, dict)
        ),
        *(u.get("parent") for u in document.get("units", {}).get("units", [])),
        *(w.get("service") for w in document.get("quick_wins", [])),
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


# -- version 1


def _indicator_as_version_1(data: dict[str, Any]) -> dict[str, Any]:
    """An indicator of one baseline year and at most one target, written as version 1 wrote it."""
    old = {k: v for k, v in data.items() if k not in ("baseline", "current", "targets", "aim")}
    for year, cell in data.get("baseline", {}).items():
        old["baseline"], old["baseline_year"] = cell, int(year)
    if "current" in data:
        old["baseline"] = data["current"]
    cells = {k: v for k, v in data.get("targets", {}).items() if k.isdigit()}
    for year, cell in cells.items():
        old["target"], old["target_year"] = cell, int(year)
    if "aim" in data:
        old["target"] = data["aim"]
    target = old.get("target")
    if isinstance(target, str) and target.startswith("> "):
        old["target"], old["comparison"] = target[2:], "more-than"
    return old


def version_1(roadmap: rb.RoadMap) -> dict[str, Any]:
    """*roadmap* written as a version-1 document (it holds nothing version 1 could not)."""
    old = rb.to_dict(roadmap)
    old["format_version"] = 1
    for achievement in old.get("achievements", []):
        if "indicators" in achievement:
            achievement["indicators"] = [
                _indicator_as_version_1(i) for i in achievement["indicators"]
            ]
    return old
