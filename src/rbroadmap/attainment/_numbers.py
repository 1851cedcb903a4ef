"""Exact numbers for attainment (private): fractions in, rounded decimals out.

Every figure is computed exactly with `fractions.Fraction` and shown as a
`decimal.Decimal` rounded half up (*pembulatan setengah ke atas*), the way a
performance report rounds, or written in Indonesian notation for messages.
Rounding is done on whole numbers (`rbroadmap._exact.round_half_up`), so the
caller's decimal context never changes a figure.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Final

from rbroadmap._exact import round_half_up, shift
from rbroadmap.notation import format_number, format_rupiah

__all__ = [
    "HUNDRED",
    "exact_decimal",
    "num",
    "pct",
    "pct_number",
    "round_half_up",
    "rupiah",
    "to_fraction",
]

HUNDRED: Final = Fraction(100)
_EXACT_PLACES: Final = 4


def to_fraction(value: Decimal | int) -> Fraction:
    """Return a `Decimal` or `int` as an exact `Fraction`."""
    return Fraction(value)


def exact_decimal(value: Fraction) -> Decimal | None:
    """Return *value* as a `Decimal` if it has at most four decimals, else ``None``.

    >>> exact_decimal(Fraction(95, 2))
    Decimal('47.5')
    >>> exact_decimal(Fraction(1, 3)) is None
    True
    """
    for places in range(_EXACT_PLACES + 1):
        scaled = value * 10**places
        if scaled.denominator == 1:
            return shift(scaled.numerator, places)
    return None


def num(value: Fraction) -> str:
    """Write a number in Indonesian notation: exact if short, else ``≈`` two decimals.

    >>> num(Fraction(95, 2)), num(Fraction(100, 3)), num(Fraction(-40))
    ('47,5', '≈33,33', '-40')
    """
    exact = exact_decimal(value)
    if exact is not None:
        return format_number(exact)
    return "≈" + format_number(round_half_up(value))


@lru_cache(maxsize=4096)
def pct(value: Fraction) -> str:
    """Write a percentage to two decimals, half up, in Indonesian notation.

    >>> pct(Fraction(275, 3))
    '91,67%'
    """
    return format_number(round_half_up(value)) + "%"


@lru_cache(maxsize=4096)
def pct_number(value: Fraction) -> str:
    """Write a percentage's number to two decimals, without the ``%`` sign."""
    return format_number(round_half_up(value))


def rupiah(amount: int) -> str:
    """Write an amount of money: ``Rp150.000.000``."""
    return format_rupiah(amount)
