"""Checks of the options a strategy is built with (private).

As Hypothesis' own strategies do, a strategy of rbroadmap refuses an option that
could never give a value when it is built, with `hypothesis.errors.InvalidArgument`
naming the strategy, the option and what it takes: ``periods(min_years=0)`` and
``levels(max_value=150)`` would otherwise fail while drawing, deep in a test, and
``rupiah_amounts(min_value=-5)`` would draw budgets no road map can hold.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from enum import Enum
from typing import Any

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from rbroadmap._checks import ID_PATTERN
from rbroadmap.areasets import AREA_SETS
from rbroadmap.values import MAX_DECIMAL_PLACES, MAX_INTEGER_DIGITS

__all__ = [
    "area_sets",
    "at_most",
    "boolean",
    "decimal_bounds",
    "ids",
    "instance",
    "members",
    "strategy",
    "text",
    "texts",
    "whole",
    "whole_numbers",
]

_LARGEST: Decimal = Decimal(10) ** MAX_INTEGER_DIGITS


def _refuse(function: str, name: str, value: object, expected: str) -> InvalidArgument:
    try:
        shown = repr(value)
    except Exception:  # a value whose repr fails
        shown = f"<{type(value).__name__}>"
    if len(shown) > 80:
        shown = shown[:79] + "…"
    return InvalidArgument(f"{function}({name}={shown}): expected {expected}")


def whole(
    function: str, name: str, value: object, *, low: int | None = None, high: int | None = None
) -> int:
    """Return *value* if it is an int (not a bool) from *low* to *high*."""
    if type(value) is not int:
        raise _refuse(function, name, value, f"an int{_between(low, high)}")
    if (low is not None and value < low) or (high is not None and value > high):
        raise _refuse(function, name, value, f"an int{_between(low, high)}")
    return value


def _between(low: int | Decimal | None, high: int | Decimal | None) -> str:
    if low is not None and high is not None:
        return f" from {low} to {high}"
    if low is not None:
        return f" of at least {low}"
    if high is not None:
        return f" of at most {high}"
    return ""


def at_most(function: str, low_name: str, low: Any, high_name: str, high: Any) -> None:
    """Refuse a lower bound above the upper one."""
    if low > high:
        raise InvalidArgument(
            f"{function}({low_name}={low!r}, {high_name}={high!r}): {low_name} must not "
            f"exceed {high_name}"
        )


def decimal_bounds(
    function: str, name: str, value: object, *, low: Decimal | int | None = None
) -> Decimal:
    """Return *value* as a `Decimal` if it is an exact number the model holds."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise _refuse(function, name, value, "a Decimal or an int (a float is not exact)")
    number = Decimal(value)
    if not number.is_finite() or abs(number) >= _LARGEST or (low is not None and number < low):
        shown = "more than -10**15" if low is None else f"at least {low}"
        raise _refuse(function, name, value, f"a finite number {shown} and less than 10**15")
    if number.as_tuple().exponent < -MAX_DECIMAL_PLACES:  # type: ignore[operator]
        raise _refuse(function, name, value, f"at most {MAX_DECIMAL_PLACES} decimals")
    return number


def strategy(function: str, name: str, value: object) -> None:
    """Refuse *value* unless it is a Hypothesis strategy or ``None``."""
    if value is not None and not isinstance(value, st.SearchStrategy):
        raise _refuse(function, name, value, "a Hypothesis strategy, or None for the default")


def boolean(function: str, name: str, value: object) -> None:
    """Refuse *value* unless it is ``True`` or ``False``."""
    if type(value) is not bool:
        raise _refuse(function, name, value, "True or False")


def instance(function: str, name: str, value: object, cls: type, *, optional: bool = False) -> None:
    """Refuse *value* unless it is an instance of *cls* (or ``None`` when *optional*)."""
    if optional and value is None:
        return
    if not isinstance(value, cls):
        expected = f"a {cls.__name__}" + (" or None" if optional else "")
        raise _refuse(function, name, value, expected)


def text(function: str, name: str, value: object, *, optional: bool = False) -> None:
    """Refuse *value* unless it is text (or ``None`` when *optional*)."""
    if optional and value is None:
        return
    if type(value) is not str:
        raise _refuse(function, name, value, "text" + (" or None" if optional else ""))


def texts(function: str, name: str, value: object, *, non_empty: bool = False) -> tuple[str, ...]:
    """Return *value* as a tuple if it is a list or tuple of text (not one text)."""
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise _refuse(function, name, value, "a list or tuple of text")
    items = tuple(value)
    if not all(type(item) is str for item in items):
        raise _refuse(function, name, value, "a list or tuple of text")
    if non_empty and not items:
        raise _refuse(function, name, value, "at least one text")
    return items


def area_sets(function: str, value: object) -> tuple[str, ...]:
    """Return *value* (the option ``area_sets``) as a tuple of known area set codes."""
    codes = texts(function, "area_sets", value, non_empty=True)
    unknown = [code for code in codes if code not in AREA_SETS]
    if unknown:
        known = ", ".join(repr(code) for code in AREA_SETS)
        msg = (
            f"{function}(area_sets={value!r}): {unknown[0]!r} is no known area set; "
            f"the known ones are {known}"
        )
        raise InvalidArgument(msg)
    return codes


def whole_numbers(function: str, name: str, value: object) -> tuple[int, ...]:
    """Return *value* as a tuple if it is a list or tuple of ints."""
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise _refuse(function, name, value, "a list or tuple of ints")
    items = tuple(value)
    if not all(type(item) is int for item in items):
        raise _refuse(function, name, value, "a list or tuple of ints")
    return items


def ids(function: str, name: str, value: object, *, non_empty: bool = False) -> tuple[str, ...]:
    """Return *value* as a tuple if it is a list or tuple of ids (``"organisasi-1"``)."""
    items = texts(function, name, value, non_empty=non_empty)
    if not all(ID_PATTERN.match(item) for item in items):
        raise _refuse(function, name, value, "a list or tuple of ids such as 'organisasi-1'")
    return items


def members(function: str, name: str, value: object, enum: type[Enum]) -> tuple[Any, ...]:
    """Return *value* as a tuple if it is a non-empty list or tuple of members of *enum*."""
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise _refuse(function, name, value, f"a list or tuple of {enum.__name__}")
    items = tuple(value)
    if not items or not all(isinstance(item, enum) for item in items):
        raise _refuse(function, name, value, f"at least one {enum.__name__}, and nothing else")
    return items
