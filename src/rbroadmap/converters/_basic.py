"""Hooks of the plain types: text, numbers, dates, enumerations, lists (private)."""

from __future__ import annotations

import math
import re
import types
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Final, Union, get_args, get_origin

import cattrs
import pendulum
from cattrs.errors import (
    IterableValidationError,
    IterableValidationNote,
)

from rbroadmap import _checks
from rbroadmap.converters._describe import (
    _BOOLEAN,
    _DATE,
    _DATETIME,
    _DECIMAL,
    _NUMBER,
    _TEXT,
    _WHOLE,
    InvalidValueError,
    _expected,
    describe_type,
)
from rbroadmap.errors import ModelError, quote
from rbroadmap.messages import Message
from rbroadmap.values import (
    MAX_TEXT_LENGTH,
)

_DECIMAL_TEXT: Final = re.compile(r"-?[0-9]+(?:\.[0-9]+)?\Z", re.ASCII)
_DATE_TEXT: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z", re.ASCII)
_DATETIME_TEXT: Final = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
    r"(?P<offset>Z|[+-][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?)?\Z",
    re.ASCII,
)
_MAX_INT_BITS: Final = 13_000  # about 3,900 decimal digits: Python shows no more than 4,300


# -- simple types


def _structure_str(value: object, _: type) -> str:
    if type(value) is not str:
        raise _expected(_TEXT, value)
    if value.isascii():  # most texts: no surrogate to look for
        return value
    problem = _checks.surrogate_problem(value)
    if problem is not None:
        raise InvalidValueError(problem)
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
        raise ModelError(
            Message(
                f"tanggal-waktu tanpa zona waktu ({value.isoformat()}) tidak dapat ditulis; "
                "berikan zonanya, mis. pendulum.datetime(..., tz='Asia/Jakarta')",
                f"a naive date-time ({value.isoformat()}) has no time zone and cannot be "
                "written; give it one, such as pendulum.datetime(..., tz='Asia/Jakarta')",
            ),
            entity="to_dict",
            field="obj",
            value=value,
        )
    return value.isoformat()


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
