"""Converter (*pengubah*): road maps to plain data and back, with cattrs.

rbroadmap turns its objects into plain data (dicts, lists, text, whole
numbers and ``None``) and back with a `cattrs.Converter` of its own, never
cattrs' global converter. `make_converter` builds a fresh one, configured by
`configure_converter`, in the manner of cattrs' ``preconf`` converters.
Applications extend it with hooks for their own classes and pass it to
`rbroadmap.from_dict` and friends:

```python
import attrs
import pendulum
import rbroadmap as rb
from rbroadmap.converters import make_converter

@attrs.frozen
class Submission:
    roadmap_id: str
    received: pendulum.DateTime
    budget_cells: tuple[int, ...] = ()

converter = make_converter()          # a converter of your own to extend
data = {"roadmap_id": "kota-contoh", "received": "2020-12-31T09:00:00+07:00"}
submission = rb.from_dict(data, Submission, converter=converter)
assert submission.received == pendulum.datetime(2020, 12, 31, 2, tz="UTC")
```

What the converter does, type by type (the page *Document format* shows a
complete document):

* Classes of the model: an object whose keys are the field names
  (``"expected_condition"``); fields left at their default are not written;
  unknown keys are refused; private fields are never written.
* `rbroadmap.RoadMap`: as above, with ``"format_version": 1`` first. A road map
  document of another version is refused, naming the versions supported.
* `rbroadmap.Target`: an object keyed by year, ``{"2018": "25%", "2019":
  "35%"}``, with ``"direction"`` and ``"shape"`` beside the years when they are
  not the default.
* Target values in a document: their canonical notation (``"79,30%"``,
  ``"39 OPD Dan masyarakat"``, ``"-"``). Read from notation or from a
  structured form such as ``{"kind": "percentage", "value": "79.30"}``. A value
  on its own (``to_dict(rb.Percentage(25))``) is written in structured form.
* Budgets (``Action.budget``): whole rupiah as a JSON integer; read from an
  integer or from rupiah notation (``"150.000.000,-"``).
* Exact numbers: `decimal.Decimal` as text with a dot (``"79.30"``), every
  digit kept. Binary floats are refused wherever an exact number is expected.
* Enumerations: their value (``"higher"``, ``"cumulative"``, ``"chair"``).
* Dates: `pendulum.Date` as ISO 8601 ``"2020-12-31"``; read back as
  `pendulum.Date`, also where a field says `datetime.date`.
* Date-times: `pendulum.DateTime` as ISO 8601 with its UTC offset, exactly as
  held (``"2020-12-31T09:00:00+07:00"``); read back as `pendulum.DateTime` with
  that fixed offset, equal to the original instant. A named zone such as
  ``Asia/Jakarta`` is written as its offset at that instant: rbroadmap never
  looks zones up. Naive date-times (without an offset) are refused both ways,
  because rbroadmap never assumes a time zone.
* Lists: JSON arrays (a string is never read as a list of characters).

The converter is strict: text is never read as a number, nor a number as
text. Hooks raise cattrs' validation errors, so `cattrs.transform_error` works
on them; `rbroadmap.from_dict` turns them into a `rbroadmap.DataError` with a
JSON path and a bilingual message for every problem.
"""

from __future__ import annotations

import math
import re
import types
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Final, TypeVar, Union, get_args, get_origin, get_type_hints

import attrs
import cattrs
import pendulum
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from rbroadmap import _checks
from rbroadmap.attainment.realizations import RealizedValue, Verdict
from rbroadmap.errors import ModelError, NotationError, RoadmapError, quote
from rbroadmap.messages import Message
from rbroadmap.model import Action, RoadMap, Target
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

__all__ = [
    "FORMAT_VERSION",
    "SUPPORTED_FORMAT_VERSIONS",
    "InvalidValueError",
    "configure_converter",
    "describe_type",
    "make_converter",
]

FORMAT_VERSION: Final = 1
"""The version of the document format rbroadmap writes (``"format_version"``)."""

SUPPORTED_FORMAT_VERSIONS: Final = frozenset({1})
"""The versions of the document format rbroadmap reads."""

T = TypeVar("T")

