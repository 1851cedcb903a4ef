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
from datetime import date as date_type
from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Final, SupportsIndex, TypeVar

import attrs

from rbroadmap._exact import EXACT
from rbroadmap._text import lone_surrogate
from rbroadmap.errors import ModelError, ModelTypeError, _type_name, quote
from rbroadmap.messages import Lang, Message

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
E = TypeVar("E", bound=Enum)


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
    check_characters(type(instance).__name__, attribute.name, value)


def optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Check text that may be ``None``."""
    if value is not None and type(value) is not str:
        raise wrong_type(instance, attribute.name, value, "teks atau None / a str or None")
    if value is not None:
        check_characters(type(instance).__name__, attribute.name, value)


def check_characters(entity: str, name: str, value: str) -> None:
    """Refuse text that holds a lone surrogate: it is no character, and no UTF-8.

    Every text of the model is written as UTF-8 in the end (in JSON, in a
    database, on a web page); a lone surrogate, half of a UTF-16 pair, cannot
    be, so it is refused where the text enters, naming where it sits.
    """
    problem = surrogate_problem(value)
    if problem is not None:
        raise fail_named(entity, name, value, problem.indonesian, problem.english)


def surrogate_problem(value: str) -> Message | None:
    """Say where *value* holds a lone surrogate, or return ``None`` if it holds none."""
    position = lone_surrogate(value)
    if position is None:
        return None
    code = f"U+{ord(value[position]):04X}"
    return Message(
        f"teks memuat surrogat tunggal ({code}) pada posisi {position}: bukan karakter, dan "
        "tidak dapat ditulis sebagai UTF-8",
        f"the text holds a lone surrogate ({code}) at position {position}: it is no character, "
        "and cannot be written as UTF-8",
    )


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
            if isinstance(item, str):
                check_characters(type(instance).__name__, f"{attribute.name}[{i}]", item)

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


def to_date(value: Any) -> Any:
    """Turn a date or date-time into the `pendulum.Date` of its calendar day; leave anything else.

    A date is a date (*tanggal*): a `datetime.date` becomes the same day, and a
    date-time (`datetime.datetime`, `pendulum.DateTime`) becomes its own
    calendar date, as written, with no time zone applied: ``2020-12-31T23:00+07:00``
    is 31 December. A value of another type passes through for the validator
    (`date` or `optional_date`) to refuse.
    """
    if isinstance(value, datetime):
        return _pendulum.Date(value.year, value.month, value.day)
    if isinstance(value, date_type) and type(value) is not _pendulum.Date:
        return _pendulum.Date(value.year, value.month, value.day)
    return value


def date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Check a calendar date: a `pendulum.Date`, never a date-time (see `to_date`)."""
    if type(value) is not _pendulum.Date:
        raise wrong_type(instance, attribute.name, value, _DATE_EXPECTED)


