"""Hooks of target values, realised values, targets and budgets (private)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from enum import Enum
from typing import Any, Final, get_args, get_type_hints

import attrs

from rbroadmap import _checks
from rbroadmap.attainment.realizations import RealizedValue, Verdict
from rbroadmap.converters._basic import _decimal, _enum_hook, _structure_int, _structure_str
from rbroadmap.converters._describe import (
    _DECIMAL,
    _RUPIAH,
    _TARGET,
    _TARGET_VALUE,
    _TEXT,
    _VALUE_NAMES,
    _WHOLE,
    InvalidValueError,
    _at_keys,
    _at_mapping_keys,
    _describe_value_union,
    _expected,
    _missing,
    _unknown_key,
    _value_union,
)
from rbroadmap.errors import ModelError, NotationError, quote
from rbroadmap.messages import Message
from rbroadmap.model import Target
from rbroadmap.notation import MAX_RUPIAH, format_value, parse_rupiah, parse_value
from rbroadmap.schedule import Direction, Shape
from rbroadmap.values import (
    BOUND_TYPES,
    MAX_TEXT_LENGTH,
    TARGET_TYPES,
    VALUE_KINDS,
    NoTarget,
    Qualitative,
    TargetValue,
    ValueKind,
)

_YEAR_KEY: Final = re.compile(r"[0-9]{4}\Z", re.ASCII)


# -- target values


def _notation_error(error: NotationError) -> InvalidValueError:
    return InvalidValueError(error.message)


def _structure_target_value(value: object) -> TargetValue:
    if isinstance(value, str):
        try:
            return parse_value(value)
        except NotationError as error:
            raise _notation_error(error) from None
    if isinstance(value, Mapping):
        return _structure_value_form(value)
    if value is None:
        raise InvalidValueError(
            Message(
                "null bukan nilai target; tulis '-' bila tidak ada target pada tahun itu",
                "null is not a target value; write '-' for no target that year",
            )
        )
    raise _expected(_TARGET_VALUE, value)


@attrs.frozen
class _Form:
    """The structured form of a kind of value: its class and its keys, from its fields."""

    cls: type
    names: tuple[str, ...]
    required: tuple[str, ...]
    optional: tuple[str, ...]
    types: dict[str, Any]


def _form(kind: ValueKind) -> _Form:
    fields = [a for a in attrs.fields(kind.cls) if a.init]
    return _Form(
        cls=kind.cls,
        names=tuple(a.name for a in fields),
        required=tuple(a.name for a in fields if a.default is attrs.NOTHING),
        optional=tuple(a.name for a in fields if a.default is not attrs.NOTHING),
        types=get_type_hints(kind.cls),
    )


_FORMS: Final[dict[str, _Form]] = {kind.code: _form(kind) for kind in VALUE_KINDS}
"""The structured form of every kind of value, by its code: the keys are its fields."""

_CODES: Final[dict[type, str]] = {kind.cls: kind.code for kind in VALUE_KINDS}


def _structure_value_form(data: Mapping[Any, Any]) -> TargetValue:
    """Read the structured form of a target value: ``{"kind": "percentage", ...}``."""
    kind = data.get("kind")
    kinds = ", ".join(repr(k) for k in _FORMS)
    if "kind" not in data:
        raise _at_keys(
            "While structuring a target value",
            [("kind", _missing(Message(f"salah satu dari {kinds}", f"one of {kinds}")))],
            object,
        )
    if not isinstance(kind, str) or kind not in _FORMS:
        raise _at_keys(
            "While structuring a target value",
            [("kind", _expected(Message(f"salah satu dari {kinds}", f"one of {kinds}"), kind))],
            object,
        )
    form = _FORMS[kind]
    cls, required, optional = form.cls, form.required, form.optional
    allowed = ("kind", *required, *optional)
    problems: list[tuple[str, Exception]] = []
    for key in data:
        if key not in allowed:
            problems.append(
                (key if isinstance(key, str) else quote(key), _unknown_key(key, allowed))
            )
    fields: dict[str, Any] = {}
    for key in (*required, *optional):
        if key not in data:
            if key in required:
                problems.append((key, _missing(_field_expectation(form.types[key]))))
            continue
        try:
            fields[key] = _structure_value_field(form.types[key], data[key])
        except Exception as error:  # every problem is collected
            problems.append((key, error))
    if problems:
        raise _at_keys(f"While structuring a {kind} value", problems, cls)
    try:
        return cls(**fields)  # type: ignore[no-any-return]
    except ModelError as error:
        field = error.field if error.field in allowed else required[0]
        raise _at_keys(
            f"While structuring a {kind} value", [(field, InvalidValueError(error.message))], cls
        ) from None


def _field_expectation(field_type: Any) -> Message:
    """What a key of a structured form holds, by the type of the field it fills."""
    if field_type is Decimal:
        return _DECIMAL
    if field_type is int:
        return _WHOLE
    if set(get_args(field_type)) & set(BOUND_TYPES):
        return Message(
            "persentase, jumlah atau nilai indeks", "a percentage, a count or an index score"
        )
    return _TEXT


def _structure_value_field(field_type: Any, value: object) -> Any:
    """Read one key of a structured form, by the type of the field it fills."""
    if field_type is Decimal:
        return _decimal(value)
    if field_type is int:
        return _structure_int(value, int)
    if set(get_args(field_type)) & set(BOUND_TYPES):
        if isinstance(value, Mapping) and value.get("kind") == "range":
            # Refused before reading it, so that nested ranges cannot recurse deeply.
            raise _expected(_field_expectation(field_type), value)
        bound = _structure_target_value(value)
        if not isinstance(bound, BOUND_TYPES):
            raise _expected(_field_expectation(field_type), value)
        return bound
    text = _structure_str(value, str)
    if len(text) > MAX_TEXT_LENGTH:
        raise InvalidValueError(
            Message(
                f"paling panjang {MAX_TEXT_LENGTH} karakter",
                f"at most {MAX_TEXT_LENGTH} characters long",
            )
        )
    return text


def _value_hook(cls: type) -> Callable[[object, type], TargetValue]:
    expected = _VALUE_NAMES[cls]

    def structure(value: object, _: type) -> TargetValue:
        result = _structure_target_value(value)
        if not isinstance(result, cls):
            raise _expected(expected, value)
        return result

    return structure


def _value_union_structure_hook(t: Any) -> Callable[[object, type], Any]:
    """Read a value of a union of value classes: notation, structured form or enum value."""
    union = _value_union(t)
    assert union is not None  # the hook's predicate says so
    values, enums, optional = union
    members = {m.value: m for e in enums for m in e}
    expected = _describe_value_union(values, enums)
    all_kinds = set(values) == set(TARGET_TYPES)

    def structure(value: object, _: type) -> Any:
        if value is None and optional:
            return None
        if value is None and not all_kinds:
            raise _expected(expected, value)
        if isinstance(value, str) and value in members:
            return members[value]
        result = _structure_target_value(value)
        if not isinstance(result, values):
            raise _expected(expected, value)
        return result

    return structure


def _value_union_unstructure_hook(t: Any) -> Callable[[Any], Any]:
    """Write a value of a union of value classes: notation, or its enum value.

    Text that would read back as one of the union's enum values (a qualitative
    ``achieved`` beside a verdict ``achieved``) is written in structured form.
    """
    union = _value_union(t)
    assert union is not None  # the hook's predicate says so
    members = {m.value for e in union[1] for m in e}

    def unstructure(value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, Enum):
            return value.value
        text = _value_text(value)
        if isinstance(text, str) and text in members:
            return _value_form(value)
        return text

    return unstructure


def _value_form(value: TargetValue) -> dict[str, Any]:
    """Write a target value in structured form: its kind's code, then its fields.

    Fields left at their default (``None``) are not written; exact numbers are
    written as text with a decimal point, the ends of a range in structured form.

    >>> from rbroadmap.values import Count, Percentage
    >>> _value_form(Percentage(Decimal("79.30")))
    {'kind': 'percentage', 'value': '79.30'}
    >>> _value_form(Count(39, "OPD"))
    {'kind': 'count', 'value': 39, 'unit': 'OPD'}
    """
    code = _CODES.get(type(value))
    if code is None:
        msg = f"not a target value: {value!r}"
        raise TypeError(msg)
    data: dict[str, Any] = {"kind": code}
    form = _FORMS[code]
    for name in form.names:
        held = getattr(value, name)
        if held is None and name in form.optional:
            continue
        if isinstance(held, Decimal):
            held = format(held, "f")
        elif isinstance(held, BOUND_TYPES):
            held = _value_form(held)  # type: ignore[arg-type]  # a bound is a target value
        data[name] = held
    return data


def _identical(a: TargetValue, b: TargetValue) -> bool:
    """Equal, and with the same digits (``Decimal("79.30")`` is not ``Decimal("79.3")``)."""
    return type(a) is type(b) and a == b and repr(a) == repr(b)


def _value_text(value: TargetValue) -> str | dict[str, Any]:
    """Write a target value as it goes into a document: notation where it reads back.

    The canonical notation (`rbroadmap.format_value`) is written whenever reading
    it gives back the same value with the same digits; a value it could not
    give back is written in structured form instead, so nothing is lost.

    >>> from rbroadmap.values import Percentage
    >>> _value_text(Percentage(Decimal("79.30")))
    '79,30%'
    >>> _value_text(NoTarget())
    '-'
    """
    if isinstance(value, NoTarget):
        return "-"
    text = format_value(value)
    try:
        if _identical(parse_value(text), value):
            return text
    except NotationError:
        pass
    return _value_form(value)


# -- realised values: verdicts in words, as Realization.parse reads them


def _is_realized_value(t: Any) -> bool:
    return bool(t == RealizedValue)


def _realized_value_hooks() -> tuple[Callable[[object, type], Any], Callable[[Any], Any]]:
    """Read a realised value as `Realization.parse` does; write what reads back the same.

    A verdict may be written in words (``"tercapai"``, ``"belum tercapai"``), so
    that a document and `Realization.parse` agree on what a report says; a
    qualitative value whose text is such a word is written in structured form.
    """
    read = _value_union_structure_hook(RealizedValue)
    write = _value_union_unstructure_hook(RealizedValue)

    def structure(value: object, t: type) -> Any:
        if isinstance(value, str) and (verdict := Verdict.read(value)) is not None:
            return verdict
        return read(value, t)

    def unstructure(value: Any) -> Any:
        if isinstance(value, Qualitative) and Verdict.read(value.text) is not None:
            return _value_form(value)
        return write(value)

    return structure, unstructure


# -- targets, keyed by year

_DIRECTION_HOOK: Final = _enum_hook(Direction)
_SHAPE_HOOK: Final = _enum_hook(Shape)


def _structure_target(data: object, _: type) -> Target:
    if type(data) is not dict and not isinstance(data, Mapping):
        raise _expected(_TARGET, data)
    problems: list[tuple[str, Exception]] = []
    values: list[tuple[int, TargetValue]] = []
    direction = Direction.HIGHER
    shape: Shape | None = None
    for key, cell in data.items():
        try:
            if key == "direction":
                direction = _DIRECTION_HOOK(cell, Direction)  # type: ignore[assignment]
            elif key == "shape":
                shape = _SHAPE_HOOK(cell, Shape)  # type: ignore[assignment]
            elif isinstance(key, str) and _YEAR_KEY.match(key):
                year = int(key)
                if not _checks.MIN_YEAR <= year <= _checks.MAX_YEAR:
                    raise InvalidValueError(
                        Message(
                            f"tahun harus antara {_checks.MIN_YEAR} dan {_checks.MAX_YEAR}",
                            f"a year must be between {_checks.MIN_YEAR} and {_checks.MAX_YEAR}",
                        )
                    )
                values.append((year, _structure_target_value(cell)))
            elif isinstance(key, int) and not isinstance(key, bool) and 0 <= key <= 9999:
                raise InvalidValueError(
                    Message(
                        f'tahun ditulis sebagai teks empat angka: "{key}"',
                        f'a year is written as text of four digits: "{key}"',
                    )
                )
            else:
                raise InvalidValueError(
                    Message(
                        f"kunci tidak dikenal {quote(key)}; diharapkan tahun empat angka "
                        'seperti "2019", "direction" atau "shape"',
                        f"unknown key {quote(key)}; expected a year of four digits such as "
                        '"2019", "direction" or "shape"',
                    )
                )
        except Exception as error:  # every problem is collected
            problems.append((key, error))
    if problems:
        raise _at_mapping_keys("While structuring Target", problems, Target)
    try:
        return Target(values=values, direction=direction, shape=shape)
    except ModelError as error:  # pragma: no cover - every cell is checked above
        raise InvalidValueError(error.message) from None


def _unstructure_target(target: Target) -> dict[str, Any]:
    data: dict[str, Any] = {str(year): _value_text(value) for year, value in target.values}
    if target.direction is not Direction.HIGHER:
        data["direction"] = target.direction.value
    if target.declared_shape is not None:
        data["shape"] = target.declared_shape.value
    return data


# -- budgets


def _structure_budget(value: object, _: type) -> int | None:
    if value is None:
        return None
    if type(value) is int:
        if not 0 <= value <= MAX_RUPIAH:
            raise InvalidValueError(
                Message(
                    f"anggaran harus antara 0 dan {MAX_RUPIAH} rupiah",
                    f"a budget must be between 0 and {MAX_RUPIAH} rupiah",
                )
            )
        return value
    if isinstance(value, str):
        try:
            return parse_rupiah(value)
        except NotationError as error:
            raise _notation_error(error) from None
    if isinstance(value, float):
        raise InvalidValueError(
            Message(
                f"anggaran adalah rupiah utuh, bukan pecahan {quote(value)}; diharapkan "
                f"{_RUPIAH.indonesian}",
                f"a budget is whole rupiah, not the fraction {quote(value)}; expected "
                f"{_RUPIAH.english}",
            )
        )
    raise _expected(_RUPIAH, value)