_YEAR_KEY: Final = re.compile(r"[0-9]{4}\Z", re.ASCII)
_DECIMAL_TEXT: Final = re.compile(r"-?[0-9]+(?:\.[0-9]+)?\Z", re.ASCII)
_DATE_TEXT: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z", re.ASCII)
_DATETIME_TEXT: Final = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
    r"(?P<offset>Z|[+-][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?)?\Z",
    re.ASCII,
)
_MAX_INT_BITS: Final = 13_000  # about 3,900 decimal digits: Python shows no more than 4,300


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
_TARGET_VALUE: Final = Message(
    "nilai target dalam notasi seperti '25%', '39 OPD', 'IRB 70' atau '-', atau dalam "
    'bentuk terstruktur seperti {"kind": "percentage", "value": "25"}',
    "a target value in notation such as '25%', '39 OPD', 'IRB 70' or '-', or in "
    'structured form such as {"kind": "percentage", "value": "25"}',
)
_VALUE_NAMES: Final[dict[type, Message]] = {kind.cls: kind.name for kind in VALUE_KINDS}
"""What a value of each kind is, for messages, as its kind declares."""


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
        note = AttributeValidationNote(f"Structuring {cl.__name__} @ key {key}", key, object)
        error.__notes__ = [*getattr(error, "__notes__", []), note]
    return ClassValidationError(message, [error for _, error in problems], cl)


def _at_mapping_keys(
    message: str, problems: list[tuple[str, Exception]], cl: type
) -> IterableValidationError:
    """Group the problems found at keys of a mapping, as cattrs does for dicts."""
    for key, error in problems:
        note = IterableValidationNote(f"Structuring {cl.__name__} @ key {key!r}", key, object)
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


# -- simple types


def _structure_str(value: object, _: type) -> str:
    if type(value) is not str:
        raise _expected(_TEXT, value)
    return value


def _too_large(value: int) -> InvalidValueError | None:
    """Refuse a whole number too long for Python to show (over 4,000 digits)."""
    if value.bit_length() <= _MAX_INT_BITS:
        return None
    return InvalidValueError(
        Message(
            "bilangan bulat ini terlalu besar (lebih dari 4.000 angka)",
            "this whole number is too large (more than 4,000 digits)",
        )
    )


def _structure_int(value: object, _: type) -> int:
    if type(value) is int and (error := _too_large(value)) is not None:
        raise error
    if type(value) is not int:
        if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) < 20:
            raise InvalidValueError(
                Message(
                    f"diharapkan bilangan bulat, bukan teks {quote(value)}; tulis tanpa tanda "
                    f"petik: {int(value)}",
                    f"expected a whole number, not the text {quote(value)}; write it without "
                    f"quotes: {int(value)}",
                )
            )
        if isinstance(value, float) and value.is_integer():
            raise InvalidValueError(
                Message(
                    f"diharapkan bilangan bulat, bukan pecahan {quote(value)}; tulis {int(value)}",
                    f"expected a whole number, not the fraction {quote(value)}; write {int(value)}",
                )
            )
        raise _expected(_WHOLE, value)
    return value


def _structure_bool(value: object, _: type) -> bool:
    if type(value) is not bool:
        raise _expected(_BOOLEAN, value)
    return value


def _structure_float(value: object, _: type) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _expected(_NUMBER, value)
    return float(value)


def _float_refused(value: float, expected: Message) -> InvalidValueError:
    shown = quote(value)
    if not math.isfinite(value):
        return InvalidValueError(
            Message(
                f"{shown} bukan bilangan; diharapkan {expected.indonesian}",
                f"{shown} is not a number; expected {expected.english}",
            )
        )
    return InvalidValueError(
        Message(
            f"bilangan pecahan {shown} adalah float biner yang tidak eksak; tulis sebagai "
            f'teks, mis. "{value!r}"; diharapkan {expected.indonesian}',
            f"the fractional number {shown} is a binary float, which is not exact; write it "
            f'as text, such as "{value!r}"; expected {expected.english}',
        )
    )


def _decimal(value: object) -> Decimal:
    """Read an exact number: text with a decimal point (``"79.30"``) or an int."""
    if isinstance(value, bool):
        raise _expected(_DECIMAL, value)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise _expected(_DECIMAL, value)
        return value
    if isinstance(value, float):
        raise _float_refused(value, _DECIMAL)
    if isinstance(value, str):
        if len(value) <= MAX_TEXT_LENGTH and _DECIMAL_TEXT.match(value):
            return Decimal(value)
        if len(value) <= MAX_TEXT_LENGTH and _DECIMAL_TEXT.match(value.replace(",", ".", 1)):
            fixed = value.replace(",", ".", 1)
            raise InvalidValueError(
                Message(
                    f"bentuk terstruktur memakai titik desimal: tulis {fixed!r} (atau "
                    f"tulis nilai dalam notasi Indonesia, mis. '{value}%')",
                    f"the structured form uses a decimal point: write {fixed!r} (or write "
                    f"the value in Indonesian notation, such as '{value}%')",
                )
            )
    raise _expected(_DECIMAL, value)


def _structure_decimal(value: object, _: type) -> Decimal:
    return _decimal(value)


