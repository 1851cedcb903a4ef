"""Field checks shared by the domain classes (private).

Every check is an attrs validator: it knows the class and the field it guards,
so its error names both, with the offending value. Converters never raise; a
value they cannot convert passes through unchanged for the validator to refuse
with a clear message.
"""

from __future__ import annotations

import importlib
import operator
import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any, Final, SupportsIndex

import attrs

from rbroadmap._exact import EXACT
from rbroadmap.errors import ModelError, ModelTypeError, quote
from rbroadmap.messages import Message

ID_PATTERN: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}\Z", re.ASCII)
"""An id: 1-128 ASCII letters, digits, ``.``, ``_``, ``:`` or ``-``, starting with a letter
or digit."""

MIN_YEAR: Final = 1900
MAX_YEAR: Final = 2200

MAX_INTEGER_DIGITS: Final = 15
"""Numbers in a road map have at most this many digits before the decimal point."""

MAX_DECIMAL_PLACES: Final = 12
"""Numbers in a road map have at most this many digits after the decimal point."""

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def fail(instance: object, name: str, value: object, indonesian: str, english: str) -> ModelError:
    """Return a `ModelError` for the field *name* of *instance*'s class."""
    return fail_named(type(instance).__name__, name, value, indonesian, english)


def fail_named(entity: str, name: str, value: object, indonesian: str, english: str) -> ModelError:
    """Return a `ModelError` for the field *name* of the class called *entity*."""
    return ModelError(
        Message(
            f"{entity}.{name} = {quote(value)}: {indonesian}",
            f"{entity}.{name} = {quote(value)}: {english}",
        ),
        entity=entity,
        field=name,
        value=value,
    )


def wrong_type(instance: object, name: str, value: object, expected: str) -> ModelTypeError:
    """Return a `ModelTypeError` for the field *name* of *instance*'s class.

    *expected* is ``"<Indonesian> / <English>"``, or one text for both.
    """
    return wrong_type_named(type(instance).__name__, name, value, expected)


def wrong_type_named(entity: str, name: str, value: object, expected: str) -> ModelTypeError:
    """Return a `ModelTypeError` for the field *name* of the class called *entity*."""
    got = type(value).__name__
    expected_id, _, expected_en = expected.partition(" / ")
    expected_en = expected_en or expected_id
    return ModelTypeError(
        Message(
            f"{entity}.{name} = {quote(value)}: diharapkan {expected_id}, bukan {got}",
            f"{entity}.{name} = {quote(value)}: expected {expected_en}, not {got}",
        ),
        entity=entity,
        field=name,
        value=value,
    )


def to_tuple(value: Any) -> Any:
    """Turn a list or other iterable into a tuple; leave anything else alone."""
    if isinstance(value, tuple | str | bytes | Mapping):
        return value
    if isinstance(value, Iterable):
        return tuple(value)
    return value


def identifier(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Check an id: a short ASCII slug such as ``"organisasi-1"``."""
    if type(value) is not str:
        raise wrong_type(instance, attribute.name, value, "teks / a str")
    if not ID_PATTERN.match(value):
        raise fail(
            instance,
            attribute.name,
            value,
            "id harus 1-128 huruf ASCII, angka, '.', '_', ':' atau '-', diawali huruf atau angka",
            "an id is 1-128 ASCII letters, digits, '.', '_', ':' or '-', starting with a "
            "letter or digit",
        )


def optional_identifier(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Check an id that may be ``None``."""
    if value is not None:
        identifier(instance, attribute, value)


def text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Check text as written. Empty text is allowed: the rules report it."""
    if type(value) is not str:
        raise wrong_type(instance, attribute.name, value, "teks / a str")


def optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Check text that may be ``None``."""
    if value is not None and type(value) is not str:
        raise wrong_type(instance, attribute.name, value, "teks atau None / a str or None")


def instance_of(*types: type) -> Validator:
    """Check that the value is an instance of one of *types*."""
    names = " | ".join(t.__name__ for t in types)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, types):
            raise wrong_type(instance, attribute.name, value, names)

    return check


def optional_of(*types: type) -> Validator:
    """Check that the value is ``None`` or an instance of one of *types*."""
    names = " | ".join(t.__name__ for t in types) + " | None"

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and not isinstance(value, types):
            raise wrong_type(instance, attribute.name, value, names)

    return check


