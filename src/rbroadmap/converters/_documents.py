"""Hooks of the model's classes, and of a road map document with its format version (private)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, Final, TypeAlias

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from rbroadmap.converters._describe import (
    InvalidValueError,
    _at_keys,
    _expected,
    _missing,
    describe_type,
)
from rbroadmap.converters._values import _structure_budget
from rbroadmap.errors import quote
from rbroadmap.messages import Message
from rbroadmap.model import Action, RoadMap

FORMAT_VERSION: Final = 2
"""The version of the document format rbroadmap writes (``"format_version"``)."""


# -- migrations: a document of an older version is brought up to the newest, step by step
#
# A step turns a document of version n into one of version n + 1; it is made of parts,
# one per change the new version brings. A part takes the document (without its
# "format_version") and the list of problems found so far, and returns the document as
# the next version writes it; a problem it finds is added to the list as (key, error),
# the key being the top-level key under which it lies and the error's path the rest.
# A part never raises and leaves alone what it does not understand: a malformed
# document is refused by the structuring that follows, at its path.

_Problems: TypeAlias = list[tuple[str, Exception]]
_Part: TypeAlias = Callable[[dict[str, Any], _Problems], dict[str, Any]]


def _rows(document: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Each action plan row of a document, with its path under ``"areas"``."""
    areas = document.get("areas")
    if not isinstance(areas, list):
        return
    for i, area in enumerate(areas):
        actions = area.get("actions") if isinstance(area, Mapping) else None
        if not isinstance(actions, list):
            continue
        for j, action in enumerate(actions):
            if isinstance(action, Mapping):
                yield f"[{i}].actions[{j}]", action


_TARGET_FORMULA_KEYS: Final = ("lower_is_better", "cap")


def _no_target_formulas_in_version_1(
    document: dict[str, Any], problems: _Problems
) -> dict[str, Any]:
    """Version 2 lets a target choose its lower-is-better formula and cap; version 1 did not.

    A version-1 document needs no change. One that writes ``"lower_is_better"`` or
    ``"cap"`` in a target is refused there, as version 1 always refused those keys,
    saying which version has them.
    """
    for path, action in _rows(document):
        targets = action.get("targets")
        if not isinstance(targets, Mapping):
            continue
        for key in _TARGET_FORMULA_KEYS:
            if key in targets:
                problems.append(
                    (
                        "areas",
                        InvalidValueError(
                            Message(
                                f"kunci {key!r} baru ada sejak versi format 2; tulis "
                                '"format_version": 2',
                                f"the key {key!r} is new in format version 2; write "
                                '"format_version": 2',
                            ),
                            path=f'{path}.targets["{key}"]',
                        ),
                    )
                )
    return document


MIGRATIONS: Final[Mapping[int, tuple[_Part, ...]]] = MappingProxyType(
    {
        1: (_no_target_formulas_in_version_1,),
    }
)
"""The steps from each older version to the next: ``MIGRATIONS[n]`` brings a document of
version *n* to version *n* + 1, part by part. A new version adds its step here."""

SUPPORTED_FORMAT_VERSIONS: Final = frozenset({*MIGRATIONS, FORMAT_VERSION})
"""The versions of the document format rbroadmap reads."""


def migrate(document: Mapping[str, Any], version: int) -> tuple[dict[str, Any], _Problems]:
    """Bring *document* (without its ``"format_version"``) from *version* to the newest.

    Returns the document as the newest version writes it, and the problems found on the
    way, each at the top-level key under which it lies.
    """
    data = dict(document)
    problems: _Problems = []
    for step in range(version, FORMAT_VERSION):
        for part in MIGRATIONS[step]:
            data = part(data, problems)
    return data, problems


# -- classes


def _structure_overrides(cl: type) -> dict[str, Any]:
    if cl is Action:
        return {"budget": override(struct_hook=_structure_budget)}
    return {}


def _attrs_structure_hook(cl: type, converter: cattrs.Converter) -> Callable[[object, type], Any]:
    structure: Callable[[Mapping[str, Any], Any], Any] = make_dict_structure_fn(
        cl, converter, **_structure_overrides(cl)
    )
    expected = describe_type(cl)

    def hook(value: object, _: type) -> Any:
        if type(value) is not dict and not isinstance(value, Mapping):  # dict: no ABC check
            raise _expected(expected, value)
        return structure(value, cl)

    return hook


def _attrs_unstructure_hook(cl: type, converter: cattrs.Converter) -> Callable[[Any], Any]:
    """Write an object's keys in the order of its fields, as a person reads them.

    cattrs writes the fields without a default first when it leaves defaults
    out; this puts them back in the order the class declares them.
    """
    unstructure: Callable[[Any], dict[str, Any]] = make_dict_unstructure_fn(
        cl, converter, _cattrs_omit_if_default=converter.omit_if_default
    )
    names = [a.name for a in attrs.fields(cl) if a.init and not a.name.startswith("_")]
    required = [a.default is attrs.NOTHING for a in attrs.fields(cl) if a.name in names]
    if not converter.omit_if_default or required == sorted(required, reverse=True):
        return unstructure

    def hook(obj: Any) -> dict[str, Any]:
        data = unstructure(obj)
        return {name: data[name] for name in names if name in data}

    return hook


def _version_error(value: object) -> InvalidValueError:
    versions = ", ".join(str(v) for v in sorted(SUPPORTED_FORMAT_VERSIONS))
    return InvalidValueError(
        Message(
            f"versi format {quote(value)} tidak didukung; versi yang didukung: {versions}",
            f"format version {quote(value)} is not supported; the supported versions are "
            f"{versions}",
        )
    )


def _roadmap_structure_hook(converter: cattrs.Converter) -> Callable[[object, type], RoadMap]:
    structure = make_dict_structure_fn(RoadMap, converter)
    expected = describe_type(RoadMap)

    def hook(value: object, _: type) -> RoadMap:
        if not isinstance(value, Mapping):
            raise _expected(expected, value)
        problems: list[tuple[str, Exception]] = []
        if "format_version" not in value:
            problems.append(
                (
                    "format_version",
                    _missing(Message(f"{FORMAT_VERSION}", f"{FORMAT_VERSION}")),
                )
            )
        else:
            version = value["format_version"]
            if type(version) is not int or version not in SUPPORTED_FORMAT_VERSIONS:
                problems.append(("format_version", _version_error(version)))
        rest = {k: v for k, v in value.items() if k != "format_version"}
        if not problems:
            rest, found = migrate(rest, value["format_version"])
            problems += found
        try:
            roadmap = structure(rest, RoadMap)
        except ClassValidationError as error:
            if not problems:
                raise
            grouped = _at_keys("While structuring RoadMap", problems, RoadMap)
            raise ClassValidationError(
                "While structuring RoadMap", [*grouped.exceptions, *error.exceptions], RoadMap
            ) from None
        if problems:
            raise _at_keys("While structuring RoadMap", problems, RoadMap)
        return roadmap

    return hook


def _roadmap_unstructure_hook(converter: cattrs.Converter) -> Callable[[RoadMap], dict[str, Any]]:
    unstructure = _attrs_unstructure_hook(RoadMap, converter)

    def hook(roadmap: RoadMap) -> dict[str, Any]:
        return {"format_version": FORMAT_VERSION, **unstructure(roadmap)}

    return hook
