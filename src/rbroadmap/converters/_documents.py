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

from rbroadmap import _checks
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
from rbroadmap.converters._migrations import MIGRATIONS, migrate
from rbroadmap.converters._values import _YEAR_KEY, _structure_budget
from rbroadmap.errors import quote
from rbroadmap.messages import Message
from rbroadmap.model import Action, Objective, RoadMap, structure

FORMAT_VERSION: Final = 2
"""The version of the document format rbroadmap writes (``"format_version"``)."""

SUPPORTED_FORMAT_VERSIONS: Final = frozenset({*MIGRATIONS, FORMAT_VERSION})
"""The versions of the document format rbroadmap reads; an older one is brought up to the
newest (`MIGRATIONS`) before it is read."""


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
            version = value["format_version"]
            if type(version) is not int or version not in SUPPORTED_FORMAT_VERSIONS:
                problems.append(("format_version", _version_error(version)))
        rest = {k: v for k, v in value.items() if k != "format_version"}
        if not problems:
            rest, found = migrate(rest, value["format_version"], FORMAT_VERSION)
            problems += found
        try:
            roadmap = structure(rest, RoadMap)
        except ClassValidationError as error:
            # The road map cannot be built: its years are read from the document as
            # written, so that every year outside the period is reported with the rest.
            years = years_outside_document(rest)
            if not problems and not years:
                raise
            grouped = _at_keys("While structuring RoadMap", problems, RoadMap) if problems else None
            raise ClassValidationError(
                "While structuring RoadMap",
                [*(grouped.exceptions if grouped else ()), *error.exceptions, *years],
                RoadMap,
            ) from None
        if problems:
            raise _at_keys("While structuring RoadMap", problems, RoadMap)
        return roadmap

    return hook


def years_outside_document(document: Mapping[str, Any]) -> list[InvalidValueError]:
    """Every year outside the period of a road map document, read from its plain data.

    The walk follows the table of what contains what (`rbroadmap.model.structure`)
    over the document as written, so that it needs no part of it to read well but
    its period: a field of years (an `InPeriod` row) holds a year or an object
    keyed by years. What is not where the table says is left to the converter.

    >>> document = {"period": {"start": 2022, "end": 2024}, "stages": [{"year": 2021}],
    ...             "areas": [{"actions": [{"targets": {"2024": "1%", "2025": "x"}}]}]}
    >>> [error.path for error in years_outside_document(document)]
    ['.areas[0].actions[0].targets["2025"]', '.stages[0].year']
    """
    period = document.get("period")
    if not isinstance(period, Mapping):
        return []
    start, end = period.get("start"), period.get("end")
    if type(start) is not int or type(end) is not int or start > end:
        return []
    found: list[InvalidValueError] = []

    def outside(path: str, shown: str, year: int, span: tuple[int, int]) -> None:
        low, high = span
        if _checks.MIN_YEAR <= year <= _checks.MAX_YEAR and not low <= year <= high:
            where = (
                (f"periode {low}-{high}", f"the period {low}-{high}")
                if span == (start, end)
                else (
                    f"tahun tabel sasarannya {low}-{high}",
                    f"the years of its goal table {low}-{high}",
                )
            )
            found.append(
                InvalidValueError(
                    Message(
                        f"{shown}: tahun {year} di luar {where[0]}",
                        f"{shown}: the year {year} is outside {where[1]}",
                    ),
                    path=path,
                )
            )

    def visit(value: object, cls: type, path: str, span: tuple[int, int]) -> None:
        if not isinstance(value, Mapping):
            return
        if cls is Objective:  # a goal table covering years of its own
            own = value.get("period")
            if isinstance(own, Mapping):
                low, high = own.get("start"), own.get("end")
                if type(low) is int and type(high) is int and low <= high:
                    span = (low, high)
        for row in structure.parts_of(cls):
            item = value.get(row.field)
            here = f"{path}.{row.field}"
            if isinstance(row, structure.InPeriod):
                if type(item) is int:
                    outside(here, here[1:], item, span)
                elif isinstance(item, Mapping):
                    for key in item:
                        if isinstance(key, str) and _YEAR_KEY.match(key):
                            outside(f'{here}["{key}"]', f"{here[1:]}[{key}]", int(key), span)
            elif isinstance(row, structure.Part):
                if not row.many:
                    visit(item, row.child, here, span)
                elif isinstance(item, list):
                    for i, child in enumerate(item):
                        visit(child, row.child, f"{here}[{i}]", span)

    visit(document, RoadMap, "", (start, end))
    return found


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