def tuple_of(*types: type) -> Validator:
    """Check that the value is a tuple whose items are instances of *types*."""
    names = " | ".join(t.__name__ for t in types)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise wrong_type(instance, attribute.name, value, f"tuple[{names}, ...]")
        for i, item in enumerate(value):
            if not isinstance(item, types):
                raise wrong_type(instance, f"{attribute.name}[{i}]", item, names)

    return check


def year(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Check a calendar year."""
    check_year(instance, attribute.name, value)


def optional_year(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Check a calendar year that may be ``None``."""
    if value is not None:
        check_year(instance, attribute.name, value)


def check_year(instance: object, name: str, value: object) -> None:
    """Check that *value* is a plausible calendar year."""
    if type(value) is not int:
        raise wrong_type(instance, name, value, "tahun (int) / a year (int)")
    if not MIN_YEAR <= value <= MAX_YEAR:
        raise fail(
            instance,
            name,
            value,
            f"tahun harus antara {MIN_YEAR} dan {MAX_YEAR}",
            f"a year must be between {MIN_YEAR} and {MAX_YEAR}",
        )


def optional_number(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Check the number of an item as the document numbers it (1, 2, ...)."""
    if value is None:
        return
    if type(value) is not int:
        raise wrong_type(instance, attribute.name, value, "int atau None / an int or None")
    if not 0 <= value <= 9999:
        raise fail(
            instance,
            attribute.name,
            value,
            "nomor harus antara 0 dan 9999",
            "a number must be between 0 and 9999",
        )


def exact_decimal(value: object, entity: str, field: str) -> Decimal:
    """Return *value* as a finite, bounded `Decimal`, or raise `ModelError`.

    Accepts `Decimal` and integers (including NumPy integers); refuses
    `bool` and binary `float`. Positive exponents are expanded
    (``Decimal("1E+2")`` becomes ``Decimal("100")``) and negative zero becomes
    zero, so that the canonical notation never shows an exponent.
    """
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, bool | float | str | bytes):
        if isinstance(value, float):
            raise ModelTypeError(
                Message(
                    f"{entity}.{field} = {value!r}: bilangan float biner tidak eksak; "
                    f"gunakan Decimal('{value!r}')",
                    f"{entity}.{field} = {value!r}: a binary float is not exact; "
                    f"use Decimal('{value!r}')",
                ),
                entity=entity,
                field=field,
                value=value,
            )
        raise wrong_type_named(entity, field, value, "Decimal atau int / a Decimal or an int")
    elif isinstance(value, SupportsIndex):
        number = Decimal(operator.index(value))
    else:
        raise wrong_type_named(entity, field, value, "Decimal atau int / a Decimal or an int")
    if not number.is_finite():
        raise fail_named(
            entity, field, value, "harus bilangan berhingga", "must be a finite number"
        )
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)  # finite numbers have an int exponent
    if exponent < -MAX_DECIMAL_PLACES:
        raise fail_named(
            entity,
            field,
            value,
            f"paling banyak {MAX_DECIMAL_PLACES} angka di belakang koma",
            f"at most {MAX_DECIMAL_PLACES} digits after the decimal point",
        )
    if not number.is_zero() and number.adjusted() >= MAX_INTEGER_DIGITS:
        raise fail_named(
            entity,
            field,
            value,
            f"paling banyak {MAX_INTEGER_DIGITS} angka di depan koma",
            f"at most {MAX_INTEGER_DIGITS} digits before the decimal point",
        )
    if exponent > 0:
        number = number.quantize(Decimal(1), context=EXACT)
    if number.is_zero() and number.is_signed():
        number = number.copy_abs()
    return number


def whole_number(value: object, entity: str, field: str, *, low: int, high: int) -> int:
    """Return *value* as an `int` in ``[low, high]``, or raise `ModelError`."""
    if isinstance(value, bool) or not isinstance(value, SupportsIndex):
        raise wrong_type_named(entity, field, value, "bilangan bulat / an int")
    number = operator.index(value)
    if number < low or number > high:
        raise fail_named(
            entity,
            field,
            value,
            f"harus antara {low} dan {high}",
            f"must be between {low} and {high}",
        )
    return int(number)


class LazyModule:
    """A module imported when one of its attributes is first read.

    Stands in for a module that only some parts of rbroadmap need, so that importing
    rbroadmap does not import it. Reading an attribute imports the module through the
    ordinary import system (one module object for everyone) and returns its attribute;
    type annotations that name the module resolve the same way.
    """

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(importlib.import_module(self._name), attribute)

    def __repr__(self) -> str:
        return f"<module {self._name!r}, imported on first use>"
