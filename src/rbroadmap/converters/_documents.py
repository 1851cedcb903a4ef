"""Hooks of the model's classes, and of a road map document with its format version (private)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from rbroadmap.attainment.realizations import (
    DuplicateRealizationError,
    Realizations,
    duplicate_message,
)
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

FORMAT_VERSION: Final = 1
"""The version of the document format rbroadmap writes (``"format_version"``)."""

SUPPORTED_FORMAT_VERSIONS: Final = frozenset({1})
"""The versions of the document format rbroadmap reads."""


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


def _realizations_structure_hook(
    converter: cattrs.Converter,
) -> Callable[[object, type], Realizations]:
    """Read a set of realisations; a second one for a target and period, at its path.

    The set refuses the duplicate when it is built, after its items are read:
    the problem is reported at the item (``$.items[1]``), not at the set.
    """
    structure = _attrs_structure_hook(Realizations, converter)

    def hook(value: object, t: type) -> Realizations:
        try:
            return structure(value, t)  # type: ignore[no-any-return]
        except ClassValidationError as error:  # the set's own check is among its problems
            raise ClassValidationError(
                error.message, [_at_item(e) for e in error.exceptions], Realizations
            ) from None

    return hook


def _at_item(error: Exception) -> Exception:
    if not isinstance(error, DuplicateRealizationError):
        return error
    message = duplicate_message(error.realization, f"items[{error.first}]")
    return InvalidValueError(message, path=f".items[{error.index}]")
