"""What a document should hold, in words, and the errors that say so (private)."""

from __future__ import annotations

import types
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Final, Union, get_args, get_origin

import attrs
import pendulum
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
)

from rbroadmap.errors import RoadmapError, quote
from rbroadmap.messages import Message
from rbroadmap.model import Baseline, Target, YearlyBudget
from rbroadmap.values import (
    TARGET_TYPES,
    VALUE_KINDS,
)


class InvalidValueError(RoadmapError, ValueError):
    """Invalid value (*nilai tidak valid*): raised by a converter hook.

    Every hook of the converter raises this for a value it refuses, with a
    bilingual message saying what was expected. Hooks of your own may raise it
    too; `rbroadmap.from_dict` reports its message at the value's JSON path
    (followed by *path*, when the problem lies deeper inside the value).

    Attributes:
        path: Where the problem lies inside the value, as a JSON path suffix
            (``".units[2].parent"``), or ``""`` for the value itself.

    >>> error = InvalidValueError(Message("diharapkan teks", "expected text"))
    >>> str(error)
    'expected text'
    """

    path: str

    def __init__(self, message: Message, *, path: str = "") -> None:
        super().__init__(message)
        self.path = path


# -- describing values and types, for messages


def _got(value: object) -> Message:
    """Say what *value* is, as a JSON reader sees it, without repr-ing containers."""
    if value is None:
        return Message("null", "null")
    if isinstance(value, bool):
        text = "true" if value else "false"
        return Message(f"boolean {text}", f"the boolean {text}")
    if isinstance(value, int):
        if value.bit_length() > 256:  # too long to show, and to repr past Python's limit
            return Message("bilangan bulat yang sangat besar", "a very large whole number")
        shown = quote(value)
        return Message(f"bilangan bulat {shown}", f"the whole number {shown}")
    if isinstance(value, float):
        shown = quote(value)
        return Message(f"bilangan pecahan {shown}", f"the fractional number {shown}")
    if isinstance(value, str):
        return Message(f"teks {quote(value)}", f"the text {quote(value)}")
    if isinstance(value, Mapping):
        n = len(value)
        return Message(f"objek dengan {n} kunci", f"an object with {n} key{'s' * (n != 1)}")
    if isinstance(value, list | tuple):
        n = len(value)
        return Message(f"daftar {n} butir", f"a list of {n} item{'s' * (n != 1)}")
    name = type(value).__name__
    return Message(f"nilai bertipe {name}", f"a value of type {name}")


def _expected(expected: Message, value: object) -> InvalidValueError:
    got = _got(value)
    return InvalidValueError(
        Message(
            f"diharapkan {expected.indonesian}, bukan {got.indonesian}",
            f"expected {expected.english}, not {got.english}",
        )
    )


_TEXT: Final = Message("teks", "text")
_WHOLE: Final = Message("bilangan bulat", "a whole number")
_BOOLEAN: Final = Message("true atau false", "true or false")
_NUMBER: Final = Message("bilangan", "a number")
_DECIMAL: Final = Message(
    'bilangan eksak sebagai teks dengan titik desimal, mis. "79.30", atau bilangan bulat',
    'an exact number as text with a decimal point, such as "79.30", or a whole number',
)
_DATE: Final = Message(
    'tanggal ISO 8601 seperti "2020-12-31"', 'an ISO 8601 date such as "2020-12-31"'
)
_DATETIME: Final = Message(
    'tanggal dan waktu ISO 8601 dengan selisih UTC, seperti "2020-12-31T09:00:00+07:00"',
    'an ISO 8601 date and time with a UTC offset, such as "2020-12-31T09:00:00+07:00"',
)
_RUPIAH: Final = Message(
    "rupiah utuh seperti 150000000 atau '150.000.000,-'",
    "a whole number of rupiah such as 150000000 or '150.000.000,-'",
)
_TARGET: Final = Message(
    'pemetaan tahun ke nilai target seperti {"2018": "25%", "2019": "35%"}',
    'a mapping of years to target values such as {"2018": "25%", "2019": "35%"}',
)
_YEARLY_BUDGET: Final = Message(
    'pemetaan tahun ke rupiah seperti {"2022": 100000000, "2023": "150.000.000,-"}',
    'a mapping of years to rupiah such as {"2022": 100000000, "2023": "150.000.000,-"}',
)
_BASELINE: Final = Message(
    'pemetaan tahun ke nilai seperti {"2018": "NA", "2019": "IRB 62,5"}',
    'a mapping of years to values such as {"2018": "NA", "2019": "IRB 62,5"}',
)
_TARGET_VALUE: Final = Message(
    "nilai target dalam notasi seperti '25%', '39 OPD', 'IRB 70' atau '-', atau dalam "
    'bentuk terstruktur seperti {"kind": "percentage", "value": "25"}',
    "a target value in notation such as '25%', '39 OPD', 'IRB 70' or '-', or in "
    'structured form such as {"kind": "percentage", "value": "25"}',
)
_VALUE_NAMES: Final[dict[type, Message]] = {kind.cls: kind.name for kind in VALUE_KINDS}
"""What a value of each kind is, for messages, as its kind declares."""


def _is_enum(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, Enum)