def optional_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Check a calendar date that may be ``None``."""
    if value is not None:
        date(instance, attribute, value)


def calendar_date(value: object, entity: str, name: str) -> Any:
    """Return *value* as a `pendulum.Date` (see `to_date`), or refuse it naming *name*.

    For the dates functions take, such as ``as_of``.

    Raises:
        ModelTypeError: If *value* is neither a date nor a date-time.
    """
    day = to_date(value)
    if type(day) is not _pendulum.Date:
        raise wrong_type_named(entity, name, value, _DATE_EXPECTED)
    return day


_DATE_EXPECTED: Final = "tanggal (pendulum.Date) / a date (pendulum.Date)"


# -- the arguments of public functions


def wrong_argument(function: str, name: str, value: object, expected: Message) -> ModelTypeError:
    """Return a `ModelTypeError` for the argument *name* of *function*, of the wrong type.

    >>> print(wrong_argument("validate", "roadmap", {}, Message("RoadMap", "a RoadMap")))
    validate(roadmap={}): expected a RoadMap, not dict
    """
    got = _type_name(value)
    shown = quote(value)
    return ModelTypeError(
        Message(
            f"{function}({name}={shown}): diharapkan {expected.indonesian}, bukan {got}",
            f"{function}({name}={shown}): expected {expected.english}, not {got}",
        ),
        entity=function,
        field=name,
        value=value,
    )


def bad_argument(function: str, name: str, value: object, problem: Message) -> ModelError:
    """Return a `ModelError` for the argument *name* of *function*, of the right type."""
    shown = quote(value)
    return ModelError(
        Message(
            f"{function}({name}={shown}): {problem.indonesian}",
            f"{function}({name}={shown}): {problem.english}",
        ),
        entity=function,
        field=name,
        value=value,
    )


def argument(
    function: str, name: str, value: object, types: type | tuple[type, ...], expected: Message
) -> None:
    """Refuse *value* for the argument *name* of *function* unless it is one of *types*."""
    if not isinstance(value, types) or (isinstance(value, bool) and bool not in _as_tuple(types)):
        raise wrong_argument(function, name, value, expected)


def _as_tuple(types: type | tuple[type, ...]) -> tuple[type, ...]:
    return types if isinstance(types, tuple) else (types,)


def _choices(enum: type[Enum]) -> Message:
    values = ", ".join(repr(m.value) for m in enum)
    return Message(
        f"salah satu dari {values} ({enum.__name__})", f"one of {values} (a {enum.__name__})"
    )


def choice(function: str, name: str, value: object, enum: type[E]) -> E:
    """Return the member of *enum* that *value* is or names by its value (``"mean"``).

    Raises:
        ModelTypeError: If *value* is neither a member nor text, naming the choices.
        ModelError: If *value* is text that names no member, naming the choices.

    >>> from rbroadmap.messages import LabelledEnum
    >>> class Colour(LabelledEnum):
    ...     RED = "red", "Merah", "Red"
    >>> choice("paint", "colour", "red", Colour)
    <Colour.RED: 'red'>
    >>> choice("paint", "colour", "blue", Colour)
    Traceback (most recent call last):
    ...
    rbroadmap.errors.ModelError: paint(colour='blue'): expected one of 'red' (a Colour)
    """
    if isinstance(value, enum):
        return value
    found = _member(enum, value)
    if found is not None:
        return found
    if isinstance(value, str):
        expected = _choices(enum)
        raise bad_argument(
            function,
            name,
            value,
            Message(f"diharapkan {expected.indonesian}", f"expected {expected.english}"),
        )
    raise wrong_argument(function, name, value, _choices(enum))


def _member(enum: type[E], value: object) -> E | None:
    if type(value) is not str:
        return None
    return next((m for m in enum if m.value == value), None)


def as_member(enum: type[Enum], value: Any) -> Any:
    """For an attrs converter: a member's value (``"mean"``) becomes the member; else unchanged."""
    found = _member(enum, value)
    return value if found is None else found


def member_of(enum: type[Enum]) -> Validator:
    """An attrs validator: the value is a member of *enum* (after `as_member`)."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, enum):
            return
        expected = _choices(enum)
        if isinstance(value, str):
            raise fail(
                instance,
                attribute.name,
                value,
                f"diharapkan {expected.indonesian}",
                f"expected {expected.english}",
            )
        raise wrong_type(
            instance, attribute.name, value, f"{expected.indonesian} / {expected.english}"
        )

    return check


def literal(function: str, name: str, value: object, choices: tuple[str, ...]) -> str:
    """Return *value* if it is one of the texts *choices*; refuse it naming the argument.

    Raises:
        ModelError: If *value* is other text (a `ModelTypeError` if it is not text).
    """
    if isinstance(value, str) and value in choices:
        return value
    listed = ", ".join(repr(c) for c in choices)
    expected = Message(f"salah satu dari {listed}", f"one of {listed}")
    if isinstance(value, str):
        raise bad_argument(
            function,
            name,
            value,
            Message(f"diharapkan {expected.indonesian}", f"expected {expected.english}"),
        )
    raise wrong_argument(function, name, value, expected)


def language(function: str, lang: object) -> Lang:
    """Return *lang* if it is ``"id"`` or ``"en"``; refuse it naming the argument of *function*.

    Raises:
        ModelError: If *lang* is other text (a `ModelTypeError` if it is not text).
    """
    if lang == "id":
        return "id"
    if lang == "en":
        return "en"
    expected = Message(
        "'id' (bahasa Indonesia) atau 'en' (bahasa Inggris)", "'id' (Indonesian) or 'en' (English)"
    )
    if isinstance(lang, str):
        raise bad_argument(
            function,
            "lang",
            lang,
            Message(f"diharapkan {expected.indonesian}", f"expected {expected.english}"),
        )
    raise wrong_argument(function, "lang", lang, expected)


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


# pendulum is needed for dates only: imported when a date is first checked, so that
# `import rbroadmap` does not wait for it.
_pendulum: Any = LazyModule("pendulum")