def _unstructure_decimal(value: Decimal) -> str:
    return format(value, "f")


def _structure_date(value: object, _: type) -> pendulum.Date:
    if isinstance(value, str) and _DATE_TEXT.match(value):
        try:
            parsed = date.fromisoformat(value)
        except ValueError:
            raise InvalidValueError(
                Message(
                    f"{quote(value)} bukan tanggal yang ada; diharapkan {_DATE.indonesian}",
                    f"{quote(value)} is not a date that exists; expected {_DATE.english}",
                )
            ) from None
        return pendulum.Date(parsed.year, parsed.month, parsed.day)
    raise _expected(_DATE, value)


def _unstructure_date(value: date) -> str:
    return value.isoformat()


def _structure_datetime(value: object, _: type) -> pendulum.DateTime:
    match = _DATETIME_TEXT.match(value) if isinstance(value, str) else None
    if match is None:
        raise _expected(_DATETIME, value)
    if match["offset"] is None:
        raise InvalidValueError(
            Message(
                f"{quote(value)} tidak memuat zona waktu; tambahkan selisih UTC seperti "
                "'+07:00' (WIB) atau 'Z' (UTC)",
                f"{quote(value)} has no time zone; add a UTC offset such as '+07:00' (WIB) "
                "or 'Z' (UTC)",
            )
        )
    try:
        parsed = datetime.fromisoformat(value)  # type: ignore[arg-type]  # matched above
    except ValueError:
        raise InvalidValueError(
            Message(
                f"{quote(value)} bukan waktu yang ada; diharapkan {_DATETIME.indonesian}",
                f"{quote(value)} is not a time that exists; expected {_DATETIME.english}",
            )
        ) from None
    return pendulum.instance(parsed)


def _unstructure_datetime(value: datetime) -> str:
    if value.tzinfo is None or value.utcoffset() is None:
        msg = (
            f"a naive date-time ({value.isoformat()}) has no time zone and cannot be written; "
            "give it one, such as pendulum.datetime(..., tz='Asia/Jakarta') / "
            "tanggal-waktu tanpa zona waktu tidak dapat ditulis"
        )
        raise ValueError(msg)
    return value.isoformat()


def _is_enum(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, Enum)


def _enum_hook(t: type[Enum]) -> Callable[[object, type], Enum]:
    by_value = {(type(m.value), m.value): m for m in t}
    expected = describe_type(t)

    def structure(value: object, _: type) -> Enum:
        try:
            return by_value[(type(value), value)]
        except (KeyError, TypeError):
            raise _expected(expected, value) from None

    return structure


def _unstructure_enum(value: Enum) -> Any:
    return value.value


# -- collections: lists only, never a string read as a list of characters


_COLLECTIONS: Final = (tuple, list, frozenset, set)


def _is_collection(t: Any) -> bool:
    origin = get_origin(t)
    args = get_args(t)
    if origin is tuple:
        return len(args) == 2 and args[1] is Ellipsis
    return origin in _COLLECTIONS and len(args) == 1


def _collection_hook(t: Any, converter: cattrs.Converter) -> Callable[[object, type], Any]:
    origin = get_origin(t)
    item_type = get_args(t)[0]
    expected = describe_type(t)
    unordered = origin in (frozenset, set)
    accepted: tuple[type, ...] = (list, tuple, frozenset, set) if unordered else (list, tuple)

    # The item's hook is looked up on first use, not here, so that a class that holds a
    # list of itself does not recurse while its own hook is being made; then it is kept,
    # as cattrs keeps the hooks of a class's fields.
    item_hooks: list[Callable[[Any, Any], Any]] = []

    def structure(value: object, _: type) -> Any:
        if not isinstance(value, accepted):
            raise _expected(expected, value)
        if not item_hooks:
            item_hooks.append(converter.get_structure_hook(item_type))
        item_hook = item_hooks[0]
        items: list[Any] = []
        errors: list[Exception] = []
        given: Iterable[Any] = value  # type: ignore[assignment]  # checked just above
        for i, item in enumerate(given):
            try:
                items.append(item_hook(item, item_type))
            except Exception as error:  # every problem is collected
                note = IterableValidationNote(f"Structuring {t} @ index {i}", i, item_type)
                error.__notes__ = [*getattr(error, "__notes__", []), note]
                errors.append(error)
        if errors:
            raise IterableValidationError(f"While structuring {t!r}", errors, origin)
        return origin(items)

    return structure


def _is_optional(t: Any) -> bool:
    """``X | None`` for one type X other than a union of target values (read by its own hook)."""
    if get_origin(t) not in (Union, types.UnionType):
        return False
    args = get_args(t)
    return len(args) == 2 and type(None) in args