def _value_union(t: Any) -> tuple[tuple[type, ...], tuple[type[Enum], ...], bool] | None:
    """Split a union of target value classes (and enumerations, and ``None``).

    Returns its value classes, its enumerations and whether it admits ``None``,
    or ``None`` if *t* is no such union. `TargetValue` is one; so is a union
    that holds only some kinds of value, or adds an enumeration of verdicts.
    """
    if get_origin(t) not in (Union, types.UnionType):
        return None
    rest = [a for a in get_args(t) if a is not type(None)]
    values = tuple(a for a in rest if a in _VALUE_NAMES)
    enums = tuple(a for a in rest if _is_enum(a))
    if not values or len(values) + len(enums) != len(rest):
        return None
    return values, enums, len(rest) != len(get_args(t))


def _is_value_union(t: Any) -> bool:
    return _value_union(t) is not None


def _describe_value_union(values: tuple[type, ...], enums: tuple[type[Enum], ...]) -> Message:
    if set(values) == set(TARGET_TYPES) and not enums:
        return _TARGET_VALUE
    kinds = [_VALUE_NAMES[v] for v in values]
    choices = ", ".join(repr(m.value) for e in enums for m in e)
    if choices:
        kinds.append(Message(f"salah satu dari {choices}", f"one of {choices}"))
    return Message(
        " atau ".join(k.indonesian for k in kinds), " or ".join(k.english for k in kinds)
    )


def describe_type(t: Any) -> Message:
    """Say in words what a document holds for the type *t* (*uraian tipe*).

    Used in the messages of `rbroadmap.DataError`.

    >>> describe_type(tuple[str, ...]).english
    'a list of text'
    >>> describe_type(int | None).indonesian
    'bilangan bulat atau null'
    """
    args = get_args(t)
    origin = get_origin(t)
    union = _value_union(t)
    if union is not None:
        values, enums, optional = union
        inner = _describe_value_union(values, enums)
        if optional:
            return Message(f"{inner.indonesian} atau null", f"{inner.english} or null")
        return inner
    if args and type(None) in args and origin in (Union, types.UnionType):
        rest = tuple(a for a in args if a is not type(None))
        inner = describe_type(rest[0]) if len(rest) == 1 else Message("nilai", "a value")
        return Message(f"{inner.indonesian} atau null", f"{inner.english} or null")
    if origin in (tuple, list, frozenset, set) and args:
        item = describe_type(args[0])
        return Message(f"daftar {item.indonesian}", f"a list of {item.english}")
    simple = {
        str: _TEXT,
        int: _WHOLE,
        bool: _BOOLEAN,
        float: _NUMBER,
        Decimal: _DECIMAL,
        pendulum.Date: _DATE,
        date: _DATE,
        pendulum.DateTime: _DATETIME,
        datetime: _DATETIME,
        Target: _TARGET,
        YearlyBudget: _YEARLY_BUDGET,
        Baseline: _BASELINE,
    }
    if isinstance(t, type) and t in simple:
        return simple[t]
    if isinstance(t, type) and t in _VALUE_NAMES:
        return _VALUE_NAMES[t]
    if isinstance(t, type) and issubclass(t, Enum):
        choices = ", ".join(repr(m.value) for m in t)
        return Message(f"salah satu dari {choices}", f"one of {choices}")
    if isinstance(t, type) and attrs.has(t):
        required = [
            f'"{a.name}"'
            for a in attrs.fields(t)
            if a.init and a.default is attrs.NOTHING and not a.name.startswith("_")
        ]
        keys_id = f" dengan kunci {', '.join(required)}" if required else ""
        keys_en = f" with the keys {', '.join(required)}" if required else ""
        return Message(f"objek {t.__name__}{keys_id}", f"a {t.__name__} object{keys_en}")
    name = getattr(t, "__name__", repr(t))
    return Message(f"nilai bertipe {name}", f"a value of type {name}")


# -- errors with paths inside a value


def _at_keys(message: str, problems: list[tuple[str, Exception]], cl: type) -> ClassValidationError:
    """Group the problems found at keys of one object, as cattrs does for classes."""
    for key, error in problems:
        name = str.__str__(key)  # plain text: a subclass's methods are never called
        note = AttributeValidationNote(f"Structuring {cl.__name__} @ key {name}", name, object)
        error.__notes__ = [*getattr(error, "__notes__", []), note]
    return ClassValidationError(message, [error for _, error in problems], cl)


def _at_mapping_keys(
    message: str, problems: list[tuple[str, Exception]], cl: type
) -> IterableValidationError:
    """Group the problems found at keys of a mapping, as cattrs does for dicts."""
    for key, error in problems:
        note = IterableValidationNote(f"Structuring {cl.__name__} @ key {quote(key)}", key, object)
        error.__notes__ = [*getattr(error, "__notes__", []), note]
    return IterableValidationError(message, [error for _, error in problems], cl)


def _unknown_key(key: object, allowed: Iterable[str]) -> InvalidValueError:
    choices = ", ".join(f'"{k}"' for k in allowed)
    return InvalidValueError(
        Message(
            f"kunci tidak dikenal {quote(key)}; kunci yang dikenal: {choices}",
            f"unknown key {quote(key)}; the known keys are {choices}",
        )
    )


def _missing(expected: Message) -> InvalidValueError:
    return InvalidValueError(
        Message(
            f"kunci wajib tidak ada: diharapkan {expected.indonesian}",
            f"required key missing: expected {expected.english}",
        )
    )
