"""Hooks of the model's classes, and of a road map document with its format version (private)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, Final

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


def _version_1_to_2(document: Mapping[str, Any]) -> dict[str, Any]:
    """Read a version 1 road map document as version 2.

    Version 2 adds parts and keys (the plan hierarchy, budgets per year and for
    the period, themes, the document profile, regulations); every key of
    version 1 keeps its meaning (``budget`` stays the annual budget), so a
    version 1 document reads unchanged.
    """
    return dict(document)


MIGRATIONS: Final[Mapping[int, Callable[[Mapping[str, Any]], dict[str, Any]]]] = MappingProxyType(
    {1: _version_1_to_2}
)
"""The steps from each older version of the document format to the next, by the older version.

A road map document of an older version is read by applying its steps in turn,
up to `FORMAT_VERSION`; a new version adds one step here.
"""

SUPPORTED_FORMAT_VERSIONS: Final = frozenset({*MIGRATIONS, FORMAT_VERSION})
"""The versions of the document format rbroadmap reads."""


def migrate(document: Mapping[str, Any], version: int) -> dict[str, Any]:
    """Bring a road map document of *version* (without its ``format_version``) up to date.

    >>> migrate({"id": "kota-x"}, 1)
    {'id': 'kota-x'}
    """
    data = dict(document)
    while version < FORMAT_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    return data


# -- classes


def _structure_overrides(cl: type) -> dict[str, Any]:
    if cl is Action:
        return {
            "budget": override(struct_hook=_structure_budget),
            "budget_total": override(struct_hook=_structure_budget),
        }
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
        version = FORMAT_VERSION
        if "format_version" not in value:
            problems.append(
                (
                    "format_version",
                    _missing(Message(f"{FORMAT_VERSION}", f"{FORMAT_VERSION}")),
                )
            )
        else:
            given = value["format_version"]
            if type(given) is not int or given not in SUPPORTED_FORMAT_VERSIONS:
                problems.append(("format_version", _version_error(given)))
            else:
                version = given
        rest = migrate({k: v for k, v in value.items() if k != "format_version"}, version)
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