def _optional_hook(t: Any, converter: cattrs.Converter) -> Callable[[object, type], Any]:
    """Read ``X | None``: ``None``, or else what X's hook reads.

    cattrs' own hook looks X's hook up on every value; this one looks it up once, on
    first use (not here, so that a class holding an optional one of itself does not
    recurse while its hook is being made).
    """
    inner = next(a for a in get_args(t) if a is not type(None))
    inner_hooks: list[Callable[[Any, Any], Any]] = []

    def structure(value: object, _: type) -> Any:
        if value is None:
            return None
        if not inner_hooks:
            inner_hooks.append(converter.get_structure_hook(inner))
        return inner_hooks[0](value, inner)

    return structure


def _unstructure_unordered(value: frozenset[Any] | set[Any]) -> list[Any]:
    try:
        return sorted(value)
    except TypeError:
        return list(value)


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
            problems.append((str(key), _unknown_key(key, allowed)))
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
            elif isinstance(key, int) and not isinstance(key, bool):
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


# -- the converter


def configure_converter(converter: cattrs.Converter) -> None:
    """Register rbroadmap's hooks on *converter* (*atur pengubah*).

    Simple types first, then collections, target values, targets, budgets and
    the classes of the model, in the manner of cattrs' ``preconf`` modules.
    Hooks registered afterwards take precedence, so an application may still
    override any of them.

    Args:
        converter: A `cattrs.Converter`; `make_converter` gives one configured
            for rbroadmap's documents.
    """
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(Decimal, _unstructure_decimal)
    for date_type in (date, pendulum.Date):
        converter.register_structure_hook(date_type, _structure_date)
        converter.register_unstructure_hook(date_type, _unstructure_date)
    for datetime_type in (datetime, pendulum.DateTime):
        converter.register_structure_hook(datetime_type, _structure_datetime)
        converter.register_unstructure_hook(datetime_type, _unstructure_datetime)
    converter.register_structure_hook_factory(_is_enum, _enum_hook)
    converter.register_unstructure_hook_factory(_is_enum, lambda _: _unstructure_enum)
    converter.register_structure_hook_factory(_is_collection, _collection_hook)
    converter.register_structure_hook_factory(_is_optional, _optional_hook)
    converter.register_unstructure_hook(frozenset, _unstructure_unordered)
    converter.register_unstructure_hook(set, _unstructure_unordered)

    converter.register_structure_hook_factory(attrs.has, _attrs_structure_hook)
    converter.register_unstructure_hook_factory(attrs.has, _attrs_unstructure_hook)

    for cls in _VALUE_NAMES:
        converter.register_structure_hook(cls, _value_hook(cls))
        converter.register_unstructure_hook(cls, _value_form)
    converter.register_structure_hook_factory(_is_value_union, _value_union_structure_hook)
    converter.register_unstructure_hook_factory(_is_value_union, _value_union_unstructure_hook)
    read_realized, write_realized = _realized_value_hooks()
    converter.register_structure_hook_func(_is_realized_value, read_realized)
    converter.register_unstructure_hook_func(_is_realized_value, write_realized)

    converter.register_structure_hook(Target, _structure_target)
    converter.register_unstructure_hook(Target, _unstructure_target)
    converter.register_structure_hook(RoadMap, _roadmap_structure_hook(converter))
    converter.register_unstructure_hook(RoadMap, _roadmap_unstructure_hook(converter))


def make_converter(**kwargs: Any) -> cattrs.Converter:
    """Build a fresh converter for rbroadmap's documents (*buat pengubah*).

    Each call returns a new `cattrs.Converter`, configured by
    `configure_converter`, so that an application can register hooks for its
    own classes without touching anyone else's converter (nor cattrs' global
    one). Pass it to `rbroadmap.from_dict` and friends as ``converter=``.

    Args:
        **kwargs: Passed to `cattrs.Converter`. The defaults are
            ``detailed_validation=True`` (every problem is reported),
            ``forbid_extra_keys=True`` (unknown keys are refused) and
            ``omit_if_default=True`` (fields at their default are not written).

    >>> import rbroadmap as rb
    >>> converter = make_converter()
    >>> converter.unstructure(rb.Problem(id="p1", text="Belum optimal"))
    {'id': 'p1', 'text': 'Belum optimal'}
    >>> converter.unstructure(rb.Target.of(2018, "25%", "-"))
    {'2018': '25%', '2019': '-'}
    """
    kwargs.setdefault("detailed_validation", True)
    kwargs.setdefault("forbid_extra_keys", True)
    kwargs.setdefault("omit_if_default", True)
    converter = cattrs.Converter(**kwargs)
    configure_converter(converter)
    return converter
